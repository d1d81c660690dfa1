"""Exports for compliance officers, with the dashboard's filters (compliance/exports.py and
compliance/audit_pack.py build them). Every export is logged before its data is sent; a filter
that is not valid gets a 400 and no export."""

import tempfile

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_tasks import TaskResultStatus

from .. import exports
from ..access import compliance_officer_required
from ..forms import FilterForm
from ..progress import audit_pack_failed, audit_pack_too_large
from ..selectors import Filters
from ..status import today_local
from ..tasks import audit_pack_task
from .progress import audit_pack_file


def _bad_request(message: str) -> HttpResponse:
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


def _filters(request) -> tuple[Filters | None, HttpResponse | None]:
    form = FilterForm(request.GET or None)
    if not form.is_bound:
        return Filters(), None
    if form.is_valid():
        return form.filters(), None
    problems = "; ".join(
        f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()
    )
    message = _(
        "No export was made because the filter is not valid (%(problems)s). "
        "Choose the filter again on the dashboard."
    )
    return None, _bad_request(message % {"problems": problems})


def _rows(filters: Filters):
    """The export rows for these filters, in the officer's language, read as they are sent."""
    return exports.export_rows(
        assignments=exports.export_assignments(filters=filters),
        filters=filters,
        today=today_local(),
        language=translation.get_language(),
    )


def _filename(stem: str, extension: str) -> str:
    return f"{stem}-{today_local():%Y-%m-%d}.{extension}"


@require_GET
@compliance_officer_required
def export_csv(request):
    """One row per employee per assignment, streamed as it is read."""
    filters, error = _filters(request)
    if error:
        return error
    rows = _rows(filters)
    chunks = exports.csv_chunks(
        rows, header=exports.export_header(), labels=exports.status_labels()
    )
    exports.export_log_add(user=request.user, kind=exports.Kind.CSV, filters=filters, rows=None)
    response = StreamingHttpResponse(chunks, content_type="text/csv; charset=utf-8")
    filename = _filename("completions", "csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@compliance_officer_required
def export_xlsx(request):
    """The CSV's rows as a workbook, built on disk and sent from there."""
    filters, error = _filters(request)
    if error:
        return error
    rows = _rows(filters)
    file = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    count = exports.xlsx_write(
        rows, header=exports.export_header(), labels=exports.status_labels(), file=file
    )
    file.seek(0)
    exports.export_log_add(user=request.user, kind=exports.Kind.XLSX, filters=filters, rows=count)
    return FileResponse(
        file,
        as_attachment=True,
        filename=_filename("completions", "xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@require_GET
@compliance_officer_required
def export_pdf(request):
    """A summary per assignment: counts per status and per department."""
    filters, error = _filters(request)
    if error:
        return error
    assignments = exports.export_assignments(filters=filters)
    pdf, count = exports.summary_pdf(
        assignments=assignments, filters=filters, today=today_local(), user=request.user
    )
    exports.export_log_add(user=request.user, kind=exports.Kind.PDF, filters=filters, rows=count)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = _filename("compliance-summary", "pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@compliance_officer_required
def export_audit_pack(request):
    """The CSV, the records behind it, their certificates and a manifest, in one ZIP that an
    auditor can check offline (see compliance/audit_pack.py). Made by the task worker: the
    officer waits on its progress page; without a worker (tests) the pack is sent at once."""
    filters, error = _filters(request)
    if error:
        return error
    result = audit_pack_task.enqueue(
        user_id=request.user.pk, filters=filters.as_dict(), language=translation.get_language()
    )
    if not result.is_finished:
        return redirect("compliance:audit_pack_progress", result_id=result.id)
    if result.status == TaskResultStatus.FAILED:
        return HttpResponse(audit_pack_failed(), status=500, content_type="text/plain")
    if "too_large" in result.return_value:
        return _bad_request(audit_pack_too_large(result.return_value))
    return audit_pack_file(result.return_value)
