"""How far the slow work an officer started has got, read from the task worker's results.

Only results of the compliance task asked for are shown: an id of any other task (a confidant's,
say) is "not found", so the progress page never becomes a window onto other modules' work. An
audit pack's progress and file are its own officer's only."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import TaskResult, TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist, TaskResultMismatch

from people.l10n import number_format

from .tasks import audit_pack_task, reminders_send_task


@dataclass(frozen=True)
class Progress:
    state: str  # "waiting", "running", "done" or "failed"
    message: str
    download: bool = False

    @property
    def finished(self) -> bool:
        return self.state in {"done", "failed"}

    def as_dict(self) -> dict:
        return {"state": self.state, "finished": self.finished, "message": self.message}


def task_result(task, result_id: str) -> TaskResult | None:
    """That task's result, or None when there is none (or the backend keeps no results: then
    every run finished inside its request)."""
    if not task.get_backend().supports_get_result:
        return None
    try:
        return task.get_result(result_id)
    except (TaskResultDoesNotExist, TaskResultMismatch):
        return None


def reminders_outcome(counts: dict[str, int]) -> str:
    """What the officer reads once the reminders went out: how many were sent."""
    sent = sum(n for kind, n in counts.items() if kind != "failed")
    return ngettext(
        "%(count)s reminder sent (only what was due and not sent before).",
        "%(count)s reminders sent (only what was due and not sent before).",
        sent,
    ) % {"count": sent}


def reminders_failed() -> str:
    return _("Sending the reminders failed; nothing was marked as sent.")


def reminders_progress(*, result_id: str) -> Progress | None:
    """The state of one run of the reminders task, or None when there is no such run."""
    result = task_result(reminders_send_task, result_id)
    if result is None:
        return None
    if result.status == TaskResultStatus.SUCCESSFUL:
        return Progress("done", reminders_outcome(result.return_value))
    if result.status == TaskResultStatus.FAILED:
        return Progress("failed", reminders_failed())
    if result.status == TaskResultStatus.RUNNING:
        return Progress("running", _("The reminders are being sent."))
    return Progress("waiting", _("The reminders are waiting for the task worker to start."))


def audit_pack_too_large(outcome: dict) -> str:
    message = _(
        "No audit pack was made: this filter covers %(count)s certificates and a pack holds "
        "at most %(limit)s. Choose one assignment or a smaller department and make several "
        "packs."
    )
    limit = number_format(outcome["limit"])
    return message % {"count": number_format(outcome["too_large"]), "limit": limit}


def audit_pack_failed() -> str:
    return _("The audit pack could not be made. Try again later or ask the administrator.")


def audit_pack_result(*, result_id: str, user) -> TaskResult | None:
    """The run of the audit pack task with this id, if this officer started it."""
    result = task_result(audit_pack_task, result_id)
    if result is None or result.kwargs.get("user_id") != user.pk:
        return None
    return result


def audit_pack_progress(*, result_id: str, user) -> Progress | None:
    result = audit_pack_result(result_id=result_id, user=user)
    if result is None:
        return None
    if result.status == TaskResultStatus.SUCCESSFUL:
        if "too_large" in result.return_value:
            return Progress("failed", audit_pack_too_large(result.return_value))
        return Progress("done", _("The audit pack is ready."), download=True)
    if result.status == TaskResultStatus.FAILED:
        return Progress("failed", audit_pack_failed())
    if result.status == TaskResultStatus.RUNNING:
        return Progress("running", _("The audit pack is being made (certificates take a while)."))
    return Progress("waiting", _("The audit pack is waiting for the task worker to start."))
