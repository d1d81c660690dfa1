"""A confirmed directory entry is the confidant's own: an administrator's edits in the Wagtail
admin cannot change its name, login, phone, e-mail or visibility; the confidant changes them
from the inbox, and a new entry made in the admin is shown only after a confidant confirms it."""

import pytest
from confidant_admin import snippet_data
from django.contrib.auth import get_user_model
from django.urls import reverse

from confidants.models import ConfidantProfile, DirectoryChange
from confidants.selectors import confidants_reachable, directory_profiles

pytestmark = pytest.mark.django_db

Kind = DirectoryChange.Kind
ADMIN_EMAIL = "beheerder@demo.example"


@pytest.fixture
def administrator(demo, signed_in):
    return signed_in(get_user_model().objects.get(email=ADMIN_EMAIL))


def test_an_administrator_cannot_change_a_confirmed_entrys_contact_details(administrator, lotte):
    impostor = get_user_model().objects.get(email=ADMIN_EMAIL)
    before = ConfidantProfile.objects.values(*ConfidantProfile.OWN_FIELDS).get(pk=lotte.pk)
    url = reverse("wagtailsnippets_confidants_confidantprofile:edit", args=[lotte.pk])
    assert administrator.get(url).status_code == 200
    response = administrator.post(
        url,
        snippet_data(
            lotte,
            name="Lotte Visser (new number)",
            user=impostor.pk,
            phone="+31 6 9999 9999",
            email="impostor@example.com",
            active=None,
            availability="Evenings only",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ConfidantProfile.objects.values(*ConfidantProfile.OWN_FIELDS).get(pk=lotte.pk) == before
    lotte.refresh_from_db()
    assert lotte.availability == "Evenings only"  # not the confidant's own: admins keep it
    assert lotte in confidants_reachable() and lotte in directory_profiles()
    assert DirectoryChange.objects.filter(profile=lotte, kind=Kind.CHANGED, by_administrator=True)


def test_a_new_entry_made_in_the_admin_is_shown_only_after_a_confidant_confirms_it(
    administrator, lotte, confidant_client
):
    impostor = get_user_model().objects.get(email=ADMIN_EMAIL)
    blank = ConfidantProfile(name="Lotte Visser", kind="internal", phone="+31 6 9999 9999")
    response = administrator.post(
        reverse("wagtailsnippets_confidants_confidantprofile:add"),
        snippet_data(blank, user=impostor.pk),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    fake = ConfidantProfile.objects.get(user=impostor)
    assert fake not in directory_profiles() and fake not in confidants_reachable()
    assert DirectoryChange.objects.filter(profile=fake, kind=Kind.CREATED, by_administrator=True)
    page = confidant_client(lotte).get(reverse("confidants:directory")).content.decode()
    assert f'data-pending-profile="{fake.pk}"' in page


def test_a_confidant_edits_their_own_entry_from_the_inbox(lotte, thanh, confidant_client):
    client = confidant_client(lotte)
    url = reverse("confidants:entry_edit", args=[lotte.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {"name": "Lotte Visser", "phone": "+31 20 555 0199", "email": "", "active": "on"},
    )
    assert response.status_code == 302
    lotte.refresh_from_db()
    assert lotte.phone == "+31 20 555 0199" and lotte.can_receive
    assert DirectoryChange.objects.filter(profile=lotte, kind=Kind.CHANGED, by=lotte).exists()
    # Another confidant's entry is theirs alone; an entry without a login is everyone's.
    assert client.get(reverse("confidants:entry_edit", args=[thanh.pk])).status_code == 404
    helpline = ConfidantProfile.objects.get(user__isnull=True)
    assert client.get(reverse("confidants:entry_edit", args=[helpline.pk])).status_code == 200
