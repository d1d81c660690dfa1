"""Only the confidant holding a case (or, while nobody took it on, a confirmed recipient) can
take the other confidants' keys to it away, and every such narrowing is shown to all
confidants."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from confidants import crypto
from confidants.case_holders import NotHolder
from confidants.demo import DEMO_PASSPHRASE
from confidants.directory_services import profile_confirm
from confidants.models import Case, CaseRecipient, ConfidantProfile, DirectoryChange
from confidants.services import case_hand_over, case_status_set

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(demo):
    user = get_user_model().objects.create_user(email="second@demo.example")
    user.groups.add(Group.objects.get(name="Confidant"))
    profile = ConfidantProfile.objects.create(user=user, name="Second", kind="internal")
    from confidants.services import confidant_keys_create

    confidant_keys_create(profile=profile, passphrase=DEMO_PASSPHRASE)
    return ConfidantProfile.objects.get(pk=profile.pk)


def key_plant(case, profile):
    """A key to the case as an older version or a database write could have left it."""
    CaseRecipient.objects.create(
        case=case,
        confidant=profile,
        sealed_case_key=crypto.case_key_seal(
            case_key=os.urandom(32), public_key=bytes(profile.public_key)
        ),
    )


def holders(case) -> set[int]:
    return set(CaseRecipient.objects.filter(case=case).values_list("confidant_id", flat=True))


def test_acknowledging_an_any_case_narrows_it_and_tells_every_confidant(
    lotte, thanh, case_for, confidant_client
):
    case, _code = case_for(None)
    client = confidant_client(lotte)
    client.post(
        reverse("confidants:case_action", args=[case.pk, "status"]), {"status": "acknowledged"}
    )
    assert holders(case) == {lotte.pk}
    change = DirectoryChange.objects.get(kind=DirectoryChange.Kind.CASE_TAKEN)
    assert change.profile == lotte and change.at.minute == 0
    page = confidant_client(thanh).get(reverse("confidants:inbox")).content.decode()
    assert str(DirectoryChange.Kind.CASE_TAKEN.label) in page


def test_a_second_confidant_acknowledging_a_case_held_by_another_does_not_remove_them(
    lotte, thanh, newcomer, case_for, confidant_client
):
    profile_confirm(profile=newcomer, by=lotte)
    newcomer.refresh_from_db()
    case, _code = case_for(None)
    private = crypto.private_key_unlock(material=lotte.key_material, passphrase=DEMO_PASSPHRASE)
    case_hand_over(case=case, confidant=lotte, private=private, to=thanh)  # Thanh holds it now
    key_plant(case, newcomer)
    client = confidant_client(newcomer)
    response = client.post(
        reverse("confidants:case_action", args=[case.pk, "status"]), {"status": "acknowledged"}
    )
    assert response.status_code == 302
    assert holders(case) == {thanh.pk, newcomer.pk}
    case.refresh_from_db()
    assert case.status == Case.Status.NEW
    with pytest.raises(NotHolder):
        case_status_set(case=case, confidant=newcomer, status=Case.Status.CLOSED)
    assert holders(case) == {thanh.pk, newcomer.pk}


def test_an_unconfirmed_recipient_cannot_take_a_shared_case_from_the_others(
    lotte, thanh, newcomer, case_for, confidant_client
):
    case, _code = case_for(None)
    key_plant(case, newcomer)  # the old attack: an unconfirmed profile got a key to it
    client = confidant_client(newcomer)
    client.post(
        reverse("confidants:case_action", args=[case.pk, "status"]), {"status": "acknowledged"}
    )
    assert holders(case) == {lotte.pk, thanh.pk, newcomer.pk}
    private = crypto.private_key_unlock(material=newcomer.key_material, passphrase=DEMO_PASSPHRASE)
    with pytest.raises(ValueError):
        case_hand_over(case=case, confidant=newcomer, private=private, to=lotte)
    assert holders(case) == {lotte.pk, thanh.pk, newcomer.pk}
