"""Exports: what an officer and an auditor get, that a tampered audit pack fails its checks,
that every export is logged, and that only compliance officers get anything."""

import csv
import datetime
import io
import json
import shutil
import subprocess
import sys
import tracemalloc
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook
from pypdf import PdfReader

from compliance.exports import assignment_export_rows
from compliance.factories import completion_at
from compliance.models import Assignment, ExportLog
from compliance.selectors import Filters
from compliance.status import Status
from courses.models import CompletionRecord, CoursePage
from courses.services import add_months
from people.factories import DepartmentFactory, EmployeeProfileFactory, UserFactory
from people.models import EmployeeProfile, User
from people.roles import COMPLIANCE_OFFICER

EXPORTS = ["export_csv", "export_xlsx", "export_pdf", "export_audit_pack"]


@pytest.fixture
def course(demo):
    return CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")


@pytest.fixture
def officer(demo_officer):
    return demo_officer


@pytest.fixture
def population(course):
    """Only this assignment is active: Zorg (Alice, completed) with sub-department Zorg Noord
    (Bob, not started; Carol, completed more than a year ago: expired)."""
    Assignment.objects.update(active=False)
    zorg = DepartmentFactory(name="Zorg")
    noord = DepartmentFactory(name="Zorg Noord", parent=zorg)
    elsewhere = DepartmentFactory(name="Elders")
    assignment = Assignment.objects.create(
        course=course,
        audience=Assignment.Audience.DEPARTMENTS,
        starts_on=timezone.localdate() - datetime.timedelta(days=30),
        due_on=timezone.localdate() + datetime.timedelta(days=60),
        recertify_months=12,
    )
    assignment.departments.set([zorg])
    assignment.save()
    alice = EmployeeProfileFactory(department=zorg, user__first_name="Alice", user__last_name="A")
    bob = EmployeeProfileFactory(
        department=noord, manager=alice.user, user__first_name="Bob", user__last_name="B"
    )
    carol = EmployeeProfileFactory(department=noord, user__first_name="Carol", user__last_name="C")
    EmployeeProfileFactory(department=elsewhere)
    now = timezone.now().replace(microsecond=0)
    old = completion_at(user=carol.user, course=course, completed_at=now - datetime.timedelta(400))
    done = completion_at(user=alice.user, course=course, completed_at=now - datetime.timedelta(10))
    return {
        "assignment": assignment,
        "noord": noord,
        "alice": alice,
        "bob": bob,
        "carol": carol,
        "records": {alice.pk: done, carol.pk: old},
    }


def get(client, name, language="nl", **params):
    with translation.override(language):
        return client.get(reverse(f"compliance:{name}"), params)


