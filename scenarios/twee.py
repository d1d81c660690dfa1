"""Twine stories as draft scenarios: a Twee 3 file or a Twine 2 HTML archive is read into a
`TwineStory`, checked with the scenario checker, and saved as an unpublished scenario.

Passages become steps and links become choices. All the link forms Harlowe, SugarCube and
Chapbook share are read: [[Target]], [[Text|Target]], [[Text->Target]] and [[Target<-Text]]
(the rightmost "->" and the leftmost "<-" divide, as in Twine); a SugarCube setter
([[Text|Target][$x to 1]]) is ignored, and links to a URL (https://...) are not choices.

A passage without links is an ending: a tag good, mixed or poor sets its outcome, and an
untagged passage without links is a "mixed" ending, so that every passage the author left
without a way on counts as an ending rather than a dead end. A passage with links and an
outcome tag keeps both, and the checker reports it as an ending with choices.

The story is checked with the passages' names as step keys, so findings name passages as
written in the file; step keys (slugs of the names) are only made when the draft is saved.

Special passages are skipped: StoryTitle (the title), StoryData (JSON, whose "start" names
the start passage) and passages tagged script or stylesheet. Without a start in StoryData
the start is the passage named "Start", else the first passage.
"""

import json
import re
import uuid
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from pathlib import PurePath

from django.core.validators import validate_slug
from django.db import transaction
from django.utils.text import slugify
from wagtail.actions.create import CreateAction
from wagtail.models import Locale

from .models import Scenario
from .validation import ChoiceSpec, Finding, StepSpec, scenario_check

OUTCOME_TAGS = ("good", "mixed", "poor")
UNTAGGED_ENDING = "mixed"
SPECIAL_NAMES = {"StoryTitle", "StoryData"}
SPECIAL_TAGS = {"script", "stylesheet"}
KEY_LENGTH = 80  # Scenario.key and start_step

# Twine's own link pattern: the shortest [[...]] on one line.
LINK = re.compile(r"\[\[(.*?)\]\]")
URL = re.compile(r"^\w+:///?\w", re.IGNORECASE)


class TweeError(ValueError):
    """A file that cannot be read as one Twine story; the message says where and why."""


@dataclass
class Passage:
    """One passage as written: `text` is its source, `links` its (label, target) pairs in
    order, `line` the line of its header (Twee) or its element (HTML)."""

    name: str
    tags: list[str] = field(default_factory=list)
    text: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)
    line: int = 0

    @property
    def outcome(self) -> str:
        """The outcome tag, or "mixed" for an untagged passage without links; "" otherwise."""
        tagged = [tag.lower() for tag in self.tags if tag.lower() in OUTCOME_TAGS]
        if tagged:
            return tagged[0]
        return "" if self.links else UNTAGGED_ENDING


@dataclass
class TwineStory:
    """A story's title, the name of its start passage, and its passages in file order
    (special passages left out)."""

    title: str
    start: str
    passages: list[Passage]


def story_parse(*, text: str, filename: str = "") -> TwineStory:
    """The story in a Twee 3 file or a Twine 2 HTML archive of one story (told apart by the
    first character: "<" is HTML). Raises TweeError for anything else."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise TweeError(f"{filename or 'The file'} is empty.")
    if text.lstrip().startswith("<"):
        story = _html_parse(text=text, filename=filename)
    else:
        story = _twee_parse(text=text, filename=filename)
    for passage in story.passages:
        tagged = {tag.lower() for tag in passage.tags} & set(OUTCOME_TAGS)
        if len(tagged) > 1:
            raise TweeError(
                _where(filename, passage.line)
                + f'passage "{passage.name}" has more than one outcome tag: '
                + ", ".join(sorted(tagged))
                + "."
            )
    return story


def story_findings(*, story: TwineStory) -> list[Finding]:
    """The checker's findings for the story, naming passages as written in the file."""
    return scenario_check(steps=_step_specs(story=story), start=story.start)


