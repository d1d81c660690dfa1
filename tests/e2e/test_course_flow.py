"""A new employee takes the demo course in a real browser, from sign-in to the certificate.

Each test loads the demo into a fresh transactional database served by pytest-django's live
server and drives Debian's Chromium through Playwright (the `browser` and `page` fixtures of
tests/e2e/conftest.py). The right answers come from the demo's own content
(courses.demo_content.LESSONS), translated through its TRANSLATIONS table, and options are
picked by the text of their <label>, as a learner would.
"""

import io
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from pypdf import PdfReader

from courses.demo import TEXTS
from courses.demo_content import LESSONS, TRANSLATIONS
from people.models import EmployeeProfile, User

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
VIEWPORT = {"width": 1280, "height": 900}
PASSWORD = "Nieuw-op-het-werk-2026"

COURSE_TITLE_NL = "Respectvol omgaan met elkaar en waar je hulp vindt"
COURSE_PATHS = {
    "nl": "/nl/trainingen/respectvol-omgaan/",
    "en": "/en/courses/respectful-conduct/",
    "vi": "/vi/khoa-hoc/ung-xu-ton-trong/",
}
# A name with diacritics in every language, so the certificate's font is put to work.
NAMES = {
    "nl": ("Sanne", "van der Meer-Özdemir"),
    "en": ("Zoë", "Fairbairn"),
    "vi": ("Minh Anh", "Trần"),
}
BROWSER_LOCALES = {"nl": "nl-NL", "en": "en-GB", "vi": "vi-VN"}


# --- the demo, its people and its content ----------------------------------------------------


def employee_create(lang: str) -> User:
    """A new employee, as HR would add one: verified address, Employee role, own language."""
    first, last = NAMES[lang]
    email = f"nieuwe.collega.{lang}@demo.example"
    user = User.objects.create_user(
        email=email, password=PASSWORD, first_name=first, last_name=last
    )
    user.groups.add(Group.objects.get(name="Employee"))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    EmployeeProfile.objects.create(user=user, preferred_language=lang)
    return user


def text_in(text: str, lang: str) -> str:
    """A Dutch demo text in `lang`, as wagtail-localize published it."""
    if lang == "nl":
        return text
    return {**TEXTS, **TRANSLATIONS}[text][lang]


def lesson_path(index: int, lang: str) -> str:
    return COURSE_PATHS[lang] + text_in(LESSONS[index]["slug"], lang) + "/"


def knowledge_checks(index: int) -> list[dict]:
    return [value for kind, value in LESSONS[index]["body"] if kind == "knowledge_check"]


def correct_labels(check: dict, lang: str) -> list[str]:
    return [text_in(option["label"], lang) for option in check["options"] if option["correct"]]


# --- browser helpers --------------------------------------------------------------------------


def path_of(page) -> str:
    return urlsplit(page.url).path


def shoot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"test_course_flow-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def messages_on(page) -> list[str]:
    return page.locator("main .messages .message").all_inner_texts()


def sign_in(page, base: str, user: User, lang: str) -> None:
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill('input[name="login"]', user.email)
    page.fill('input[name="password"]', PASSWORD)
    with page.expect_navigation():
        page.locator('main form button[type="submit"]').click()
    errors = page.locator(".form-errors, .errorlist").all_inner_texts()
    assert "/accounts/login/" not in path_of(page), f"still on the sign-in page: {errors}"
    expect(page.locator('header form[action*="/logout/"] button[type="submit"]')).to_be_visible()


def sign_out(page) -> None:
    with page.expect_navigation():
        page.locator('header form[action*="/logout/"] button[type="submit"]').click()
    expect(page.locator('header form[action*="/logout/"]')).to_have_count(0)


def question(page, number: int):
    return page.locator("main section.knowledge-check").nth(number)


def answer(page, number: int, labels: list[str]) -> None:
    """Tick the options with these labels in question `number` (0-based) and submit it."""
    section = question(page, number)
    for label in labels:
        section.get_by_label(label, exact=True).check()
    with page.expect_navigation():
        section.locator('button[type="submit"]').click()


def answer_correctly(page, index: int, lang: str) -> None:
    """Answer every knowledge check of lesson `index` (0-based) right, one form at a time."""
    checks = knowledge_checks(index)
    expect(page.locator("main section.knowledge-check")).to_have_count(len(checks))
    for number, check in enumerate(checks):
        labels = correct_labels(check, lang)
        answer(page, number, labels)
        section = question(page, number)
        assert section.locator(".result-correct").count() == 1, (
            f"{page.url}: question {number + 1} answered with {labels} is not marked correct; "
            f"it reads {section.inner_text()!r}; messages {messages_on(page)}"
        )
        expect(section.locator(".result-correct")).to_be_visible()
        for label in labels:
            expect(section.get_by_label(label, exact=True)).to_be_checked()


