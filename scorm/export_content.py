"""Lesson content turned into what an offline package can show: blocks become plain data for the
export templates, images and documents are copied in, and everything that needs our server
(internal links, the confidant contact form, nested SCORM packages) becomes static text.

A package may be played years later on an LMS far from us, so nothing in it may point back
at this site."""

import posixpath
import re

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from wagtail.images import get_image_model
from wagtail.templatetags.wagtailcore_tags import richtext

from confidants.selectors import directory_profiles
from scenarios.selectors import scenario_live

INTERNAL_LINK = re.compile(r'<a\b[^>]*\blinktype="[^"]*"[^>]*>(.*?)</a>', re.S)
EMBED = re.compile(r"<embed\b([^>]*?)/?>", re.S)
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
IMAGE_FILTER = "max-960x720"


class PackageFiles:
    """The files of a package by their path in the zip; media copied in only once."""

    def __init__(self):
        self.files: dict[str, bytes] = {}

    def add(self, path: str, content: bytes) -> str:
        self.files[path] = content
        return path

    def add_stored(self, folder: str, stored_file, prefix: str = "") -> str:
        name = f"media/{folder}/{prefix}{posixpath.basename(stored_file.name)}"
        if name not in self.files:
            with stored_file.open("rb") as handle:
                self.files[name] = handle.read()
        return name

    def add_image(self, image) -> str:
        rendition = image.get_rendition(IMAGE_FILTER)
        return self.add_stored("images", rendition.file)

    def add_document(self, document) -> str:
        return self.add_stored("documents", document.file, prefix=f"{document.pk}-")


def own_link_pattern() -> re.Pattern:
    """Links to our own site: root-relative, or absolute to the configured base URL."""
    base = re.escape(settings.WAGTAILADMIN_BASE_URL.rstrip("/"))
    return re.compile(rf'<a\b[^>]*\bhref="(?:/|{base})[^"]*"[^>]*>(.*?)</a>', re.S)


def richtext_offline(value, files: PackageFiles) -> SafeString:
    """Rich text through Wagtail's `richtext` filter, with internal links reduced to their
    text and embedded images copied into the package (embedded media become links)."""
    source = getattr(value, "source", value) or ""
    source = INTERNAL_LINK.sub(r"\1", source)
    source = EMBED.sub(lambda match: embed_offline(match.group(1), files), source)
    html = own_link_pattern().sub(r"\1", str(richtext(source)))
    return mark_safe(html)  # noqa: S308 (rich text from the CMS, as the site renders it)


def embed_offline(attributes: str, files: PackageFiles) -> str:
    attrs = dict(ATTRIBUTE.findall(attributes))
    if attrs.get("embedtype") == "image":
        image = get_image_model().objects.filter(pk=attrs.get("id")).first()
        if image is None:
            return ""
        src = files.add_image(image)
        return f'<img src="{escape(src)}" alt="{escape(attrs.get("alt", ""))}">'
    url = attrs.get("url", "")
    return f'<p><a href="{escape(url)}">{escape(url)}</a></p>' if url else ""


def block_data(block, files: PackageFiles, course: dict) -> dict | None:
    """One StreamField block as plain data for scorm/export/block.html; knowledge checks and
    scenarios are numbered across the course and their answers collected in `course`."""
    kind, value = block.block_type, block.value
    if kind == "heading":
        return {"type": kind, "text": value["text"], "level": value["level"]}
    if kind == "paragraph":
        return {"type": kind, "html": richtext_offline(value, files)}
    if kind == "image":
        return {
            "type": kind,
            "src": files.add_image(value["image"]),
            "alt": value["alt_text"],
            "caption": value["caption"],
        }
    if kind == "video":
        return video_data(value, files)
    if kind == "callout":
        return {"type": kind, "kind": value["kind"], "html": richtext_offline(value["text"], files)}
    if kind == "quote":
        return {"type": kind, "quote": value["quote"], "attribution": value["attribution"]}
    if kind == "policy_document":
        document = value["document"]
        return {
            "type": kind,
            "href": files.add_document(document),
            "title": document.title,
            "extension": document.file_extension.upper(),
            "description": value["description"],
        }
    if kind == "confidant":
        return {"type": kind, "text": value["text"], "profiles": confidant_rows()}
    if kind == "knowledge_check":
        return question_data(value, course)
    if kind == "scenario":
        return scenario_block_data(value, files, course)
    return {"type": "unavailable"}


