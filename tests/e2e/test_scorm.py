"""The Golf Explained packages (SCORM 1.2 and 2004, by Rustici Software) hosted here and played
in Chromium under scorm-again: a learner pages through, suspends, resumes at the bookmark,
answers the test and exits; the platform records completion, success and score, and the lesson
counts. Package files always come from the content origin, a second origin of the server."""

import re
from pathlib import Path

import pytest
from browser_ui import screenshot, sign_in
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from courses.models import CoursePage, PackageOutcome
from people.models import User
from scorm.imports import lesson_for_package, package_import
from scorm.models import ScormAttempt

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "scorm"
LEARNER = "medewerker@demo.example"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def golf_lesson(fixture: str):
    course = CoursePage.objects.get(slug="respectvol-omgaan", locale__language_code="nl")
    with open(FIXTURES / fixture, "rb") as upload:
        package = package_import(fileobj=upload, course=course)
    return lesson_for_package(course=course, package=package, title="Golf")


def exit_and_commit(page, package) -> None:
    """Press the package's Exit and wait until the runtime's final commit has been answered.
    (Waiting in the browser, not by polling the database: with SQLite the live server shares
    the test's connection, so a query from this thread would collide with the server's.)"""
    with page.expect_response(
        lambda r: "/commit/" in r.url and r.request.method == "POST", timeout=15_000
    ) as response:
        package.locator("#butExit").click()
    assert response.value.status == 200, response.value.text()


def latest_attempt() -> ScormAttempt | None:
    user = User.objects.get(email=LEARNER)
    return ScormAttempt.objects.filter(user=user).order_by("-number").first()


def package_frame(page):
    """The package: inside the frame page on the content origin, inside the player."""
    return page.frame_locator("#scorm-frame").frame_locator("#package")


def open_module(page):
    page.get_by_role("link", name="Module openen").first.click()
    package = package_frame(page)
    expect(package.locator("#butNext")).to_be_enabled()
    return package


def next_page(package, times: int):
    for _ in range(times):
        package.locator("#butNext").click()


def answer_the_test(package):
    test = package.frame_locator("#contentFrame")
    expect(test.locator("input[value='Submit Answers']")).to_be_visible()
    for radio in test.locator(".correctAnswer input[type=radio]").all():
        radio.check()
    for field in test.locator(".correctAnswer input[type=text]").all():
        text = field.locator("xpath=..").inner_text()
        field.fill(text.strip().strip("()"))
    test.locator("input[value='Submit Answers']").click()
    expect(test.get_by_text("Score: 100")).to_be_visible()


def play_golf(page, base: str, lesson, *, status_field: str) -> ScormAttempt:
    page.on("dialog", lambda dialog: dialog.accept())  # "save your progress?", "resume?"
    sign_in(page, base, LEARNER)
    page.goto(base + lesson.url)
    package = open_module(page)
    next_page(package, 5)
    exit_and_commit(page, package)  # suspend: the bookmark is page 5
    attempt = latest_attempt()
    assert attempt.location == "5"
    cmi = attempt.latest_cmi
    assert attempt.finished_at is None and cmi.get("core", cmi)["exit"] == "suspend"
    expect(page.locator("#scorm-status")).to_have_text("Je voortgang is opgeslagen.")

    page.goto(base + lesson.url)
    package = open_module(page)  # resumes: the package asks, the dialog handler says yes
    expect(package.locator("#contentFrame")).to_have_attribute("src", "../Etiquette/Course.html")
    next_page(package, 9)  # to the test
    answer_the_test(package)
    screenshot(page, f"scorm-golf-{status_field}")
    exit_and_commit(page, package)
    attempt = latest_attempt()
    assert attempt.finished_at is not None
    assert attempt.number == 1 and attempt.commits.filter(final=True).count() == 2
    return attempt


def test_golf_scorm_12_reports_completion_pass_and_score(page, live_demo):
    lesson = golf_lesson("RuntimeBasicCalls_SCORM12.zip")
    attempt = play_golf(page, live_demo, lesson, status_field="12")
    assert attempt.latest_cmi["core"]["lesson_status"] == "passed"
    assert (attempt.completion_status, attempt.success_status) == ("completed", "passed")
    assert attempt.score_raw == 100
    outcome = PackageOutcome.objects.get(block_id=attempt.block_id)
    assert outcome.passed and outcome.score == 100
    page.goto(live_demo + lesson.url)
    expect(page.get_by_text("Je hebt deze module afgerond. Score: 100%")).to_be_visible()


