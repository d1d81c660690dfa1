"""Tamper evidence of the completion chain (courses/completion_hash.py, the chain walk in
courses/selectors.py, `verify_completion_chain`): what a database writer can change and how it
shows, with and without a chain head published earlier."""

import datetime
import hashlib
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from compliance.factories import completion_at
from courses.completion_hash import ZERO_HASH
from courses.factories import course_build, course_complete, paragraph
from courses.models import CompletionChainHead, CompletionRecord
from people.factories import EmployeeProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(employee):
    course = course_build(lessons=[[paragraph("a")]], validity_months=24)
    EmployeeProfileFactory(user=employee, employee_number="E-100")
    others = [UserFactory(first_name=f"Other{i}", last_name="Learner") for i in range(2)]
    return [course_complete(user=user, course=course) for user in (employee, *others)]


def verify(*args) -> str:
    out = io.StringIO()
    call_command("verify_completion_chain", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def problems(*args) -> str:
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("verify_completion_chain", *args, stdout=io.StringIO(), stderr=err)
    return err.getvalue()


def published_head() -> str:
    """The head as the command prints it (and as the e-mail and the audit pack state it)."""
    return verify().strip().splitlines()[-1].removeprefix("Chain head: ")


def raw_update(record: CompletionRecord, **fields) -> None:
    """What someone with write access to the database can do."""
    columns = ", ".join(f"{name} = %s" for name in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE courses_completionrecord SET {columns} WHERE id = %s",  # noqa: S608
            [*fields.values(), record.pk],
        )


def rewrite_consistently() -> None:
    """Recompute every hash in order and the chain head, as a careful forger would."""
    previous = ZERO_HASH
    for record in CompletionRecord.objects.order_by("pk"):
        record.previous_hash = previous
        previous = record.compute_hash()
        raw_update(record, previous_hash=record.previous_hash, record_hash=previous)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE courses_completionchainhead SET last_hash = %s", [previous])


def test_new_records_are_version_2_and_cover_the_learner_and_position(records, employee):
    first = records[0]
    assert (first.hash_version, first.position, first.learner_id) == (2, 1, employee.pk)
    assert first.outcome_source == "platform" and first.employee_number == "E-100"
    assert [r.position for r in records] == [1, 2, 3]
    payload = first.payload()
    for field in ("learner_id", "user_name", "employee_number", "course_title", "position"):
        assert field in payload
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    assert hashlib.sha256(encoded).hexdigest() == first.record_hash
    head = CompletionChainHead.objects.get()
    assert (head.position, head.last_hash) == (3, records[-1].record_hash)
    assert "3 completion record(s), chain intact" in verify()
    assert published_head() == f"3:{records[-1].record_hash}"


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("user_name", "Someone Else"),
        ("user_email", "else@example.org"),
        ("employee_number", "E-999"),
        ("course_title", "Another course"),
        ("language", "en"),
        ("score", 55),
        ("completed_at", datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)),
        ("valid_until", datetime.date(2099, 1, 1)),
        ("verification_code", "FORGEDCODE"),
        ("outcome_source", "package"),
        ("learner_id", 999_999),
        ("position", 99),
    ],
)
def test_every_field_a_certificate_or_export_shows_is_hashed(records, column, value):
    raw_update(records[1], **{column: value})
    assert f"record {records[1].pk}: its contents were changed" in problems()


def test_moving_a_record_to_another_learner_fails_plain_verification(records):
    raw_update(records[0], user_id=records[1].user_id)
    assert f"record {records[0].pk}: was moved to another learner" in problems()


def test_moving_a_record_with_its_learner_id_breaks_its_hash(records):
    raw_update(records[0], user_id=records[1].user_id, learner_id=records[1].user_id)
    assert f"record {records[0].pk}: its contents were changed" in problems()