def video_data(value, files: PackageFiles) -> dict:
    data = {"type": "video", "transcript": richtext_offline(value["transcript"], files)}
    if value.get("file"):
        data["src"] = files.add_document(value["file"])
        data["captions"] = files.add_document(value["captions"])
    elif value.get("embed"):
        data["link"] = value["embed"].url
    return data


def confidant_rows() -> list[dict]:
    """The directory's public details only: no photo, no login, nothing about cases."""
    return [
        {
            "name": profile.name,
            "kind": profile.get_kind_display(),
            "phone": profile.phone,
            "email": profile.email,
            "availability": profile.availability,
        }
        for profile in directory_profiles()
    ]


def question_data(value, course: dict) -> dict:
    index = len(course["questions"])
    course["questions"].append(
        {
            "lesson": course["lesson"],
            "multiple": bool(value["multiple"]),
            "correct": [i for i, option in enumerate(value["options"]) if option["correct"]],
        }
    )
    return {
        "type": "knowledge_check",
        "index": index,
        "question": value["question"],
        "multiple": value["multiple"],
        "options": [(option["label"], option["feedback"]) for option in value["options"]],
    }


def scenario_block_data(value, files: PackageFiles, course: dict) -> dict:
    scenario = scenario_live(key=value["scenario"], language=course["language"])
    if scenario is None:
        return {"type": "unavailable"}
    index = len(course["scenarios"])
    course["scenarios"].append(
        {
            "lesson": course["lesson"],
            "title": scenario.title,
            "required": bool(value["required"]),
            "start": scenario.start_step,
            "threshold": scenario.pass_threshold,
            "back": scenario.allow_back,
            "steps": {step.value["key"]: step_data(step.value, files) for step in scenario.steps},
        }
    )
    return {"type": "scenario", "index": index, "title": scenario.title}


def step_data(value, files: PackageFiles) -> dict:
    """One scenario step for the in-browser player (scorm/static_export/player.js)."""
    media = [block_data(item, files, {}) for item in value["media"] or []]
    return {
        "speaker": value["speaker"] or "",
        "situation": str(richtext_offline(value["situation"], files)),
        "media": "".join(
            render_to_string("scorm/export/block.html", {"block": item}) for item in media
        ),
        "choices": [
            {
                "label": choice["label"],
                "feedback": choice["feedback"] or "",
                "points": choice["points"] or 0,
                "next": choice["next"],
                "sets": choice["sets_flag"] or "",
                "requires": choice["requires_flag"] or "",
            }
            for choice in value["choices"]
        ],
        "outcome": value["outcome"] or "",
        "debrief": str(richtext_offline(value["debrief"], files)) if value["debrief"] else "",
    }


def player_strings() -> dict[str, str]:
    """Texts the browser player shows, in the language being exported (msgids the site's own
    lesson and scenario pages already use, so that they are translated)."""
    return {
        "correct": gettext("Correct."),
        "wrong": gettext("Not quite. Read the feedback and try again."),
        "answerAgain": gettext("Answer again"),
        "chooseAnswer": gettext("Check answer"),
        "answerFirst": gettext("Answer every question in this lesson first."),
        "scenarioFirst": gettext("Play the scenario in this lesson to an ending first."),
        "whatDoYouDo": gettext("What do you do?"),
        "yourChoice": gettext("Your choice"),
        "good": gettext("Well handled"),
        "mixed": gettext("Partly handled"),
        "poor": gettext("This could have gone better"),
        "points": gettext("Points: %(points)s").replace("%(points)s", "{n}"),
        "scenarioPassed": gettext("You passed this scenario."),
        "scenarioFailed": gettext(
            "You did not reach the points needed to pass. You can play it again."
        ),
        "playAgain": gettext("Play again"),
        "back": gettext("Go back one step"),
        "progress": gettext("%(percent)s%% complete")
        .replace("%(percent)s", "{n}")
        .replace("%%", "%"),
        "coursePassed": gettext("You completed the course. Well done!"),
        "courseFailed": gettext("You did not reach the pass mark."),
    }
