"""The one definition of what a completion record's hash covers. Standard library only: it is
copied into every audit pack beside verify.py, so an auditor runs the same code offline.

Version 1 (records written before learners were hashed): names, course, dates, score and the
previous hash. Version 2 adds everything a certificate or an export shows or links to: the
learner's account id, the outcome source (platform or package), the record's position in the
chain and the hash version itself. A record keeps the version it was written with."""

import datetime
import hashlib
import json
import uuid
from collections.abc import Mapping

ZERO_HASH = "0" * 64
CURRENT_VERSION = 2

FIELDS = {
    1: (
        "user_name",
        "user_email",
        "employee_number",
        "course_key",
        "course_title",
        "course_revision",
        "language",
        "score",
        "minutes",
        "completed_at",
        "valid_until",
        "verification_code",
        "previous_hash",
    ),
}
FIELDS[2] = (
    *FIELDS[1],
    "hash_version",
    "position",
    "learner_id",
    "outcome_source",
)


def _plain(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def completion_payload(values: Mapping) -> dict:
    """The hashed fields of one record, as JSON values, from a record's attributes or from a
    line of an audit pack's records.jsonl (where `hash_version` is absent for version 1)."""
    version = values.get("hash_version") or 1
    if version not in FIELDS:
        raise ValueError(f"unknown hash version {version!r}")
    return {field: _plain(values[field]) for field in FIELDS[version]}


def completion_hash(payload: Mapping) -> str:
    """SHA-256 of the payload's JSON, keys sorted, UTF-8."""
    encoded = json.dumps(dict(payload), sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()
