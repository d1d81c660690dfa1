"""Who receives confidential requests changes only with the consent of the confidants: a new
profile, a changed login or a new key receives nothing until another confidant confirms it from
their unlocked inbox; the first confidant uses a one-time code; every change is in the change
log all confidants see."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from confidants.forms import ContactForm
from confidants.models import CaseRecipient, ConfidantProfile, DirectoryChange
from confidants.selectors import confidants_reachable, directory_profiles
from confidants.services import confidant_keys_create

pytestmark = pytest.mark.django_db

PASSPHRASE = "a newcomer's own passphrase"
Kind = DirectoryChange.Kind


def newcomer_make(email="newcomer@demo.example", name="New Confidant") -> ConfidantProfile:
    """A Confidant-group login with a profile and a key pair, as the admin and keys set-up make."""
    user = get_user_model().objects.create_user(email=email)
    user.groups.add(Group.objects.get(name="Confidant"))
    profile = ConfidantProfile.objects.create(
        user=user, name=name, kind="internal", phone="+31 6 1234 5678"
    )
    confidant_keys_create(profile=profile, passphrase=PASSPHRASE)
    return ConfidantProfile.objects.get(pk=profile.pk)


@pytest.fixture
def newcomer(demo):
    return newcomer_make()


@pytest.fixture
def newcomer_client(signed_in):
    def make(profile) -> Client:
        client = signed_in(profile.user)
        response = client.post(reverse("confidants:unlock"), {"passphrase": PASSPHRASE})
        assert response.status_code == 302, response.content
        return client

    return make


def any_case(case_for):
    case, _code = case_for(None)
    return set(CaseRecipient.objects.filter(case=case).values_list("confidant_id", flat=True))


def test_a_new_profile_receives_nothing_until_another_confidant_confirms_it(
    newcomer, lotte, thanh, case_for, confidant_client
):
    assert newcomer not in confidants_reachable()
    assert newcomer not in directory_profiles()
    assert str(newcomer.pk) not in dict(ContactForm(language="nl").fields["confidant"].choices)
    assert any_case(case_for) == {lotte.pk, thanh.pk}

    client = confidant_client(lotte)
    page = client.get(reverse("confidants:directory")).content.decode()
    assert f'data-pending-profile="{newcomer.pk}"' in page
    assert newcomer.fingerprint in page
    response = client.post(reverse("confidants:directory_decide", args=[newcomer.pk, "confirm"]))
    assert response.status_code == 302

    newcomer.refresh_from_db()
    assert newcomer.confirmed_by == lotte and newcomer.confirmed_user == newcomer.user
    assert bytes(newcomer.confirmed_public_key) == bytes(newcomer.public_key)
    assert newcomer in confidants_reachable() and newcomer in directory_profiles()
    assert str(newcomer.pk) in dict(ContactForm(language="nl").fields["confidant"].choices)
    assert any_case(case_for) == {lotte.pk, thanh.pk, newcomer.pk}
    kinds = list(DirectoryChange.objects.filter(profile=newcomer).values_list("kind", flat=True))
    assert kinds == [Kind.CONFIRMED, Kind.KEY_SET]  # newest first


def test_a_chosen_but_unconfirmed_confidant_is_refused_by_the_service(newcomer, case_for):
    with pytest.raises(ValueError):
        case_for(newcomer)
    assert not CaseRecipient.objects.filter(confidant=newcomer).exists()


def test_confirmation_binds_the_login_a_changed_login_is_unconfirmed_again(
    thanh, lotte, case_for, confidant_client
):
    other = get_user_model().objects.create_user(email="someone.else@demo.example")
    ConfidantProfile.objects.filter(pk=thanh.pk).update(user=other)
    assert thanh not in confidants_reachable()
    assert any_case(case_for) == {lotte.pk}
    thanh.refresh_from_db()
    assert thanh.needs_confirmation
    page = confidant_client(lotte).get(reverse("confidants:directory")).content.decode()
    assert f'data-pending-profile="{thanh.pk}"' in page


def test_nobody_confirms_themself_and_an_unconfirmed_confidant_confirms_nobody(
    newcomer, newcomer_client
):
    second = newcomer_make(email="second@demo.example", name="Second")
    client = newcomer_client(newcomer)
    for target in (newcomer, second):
        client.post(reverse("confidants:directory_decide", args=[target.pk, "confirm"]))
        target.refresh_from_db()
        assert target.confirmed_at is None
    page = client.get(reverse("confidants:inbox")).content.decode()
    assert "data-not-confirmed" in page and "data-directory-changes" not in page


def test_reject_hides_the_entry_and_closes_the_inbox(newcomer, lotte, confidant_client, signed_in):
    client = confidant_client(lotte)
    client.post(reverse("confidants:directory_decide", args=[newcomer.pk, "reject"]))
    newcomer.refresh_from_db()
    assert newcomer.rejected_at is not None and not newcomer.active
    assert newcomer not in confidants_reachable()
    assert DirectoryChange.objects.filter(profile=newcomer, kind=Kind.REJECTED, by=lotte).exists()
    page = client.get(reverse("confidants:directory")).content.decode()
    assert f'data-pending-profile="{newcomer.pk}"' not in page
    assert signed_in(newcomer.user).get(reverse("confidants:inbox")).status_code == 403


def test_confirming_needs_a_post_with_the_csrf_token(newcomer, lotte, totp_enrol):
    from confidants.demo import DEMO_PASSPHRASE

    totp_enrol(lotte.user)
    client = Client(enforce_csrf_checks=True)
    client.force_login(lotte.user)
    page = client.get(reverse("confidants:unlock")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    client.post(
        reverse("confidants:unlock"),
        {"passphrase": DEMO_PASSPHRASE, "csrfmiddlewaretoken": token},
    )
    url = reverse("confidants:directory_decide", args=[newcomer.pk, "confirm"])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403
    newcomer.refresh_from_db()
    assert newcomer.confirmed_at is None


def test_the_inbox_shows_every_confidant_the_change_log(newcomer, lotte, thanh, confidant_client):
    confidant_client(lotte).post(
        reverse("confidants:directory_decide", args=[newcomer.pk, "confirm"])
    )
    page = confidant_client(thanh).get(reverse("confidants:inbox")).content.decode()
    assert "data-directory-changes" in page
    assert "New Confidant" in page and str(Kind.CONFIRMED.label) in page
    change = DirectoryChange.objects.filter(kind=Kind.CONFIRMED, profile=newcomer).get()
    assert change.at.minute == 0 and change.at.second == 0


def test_the_first_confidant_confirms_themself_with_a_one_time_code(demo, signed_in):
    with pytest.raises(CommandError):
        call_command("confidant_bootstrap", "vertrouwenspersoon@demo.example", stdout=StringIO())
    ConfidantProfile.objects.update(active=False)  # an installation without any confidant yet
    user = get_user_model().objects.create_user(email="first@demo.example")
    out = StringIO()
    call_command("confidant_bootstrap", "first@demo.example", "--name", "First", stdout=out)
    code = re.search(r"in person\): (\w+)", out.getvalue()).group(1)
    profile = ConfidantProfile.objects.get(user=user)
    assert not profile.can_receive

    client = signed_in(user)
    client.post(reverse("confidants:keys_setup"), {"passphrase": PASSPHRASE, "repeat": PASSPHRASE})
    client.post(reverse("confidants:unlock"), {"passphrase": PASSPHRASE})
    assert "code" in client.get(reverse("confidants:directory")).content.decode()
    wrong = client.post(reverse("confidants:directory_bootstrap"), {"code": "0" * 20})
    assert wrong.status_code == 400
    profile.refresh_from_db()
    assert not profile.can_receive
    client.post(reverse("confidants:directory_bootstrap"), {"code": code.lower()})
    profile.refresh_from_db()
    assert profile.can_receive and profile.confirmed_by is None
    assert DirectoryChange.objects.filter(profile=profile, kind=Kind.BOOTSTRAPPED).exists()
    again = client.post(reverse("confidants:directory_bootstrap"), {"code": code})
    assert again.status_code == 400  # one time only


def test_junk_to_the_directory_pages_answers_without_a_server_error(lotte, confidant_client):
    client = confidant_client(lotte)
    huge = 10**30
    for url, data in (
        (reverse("confidants:directory_decide", args=[huge, "confirm"]), {}),
        (reverse("confidants:directory_decide", args=[lotte.pk, "delete"]), {}),
        (reverse("confidants:entry_edit", args=[huge]), {}),
        (reverse("confidants:entry_edit", args=[lotte.pk]), {"email": "x" * 300, "name": ""}),
        (reverse("confidants:directory_bootstrap"), {"code": "\x00" * 50}),
    ):
        assert client.post(url, data).status_code in {302, 400, 404}, url
    lotte.refresh_from_db()
    assert lotte.can_receive
