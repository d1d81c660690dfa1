"""Test and benchmark data: employees and completions at chosen moments."""

import datetime

from django.db import transaction

from courses.models import CompletionChainHead, CompletionRecord
from courses.services import add_months, verification_code_new


@transaction.atomic
def completion_at(
    *, user, course, completed_at: datetime.datetime, valid_months: int | None = None
) -> CompletionRecord:
    """A completion record appended to the hash chain as if earned at `completed_at`."""
    head, _created = CompletionChainHead.objects.select_for_update().get_or_create(pk=1)
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
        previous_hash=head.last_hash,
    )
    record.record_hash = record.compute_hash()
    record.save()
    head.last_hash = record.record_hash
    head.save(update_fields=["last_hash"])
    return record
