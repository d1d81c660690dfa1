"""One UPDATE of a confidant's public key must not make new reports readable by whoever holds
the new key: nothing is sealed to a key nobody confirmed, and the confidant's next unlock
compares the key derived from their private key with the stored one and alarms everyone."""

import pytest
from django.core import mail
from django.urls import reverse
from nacl.public import PrivateKey

from confidants.demo import DEMO_PASSPHRASE
from confidants.directory_services import profile_confirm
from confidants.models import CaseRecipient, ConfidantProfile, DirectoryChange
from confidants.selectors import confidants_reachable

pytestmark = pytest.mark.django_db

Kind = DirectoryChange.Kind


def recipients_of(case) -> set[int]:
    return set(CaseRecipient.objects.filter(case=case).values_list("confidant_id", flat=True))


def test_a_public_key_written_into_the_database_gets_nothing_and_unlock_raises_the_alarm(
    lotte, thanh, case_for, signed_in, confidant_client, django_capture_on_commit_callbacks
):
    attacker = PrivateKey.generate()
    ConfidantProfile.objects.filter(pk=thanh.pk).update(public_key=bytes(attacker.public_key))

    # (a) new submissions are not sealed to that key
    assert thanh not in confidants_reachable()
    case, _code = case_for(None, message="Only for the real confidants")
    assert recipients_of(case) == {lotte.pk}
    with pytest.raises(ValueError):
        case_for(thanh)

    # (b) Thanh's next unlock finds the mismatch
    client = signed_in(thanh.user)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("confidants:unlock"), {"passphrase": DEMO_PASSPHRASE})
    assert response.status_code == 409
    assert "data-key-mismatch" in response.content.decode()
    assert client.get(reverse("confidants:inbox")).context["unlocked"] is False
    thanh.refresh_from_db()
    assert thanh.key_alarm_at is not None
    assert DirectoryChange.objects.filter(profile=thanh, kind=Kind.KEY_MISMATCH).count() == 1
    sent_to = {address for message in mail.outbox for address in message.to}
    assert {lotte.user.email, thanh.user.email} <= sent_to
    for message in mail.outbox:
        assert "Only for the real confidants" not in message.body and "bullying" not in message.body
    page = confidant_client(lotte).get(reverse("confidants:inbox")).content.decode()
    assert "data-key-alarm" in page and thanh.name in page


def test_the_unlock_check_catches_a_key_changed_together_with_its_confirmation(
    thanh, lotte, case_for, signed_in
):
    attacker = bytes(PrivateKey.generate().public_key)
    ConfidantProfile.objects.filter(pk=thanh.pk).update(
        public_key=attacker, confirmed_public_key=attacker
    )
    response = signed_in(thanh.user).post(
        reverse("confidants:unlock"), {"passphrase": DEMO_PASSPHRASE}
    )
    assert response.status_code == 409
    assert thanh not in confidants_reachable()
    case, _code = case_for(None)
    assert recipients_of(case) == {lotte.pk}


def test_the_recovery_key_stores_the_own_public_key_again_and_lifts_the_flag(
    lotte, signed_in, demo
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from confidants.services import confidant_keys_create

    user = get_user_model().objects.create_user(email="keyed@demo.example")
    user.groups.add(Group.objects.get(name="Confidant"))
    profile = ConfidantProfile.objects.create(user=user, name="Keyed", kind="external")
    recovery_key = confidant_keys_create(profile=profile, passphrase="the first passphrase")
    profile_confirm(profile=profile, by=lotte)
    ConfidantProfile.objects.filter(pk=profile.pk).update(
        public_key=bytes(PrivateKey.generate().public_key)
    )
    client = signed_in(user)
    assert (
        client.post(
            reverse("confidants:unlock"), {"passphrase": "the first passphrase"}
        ).status_code
        == 409
    )
    client.post(
        reverse("confidants:recover"),
        {
            "recovery_key": recovery_key,
            "passphrase": "a second passphrase",
            "repeat": "a second passphrase",
        },
    )
    profile.refresh_from_db()
    assert profile.key_alarm_at is None and profile in confidants_reachable()
    assert DirectoryChange.objects.filter(profile=profile, kind=Kind.KEY_RESTORED).exists()
