"""Scheduled work of the confidant module, as django-tasks tasks. Run daily by
`manage.py confidant_housekeeping` and hourly by `manage.py confidant_notices`, from cron or a
systemd timer (README), or enqueued from
anywhere with `.enqueue()`; the TASKS backend decides whether it runs now or in a worker."""

from django_tasks import task

from .notices import notices_send
from .services import cases_purge, reminders_send


@task()
def confidant_reminders_task() -> int:
    """Deadline reminders (content-free e-mails); idempotent."""
    return reminders_send()


@task()
def closed_cases_purge_task() -> int:
    """Delete cases closed longer ago than CONFIDANT_RETENTION_MONTHS."""
    return cases_purge()


@task()
def confidant_notices_task() -> int:
    """The hourly batch of "your inbox needs attention" e-mails; idempotent."""
    return notices_send()
