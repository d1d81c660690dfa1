"""How far the reminders an officer started have got, read from the task worker's results.

Only results of the compliance task asked for are shown: an id of any other task (a confidant's,
say) is "not found", so the progress page never becomes a window onto other modules' work."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist, TaskResultMismatch

from .tasks import reminders_send_task


@dataclass(frozen=True)
class Progress:
    state: str  # "waiting", "running", "done" or "failed"
    message: str

    @property
    def finished(self) -> bool:
        return self.state in {"done", "failed"}

    def as_dict(self) -> dict:
        return {"state": self.state, "finished": self.finished, "message": self.message}


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
    """The state of one run of the reminders task, or None when there is no such run (or
    the backend keeps no results: then every run finished inside its request)."""
    if not reminders_send_task.get_backend().supports_get_result:
        return None
    try:
        result = reminders_send_task.get_result(result_id)
    except (TaskResultDoesNotExist, TaskResultMismatch):
        return None
    if result.status == TaskResultStatus.SUCCESSFUL:
        return Progress("done", reminders_outcome(result.return_value))
    if result.status == TaskResultStatus.FAILED:
        return Progress("failed", reminders_failed())
    if result.status == TaskResultStatus.RUNNING:
        return Progress("running", _("The reminders are being sent."))
    return Progress("waiting", _("The reminders are waiting for the task worker to start."))