def test_a_consistently_rewritten_chain_fails_only_against_the_published_head(records):
    head = published_head()
    other = records[1]
    raw_update(
        records[0],
        user_id=other.user_id,
        learner_id=other.user_id,
        user_name=other.user_name,
        user_email=other.user_email,
        employee_number="",
    )
    rewrite_consistently()

    assert "chain intact" in verify()  # every hash recomputed: the chain alone cannot tell
    assert "no longer has the published hash (the chain was rewritten)" in problems(
        "--against", head
    )


def test_a_truncated_chain_fails_against_the_published_head(records):
    head = published_head()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM courses_completionrecord WHERE id = %s", [records[-1].pk])
        cursor.execute(
            "UPDATE courses_completionchainhead SET last_hash = %s, position = 2",
            [records[1].record_hash],
        )
    assert "chain intact" in verify()
    assert "fewer than the published head's position 3" in problems("--against", head)


def test_a_back_dated_record_appended_after_the_published_head_is_reported(records, employee):
    head = published_head()
    course = records[0].course_page
    forged = completion_at(
        user=employee, course=course, completed_at=timezone.now() - datetime.timedelta(days=300)
    )
    assert forged.position == 4 and forged.previous_hash == records[-1].record_hash
    report = problems("--against", head)
    assert f"record {forged.pk}: dated before the record before it (back-dated)" in report
    assert "published hash" not in report  # the published head itself is still there


def test_the_published_head_of_an_intact_chain_passes(records):
    head = published_head()
    course_complete(user=UserFactory(), course=records[0].course_page)
    assert f"Holds the published head {head}" in verify("--against", head)
    with pytest.raises(CommandError, match="position:hash"):
        call_command("verify_completion_chain", "--against", "3-abc")


def test_version_1_records_still_verify(employee):
    """A record written before version 2: the old payload, exactly as the old code hashed it."""
    course = course_build(lessons=[[paragraph("a")]])
    values = {
        "user_name": "Old Record",
        "user_email": "old@example.org",
        "employee_number": "",
        "course_key": str(course.translation_key),
        "course_title": "Course",
        "course_revision": None,
        "language": "nl",
        "score": 90,
        "minutes": 12,
        "completed_at": "2025-01-02T03:04:05+00:00",
        "valid_until": None,
        "verification_code": "OLDRECORD",
        "previous_hash": ZERO_HASH,
    }
    old_hash = hashlib.sha256(
        json.dumps(values, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
    old = CompletionRecord(
        **{**values, "completed_at": datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)},
        user=employee,
        learner_id=employee.pk,
        position=1,
        hash_version=1,
        record_hash=old_hash,
    )
    assert old.compute_hash() == old_hash
    old.save()
    CompletionChainHead.objects.create(pk=1, last_hash=old_hash, position=1)
    new = course_complete(user=UserFactory(), course=course)
    assert (new.hash_version, new.position, new.previous_hash) == (2, 2, old_hash)
    assert "2 completion record(s), chain intact" in verify()


def test_a_legitimate_change_of_name_keeps_the_record_and_its_hash(records, employee):
    record = records[0]
    name = record.user_name
    employee.first_name, employee.last_name = "Renamed", "Person"
    employee.save()
    employee.profile.employee_number = "E-200"
    employee.profile.save()

    assert "chain intact" in verify()
    page = Client().get(f"/verify/{record.verification_code}/", follow=True)
    assert name in page.content.decode() and "Renamed" not in page.content.decode()


def test_a_platform_completion_is_never_dated_before_the_newest_record(records, employee):
    """Hosts' clocks may differ: the next record takes the newest record's time instead."""
    ahead = timezone.now() + datetime.timedelta(seconds=90)
    completion_at(user=employee, course=records[0].course_page, completed_at=ahead)
    course = course_build(lessons=[[paragraph("b")]])
    record = course_complete(user=UserFactory(), course=course)
    assert record.completed_at == ahead.replace(microsecond=0)
    assert "5 completion record(s), chain intact" in verify()
