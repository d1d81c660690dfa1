"""Importing Twine stories (Twee 3 and Twine 2 HTML) as draft scenarios, and checking them."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.log_actions import registry as log_registry
from wagtail.models import Locale

from scenarios.models import Scenario
from scenarios.twee import TweeError, scenario_from_story, story_findings, story_parse
from scenarios.validation import ChoiceSpec, StepSpec

FILES = Path(__file__).parent / "twee"
ROOT = Path(__file__).resolve().parents[2]


def parse(text: str):
    return story_parse(text=text, filename="story.twee")


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_twee", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def refused(*args: str, returncode: int) -> tuple[str, str]:
    """Run the command expecting it to fail with `returncode`; its output and message."""
    out = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_twee", *args, stdout=out, stderr=io.StringIO())
    assert raised.value.returncode == returncode
    return out.getvalue(), str(raised.value)


# Reading Twee 3.


def test_every_link_form_becomes_a_choice():
    story = parse(
        ":: Start\n"
        "Choose.\n"
        "[[Plain]] [[Pipe text|Pipe]]\n"
        "[[Arrow text->Arrow]] and [[Back<-Back text]]\n"
        "[[Setter text|Setter][$asked to true]] [[Setter only][$x to 1]]\n"
        "[[ Spaced -> Arrow ]] [[a->b->Rightmost]] [[Leftmost<-c<-d]]\n"
        "[[the policy->https://example.org/policy]] [[Empty->]]\n"
    )
    assert story.passages[0].links == [
        ("Plain", "Plain"),
        ("Pipe text", "Pipe"),
        ("Arrow text", "Arrow"),
        ("Back text", "Back"),
        ("Setter text", "Setter"),
        ("Setter only", "Setter only"),
        ("Spaced", "Arrow"),
        ("a->b", "Rightmost"),
        ("c<-d", "Leftmost"),
    ]


def test_a_story_file_with_every_feature_is_read():
    story = story_parse(text=(FILES / "meeting.twee").read_text(), filename="meeting.twee")
    assert story.title == "Coffee with Sam"
    assert story.start == "Coffee [morning]"  # from StoryData
    # StoryTitle, StoryData, the script and the stylesheet are not passages of the story.
    assert [p.name for p in story.passages] == [
        "Coffee [morning]",
        "Listen closely",
        "Ask HR {now}",
        "Confidant",
        "Walked away",
        "Notes",
    ]
    first = story.passages[0]
    assert first.tags == ["intro"]
    assert first.line == 19
    assert first.links == [
        ("Listen", "Listen closely"),
        ("Walk away", "Walked away"),
        ("Ask HR {now}", "Ask HR {now}"),
    ]
    assert story.passages[1].links == [
        ("Suggest the confidant", "Confidant"),
        ("Write it down", "Notes"),
    ]
    assert story_findings(story=story) == []


def test_escaped_characters_in_names_and_tags_are_decoded():
    story = parse(
        ':: Draft \\[v2\\] \\{old\\} C:\\\\temp [tag\\]x other] {"position":"1,1"}\n'
        "[[Next]]\n"
        ":: Next\nThe end.\n"
    )
    passage = story.passages[0]
    assert passage.name == "Draft [v2] {old} C:\\temp"
    assert passage.tags == ["tag]x", "other"]
    assert story.start == "Draft [v2] {old} C:\\temp"


def test_tags_set_the_outcome_and_an_untagged_passage_without_links_is_a_mixed_ending():
    story = parse(
        ":: Start\n[[Good]] [[Poor]] [[Mixed]] [[Plain]] [[Tagged with links]]\n"
        ":: Good [Good]\nWell done.\n"
        ":: Poor [sad poor]\nOh no.\n"
        ":: Mixed [mixed]\nSo-so.\n"
        ":: Plain\nThe end.\n"
        ":: Tagged with links [good]\n[[Start]]\n"
    )
    outcomes = {passage.name: passage.outcome for passage in story.passages}
    assert outcomes == {
        "Start": "",
        "Good": "good",
        "Poor": "poor",
        "Mixed": "mixed",
        "Plain": "mixed",
        "Tagged with links": "good",
    }
    # An outcome tag on a passage with links is kept, and the checker points it out.
    assert [(f.code, f.step) for f in story_findings(story=story)] == [
        ("ending_with_choices", "Tagged with links")
    ]


def test_two_outcome_tags_on_one_passage_are_refused():
    with pytest.raises(TweeError, match=r'line 3: passage "End" has more than one outcome tag'):
        parse(":: Start\n[[End]]\n:: End [good poor]\nHm.\n")


def test_the_start_is_story_data_start_else_start_else_the_first_passage():
    body = ":: Intro\n[[Start]]\n:: Start\n[[Intro]]\n"
    assert parse(body).start == "Start"
    assert parse(":: Intro\n[[Next]]\n:: Next\nEnd.\n").start == "Intro"
    data = ':: StoryData\n{"ifid": "X", "start": "Intro"}\n\n'
    assert parse(data + body).start == "Intro"


def test_a_missing_start_passage_is_left_for_the_checker():
    story = parse(':: StoryData\n{"start": "Nowhere"}\n:: Intro\nEnd.\n')
    assert story.start == "Nowhere"
    assert [f.code for f in story_findings(story=story)] == ["unknown_start"]


def test_without_a_story_title_the_file_name_is_the_title():
    assert story_parse(text=":: Start\nEnd.\n", filename="office-party.twee").title == (
        "office-party"
    )


# Reading Twine 2 HTML.


def test_a_twine_2_html_archive_is_read_and_its_text_unescaped():
    story = story_parse(text=(FILES / "party.html").read_text(), filename="party.html")
    assert story.title == "After-work drinks"
    assert story.start == "At the bar"  # startnode="2"
    names = [passage.name for passage in story.passages]
    assert names == ["Told the confidant", "At the bar", "Said no", "Stayed"]
    told, bar, said_no, stayed = story.passages
    assert told.text == 'You message the confidant. She answers: "Thanks for telling me <3"'
    assert told.outcome == "good"
    assert bar.text.startswith("Your manager says: <b>Come on, one more drink & then we'll go.")
    assert bar.links == [("Say no", "Said no"), ("Tell the confidant", "Told the confidant")]
    assert said_no.links == [
        ("Tell the confidant the next day", "Told the confidant"),
        ("Stayed", "Stayed"),
    ]
    assert stayed.tags == ["poor", "mood"]
    assert stayed.outcome == "poor"
    assert (bar.line, stayed.line) == (3, 11)
    assert story_findings(story=story) == []


def test_html_with_more_than_one_story_is_refused():
    story = '<tw-storydata name="S{0}" startnode="1"><tw-passagedata pid="1" name="A">x'
    story += "</tw-passagedata></tw-storydata>\n\n"
    with pytest.raises(TweeError, match="holds 2 stories; import one story at a time"):
        story_parse(text=story.format(1) + story.format(2), filename="library.html")


# manage.py import_twee --check


@pytest.mark.django_db
def test_check_prints_findings_naming_passages_as_written_and_saves_nothing():
    before = Scenario.objects.count()
    out, message = refused(str(FILES / "broken.twee"), "--check", returncode=1)
    assert out.splitlines() == [
        'Choice "Go to the meeting room" in step "Talk to HR" leads to "Missing Room", '
        "which is not a step.",
        'Step "Orphan" cannot be reached from the start step "Talk to HR".',
    ]
    assert message == "2 problem(s) in broken.twee."
    assert Scenario.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["meeting.twee", "party.html"])
def test_check_of_a_sound_story_exits_0(name):
    before = Scenario.objects.count()
    out, _err = run(str(FILES / name), "--check")
    assert out.strip() == f"No problems found in {name}."
    assert Scenario.objects.count() == before


# manage.py import_twee


@pytest.mark.django_db
def test_import_creates_a_draft_scenario_with_the_story_graph():
    out, _err = run(str(FILES / "meeting.twee"), "--language", "en")
    scenario = Scenario.objects.get(key="coffee-with-sam")
    assert scenario.locale.language_code == "en"
    assert scenario.title == "Coffee with Sam"
    assert not scenario.live
    assert scenario.has_unpublished_changes
    assert scenario.live_revision is None
    assert scenario.latest_revision is not None
    assert log_registry.get_logs_for_instance(scenario).filter(action="wagtail.create").exists()
    assert (scenario.start_step, scenario.pass_threshold) == ("coffee-morning", 0)
    assert scenario.step_specs() == [
        StepSpec(
            key="coffee-morning",
            choices=(
                ChoiceSpec(label="Listen", next="listen-closely"),
                ChoiceSpec(label="Walk away", next="walked-away"),
                ChoiceSpec(label="Ask HR {now}", next="ask-hr-now"),
            ),
        ),
        StepSpec(
            key="listen-closely",
            choices=(
                ChoiceSpec(label="Suggest the confidant", next="confidant"),
                ChoiceSpec(label="Write it down", next="notes"),
            ),
        ),
        StepSpec(key="ask-hr-now", choices=(ChoiceSpec(label="Confidant", next="confidant"),)),
        StepSpec(key="confidant", outcome="good"),
        StepSpec(key="walked-away", outcome="poor"),
        StepSpec(key="notes", outcome="mixed"),
    ]
    first = scenario.steps[0].value
    assert first["situation"].source == (
        "<p>Sam stops you at the coffee machine. \"Got a minute? It's about &lt;the meeting&gt; "
        '&amp; what<br/>Jan said."</p>'
    )
    assert [c["points"] for c in first["choices"]] == [0, 0, 0]
    assert scenario.steps[2].value["situation"].source == (
        "<p>You offer to walk to HR together. See also the policy.</p>"
    )
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[scenario.pk])
    assert out.strip().endswith(url)
    assert "cannot be published" not in out


@pytest.mark.django_db
def test_a_broken_story_is_saved_as_a_draft_with_its_findings_shown():
    out, _err = run(str(FILES / "broken.twee"))
    scenario = Scenario.objects.get(key="talking-to-hr", locale=Locale.get_default())
    assert not scenario.live
    assert 'leads to "Missing Room", which is not a step.' in out
    # The missing passage keeps a key of its own, so the draft shows the same problem.
    specs = scenario.step_specs()
    assert specs[0].choices[0] == ChoiceSpec(label="Go to the meeting room", next="missing-room")
    assert [s.key for s in specs] == ["talk-to-hr", "leave", "orphan"]


@pytest.mark.django_db
def test_html_import_and_keys_unique_per_locale():
    run(str(FILES / "party.html"))
    run(str(FILES / "party.html"))
    run(str(FILES / "party.html"), "--language", "vi")
    keys = Scenario.objects.filter(title="After-work drinks").values_list(
        "locale__language_code", "key"
    )
    assert sorted(keys) == [
        ("nl", "after-work-drinks"),
        ("nl", "after-work-drinks-2"),
        ("vi", "after-work-drinks"),
    ]
    scenario = Scenario.objects.get(key="after-work-drinks", locale__language_code="vi")
    assert scenario.start_step == "at-the-bar"
    assert scenario.steps[0].value["situation"].source == (
        '<p>You message the confidant. She answers: "Thanks for telling me &lt;3"</p>'
    )


@pytest.mark.django_db
def test_passage_names_with_the_same_slug_get_distinct_step_keys():
    story = parse(":: Talk to HR\n[[Talk to HR!]]\n:: Talk to HR!\n[[???]]\n:: ???\nEnd.\n")
    scenario = scenario_from_story(story=story, locale=Locale.get_default(), key="hr-talk")
    assert [s.key for s in scenario.step_specs()] == ["talk-to-hr", "talk-to-hr-2", "step"]
    assert scenario.step_specs()[1].choices[0].next == "step"


@pytest.mark.django_db
def test_a_key_given_must_be_a_free_slug():
    run(str(FILES / "meeting.twee"), "--key", "coffee")
    before = Scenario.objects.count()
    _out, message = refused(str(FILES / "meeting.twee"), "--key", "coffee", returncode=2)
    assert 'A scenario with the key "coffee" already exists in language "nl"' in message
    _out, message = refused(str(FILES / "meeting.twee"), "--key", "no spaces", returncode=2)
    assert '"no spaces" cannot be a scenario key' in message
    _out, message = refused(str(FILES / "meeting.twee"), "--language", "xx", returncode=2)
    assert 'There is no language "xx"' in message
    assert Scenario.objects.count() == before


# Malformed input: exit status 2, a clear message, nothing saved.

MALFORMED = [
    ("empty.twee", b"  \n\n", "empty.twee is empty."),
    ("notes.txt", b"Just some notes\n:: Later\n", "notes.txt, line 1: this is not a Twee file"),
    ("page.html", b"<html><body><p>Hi</p></body></html>", "has no <tw-storydata> element"),
    ("image.twee", b"\x89PNG\r\n\x1a\n\xff\xfe", "image.twee is not UTF-8 text"),
    (
        "twice.twee",
        b":: Start\n[[End]]\n\n:: End\nBye.\n\n:: End\nAgain.\n",
        'twice.twee, line 7: a second passage named "End" (the first is on line 4)',
    ),
    (
        "twice.html",
        b'<tw-storydata name="S" startnode="1">\n<tw-passagedata pid="1" name="A">x'
        b'</tw-passagedata>\n<tw-passagedata pid="2" name="A">y</tw-passagedata>\n'
        b"</tw-storydata>",
        'twice.html, line 3: a second passage named "A" (the first is on line 2)',
    ),
    (
        "start.html",
        b'<tw-storydata name="S" startnode="9"><tw-passagedata pid="1" name="A">x'
        b"</tw-passagedata></tw-storydata>",
        'the start passage (startnode="9") is not one of the story\'s passages',
    ),
    ("special.twee", b":: StoryTitle\nOnly a title\n", "special.twee has no story passages"),
    ("nameless.twee", b":: Start\nHi\n::  [tag]\n", "nameless.twee, line 3: a passage header"),
    ("open.twee", b":: Start [good\nHi\n", 'line 1: the tags of passage "Start" are not closed'),
    ("bracket.twee", b":: A [x] B\nHi\n", 'line 1: unexpected "B" after passage "A"'),
    (
        "data.twee",
        b':: StoryData\n{\n  "start": "A",,\n}\n:: A\nEnd.\n',
        "data.twee, line 3: the StoryData passage is not valid JSON",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content", "expected"), MALFORMED)
@pytest.mark.parametrize("check", [True, False])
def test_malformed_input_exits_2_with_a_clear_message_and_saves_nothing(
    tmp_path, name, content, expected, check
):
    path = tmp_path / name
    path.write_bytes(content)
    before = Scenario.objects.count()
    out, message = refused(str(path), *(["--check"] if check else []), returncode=2)
    assert expected in message
    assert out == ""
    assert Scenario.objects.count() == before


@pytest.mark.django_db
def test_a_missing_file_exits_2(tmp_path):
    _out, message = refused(str(tmp_path / "nowhere.twee"), returncode=2)
    assert message == f"Cannot read {tmp_path / 'nowhere.twee'}: No such file or directory."


@pytest.mark.slow
def test_the_real_command_line_reports_on_stdout_and_stderr_with_exit_status(tmp_path):
    """Through manage.py: findings on stdout and status 1; a broken file on stderr, status 2.
    --check never needs the database."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", "import_twee", *args],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )

    result = manage(str(FILES / "broken.twee"), "--check")
    assert result.returncode == 1
    assert 'in step "Talk to HR" leads to "Missing Room"' in result.stdout
    assert "2 problem(s) in broken.twee." in result.stderr
    assert manage(str(FILES / "meeting.twee"), "--check").returncode == 0
    (tmp_path / "notes.txt").write_text("Just notes.\n")
    result = manage(str(tmp_path / "notes.txt"), "--check")
    assert result.returncode == 2
    assert "notes.txt, line 1: this is not a Twee file" in result.stderr
