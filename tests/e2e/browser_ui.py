"""Helpers shared by the browser tests: addresses, signing in (with TOTP for staff), submitting
forms so that a refusal fails at once, and finding what sticks out sideways."""

import time
from pathlib import Path
from urllib.parse import urlsplit

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DEMO_PASSWORD = "veilig-werken-2026"  # noqa: S105 (the demo's published password)


def url(name: str, lang: str = "nl", **kwargs) -> str:
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def path_of(page) -> str:
    return urlsplit(page.url).path


def screenshot(page, stem: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{stem}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def submit(page, button):
    """Click a submit button and wait for the next page; a 403 (CSRF, permissions) fails at
    once, with the reason, rather than as a missing element 30 seconds later."""
    with page.expect_navigation() as navigation:
        button.click()
    response = navigation.value
    if response is not None and response.status == 403:
        reason = page.locator("body").inner_text()[:300]
        raise AssertionError(
            f"{response.request.method} {path_of(page)} was refused (403): {reason}"
        )
    return response


def sign_in(page, base: str, email: str, *, totp_secret: str | None = None) -> None:
    """Sign in with the demo password, and with a TOTP code when a secret is given."""
    page.goto(base + url("account_login"))
    page.fill('input[name="login"]', email)
    page.fill('input[name="password"]', DEMO_PASSWORD)
    submit(page, page.locator('main form button[type="submit"]'))
    if totp_secret is not None:
        assert path_of(page) == url("mfa_authenticate"), f"no TOTP step: {page.url}"
        left = app_settings.TOTP_PERIOD - time.time() % app_settings.TOTP_PERIOD
        if left < 3:  # the code would expire between typing and checking: take the next one
            time.sleep(left + 0.2)
        code = format_hotp_value(hotp_value(totp_secret, next(yield_hotp_counters_from_time())))
        page.fill('input[name="code"]', code)
        submit(page, page.locator('main form button[type="submit"]:not([form])'))  # not Cancel
    errors = page.locator(".form-errors, .errorlist").all_inner_texts()
    assert "/accounts/" not in path_of(page), f"still signing in at {page.url}: {errors}"
    expect(page.locator('header form[action*="/logout/"] button[type="submit"]')).to_be_visible()


def wide_elements(page, width: int) -> list[str]:
    """Up to five elements reaching past `width` pixels, to name in a failure."""
    return page.evaluate(
        """(width) => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))""",
        width,
    )
