"""The exported demo course played in Chromium under scorm-again, as another LMS would run it:
served from a folder of its own (nothing may reach our server), passed with correct answers and
good scenario endings, and resumed from the bookmark it left."""

import functools
import io
import json
import threading
import uuid
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from courses.models import CoursePage
from scorm.export import export_course

from .browser_ui import ARTIFACTS, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db]
SCORM_AGAIN = Path(settings.BASE_DIR) / "node_modules/scorm-again/dist/scorm-again.js"
API = {"1.2": ("API", "Scorm12API"), "2004": ("API_1484_11", "Scorm2004API")}


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def lms(demo, tmp_path):
    """A static 'LMS': the package under package/, scorm-again, and harness pages; returns a
    function that exports the demo course, and writes a harness with an optional CMI."""
    root = tmp_path / "lms"
    root.mkdir()
    (root / "scorm-again.js").write_bytes(SCORM_AGAIN.read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"

    def harness(version: str, language: str = "en", cmi: dict | None = None) -> str:
        if not (root / "package").exists():
            course = CoursePage.objects.get(slug="respectvol-omgaan", locale__language_code="nl")
            package = export_course(course=course, version=version, language=language)
            with zipfile.ZipFile(io.BytesIO(package)) as archive:
                archive.extractall(root / "package")
        name, cls = API[version]
        # A new file name each time: the same name rewritten within a second can come back from
        # the browser's cache (304, same Last-Modified) without the CMI it was given.
        page_name = f"harness-{uuid.uuid4().hex}.html"
        (root / page_name).write_text(
            f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm-again.js"></script>
<script>
  window.{name} = new {cls}({{lmsCommitUrl: false, autocommit: false, logLevel: 5}});
  var initial = {json.dumps(cmi)};
  if (initial) window.{name}.loadFromJSON(initial);
</script></head>
<body style="margin:0"><iframe id="sco" title="Course" src="package/index.html"
 style="border:0;width:100%;height:880px"></iframe></body></html>"""
        )
        return f"{base}/{page_name}"

    yield harness
    server.shutdown()


def course_data(frame) -> dict:
    return frame.locator("body").evaluate(
        "() => JSON.parse(document.getElementById('course-data').textContent)"
    )


def good_path(scenario: dict) -> list[str]:
    """Choice labels leading to a good ending with enough points (depth-first)."""
    todo = [(scenario["start"], (), 0, [])]
    while todo:
        key, flags, points, labels = todo.pop()
        step = scenario["steps"][key]
        if not step["choices"]:
            if step["outcome"] == "good" and points >= scenario["threshold"]:
                return labels
            continue
        if len(labels) > 12:
            continue
        for choice in step["choices"]:
            if choice["requires"] and choice["requires"] not in flags:
                continue
            more = (*flags, choice["sets"]) if choice["sets"] else flags
            todo.append(
                (choice["next"], more, points + choice["points"], [*labels, choice["label"]])
            )
    raise AssertionError(f"no good ending in {scenario['title']}")


def play_lesson(frame, data: dict, lesson: int, shoot: str = "", wrong: bool = False) -> None:
    """Answer each question correctly (or wrongly), play each scenario to a good ending,
    continue."""
    section = frame.locator(f"#lesson-{lesson}")
    expect(section).to_be_visible()
    for index, question in enumerate(data["questions"]):
        if question["lesson"] != lesson:
            continue
        options = question["correct"]
        if wrong:
            options = [next(i for i in range(9) if i not in question["correct"])]
        for option in options:
            frame.locator(f"#q-{index}-{option}").check()
        frame.locator(f"#question-{index} .check-answer").click()
        expected = data["strings"]["wrong" if wrong else "correct"]
        expect(frame.locator(f"#question-{index} .result")).to_have_text(expected)
        if wrong:  # then right: the learner sees it, the score does not count it
            if question["multiple"]:
                for option in options:
                    frame.locator(f"#q-{index}-{option}").uncheck()
            for option in question["correct"]:
                frame.locator(f"#q-{index}-{option}").check()
            frame.locator(f"#question-{index} .check-answer").click()
            result = frame.locator(f"#question-{index} .result")
            expect(result).to_have_text(data["strings"]["correct"])
    for index, scenario in enumerate(data["scenarios"]):
        if scenario["lesson"] != lesson:
            continue
        box = frame.locator(f"#scenario-{index}")
        box.locator(".scenario-start").click()
        for label in good_path(scenario):
            box.get_by_role("button", name=label, exact=True).click()
        expect(box.locator(".scenario-result")).to_contain_text(data["strings"]["scenarioPassed"])
        if shoot:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            box.screenshot(path=str(ARTIFACTS / f"{shoot}-scenario-{index}.png"))
            section.locator(".knowledge-check").first.screenshot(
                path=str(ARTIFACTS / f"{shoot}-question.png")
            )
    section.locator('[data-go="next"]').click()


def cmi(page, version: str) -> dict:
    name = API[version][0]
    return page.evaluate(f"() => JSON.parse(JSON.stringify(window.{name}.cmi))")


def offline_only(page, origin: str) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(origin) else None)
    return requests


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_demo_course_plays_to_passed_in_an_lms(page, lms, version):
    url = lms(version)
    elsewhere = offline_only(page, url.rsplit("/", 1)[0])
    page.goto(url)
    frame = page.frame_locator("#sco")
    data = course_data(frame)
    longest = 0
    for lesson in range(data["lessons"]):
        play_lesson(frame, data, lesson, shoot=f"scorm-export-{version}")
        if lesson + 1 < data["lessons"]:
            focused = frame.locator("body").evaluate("() => document.activeElement.id")
            assert focused == f"lesson-{lesson + 1}-title"  # focus follows navigation
        longest = max(longest, len(cmi(page, version)["suspend_data"]))
    expect(frame.locator("#summary")).to_be_visible()
    expect(frame.locator("#summary-score")).to_have_text("100%")
    screenshot(page, f"scorm-export-{version}-summary")
    state = cmi(page, version)
    if version == "1.2":
        assert state["core"]["lesson_status"] == "passed"
        assert state["core"]["score"]["raw"] == "100"
    else:
        assert state["completion_status"] == "completed"
        assert state["success_status"] == "passed"
        assert float(state["score"]["scaled"]) == 1
    assert len(state["suspend_data"]) <= 4096 and longest <= 4096
    print(f"\nSCORM {version} suspend_data: {len(state['suspend_data'])} characters")
    assert elsewhere == [], f"the package reached out: {elsewhere}"


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_package_resumes_at_its_bookmark(page, lms, version):
    page.goto(lms(version))
    frame = page.frame_locator("#sco")
    data = course_data(frame)
    for lesson in (0, 1):
        play_lesson(frame, data, lesson)
    first = cmi(page, version)
    location = first["core"]["lesson_location"] if version == "1.2" else first["location"]
    assert location == "2"
    if version == "1.2":
        initial = {
            "suspend_data": first["suspend_data"],
            "core": {"lesson_location": location, "entry": "resume"},
        }
    else:
        initial = {"suspend_data": first["suspend_data"], "location": location, "entry": "resume"}

    page.goto(lms(version, cmi=initial))
    frame = page.frame_locator("#sco")
    expect(frame.locator("#lesson-2")).to_be_visible()
    expect(frame.locator("#lesson-0")).to_be_hidden()
    expect(frame.locator("#progress-label")).to_contain_text("50%")
    assert "%%" not in frame.locator("#progress-label").inner_text()
    screenshot(page, f"scorm-export-{version}-resumed")
    first_question = data["questions"][0]
    assert frame.locator(f"#q-0-{first_question['correct'][0]}").is_checked()
    scenario = next(i for i, s in enumerate(data["scenarios"]) if s["lesson"] < 2)
    expect(frame.locator(f"#scenario-{scenario} .scenario-result")).to_have_count(1)
    for lesson in range(2, data["lessons"]):
        play_lesson(frame, data, lesson)
    state = cmi(page, version)
    status = state["core"]["lesson_status"] if version == "1.2" else state["success_status"]
    assert status == "passed"


def test_wrong_first_answers_fail_the_course(page, lms):
    """The first answer counts: answering right afterwards does not lift the score."""
    page.goto(lms("2004"))
    frame = page.frame_locator("#sco")
    data = course_data(frame)
    for lesson in range(data["lessons"]):
        play_lesson(frame, data, lesson, wrong=True)
    expect(frame.locator("#summary-score")).to_have_text("0%")
    expect(frame.locator("#summary-result")).to_have_text(data["strings"]["courseFailed"])
    state = cmi(page, "2004")
    assert state["completion_status"] == "completed"
    assert state["success_status"] == "failed"
    assert float(state["score"]["scaled"]) == 0
