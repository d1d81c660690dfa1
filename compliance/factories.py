"""Test and benchmark data: employees and completions at chosen moments."""

import datetime

from django.utils import timezone

from compliance.models import Assignment
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


def department_assignment(*, course, departments, **fields) -> Assignment:
    """An assignment of `course` to `departments`, started three days ago and due in 30 days
    unless `fields` say otherwise."""
    today = timezone.localdate()
    defaults = {
        "starts_on": today - datetime.timedelta(days=3),
        "due_on": today + datetime.timedelta(days=30),
    }
    assignment = Assignment.objects.create(
        course=course, audience=Assignment.Audience.DEPARTMENTS, **{**defaults, **fields}
    )
    assignment.departments.set(departments)
    assignment.save()  # modelcluster writes parental many-to-many fields on save
    return assignment
