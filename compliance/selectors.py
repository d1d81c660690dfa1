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
from .status import (
    Status,
    expiring_q,
    is_expiring,
    local_midnight,
    standing,
    status_of,
    with_status,
)

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
        # The department tree is small (hundreds): read it once, walk it in memory.
        self.department_names: dict = {}
        self._children: dict = {}
        for pk, parent_id, name in Department.objects.values_list("pk", "parent_id", "name"):
            self.department_names[pk] = name
            self._children.setdefault(parent_id, []).append(pk)
        profiles = EmployeeProfile.objects.filter(active=True, user__is_active=True)
        if filters.department_id:
            profiles = profiles.filter(department_id__in=self.below([filters.department_id]))
        self.profiles = list(profiles.values_list("user_id", "department_id", "hire_date"))
        self._courses: dict = {}
        self._groups: dict = {}

    def below(self, department_ids) -> set[int]:
        """The departments and all their sub-departments."""
        found, level = set(), [pk for pk in department_ids if pk in self.department_names]
        while level:
            found.update(level)
            level = [c for pk in level for c in self._children.get(pk, ()) if c not in found]
        return found

    def course(self, key) -> tuple[dict, set]:
        """{user id: (latest completed_at, its local date, its valid_until)}, {user ids who
        started}."""
        if key not in self._courses:
            latest = {}
            records = CompletionRecord.objects.filter(course_key=key).order_by("completed_at", "pk")
            for user_id, done, until in records.values_list(
                "user_id", "completed_at", "valid_until"
            ):
                latest[user_id] = (done, until)
            latest = {
                user_id: (done, timezone.localdate(done), until)
                for user_id, (done, until) in latest.items()
            }
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
            ids = self.below([department.pk for department in assignment.departments.all()])
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
    # Many employees share the inputs that decide a status: with a completion only its local
    # date and validity matter; without one, the hire date (unless the due date is fixed) and
    # whether they started. Each combination is decided once.
    uses_hire = assignment.due_rule != Assignment.DueRule.FIXED
    decided: dict = {}
    for user_id, department_id, hire_date in population.members(assignment):
        record = latest.get(user_id)
        if record is None:
            key = (hire_date if uses_hire else None, None, None, user_id in started)
        else:
            key = (None, record[1], record[2], False)
        result = decided.get(key)
        if result is None:
            standing = status_of(
                assignment,
                today=today,
                hire_date=key[0],
                last_done=local_midnight(key[1]) if key[1] else None,
                last_valid_until=key[2],
                started=key[3],
            )
            result = decided[key] = (standing.status, is_expiring(standing, today))
        counts = per_department.get(department_id)
        if counts is None:
            counts = per_department[department_id] = dict.fromkeys([*Status.ORDER, "total"], 0)
        counts[result[0]] += 1
        counts["total"] += 1
        expiring += result[1]
    names = population.department_names
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
