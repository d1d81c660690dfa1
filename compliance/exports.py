"""What a compliance officer takes away: one row per employee per assignment, as CSV or XLSX, and
a PDF summary per assignment (the audit pack is in audit_pack.py).

Rows are read in chunks and written as they come, so memory stays flat whatever the number of
employees, and the number of queries depends on the assignments, never on the employees.
Every export is logged: who, when, which kind and which filter, never the exported data."""

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from django.db.models import OuterRef, QuerySet, Subquery
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from courses.certificates import FONT_DIR, html_to_pdf
from courses.models import CompletionRecord, CourseAttempt
from people.l10n import date_format, datetime_format, number_format
from people.models import Department

from .cells import cell_text, csv_writer, xlsx_text
from .models import Assignment, ExportLog
from .selectors import Filters, assignment_rows, assignment_summary, assignments_active
from .status import Status, status_of

CHUNK_SIZE = 2000
ROWS_PER_WRITE = 500  # CSV lines sent to the client at a time


class Kind:
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"
    AUDIT_PACK = "audit-pack"


@dataclass(slots=True)
class ExportRow:
    employee_number: str
    name: str
    email: str
    department: str
    manager_email: str
    course_title: str
    status: str
    due: datetime.date | None
    completed_at: datetime.datetime | None  # aware, in the site's time zone
    valid_until: datetime.date | None
    verification_code: str
    record_id: int | None  # the latest completion record
    outcome_source: str = ""  # the latest record's: "platform" or "package"


def export_header() -> list[str]:
    return [
        _("Employee number"),
        _("Name"),
        _("E-mail address"),
        _("Department"),
        _("Manager's e-mail address"),
        _("Course"),
        _("Status code"),
        _("Status"),
        _("Due date"),
        _("Completed at"),
        _("Valid until"),
        _("Verification code"),
        _("Outcome reported by"),
    ]


def status_labels() -> dict[str, str]:
    """The labels in the active language, resolved now (exports are written after the view):
    statuses, and the outcome sources of completion records."""
    sources = {source: str(label) for source, label in CompletionRecord.OutcomeSource.choices}
    return {**{status: str(label) for status, label in Status.LABELS.items()}, **sources, "": ""}


def export_assignments(*, filters: Filters) -> list[Assignment]:
    assignments = assignments_active()
    if filters.assignment_id:
        assignments = assignments.filter(pk=filters.assignment_id)
    return list(assignments)


def assignment_export_rows(
    *, assignment: Assignment, today: datetime.date, filters: Filters
) -> QuerySet:
    """`assignment_rows` plus the latest completion's verification code and record id (the
    same "latest" as compliance.status.with_status)."""
    latest = CompletionRecord.objects.filter(
        user=OuterRef("user_id"), course_key=assignment.course_key
    ).order_by("-completed_at", "-pk")
    return assignment_rows(assignment=assignment, today=today, filters=filters).annotate(
        last_code=Subquery(latest.values("verification_code")[:1]),
        last_record_id=Subquery(latest.values("pk")[:1]),
    )


def export_rows(
    *, assignments: Iterable[Assignment], filters: Filters, today: datetime.date, language: str
) -> Iterator[ExportRow]:
    """One row per employee per assignment, in employee order. Three streamed queries per
    assignment whatever the number of employees: the employees, the course's completions and
    its attempts, all ordered by user and merged as they are read, so memory stays flat."""
    for assignment in assignments:
        with translation.override(language):
            title = assignment.course.localized.title
        key = assignment.course_key
        rows = (
            assignment_rows(assignment=assignment, today=today, filters=filters)
            .order_by("user_id")
            .values_list(*_FIELDS)
        )
        records = (
            CompletionRecord.objects.filter(course_key=key)
            .order_by("user_id", "completed_at", "pk")
            .values_list(
                "user_id",
                "completed_at",
                "valid_until",
                "verification_code",
                "pk",
                "outcome_source",
            )
        )
        attempts = (
            CourseAttempt.objects.filter(course_key=key)
            .order_by("user_id")
            .values_list("user_id", flat=True)
            .distinct()
        )
        latest = _Latest(records.iterator(chunk_size=CHUNK_SIZE))
        started = _Started(attempts.iterator(chunk_size=CHUNK_SIZE))
        for user_id, number, first, last, email, department, manager, hire_date in rows.iterator(
            chunk_size=CHUNK_SIZE
        ):
            done, until, code, record_id, source = latest.get(user_id)
            now = status_of(
                assignment,
                today=today,
                hire_date=hire_date,
                last_done=done,
                last_valid_until=until,
                started=started.has(user_id),
            )
            yield ExportRow(
                employee_number=number or "",
                name=f"{first} {last}".strip(),
                email=email,
                department=department or "",
                manager_email=manager or "",
                course_title=title,
                status=now.status,
                due=now.due,
                completed_at=timezone.localtime(done) if done else None,
                valid_until=now.valid_until,
                verification_code=code or "",
                record_id=record_id,
                outcome_source=source or "",
            )


class _Latest:
    """Walks completions ordered by (user, completed_at, pk) alongside employees ordered by
    user: for each user, the last record seen is the latest (as in status.with_status)."""

    NONE = (None, None, "", None, "")

    def __init__(self, records: Iterator):
        self._records = records
        self._next = next(records, None)

    def get(self, user_id: int) -> tuple:
        found = self.NONE
        while self._next is not None and self._next[0] <= user_id:
            if self._next[0] == user_id:
                found = self._next[1:]
            self._next = next(self._records, None)
        return found


