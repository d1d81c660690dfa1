"""Status rules: the SQL form used by the dashboard must agree with the Python form, at the
boundaries of due dates and validity, and in the site's time zone."""

import datetime
import random
import zoneinfo
from collections import Counter

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from compliance.factories import completion_at
from compliance.models import Assignment
from compliance.selectors import assignment_summary
from compliance.status import Status, status_of, with_status
from courses.models import CourseAttempt, CoursePage
from people.factories import EmployeeProfileFactory

TODAY = datetime.date(2026, 6, 15)
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def assignment(**fields) -> Assignment:
    defaults = {"starts_on": datetime.date(2026, 5, 1), "due_rule": "fixed"}
    return Assignment(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("due_on", "expected"),
    [
        (TODAY - datetime.timedelta(days=1), Status.OVERDUE),
        (TODAY, Status.DUE_SOON),  # due today is not overdue yet
        (TODAY + datetime.timedelta(days=14), Status.DUE_SOON),
        (TODAY + datetime.timedelta(days=15), Status.NOT_STARTED),
    ],
)
def test_fixed_due_date_boundaries(due_on, expected):
    standing = status_of(
        assignment(due_on=due_on),
        today=TODAY,
        hire_date=None,
        last_done=None,
        last_valid_until=None,
        started=False,
    )
    assert standing.status == expected


def test_recertification_expires_on_the_local_date():
    """Completed at 23:30 in Amsterdam on 15 Dec (22:30 UTC): valid until 15 June, not 14."""
    done = datetime.datetime(2025, 12, 15, 23, 30, tzinfo=AMSTERDAM)
    rule = assignment(due_on=TODAY, recertify_months=6)
    on_the_day = status_of(
        rule, today=TODAY, hire_date=None, last_done=done, last_valid_until=None, started=False
    )
    assert on_the_day.status == Status.COMPLETED and on_the_day.valid_until == TODAY
    next_day = status_of(
        rule,
        today=TODAY + datetime.timedelta(days=1),
        hire_date=None,
        last_done=done,
        last_valid_until=None,
        started=False,
    )
    assert next_day.status == Status.EXPIRED


def test_after_hire_uses_the_later_of_hire_and_assignment():
    rule = assignment(due_rule="after-assignment", due_days=30)
    late_hire = datetime.date(2026, 6, 1)
    standing = status_of(
        rule, today=TODAY, hire_date=late_hire, last_done=None, last_valid_until=None, started=True
    )
    assert standing.due == datetime.date(2026, 7, 1)
    assert standing.status == Status.IN_PROGRESS


@given(
    rule=st.sampled_from(["fixed", "after-assignment", "after-hire"]),
    days=st.integers(0, 60),
    offset=st.integers(-40, 40),
    hire_offset=st.one_of(st.none(), st.integers(-100, 100)),
)
def test_due_dates_are_never_before_the_assignment_for_after_assignment(
    rule, days, offset, hire_offset
):
    hire = None if hire_offset is None else TODAY + datetime.timedelta(days=hire_offset)
    a = assignment(
        due_rule=rule, due_days=days or 1, due_on=TODAY + datetime.timedelta(days=offset)
    )
    standing = status_of(
        a, today=TODAY, hire_date=hire, last_done=None, last_valid_until=None, started=False
    )
    if rule == "after-assignment":
        assert standing.due >= a.starts_on + datetime.timedelta(days=a.due_days)
    overdue = standing.due < TODAY
    assert (standing.status == Status.OVERDUE) == overdue


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [
        {"due_rule": "fixed", "due_on": TODAY + datetime.timedelta(days=3)},
        {"due_rule": "fixed", "due_on": TODAY - datetime.timedelta(days=3)},
        {"due_rule": "after-assignment", "due_days": 30, "recertify_months": 12},
        {"due_rule": "after-hire", "due_days": 45},
        {"due_rule": "after-hire", "due_days": 10, "recertify_months": 6},
    ],
)
def test_the_database_agrees_with_the_python_rules(fields, demo, monkeypatch):
    """Sixty employees with random hire dates, attempts and completions (some at local
    midnight boundaries): the SQL status equals status_of for every one of them."""
    rng = random.Random(str(fields))
    course = CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")
    rule = Assignment.objects.create(course=course, starts_on=datetime.date(2026, 5, 1), **fields)
    profiles = []
    for _ in range(60):
        hire = rng.choice([None, TODAY - datetime.timedelta(days=rng.randint(-20, 400))])
        profile = EmployeeProfileFactory(hire_date=hire)
        profiles.append(profile)
        if rng.random() < 0.3:
            CourseAttempt.objects.create(user=profile.user, course_key=course.translation_key)
        if rng.random() < 0.5:
            day = TODAY - datetime.timedelta(days=rng.randint(0, 500))
            moment = rng.choice([datetime.time(0, 0), datetime.time(23, 59), datetime.time(12)])
            done = datetime.datetime.combine(day, moment, tzinfo=AMSTERDAM)
            completion_at(
                user=profile.user,
                course=course,
                completed_at=done.astimezone(datetime.UTC),
                valid_months=rng.choice([None, 12]),
            )
    rows = {row.pk: row for row in with_status(rule, TODAY).filter(pk__in=[p.pk for p in profiles])}
    assert len(rows) == 60
    for row in rows.values():
        expected = status_of(
            rule,
            today=TODAY,
            hire_date=row.hire_date,
            last_done=row.last_done,
            last_valid_until=row.last_valid_until,
            started=row.started,
        )
        assert row.status == expected.status, (row.hire_date, row.last_done, row.last_valid_until)
    assert timezone.get_current_timezone_name() == "Europe/Amsterdam"
    # The dashboard's counting (memoised Python) agrees with the database too.
    summary = assignment_summary(assignment=rule, today=TODAY)
    everyone = Counter(with_status(rule, TODAY).values_list("status", flat=True))
    assert {k: v for k, v in summary.counts.items() if v and k != "total"} == dict(everyone)
