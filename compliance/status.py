"""Where each employee stands on an assignment, decided in one place, in two forms that must
agree (a test compares them): `status_of` for one employee in Python, and `with_status` as SQL
annotations so that a dashboard over 50,000 employees costs a handful of queries.

Rules (dates are local dates in settings.TIME_ZONE; completions are stored in UTC):
- completed: the latest completion is still valid: for `recertify_months`, until that many
  months after the completion date; otherwise until the record's own `valid_until` (or forever);
- expired: there is a completion, but it is no longer valid;
- otherwise, by the due date: overdue (the day after the due date), due soon (within 14 days),
  in progress (a course attempt exists), not started.
Due dates: a fixed date; N days after the assignment or after the hire date, whichever is later
("after assignment"); or N days after the hire date (the assignment date without one).
"""

import datetime
from dataclasses import dataclass

from django.db.models import (
    Case,
    CharField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CompletionRecord, CourseAttempt
from courses.services import add_months
from people.models import EmployeeProfile
from people.selectors import department_descendant_ids

from .models import Assignment

DUE_SOON_DAYS = 14
EXPIRING_DAYS = 30


class Status:
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DUE_SOON = "due-soon"
    OVERDUE = "overdue"
    COMPLETED = "completed"
    EXPIRED = "expired"

    ORDER = [OVERDUE, EXPIRED, DUE_SOON, IN_PROGRESS, NOT_STARTED, COMPLETED]
    LABELS = {
        NOT_STARTED: _("Not started"),
        IN_PROGRESS: _("In progress"),
        DUE_SOON: _("Due soon"),
        OVERDUE: _("Overdue"),
        COMPLETED: _("Completed"),
        EXPIRED: _("Expired"),
    }


def today_local() -> datetime.date:
    return timezone.localdate()


def local_midnight(day: datetime.date) -> datetime.datetime:
    """The first instant of `day` in the site's time zone, as an aware datetime."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def audience(assignment: Assignment) -> QuerySet:
    """Active employees the assignment applies to, evaluated now (new hires and moves count
    at once). Sub-departments are included."""
    profiles = EmployeeProfile.objects.filter(active=True, user__is_active=True)
    if assignment.audience == Assignment.Audience.DEPARTMENTS:
        ids: set[int] = set()
        for department in assignment.departments.all():
            ids |= department_descendant_ids(department=department)
        profiles = profiles.filter(department_id__in=ids)
    elif assignment.audience == Assignment.Audience.GROUPS:
        groups = list(assignment.groups.values_list("pk", flat=True))
        member = EmployeeProfile.objects.filter(pk=OuterRef("pk"), user__groups__in=groups)
        profiles = profiles.filter(Exists(member))
    elif assignment.audience == Assignment.Audience.NEW_HIRES:
        profiles = profiles.filter(hire_date__gte=assignment.hired_since)
    return profiles


# ---- Python form -------------------------------------------------------------------------


def due_date(assignment: Assignment, hire_date: datetime.date | None) -> datetime.date:
    if assignment.due_rule == Assignment.DueRule.FIXED:
        return assignment.due_on
    days = datetime.timedelta(days=assignment.due_days or 0)
    if assignment.due_rule == Assignment.DueRule.AFTER_HIRE:
        return (hire_date or assignment.starts_on) + days
    return max(assignment.starts_on, hire_date or assignment.starts_on) + days


def valid_until(
    assignment: Assignment, done: datetime.datetime | None, record_valid_until
) -> datetime.date | None:
    """Until when a completion counts (None: for good)."""
    if done is None:
        return None
    if assignment.recertify_months:
        return add_months(timezone.localdate(done), assignment.recertify_months)
    return record_valid_until


@dataclass(frozen=True)
class Standing:
    status: str
    due: datetime.date | None  # the deadline that applies now (None once completed)
    valid_until: datetime.date | None


def status_of(
    assignment: Assignment,
    *,
    today: datetime.date,
    hire_date: datetime.date | None,
    last_done: datetime.datetime | None,
    last_valid_until: datetime.date | None,
    started: bool,
) -> Standing:
    until = valid_until(assignment, last_done, last_valid_until)
    if last_done is not None:
        if until is None or until >= today:
            return Standing(Status.COMPLETED, None, until)
        return Standing(Status.EXPIRED, until, until)
    due = due_date(assignment, hire_date)
    if today > due:
        return Standing(Status.OVERDUE, due, None)
    if (due - today).days <= DUE_SOON_DAYS:
        return Standing(Status.DUE_SOON, due, None)
    return Standing(Status.IN_PROGRESS if started else Status.NOT_STARTED, due, None)


# ---- SQL form ----------------------------------------------------------------------------

_ALWAYS = Q(pk__isnull=False)
_NEVER = Q(pk__isnull=True)


def _constant(value: bool) -> Q:
    return _ALWAYS if value else _NEVER


def _base_before(assignment: Assignment, bound: datetime.date, *, inclusive: bool) -> Q:
    """Rows whose due date minus the allowed days is before `bound` (or on it)."""
    lookup = "hire_date__lte" if inclusive else "hire_date__lt"

    def compare(day: datetime.date) -> bool:
        return day <= bound if inclusive else day < bound

    start = assignment.starts_on
    if assignment.due_rule == Assignment.DueRule.FIXED:
        return _constant(compare(assignment.due_on))
    if assignment.due_rule == Assignment.DueRule.AFTER_HIRE:
        return Q(**{lookup: bound}) | (Q(hire_date__isnull=True) & _constant(compare(start)))
    return _constant(compare(start)) & (Q(hire_date__isnull=True) | Q(**{lookup: bound}))


def _earliest_still_valid(today: datetime.date, months: int) -> datetime.date:
    """The earliest completion date d with add_months(d, months) >= today."""
    day = add_months(today, -months) - datetime.timedelta(days=4)
    while add_months(day, months) < today:
        day += datetime.timedelta(days=1)
    return day


def with_status(assignment: Assignment, today: datetime.date, profiles=None) -> QuerySet:
    """`profiles` (default: the audience) annotated with last_done, last_valid_until, started
    and status, all computed by the database."""
    profiles = audience(assignment) if profiles is None else profiles
    key = assignment.course_key
    latest = CompletionRecord.objects.filter(user=OuterRef("user_id"), course_key=key).order_by(
        "-completed_at", "-pk"
    )
    if assignment.recertify_months:
        cutoff = local_midnight(_earliest_still_valid(today, assignment.recertify_months))
        valid = Q(last_done__gte=cutoff)
    else:
        valid = Q(last_valid_until__isnull=True) | Q(last_valid_until__gte=today)
    days = datetime.timedelta(days=assignment.due_days or 0)
    due_offset = datetime.timedelta(0) if assignment.due_rule == Assignment.DueRule.FIXED else days
    overdue = _base_before(assignment, today - due_offset, inclusive=False)
    due_soon = _base_before(
        assignment, today + datetime.timedelta(days=DUE_SOON_DAYS) - due_offset, inclusive=True
    )
    return profiles.annotate(
        last_done=Subquery(latest.values("completed_at")[:1]),
        last_valid_until=Subquery(latest.values("valid_until")[:1]),
        started=Exists(CourseAttempt.objects.filter(user=OuterRef("user_id"), course_key=key)),
    ).annotate(
        status=Case(
            When(Q(last_done__isnull=False) & valid, then=Value(Status.COMPLETED)),
            When(last_done__isnull=False, then=Value(Status.EXPIRED)),
            When(overdue, then=Value(Status.OVERDUE)),
            When(due_soon, then=Value(Status.DUE_SOON)),
            When(started=True, then=Value(Status.IN_PROGRESS)),
            default=Value(Status.NOT_STARTED),
            output_field=CharField(),
        )
    )


def expiring_q(assignment: Assignment, today: datetime.date) -> Q:
    """Completed rows whose validity ends within EXPIRING_DAYS (use on `with_status` rows)."""
    limit = today + datetime.timedelta(days=EXPIRING_DAYS)
    if assignment.recertify_months:
        first_after = local_midnight(
            _earliest_still_valid(limit + datetime.timedelta(days=1), assignment.recertify_months)
        )
        return Q(status=Status.COMPLETED, last_done__lt=first_after)
    return Q(status=Status.COMPLETED, last_valid_until__lte=limit)


def is_expiring(standing: Standing, today: datetime.date) -> bool:
    """Completed, with a validity that ends within EXPIRING_DAYS (the Python form of
    `expiring_q`)."""
    return (
        standing.status == Status.COMPLETED
        and standing.valid_until is not None
        and (standing.valid_until - today).days <= EXPIRING_DAYS
    )


def standing(assignment: Assignment, row, today: datetime.date) -> Standing:
    """The Python form for a `with_status` row (for due and valid-until dates in lists)."""
    return status_of(
        assignment,
        today=today,
        hire_date=row.hire_date,
        last_done=row.last_done,
        last_valid_until=row.last_valid_until,
        started=row.started,
    )


__all__ = [
    "Status",
    "audience",
    "due_date",
    "expiring_q",
    "is_expiring",
    "standing",
    "status_of",
    "today_local",
    "with_status",
]
