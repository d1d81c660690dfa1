"""Progress of the slow work an officer starts (compliance officers only): a page that keeps
its place across reloads, keyed by the task result's id, and the JSON its script polls."""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..access import compliance_officer_required
from ..progress import reminders_progress

POLL_SECONDS = 2


def _progress(result_id: str):
    progress = reminders_progress(result_id=result_id)
    if progress is None:
        raise Http404
    return progress


@require_GET
@compliance_officer_required
def reminders_progress_page(request, result_id: str):
    """Waiting, running, or the outcome; without JavaScript the page refreshes itself."""
    progress = _progress(result_id)
    return render(
        request,
        "compliance/task_progress.html",
        {"progress": progress, "result_id": result_id, "poll_seconds": POLL_SECONDS},
    )


@require_GET
@compliance_officer_required
def reminders_progress_json(request, result_id: str):
    return JsonResponse(_progress(result_id).as_dict())
