"""Behind a reverse proxy one attacker must not lock everyone out of signing in.

Every request reaches the site from the proxy's address; the proxy appends the client's address
to X-Forwarded-For. allauth's "/ip" sign-in limits then key on the entry the trusted proxy added,
as production configures (ALLAUTH_TRUSTED_PROXY_COUNT, read from the production settings
themselves). With the setting at 0, the control case, the same attack locks out a bystander.
"""

import pytest
from django.test import Client
from django.urls import reverse
from production_env import PRODUCTION, run_manage

from people.factories import UserFactory

PASSWORD = "correct-horse-battery"
PROXY = "10.0.0.2"
ATTACKER = "203.0.113.9"
BYSTANDER = "198.51.100.7"


@pytest.fixture(scope="module")
def production_proxy_count():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def through_proxy(client_address: str) -> Client:
    """A browser at `client_address` whose requests arrive from the proxy."""
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"{client_address}")


def attack_then_bystander_signs_in(db) -> bool:
    victims = [UserFactory() for _ in range(6)]
    attacker = through_proxy(ATTACKER)
    for victim in victims:  # a different account each time: only the per-address limit counts
        attacker.post(reverse("account_login"), {"login": victim.email, "password": "guess"})
    refused = attacker.post(reverse("account_login"), {"login": victims[0].email, "password": "x"})
    assert "Te veel inlogpogingen" in refused.content.decode()  # the attacker is throttled

    bystander = UserFactory()
    browser = through_proxy(BYSTANDER)
    browser.post(reverse("account_login"), {"login": bystander.email, "password": PASSWORD})
    return browser.session.get("_auth_user_id") == str(bystander.pk)


def test_production_trusts_the_proxy_in_front(production_proxy_count):
    assert production_proxy_count == 1


def test_an_attacker_behind_the_proxy_does_not_lock_out_others(
    db, settings, production_proxy_count
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = production_proxy_count
    assert attack_then_bystander_signs_in(db)


def test_without_the_proxy_setting_the_attack_locks_out_a_bystander(db, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert not attack_then_bystander_signs_in(db)