class _Started:
    def __init__(self, user_ids: Iterator):
        self._ids = user_ids
        self._next = next(user_ids, None)

    def has(self, user_id: int) -> bool:
        while self._next is not None and self._next < user_id:
            self._next = next(self._ids, None)
        return self._next == user_id


# Plain values, not model instances: an export row costs microseconds, not a model per join.
_FIELDS = (
    "user_id",
    "employee_number",
    "user__first_name",
    "user__last_name",
    "user__email",
    "department__name",
    "manager__email",
    "hire_date",
)


def _iso(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def row_values(row: ExportRow, labels: dict[str, str]) -> list:
    """The columns of export_header(), as values (dates stay dates)."""
    return [
        row.employee_number,
        row.name,
        row.email,
        row.department,
        row.manager_email,
        row.course_title,
        row.status,
        labels[row.status],
        row.due,
        row.completed_at,
        row.valid_until,
        row.verification_code,
        labels[row.outcome_source],
    ]


def csv_cells(row: ExportRow, labels: dict[str, str]) -> list[str]:
    return [
        cell_text(value) if isinstance(value, str) else _iso(value)
        for value in row_values(row, labels)
    ]


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_chunks(
    rows: Iterable[ExportRow], *, header: list[str], labels: dict[str, str]
) -> Iterator[str]:
    """The CSV as text chunks, starting with a byte order mark so that Excel reads UTF-8."""
    writer = csv_writer(_Echo())
    lines = ["\ufeff" + writer.writerow([cell_text(title) for title in header])]
    for row in rows:
        lines.append(writer.writerow(csv_cells(row, labels)))
        if len(lines) >= ROWS_PER_WRITE:
            yield "".join(lines)
            lines = []
    yield "".join(lines)


def _xlsx_cell(sheet, value, *, bold: bool = False) -> WriteOnlyCell:
    if isinstance(value, datetime.datetime):
        value = value.replace(tzinfo=None)  # Excel has no time zones: local time
    text = isinstance(value, str)
    cell = WriteOnlyCell(sheet, value=xlsx_text(value) if text else value)
    if text:
        cell.data_type = "s"  # text, never a formula
    if bold:
        cell.font = Font(bold=True)
    return cell


XLSX_WIDTHS = (16, 28, 32, 24, 32, 32, 14, 16, 12, 20, 12, 30, 28)


def xlsx_write(
    rows: Iterable[ExportRow], *, header: list[str], labels: dict[str, str], file: BinaryIO
) -> int:
    """Write the rows as an XLSX workbook in write-only mode (rows go to disk as they come);
    returns the number of rows."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Completions")[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(XLSX_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.append([_xlsx_cell(sheet, title, bold=True) for title in header])
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row_values(row, labels)])
        count += 1
    workbook.save(file)
    return count


def summary_pdf(
    *, assignments: Iterable[Assignment], filters: Filters, today: datetime.date, user
) -> tuple[bytes, int]:
    """Per assignment: totals per status, the completion rate and the same per department, in
    the active language. The status filter does not apply: the summary counts every status.
    Returns the PDF and the number of employee rows summarised."""
    language = translation.get_language()
    summaries, total = [], 0
    for assignment in assignments:
        summary = assignment_summary(assignment=assignment, today=today, filters=filters)
        total += summary.counts["total"]
        summary.title = assignment.course.localized.title
        summary.due_text = _due_text(assignment, language)
        summary.totals = [number_format(summary.counts[s]) for s in Status.ORDER]
        summary.total_text = number_format(summary.counts["total"])
        summary.expiring_text = number_format(summary.expiring)
        summary.departments = [
            {
                "name": row["department__name"] or _("No department"),
                "counts": [number_format(row[s]) for s in Status.ORDER],
                "total": number_format(row["total"]),
                "rate": row["rate"],
            }
            for row in summary.by_department
        ]
        summaries.append(summary)
    department = (
        Department.objects.filter(pk=filters.department_id).first()
        if filters.department_id
        else None
    )
    html = render_to_string(
        "compliance/export_summary_pdf.html",
        {
            "summaries": summaries,
            "labels": [Status.LABELS[s] for s in Status.ORDER],
            "department": department,
            "generated": datetime_format(timezone.now()),
            "today": date_format(today),
            "user": user,
            "language": language,
            "font_regular": FONT_DIR / "SourceSansPro-Regular.ttf",
            "font_bold": FONT_DIR / "SourceSansPro-Bold.ttf",
        },
    )
    return html_to_pdf(html), total


def _due_text(assignment: Assignment, language: str) -> str:
    if assignment.due_rule == Assignment.DueRule.FIXED:
        return _("Due on %(date)s") % {"date": date_format(assignment.due_on, language=language)}
    days = assignment.due_days or 0
    values = {"days": number_format(days, language=language)}
    if assignment.due_rule == Assignment.DueRule.AFTER_HIRE:
        return (
            ngettext(
                "Due %(days)s day after the hire date",
                "Due %(days)s days after the hire date",
                days,
            )
            % values
        )
    return (
        ngettext(
            "Due %(days)s day after the assignment or the hire date, whichever is later",
            "Due %(days)s days after the assignment or the hire date, whichever is later",
            days,
        )
        % values
    )


def export_log_add(*, user, kind: str, filters: Filters, rows: int | None) -> ExportLog:
    """Record an export before its data leaves the server."""
    return ExportLog.objects.create(
        user=user, user_email=user.email, kind=kind, filters=filters.as_dict(), rows=rows
    )
