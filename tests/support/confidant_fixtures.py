"""Confidants and their cases for any test folder (a pytest plugin: tests/conftest.py)."""

import re

import intake_forms
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

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
    """Read the form's one-time token, proof-of-work challenge and receipt code."""

    class Values:
        token = staticmethod(intake_forms.page_token)
        proof = staticmethod(intake_forms.page_proof)

        @staticmethod
        def code(response) -> str:
            return re.search(r"data-receipt-code>([^<]+)<", response.content.decode()).group(1)

    return Values


@pytest.fixture
def intake_post():
    """POST to an intake form the way a browser does (tests/support/intake_forms.py)."""
    return intake_forms.intake_post


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(email="root@demo.example", password="x")
