""" "Send due reminders now" with a real task worker: the request only queues the work, the
officer follows it on a progress page that survives reloads, and the database worker
(manage.py db_worker, run here in-process until the queue is empty) does the sending."""

import datetime
import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from compliance.models import Assignment, ReminderSent
from compliance.progress import reminders_failed
from compliance.tasks import reminders_send_task
from confidants.tasks import confidant_notices_task
from courses.models import CoursePage
from people.factories import DepartmentFactory, EmployeeProfileFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("database_tasks"),
]


@pytest.fixture
def database_tasks():
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        yield


@pytest.fixture
def immediate_tasks(database_tasks):
    immediate = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with override_settings(TASKS=immediate):
        yield


# The worker closes its database connection between tasks (as it should), which ends a test's
# enclosing transaction on PostgreSQL: tests that run it commit for real, and the demo is
# restored after each.
worker_test = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def worker_run() -> str:
    """The production worker, told to run what is queued and then stop."""
    out = io.StringIO()
    call_command("db_worker", batch=True, startup_delay=False, reload=False, stdout=out)
    return out.getvalue()


@pytest.fixture
def officer(demo_officer, client):
    return client


@pytest.fixture
def client_factory(totp_enrol):
    """A signed-in client for a new compliance officer with this e-mail address."""
    from django.test import Client

    from people.factories import UserFactory
    from people.roles import COMPLIANCE_OFFICER

    def make(email):
        user = UserFactory(email=email, role=COMPLIANCE_OFFICER)
        totp_enrol(user)
        made = Client()
        made.force_login(user)
        return made

    return make


@pytest.fixture
def overdue(demo):
    department = DepartmentFactory(name="Magazijn")
    assignment = Assignment.objects.create(
        course=CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan"),
        audience=Assignment.Audience.DEPARTMENTS,
        starts_on=timezone.localdate() - datetime.timedelta(days=40),
        due_rule=Assignment.DueRule.AFTER_ASSIGNMENT,
        due_days=30,
    )
    assignment.departments.set([department])
    assignment.save()
    return EmployeeProfileFactory(department=department)


@worker_test
def test_the_request_queues_and_the_worker_sends(officer, overdue, mailoutbox):
    response = officer.post(reverse("compliance:reminders_now"))
    assert response.status_code == 302
    page_url = response["Location"]
    assert not mailoutbox and not ReminderSent.objects.exists()  # nothing sent in the request

    waiting = officer.get(page_url)
    assert waiting.status_code == 200
    assert b"<progress" in waiting.content
    assert b'http-equiv="refresh"' in waiting.content  # no-JS fallback
    result_id = page_url.rstrip("/").rsplit("/", 1)[-1]
    json_url = reverse("compliance:reminders_progress_json", kwargs={"result_id": result_id})
    assert officer.get(json_url).json()["state"] == "waiting"

    worker_run()
    assert overdue.user.email in {address for message in mailoutbox for address in message.to}

    done = officer.get(page_url)  # a reload after the work is done shows the outcome
    assert done.status_code == 200
    assert b"<progress" not in done.content
    assert b"message-success" in done.content
    assert str(len(mailoutbox)).encode() in done.content
    status = officer.get(json_url).json()
    assert status["state"] == "done" and status["finished"] is True


@worker_test
def test_a_failing_run_shows_a_clear_error(officer):
    result = reminders_send_task.enqueue(today="not-a-date")
    worker_run()
    url = reverse("compliance:reminders_progress", kwargs={"result_id": result.id})
    page = officer.get(url)
    assert page.status_code == 200
    assert b"message-error" in page.content
    with translation.override("nl"):
        assert reminders_failed() in page.content.decode()
    assert b"ValueError" not in page.content  # no traceback for the officer


def test_other_tasks_and_unknown_ids_are_not_found(officer):
    other = confidant_notices_task.enqueue()
    for result_id in (other.id, "00000000-0000-0000-0000-000000000000", "not-an-id"):
        for name in ("compliance:reminders_progress", "compliance:reminders_progress_json"):
            url = reverse(name, kwargs={"result_id": result_id})
            assert officer.get(url).status_code == 404, (name, result_id)


@pytest.mark.parametrize(
    "who", ["medewerker@demo.example", "trainer@demo.example", "beheerder@demo.example"]
)
def test_only_officers_see_the_progress(client, totp_enrol, demo, who):
    result = reminders_send_task.enqueue()
    user = get_user_model().objects.get(email=who)
    totp_enrol(user)
    client.force_login(user)
    for name in ("compliance:reminders_progress", "compliance:reminders_progress_json"):
        assert client.get(reverse(name, kwargs={"result_id": result.id})).status_code == 403


@pytest.mark.usefixtures("immediate_tasks")
def test_without_a_worker_the_outcome_is_shown_at_once(officer, overdue, mailoutbox):
    response = officer.post(reverse("compliance:reminders_now"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("compliance:dashboard")
    assert b"message-success" in response.content and mailoutbox
    url = reverse("compliance:reminders_progress", kwargs={"result_id": "any"})
    assert officer.get(url).status_code == 404  # that backend keeps no results to show


# --- the audit pack, made by the worker ---------------------------------------------------


@worker_test
def test_the_audit_pack_is_made_by_the_worker_and_downloaded_by_its_officer(
    officer, overdue, client_factory
):
    from compliance.models import ExportLog

    response = officer.get(reverse("compliance:export_audit_pack"))
    assert response.status_code == 302
    page_url = response["Location"]
    assert not ExportLog.objects.filter(kind="audit-pack").exists()
    assert b"<progress" in officer.get(page_url).content

    worker_run()
    done = officer.get(page_url)
    assert b"message-success" in done.content and b"<progress" not in done.content
    result_id = page_url.rstrip("/").rsplit("/", 1)[-1]
    download_url = reverse("compliance:audit_pack_download", kwargs={"result_id": result_id})
    assert download_url.encode() in done.content
    assert ExportLog.objects.filter(kind="audit-pack").count() == 1  # logged before it is sent

    download = officer.get(download_url)
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert {"manifest.json", "verify.py", "completions.csv"} <= set(archive.namelist())

    other = client_factory("compliance.tweede@demo.example")  # another officer: not theirs
    assert other.get(download_url).status_code == 404
    assert other.get(page_url).status_code == 404


@worker_test
def test_an_audit_pack_over_the_limit_says_so_on_its_page(officer, overdue, monkeypatch):
    monkeypatch.setattr("compliance.audit_pack.MAX_CERTIFICATES", -1)
    page_url = officer.get(reverse("compliance:export_audit_pack"))["Location"]
    worker_run()
    page = officer.get(page_url)
    assert b"message-error" in page.content
    result_id = page_url.rstrip("/").rsplit("/", 1)[-1]
    download_url = reverse("compliance:audit_pack_download", kwargs={"result_id": result_id})
    assert download_url.encode() not in page.content
    assert officer.get(download_url).status_code == 404
