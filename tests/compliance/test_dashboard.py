"""The dashboard counts what the status rules say, in a fixed number of queries, and follows
people as they are hired or move department."""

import datetime
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from compliance.factories import completion_at
from compliance.models import Assignment
from compliance.selectors import Filters, assignment_summary
from compliance.status import Status, with_status
from courses.models import CoursePage
from people.factories import DepartmentFactory, EmployeeProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo):
    return CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")


@pytest.fixture
def officer(demo_officer, client):
    return client


@pytest.fixture
def sales(db):
    top = DepartmentFactory(name="Verkoop")
    return top, DepartmentFactory(name="Verkoop Noord", parent=top)


def assignment_for(course, departments, **fields) -> Assignment:
    assignment = Assignment.objects.create(
        course=course,
        audience=Assignment.Audience.DEPARTMENTS,
        starts_on=timezone.localdate() - datetime.timedelta(days=40),
        due_rule=Assignment.DueRule.AFTER_ASSIGNMENT,
        due_days=30,
        **fields,
    )
    assignment.departments.set(departments)
    assignment.save()  # modelcluster writes parental many-to-many fields on save
    return assignment


def test_counts_follow_the_rules_and_include_sub_departments(course, sales):
    top, north = sales
    assignment = assignment_for(course, [top])
    done = [EmployeeProfileFactory(department=north) for _ in range(3)]
    late = [EmployeeProfileFactory(department=top) for _ in range(2)]
    EmployeeProfileFactory()  # another department: not counted
    for profile in done:
        completion_at(user=profile.user, course=course, completed_at=timezone.now())
    summary = assignment_summary(assignment=assignment, today=timezone.localdate())
    assert summary.counts["total"] == 5
    assert summary.counts[Status.COMPLETED] == 3
    assert summary.counts[Status.OVERDUE] == len(late)
    assert {row["department__name"]: row["total"] for row in summary.by_department} == {
        "Verkoop": 2,
        "Verkoop Noord": 3,
    }
    in_sql = Counter(with_status(assignment, timezone.localdate()).values_list("status", flat=True))
    assert {k: v for k, v in summary.counts.items() if v and k != "total"} == dict(in_sql)


def test_new_hires_and_moves_are_picked_up_at_once(course, sales):
    top, north = sales
    assignment = assignment_for(course, [north])
    mover = EmployeeProfileFactory(department=top)
    today = timezone.localdate()
    assert assignment_summary(assignment=assignment, today=today).counts["total"] == 0
    mover.department = north
    mover.save()
    EmployeeProfileFactory(department=north, hire_date=today)
    summary = assignment_summary(assignment=assignment, today=today)
    assert summary.counts["total"] == 2
    assert summary.counts[Status.OVERDUE] == 1  # the new hire has 30 days from today
    leaver = mover
    leaver.active = False
    leaver.save()
    assert assignment_summary(assignment=assignment, today=today).counts["total"] == 1


def test_dashboard_queries_do_not_grow_with_employees(officer, course, sales):
    top, north = sales
    assignment_for(course, [top])

    def add(employees: int) -> None:
        for index in range(employees):
            profile = EmployeeProfileFactory(department=north if index % 2 else top)
            if index % 3 == 0:
                completion_at(user=profile.user, course=course, completed_at=timezone.now())

    def queries() -> int:
        officer.get(reverse("compliance:dashboard"))
        with CaptureQueriesContext(connection) as captured:
            assert officer.get(reverse("compliance:dashboard")).status_code == 200
        return len(captured)

    add(5)
    few = queries()
    add(60)
    assert queries() == few
    # Sign-in, MFA, header and filters; then per assignment its audience, course and title.
    assert few <= 12 + 6 * Assignment.objects.filter(active=True).count(), few


def test_drill_down_lists_the_employees_behind_a_number(officer, course, sales):
    top, north = sales
    assignment = assignment_for(course, [top])
    late = EmployeeProfileFactory(department=north)
    done = EmployeeProfileFactory(department=north)
    completion_at(user=done.user, course=course, completed_at=timezone.now())
    response = officer.get(
        reverse("compliance:employees"),
        {"assignment": assignment.pk, "department": top.pk, "status": Status.OVERDUE},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert late.user.get_full_name() in page
    assert done.user.get_full_name() not in page


def test_a_bad_filter_gets_a_clear_error(officer):
    response = officer.get(reverse("compliance:dashboard"), {"department": "999999"})
    assert response.status_code == 400
    assert "form-errors" in response.content.decode()


def test_filters_narrow_the_summary(course, sales):
    top, north = sales
    assignment = assignment_for(course, [top])
    EmployeeProfileFactory(department=north)
    EmployeeProfileFactory(department=top)
    summary = assignment_summary(
        assignment=assignment, today=timezone.localdate(), filters=Filters(department_id=north.pk)
    )
    assert summary.counts["total"] == 1


@pytest.mark.parametrize(
    "who", ["medewerker@demo.example", "trainer@demo.example", "beheerder@demo.example"]
)
def test_only_officers_may_send_reminders_now(client, totp_enrol, course, who):
    from compliance.models import ReminderSent

    user = get_user_model().objects.get(email=who)
    totp_enrol(user)
    client.force_login(user)
    assert client.post(reverse("compliance:reminders_now")).status_code == 403
    assert client.get(reverse("compliance:reminders_now")).status_code in {403, 405}
    assert not ReminderSent.objects.exists()


def test_an_officer_sends_due_reminders_once(officer, course, sales, mailoutbox):
    top, _north = sales
    assignment_for(course, [top])  # started 40 days ago, 30 days to complete: overdue
    EmployeeProfileFactory(department=top)
    response = officer.post(reverse("compliance:reminders_now"), follow=True)
    assert response.status_code == 200
    sent = len(mailoutbox)
    assert sent >= 1
    officer.post(reverse("compliance:reminders_now"))
    assert len(mailoutbox) == sent  # nothing twice