def complete_lesson(page) -> None:
    with page.expect_navigation():
        page.locator('form#complete button[type="submit"]').click()


def pdf_text(data: bytes) -> str:
    """The certificate's text, with Unicode composed and line breaks folded to spaces."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


# --- the tests --------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("lang", ["nl", "en", "vi"])
def test_new_employee_completes_the_demo_course(live_demo, browser, page, lang):
    """Sign in, take all four lessons with a break halfway, download the certificate and check
    it on the public verification page."""
    user = employee_create(lang)
    full_name = user.get_full_name()
    course_title = text_in(COURSE_TITLE_NL, lang)
    course_url = live_demo + COURSE_PATHS[lang]

    sign_in(page, live_demo, user, lang)
    page.goto(course_url)
    expect(page.locator("main h1")).to_have_text(course_title)
    start = page.locator("main a.button")
    expect(start).to_have_count(1)
    with page.expect_navigation():
        start.click()
    assert path_of(page) == lesson_path(0, lang), page.url

    for index in range(len(LESSONS)):
        assert path_of(page) == lesson_path(index, lang), (
            f"expected lesson {index + 1}, got {page.url}"
        )
        expect(page.locator("main h1")).to_have_text(text_in(LESSONS[index]["title"], lang))
        answer_correctly(page, index, lang)
        if index == 2:
            shoot(page, f"{lang}-lesson")
        complete_lesson(page)
        messages = messages_on(page)
        assert not page.locator("main .message-error").count(), f"{page.url}: {messages}"

        if index == 1:
            # Halfway: stop, come back later, and pick up where you left off.
            assert path_of(page) == lesson_path(2, lang), page.url
            sign_out(page)
            sign_in(page, live_demo, user, lang)
            page.goto(course_url)
            progress = page.locator("main progress")
            expect(progress).to_have_attribute("value", "50")
            expect(page.locator("main .progress-label")).to_contain_text("50")
            expect(page.locator("main ol.lesson-list > li.lesson-completed")).to_have_count(2)
            resume = page.locator("main a.button")
            expect(resume).to_have_count(1)
            assert urlsplit(resume.get_attribute("href")).path == lesson_path(2, lang), (
                f"resume button leads to {resume.get_attribute('href')}"
            )
            with page.expect_navigation():
                resume.click()

    # After the last lesson: back on the course page, with the certificate.
    assert path_of(page) == COURSE_PATHS[lang], f"after the last lesson: {page.url}"
    expect(page.locator("main .message-success")).to_be_visible()
    certificate = page.locator('main a.button[href*="/certificates/"]')
    expect(certificate).to_have_count(1)
    shoot(page, f"{lang}-course-completed")
    href = certificate.get_attribute("href")
    match = re.fullmatch(rf"/{lang}/certificates/([A-Z2-7]+)\.pdf", urlsplit(href).path)
    assert match, f"certificate link is {href!r}"
    code = match.group(1)

    with page.expect_download() as download_info:
        certificate.click()
    download = download_info.value
    assert download.failure() is None, download.failure()
    assert download.suggested_filename == f"certificate-{code}.pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    saved = ARTIFACTS / f"test_course_flow-{lang}-certificate.pdf"
    download.save_as(saved)
    data = saved.read_bytes()
    assert data.startswith(b"%PDF-"), f"not a PDF: {data[:40]!r}"
    text = pdf_text(data)
    assert full_name in text, f"holder {full_name!r} missing from the certificate: {text!r}"
    assert course_title in text, f"course {course_title!r} missing from the certificate: {text!r}"
    printed = re.search(r"/verify/([A-Z2-7]+)/", text)
    assert printed, f"no verification URL on the certificate: {text!r}"
    assert printed.group(1) == code, f"certificate prints {printed.group(1)}, link has {code}"

    # Anyone holding the certificate, signed in or not, can check it.
    context = browser.new_context(viewport=VIEWPORT, locale=BROWSER_LOCALES[lang])
    try:
        public = context.new_page()
        response = public.goto(f"{live_demo}/verify/{printed.group(1)}/")
        assert response is not None and response.ok, f"HTTP {response and response.status}"
        assert re.fullmatch(rf"/[a-z]{{2}}/verify/{code}/", path_of(public)), public.url
        panel = public.locator("main .verify-valid")
        expect(panel).to_be_visible()
        expect(panel).to_contain_text(full_name)
        expect(panel).to_contain_text(course_title)
        shoot(public, f"{lang}-verify")
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_wrong_answer_shows_feedback_and_keeps_the_lesson_open(live_demo, page):
    """A wrong answer explains itself and can be tried again; a lesson with an unanswered
    question cannot be completed."""
    lang = "nl"
    user = employee_create(lang)
    sign_in(page, live_demo, user, lang)

    page.goto(live_demo + lesson_path(0, lang))
    check = knowledge_checks(0)[0]
    wrong = next(option for option in check["options"] if not option["correct"])
    answer(page, 0, [wrong["label"]])

    assert path_of(page) == lesson_path(0, lang), page.url
    section = question(page, 0)
    expect(section.locator(".result-wrong")).to_be_visible()
    expect(section.locator(".result-correct")).to_have_count(0)
    expect(section.locator(".feedback")).to_have_text(wrong["feedback"])
    expect(section.locator("legend")).to_contain_text(check["question"])
    expect(section.get_by_label(wrong["label"], exact=True)).to_be_checked()
    expect(page.locator("form#complete .result-correct")).to_have_count(0)
    shoot(page, "nl-wrong-answer")

    # Trying again with the right answer is allowed and graded afresh.
    answer(page, 0, correct_labels(check, lang))
    expect(question(page, 0).locator(".result-correct")).to_be_visible()

    # Lesson 3 has two questions: answer only the first, then try to complete it.
    page.goto(live_demo + lesson_path(2, lang))
    checks = knowledge_checks(2)
    assert len(checks) >= 2
    answer(page, 0, correct_labels(checks[0], lang))
    complete_lesson(page)
    assert path_of(page) == lesson_path(2, lang), f"left the unfinished lesson for {page.url}"
    error = page.locator("main .message-error")
    expect(error).to_be_visible()
    expect(error).to_have_text("Beantwoord eerst alle vragen in deze les.")
    expect(question(page, 1).locator(".result")).to_have_count(0)
    expect(page.locator("form#complete .result-correct")).to_have_count(0)
    shoot(page, "nl-unanswered-question")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_lesson_page_axe_and_phone(live_demo, browser):
    """A lesson page has no serious accessibility problems and fits a 320 px phone."""
    user = employee_create("nl")
    # The site's strict CSP would keep axe-core's injected script out.
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    try:
        page = context.new_page()
        sign_in(page, live_demo, user, "nl")
        response = page.goto(live_demo + lesson_path(0, "nl"))
        assert response is not None and response.ok, f"HTTP {response and response.status}"
        expect(page.locator("main section.knowledge-check")).to_have_count(1)
        shoot(page, "nl-lesson-axe")
        violations = Axe().run(page).response["violations"]
        serious = [v for v in violations if v.get("impact") in {"serious", "critical"}]
        assert not serious, "serious accessibility violations on lesson 1:\n" + "\n".join(
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}" for v in serious
        )

        page.set_viewport_size({"width": 320, "height": 640})
        page.reload()
        shoot(page, "nl-lesson-phone")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        wide = page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > 320)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))"""
        )
        assert scroll_width <= 320, (
            f"lesson page is {scroll_width}px wide on a 320px screen; too wide: {wide}"
        )
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_second_tab_sees_what_the_first_one_did(live_demo, page):
    """Learners' pages are kept rendered between reloads (courses/learner_cache.py): an answer
    and a completed lesson given in one tab show when the other tab reloads, and the other
    tab's forms still work."""
    lang = "nl"
    user = employee_create(lang)
    sign_in(page, live_demo, user, lang)
    other = page.context.new_page()
    for _ in range(2):  # rendered, then served as kept
        other.goto(live_demo + lesson_path(0, lang))
        other.goto(live_demo + COURSE_PATHS[lang])
    expect(other.locator("main .lesson-list .lesson-completed")).to_have_count(0)

    page.goto(live_demo + lesson_path(0, lang))
    answer_correctly(page, 0, lang)
    complete_lesson(page)

    other.goto(live_demo + lesson_path(0, lang))
    expect(question(other, 0).locator(".result-correct")).to_be_visible()
    other.goto(live_demo + COURSE_PATHS[lang])
    expect(other.locator("main .lesson-list .lesson-completed")).to_have_count(1)
    other.goto(live_demo + lesson_path(1, lang))
    answer_correctly(other, 1, lang)  # the kept page's CSRF token is the tab's own
    shoot(other, "nl-second-tab")
    other.close()
