"""Proof of work for the intake forms, instead of per-IP limits (no IP address is ever kept).

Each form carries a challenge: a random nonce, its purpose and a difficulty in bits, signed
with the SECRET_KEY and timestamped (django.core.signing). The browser searches a counter such
that SHA-256(challenge + counter) starts with that many zero bits (site/static/js/
confidant-pow.js) and sends it with the form. The server checks the signature, the age, the
difficulty and the hash before it does anything else, and a challenge can be spent once: the
digests of spent challenges stay in the cache until they would have expired anyway.

What it costs (README, "Rate limits"): 2**bits hashes on average per proof, for a reporter's
browser and for a flooding script alike, whatever cookies or addresses the script uses.
"""

import hashlib
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext as _

_SALT = "confidants.challenge"
COUNTER_MAX_LENGTH = 20


class ProofRefused(Exception):
    """A missing, malformed, expired, reused or wrong solution; `message` is for the form."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason

    @property
    def message(self) -> str:
        if self.reason == "expired":
            return _(
                "The protection of this form expired before it was sent. Nothing was sent and "
                "your text is still here: wait until the page says it is ready, then send again."
            )
        return _(
            "This form could not show that it was sent from a browser that ran its protection "
            "(this page needs JavaScript for it). Nothing was sent and your text is still here: "
            "wait until the page says it is ready, then send again."
        )


def challenge_issue(*, purpose: str, bits: int) -> dict:
    """A fresh challenge for a form; the template renders `value` and `bits`."""
    value = signing.dumps({"n": secrets.token_urlsafe(12), "p": purpose, "b": bits}, salt=_SALT)
    return {"value": value, "bits": bits}


def leading_zero_bits(digest: bytes) -> int:
    bits = 0
    for byte in digest:
        if byte:
            return bits + 8 - byte.bit_length()
        bits += 8
    return bits


def proof_check(*, data, purpose: str, min_bits: int) -> None:
    """Verify and spend the proof in POST `data`; raises ProofRefused. Cheap by design: one
    HMAC, one SHA-256 and one cache write, before any database read or key derivation."""
    value = data.get("proof_challenge") or ""
    counter = data.get("proof_counter") or ""
    if not value or not counter.isdigit() or len(counter) > COUNTER_MAX_LENGTH:
        raise ProofRefused("missing")
    try:
        payload = signing.loads(value, salt=_SALT, max_age=settings.CONFIDANT_POW_SECONDS)
    except signing.SignatureExpired:
        raise ProofRefused("expired") from None
    except signing.BadSignature:
        raise ProofRefused("invalid") from None
    bits = payload.get("b") if isinstance(payload, dict) else None
    if payload.get("p") != purpose or not isinstance(bits, int) or bits < min_bits:
        raise ProofRefused("invalid")
    if leading_zero_bits(hashlib.sha256((value + counter).encode()).digest()) < bits:
        raise ProofRefused("wrong")
    spent = "confidants:proof:" + hashlib.sha256(value.encode()).hexdigest()
    if not cache.add(spent, 1, settings.CONFIDANT_POW_SECONDS + 60):
        raise ProofRefused("reused")
