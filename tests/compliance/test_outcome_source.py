"""A pass that a SCORM package reported from the learner's browser is noted on the completion
record (outcome source "package"), hashed with it, and shown to the compliance officer in the
exports, all through the real endpoints: the player, the commit, the lesson's completion."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from compliance.factories import department_assignment
from compliance.models import Assignment
from courses.factories import course_build
from courses.models import CompletionRecord, LessonPage
from people.factories import DepartmentFactory, EmployeeProfileFactory, UserFactory
from people.roles import EMPLOYEE
from scorm.factories import ScormPackageFactory, scorm_block

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def setting():
    """One course whose only lesson is a required SCORM module, assigned to one department."""
    Assignment.objects.update(active=False)
    package = ScormPackageFactory()
    block = scorm_block(package)
    course = course_build(lessons=[[block]], pass_mark=80)
    department = DepartmentFactory(name="Packaged")
    department_assignment(course=course, departments=[department])
    learner = UserFactory(role=EMPLOYEE, first_name="Pat", last_name="Package")
    EmployeeProfileFactory(user=learner, department=department, employee_number="P-1")
    lesson = LessonPage.objects.child_of(course).get()
    return {"learner": learner, "lesson": lesson, "block_id": block["id"]}


def learner_passes_the_package(learner, lesson, block_id) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    with translation.override("nl"):
        assert client.get(lesson.get_url()).status_code == 200  # opens the lesson
        player = client.get(reverse("scorm_play", args=[lesson.pk, block_id]))
        token = client.cookies["csrftoken"].value
        body = {"cmi": {"core": {"lesson_status": "passed", "score": {"raw": "90"}}}, "final": True}
        response = client.post(
            player.context["config"]["commitUrl"],
            data=json.dumps(body),
            content_type="application/json",
            HTTP_X_CSRFTOKEN=token,
        )
        assert response.status_code == 200, response.content
        response = client.post(reverse("lesson_complete", args=[lesson.pk]), HTTP_X_CSRFTOKEN=token)
        assert response.status_code == 302


@pytest.fixture
def officer(demo_officer):
    return demo_officer


def test_a_package_reported_pass_is_noted_hashed_and_exported(client, officer, setting):
    learner_passes_the_package(**setting)

    record = CompletionRecord.objects.get(user=setting["learner"])
    assert record.outcome_source == CompletionRecord.OutcomeSource.PACKAGE
    assert record.payload()["outcome_source"] == "package"
    call_command("verify_completion_chain", stdout=io.StringIO())

    with translation.override("en"):
        response = client.get(reverse("compliance:export_csv"))
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        header, *rows = list(csv.reader(io.StringIO(text)))
        assert header[-1] == "Outcome reported by"
        (row,) = [row for row in rows if row[0] == "P-1"]
        assert row[-1] == "Reported by a SCORM package"

        response = client.get(reverse("compliance:export_xlsx"))
        data = b"".join(response.streaming_content) if response.streaming else response.content
        sheet = load_workbook(io.BytesIO(data)).active
        (cells,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "P-1"]
        assert cells[-1] == "Reported by a SCORM package"
