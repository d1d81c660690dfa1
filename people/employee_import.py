"""Reading and checking the HR employee file (CSV). Reads the database, never writes to it.

`employees_read` turns the uploaded bytes into rows or refuses the whole file
(`ImportFileError`); `employees_check` says, per row, what an import would do and why a row
cannot be imported. `services.employees_import` checks again inside its transaction.

The import changes employees only: a row that would change an account with rights (a staff
role, a superuser: `selectors.import_protected_user_ids`) is refused, and a login address is
changed only for the account with the row's employee number.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .selectors import ImportState, import_state

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000

CREATE, UPDATE, DEACTIVATE = "create", "update", "deactivate"
UNCHANGED, ERROR = "unchanged", "error"
ACTIONS = (CREATE, UPDATE, DEACTIVATE, UNCHANGED, ERROR)
ACTION_LABELS = {
    CREATE: gettext_lazy("New"),
    UPDATE: gettext_lazy("Update"),
    DEACTIVATE: gettext_lazy("Deactivate (leaver)"),
    UNCHANGED: gettext_lazy("Unchanged"),
    ERROR: gettext_lazy("Error"),
}

# Column → accepted header names (English and Dutch), compared without case, spaces or dashes.
COLUMNS = {
    "employee_number": ("employeenumber", "personeelsnummer", "employeeid", "personeelsnr"),
    "first_name": ("firstname", "voornaam", "givenname"),
    "last_name": ("lastname", "achternaam", "surname", "familyname"),
    "email": ("email", "emailaddress", "emailadres", "mail"),
    "department": ("department", "afdeling", "departmentpath", "afdelingspad"),
    "manager_email": ("manageremail", "emailmanager", "leidinggevende", "leidinggevendeemail"),
    "language": ("language", "taal"),
    "hire_date": ("hiredate", "indienst", "datumindienst", "startdate"),
    "active": ("active", "actief"),
}
REQUIRED_COLUMNS = ("employee_number", "first_name", "last_name", "email", "department")
REQUIRED_VALUES = ("employee_number", "last_name", "email", "department")  # one-name people
TRUE_WORDS = frozenset({"yes", "ja", "1", "true", "waar", "y", "j"})
FALSE_WORDS = frozenset({"no", "nee", "0", "false", "onwaar", "n"})
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DUTCH_DATE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
NEW_ACCOUNT = -1  # a manager who is a new employee in the same file
MAX_LENGTHS = {"employee_number": 50, "first_name": 150, "last_name": 150, "email": 254}


class ImportFileError(Exception):
    """The whole file is refused; the message says why and how to fix it."""


@dataclass
class EmployeeRow:
    """One data row of the file, as text (stripped), with the line it starts on."""

    line: int
    employee_number: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    department: str = ""
    manager_email: str = ""
    language: str = ""
    hire_date: str = ""
    active: str = ""
    extra_cells: bool = False


@dataclass
class RowResult:
    """What importing one row does, or why it cannot be imported. `values` and `user_id` are
    the cleaned values and the matched account, for the service."""

    line: int
    employee_number: str
    email: str
    action: str = CREATE
    errors: list[str] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    user_id: int | None = None
    manager_line: int | None = None


@dataclass
class ImportReport:
    results: list[RowResult]
    imported: bool = False

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(ACTIONS, 0)
        for result in self.results:
            counts[result.action] += 1
        return counts

    @property
    def rejected(self) -> list[RowResult]:
        return [result for result in self.results if result.action == ERROR]


def _key(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.casefold())


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            _('The file is UTF-16 ("Unicode text"), not UTF-8: save it as "CSV UTF-8".')
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            _('The file is not UTF-8 at line %(line)s: save it as "CSV UTF-8" and upload it again.')
            % {"line": line}
        ) from None


def _columns(header: list[str]) -> dict[str, int]:
    aliases = {alias: column for column, names in COLUMNS.items() for alias in names}
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        column = aliases.get(_key(name))
        if column is None:
            continue  # HR exports carry more columns than we need
        if column in found:
            raise ImportFileError(
                _('Line 1: the column "%(column)s" appears twice.') % {"column": name.strip()}
            )
        found[column] = index
    missing = [column for column in REQUIRED_COLUMNS if column not in found]
    if missing:
        names = ", ".join(f"{c} ({COLUMNS[c][1]})" for c in missing)
        raise ImportFileError(
            _("Line 1: required columns are missing: %(columns)s.") % {"columns": names}
        )
    return found


def employees_read(data: bytes) -> list[EmployeeRow]:
    """The file's rows; refuses files that are too big, empty, not UTF-8 or lack columns."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            _("The file is larger than %(mb)s MB: split it into smaller files.")
            % {"mb": MAX_BYTES // (1024 * 1024)}
        )
    text = _decode(data)
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[EmployeeRow] = []
    try:
        header = next(reader)
        columns = _columns(header)
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(
                    _("The file has more than %(max)s employees: split it into smaller files.")
                    % {"max": f"{MAX_ROWS:,}"}
                )
            row = EmployeeRow(line=line, extra_cells=any(c.strip() for c in cells[len(header) :]))
            cells += [""] * (len(header) - len(cells))
            for column, index in columns.items():
                setattr(row, column, cells[index].strip())
            rows.append(row)
    except csv.Error as error:
        raise ImportFileError(
            _("Line %(line)s cannot be read as CSV (%(error)s).")
            % {"line": reader.line_num, "error": error}
        ) from None
    if not rows:
        raise ImportFileError(_("The file has a header line but no employees."))
    return rows