@transaction.atomic
def scenario_from_story(*, story: TwineStory, locale: Locale, key: str | None = None) -> Scenario:
    """Save the story as an unpublished draft scenario (with a first revision), even when the
    checker finds problems: drafts may be broken, publishing is refused until they are fixed.

    Step keys are slugs of the passage names, made unique with -2, -3...; links to passages
    that do not exist keep a key of their own, so the draft shows the same problems. The key
    defaults to a slug of the title, made unique in the locale; a key given must be free.
    Choices score 0 points and the scenario passes at any ending.
    """
    taken = set(Scenario.objects.filter(locale=locale).values_list("key", flat=True))
    if key is None:
        key = _unique(slugify(story.title) or "scenario", taken)
    else:
        if not validate_slug.regex.fullmatch(key) or len(key) > KEY_LENGTH:
            raise TweeError(
                f'"{key}" cannot be a scenario key: use at most {KEY_LENGTH} letters, digits, '
                "hyphens and underscores."
            )
        if key in taken:
            raise TweeError(
                f'A scenario with the key "{key}" already exists in language '
                f'"{locale.language_code}"; choose another key.'
            )
    keys = _step_keys(story=story)
    scenario = Scenario(
        title=story.title[:255],
        key=key,
        start_step=keys[story.start],
        pass_threshold=0,
        steps=[_step_data(passage=passage, keys=keys) for passage in story.passages],
        locale=locale,
    )
    # As the admin creates a draft: not live, a first revision, a "created" log entry.
    CreateAction(scenario).execute(skip_permission_checks=True)
    return scenario


# Turning passages into steps.


def _step_specs(*, story: TwineStory) -> list[StepSpec]:
    return [
        StepSpec(
            key=passage.name,
            outcome=passage.outcome,
            choices=tuple(ChoiceSpec(label=label, next=target) for label, target in passage.links),
        )
        for passage in story.passages
    ]


def _step_keys(*, story: TwineStory) -> dict[str, str]:
    """A unique step key for every passage name, then for every missing link target and a
    missing start."""
    names = [passage.name for passage in story.passages]
    names += [target for passage in story.passages for _label, target in passage.links]
    names.append(story.start)
    keys: dict[str, str] = {}
    for name in names:
        if name not in keys:
            base = slugify(name)[: KEY_LENGTH - 4].strip("-") or "step"
            keys[name] = _unique(base, set(keys.values()))
    return keys


def _unique(base: str, taken: set[str]) -> str:
    """`base`, or the first of base-2, base-3... not taken."""
    base = base[: KEY_LENGTH - 4].strip("-")
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _step_data(*, passage: Passage, keys: dict[str, str]) -> dict:
    """Raw StreamField data for one step."""
    choices = [
        {
            "type": "item",
            "id": str(uuid.uuid4()),
            "value": {
                "label": label,
                "feedback": "",
                "points": 0,
                "next": keys[target],
                "tags": "",
                "sets_flag": "",
                "requires_flag": "",
            },
        }
        for label, target in passage.links
    ]
    return {
        "type": "step",
        "id": str(uuid.uuid4()),
        "value": {
            "key": keys[passage.name],
            "speaker": "",
            "situation": _situation(passage),
            "media": [],
            "choices": choices,
            "outcome": passage.outcome,
            "debrief": "",
        },
    }


