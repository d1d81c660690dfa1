"""Progress of the slow work an officer starts (compliance officers only): a page that keeps
its place across reloads, keyed by the task result's id, the JSON its script polls, and the
finished audit pack's download."""

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_tasks import TaskResultStatus

from ..access import compliance_officer_required
from ..progress import audit_pack_progress, audit_pack_result, reminders_progress

POLL_SECONDS = 2


def _found(progress):
    if progress is None:
        raise Http404
    return progress


def _page(request, *, progress, title: str, json_url: str, download_url: str = ""):
    """Waiting, running, or the outcome; without JavaScript the page refreshes itself."""
    return render(
        request,
        "compliance/task_progress.html",
        {
            "progress": progress,
            "title": title,
            "json_url": json_url,
            "download_url": download_url if progress.download else "",
            "poll_seconds": POLL_SECONDS,
        },
    )


@require_GET
@compliance_officer_required
def reminders_progress_page(request, result_id: str):
    return _page(
        request,
        progress=_found(reminders_progress(result_id=result_id)),
        title=_("Send due reminders now"),
        json_url=reverse("compliance:reminders_progress_json", args=[result_id]),
    )


@require_GET
@compliance_officer_required
def reminders_progress_json(request, result_id: str):
    return JsonResponse(_found(reminders_progress(result_id=result_id)).as_dict())


@require_GET
@compliance_officer_required
def audit_pack_progress_page(request, result_id: str):
    return _page(
        request,
        progress=_found(audit_pack_progress(result_id=result_id, user=request.user)),
        title=_("Audit pack (ZIP)"),
        json_url=reverse("compliance:audit_pack_progress_json", args=[result_id]),
        download_url=reverse("compliance:audit_pack_download", args=[result_id]),
    )


@require_GET
@compliance_officer_required
def audit_pack_progress_json(request, result_id: str):
    progress = _found(audit_pack_progress(result_id=result_id, user=request.user))
    return JsonResponse(progress.as_dict())


@require_GET
@compliance_officer_required
def audit_pack_download(request, result_id: str):
    """The finished pack, for the officer who asked for it (logged when it was made)."""
    result = _found(audit_pack_result(result_id=result_id, user=request.user))
    if result.status != TaskResultStatus.SUCCESSFUL or "name" not in result.return_value:
        raise Http404
    return audit_pack_file(result.return_value)


def audit_pack_file(outcome: dict) -> FileResponse:
    if not default_storage.exists(outcome["name"]):
        raise Http404  # deleted after compliance.audit_pack_jobs.PACK_KEPT
    return FileResponse(
        default_storage.open(outcome["name"], "rb"),
        as_attachment=True,
        filename=outcome["filename"],
        content_type="application/zip",
    )
