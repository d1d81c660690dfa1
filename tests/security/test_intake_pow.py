"""The contact form in Chromium with JavaScript: the page solves its proof of work itself (in
a Web Worker), says when it is ready, and the request arrives as a case. Without JavaScript the
form cannot be sent and the page points to the confidants' phone numbers and e-mail addresses."""

import re

import pytest
from browser_ui import submit, url
from playwright.sync_api import expect

from confidants.models import Case

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_browser_solves_the_proof_and_the_case_is_created(live_demo, page, settings):
    settings.CONFIDANT_POW_BITS = 10  # a real search (about a thousand hashes), still quick
    page.goto(live_demo + url("confidants:contact", "en"))
    button = page.locator("main form.stack-form button[type='submit']")
    expect(page.locator("[data-pow-status]")).to_have_text("Ready to send.", timeout=20_000)
    expect(button).to_be_enabled()
    counter = page.locator('input[name="proof_counter"]').input_value()
    assert re.fullmatch(r"\d+", counter), counter
    page.locator('input[name="channel"][value="thread"]').check()
    page.fill('textarea[name="message"]', "Sent from a real browser.")
    before = Case.objects.count()
    response = submit(page, button)
    assert response.status == 200, page.locator(".form-errors").all_inner_texts()
    expect(page.locator("[data-receipt-code]")).to_be_visible()
    assert Case.objects.count() == before + 1


def test_without_javascript_the_button_stays_disabled_and_the_page_explains(
    live_demo, browser, settings
):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_demo + url("confidants:contact", "en"))
        expect(page.locator("main form.stack-form button[type='submit']")).to_be_disabled()
        # Chromium's script switch still parses <noscript> as if scripts ran, so its text is
        # checked in the page source (rendering: tests/security/test_intake_challenge.py).
        noscript = page.content().split("<noscript>")[1].split("</noscript>")[0]
        assert "This page needs JavaScript" in noscript and "tel:" in noscript
    finally:
        context.close()