def _situation(passage: Passage) -> str:
    """The passage text without its links, escaped, one <p> per paragraph (blank lines
    divide them, line breaks are kept). A passage with only links gets its name, so the
    required situation is never empty."""
    text = LINK.sub(lambda match: _link_text(match.group(1)), passage.text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(escape(line, quote=False))
        elif paragraphs[-1]:
            paragraphs.append([])
    html = "".join(f"<p>{'<br/>'.join(lines)}</p>" for lines in paragraphs if lines)
    return html or f"<p>{escape(passage.name, quote=False)}</p>"


# Links.


def _link(inner: str) -> tuple[str, str]:
    """(label, target) of the text between [[ and ]]; the target may be "" or a URL."""
    inner = inner.split("][", 1)[0]  # SugarCube: [[Text|Target][$setter]]
    if "->" in inner:
        label, target = inner.rsplit("->", 1)
    elif "<-" in inner:
        target, label = inner.split("<-", 1)
    elif "|" in inner:
        label, target = inner.rsplit("|", 1)
    else:
        label = target = inner
    label, target = label.strip(), target.strip()
    return label or target, target


def _is_passage_link(target: str) -> bool:
    return bool(target) and not URL.match(target)


def _link_text(inner: str) -> str:
    """What a link leaves in the situation: nothing for a choice, the label for a URL."""
    label, target = _link(inner)
    return "" if _is_passage_link(target) else label


def _links(text: str) -> list[tuple[str, str]]:
    return [
        (label, target)
        for label, target in (_link(match.group(1)) for match in LINK.finditer(text))
        if _is_passage_link(target)
    ]


# Twee 3.


def _twee_parse(*, text: str, filename: str) -> TwineStory:
    passages: list[Passage] = []
    bodies: list[list[str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("::"):
            name, tags = _header(line[2:], where=_where(filename, number))
            passages.append(Passage(name=name, tags=tags, line=number))
            bodies.append([])
        elif passages:
            bodies[-1].append(line)
        elif line.strip():
            raise TweeError(
                _where(filename, number) + "this is not a Twee file: text comes before the "
                'first passage header (a line starting with "::").'
            )
    for passage, body in zip(passages, bodies, strict=True):
        while body and not body[-1].strip():
            body.pop()
        passage.text = "\n".join(body)
    _refuse_duplicates(passages=passages, filename=filename)
    by_name = {passage.name: passage for passage in passages}
    title = by_name["StoryTitle"].text.strip() if "StoryTitle" in by_name else ""
    start = ""
    if "StoryData" in by_name:
        start = _story_data_start(by_name["StoryData"], filename=filename)
    return _story(
        title=title, start=start, passages=passages, filename=filename, how="passage header"
    )


def _header(rest: str, *, where: str) -> tuple[str, list[str]]:
    """Name and tags of a passage header after its "::". Backslash escapes any character;
    the metadata block is not needed and left unread."""
    name, index = _read_until(rest, 0, "[{")
    name = name.strip()
    if not name:
        raise TweeError(where + "a passage header without a passage name.")
    tags: list[str] = []
    if index < len(rest) and rest[index] == "[":
        block, index = _read_until(rest, index + 1, "]")
        if index == len(rest):
            raise TweeError(where + f'the tags of passage "{name}" are not closed with "]".')
        tags = block.split()
        index += 1
    remainder = rest[index:].strip()
    if remainder and not remainder.startswith("{"):
        raise TweeError(
            where + f'unexpected "{remainder}" after passage "{name}" and its tags; escape '
            'the characters "[]{}" in names with a backslash.'
        )
    return name, tags


def _read_until(text: str, index: int, stops: str) -> tuple[str, int]:
    """The decoded text from `index` up to the first unescaped character in `stops` (or the
    end), and where it stopped."""
    out = []
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            out.append(text[index + 1])
            index += 2
            continue
        if char in stops:
            break
        out.append(char)
        index += 1
    return "".join(out), index


def _story_data_start(passage: Passage, *, filename: str) -> str:
    where = _where(filename, passage.line)
    try:
        data = json.loads(passage.text)
    except json.JSONDecodeError as error:
        line = passage.line + error.lineno
        raise TweeError(
            _where(filename, line) + f"the StoryData passage is not valid JSON ({error.msg})."
        ) from error
    if not isinstance(data, dict):
        raise TweeError(where + "the StoryData passage must be a JSON object.")
    start = data.get("start", "")
    if not isinstance(start, str):
        raise TweeError(where + 'the "start" in StoryData must be a passage name (a string).')
    return start.strip()


# Twine 2 HTML.


class _ArchiveReader(HTMLParser):
    """Collects <tw-storydata> elements and the <tw-passagedata> passages in them, with the
    line each starts on; passage text arrives unescaped (convert_charrefs)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stories: list[dict[str, str | None]] = []
        self.passages: list[tuple[dict[str, str | None], int, list[str]]] = []
        self._text: list[str] | None = None

    @property
    def unclosed(self) -> bool:
        """Whether the last passage never ended."""
        return self._text is not None

    def handle_starttag(self, tag, attrs):
        if tag == "tw-storydata":
            self.stories.append(dict(attrs))
        elif tag == "tw-passagedata":
            self._text = []
            self.passages.append((dict(attrs), self.getpos()[0], self._text))
        elif self._text is not None:  # markup left unescaped in a hand-edited file
            self._text.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag, attrs):
        if self._text is not None:
            self._text.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        if tag == "tw-passagedata":
            self._text = None
        elif self._text is not None:
            self._text.append(f"</{tag}>")

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def _html_parse(*, text: str, filename: str) -> TwineStory:
    reader = _ArchiveReader()
    reader.feed(text)
    reader.close()
    if not reader.stories:
        raise TweeError(
            f"{filename or 'The file'} is HTML but not a Twine 2 story: it has no "
            "<tw-storydata> element."
        )
    if len(reader.stories) > 1:
        raise TweeError(
            f"{filename or 'The file'} holds {len(reader.stories)} stories; "
            "import one story at a time."
        )
    if reader.unclosed:
        attrs, line, _text = reader.passages[-1]
        raise TweeError(
            _where(filename, line) + f'passage "{attrs.get("name") or ""}" is not closed '
            "with </tw-passagedata>."
        )
    story = reader.stories[0]
    passages = []
    names_by_pid = {}
    for attrs, line, chunks in reader.passages:
        name = (attrs.get("name") or "").strip()
        if not name:
            raise TweeError(_where(filename, line) + "a passage without a name.")
        passages.append(
            Passage(
                name=name, tags=(attrs.get("tags") or "").split(), text="".join(chunks), line=line
            )
        )
        names_by_pid.setdefault((attrs.get("pid") or "").strip(), name)
    _refuse_duplicates(passages=passages, filename=filename)
    start = ""
    startnode = (story.get("startnode") or "").strip()
    if startnode:
        if startnode not in names_by_pid:
            raise TweeError(
                f'{filename or "The story"}: the start passage (startnode="{startnode}") is '
                "not one of the story's passages."
            )
        start = names_by_pid[startnode]
    return _story(
        title=(story.get("name") or "").strip(),
        start=start,
        passages=passages,
        filename=filename,
        how="<tw-passagedata> element",
    )


# Both.


def _story(
    *, title: str, start: str, passages: list[Passage], filename: str, how: str
) -> TwineStory:
    """The story from all passages read: special ones left out, links read, a start and a
    title chosen."""
    story_passages = [
        passage
        for passage in passages
        if passage.name not in SPECIAL_NAMES and not SPECIAL_TAGS & set(passage.tags)
    ]
    if not story_passages:
        raise TweeError(
            f"{filename or 'The file'} has no story passages: no {how} other than "
            "StoryTitle, StoryData, scripts and stylesheets."
        )
    for passage in story_passages:
        passage.links = _links(passage.text)
    if not start:
        names = [passage.name for passage in story_passages]
        start = "Start" if "Start" in names else names[0]
    if not title:
        title = PurePath(filename).stem if filename else "Twine story"
    return TwineStory(title=title, start=start, passages=story_passages)


def _refuse_duplicates(*, passages: list[Passage], filename: str) -> None:
    seen: dict[str, Passage] = {}
    for passage in passages:
        if passage.name in seen:
            raise TweeError(
                _where(filename, passage.line) + f'a second passage named "{passage.name}" '
                f"(the first is on line {seen[passage.name].line}); passage names must be unique."
            )
        seen[passage.name] = passage


def _where(filename: str, line: int) -> str:
    return f"{filename}, line {line}: " if filename else f"Line {line}: "
