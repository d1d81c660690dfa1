"""Reads for the dashboard, exports and reminders. Every function costs a fixed number of
queries, whatever the number of employees."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone

from courses.models import CompletionRecord, CourseAttempt
from people.models import Department, EmployeeProfile
from people.selectors import department_descendant_ids

from .models import Assignment
from .status import Status, expiring_q, is_expiring, standing, status_of, with_status

User = get_user_model()


@dataclass(frozen=True)
class Filters:
    """What an officer narrowed the view to; also recorded with every export."""

    assignment_id: int | None = None
    department_id: int | None = None
    status: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def assignments_active() -> QuerySet:
    return (
        Assignment.objects.filter(active=True)
        .select_related("course")
        .prefetch_related("departments", "groups")
    )


def assignment_rows(
    *, assignment: Assignment, today: datetime.date, filters: Filters = Filters()
) -> QuerySet:
    """Employees of one assignment with their status, narrowed by department (including its
    sub-departments) and status; ordered by department and name."""
    rows = with_status(assignment, today)
    if filters.department_id:
        department = Department.objects.filter(pk=filters.department_id).first()
        ids = department_descendant_ids(department=department) if department else set()
        rows = rows.filter(department_id__in=ids)
    if filters.status == "expiring":
        rows = rows.filter(expiring_q(assignment, today))
    elif filters.status:
        rows = rows.filter(status=filters.status)
    return rows.select_related("user", "department", "manager").order_by(
        "department__name", "user__last_name", "user__first_name", "pk"
    )


@dataclass
class Summary:
    assignment: Assignment
    counts: dict
    expiring: int
    by_department: list[dict] = field(default_factory=list)

    @property
    def completion_rate(self) -> float:
        total = self.counts["total"]
        return self.counts[Status.COMPLETED] / total if total else 0.0


class Population:
    """Everything the dashboard counts, read once with a fixed number of queries: active
    employees (id, user, department, hire date), and per course the latest completion and who
    started. The status of each employee then comes from `status_of`, the same rule the SQL
    form (`with_status`) is tested against, so the two views can never disagree."""

    def __init__(self, *, filters: Filters = Filters()):
        profiles = EmployeeProfile.objects.filter(active=True, user__is_active=True)
        if filters.department_id:
            department = Department.objects.filter(pk=filters.department_id).first()
            ids = department_descendant_ids(department=department) if department else set()
            profiles = profiles.filter(department_id__in=ids)
        self.profiles = list(profiles.values_list("user_id", "department_id", "hire_date"))
        self._courses: dict = {}
        self._groups: dict = {}

    def course(self, key) -> tuple[dict, set]:
        """{user id: (latest completed_at, its valid_until)}, {user ids who started}."""
        if key not in self._courses:
            latest = {}
            records = CompletionRecord.objects.filter(course_key=key).order_by("completed_at", "pk")
            for user_id, done, until in records.values_list(
                "user_id", "completed_at", "valid_until"
            ):
                latest[user_id] = (done, until)
            started = set(
                CourseAttempt.objects.filter(course_key=key).values_list("user_id", flat=True)
            )
            self._courses[key] = (latest, started)
        return self._courses[key]

    def members(self, assignment: Assignment):
        """The (user id, department id, hire date) rows in the assignment's audience."""
        audience = assignment.audience
        if audience == Assignment.Audience.EVERYONE:
            return self.profiles
        if audience == Assignment.Audience.NEW_HIRES:
            since = assignment.hired_since
            return [row for row in self.profiles if row[2] and row[2] >= since]
        if audience == Assignment.Audience.DEPARTMENTS:
            ids: set[int] = set()
            for department in assignment.departments.all():
                ids |= department_descendant_ids(department=department)
            return [row for row in self.profiles if row[1] in ids]
        groups = tuple(sorted(group.pk for group in assignment.groups.all()))
        if groups not in self._groups:
            through = User.groups.through.objects.filter(group_id__in=groups)
            self._groups[groups] = set(through.values_list("user_id", flat=True))
        users = self._groups[groups]
        return [row for row in self.profiles if row[0] in users]


def assignment_summary(
    *,
    assignment: Assignment,
    today: datetime.date,
    filters: Filters = Filters(),
    population: Population | None = None,
) -> Summary:
    """Counts per status and per department for one assignment."""
    population = population or Population(filters=filters)
    latest, started = population.course(assignment.course_key)
    per_department: dict = {}
    expiring = 0
    for user_id, department_id, hire_date in population.members(assignment):
        done, until = latest.get(user_id, (None, None))
        standing = status_of(
            assignment,
            today=today,
            hire_date=hire_date,
            last_done=done,
            last_valid_until=until,
            started=user_id in started,
        )
        counts = per_department.get(department_id)
        if counts is None:
            counts = per_department[department_id] = dict.fromkeys([*Status.ORDER, "total"], 0)
        counts[standing.status] += 1
        counts["total"] += 1
        expiring += is_expiring(standing, today)
    names = dict(Department.objects.filter(pk__in=per_department).values_list("pk", "name"))
    totals = dict.fromkeys([*Status.ORDER, "total"], 0)
    by_department = []
    for department_id, counts in per_department.items():
        for key, value in counts.items():
            totals[key] += value
        by_department.append(
            {
                "department_id": department_id,
                "department__name": names.get(department_id),
                "rate": counts[Status.COMPLETED] / counts["total"],
                **counts,
            }
        )
    by_department.sort(key=lambda row: (row["department__name"] or "", row["department_id"] or 0))
    return Summary(
        assignment=assignment, counts=totals, expiring=expiring, by_department=by_department
    )


def dashboard(*, today: datetime.date, filters: Filters = Filters()) -> list[Summary]:
    """One summary per active assignment (or the one chosen), from one shared Population."""
    assignments = assignments_active()
    if filters.assignment_id:
        assignments = assignments.filter(pk=filters.assignment_id)
    population = Population(filters=filters)
    return [
        assignment_summary(
            assignment=assignment, today=today, filters=filters, population=population
        )
        for assignment in assignments
    ]


def learner_deadlines(*, user) -> dict:
    """{course translation key: Standing} for the assignments that apply to this user now, for
    "My training". With several assignments for one course, the most urgent one counts."""
    profile = EmployeeProfile.objects.filter(user=user, active=True).first()
    if profile is None or not user.is_active:
        return {}
    today = timezone.localdate()
    rank = {status: index for index, status in enumerate(Status.ORDER)}
    found: dict = {}
    for assignment in assignments_active():
        rows = with_status(assignment, today).filter(pk=profile.pk)
        row = rows.first()
        if row is None:
            continue
        current = standing(assignment, row, today)
        key = assignment.course_key
        if key not in found or rank[current.status] < rank[found[key].status]:
            found[key] = current
    return found
