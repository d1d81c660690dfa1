"""The annual report for the board: counts only (confidants/reports.py)."""

from django.http import HttpResponse
from django.views.decorators.http import require_GET

from ..access import confidant_required


@require_GET
@confidant_required
def annual_report(request):
    return HttpResponse("")


@require_GET
@confidant_required
def annual_report_pdf(request):
    return HttpResponse("")
