"""The compliance officer's story in Chromium, the issue's "Done means": an officer imports
staff, assigns the demo course with a due date, sees who is overdue, sends reminders and
downloads an audit pack that verifies. Plus: the dashboard and the employee list fit a 320 px
screen and pass axe without serious or critical violations.

Fixtures as in the other browser tests (tests/e2e/conftest.py): the demo on a live server, a
fresh browser context per test, screenshots into test-artifacts/. The officer must use TOTP, so
she is enrolled first (tests/conftest.py `totp_enrol`) and types the current code at sign-in.
The live server runs in this process with the locmem e-mail backend, so `mail.outbox` holds
what the reminders sent.
"""

import datetime
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_ui import path_of, screenshot, sign_in, submit, url, wide_elements
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from compliance.factories import completion_at
from compliance.models import Assignment
from courses.models import CoursePage
from people.models import Department, User

VIEWPORT = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
NARROW = {"width": 320, "height": 640}

OFFICER_EMAIL = "compliance@demo.example"
COURSE_TITLE = "Respectvol omgaan met elkaar en waar je hulp vindt"
COURSE_SLUG = "respectvol-omgaan"
DEPARTMENT = "Hoofdkantoor/Klantenservice"

# Four new colleagues in Klantenservice, hired long ago (so no new-hire grace applies).
STAFF = [
    ("T9001", "Kees", "Verhoeven", "kees.verhoeven@demo.example"),
    ("T9002", "Fatima", "El Amrani", "fatima.elamrani@demo.example"),
    ("T9003", "Joost", "Mulder", "joost.mulder@demo.example"),
    ("T9004", "Linh", "Phạm", "linh.pham@demo.example"),
]
HEADER = "employee_number,first_name,last_name,email,department,language,hire_date"


# --- helpers ----------------------------------------------------------------------------------


def shoot(page, name: str, *, full_page: bool = True) -> Path:
    return screenshot(page, f"test_compliance-{name}", full_page=full_page)


def csv_file(folder: Path, name: str, rows: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def staff_rows(*, bad_first: bool = False) -> list[str]:
    rows = []
    for index, (number, first, last, email) in enumerate(STAFF):
        if bad_first and index == 0:
            email = "kees.verhoeven@@demo"  # not an e-mail address
        rows.append(f"{number},{first},{last},{email},{DEPARTMENT},nl,2015-0{index + 1}-15")
    return rows


def upload_employees(page, path: Path) -> None:
    page.set_input_files('input[type="file"][name="file"]', str(path))
    submit(page, page.locator('main form button[type="submit"]'))


def assert_no_sideways_scroll(page, what: str) -> None:
    sizes = page.evaluate(
        "({scroll: document.scrollingElement.scrollWidth,"
        " client: document.scrollingElement.clientWidth})"
    )
    assert sizes["scroll"] <= sizes["client"], (
        f"{what} scrolls sideways: {sizes['scroll']}px in {sizes['client']}px; too wide: "
        f"{wide_elements(page, sizes['client'])}"
    )


def assert_axe_clean(page, what: str) -> None:
    violations = Axe().run(page).response["violations"]
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} {[n['target'] for n in v['nodes']][:5]}"
        for v in violations
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not serious, f"accessibility problems on {what}:\n" + "\n".join(serious)


def demo_course() -> CoursePage:
    return CoursePage.objects.get(locale__language_code="nl", slug=COURSE_SLUG)


def course_titles() -> list[str]:
    """The demo course's title in every language (the dashboard shows the reader's)."""
    key = demo_course().translation_key
    return list(CoursePage.objects.filter(translation_key=key).values_list("title", flat=True))