def _date(value: str) -> datetime.date:
    """YYYY-MM-DD or DD-MM-YYYY (as Dutch spreadsheets write it)."""
    if match := ISO_DATE.fullmatch(value):
        year, month, day = match.groups()
    elif match := DUTCH_DATE.fullmatch(value):
        day, month, year = match.groups()
    else:
        raise ValueError(value)
    return datetime.date(int(year), int(month), int(day))


def _clean(row: EmployeeRow, state) -> tuple[dict, list[str]]:
    """Per-row checks that need no other row."""
    errors = []
    for column in REQUIRED_VALUES:
        if not getattr(row, column):
            errors.append(_("%(column)s is empty.") % {"column": column})
    for column, limit in MAX_LENGTHS.items():
        if len(getattr(row, column)) > limit:
            errors.append(
                _("%(column)s is longer than %(max)s characters.")
                % {"column": column, "max": limit}
            )
    values = {
        "first_name": row.first_name,
        "last_name": row.last_name,
        "email": row.email.lower(),
        "manager_email": row.manager_email.lower(),
    }
    for column in ("email", "manager_email"):
        if values[column]:
            try:
                validate_email(values[column])
            except ValidationError:
                errors.append(
                    _('"%(value)s" is not a valid e-mail address (%(column)s).')
                    % {"value": getattr(row, column), "column": column}
                )
    if row.department:
        path = "/".join(part.strip().casefold() for part in row.department.split("/"))
        values["department_id"] = state.departments.get(path)
        if values["department_id"] is None:
            errors.append(_('Unknown department "%(path)s".') % {"path": row.department})
    languages = dict(settings.LANGUAGES)
    if row.language:
        values["preferred_language"] = row.language.lower()
        if values["preferred_language"] not in languages:
            errors.append(
                _('Unknown language "%(value)s": use one of %(codes)s.')
                % {"value": row.language, "codes": ", ".join(languages)}
            )
    if row.hire_date:
        try:
            values["hire_date"] = _date(row.hire_date)
        except ValueError:
            errors.append(
                _('"%(value)s" is not a date: write YYYY-MM-DD or DD-MM-YYYY.')
                % {"value": row.hire_date}
            )
    active = row.active.casefold() or "yes"
    if active not in TRUE_WORDS | FALSE_WORDS:
        errors.append(_('"%(value)s" is not yes or no (active).') % {"value": row.active})
    values["active"] = active in TRUE_WORDS
    return values, errors


def _duplicates(rows: list[EmployeeRow], results: list[RowResult], attribute: str, message):
    lines: dict[str, list[int]] = {}
    for index, result in enumerate(results):
        value = getattr(result, attribute)
        if value:
            lines.setdefault(value, []).append(index)
    for value, indexes in lines.items():
        if len(indexes) > 1:
            for index in indexes:
                others = ", ".join(str(rows[i].line) for i in indexes if i != index)
                results[index].errors.append(message % {"value": value, "lines": others})


def _action(result: RowResult, current: dict | None) -> str:
    if current is None:
        return CREATE
    if current["active"] and not result.values["active"]:
        return DEACTIVATE
    changed = any(
        current.get(name) != value
        for name, value in result.values.items()
        if name != "manager_email"
    )
    return UPDATE if changed else UNCHANGED