def content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response) -> list[list[str]]:
    text = content(response).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_has_one_row_per_employee_with_status_and_evidence(client, officer, population):
    response = get(client, "export_csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f"completions-{timezone.localdate():%Y-%m-%d}.csv" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert len(header) == 13
    by_number = {row[0]: row for row in rows}
    alice, bob, carol = (population[k] for k in ("alice", "bob", "carol"))
    assert set(by_number) == {alice.employee_number, bob.employee_number, carol.employee_number}
    record = population["records"][alice.pk]
    with translation.override("nl"):
        completed_label = str(Status.LABELS[Status.COMPLETED])
        platform_label = str(CompletionRecord.OutcomeSource.PLATFORM.label)
    assert by_number[alice.employee_number] == [
        alice.employee_number,
        "Alice A",
        alice.user.email,
        "Zorg",
        "",
        population["assignment"].course.title,
        Status.COMPLETED,
        completed_label,
        "",  # nothing is due while the completion is valid
        timezone.localtime(record.completed_at).isoformat(timespec="seconds"),
        add_months(timezone.localdate(record.completed_at), 12).isoformat(),
        record.verification_code,
        platform_label,
    ]
    bob_row = by_number[bob.employee_number]
    assert bob_row[3:5] == ["Zorg Noord", alice.user.email]
    assert bob_row[6] == Status.NOT_STARTED
    assert bob_row[8] == population["assignment"].due_on.isoformat()
    assert bob_row[9:] == ["", "", "", ""]
    carol_row = by_number[carol.employee_number]
    assert carol_row[6] == Status.EXPIRED
    assert carol_row[11] == population["records"][carol.pk].verification_code


def test_csv_status_labels_follow_the_officers_language(client, officer, population):
    header, *rows = csv_rows(get(client, "export_csv", language="en"))
    assert header[7] == "Status"
    assert {row[7] for row in rows} == {"Completed", "Not started", "Expired"}


def test_csv_neutralises_spreadsheet_formulas(client, officer, population):
    bob = population["bob"].user
    bob.first_name = "=HYPERLINK(1)"
    bob.save()
    _header, *rows = csv_rows(get(client, "export_csv"))
    assert "'=HYPERLINK(1) B" in {row[1] for row in rows}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"department": "noord"}, {"bob", "carol"}),
        ({"status": Status.COMPLETED}, {"alice"}),
        ({"status": Status.EXPIRED, "department": "noord"}, {"carol"}),
        ({"assignment": "assignment", "status": Status.NOT_STARTED}, {"bob"}),
    ],
)
def test_filters_narrow_the_rows_and_are_logged(client, officer, population, params, expected):
    values = {k: population[v].pk if v in population else v for k, v in params.items()}

    _header, *rows = csv_rows(get(client, "export_csv", **values))

    assert {row[0] for row in rows} == {population[name].employee_number for name in expected}
    log = ExportLog.objects.get()
    assert (log.user, log.user_email, log.kind, log.rows) == (officer, officer.email, "csv", None)
    filters = {"assignment": "assignment_id", "department": "department_id", "status": "status"}
    assert log.filters == {filters[key]: value for key, value in values.items()}


@pytest.mark.parametrize("name", EXPORTS)
@pytest.mark.parametrize(
    "params", [{"status": "bogus"}, {"assignment": "abc"}, {"department": "999999"}]
)
def test_a_bad_filter_gets_400_and_no_export(client, officer, population, name, params):
    response = get(client, name, language="en", **params)

    assert response.status_code == 400
    text = response.content.decode()
    assert text.startswith("No export was made because the filter is not valid")
    assert not ExportLog.objects.exists()


def test_xlsx_has_the_csv_rows_with_real_dates(client, officer, population):
    _header, *expected = csv_rows(get(client, "export_csv"))
    response = get(client, "export_xlsx")

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(content(response))).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(header) == 13 and sheet.freeze_panes == "A2"

    def as_text(value):
        if isinstance(value, datetime.datetime):
            return value.date().isoformat() if value.time() == datetime.time() else value
        return "" if value is None else value

    for row in rows:
        done = row[9]
        if done is not None:
            assert isinstance(done, datetime.datetime)
            local = timezone.make_aware(done).isoformat(timespec="seconds")
            row[9] = local
        assert isinstance(row[8], datetime.datetime | None)
    assert sorted([as_text(v) for v in row] for row in rows) == sorted(expected)
    assert ExportLog.objects.filter(kind="xlsx", rows=3).exists()


def test_pdf_summary_has_the_course_and_the_counts(client, officer, population):
    response = get(client, "export_pdf", language="en")

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    with translation.override("en"):
        title = population["assignment"].course.localized.title
    assert title in text
    assert "Employees: 3. Completion rate: 33%" in text
    assert "Zorg Noord" in text
    assert ExportLog.objects.filter(kind="pdf", rows=3).exists()


def unzip_pack(client, tmp_path, **params):
    response = get(client, "export_audit_pack", **params)
    assert response.status_code == 200, content(response)
    folder = tmp_path / "pack"
    with zipfile.ZipFile(io.BytesIO(content(response))) as pack:
        pack.extractall(folder)
    return folder


