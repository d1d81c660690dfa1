"""The compliance dashboard and its drill-down (compliance officers only)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST
from django_tasks import TaskResultStatus

from ..access import compliance_officer_required
from ..charts import status_segments
from ..forms import FilterForm
from ..progress import reminders_failed, reminders_outcome
from ..selectors import Filters, assignment_rows, assignments_active
from ..selectors import dashboard as dashboard_data
from ..status import Status, standing, today_local
from ..tasks import reminders_send_task

PAGE_SIZE = 50


def _filters(request) -> tuple[FilterForm, Filters]:
    form = FilterForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return form, form.filters()
    return form, Filters()


@require_GET
@compliance_officer_required
def dashboard(request):
    """Completion per assignment and department, with the overdue and expiring counts; every
    number links to the employees behind it."""
    form, filters = _filters(request)
    today = today_local()
    summaries = dashboard_data(today=today, filters=filters)
    for summary in summaries:
        summary.segments = status_segments(summary.counts)
        summary.title = summary.assignment.course.localized.title
    return render(
        request,
        "compliance/dashboard.html",
        {
            "form": form,
            "filters": filters,
            "summaries": summaries,
            "today": today,
            "statuses": [(s, Status.LABELS[s]) for s in Status.ORDER],
            "query": request.GET.urlencode(),
        },
        status=400 if form.errors else 200,
    )


@require_GET
@compliance_officer_required
def employees(request):
    """The employees of one assignment, narrowed by department and status, 50 per page."""
    form, filters = _filters(request)
    today = today_local()
    assignments = list(assignments_active())
    chosen = next((a for a in assignments if a.pk == filters.assignment_id), None)
    chosen = chosen or (assignments[0] if assignments else None)
    page, title = None, ""
    if chosen is not None:
        title = chosen.course.localized.title
        rows = assignment_rows(assignment=chosen, today=today, filters=filters)
        page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
        for row in page.object_list:
            row.standing = standing(chosen, row, today)
            row.status_label = Status.LABELS[row.status]
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "compliance/employees.html",
        {
            "form": form,
            "assignment": chosen,
            "title": title,
            "page": page,
            "query": params.urlencode(),
            "today": today,
        },
        status=400 if form.errors else 200,
    )


@require_POST
@compliance_officer_required
def reminders_now(request):
    """Run today's reminders now (the daily task does the same): each reminder still goes out
    once only, so pressing twice sends nothing twice. With a task worker the officer follows
    the run on its progress page; without one (tests) the outcome is shown at once."""
    result = reminders_send_task.enqueue()
    if not result.is_finished:
        return redirect("compliance:reminders_progress", result_id=result.id)
    if result.status == TaskResultStatus.FAILED:
        messages.error(request, reminders_failed())
    else:
        messages.success(request, reminders_outcome(result.return_value))
    return redirect("compliance:dashboard")
