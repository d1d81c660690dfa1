"""The annual report for the board: counts only (confidants/reports.py)."""

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from courses.certificates import FONT_DIR, html_to_pdf
from people.l10n import date_format

from ..access import confidant_required
from ..reports import HIDDEN, UNDER_THRESHOLD
from ..reports import annual_report as report_build

FIRST_YEAR = 2000
LEGEND = {"under": UNDER_THRESHOLD, "hidden": HIDDEN}


def _year(request) -> tuple[int, str]:
    """The requested year, or the current year and a message saying why."""
    current = timezone.localdate().year
    value = request.GET.get("year")
    if value is None:
        return current, ""
    if value.isascii() and value.isdigit() and FIRST_YEAR <= int(value) <= current:
        return int(value), ""
    return current, _("That is not a year we can report on. Showing %(year)s instead.") % {
        "year": current
    }


@require_GET
@confidant_required
def annual_report(request):
    year, error = _year(request)
    report = report_build(year=year)
    years = sorted({*report.years, year, timezone.localdate().year}, reverse=True)
    return render(
        request,
        "confidants/report.html",
        {"report": report, "years": years, "year_error": error, **LEGEND},
    )


@require_GET
@confidant_required
def annual_report_pdf(request):
    """The same report as a PDF, in the requesting confidant's (active) language."""
    year, _error = _year(request)
    language = translation.get_language()
    html = render_to_string(
        "confidants/report_pdf.html",
        {
            "report": report_build(year=year),
            "generated": date_format(timezone.localdate(), language=language),
            "font_regular": FONT_DIR / "SourceSansPro-Regular.ttf",
            "font_bold": FONT_DIR / "SourceSansPro-Bold.ttf",
            "language": language,
            **LEGEND,
        },
    )
    response = HttpResponse(html_to_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="confidant-report-{year}.pdf"'
    return response
