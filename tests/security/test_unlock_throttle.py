"""Unlocking a confidant's key costs an Argon2id derivation per try: wrong tries are limited
per confidant profile (not per IP address) and parallel derivations site-wide."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from confidants import unlock_limits
from confidants.demo import DEMO_PASSPHRASE

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def another_browser(user) -> Client:
    """A second signed-in browser of someone already enrolled for MFA."""
    client = Client()
    client.force_login(user)
    return client


def unlock(client, passphrase):
    return client.post(reverse("confidants:unlock"), {"passphrase": passphrase})


def test_five_wrong_passphrases_then_a_growing_wait_even_for_the_right_one(
    signed_in, lotte, settings
):
    settings.LANGUAGE_CODE = "en"
    client = signed_in(lotte.user)
    start = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        for _ in range(4):
            assert unlock(client, "wrong passphrase").status_code == 400
        fifth = unlock(client, "wrong passphrase")
        assert fifth.status_code == 400
        assert "please wait 15 seconds" in fifth.content.decode()
        refused = unlock(client, DEMO_PASSPHRASE)  # right, but too soon: not even tried
        assert refused.status_code == 429
        assert "confidant_key" not in refused.cookies
        # Another browser of the same confidant waits too: the count is the profile's.
        assert unlock(another_browser(lotte.user), DEMO_PASSPHRASE).status_code == 429
        clock.shift(16)
        sixth = unlock(client, "wrong again")
        assert "please wait 30 seconds" in sixth.content.decode()  # the wait doubled
        clock.shift(31)
        assert unlock(client, DEMO_PASSPHRASE).status_code == 302
        # A success clears the count.
        assert unlock_limits.unlock_wait(lotte) == 0
        assert unlock(client, "wrong").status_code == 400


def test_one_confidants_wrong_tries_do_not_lock_out_another(signed_in, lotte, thanh):
    client = signed_in(lotte.user)
    for _ in range(6):
        unlock(client, "wrong passphrase")
    assert unlock(another_browser(lotte.user), DEMO_PASSPHRASE).status_code == 429
    assert unlock(signed_in(thanh.user), DEMO_PASSPHRASE).status_code == 302


def test_parallel_unlocks_beyond_the_cap_are_refused_without_deriving(
    signed_in, lotte, thanh, settings
):
    settings.LANGUAGE_CODE = "en"
    assert settings.CONFIDANT_UNLOCK_CONCURRENCY == 2
    with unlock_limits.derivation_slot(), unlock_limits.derivation_slot():
        # Two derivations are running (held here); a third, correct, try is refused at once.
        client = signed_in(thanh.user)
        busy = unlock(client, DEMO_PASSPHRASE)
        assert busy.status_code == 429
        assert "try again in a minute" in busy.content.decode()
        assert "confidant_key" not in busy.cookies
        assert unlock_limits.unlock_wait(thanh) == 0  # not counted as a wrong try
        with pytest.raises(unlock_limits.UnlockBusy), unlock_limits.derivation_slot():
            pass
    # The slots were given back.
    assert unlock(client, DEMO_PASSPHRASE).status_code == 302
    with unlock_limits.derivation_slot(), unlock_limits.derivation_slot():
        pass


def test_a_slot_is_given_back_when_the_derivation_fails(signed_in, lotte):
    client = signed_in(lotte.user)
    for _ in range(3):
        assert unlock(client, "wrong passphrase").status_code == 400
    with unlock_limits.derivation_slot(), unlock_limits.derivation_slot():
        pass


def test_recovery_keys_are_limited_the_same_way(signed_in, lotte):
    client = signed_in(lotte.user)
    data = {
        "recovery_key": "WRONG",
        "passphrase": "a new passphrase!",
        "repeat": "a new passphrase!",
    }
    statuses = [client.post(reverse("confidants:recover"), data).status_code for _ in range(6)]
    assert statuses == [400, 400, 400, 400, 400, 429]
    assert unlock(client, DEMO_PASSPHRASE).status_code == 429