def test_golf_scorm_2004_reports_completion_success_and_scaled_score(page, live_demo):
    lesson = golf_lesson("RuntimeBasicCalls_SCORM20043rdEdition.zip")
    attempt = play_golf(page, live_demo, lesson, status_field="2004")
    assert attempt.latest_cmi["completion_status"] == "completed"
    assert attempt.latest_cmi["success_status"] == "passed"
    assert (attempt.completion_status, attempt.success_status) == ("completed", "passed")
    assert attempt.score_scaled == 1
    assert PackageOutcome.objects.get(block_id=attempt.block_id).passed


def test_package_files_come_from_the_content_origin(page, live_demo, settings):
    """The package runs on the server's other loopback name, framed in a sandbox, and reaches
    the runtime only through scorm-again's cross-frame messages."""
    lesson = golf_lesson("RuntimeBasicCalls_SCORM12.zip")
    sign_in(page, live_demo, LEARNER)
    page.goto(live_demo + lesson.url)
    page.get_by_role("link", name="Module openen").first.click()
    frame = page.locator("#scorm-frame")
    expect(frame).to_have_attribute("src", re.compile("^" + settings.SCORM_CONTENT_ORIGIN))
    assert "allow-top-navigation" not in frame.get_attribute("sandbox")
    expect(package_frame(page).locator("#butNext")).to_be_enabled()


def test_a_packaging_only_package_launches(page, live_demo):
    """ContentPackagingSingleSCO makes no runtime calls: it imports, and its launch page opens
    in the player (the example's own text); the player page fits a phone."""
    lesson = golf_lesson("ContentPackagingSingleSCO_SCORM12.zip")
    sign_in(page, live_demo, LEARNER)
    page.goto(live_demo + lesson.url)
    page.get_by_role("link", name="Module openen").first.click()
    expect(package_frame(page).locator("h1")).to_have_text("Not implemented yet")
    page.set_viewport_size({"width": 320, "height": 640})
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the player page scrolls sideways by {overflow}px at 320 px"
    screenshot(page, "scorm-player-320")


def test_trainer_uploads_a_package_in_the_admin_and_a_broken_one_is_refused(
    browser, live_demo, totp_enrol
):
    """A trainer (TOTP) uploads the malformed Golf example: the admin names the fault and
    stores nothing; then the 1.2 example, which is listed with its version and file count."""
    email = "trainer@demo.example"
    secret = totp_enrol(User.objects.get(email=email))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        sign_in(page, live_demo, email, totp_secret=secret)
        page.goto(live_demo + "/admin/snippets/scorm/scormpackage/add/")
        page.set_input_files('input[name="package"]', str(FIXTURES / "MalformedXml_SCORM12.zip"))
        page.locator('form button[type="submit"]').last.click()
        error = page.locator(".error-message, .w-field__errors").first
        expect(error).to_contain_text("imsmanifest.xml")
        expect(error).to_contain_text("27")  # the line of the fault
        screenshot(page, "scorm-admin-refused")
        assert not ScormAttempt.objects.exists()
        from scorm.models import ScormPackage

        assert not ScormPackage.objects.exists()

        page.set_input_files(
            'input[name="package"]', str(FIXTURES / "RuntimeBasicCalls_SCORM12.zip")
        )
        page.locator('form button[type="submit"]').last.click()
        expect(page.get_by_text("Golf Explained - Run-time Basic Calls").first).to_be_visible()
        screenshot(page, "scorm-admin-listed")
        package = ScormPackage.objects.get()
        assert (package.version, package.launch) == ("1.2", "shared/launchpage.html")
        assert package.uploaded_by.email == email
    finally:
        context.close()


def test_a_refused_save_tells_the_learner_why_in_their_language(page, live_demo, settings):
    settings.SCORM_ATTEMPT_QUOTA_BYTES = 10  # the first commit is already too large
    lesson = golf_lesson("RuntimeBasicCalls_SCORM12.zip")
    page.on("dialog", lambda dialog: dialog.accept())
    sign_in(page, live_demo, LEARNER)
    page.goto(live_demo + lesson.url)
    package = open_module(page)
    next_page(package, 2)
    frame = next(frame for frame in page.frames if "/scorm/frame/" in frame.url)
    with page.expect_response(lambda r: "/commit/" in r.url, timeout=15_000) as response:
        frame.evaluate("() => window.API.LMSCommit('')")  # as the package does between pages
    assert response.value.status == 413
    with translation.override("nl"):
        reason = gettext("This attempt has stored as much as it may; ask your trainer for help.")
    assert reason != "This attempt has stored as much as it may; ask your trainer for help."
    expect(page.locator("#scorm-status")).to_have_text(reason)
    screenshot(page, "scorm-refused-save")
