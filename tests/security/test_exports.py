"""Hostile names in the compliance officer's exports (compliance/cells.py): whatever an HR
import or a trainer typed, no cell of the CSV (read with ',' or with ';', as Dutch Excel does)
or of the XLSX starts with a formula character, and no field splits."""

import csv
import io
import zipfile

import pytest
from defusedxml import ElementTree
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from compliance.cells import FORMULA_PREFIXES
from compliance.factories import completion_at, department_assignment
from compliance.models import Assignment
from courses.factories import course_build, paragraph
from people.factories import DepartmentFactory, EmployeeProfileFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("http://x")',
    "@SUM(1)",
    "-1+1",
    "+31 6 1234",
    "a;b",
    "a,b",
    "x;=1+1",
    'q,"@A1"',
    "line\n=2+2",
    "\tTAB",
    "\rCR",
    ' "=3"',
    "bell\x07\x1b",
]
COLUMNS = 13


@pytest.fixture
def officer(demo_officer):
    return demo_officer


@pytest.fixture
def hostile():
    """Employees, a department and a course title that try to become formulas or split."""
    Assignment.objects.update(active=False)
    department = DepartmentFactory(name="=cmd|' /C calc'!A0")
    course = course_build(lessons=[[paragraph("a")]], title='=HYPERLINK("http://x";"y")')
    department_assignment(course=course, departments=[department])
    people = []
    for number, name in enumerate(HOSTILE):
        profile = EmployeeProfileFactory(
            department=department,
            employee_number=name if number % 2 else f"N{number}",
            user__first_name=name,
            user__last_name="-Z",
        )
        people.append(profile)
    completion_at(user=people[0].user, course=course, completed_at=timezone.now())
    return people


def download(client, name: str) -> bytes:
    with translation.override("en"):
        response = client.get(reverse(f"compliance:{name}"))
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def starts_formula(cell: str) -> bool:
    return cell.startswith(FORMULA_PREFIXES)


def test_csv_cells_never_start_a_formula_with_either_separator(client, officer, hostile):
    text = download(client, "export_csv").decode("utf-8-sig")

    header, *rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == len(HOSTILE) and all(len(row) == COLUMNS for row in [header, *rows])
    names = {row[1] for row in rows}
    assert '\'=HYPERLINK("http://x") -Z' in names and "a;b -Z" in names and "a,b -Z" in names
    assert "x;'=1+1 -Z" in names and "line\n'=2+2 -Z" in names
    assert {row[5] for row in rows} == {'\'=HYPERLINK("http://x";"y")'}
    assert {row[3] for row in rows} == {"'=cmd|' /C calc'!A0"}
    for delimiter in (",", ";"):
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            assert not [cell for cell in row if starts_formula(cell)], (delimiter, row)
    for line in text.splitlines():  # a reader that knows no quoting at all
        for delimiter in (",", ";"):
            cells = [cell.lstrip('" ') for cell in line.split(delimiter)]
            assert not [cell for cell in cells if starts_formula(cell)], (delimiter, line)


def test_csv_quotes_fields_with_either_separator(client, officer, hostile):
    text = download(client, "export_csv").decode("utf-8-sig")
    assert '"a;b -Z"' in text and '"a,b -Z"' in text and '"q,""\'@A1"" -Z"' in text
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        # read with ';', no field of a ','-separated line is split at a ';' inside a value
        assert "b -Z" not in row


def test_xlsx_text_cells_are_strings_never_formulas(client, officer, hostile):
    data = download(client, "export_xlsx")

    sheet = load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows())
    assert len(rows) == len(HOSTILE) + 1
    for row in rows:
        assert len(row) == COLUMNS
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str):
                assert cell.data_type == "s" and not starts_formula(cell.value), cell.value
    names = {row[1].value for row in rows}
    assert "'@SUM(1) -Z" in names and "'-1+1 -Z" in names

    with zipfile.ZipFile(io.BytesIO(data)) as workbook:
        (name,) = [n for n in workbook.namelist() if n.startswith("xl/worksheets/sheet")]
        root = ElementTree.fromstring(workbook.read(name))
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    assert not root.findall(f".//{ns}f")  # no formula element anywhere in the sheet
    types = {cell.get("t") for cell in root.iter(f"{ns}c")}
    assert "str" not in types  # formula results; text is inline or shared strings
