"""Reminder e-mails about assignments, sent once a day by a scheduled task (compliance/tasks.py).

Rules, for every active assignment whose reminders are not paused, and every active employee
in its audience with an e-mail address (statuses as in compliance/status.py):
- due soon (due within DUE_SOON_DAYS): one reminder per due date;
- overdue (past the due date), or expired (a recertification or certificate that lapsed, its
  deadline being the last valid day): one reminder when it happens, and one follow-up when
  still open OVERDUE_AGAIN_DAYS after that first reminder; never more for that deadline;
- expiring (completed, valid until within EXPIRING_DAYS): one reminder per valid-until date;
- every DIGEST_WEEKDAY, each active manager with at least one direct report overdue or expired
  gets one list of them (one e-mail per manager per week, over all assignments).
A ReminderSent row names each reminder by its deadline (`period`), so running again sends
nothing twice, while a new deadline (a changed due date, the next recertification) reminds
again. The row is written in the same transaction as the e-mail is handed to the mail server:
a failed send leaves no row and is tried again on the next run."""

import datetime
import logging
import smtplib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import Assignment, ReminderSent
from .reminder_messages import course_links, digest_message, recipient_language, reminder_message
from .selectors import assignments_active
from .status import Standing, Status, expiring_q, standing, with_status

logger = logging.getLogger(__name__)

DIGEST_WEEKDAY = 0  # Monday, as in datetime.date.weekday()
OVERDUE_AGAIN_DAYS = 14

Kind = ReminderSent.Kind
_LATE = [Status.OVERDUE, Status.EXPIRED]


@dataclass
class ReminderReport:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(Kind.values, 0))
    failed: int = 0
    planned: list[str] = field(default_factory=list)  # dry run: who would get what

    def as_dict(self) -> dict[str, int]:
        return {**self.counts, "failed": self.failed}


@dataclass(frozen=True)
class _Reminder:
    assignment: Assignment | None
    user: object
    kind: str
    period: datetime.date
    subject: str
    body: str


def reminders_send(*, today: datetime.date | None = None, dry_run: bool = False) -> ReminderReport:
    """Send the reminders due today (see the module docstring for the rules). A dry run sends
    and records nothing and lists what would be sent. Costs a fixed number of queries per
    assignment, plus one insert per e-mail."""
    today = today or timezone.localdate()
    report = ReminderReport()
    digest_day = today.weekday() == DIGEST_WEEKDAY
    late_reports: dict[int, list] = defaultdict(list)
    for assignment in assignments_active().filter(reminders_paused=False):
        links = course_links(course=assignment.course)
        for reminder in _employee_reminders(assignment, today, links):
            _deliver(reminder, report=report, dry_run=dry_run)
        if digest_day:
            _late_reports_collect(assignment, today, links, into=late_reports)
    for reminder in _digests(late_reports, today):
        _deliver(reminder, report=report, dry_run=dry_run)
    return report


def _due(
    row_standing: Standing, user_id: int, sent: dict, today: datetime.date
) -> tuple[str, datetime.date, str, datetime.date] | None:
    """(kind, period, text variant, date to mention) of the reminder owed, if any."""
    status = row_standing.status
    if status == Status.DUE_SOON:
        due = (Kind.DUE_SOON, row_standing.due, "due-soon", row_standing.due)
    elif status == Status.COMPLETED:  # rows are filtered to the expiring ones
        due = (Kind.EXPIRING, row_standing.valid_until, "expiring", row_standing.valid_until)
    else:
        deadline = row_standing.due
        variant = "expired" if status == Status.EXPIRED else "overdue"
        first = sent.get((user_id, Kind.OVERDUE, deadline))
        if first is None:
            due = (Kind.OVERDUE, deadline, variant, deadline)
        elif timezone.localdate(first) + datetime.timedelta(days=OVERDUE_AGAIN_DAYS) <= today:
            again = deadline + datetime.timedelta(days=OVERDUE_AGAIN_DAYS)
            variant = "expired" if status == Status.EXPIRED else "overdue-again"
            due = (Kind.OVERDUE, again, variant, deadline)
        else:
            return None
    return None if (user_id, due[0], due[1]) in sent else due


def _employee_reminders(
    assignment: Assignment, today: datetime.date, links: dict
) -> Iterator[_Reminder]:
    sent = {
        (user_id, kind, period): at
        for user_id, kind, period, at in ReminderSent.objects.filter(
            assignment=assignment, kind__in=[Kind.DUE_SOON, Kind.OVERDUE, Kind.EXPIRING]
        ).values_list("user_id", "kind", "period", "sent_at")
    }
    rows = (
        with_status(assignment, today)
        .filter(
            Q(status__in=[Status.DUE_SOON, *_LATE]) | expiring_q(assignment, today),
            user__email__gt="",
        )
        .select_related("user")
        .order_by("pk")
    )
    for row in rows.iterator(chunk_size=1000):
        due = _due(standing(assignment, row, today), row.user_id, sent, today)
        if due is None:
            continue
        kind, period, variant, day = due
        subject, body = reminder_message(
            variant=variant,
            first_name=row.user.first_name,
            links=links,
            day=day,
            language=recipient_language(row.preferred_language),
        )
        yield _Reminder(assignment, row.user, kind, period, subject, body)


def _late_reports_collect(
    assignment: Assignment, today: datetime.date, links: dict, *, into: dict
) -> None:
    rows = (
        with_status(assignment, today)
        .filter(status__in=_LATE, manager__isnull=False)
        .select_related("user")
    )
    for row in rows.iterator(chunk_size=1000):
        person = row.user.get_full_name() or row.user.email
        into[row.manager_id].append((person, links, standing(assignment, row, today).due))


def _digests(late_reports: dict[int, list], today: datetime.date) -> Iterator[_Reminder]:
    """One e-mail per manager for this week; `period` is the digest day, so once a week."""
    if not late_reports:
        return
    done = set(
        ReminderSent.objects.filter(
            assignment=None, kind=Kind.MANAGER_DIGEST, period=today
        ).values_list("user_id", flat=True)
    )
    managers = (
        get_user_model()
        .objects.filter(pk__in=late_reports.keys(), is_active=True, email__gt="")
        .exclude(profile__active=False)
        .select_related("profile")
        .order_by("pk")
    )
    for manager in managers:
        if manager.pk in done:
            continue
        profile = getattr(manager, "profile", None)
        entries = sorted(late_reports[manager.pk], key=lambda entry: (entry[0], entry[2]))
        subject, body = digest_message(
            first_name=manager.first_name,
            entries=entries,
            language=recipient_language(profile.preferred_language if profile else None),
        )
        yield _Reminder(None, manager, Kind.MANAGER_DIGEST, today, subject, body)


def _deliver(reminder: _Reminder, *, report: ReminderReport, dry_run: bool) -> None:
    if dry_run:
        report.counts[reminder.kind] += 1
        report.planned.append(f"{reminder.kind} → {reminder.user.email}: {reminder.subject}")
        return
    try:
        with transaction.atomic():
            ReminderSent.objects.create(
                assignment=reminder.assignment,
                user=reminder.user,
                kind=reminder.kind,
                period=reminder.period,
            )
            send_mail(reminder.subject, reminder.body, None, [reminder.user.email])
    except IntegrityError:
        return  # a concurrent run sent it
    except (smtplib.SMTPException, OSError):
        logger.exception("Reminder %s to user %s not sent", reminder.kind, reminder.user.pk)
        report.failed += 1
        return
    report.counts[reminder.kind] += 1
