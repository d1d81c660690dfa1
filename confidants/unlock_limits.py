"""Limits on opening a confidant's private key (passphrase unlock and recovery).

Each try costs an Argon2id derivation (at the `moderate` level about 0.5 s and 256 MiB), so:
- per confidant profile (never per IP address), CONFIDANT_UNLOCK_FREE_FAILURES wrong tries,
  then a wait that doubles with every further one, 15 s up to an hour; a success clears it.
  Kept in the shared cache, so every web host sees the same count;
- site-wide, at most CONFIDANT_UNLOCK_CONCURRENCY derivations at once: a few cache slots, each
  taken with an atomic add and given back when the derivation ends (or after a minute, should a
  worker die holding one). Parallel tries beyond that are refused at once instead of queueing
  up memory.
"""

import math
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache

FIRST_WAIT = 15  # seconds
MAX_WAIT = 3600
SLOT_SECONDS = 60
_KEEP = 24 * 3600


class UnlockBusy(Exception):
    """Too many derivations are running; try again in a minute."""


def _key(profile) -> str:
    return f"confidants:unlock-failures:{profile.pk}"


def unlock_wait(profile) -> int:
    """Seconds before this confidant may try again (0: now)."""
    state = cache.get(_key(profile))
    if not state:
        return 0
    return max(0, math.ceil(state["not_before"] - time.time()))


def unlock_failed(profile) -> int:
    """Record a wrong passphrase or recovery key; returns the seconds to wait now."""
    failures = (cache.get(_key(profile)) or {"failures": 0})["failures"] + 1
    free = settings.CONFIDANT_UNLOCK_FREE_FAILURES
    wait = 0 if failures < free else min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - free))
    cache.set(_key(profile), {"failures": failures, "not_before": time.time() + wait}, _KEEP)
    return wait


def unlock_succeeded(profile) -> None:
    cache.delete(_key(profile))


@contextmanager
def derivation_slot():
    """Hold one of the site-wide derivation slots for the `with` block; raises UnlockBusy
    when all are taken."""
    for number in range(settings.CONFIDANT_UNLOCK_CONCURRENCY):
        key = f"confidants:unlock-slot:{number}"
        if cache.add(key, 1, SLOT_SECONDS):
            try:
                yield
            finally:
                cache.delete(key)
            return
    raise UnlockBusy
