"""Admin upload of the HR employee file: upload → dry-run report → import → result.

The uploaded bytes wait in Django's cache (shared by every host, never in public media) under a
random token bound to the uploader, for 30 minutes; every step checks the permission."""

import secrets
from functools import wraps

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import defaults

from .employee_import import (
    ACTION_LABELS,
    ACTIONS,
    ERROR,
    ImportFileError,
    ImportReport,
    employees_check,
    employees_read,
)
from .forms import EmployeeImportForm
from .services import employees_import

IMPORT_PERMISSION = "people.import_employees"
KEEP_SECONDS = 30 * 60
PAGE_SIZE = 100


def import_permission_required(view):
    """403 for anyone without the permission (Wagtail sends people without admin access at all
    to its login page before this runs)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.has_perm(IMPORT_PERMISSION):
            return defaults.permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return checked


def _key(request, token: str) -> str:
    return f"people:employee-import:{request.user.pk}:{token}"


def _context(**extra) -> dict:
    return {"page_title": _("Import employees"), "header_icon": "upload", **extra}


@import_permission_required
def upload(request):
    form = EmployeeImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        token = secrets.token_urlsafe(24)
        cache.set(_key(request, token), form.cleaned_data["file"], KEEP_SECONDS)
        return redirect("people_import_report", token=token)
    return TemplateResponse(request, "people/admin/import_upload.html", _context(form=form))


@import_permission_required
def report(request, token: str):
    """GET: what importing the file would do. POST: import it (all rows, or the valid ones)."""
    data = cache.get(_key(request, token))
    if data is None:
        messages.error(request, _("The upload has expired: upload the file again."))
        return redirect("people_import_upload")
    try:
        rows = employees_read(data)
    except ImportFileError as error:  # checked at upload; kept for safety
        messages.error(request, str(error))
        return redirect("people_import_upload")
    if request.method == "POST":
        valid_only = request.POST.get("mode") == "valid"
        result = employees_import(rows=rows, valid_only=valid_only, actor=request.user)
        if result.imported:
            cache.delete(_key(request, token))
            return TemplateResponse(
                request,
                "people/admin/import_result.html",
                _context(
                    actions=[(ACTION_LABELS[a], result.counts[a]) for a in ACTIONS if a != ERROR],
                    rejected=result.rejected,
                ),
            )
        messages.error(request, _("Some rows have errors: nothing was imported."))
        return redirect("people_import_report", token=token)
    dry_run = ImportReport(results=employees_check(rows))
    show = request.GET.get("show")
    shown = dry_run.rejected if show == ERROR else dry_run.results
    counts = dry_run.counts
    page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("p"))
    for row in page.object_list:
        row.label = ACTION_LABELS[row.action]
    return TemplateResponse(
        request,
        "people/admin/import_report.html",
        _context(
            token=token,
            counts=counts,
            actions=[(ACTION_LABELS[action], counts[action]) for action in ACTIONS],
            valid_count=len(dry_run.results) - counts[ERROR],
            page=page,
            show=show,
        ),
    )
