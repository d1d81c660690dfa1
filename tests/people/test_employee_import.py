"""The HR employee file: what is refused, what each row does, and what an import writes."""

import datetime
import io
import uuid
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

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
from people.factories import EmployeeProfileFactory, UserFactory
from people.models import EmployeeProfile, User
from people.notices import email_address_masked
from people.roles import ADMINISTRATOR, COMPLIANCE_OFFICER, CONFIDANT, EMPLOYEE, TRAINER
from people.services import employees_import

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted in English (an HR officer may read them in any language)."""
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
    leaver = EmployeeProfileFactory(employee_number="H5", user__email="leaver@hr.example")
    department = leaver.department.name
    results = check(
        csv_file(
            "E1001,Sanne,de Vries,medewerker@demo.example,Hoofdkantoor/Klantenservice,,nl,"
            "2024-03-01,ja",
            "E1002,Minh,Nguyễn,nhanvien@demo.example,Hoofdkantoor,,vi,2024-03-01,ja",
            f"H5,{leaver.user.first_name},{leaver.user.last_name},leaver@hr.example,"
            f"{department},,nl,,nee",
            ANNA,
            "E1003,Ahmed,Bakker,trainer@demo.example,Hoofdkantoor,,nl,2024-03-01,ja",
        )
    )
    assert [r.action for r in results] == [UNCHANGED, UPDATE, DEACTIVATE, CREATE, UNCHANGED]


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
    UserFactory(email="lotte@hr.example", role=EMPLOYEE)
    line = "X7,Lotte,Visser,lotte@hr.example,Hoofdkantoor,,,,"
    before = counts()
    report = employees_import(rows=employees_read(csv_file(line)), valid_only=False, actor=None)
    assert report.counts[UPDATE] == 1
    assert counts()[0] == before[0]
    assert User.objects.get(email="lotte@hr.example").profile.employee_number == "X7"


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


# Accounts with rights, and e-mail changes

STAFF_REFUSAL = (
    "This account has a staff role or administrator rights: the import changes employees only. "
    "Ask an administrator."
)


def account_with(kind: str) -> User:
    """An account with rights of the given kind, with a profile numbered S1."""
    if kind in (TRAINER, COMPLIANCE_OFFICER, CONFIDANT, ADMINISTRATOR):
        user = UserFactory(role=kind)
    else:
        user = UserFactory(
            role=EMPLOYEE, is_superuser=kind == "superuser", is_staff=kind == "staff"
        )
    if kind == "own group":
        user.groups.add(Group.objects.create(name="Auditors"))
    if kind == "own permission":
        user.user_permissions.add(Permission.objects.get(codename="view_department"))
    EmployeeProfileFactory(user=user, employee_number="S1")
    return user


def snapshot(user: User) -> tuple:
    user = User.objects.select_related("profile").get(pk=user.pk)
    profile = user.profile
    addresses = sorted(EmailAddress.objects.filter(user=user).values_list("email", "verified"))
    return (
        (user.first_name, user.last_name, user.email, user.is_active, addresses),
        (profile.employee_number, profile.department_id, profile.manager_id, profile.active),
    )


@pytest.mark.parametrize(
    "kind",
    [TRAINER, COMPLIANCE_OFFICER, CONFIDANT, ADMINISTRATOR, "superuser", "staff", "own group"]
    + ["own permission"],
)
def test_a_row_that_would_change_an_account_with_rights_is_refused(demo, kind):
    user = account_with(kind)
    before = snapshot(user)
    department = user.profile.department.name
    name = f"{user.first_name},{user.last_name}"
    for line in (
        f"S1,Someone,Else,{user.email},{department},,,,",  # rename
        f"S1,{name},{user.email},{department},,,,nee",  # deactivate
        f"S1,{name},taken@hr.example,{department},,,,",  # re-address
        f"S1,{name},{user.email},Hoofdkantoor,,en,,",  # move, other language
    ):
        (result,) = check(csv_file(line))
        assert (result.action, result.errors) == (ERROR, [STAFF_REFUSAL])
        report = employees_import(
            rows=employees_read(csv_file(line, ANNA)), valid_only=True, actor=None
        )
        assert [(r.line, r.errors) for r in report.rejected] == [(2, [STAFF_REFUSAL])]
        assert report.counts[CREATE] + report.counts[UNCHANGED] == 1  # Anna, the employee
        assert snapshot(user) == before
    assert User.objects.filter(email="taken@hr.example").count() == 0


def test_an_account_with_rights_and_no_profile_is_refused_when_found_by_email(demo):
    admin = User.objects.create_superuser("root@hr.example", "x")
    (result,) = check(csv_file("S9,Root,Account,root@hr.example,Hoofdkantoor,,,,"))
    assert (result.action, result.errors) == (ERROR, [STAFF_REFUSAL])
    assert not EmployeeProfile.objects.filter(user=admin).exists()


def test_an_unchanged_row_of_a_staff_account_is_left_alone(demo):
    line = "E1003,Ahmed,Bakker,trainer@demo.example,Hoofdkantoor,,nl,2024-03-01,ja"
    report = employees_import(rows=employees_read(csv_file(line)), valid_only=False, actor=None)
    assert report.imported and report.counts[UNCHANGED] == 1


def test_a_staff_account_may_be_read_as_manager_but_its_own_manager_is_not_set(demo):
    admin = User.objects.get(email="beheerder@demo.example")
    before = snapshot(admin)
    line = ANNA.replace(",,nl", ",beheerder@demo.example,nl")
    employees_import(rows=employees_read(csv_file(line)), valid_only=False, actor=None)
    assert User.objects.get(email="anna@hr.example").profile.manager == admin
    assert snapshot(admin) == before
    own = "E1005,Daan,Smit,beheerder@demo.example,Hoofdkantoor,anna@hr.example,nl,2024-03-01,ja"
    report = employees_import(rows=employees_read(csv_file(own)), valid_only=True, actor=None)
    assert report.rejected[0].errors == [STAFF_REFUSAL]
    assert snapshot(admin) == before


def test_the_import_checks_again_when_it_writes(demo):
    profile = EmployeeProfileFactory(employee_number="H5", user__email="later@hr.example")
    rows = employees_read(csv_file(f"H5,Later,Trainer,later@hr.example,{profile.department},,,,"))
    assert employees_check(rows)[0].action == UPDATE  # the dry run the officer saw
    profile.user.groups.add(Group.objects.get(name=TRAINER))
    report = employees_import(rows=rows, valid_only=False, actor=None)
    assert not report.imported and report.rejected[0].errors == [STAFF_REFUSAL]
    assert User.objects.get(pk=profile.user_id).last_name == profile.user.last_name


def test_a_row_whose_email_and_number_name_two_accounts_is_a_conflict(demo):
    a = EmployeeProfileFactory(employee_number="H1", user__email="a@hr.example")
    b = EmployeeProfileFactory(employee_number="H2", user__email="b@hr.example")
    before = snapshot(a.user), snapshot(b.user)
    line = f"H2,B,B,a@hr.example,{b.department},,,,"
    report = employees_import(rows=employees_read(csv_file(line)), valid_only=True, actor=None)
    assert report.rejected[0].errors == [
        'E-mail "a@hr.example" already belongs to employee number H1.'
    ]
    assert (snapshot(a.user), snapshot(b.user)) == before


def test_an_account_found_by_email_only_keeps_its_login_address(demo):
    user = UserFactory(email="old@hr.example", role=EMPLOYEE)
    EmailAddress.objects.create(user=user, email="second@hr.example", verified=True)
    line = "N1,Pim,Pol,second@hr.example,Hoofdkantoor,,,,"
    report = employees_import(rows=employees_read(csv_file(line)), valid_only=True, actor=None)
    assert "found by e-mail only" in report.rejected[0].errors[0]
    user.refresh_from_db()
    assert user.email == "old@hr.example" and not EmployeeProfile.objects.filter(user=user)
    assert EmailAddress.objects.filter(user=user).count() == 2


def test_an_email_change_by_employee_number_moves_the_login_and_tells_the_old_address(
    demo, mailoutbox, django_capture_on_commit_callbacks
):
    employees_import(rows=employees_read(csv_file(ANNA)), valid_only=False, actor=None)
    officer = User.objects.get(email="compliance@demo.example")
    moved = ANNA.replace("anna@", "anna.bos@").replace(",nl,", ",vi,")
    with django_capture_on_commit_callbacks(execute=True):
        report = employees_import(
            rows=employees_read(csv_file(moved)), valid_only=False, actor=officer
        )
    assert report.counts[UPDATE] == 1
    anna = EmployeeProfile.objects.get(employee_number="H1").user
    assert anna.email == "anna.bos@hr.example"
    assert list(
        EmailAddress.objects.filter(user=anna).values_list("email", "verified", "primary")
    ) == [("anna.bos@hr.example", True, True)]
    (notice,) = mailoutbox
    assert notice.to == ["anna@hr.example"]
    assert "a***@h***.example" in notice.body and "anna.bos" not in notice.body
    assert "Eva Jansen" in notice.body
    with translation.override("vi"):  # Anna's language now
        subject = gettext("Your e-mail address for %(site_name)s was changed")
    assert notice.subject == subject % {"site_name": "Safe Workplace"}


def test_email_addresses_are_masked_in_the_notice():
    assert email_address_masked("anna.bos@hr.example") == "a***@h***.example"
    assert email_address_masked("x@mail.example.co.uk") == "x***@m***.uk"
    assert email_address_masked("root@localhost") == "r***@l***"


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


def test_command_lists_a_refused_staff_row_by_line(demo, hr_file):
    path = hr_file(ANNA, "E1003,Ahmed,Bakker,trainer@demo.example,Hoofdkantoor,,nl,2024-03-01,nee")
    output = run(path, "--commit", "--valid-only")
    assert f"line 3: {STAFF_REFUSAL}" in output and "Imported." in output
    assert User.objects.get(email="trainer@demo.example").is_active


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