def checks(folder) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    sums = subprocess.run(
        [shutil.which("sha256sum"), "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True
    )
    script = subprocess.run(
        [sys.executable, "verify.py"], cwd=folder, capture_output=True, text=True
    )
    return sums, script


@pytest.mark.slow
def test_audit_pack_verifies_offline(client, officer, population, tmp_path):
    folder = unzip_pack(client, tmp_path)

    records = population["records"].values()
    names = {p.name for p in folder.iterdir()}
    assert names == {
        "completions.csv",
        "records.jsonl",
        "certificates",
        "manifest.json",
        "SHA256SUMS",
        "verify.py",
        "completion_hash.py",
        "README.txt",
    }
    certificates = {p.name for p in (folder / "certificates").iterdir()}
    assert certificates == {f"{r.verification_code}.pdf" for r in records}
    manifest = json.loads((folder / "manifest.json").read_text())
    newest = max(records, key=lambda r: r.pk)
    chain = manifest["completion_chain"]
    assert chain["head"] == f"{newest.position}:{newest.record_hash}"
    assert (chain["head_position"], chain["head_hash"]) == (newest.position, newest.record_hash)
    assert chain["read_at"]
    assert manifest["generated_by"]["email"] == officer.email
    assert manifest["counts"] == {"rows": 3, "records": 2, "certificates": 2}
    lines = [json.loads(line) for line in (folder / "records.jsonl").read_text().splitlines()]
    assert {line["record_hash"] for line in lines} == {r.compute_hash() for r in records}
    sums, script = checks(folder)
    assert sums.returncode == 0, sums.stdout
    assert script.returncode == 0, script.stdout
    assert "follows record" in script.stdout and "is the chain head" in script.stdout
    assert script.stdout.strip().endswith("RESULT: OK")
    assert "verify_completion_chain" in (folder / "README.txt").read_text()
    assert ExportLog.objects.filter(kind="audit-pack", rows=3).exists()


@pytest.mark.slow
def test_a_changed_certificate_byte_fails_both_checks(client, officer, population, tmp_path):
    folder = unzip_pack(client, tmp_path)
    certificate = next((folder / "certificates").iterdir())
    data = bytearray(certificate.read_bytes())
    data[len(data) // 2] ^= 1
    certificate.write_bytes(bytes(data))

    sums, script = checks(folder)

    assert sums.returncode != 0 and script.returncode != 0
    assert f"FAIL file certificates/{certificate.name}" in script.stdout


@pytest.mark.slow
def test_a_changed_record_fails_even_with_recomputed_checksums(
    client, officer, population, tmp_path
):
    """A forger who also rewrites SHA256SUMS and the manifest still breaks the record hash."""
    folder = unzip_pack(client, tmp_path)
    path = folder / "records.jsonl"
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    lines[0]["score"] = 55
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))

    sums, script = checks(folder)
    assert sums.returncode != 0 and script.returncode != 0

    import hashlib

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"]["records.jsonl"] = digest
    (folder / "manifest.json").write_text(json.dumps(manifest))
    sums_lines = []
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        _old, name = line.split("  ", 1)
        data = (folder / name).read_bytes()
        sums_lines.append(f"{hashlib.sha256(data).hexdigest()}  {name}\n")
    (folder / "SHA256SUMS").write_text("".join(sums_lines))

    sums, script = checks(folder)
    assert sums.returncode == 0
    assert script.returncode != 0
    assert f"FAIL record {lines[0]['verification_code']}" in script.stdout


@pytest.mark.slow
def test_audit_pack_is_checked_against_a_published_head(client, officer, population, tmp_path):
    """verify.py --against: the head an officer received by e-mail, or from an older pack."""
    folder = unzip_pack(client, tmp_path)
    chain = json.loads((folder / "manifest.json").read_text())["completion_chain"]
    first = min(population["records"].values(), key=lambda r: r.position)

    def against(head: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "verify.py", "--against", head],
            cwd=folder,
            capture_output=True,
            text=True,
        )

    assert against(chain["head"]).returncode == 0
    assert against(f"{first.position}:{first.record_hash}").returncode == 0
    rewritten = against(f"{chain['head_position']}:{'f' * 64}")
    assert rewritten.returncode == 1 and "FAIL the pack's head is the head" in rewritten.stdout
    cut = against(f"{chain['head_position'] + 1}:{chain['head_hash']}")
    assert cut.returncode == 1 and "FAIL the pack's chain head (position" in cut.stdout
    other = against(f"{first.position}:{'e' * 64}")
    assert other.returncode == 1 and "has the published hash" in other.stdout


