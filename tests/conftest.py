import io

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command
from django.db import connections

from people.factories import UserFactory
from people.roles import EMPLOYEE, TRAINER

# One Chromium for the whole session, whichever folders' browser tests run (tests/e2e is on
# the path: pyproject.toml). Two sync Playwright instances in one thread cannot coexist.
# Confidants and their cases, and a real S3 API server (tests/support), serve every folder.
pytest_plugins = ["browser_fixtures", "confidant_fixtures", "s3_fixtures"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The multilingual demo is loaded once into the test database; each test runs in a
    transaction that is rolled back, so it always starts from the same demo."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        # Transactional tests restore this snapshot after each flush: take it with the demo.
        for connection in connections.all():
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def demo(db):
    """Tests that read the demo say so; it is already loaded by django_db_setup."""


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


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language, whatever an earlier request chose."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def demo_officer(demo, client, totp_enrol):
    """The demo's compliance officer, with TOTP, signed in on `client`."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(email="compliance@demo.example")
    totp_enrol(user)
    client.force_login(user)
    return user
