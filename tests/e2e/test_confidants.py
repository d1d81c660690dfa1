"""The confidant module in Chromium: an employee sends an anonymous message, the confidant reads
and answers it, and the reporter comes back with the receipt code; plus the receipt code's
back-off, keyboard and screen reader basics of the contact form, small screens and Vietnamese.

Fixtures as in the other browser tests (tests/e2e/conftest.py): the demo on a live server, a
fresh browser context per test, screenshots into test-artifacts/. Staff must use TOTP, so the
confidant is enrolled first (tests/conftest.py `totp_enrol`) and types the current code at
sign-in, computed with allauth's own HOTP helpers.
"""

import re
import uuid
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_ui import path_of, screenshot, sign_in, submit, url, wide_elements
from playwright.sync_api import expect

from confidants.demo import DEMO_PASSPHRASE
from confidants.models import Case, CaseRecipient, ConfidantProfile
from people.models import User

VIEWPORT = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}

EMPLOYEE_EMAIL = "medewerker@demo.example"
LOTTE_EMAIL = "vertrouwenspersoon@demo.example"
CODE_SHAPE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$")


# --- helpers ----------------------------------------------------------------------------------


def shoot(page, name: str, *, full_page: bool = True) -> Path:
    return screenshot(page, f"test_confidants-{name}", full_page=full_page)


def shoot_phone(page, name: str) -> Path:
    """The same page again on a 375 px phone; the viewport is put back afterwards."""
    before = page.viewport_size
    page.set_viewport_size(PHONE)
    path = shoot(page, f"{name}-phone")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name} is {width}px wide on a 375px phone"
    page.set_viewport_size(before)
    return path


def sign_out(page) -> None:
    submit(page, page.locator('header form[action*="/logout/"] button[type="submit"]'))
    expect(page.locator('header form[action*="/logout/"]')).to_have_count(0)


def contact_form_fill(page, *, message: str, topic: str = "intimidation") -> None:
    """Lotte Visser, the anonymous thread, a topic and a message, chosen by their labels."""
    page.get_by_role("radio", name="Lotte Visser", exact=True).check()
    thread = page.locator('input[name="channel"][value="thread"]')
    thread.check()
    expect(thread).to_be_checked()
    page.select_option('select[name="topic"]', topic)
    page.fill('textarea[name="message"]', message)


def contact_send(page) -> str:
    """Send the contact form; returns the receipt code on the thank-you page."""
    submit(page, page.locator("main form.stack-form button[type='submit']"))
    errors = page.locator(".form-errors").all_inner_texts()
    assert not errors, f"the contact form was refused: {errors}"
    code = page.locator("[data-receipt-code]").inner_text().strip()
    assert CODE_SHAPE.match(code), f"receipt code looks wrong: {code!r}"
    return code


def code_as_typed(code: str) -> str:
    """How a reporter might copy the code off paper: lower case, spaces instead of dashes."""
    return "  ".join(code.lower().split("-")) + " "


def assert_fits(page, width: int, what: str) -> None:
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, (
        f"{what} is {scroll_width}px wide on a {width}px screen; too wide: "
        f"{wide_elements(page, width)}"
    )


