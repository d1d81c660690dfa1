"""Rate limits for intake without IP addresses or sessions.

Three layers: a proof of work on every intake POST (confidants/challenge.py); a site-wide
ceiling per 10-minute window in the cache, moved only by requests that carried a valid proof,
high enough that a flood has to pay for every step towards it; and a per-browser back-off kept
only in a signed cookie on the visitor's own device (nothing server-side can link it to
anyone). Wrong receipt codes double the wait, 1, 2, 4, ... up to 300 seconds, and add a bit of
difficulty to this browser's next proof, up to MAX_EXTRA_BITS.
"""

import time

from django.conf import settings
from django.core import signing

from people.counters import window_add, window_count

WINDOW = 600  # seconds
_COOKIE = "confidant_wait"
_SALT = "confidants.throttle"
MAX_WAIT = 300
MAX_EXTRA_BITS = 8


def site_count(name: str) -> int:
    return window_count(f"confidants:{name}", WINDOW)


def site_add(name: str) -> int:
    return window_add(f"confidants:{name}", WINDOW)


def intake_allowed() -> bool:
    return site_count("intake") < settings.CONFIDANT_INTAKE_LIMIT


def receipt_allowed() -> bool:
    return site_count("receipt-failures") < settings.CONFIDANT_RECEIPT_FAILURE_LIMIT


def receipt_bits(*, failures: int) -> int:
    """Proof-of-work difficulty for the next receipt code from a browser with `failures`."""
    return settings.CONFIDANT_RECEIPT_POW_BITS + min(MAX_EXTRA_BITS, max(0, failures))


def browser_state(request) -> tuple[int, float]:
    """(failures so far, earliest time of the next try) from this browser's cookie."""
    try:
        failures, not_before = request.get_signed_cookie(_COOKIE, salt=_SALT).split(":")
        return int(failures), float(not_before)
    except (KeyError, ValueError, signing.BadSignature):
        return 0, 0.0


def browser_wait(request) -> int:
    """Seconds this browser must still wait before trying a receipt code."""
    _failures, not_before = browser_state(request)
    return max(0, int(not_before - time.time() + 0.999))


def failure_next(request) -> tuple[int, int]:
    """After a wrong code: count it site-wide; returns (failures, seconds to wait) for this
    browser, to be stored with `failure_store` on the response."""
    site_add("receipt-failures")
    failures = browser_state(request)[0] + 1
    return failures, min(MAX_WAIT, 2 ** (failures - 1))


def failure_store(request, response, *, failures: int, wait: int) -> None:
    response.set_signed_cookie(
        _COOKIE,
        f"{failures}:{time.time() + wait}",
        salt=_SALT,
        max_age=24 * 3600,
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Strict",
    )


def success_record(response) -> None:
    response.delete_cookie(_COOKIE, samesite="Strict")
