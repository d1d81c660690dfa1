import hashlib
import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from confidants.challenge import leading_zero_bits
from confidants.demo import DEMO_PASSPHRASE
from confidants.models import ConfidantProfile
from confidants.services import Intake, intake_submit

INTERNAL = "vertrouwenspersoon@demo.example"
EXTERNAL = "extern.vertrouwenspersoon@demo.example"


@pytest.fixture
def lotte(demo):
    return ConfidantProfile.objects.get(user__email=INTERNAL)


@pytest.fixture
def thanh(demo):
    return ConfidantProfile.objects.get(user__email=EXTERNAL)


@pytest.fixture
def signed_in(totp_enrol):
    """A client signed in as `user`, with TOTP enrolled so staff get past the MFA gate."""

    def sign_in(user) -> Client:
        if not user.is_anonymous:
            totp_enrol(user)
        client = Client()
        if not user.is_anonymous:
            client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def confidant_client(signed_in):
    """A confidant signed in with their key unlocked in this client's session."""

    def make(profile: ConfidantProfile) -> Client:
        client = signed_in(profile.user)
        response = client.post(reverse("confidants:unlock"), {"passphrase": DEMO_PASSPHRASE})
        assert response.status_code == 302, response.content
        return client

    return make


@pytest.fixture
def case_for(db):
    """A case sent to `profile` (None: any confidant) through the service; returns (case, code)."""

    def make(profile, *, channel="thread", message="I need to talk about my team.", **extra):
        return intake_submit(
            intake=Intake(
                confidant=profile,
                channel=channel,
                topic=extra.pop("topic", "bullying"),
                language="nl",
                message=message,
                **extra,
            )
        )

    return make


@pytest.fixture
def page_values():
    """Read the form's one-time token and the receipt code out of a response."""

    class Values:
        @staticmethod
        def token(response) -> str:
            return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)

        @staticmethod
        def code(response) -> str:
            return re.search(r"data-receipt-code>([^<]+)<", response.content.decode()).group(1)

        @staticmethod
        def proof(response) -> dict:
            """The page's proof-of-work challenge, solved here as the browser would."""
            found = re.search(
                r'name="proof_challenge" value="([^"]+)" data-pow-bits="(\d+)"',
                response.content.decode(),
            )
            assert found, "the page carries no proof-of-work challenge"
            return proof_solve(html.unescape(found.group(1)), int(found.group(2)))

    return Values


def proof_solve(challenge: str, bits: int) -> dict:
    counter = 0
    while leading_zero_bits(hashlib.sha256(f"{challenge}{counter}".encode()).digest()) < bits:
        counter += 1
    return {"proof_challenge": challenge, "proof_counter": str(counter)}


@pytest.fixture
def intake_post(page_values):
    """POST to an intake form the way a browser does: fetch the page with the same client (so
    this browser's back-off cookie sets the difficulty), solve its proof, send."""

    def post(client, name: str, data: dict):
        page = client.get(reverse(name))
        fields = {**page_values.proof(page), **data}
        if name == "confidants:contact" and "token" not in data:
            fields["token"] = page_values.token(page)
        return client.post(reverse(name), fields)

    return post


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(email="root@demo.example", password="x")
