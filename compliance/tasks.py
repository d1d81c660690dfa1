"""Scheduled work of the compliance module, as django-tasks tasks. Run by `manage.py
send_reminders` (daily) and `manage.py publish_chain_head` (weekly) from cron or a systemd timer
(README), or enqueued from anywhere with `.enqueue()`; the TASKS backend decides whether it runs
now or in a worker."""

import datetime

from django_tasks import task

from .audit_pack_jobs import audit_pack_build
from .chain_head import chain_head_publish
from .reminders import reminders_send


@task()
def reminders_send_task(today: str | None = None) -> dict[str, int]:
    """Assignment reminders and the weekly manager digest; idempotent. `today` is an ISO date
    (tasks take JSON arguments); returns the number of e-mails per kind, and failures."""
    day = datetime.date.fromisoformat(today) if today else None
    return reminders_send(today=day).as_dict()


@task()
def chain_head_publish_task() -> dict[str, int]:
    """The completion chain head, e-mailed to every compliance officer (weekly, say); returns
    the number of e-mails sent and failed."""
    return chain_head_publish()


@task()
def audit_pack_task(user_id: int, filters: dict, language: str) -> dict:
    """The audit pack for one officer (compliance/audit_pack_jobs.py); returns where the ZIP is
    kept, or that the filter covers too many certificates."""
    return audit_pack_build(user_id=user_id, filters=filters, language=language)