# --- 1. the main story ------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_anonymous_message_reply_and_answer(live_demo, browser, page, totp_enrol):
    """Employee writes anonymously to Lotte; Lotte unlocks, acknowledges, replies and notes;
    the reporter reads the reply with the receipt code (typed sloppily) and answers."""
    unique_message = f"Mijn teamleider schreeuwt elke week tegen mij ({uuid.uuid4().hex[:10]})."
    unique_reply = (
        f"Dank je voor je bericht; wil je vertellen wat er gebeurt? ({uuid.uuid4().hex[:10]})"
    )
    unique_note = f"Eerste bericht gelezen, afspraak voorstellen ({uuid.uuid4().hex[:10]})."
    unique_answer = f"Ja graag, het gebeurt in het werkoverleg ({uuid.uuid4().hex[:10]})."
    lotte = ConfidantProfile.objects.get(user__email=LOTTE_EMAIL)
    secret = totp_enrol(User.objects.get(email=LOTTE_EMAIL))

    # The employee, signed in, finds the way from the header.
    sign_in(page, live_demo, EMPLOYEE_EMAIL)
    submit(page, page.locator("header a.confidant-link"))
    assert path_of(page) == url("confidant_help"), page.url
    shoot(page, "help")
    submit(page, page.locator(f'main a.button[href="{url("confidants:contact")}"]'))
    assert path_of(page) == url("confidants:contact"), page.url
    contact_form_fill(page, message=unique_message)
    code = contact_send(page)
    thanks = page.locator("main")
    expect(thanks.locator("h1")).to_be_visible()
    expect(thanks.locator("ol li")).to_have_count(3)  # what happens next, in three steps
    expect(thanks.locator(f'a.button[href="{url("confidants:follow_up")}"]')).to_be_visible()
    shoot(page, "thanks")
    shoot_phone(page, "thanks")

    case = Case.objects.get()
    assert case.status == Case.Status.NEW
    assert list(CaseRecipient.objects.filter(case=case).values_list("confidant", flat=True)) == [
        lotte.pk
    ]
    assert unique_message.encode() not in bytes(case.sealed_details or b"")
    sign_out(page)

    # The confidant signs in with TOTP; the inbox shows the case, locked.
    sign_in(page, live_demo, LOTTE_EMAIL, totp_secret=secret)
    submit(page, page.locator("header a.confidant-link"))
    submit(page, page.locator(f'main a.button[href="{url("confidants:inbox")}"]'))
    assert path_of(page) == url("confidants:inbox"), page.url
    rows = page.locator("table.inbox tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first.locator("td").nth(2)).to_have_text(re.compile(r"\S"))
    locked_text = rows.first.locator("td").nth(2).locator(".muted")
    expect(locked_text).to_have_count(1)  # "locked", not the topic
    expect(page.locator("main")).not_to_contain_text(unique_message)
    shoot(page, "inbox-locked")

    submit(page, page.locator(f'main a.button[href="{url("confidants:unlock")}"]'))
    shoot(page, "unlock")
    page.fill('input[name="passphrase"]', DEMO_PASSPHRASE)
    submit(page, page.locator("main form.stack-form button[type='submit']"))
    assert path_of(page) == url("confidants:inbox"), page.url
    expect(rows.first.locator("td").nth(2).locator(".muted")).to_have_count(0)  # unlocked
    shoot(page, "inbox-unlocked")

    case_path = url("confidants:case", case_id=case.pk)
    submit(page, page.locator(f'table.inbox a[href="{case_path}"]'))
    assert path_of(page) == case_path, page.url
    expect(page.locator(".thread .thread-reporter")).to_contain_text(unique_message)

    submit(page, page.locator('form.status-actions button[value="acknowledged"]'))
    expect(page.locator(".messages .message-success")).to_be_visible()
    case.refresh_from_db()
    assert case.status == Case.Status.ACKNOWLEDGED

    reply_form = page.locator('form[action$="/reply/"]')
    reply_form.locator('textarea[name="message"]').fill(unique_reply)
    submit(page, reply_form.locator("button[type='submit']"))
    expect(page.locator(".messages .message-success")).to_be_visible()
    expect(page.locator(".thread .thread-confidant")).to_contain_text(unique_reply)

    note_form = page.locator('form[action$="/note/"]')
    note_form.locator('textarea[name="note"]').fill(unique_note)
    submit(page, note_form.locator("button[type='submit']"))
    expect(page.locator("ul.notes")).to_contain_text(unique_note)
    expect(page.locator("ul.access-log li").first).to_be_visible()
    shoot(page, "case")
    shoot_phone(page, "case")

    # The reporter, in a browser that never signed in, comes back with the code.
    reporter = browser.new_context(viewport=VIEWPORT)
    try:
        visitor = reporter.new_page()
        visitor.goto(live_demo + url("confidants:follow_up"))
        visitor.fill('input[name="code"]', code_as_typed(code))
        submit(visitor, visitor.locator("main form button[type='submit']"))
        errors = visitor.locator(".form-errors, .error").all_inner_texts()
        assert not errors, f"the receipt code {code_as_typed(code)!r} was refused: {errors}"
        expect(visitor.locator(".thread .thread-reporter")).to_contain_text(unique_message)
        expect(visitor.locator(".thread .thread-confidant")).to_contain_text(unique_reply)
        expect(visitor.locator("main")).not_to_contain_text(unique_note)  # notes stay private
        visitor.fill('textarea[name="message"]', unique_answer)
        submit(visitor, visitor.locator("main form button[type='submit']"))
        expect(visitor.locator("main .message-success[role='status']")).to_be_visible()
        expect(visitor.locator(".thread .thread-reporter").last).to_contain_text(unique_answer)
        assert code.replace("-", "") not in visitor.url.upper().replace("-", "")
        shoot(visitor, "reporter-thread")
        shoot_phone(visitor, "reporter-thread")
    finally:
        reporter.close()

    # The confidant sees the answer.
    page.reload()
    expect(page.locator(".thread .thread-reporter").last).to_contain_text(unique_answer)
    shoot(page, "case-answered")


# --- 2. a wrong receipt code ------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_wrong_receipt_code_asks_to_wait(live_demo, page):
    """A wrong code gets a clear error with a waiting time; trying again at once is refused."""
    page.goto(live_demo + url("confidants:follow_up", "en"))
    code_input = page.locator('input[name="code"]')
    code_input.fill("ABCD-EFGH-JKMN-PQRS-TVWX")
    first = submit(page, page.locator("main form button[type='submit']"))
    assert first.status == 400, first.status
    error = page.locator(".field .error")
    expect(error).to_have_count(1)
    expect(error).to_contain_text("This code is not known")
    expect(error).to_contain_text(re.compile(r"try again in \d+ second"))
    expect(page.locator(".form-errors[role='alert']")).to_be_visible()
    shoot(page, "wrong-code")

    # At once, the same code again (it is still in the field): refused before it is checked.
    expect(code_input).to_have_value("ABCD-EFGH-JKMN-PQRS-TVWX")
    second = submit(page, page.locator("main form button[type='submit']"))
    assert second.status == 429, second.status
    expect(error).to_contain_text(re.compile(r"Please wait \d+ second"))
    shoot(page, "wrong-code-wait")


# --- 3. keyboard, screen readers and small screens -------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_contact_form_accessible_names_keyboard_and_320px(live_demo, browser):
    """Every control is named, radio groups are fieldsets with legends, the form works by
    keyboard, and neither the form nor the thank-you page scrolls sideways at 320 px."""
    # The site's strict CSP would keep axe-core's injected script out.
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    try:
        page = context.new_page()
        response = page.goto(live_demo + url("confidants:contact"))
        assert response is not None and response.ok, f"HTTP {response and response.status}"

        # Every visible control has an accessible name (axe's naming rules), nothing serious.
        violations = Axe().run(page).response["violations"]
        naming = {
            "label",
            "select-name",
            "button-name",
            "aria-input-field-name",
            "input-button-name",
        }
        problems = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
            for v in violations
            if v["id"] in naming or v.get("impact") in {"serious", "critical"}
        ]
        assert not problems, "accessibility problems on the contact form:\n" + "\n".join(problems)
        controls = page.locator(
            "main form input:not([type=hidden]), main form select, "
            "main form textarea, main form button"
        )
        unnamed = page.evaluate(
            """() => [...document.querySelectorAll('main form input:not([type=hidden]),'
                    + 'main form select, main form textarea')]
                .filter(e => !(e.labels && [...e.labels].some(l => l.textContent.trim()))
                             && !e.getAttribute('aria-label'))
                .map(e => e.name || e.id)"""
        )
        assert controls.count() > 10
        assert not unnamed, f"controls without a <label>: {unnamed}"

        # Radio groups: in a fieldset with a non-empty legend.
        groups = page.evaluate(
            """() => [...new Set([...document.querySelectorAll('main input[type=radio]')]
                .map(r => r.name))]
                .map(name => {
                    const radios = [...document.querySelectorAll(`main input[name="${name}"]`)];
                    const sets = new Set(radios.map(r => r.closest('fieldset')));
                    const fs = radios[0].closest('fieldset');
                    const legend = fs && fs.querySelector(':scope > legend');
                    return {name, oneFieldset: sets.size === 1 && fs !== null,
                            legend: legend ? legend.textContent.trim() : ''};
                })"""
        )
        assert {g["name"] for g in groups} == {"confidant", "channel"}, groups
        assert all(g["oneFieldset"] and g["legend"] for g in groups), groups
        expect(page.get_by_role("group", name=groups[0]["legend"])).to_be_visible()

        # Keyboard: Tab reaches the first radio group, arrows move inside it, Tab goes on.
        page.locator("main h1").click()
        focused = []
        for _ in range(40):
            page.keyboard.press("Tab")
            name = page.evaluate("document.activeElement.name || ''")
            focused.append(name)
            if name == "confidant":
                break
        assert focused[-1] == "confidant", f"Tab never reached the confidants: {focused}"
        first = page.evaluate("document.activeElement.value")
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.name") == "confidant"
        assert page.evaluate("document.activeElement.value") != first
        assert page.evaluate("document.activeElement.checked")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") == "channel"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", "the focused radio shows no focus outline"

        # 320 px: the contact form and the thank-you page fit.
        page.set_viewport_size({"width": 320, "height": 640})
        page.reload()
        shoot(page, "contact-320")
        assert_fits(page, 320, "the contact form")
        contact_form_fill(page, message=f"Klein scherm ({uuid.uuid4().hex[:8]})")
        page.get_by_role("radio", name="Lotte Visser", exact=True).focus()
        contact_send(page)
        shoot(page, "thanks-320")
        assert_fits(page, 320, "the thank-you page")
        code_box = page.locator("[data-receipt-code]").bounding_box()
        assert code_box is not None and code_box["x"] + code_box["width"] <= 320, code_box
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_contact_form_help_texts_are_announced(live_demo, page):
    """aria-describedby on the form's controls points at elements that exist, so a screen
    reader reads the help text ("Only the confidant can read it") with the field."""
    page.goto(live_demo + url("confidants:contact"))
    dangling = page.evaluate(
        """() => [...document.querySelectorAll('main [aria-describedby]')]
            .flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/)
                .filter(id => id && !document.getElementById(id))
                .map(id => `${e.name || e.id} -> #${id}`))"""
    )
    help_ids = page.evaluate("[...document.querySelectorAll('main .help[id]')].map(e => e.id)")
    assert not dangling, f"aria-describedby points at missing ids: {dangling}; help ids: {help_ids}"
    message = page.locator('textarea[name="message"]')
    expect(message).to_have_accessible_description(re.compile(r"\S"))


# --- 4. Vietnamese ----------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_contact_page_in_vietnamese(live_demo, page):
    """The contact form renders under /vi/ with the site's Vietnamese header."""
    path = url("confidants:contact", "vi")
    assert path.startswith("/vi/")
    response = page.goto(live_demo + path)
    assert response is not None and response.status == 200, response and response.status
    assert page.locator("html").get_attribute("lang") == "vi"
    header = page.locator("header.site-header").inner_text()
    assert "Nói chuyện với người tin cậy" in header, header
    assert "Talk to a confidant" not in header, header
    expect(page.locator("main h1")).to_be_visible()
    expect(page.get_by_role("radio", name="Thanh Trần", exact=True)).to_be_visible()
    expect(page.locator('select[name="language"]')).to_have_value("vi")
    shoot(page, "contact-vi")
    page.set_viewport_size(PHONE)
    shoot(page, "contact-vi-phone")
    assert_fits(page, PHONE["width"], "the Vietnamese contact form")
