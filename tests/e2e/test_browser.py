"""What people see in a real browser: signing in, switching language, accessibility, security.

Each test loads the demo (pages in nl/en/vi and one user per role) into a fresh database served
by pytest-django's live server, and drives Debian's Chromium through Playwright. The database is
transactional, so the live server's thread sees the data; serialized rollback brings back what
migrations created (Wagtail's root page, locales, role groups) after each flush.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from people.models import User

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
VIEWPORT = {"width": 1280, "height": 900}

NEW_EMPLOYEE_EMAIL = "nieuwe.collega@demo.example"
NEW_EMPLOYEE_PASSWORD = "Nieuw-op-het-werk-2026"


@pytest.fixture
def shoot(request):
    """Save a full-page screenshot named after the test (plus an optional suffix)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def _shoot(page, suffix: str = "") -> Path:
        name = request.node.name + (f"-{suffix}" if suffix else "")
        path = ARTIFACTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shoot


def path_of(page) -> str:
    return urlsplit(page.url).path


def switch_language(page, code: str) -> None:
    """Click a language in the header's switcher and wait for the new page."""
    with page.expect_navigation():
        page.locator(f'nav.language-switcher a[hreflang="{code}"]').click()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_new_employee_logs_in_and_switches_to_vietnamese(live_demo, page, shoot):
    """A new employee signs in on the Dutch site, picks Tiếng Việt and reads the site in it."""
    user = User.objects.create_user(email=NEW_EMPLOYEE_EMAIL, password=NEW_EMPLOYEE_PASSWORD)
    user.groups.add(Group.objects.get(name="Employee"))
    EmailAddress.objects.create(user=user, email=NEW_EMPLOYEE_EMAIL, verified=True, primary=True)

    page.goto(f"{live_demo}/nl/accounts/login/")
    page.fill('input[name="login"]', NEW_EMPLOYEE_EMAIL)
    page.fill('input[name="password"]', NEW_EMPLOYEE_PASSWORD)
    with page.expect_navigation():
        page.locator('main form button[type="submit"]').click()

    assert path_of(page).startswith("/nl/"), page.url
    errors = page.locator(".form-errors, .errorlist").all_inner_texts()
    assert "/accounts/login/" not in path_of(page), f"still on the sign-in page: {errors}"
    sign_out = page.locator('header form[action*="/logout/"] button[type="submit"]')
    expect(sign_out).to_be_visible()

    switch_language(page, "vi")

    assert path_of(page).startswith("/vi/"), page.url
    assert page.locator("html").get_attribute("lang") == "vi"
    shoot(page)
    header = page.locator("header.site-header").inner_text()
    text = page.locator("body").inner_text()
    missing = [
        w for w in ("Đăng xuất", "Khóa học", "Nói chuyện với người tin cậy") if w not in header
    ]
    english = [w for w in ("Sign out", "Talk to a confidant", "Skip to main content") if w in text]
    skip = page.locator(".skip-link").inner_text()
    assert not missing and not english, (
        f"{page.url} is not in Vietnamese: missing {missing}, English {english}; "
        f"header reads {' | '.join(line for line in header.splitlines() if line.strip())!r}, "
        f"skip link reads {skip!r}"
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_language_switcher_keeps_the_same_page(live_demo, page, shoot):
    """Switching language keeps you on the page you were reading, not the home page."""
    page.goto(f"{live_demo}/nl/trainingen/")
    switch_language(page, "en")
    assert path_of(page) == "/en/courses/"
    switch_language(page, "vi")
    assert path_of(page) == "/vi/khoa-hoc/"
    shoot(page, "catalogue-vi")

    page.goto(f"{live_demo}/en/talk-to-a-confidant/")
    switch_language(page, "nl")
    assert path_of(page).startswith("/nl/"), page.url
    assert path_of(page) != "/nl/", "switching to Dutch sent the reader to the home page"
    shoot(page, "confidant-nl")
    heading = page.locator("main h1").inner_text()
    assert "vertrouwenspersoon" in heading.lower(), f"{page.url}: h1 is {heading!r}"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_have_no_serious_accessibility_violations(live_demo, browser, shoot):
    """axe-core finds nothing serious or critical on the pages everyone visits first."""
    # The site's strict CSP would keep axe-core's injected script out.
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    page = context.new_page()
    axe = Axe()
    found = {}
    try:
        for name, url in (
            ("home-nl", "/nl/"),
            ("login-nl", "/nl/accounts/login/"),
            ("catalogue-nl", "/nl/trainingen/"),
            ("home-vi", "/vi/"),
        ):
            response = page.goto(f"{live_demo}{url}")
            assert response is not None and response.ok, (
                f"{url}: HTTP {response and response.status}"
            )
            shoot(page, name)
            violations = axe.run(page).response["violations"]
            serious = [v for v in violations if v.get("impact") in {"serious", "critical"}]
            if serious:
                found[url] = [
                    f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
                    for v in serious
                ]
    finally:
        context.close()
    assert not found, "serious accessibility violations:\n" + "\n".join(
        f"{url}: {line}" for url, lines in found.items() for line in lines
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_small_screen_and_keyboard(live_demo, page, shoot):
    """On a 320 px phone nothing scrolls sideways, and the first Tab offers 'skip to content'."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_demo}/nl/")
    shoot(page)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"page is {scroll_width}px wide on a 320px screen"

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused.split(), f"first Tab focused {focused!r}"
    skip = page.locator(".skip-link")
    expect(skip).to_be_visible()
    box = skip.bounding_box()
    assert box is not None
    assert box["y"] >= 0 and box["x"] >= 0, f"skip link is off-screen when focused: {box}"
    assert box["x"] + box["width"] <= 320, f"skip link sticks out of the screen: {box}"
    shoot(page, "skip-link")

    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'", timeout=2000)
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_public_pages_send_strict_csp(live_demo, page, shoot):
    """Public pages forbid inline and third-party scripts through Content-Security-Policy."""
    response = page.goto(f"{live_demo}/nl/")
    assert response is not None and response.ok
    policy = response.headers.get("content-security-policy", "")
    assert "default-src 'self'" in policy, policy
    assert "script-src 'self'" in policy, policy
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert "'unsafe-inline'" not in directives.get("script-src", []), policy
    shoot(page)