# --- the officer's story ----------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_officer_imports_assigns_sees_overdue_reminds_and_exports(
    live_demo, browser, totp_enrol, tmp_path
):
    officer = User.objects.get(email=OFFICER_EMAIL)
    secret = totp_enrol(officer)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    # bypass_csp: the site's strict CSP would keep axe-core's injected script out.
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True, accept_downloads=True)
    page = context.new_page()
    try:
        sign_in(page, live_demo, OFFICER_EMAIL, totp_secret=secret)

        # 1. Import: a file with a bad e-mail address first, then the corrected file.
        page.goto(live_demo + "/admin/")
        shoot(page, "01-admin")
        import_link = page.locator('nav a[href="/admin/people/import/"]')
        expect(import_link).to_be_visible()
        submit(page, import_link)
        assert path_of(page) == "/admin/people/import/", page.url
        shoot(page, "02-import-upload")

        upload_employees(page, csv_file(tmp_path, "bad.csv", staff_rows(bad_first=True)))
        assert path_of(page).startswith("/admin/people/import/"), page.url
        error_row = page.locator("table.listing tbody tr.import-error")
        expect(error_row).to_have_count(1)
        expect(error_row.locator("td").first).to_have_text("2")  # line 2: after the header
        expect(error_row.locator("td").nth(1)).to_have_text("T9001")
        expect(error_row.locator("ul.help-critical li")).not_to_have_count(0)
        expect(page.locator('button[name="mode"][value="all"]')).to_be_disabled()
        expect(page.locator('button[name="mode"][value="valid"]')).to_contain_text("3")
        shoot(page, "03-import-dry-run-error")
        assert not User.objects.filter(email__in=[s[3] for s in STAFF]).exists()

        page.goto(live_demo + "/admin/people/import/")
        upload_employees(page, csv_file(tmp_path, "good.csv", staff_rows()))
        expect(page.locator("table.listing tbody tr")).to_have_count(4)
        expect(page.locator("table.listing tbody tr.import-error")).to_have_count(0)
        import_all = page.locator('button[name="mode"][value="all"]')
        expect(import_all).to_be_enabled()
        shoot(page, "04-import-dry-run-ok")
        submit(page, import_all)
        expect(page.locator("main li").first).to_contain_text(re.compile(r":\s*4$"))  # New: 4
        shoot(page, "05-import-result")
        imported = list(User.objects.filter(email__in=[s[3] for s in STAFF]))
        assert len(imported) == 4, imported
        klantenservice = Department.objects.get(name="Klantenservice")
        assert {u.profile.department_id for u in imported} == {klantenservice.pk}

        # 2. The assignment, in the Wagtail admin snippet "Assignments".
        page.goto(live_demo + "/admin/")
        assignments_link = page.locator('nav a[href="/admin/snippets/compliance/assignment/"]')
        expect(assignments_link).to_have_text(re.compile(r"^\s*[A-Z]"))  # "Assignments"
        submit(page, assignments_link)
        assert path_of(page) == "/admin/snippets/compliance/assignment/", page.url
        shoot(page, "06-assignments")
        submit(page, page.locator('a[href="/admin/snippets/compliance/assignment/add/"]').first)
        assert path_of(page) == "/admin/snippets/compliance/assignment/add/", page.url

        # The course: Wagtail's page chooser, a modal; search for the course and pick it.
        page.locator("button.chooser__choose-button").click()
        modal = page.locator(".modal-dialog, .w-dialog").filter(has=page.locator('input[name="q"]'))
        expect(modal.first).to_be_visible()
        modal.first.locator('input[name="q"]').fill("Respectvol")
        result = modal.first.get_by_role("link", name=COURSE_TITLE, exact=True)
        expect(result).to_be_visible()
        shoot(page, "07-course-chooser")
        result.click()
        expect(page.locator("#id_course")).to_have_value(str(demo_course().pk))
        expect(page.locator("#id_course-title")).to_have_text(COURSE_TITLE)

        page.select_option("#id_audience", "departments")
        option = page.locator("#id_departments option", has_text="Klantenservice")
        page.select_option("#id_departments", option.get_attribute("value"))
        page.select_option("#id_due_rule", "fixed")
        page.fill("#id_due_on", yesterday.isoformat())
        page.keyboard.press("Escape")  # close the date picker
        page.locator("#id_recertify_months").click()
        expect(page.locator("#id_due_on")).to_have_value(yesterday.isoformat())
        shoot(page, "08-assignment-form")
        submit(page, page.locator("button.action-save"))
        assert path_of(page) == "/admin/snippets/compliance/assignment/", page.url
        assignment = Assignment.objects.get(audience=Assignment.Audience.DEPARTMENTS)
        assert assignment.course == demo_course()
        assert list(assignment.departments.all()) == [klantenservice]
        assert (assignment.due_rule, assignment.due_on) == (Assignment.DueRule.FIXED, yesterday)
        assert assignment.created_by.email == OFFICER_EMAIL
        expect(page.locator("table.listing")).to_contain_text("Departments")
        shoot(page, "09-assignment-listing")

        # 3. The dashboard, from the site header: the new colleagues are overdue.
        page.goto(live_demo + "/")
        submit(page, page.locator("header a", has_text=re.compile(r"^\s*Compliance\s*$")))
        assert re.fullmatch(r"/[a-z]{2}/[^/]+/", path_of(page)), page.url
        summary = page.locator(f"section.assignment-summary:has(h2#assignment-{assignment.pk})")
        expect(summary).to_have_count(1)
        titles = set(course_titles())
        assert summary.locator("h2").inner_text().strip() in titles, titles  # officer's language
        overdue = summary.locator("ul.status-counts li.status-overdue")
        overdue_count = int(re.search(r"(\d+)\s*$", overdue.inner_text()).group(1))
        assert overdue_count >= len(STAFF), overdue.inner_text()
        shoot(page, "10-dashboard")
        page.set_viewport_size(PHONE)
        shoot(page, "11-dashboard-phone")
        assert_no_sideways_scroll(page, "the dashboard at 375 px")
        page.set_viewport_size(VIEWPORT)

        submit(page, overdue.locator("a"))
        rows = page.locator("table.employees tbody tr")
        expect(rows).to_have_count(overdue_count)
        names = rows.locator("th").all_inner_texts()
        for _number, first, last, _email in STAFF:
            assert f"{first} {last}" in names, names
        expect(page.locator("table.employees .status-pill.seg-overdue-soft")).to_have_count(
            overdue_count
        )
        shoot(page, "12-employees-overdue")
        submit(page, page.locator("main p.breadcrumb a"))

        # 4. Reminders: at least one to each new colleague; pressing again sends nothing more.
        mail.outbox.clear()
        submit(page, page.locator("form.reminders-now button[type='submit']"))
        success = page.locator(".messages .message-success")
        expect(success).to_be_visible()
        sent = int(re.search(r"\d+", success.inner_text()).group(0))
        assert sent >= len(STAFF), success.inner_text()
        assert len(mail.outbox) == sent, [m.to for m in mail.outbox]
        recipients = {address for message in mail.outbox for address in message.to}
        assert {email for *_rest, email in STAFF} <= recipients, recipients
        shoot(page, "13-reminders-sent")
        submit(page, page.locator("form.reminders-now button[type='submit']"))
        expect(success).to_be_visible()
        assert int(re.search(r"\d+", success.inner_text()).group(0)) == 0, success.inner_text()
        assert len(mail.outbox) == sent, "pressing again sent reminders again"
        shoot(page, "14-reminders-again")

        # 5. The audit pack, with one certificate: it verifies offline.
        kees = User.objects.get(email=STAFF[0][3])
        record = completion_at(
            user=kees,
            course=demo_course(),
            completed_at=timezone.now() - datetime.timedelta(hours=2),
        )
        with page.expect_download() as download_info:
            page.locator('main a[href*="audit"]').click()
        download = download_info.value
        assert download.suggested_filename.endswith(".zip"), download.suggested_filename
        archive = tmp_path / download.suggested_filename
        download.save_as(archive)
        folder = tmp_path / "pack"
        with zipfile.ZipFile(archive) as pack:
            names = pack.namelist()
            pack.extractall(folder)
        assert f"certificates/{record.verification_code}.pdf" in names, names
        sums = subprocess.run(
            [shutil.which("sha256sum") or "/usr/bin/sha256sum", "-c", "SHA256SUMS"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        assert sums.returncode == 0, sums.stdout + sums.stderr
        verify = subprocess.run(
            [sys.executable, "verify.py"], cwd=folder, capture_output=True, text=True, check=False
        )
        assert verify.returncode == 0, verify.stdout + verify.stderr
        assert "RESULT: OK" in verify.stdout, verify.stdout
        assert record.verification_code in verify.stdout, verify.stdout
    finally:
        context.close()


# --- small screens and axe --------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_dashboard_and_employee_list_fit_320px_and_pass_axe(live_demo, browser, totp_enrol):
    """The dashboard and the drill-down (with overdue people in it) do not scroll sideways on a
    320 px screen and have no serious or critical axe violations, wide and narrow."""
    officer = User.objects.get(email=OFFICER_EMAIL)
    secret = totp_enrol(officer)
    assignment = Assignment.objects.create(
        course=demo_course(),
        audience=Assignment.Audience.DEPARTMENTS,
        due_rule=Assignment.DueRule.FIXED,
        due_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    assignment.departments.set([Department.objects.get(name="Klantenservice")])
    assignment.save()  # a ParentalManyToManyField is written on save
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    page = context.new_page()
    try:
        sign_in(page, live_demo, OFFICER_EMAIL, totp_secret=secret)
        page.goto(live_demo + url("compliance:dashboard"))
        expect(page.locator(f"h2#assignment-{assignment.pk}")).to_be_visible()
        assert_axe_clean(page, "the dashboard")
        page.set_viewport_size(NARROW)
        page.reload()
        shoot(page, "dashboard-320")
        assert_no_sideways_scroll(page, "the dashboard")
        assert_axe_clean(page, "the dashboard at 320 px")
        # The per-department table opens inside its own scroll region, never the page.
        page.locator(f"section:has(h2#assignment-{assignment.pk}) details summary").click()
        shoot(page, "dashboard-320-departments")
        assert_no_sideways_scroll(page, "the dashboard with the departments open")

        page.set_viewport_size(VIEWPORT)
        query = f"?assignment={assignment.pk}&status=overdue"
        page.goto(live_demo + url("compliance:employees") + query)
        expect(page.locator("table.employees tbody tr")).not_to_have_count(0)
        assert_axe_clean(page, "the employee list")
        page.set_viewport_size(NARROW)
        page.reload()
        shoot(page, "employees-320")
        assert_no_sideways_scroll(page, "the employee list")
        assert_axe_clean(page, "the employee list at 320 px")
    finally:
        context.close()
