"""The HR employee file: what is refused, what each row does, and what an import writes."""

import datetime
import io
import uuid
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.utils import timezone

from courses.models import CompletionRecord
from people.employee_import import (
    CREATE,
    DEACTIVATE,
    ERROR,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    employees_check,
    employees_read,
)
from people.factories import EmployeeProfileFactory
from people.models import EmployeeProfile, User
from people.roles import EMPLOYEE
from people.services import employees_import

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted in English (an HR officer may read them in any language)."""
    from django.utils import translation

    with translation.override("en"):
        yield


HEADER = (
    "employee_number,first_name,last_name,email,department,manager_email,language,hire_date,active"
)
ANNA = "H1,Anna,Bos,anna@hr.example,Hoofdkantoor/Klantenservice,,nl,2024-03-01,ja"
BRAM = "H2,Bram,Kok,bram@hr.example,Hoofdkantoor,anna@hr.example,en,01-04-2023,yes"


def csv_file(*lines: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *lines]) + "\n").encode()


def check(data: bytes):
    return employees_check(employees_read(data))


def refused(data: bytes) -> str:
    with pytest.raises(ImportFileError) as error:
        employees_read(data)
    return str(error.value)


def counts() -> tuple[int, int, int]:
    return User.objects.count(), EmployeeProfile.objects.count(), EmailAddress.objects.count()


# The file


def test_empty_file_and_header_only_are_refused():
    assert "empty" in refused(b"")
    assert "empty" in refused(b" \n\n")
    assert "no employees" in refused(csv_file())


def test_windows_1252_file_is_refused_naming_the_line():
    data = csv_file(ANNA, "H3,Zoë,Brouwer,zoe@hr.example,Hoofdkantoor,,nl,,").decode()
    message = refused(data.encode("cp1252"))
    assert "not UTF-8 at line 3" in message
    assert "CSV UTF-8" in message


def test_utf16_file_is_refused():
    assert "UTF-16" in refused(csv_file(ANNA).decode().encode("utf-16"))


def test_utf8_with_bom_and_semicolons_as_dutch_excel_writes():
    header = (
        "Personeelsnummer;Voornaam;Achternaam;E-mail;Afdeling;Leidinggevende;Taal;In dienst;Actief"
    )
    line = "H3;Zoë;Brouwer;Zoe@HR.example;hoofdkantoor / klantenservice;;vi;15-01-2022;nee"
    rows = employees_read(b"\xef\xbb\xbf" + csv_file(line, header=header))
    (result,) = employees_check(rows)
    assert result.errors == []
    assert (rows[0].first_name, result.email, result.action) == ("Zoë", "zoe@hr.example", CREATE)
    assert result.values["hire_date"] == datetime.date(2022, 1, 15)
    assert result.values["active"] is False


def test_missing_required_columns_are_named():
    message = refused(csv_file("H1,anna@hr.example", header="employee_number,email"))
    assert "first_name" in message and "last_name" in message and "department" in message


def test_optional_columns_may_be_left_out():
    header = "employee_number,first_name,last_name,email,department"
    (result,) = check(csv_file("H1,Anna,Bos,anna@hr.example,Hoofdkantoor", header=header))
    assert result.action == CREATE
    assert result.values["active"] is True


def test_too_many_rows_and_too_big_files_are_refused(monkeypatch):
    monkeypatch.setattr("people.employee_import.MAX_ROWS", 1)
    assert "more than 1 employees" in refused(csv_file(ANNA, BRAM))
    monkeypatch.setattr("people.employee_import.MAX_BYTES", 10)
    assert "larger than" in refused(csv_file(ANNA))


# The rows


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("H1,Anna,Bos,anna@@hr,Hoofdkantoor,,nl,,", '"anna@@hr" is not a valid e-mail address'),
        (
            "H1,Anna,Bos,anna@hr.example,Hoofdkantoor/Magazijn,,,,",
            'Unknown department "Hoofdkantoor/Magazijn"',
        ),
        ("H1,Anna,Bos,anna@hr.example,Hoofdkantoor,,de,,", 'Unknown language "de"'),
        ("H1,Anna,Bos,anna@hr.example,Hoofdkantoor,,,2024-02-30,", '"2024-02-30" is not a date'),
        ("H1,Anna,Bos,anna@hr.example,Hoofdkantoor,,,03/01/2024,", "is not a date"),
        ("H1,Anna,Bos,anna@hr.example,Hoofdkantoor,,,,misschien", '"misschien" is not yes or no'),
        (",Anna,Bos,anna@hr.example,Hoofdkantoor,,,,", "employee_number is empty"),
        ("H1,Anna,Bos,,Hoofdkantoor,,,,", "email is empty"),
        (
            "H1,Anna,Bos,anna@hr.example,Hoofdkantoor,nobody@hr.example,,,",
            'Unknown manager e-mail "nobody@hr.example"',
        ),
        (
            "H1,Anna,Bos,anna@hr.example,Hoofdkantoor,anna@hr.example,,,",
            "cannot be their own manager",
        ),
        ("H1,Anna,Bos,anna@hr.example,Hoofdkantoor,,,,,surprise", "more cells than the header"),
    ],
)
def test_invalid_rows_are_reported_by_line_with_a_reason(line, reason):
    results = check(csv_file(BRAM.replace("anna@hr.example", ""), line))
    assert results[0].action != ERROR
    assert results[1].line == 3
    assert results[1].action == ERROR
    assert any(reason in error for error in results[1].errors), results[1].errors


def test_duplicate_employee_numbers_and_emails_report_both_lines():
    results = check(csv_file(ANNA, ANNA.replace("anna@", "anna2@"), ANNA.replace("H1", "H9")))
    assert [r.action for r in results] == [ERROR, ERROR, ERROR]
    assert 'Employee number "H1" is also on line 3.' in results[0].errors
    assert 'Employee number "H1" is also on line 2.' in results[1].errors
    assert 'E-mail "anna@hr.example" is also on line 4.' in results[0].errors
    assert 'E-mail "anna@hr.example" is also on line 2.' in results[2].errors


def test_email_of_another_employee_in_the_database_is_an_error(demo):
    (result,) = check(csv_file("H1,Anna,Bos,medewerker@demo.example,Hoofdkantoor,,,,"))
    assert result.errors == [
        'E-mail "medewerker@demo.example" already belongs to employee number E1001.'
    ]


def test_manager_may_be_a_later_row_or_an_existing_account(demo):
    results = check(csv_file(BRAM, ANNA.replace(",,nl", ",beheerder@demo.example,nl")))
    assert [r.action for r in results] == [CREATE, CREATE]


def test_a_row_whose_managers_row_is_invalid_is_invalid_too():
    results = check(csv_file(ANNA.replace("2024-03-01", "gisteren"), BRAM))
    assert results[1].errors == ["The manager's row (line 2) has errors."]


def test_actions_against_the_database(demo):
    results = check(
        csv_file(
            "E1001,Sanne,de Vries,medewerker@demo.example,Hoofdkantoor/Klantenservice,,nl,"
            "2024-03-01,ja",
            "E1002,Minh,Nguyễn,nhanvien@demo.example,Hoofdkantoor,,vi,2024-03-01,ja",
            "E1003,Ahmed,Bakker,trainer@demo.example,Hoofdkantoor,,nl,2024-03-01,nee",
            ANNA,
        )
    )
    assert [r.action for r in results] == [UNCHANGED, UPDATE, DEACTIVATE, CREATE]


# Importing


def test_import_creates_employees_ready_to_sign_in_with_sso_or_reset(demo):
    report = employees_import(
        rows=employees_read(csv_file(ANNA, BRAM)), valid_only=False, actor=None
    )
    assert report.imported and report.counts[CREATE] == 2
    anna, bram = (
        User.objects.get(email="anna@hr.example"),
        User.objects.get(email="bram@hr.example"),
    )
    assert not anna.has_usable_password()
    assert list(anna.groups.values_list("name", flat=True)) == [EMPLOYEE]
    assert EmailAddress.objects.get(user=anna).verified
    assert bram.profile.manager == anna
    assert bram.profile.department.name == "Hoofdkantoor"
    assert bram.profile.hire_date == datetime.date(2023, 4, 1)
    assert (anna.profile.employee_number, anna.profile.preferred_language) == ("H1", "nl")


def test_reimport_updates_and_never_duplicates(demo):
    employees_import(rows=employees_read(csv_file(ANNA, BRAM)), valid_only=False, actor=None)
    before = counts()
    renamed = ANNA.replace("Bos", "Bos-Smit").replace("anna@", "anna.bos@")
    bram = BRAM.replace("anna@", "anna.bos@")
    report = employees_import(
        rows=employees_read(csv_file(renamed, bram)), valid_only=False, actor=None
    )
    assert report.counts[UPDATE] == 1 and report.counts[UNCHANGED] == 1
    assert counts() == before
    anna = EmployeeProfile.objects.get(employee_number="H1").user
    assert (anna.email, anna.last_name) == ("anna.bos@hr.example", "Bos-Smit")
    assert list(EmailAddress.objects.filter(user=anna).values_list("email", flat=True)) == [
        anna.email
    ]
    assert User.objects.get(email="bram@hr.example").profile.manager == anna
    report = employees_import(
        rows=employees_read(csv_file(renamed, bram)), valid_only=False, actor=None
    )
    assert report.counts[UNCHANGED] == 2


def test_empty_optional_cells_keep_what_is_stored(demo):
    employees_import(rows=employees_read(csv_file(ANNA, BRAM)), valid_only=False, actor=None)
    report = employees_import(
        rows=employees_read(csv_file(ANNA, "H2,Bram,Kok,bram@hr.example,Hoofdkantoor,,,,")),
        valid_only=False,
        actor=None,
    )
    assert report.counts[UNCHANGED] == 2
    profile = EmployeeProfile.objects.get(employee_number="H2")
    assert (profile.preferred_language, profile.hire_date) == ("en", datetime.date(2023, 4, 1))


def test_account_without_employee_number_gets_it(demo):
    line = "X7,Lotte,Visser,vertrouwenspersoon@demo.example,Hoofdkantoor,,,,"
    before = counts()
    report = employees_import(rows=employees_read(csv_file(line)), valid_only=False, actor=None)
    assert report.counts[UPDATE] == 1
    assert counts()[0] == before[0]
    assert User.objects.get(email="vertrouwenspersoon@demo.example").profile.employee_number == "X7"


def test_leaver_is_deactivated_and_keeps_their_completion_records(demo):
    profile = EmployeeProfileFactory(employee_number="H5", user__email="leaver@hr.example")
    CompletionRecord.objects.create(
        user=profile.user,
        user_name="Leaver",
        user_email="leaver@hr.example",
        employee_number="H5",
        course_key=uuid.uuid4(),
        course_title="Respectful conduct",
        language="nl",
        score=90,
        minutes=20,
        completed_at=timezone.now(),
        verification_code="LEAVER-1",
        previous_hash="0" * 64,
        record_hash="1" * 64,
    )
    line = f"H5,Lea,Ver,leaver@hr.example,{profile.department.name},,,,nee"
    report = employees_import(rows=employees_read(csv_file(line)), valid_only=False, actor=None)
    assert report.counts[DEACTIVATE] == 1
    profile.refresh_from_db()
    profile.user.refresh_from_db()
    assert profile.active is False and profile.user.is_active is False
    assert CompletionRecord.objects.filter(user=profile.user).count() == 1


def test_nothing_is_written_when_a_row_is_invalid(demo):
    before = counts()
    rows = employees_read(csv_file(ANNA, "H2,Bram,Kok,bram@@hr,Hoofdkantoor,,,,"))
    report = employees_import(rows=rows, valid_only=False, actor=None)
    assert not report.imported
    assert [r.line for r in report.rejected] == [3]
    assert counts() == before


def test_valid_only_imports_the_valid_rows(demo):
    before = counts()
    rows = employees_read(csv_file(ANNA, "H2,Bram,Kok,bram@@hr,Hoofdkantoor,,,,"))
    report = employees_import(rows=rows, valid_only=True, actor=None)
    assert report.imported
    assert report.counts[CREATE] == 1 and [r.line for r in report.rejected] == [3]
    assert counts() == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert not User.objects.filter(email__startswith="bram").exists()


def test_import_runs_in_a_constant_number_of_queries(demo, django_assert_max_num_queries):
    many = [
        f"N{i},First,Last{i},n{i}@hr.example,Hoofdkantoor,,nl,2024-01-01,ja" for i in range(300)
    ]
    rows = employees_read(csv_file(*many))
    with django_assert_max_num_queries(40):
        report = employees_import(rows=rows, valid_only=False, actor=None)
    assert report.counts[CREATE] == 300


# The command


@pytest.fixture
def hr_file(tmp_path):
    def write(*lines: str) -> Path:
        path = tmp_path / "employees.csv"
        path.write_bytes(csv_file(*lines))
        return path

    return write


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_employees", *map(str, args), stdout=out)
    return out.getvalue()


def test_command_dry_run_writes_nothing(demo, hr_file):
    before = counts()
    output = run(hr_file(ANNA, BRAM))
    assert "create: 2" in output and "Dry run" in output
    assert counts() == before


def test_command_reports_invalid_lines_and_fails(demo, hr_file):
    path = hr_file(ANNA, "H2,Bram,Kok,bram@@hr,Hoofdkantoor/Magazijn,,,,")
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 rows have errors"):
        call_command("import_employees", str(path), "--commit", stdout=out)
    assert 'line 3: "bram@@hr" is not a valid e-mail address (email).' in out.getvalue()
    assert 'line 3: Unknown department "Hoofdkantoor/Magazijn".' in out.getvalue()
    assert not User.objects.filter(email="anna@hr.example").exists()


def test_command_commit_valid_only_imports_and_lists_rejected_lines(demo, hr_file):
    path = hr_file(ANNA, "H2,Bram,Kok,bram@@hr,Hoofdkantoor,,,,")
    output = run(path, "--commit", "--valid-only")
    assert "line 3:" in output and "Imported." in output
    assert User.objects.filter(email="anna@hr.example").exists()


def test_command_refuses_a_bad_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="The file is empty"):
        run(path)


def test_command_exit_code_is_non_zero_for_invalid_rows(demo, hr_file):
    from django.core.management import ManagementUtility

    path = hr_file("H2,Bram,Kok,bram@@hr,Hoofdkantoor,,,,")
    with pytest.raises(SystemExit) as exit_:
        ManagementUtility(["manage.py", "import_employees", str(path)]).execute()
    assert exit_.value.code == 1