def employees_check(rows: list[EmployeeRow], state: ImportState | None = None) -> list[RowResult]:
    """What importing each row would do. A row is matched to an employee by employee number,
    else by e-mail when that account has no employee number yet. A manager may be an existing
    account or another row of the file; a row whose manager's row has errors has one too.
    A row that would change an account with rights is refused (`protected_rows_refuse`)."""
    state = state or import_state()
    results = []
    for row in rows:
        values, errors = _clean(row, state)
        result = RowResult(row.line, row.employee_number, values["email"], errors=errors)
        result.values = values
        results.append(result)
    number_twice = _('Employee number "%(value)s" is also on line %(lines)s.')
    _duplicates(rows, results, "employee_number", number_twice)
    _duplicates(rows, results, "email", _('E-mail "%(value)s" is also on line %(lines)s.'))

    by_email = {result.email: result for result in results if result.email}
    for row, result in zip(rows, results, strict=True):
        email, manager_email = result.email, result.values.pop("manager_email")
        if row.extra_cells:
            result.errors.append(_("The row has more cells than the header."))
        result.user_id = _match(result, state)
        if manager_email:
            if manager_email == email:
                result.errors.append(_("An employee cannot be their own manager."))
            elif manager_email in by_email:
                result.manager_line = by_email[manager_email].line
            elif manager_email not in state.user_by_email:
                result.errors.append(
                    _('Unknown manager e-mail "%(email)s": not an account and not in the file.')
                    % {"email": manager_email}
                )
            result.values["manager_email"] = manager_email
        result.values["employee_number"] = result.employee_number
    for result in results:  # who the manager is, to tell a change of manager from a new address
        manager_email = result.values.get("manager_email")
        if manager_email and result.manager_line is not None:
            result.values["manager_id"] = by_email[manager_email].user_id or NEW_ACCOUNT
        elif manager_email:
            result.values["manager_id"] = state.user_by_email.get(manager_email)
    for result in results:
        current = state.current.get(result.user_id) if result.user_id else None
        result.action = _action(result, current)
    protected_rows_refuse(results, protected=state.protected)
    return results


def _match(result: RowResult, state: ImportState) -> int | None:
    """The account a row is about: the one with its employee number, else the one with its
    e-mail address when that account has no number yet. Found by e-mail only, the row may
    not change the login address (a verified second address would otherwise move it), and
    another account's address is a conflict, whatever the employee number says."""
    email = result.email
    user_id = state.user_by_number.get(result.employee_number)
    owner = state.user_by_email.get(email)
    if user_id is None and owner is not None and owner not in state.number_by_user:
        user_id = owner  # an account made before HR gave it a number
        if state.current[owner]["email"] != email:
            result.errors.append(
                _(
                    'E-mail "%(email)s" is not this account\'s login address, and the account '
                    "was found by e-mail only: the import changes a login address only for the "
                    "account with the same employee number."
                )
                % {"email": email}
            )
    if email and owner is not None and owner != user_id:
        number = state.number_by_user.get(owner)
        result.errors.append(
            _('E-mail "%(email)s" already belongs to employee number %(number)s.')
            % {"email": email, "number": number}
            if number
            else _('E-mail "%(email)s" already belongs to another account.') % {"email": email}
        )
    return user_id


def protected_rows_refuse(results: list[RowResult], *, protected: set[int]) -> None:
    """Refuse every row that would change, deactivate or re-address a protected account (a
    staff role, a superuser: `selectors.import_protected_user_ids`); reading one as a
    manager is fine. Then every row with an error, or whose manager's row has one, is an
    ERROR. Run again by `services.employees_import` with the accounts it found protected
    once it had locked them."""
    refusal = _(
        "This account has a staff role or administrator rights: the import changes employees "
        "only. Ask an administrator."
    )
    for result in results:
        if result.user_id in protected and result.action in (UPDATE, DEACTIVATE):
            result.errors.append(refusal)
    _manager_errors_spread(results)
    for result in results:
        if result.errors:
            result.action = ERROR


def _manager_errors_spread(results: list[RowResult]) -> None:
    reports: dict[int, list[RowResult]] = {}
    for result in results:
        if result.manager_line is not None:
            reports.setdefault(result.manager_line, []).append(result)
    pending = [result for result in results if result.errors]
    while pending:
        manager = pending.pop()
        message = _("The manager's row (line %(line)s) has errors.") % {"line": manager.line}
        for report in reports.get(manager.line, ()):
            if message in report.errors:
                continue  # spread by an earlier run
            if not report.errors:
                pending.append(report)
            report.errors.append(message)
