"""What a SCORM commit may be before anything is read from it or stored.

A commit is whatever a package's script sends, so its author (any Trainer) controls it: the body
is bounded in size, JSON nesting, number of values and characters before it is parsed further.
Every refusal has a stable `code` (for the runtime and tests) and a message for the learner.
Real CMI data is a few levels deep (cmi.interactions.n.objectives.n.id) and far below these
limits, so no real package meets them.
"""

import json
import math

from django.utils.translation import gettext as _

MAX_COMMIT_BYTES = 1024 * 1024
MAX_DEPTH = 12
MAX_VALUES = 50_000


class CommitRefused(ValueError):
    """A commit that changes nothing; `status` is the HTTP status to answer with, `code` a
    stable name of the reason."""

    def __init__(self, message: str, status: int = 400, code: str = "refused"):
        super().__init__(message)
        self.status = status
        self.code = code


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(text)
    return number


def _refuse_constant(text: str):
    raise ValueError(text)  # NaN, Infinity: not JSON, and not a score


def _bad_text(value: str) -> bool:
    """NUL (no database text column holds it) and lone surrogates (not encodable as UTF-8)."""
    return "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value)


def _checked(payload: object) -> None:
    """Walks the parsed value without recursion: depth, count and characters."""
    pending, seen = [(payload, 1)], 0
    while pending:
        value, depth = pending.pop()
        seen += 1
        if depth > MAX_DEPTH:
            raise CommitRefused(_("The commit is nested too deeply."), code="too-deep")
        if seen > MAX_VALUES:
            raise CommitRefused(_("The commit holds too many values."), code="too-many")
        if isinstance(value, dict):
            for key, item in value.items():
                if _bad_text(key):
                    raise CommitRefused(_("The commit holds invalid characters."), code="chars")
                pending.append((item, depth + 1))
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
        elif isinstance(value, str) and _bad_text(value):
            raise CommitRefused(_("The commit holds invalid characters."), code="chars")


def commit_parse(body: bytes) -> tuple[object, str]:
    """The parsed commit and its text, or CommitRefused."""
    if len(body) > MAX_COMMIT_BYTES:
        raise CommitRefused(_("The commit is larger than 1 MB."), status=413, code="too-large")
    try:
        text = body.decode()
    except UnicodeDecodeError:
        raise CommitRefused(_("The commit is not valid JSON."), code="not-json") from None
    if "\x00" in text:
        raise CommitRefused(_("The commit holds invalid characters."), code="chars")
    try:
        payload = json.loads(text, parse_float=_finite, parse_constant=_refuse_constant)
    except RecursionError:
        raise CommitRefused(_("The commit is nested too deeply."), code="too-deep") from None
    except ValueError:  # JSONDecodeError, non-finite numbers, integers past 4300 digits
        raise CommitRefused(_("The commit is not valid JSON."), code="not-json") from None
    _checked(payload)
    return payload, text
