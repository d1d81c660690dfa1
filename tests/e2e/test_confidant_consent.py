"""Consent to a new confidant, in Chromium: Lotte signs in with TOTP, unlocks her key, finds the
newcomer awaiting consent from her inbox, compares the fingerprint and confirms; only then is
the newcomer a choice on the public contact form."""

import pytest
from browser_ui import path_of, screenshot, sign_in, submit, url
from playwright.sync_api import expect

from confidants.demo import DEMO_PASSPHRASE
from confidants.models import ConfidantProfile
from confidants.services import confidant_keys_create
from people.models import User

LOTTE_EMAIL = "vertrouwenspersoon@demo.example"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_confidant_confirms_a_newcomer_from_the_inbox(live_demo, page, totp_enrol):
    from django.contrib.auth.models import Group

    user = User.objects.create_user(email="nieuw@demo.example")
    user.groups.add(Group.objects.get(name="Confidant"))
    newcomer = ConfidantProfile.objects.create(user=user, name="Noor Nieuw", kind="internal")
    confidant_keys_create(profile=newcomer, passphrase="een eigen wachtzin voor Noor")
    newcomer.refresh_from_db()

    page.goto(live_demo + url("confidants:contact"))
    expect(page.get_by_role("radio", name="Noor Nieuw")).to_have_count(0)

    secret = totp_enrol(User.objects.get(email=LOTTE_EMAIL))
    sign_in(page, live_demo, LOTTE_EMAIL, totp_secret=secret)
    page.goto(live_demo + url("confidants:unlock"))
    page.fill('input[name="passphrase"]', DEMO_PASSPHRASE)
    submit(page, page.locator("main form.stack-form button[type='submit']"))
    assert path_of(page) == url("confidants:inbox"), page.url
    expect(page.locator("[data-pending-count]")).to_be_visible()
    submit(page, page.locator(f'main a[href="{url("confidants:directory")}"]'))
    pending = page.locator(f'[data-pending-profile="{newcomer.pk}"]')
    expect(pending).to_contain_text("Noor Nieuw")
    expect(pending).to_contain_text(newcomer.fingerprint)
    screenshot(page, "test_confidant_consent-pending")
    submit(page, pending.locator('form[action$="/confirm/"] button'))
    expect(page.locator(".messages .message-success")).to_be_visible()
    expect(page.locator("[data-directory-changes]")).to_contain_text("Noor Nieuw")
    screenshot(page, "test_confidant_consent-confirmed")

    newcomer.refresh_from_db()
    assert newcomer.can_receive and newcomer.confirmed_by.user.email == LOTTE_EMAIL
    page.goto(live_demo + url("confidants:contact"))
    expect(page.get_by_role("radio", name="Noor Nieuw")).to_have_count(1)
