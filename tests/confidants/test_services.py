"""Case work: status, hand-over, reminders without content, retention, recovery of a key."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from confidants import crypto
from confidants.demo import DEMO_PASSPHRASE
from confidants.models import (
    Case,
    CaseAccess,
    CaseCounter,
    CaseMessage,
    CaseNote,
    CaseRecipient,
    CaseReminder,
    ConfidantProfile,
)
from confidants.services import (
    case_hand_over,
    case_note_add,
    case_status_set,
    cases_purge,
    confidant_keys_create,
    confidant_passphrase_reset,
    reminders_send,
)

pytestmark = pytest.mark.django_db


def unlock(profile):
    return crypto.private_key_unlock(material=profile.key_material, passphrase=DEMO_PASSPHRASE)


def test_status_moves_forward_only(case_for, lotte):
    case, _code = case_for(lotte)
    with pytest.raises(ValueError):
        case_status_set(case=case, confidant=lotte, status=Case.Status.IN_PROGRESS)
    case_status_set(case=case, confidant=lotte, status=Case.Status.ACKNOWLEDGED)
    case_status_set(case=case, confidant=lotte, status=Case.Status.IN_PROGRESS)
    case_status_set(case=case, confidant=lotte, status=Case.Status.CLOSED)
    case.refresh_from_db()
    assert case.closed_on and case.acknowledged_on
    with pytest.raises(ValueError):
        case_status_set(case=case, confidant=lotte, status=Case.Status.NEW)


def test_hand_over_moves_the_key_and_logs_it(case_for, lotte, thanh, confidant_client):
    case, _code = case_for(lotte, message="to be handed over")
    case_hand_over(case=case, confidant=lotte, private=unlock(lotte), to=thanh)
    assert list(case.recipients.values_list("confidant", flat=True)) == [thanh.pk]
    page = confidant_client(thanh).get(reverse("confidants:case", args=[case.pk]))
    assert "to be handed over" in page.content.decode()
    actions = set(CaseAccess.objects.filter(case=case).values_list("action", flat=True))
    assert {"handed-over", "received"} <= actions


def test_only_the_holder_can_hand_over(case_for, lotte, thanh):
    case, _code = case_for(lotte)
    with pytest.raises(CaseRecipient.DoesNotExist):
        case_hand_over(case=case, confidant=thanh, private=unlock(thanh), to=lotte)
    with pytest.raises(ValueError):
        case_hand_over(case=case, confidant=lotte, private=unlock(lotte), to=lotte)


def test_hand_over_through_the_page(case_for, lotte, thanh, confidant_client):
    case, _code = case_for(lotte)
    client = confidant_client(lotte)
    response = client.post(
        reverse("confidants:case_action", args=[case.pk, "hand-over"]), {"to": thanh.pk}
    )
    assert response.status_code == 302
    assert client.get(reverse("confidants:case", args=[case.pk])).status_code == 404


def test_reminders_carry_no_content_and_are_sent_once(case_for, lotte):
    case, _code = case_for(lotte, message="secret words", topic="sexual-harassment")
    today = case.received_on + datetime.timedelta(days=6)
    assert reminders_send(today=today) == 1
    assert reminders_send(today=today) == 0
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [lotte.user.email]
    text = message.subject + message.body
    assert "secret words" not in text and "harassment" not in text.lower()
    assert "intimidatie" not in text.lower()
    overdue = case.received_on + datetime.timedelta(days=8)
    assert reminders_send(today=overdue) == 1  # acknowledgement now overdue
    case_status_set(case=case, confidant=lotte, status=Case.Status.ACKNOWLEDGED)
    feedback_soon = case.received_on + datetime.timedelta(days=80)
    assert reminders_send(today=feedback_soon) == 1
    assert set(CaseReminder.objects.values_list("kind", flat=True)) == {
        "acknowledge-soon",
        "acknowledge-overdue",
        "feedback-soon",
    }


def test_closed_cases_are_deleted_after_the_retention_period(case_for, lotte, settings):
    settings.CONFIDANT_RETENTION_MONTHS = 12
    old, _ = case_for(lotte, message="old")
    recent, _ = case_for(lotte, message="recent")
    still_open, _ = case_for(lotte, message="open")
    for case in (old, recent):
        case_note_add(case=case, confidant=lotte, private=unlock(lotte), text="note")
        case_status_set(case=case, confidant=lotte, status=Case.Status.CLOSED)
    CaseReminder.objects.create(case=old, kind="feedback-soon")
    today = datetime.date.today()
    Case.objects.filter(pk=old.pk).update(closed_on=today - datetime.timedelta(days=370))
    Case.objects.filter(pk=recent.pk).update(closed_on=today - datetime.timedelta(days=300))
    statistics_before = sorted(CaseCounter.objects.values_list("pk", "count"))

    assert cases_purge(today=today) == 1
    assert set(Case.objects.values_list("pk", flat=True)) == {recent.pk, still_open.pk}
    for model in (CaseMessage, CaseNote, CaseRecipient, CaseAccess, CaseReminder):
        assert not model.objects.filter(case_id=old.pk).exists(), model
    assert sorted(CaseCounter.objects.values_list("pk", "count")) == statistics_before


def test_housekeeping_command_runs_both_tasks(case_for, lotte):
    case, _ = case_for(lotte)
    case_status_set(case=case, confidant=lotte, status=Case.Status.CLOSED)
    Case.objects.filter(pk=case.pk).update(closed_on=datetime.date(2020, 1, 1))
    from io import StringIO

    out = StringIO()
    call_command("confidant_housekeeping", stdout=out)
    assert "purged cases: 1" in out.getvalue()
    assert not Case.objects.filter(pk=case.pk).exists()


def test_recovery_key_sets_a_new_passphrase_and_keeps_cases_readable(case_for, lotte):
    from django.contrib.auth import get_user_model

    from confidants.directory_services import profile_confirm

    user = get_user_model().objects.create_user(email="new.confidant@demo.example")
    profile = ConfidantProfile.objects.create(user=user, name="New", kind="internal")
    recovery_key = confidant_keys_create(profile=profile, passphrase="first passphrase here")
    profile_confirm(profile=profile, by=lotte)
    case, _ = case_for(profile, message="still readable")
    with pytest.raises(crypto.CryptoError):
        confidant_passphrase_reset(
            profile=profile, recovery_key="WRONG" * 10, passphrase="second passphrase"
        )
    _private, new_recovery = confidant_passphrase_reset(
        profile=profile, recovery_key=recovery_key.lower(), passphrase="second passphrase"
    )
    assert new_recovery != recovery_key
    with pytest.raises(crypto.CryptoError):
        crypto.private_key_unlock(material=profile.key_material, passphrase="first passphrase here")
    private = crypto.private_key_unlock(
        material=profile.key_material, passphrase="second passphrase"
    )
    sealed = CaseRecipient.objects.get(case=case).sealed_case_key
    case_key = crypto.case_key_open(sealed=bytes(sealed), private=private)
    body = CaseMessage.objects.get(case=case).sealed_body
    assert crypto.text_open(case_key=case_key, sealed=body) == "still readable"


def test_first_visit_sets_up_keys_and_shows_the_recovery_key_once(signed_in, demo):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(email="fresh@demo.example")
    user.groups.add(Group.objects.get(name="Confidant"))
    profile = ConfidantProfile.objects.create(user=user, name="Fresh", kind="external")
    client = signed_in(user)
    assert client.get(reverse("confidants:inbox")).url == reverse("confidants:keys_setup")
    short = client.post(
        reverse("confidants:keys_setup"), {"passphrase": "short", "repeat": "short"}
    )
    assert short.status_code == 200 and not ConfidantProfile.objects.get(pk=profile.pk).has_keys
    response = client.post(
        reverse("confidants:keys_setup"),
        {"passphrase": "a long enough passphrase", "repeat": "a long enough passphrase"},
    )
    assert "data-recovery-key" in response.content.decode()
    assert ConfidantProfile.objects.get(pk=profile.pk).has_keys
    again = client.get(reverse("confidants:keys_setup"))
    assert again.status_code == 302  # never shown again
