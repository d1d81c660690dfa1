"""Reminders: each reminder reaches the right person once, in their language, and never twice,
however often the daily task runs."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from compliance.factories import completion_at
from compliance.models import Assignment, ReminderSent
from compliance.reminders import DIGEST_WEEKDAY, OVERDUE_AGAIN_DAYS, reminders_send
from courses.models import CoursePage
from people.factories import DepartmentFactory, EmployeeProfileFactory, UserFactory

MONDAY = datetime.date(2026, 6, 15)
TUESDAY = MONDAY + datetime.timedelta(days=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def course(demo):
    return CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")


@pytest.fixture
def department(demo):
    # The demo's own assignment reminds the demo people; these tests look at their own.
    Assignment.objects.update(active=False)
    return DepartmentFactory()


def assign(course, department, **fields) -> Assignment:
    defaults = {"starts_on": datetime.date(2026, 1, 1), "due_rule": "fixed"}
    assignment = Assignment.objects.create(
        course=course, audience=Assignment.Audience.DEPARTMENTS, **{**defaults, **fields}
    )
    assignment.departments.add(department)
    assignment.save()  # a parental many-to-many is stored on save
    return assignment


def local_noon(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def sent_to(user) -> list:
    return [message for message in mail.outbox if message.to == [user.email]]


def test_due_soon_overdue_and_expiring_are_each_sent_once(course, department):
    due_soon = EmployeeProfileFactory(department=department, hire_date=TUESDAY - 20 * DAY)
    overdue = EmployeeProfileFactory(department=department, hire_date=TUESDAY - 40 * DAY)
    expiring = EmployeeProfileFactory(department=department, hire_date=TUESDAY - 400 * DAY)
    assign(course, department, due_rule="after-hire", due_days=30, recertify_months=12)
    completion_at(
        user=expiring.user,
        course=course,
        completed_at=datetime.datetime(2025, 7, 1, 10, tzinfo=datetime.UTC),
    )

    report = reminders_send(today=TUESDAY)

    assert report.counts == {"due-soon": 1, "overdue": 1, "expiring": 1, "manager-digest": 0}
    assert len(sent_to(due_soon.user)) == len(sent_to(overdue.user)) == 1
    assert "1 juli 2026" in sent_to(expiring.user)[0].subject  # valid until
    assert ReminderSent.objects.filter(period=TUESDAY + 10 * DAY, kind="due-soon").count() == 1

    again = reminders_send(today=TUESDAY)
    reminders_send(today=TUESDAY + DAY)

    assert sum(again.counts.values()) == 0
    assert len(mail.outbox) == 3
    assert ReminderSent.objects.filter(user__profile__department=department).count() == 3


def test_overdue_is_followed_up_once_after_two_weeks(course, department):
    person = EmployeeProfileFactory(department=department)
    due = TUESDAY - DAY
    assign(course, department, due_on=due)

    reminders_send(today=TUESDAY)
    # The follow-up counts from when the first reminder was really sent: say, that Tuesday.
    ReminderSent.objects.filter(user=person.user).update(sent_at=local_noon(TUESDAY))
    for offset in range(0, 40):
        reminders_send(today=TUESDAY + offset * DAY)

    subjects = [message.subject for message in sent_to(person.user)]
    assert len(subjects) == 2 and subjects[1].startswith("Nog steeds open")  # a Dutch employee
    follow_up = ReminderSent.objects.get(user=person.user, period=due + OVERDUE_AGAIN_DAYS * DAY)
    assert follow_up.kind == "overdue"


def test_a_new_deadline_reminds_again(course, department):
    person = EmployeeProfileFactory(department=department)
    assignment = assign(course, department, due_on=TUESDAY + 5 * DAY, recertify_months=12)
    reminders_send(today=TUESDAY)
    assignment.due_on = TUESDAY + 12 * DAY  # the officer extends the deadline
    assignment.save()
    reminders_send(today=TUESDAY + DAY)
    assert len(sent_to(person.user)) == 2

    # Completed, then a year later the recertification: expiring again, twice, once each.
    completion_at(
        user=person.user,
        course=course,
        completed_at=datetime.datetime(2026, 6, 20, 10, tzinfo=datetime.UTC),
    )
    for year in (2027, 2028):
        reminders_send(today=datetime.date(year, 6, 1))
        reminders_send(today=datetime.date(year, 6, 2))
        completion_at(
            user=person.user,
            course=course,
            completed_at=datetime.datetime(year, 6, 10, 10, tzinfo=datetime.UTC),
        )
    expiring = ReminderSent.objects.filter(user=person.user, kind="expiring")
    assert sorted(expiring.values_list("period", flat=True)) == [
        datetime.date(2027, 6, 20),
        datetime.date(2028, 6, 10),
    ]
    assert len(sent_to(person.user)) == 4


def test_paused_assignments_and_inactive_people_get_nothing(course, department):
    assignment = assign(course, department, due_on=TUESDAY - DAY)
    EmployeeProfileFactory(department=department, active=False)
    EmployeeProfileFactory(department=department, user=UserFactory(is_active=False))
    EmployeeProfileFactory(department=department, user=UserFactory(email=""))
    reminders_send(today=TUESDAY)
    assert mail.outbox == []

    person = EmployeeProfileFactory(department=department, manager=UserFactory())
    assignment.reminders_paused = True
    assignment.save()
    reminders_send(today=MONDAY + 7 * DAY)
    assert mail.outbox == []
    assert not ReminderSent.objects.filter(user__in=[person.user, person.manager]).exists()


def test_each_person_reads_their_own_language(course, department):
    vi = EmployeeProfileFactory(department=department, preferred_language="vi")
    nl = EmployeeProfileFactory(department=department, preferred_language="nl")
    en = EmployeeProfileFactory(department=department, preferred_language="")
    assign(course, department, due_on=datetime.date(2026, 6, 20))

    reminders_send(today=TUESDAY)

    vi_title = CoursePage.objects.get(
        translation_key=course.translation_key, locale__language_code="vi"
    ).title
    message = sent_to(vi.user)[0]
    assert "tháng 6" in message.subject and vi_title in message.subject
    assert "http://testserver/vi/" in message.body
    assert "20 juni 2026" in sent_to(nl.user)[0].subject
    assert course.title in sent_to(nl.user)[0].subject
    assert "20 juni 2026" in sent_to(en.user)[0].subject  # no choice: the site's language


def test_managers_get_one_digest_a_week_on_the_digest_day(course, department):
    assert MONDAY.weekday() == DIGEST_WEEKDAY
    manager = UserFactory(first_name="Mira")
    late = [
        EmployeeProfileFactory(department=department, manager=manager, user__last_name=name)
        for name in ("Aalders", "Bakker")
    ]
    EmployeeProfileFactory(department=department)  # someone else's report
    assign(course, department, due_on=TUESDAY - 10 * DAY)

    reminders_send(today=TUESDAY)
    assert sent_to(manager) == []

    for day in (MONDAY + 7 * DAY, MONDAY + 7 * DAY, MONDAY + 8 * DAY):
        reminders_send(today=day)
    digests = sent_to(manager)
    assert len(digests) == 1
    for profile in late:
        assert profile.user.last_name in digests[0].body
    assert "6 juni 2026" in digests[0].body

    reminders_send(today=MONDAY + 14 * DAY)
    assert len(sent_to(manager)) == 2
    assert ReminderSent.objects.filter(user=manager, assignment=None).count() == 2


def _queries(course, employees: int) -> int:
    department = DepartmentFactory()
    for _ in range(employees):
        EmployeeProfileFactory(department=department, manager=UserFactory())
    assign(course, department, due_on=MONDAY - DAY)
    with CaptureQueriesContext(connection) as queries:
        report = reminders_send(today=MONDAY)
    Assignment.objects.update(active=False)
    assert report.counts["overdue"] == report.counts["manager-digest"] == employees
    inserts = ("INSERT INTO", "SAVEPOINT", "RELEASE SAVEPOINT")
    return sum(1 for query in queries if not query["sql"].startswith(inserts))


def test_the_query_count_does_not_grow_with_the_number_of_employees(course, department):
    few = _queries(course, 5)
    many = _queries(course, 40)
    assert many <= few


def test_the_command_dry_run_sends_and_records_nothing(course, department):
    person = EmployeeProfileFactory(department=department)
    assign(course, department, due_on=TUESDAY + 3 * DAY)

    out = io.StringIO()
    call_command("send_reminders", "--date", TUESDAY.isoformat(), "--dry-run", stdout=out)
    assert mail.outbox == [] and not ReminderSent.objects.exists()
    assert f"would send due-soon → {person.user.email}" in out.getvalue()
    assert "due-soon: 1" in out.getvalue()

    out = io.StringIO()
    call_command("send_reminders", "--date", TUESDAY.isoformat(), stdout=out)
    assert "due-soon: 1" in out.getvalue() and "overdue: 0" in out.getvalue()
    assert len(mail.outbox) == 1
