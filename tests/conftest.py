import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command

from people.factories import UserFactory
from people.roles import EMPLOYEE, TRAINER


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def employee(db):
    return UserFactory(role=EMPLOYEE)


@pytest.fixture
def trainer(db):
    return UserFactory(role=TRAINER)


@pytest.fixture
def totp_enrol(db):
    """Enrol TOTP for a user as the MFA set-up page would; returns the secret."""

    def enrol(user) -> str:
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        return secret

    return enrol


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
