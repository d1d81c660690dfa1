"""Test and benchmark data: employees and completions at chosen moments."""

import datetime

from courses.models import CompletionRecord
from courses.services import add_months, completion_record_append, verification_code_new


def completion_at(
    *, user, course, completed_at: datetime.datetime, valid_months: int | None = None
) -> CompletionRecord:
    """A completion record appended to the hash chain as if earned at `completed_at`. Records
    dated before the newest one make verify_completion_chain report them as back-dated."""
    record = CompletionRecord(
        user=user,
        user_name=user.get_full_name() or user.email,
        user_email=user.email,
        employee_number="",
        course_key=course.translation_key,
        course_page=course,
        course_title=course.title,
        course_revision=None,
        language="nl",
        score=100,
        minutes=20,
        completed_at=completed_at.astimezone(datetime.UTC).replace(microsecond=0),
        valid_until=add_months(completed_at.date(), valid_months) if valid_months else None,
        verification_code=verification_code_new(),
    )
    return completion_record_append(record=record, in_order=False)
