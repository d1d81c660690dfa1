"""The impostor attack, replayed through the real views: an Administrator (signed in with
TOTP) tries to become a confidant, receive and read an "any confidant" request, take a case
away from the real confidants, rewrite their directory entries and swap a public key. Every
step must fail, and the confidants must see what was tried."""

import pytest
from confidant_admin import snippet_data
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from intake_forms import intake_post
from nacl.public import PrivateKey

from confidants.demo import DEMO_PASSPHRASE
from confidants.models import Case, CaseRecipient, ConfidantProfile, DirectoryChange
from people.roles import CONFIDANT

pytestmark = pytest.mark.django_db

ADMIN_EMAIL = "beheerder@demo.example"
LOTTE = "vertrouwenspersoon@demo.example"
THANH = "extern.vertrouwenspersoon@demo.example"
IMPOSTOR_PASSPHRASE = "the impostor's passphrase"


def signed_in(user, totp_enrol) -> Client:
    totp_enrol(user)
    client = Client()
    client.force_login(user)
    return client


def unlocked(profile, totp_enrol, passphrase=DEMO_PASSPHRASE) -> Client:
    client = signed_in(profile.user, totp_enrol)
    client.post(reverse("confidants:unlock"), {"passphrase": passphrase})
    return client


def contact_request(message: str, confidant="any") -> Case:
    """Sent through the public contact form, as an employee's browser would."""
    before = set(Case.objects.values_list("pk", flat=True))
    fields = {"confidant": confidant, "channel": "thread", "topic": "", "language": "nl"}
    response = intake_post(Client(), "confidants:contact", {**fields, "message": message})
    assert response.status_code == 200, response.content.decode()[:500]
    (case,) = Case.objects.exclude(pk__in=before)
    return case


def holders(case) -> set[int]:
    return set(CaseRecipient.objects.filter(case=case).values_list("confidant_id", flat=True))


def test_the_impostor_attack_fails_at_every_step(
    demo, totp_enrol, django_capture_on_commit_callbacks
):
    User = get_user_model()
    impostor = User.objects.get(email=ADMIN_EMAIL)
    lotte = ConfidantProfile.objects.get(user__email=LOTTE)
    thanh = ConfidantProfile.objects.get(user__email=THANH)
    admin = signed_in(impostor, totp_enrol)

    # 1. Add themself to the Confidant group in Wagtail's user editor: refused.
    groups = [group.pk for group in impostor.groups.all()]
    response = admin.post(
        reverse("wagtailusers_users:edit", args=[impostor.pk]),
        {
            "email": impostor.email,
            "first_name": impostor.first_name or "B",
            "last_name": impostor.last_name or "Beheerder",
            "groups": groups + [Group.objects.get(name=CONFIDANT).pk],
        },
    )
    assert response.status_code == 200 and response.context["form"].errors.get("groups")
    assert not impostor.groups.filter(name=CONFIDANT).exists()

    # Suppose the role was obtained anyway (a careless superuser): the rest must still hold.
    impostor.groups.add(Group.objects.get(name=CONFIDANT))

    # 2. Create a confidant profile for themself in the admin: created, but not confirmed.
    response = admin.post(
        reverse("wagtailsnippets_confidants_confidantprofile:add"),
        snippet_data(
            ConfidantProfile(name="Lotte Visser", kind="internal", phone="+31 6 9999 9999"),
            user=impostor.pk,
        ),
    )
    assert response.status_code == 302
    fake = ConfidantProfile.objects.get(user=impostor)

    # 3. Set a passphrase: a key pair, still nobody's consent.
    admin.post(
        reverse("confidants:keys_setup"),
        {"passphrase": IMPOSTOR_PASSPHRASE, "repeat": IMPOSTOR_PASSPHRASE},
    )
    fake.refresh_from_db()
    assert fake.has_keys and not fake.can_receive
    admin.post(reverse("confidants:unlock"), {"passphrase": IMPOSTOR_PASSPHRASE})

    # 4. Appear on the public contact form and in the directory: not there.
    form = Client().get(reverse("confidants:contact")).content.decode()
    assert f'value="{fake.pk}"' not in form
    directory = Client().get(reverse("confidant_help")).content.decode()
    assert "Lotte Visser" in directory and "+31 6 9999 9999" not in directory
    # 5. Receive and decrypt a real "any confidant" request: it is not sealed to them.
    case = contact_request("A real report for the real confidants")
    assert holders(case) == {lotte.pk, thanh.pk}
    assert admin.get(reverse("confidants:case", args=[case.pk])).status_code == 404

    # 6. Take another "any" case away from the real confidants by acknowledging it: no key,
    #    no case; and even with a key left over from before, the holder rule refuses.
    other = contact_request("Another real report")
    status_url = reverse("confidants:case_action", args=[other.pk, "status"])
    assert admin.post(status_url, {"status": "acknowledged"}).status_code == 404
    CaseRecipient.objects.create(case=other, confidant=fake, sealed_case_key=b"left over")
    admin.post(status_url, {"status": "acknowledged"})
    assert holders(other) == {lotte.pk, thanh.pk, fake.pk}
    other.refresh_from_db()
    assert other.status == Case.Status.NEW

    # 7. Confirm themself from their own inbox: refused.
    admin.post(reverse("confidants:directory_decide", args=[fake.pk, "confirm"]))
    fake.refresh_from_db()
    assert fake.confirmed_at is None

    # 8. Rewrite a real confidant's directory entry to redirect call-backs and e-mails.
    before = ConfidantProfile.objects.values(*ConfidantProfile.OWN_FIELDS).get(pk=lotte.pk)
    admin.post(
        reverse("wagtailsnippets_confidants_confidantprofile:edit", args=[lotte.pk]),
        snippet_data(
            lotte, phone="+31 6 9999 9999", email="impostor@example.com", user=impostor.pk
        ),
    )
    assert ConfidantProfile.objects.values(*ConfidantProfile.OWN_FIELDS).get(pk=lotte.pk) == before

    # 9. One UPDATE of Thanh's public key: new reports are not sealed to it, and Thanh's next
    #    unlock alarms every confidant.
    swapped = PrivateKey.generate()
    ConfidantProfile.objects.filter(pk=thanh.pk).update(public_key=bytes(swapped.public_key))
    third = contact_request("Sent after the key was swapped")
    assert holders(third) == {lotte.pk}
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(thanh.user, totp_enrol).post(
            reverse("confidants:unlock"), {"passphrase": DEMO_PASSPHRASE}
        )
    assert response.status_code == 409
    assert {lotte.user.email, thanh.user.email} <= {a for m in mail.outbox for a in m.to}

    # The real confidants see what was tried, and reject the impostor.
    client = unlocked(lotte, totp_enrol)
    page = client.get(reverse("confidants:inbox")).content.decode()
    assert "data-key-alarm" in page and "data-directory-changes" in page
    kinds = set(DirectoryChange.objects.filter(profile=fake).values_list("kind", flat=True))
    assert {DirectoryChange.Kind.CREATED, DirectoryChange.Kind.KEY_SET} <= kinds
    client.post(reverse("confidants:directory_decide", args=[fake.pk, "reject"]))
    assert admin.get(reverse("confidants:inbox")).status_code == 403