def test_audit_pack_refuses_too_many_certificates(client, officer, population, monkeypatch):
    monkeypatch.setattr("compliance.audit_pack.MAX_CERTIFICATES", 1)

    response = get(client, "export_audit_pack", language="en")

    assert response.status_code == 400
    assert "covers 2 certificates and a pack holds at most 1" in response.content.decode()
    assert not ExportLog.objects.exists()


# ---- who may export ------------------------------------------------------------------------

URLS = ["dashboard", "employees", *EXPORTS]
STAFF = [
    "trainer@demo.example",
    "vertrouwenspersoon@demo.example",
    "beheerder@demo.example",
    "superuser",
]


@pytest.mark.parametrize("name", URLS)
def test_anonymous_visitors_are_sent_to_sign_in(client, demo, name):
    response = get(client, name)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("name", URLS)
@pytest.mark.parametrize("who", ["medewerker@demo.example", *STAFF])
def test_everyone_but_compliance_officers_is_refused(client, demo, totp_enrol, name, who):
    if who == "superuser":
        user = UserFactory(is_superuser=True, is_staff=True)
    else:
        user = User.objects.get(email=who)
    if who != "medewerker@demo.example":
        totp_enrol(user)
    client.force_login(user)

    assert get(client, name).status_code == 403
    assert not ExportLog.objects.exists()


@pytest.mark.parametrize("name", URLS)
def test_compliance_officers_get_every_page_and_export(client, officer, name):
    assert get(client, name).status_code == 200


# ---- scale -----------------------------------------------------------------------------------


def employees_bulk(count: int, department, start: int = 0) -> None:
    users = User.objects.bulk_create(
        User(email=f"bulk{start + n}@example.org", first_name="Bulk", last_name=f"{start + n}")
        for n in range(count)
    )
    EmployeeProfile.objects.bulk_create(
        EmployeeProfile(user=user, employee_number=f"B{start + n:06d}", department=department)
        for n, user in enumerate(users)
    )


def test_csv_queries_do_not_grow_with_employees(
    client, officer, population, django_assert_max_num_queries
):
    department = population["noord"]
    employees_bulk(10, department)
    with CaptureQueriesContext(connection) as small:
        assert len(csv_rows(get(client, "export_csv"))) == 14
    employees_bulk(190, department, start=10)
    with django_assert_max_num_queries(len(small)):
        assert len(csv_rows(get(client, "export_csv"))) == 204
    assert len(small) <= 15


def traced_peak(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_csv_streams_in_flat_memory(client, officer, population):
    """Streamed, at most two chunks of rows (CHUNK_SIZE) are in memory at once: doubling the
    employees from 4,000 to 8,000 adds a small fraction of what loading the rows at once costs,
    and the peak stays well below the memory of the same rows loaded at once."""
    assignment, department = population["assignment"], population["noord"]

    def stream() -> None:
        for _chunk in get(client, "export_csv").streaming_content:
            pass

    employees_bulk(4000, department)
    stream()  # first use: templates, catalogues and the URL resolver are loaded once
    streamed = traced_peak(stream)
    loaded = traced_peak(
        lambda: list(
            assignment_export_rows(
                assignment=assignment, today=timezone.localdate(), filters=Filters()
            )
        )
    )
    employees_bulk(4000, department, start=4000)
    streamed_twice_as_many = traced_peak(stream)

    assert streamed < 0.6 * loaded, (streamed, loaded)
    # Loading everything would add about `loaded` again for 4,000 more employees.
    assert streamed_twice_as_many - streamed < 0.25 * loaded, (
        streamed,
        streamed_twice_as_many,
        loaded,
    )


def test_officer_group_is_the_only_way_in(demo):
    """The matrix above relies on this: only the compliance officer demo user is in the group."""
    members = set(Group.objects.get(name=COMPLIANCE_OFFICER).user_set.values_list("email"))
    assert members == {("compliance@demo.example",)}
