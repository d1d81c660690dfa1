"""Personal pages and downloads say `Cache-Control: private, no-store`: no proxy, CDN or
browser history keeps them. Public pages for signed-out visitors and static files do not."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from compliance.factories import completion_at
from confidants.demo import DEMO_PASSPHRASE
from courses.factories import course_build
from courses.models import CoursePage, LessonPage
from people.models import User
from scorm import selectors as scorm_selectors
from scorm import services as scorm_services
from scorm.factories import ScormPackageFactory, scorm_block

pytestmark = pytest.mark.django_db

COURSE = "/nl/trainingen/respectvol-omgaan/"
CONTENT_HOST = "scorm-content.testserver"


def private(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.fixture
def course(demo):
    return CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")


@pytest.fixture
def staff(totp_enrol):
    def sign_in(email: str) -> Client:
        user = User.objects.get(email=email)
        totp_enrol(user)
        client = Client()
        client.force_login(user)
        return client

    return sign_in


def test_a_learners_pages_and_certificate_are_private(client, course, employee):
    record = completion_at(user=employee, course=course, completed_at=timezone.now())
    lesson = LessonPage.objects.child_of(course).order_by("path").first()
    client.force_login(employee)
    for url in (
        "/nl/",
        COURSE,
        lesson.url,
        reverse("my_training"),
        reverse("certificate_download", args=[record.verification_code]),
        reverse("confidant_help"),
        reverse("confidants:contact"),
        reverse("language_preference"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert private(response), (url, response.get("Cache-Control"))


def test_officer_exports_and_dashboard_are_private(staff):
    client = staff("compliance@demo.example")
    for name in ("dashboard", "export_csv", "export_xlsx", "export_pdf", "export_audit_pack"):
        with override("nl"):
            response = client.get(reverse(f"compliance:{name}"))
        assert response.status_code == 200, name
        assert private(response), (name, response.get("Cache-Control"))


def test_the_confidant_inbox_and_report_are_private(staff):
    client = staff("vertrouwenspersoon@demo.example")
    unlocked = client.post(reverse("confidants:unlock"), {"passphrase": DEMO_PASSPHRASE})
    assert private(unlocked)
    for name in ("inbox", "report"):
        response = client.get(reverse(f"confidants:{name}"))
        assert response.status_code == 200, name
        assert private(response), (name, response.get("Cache-Control"))


def test_anonymous_confidant_pages_and_verification_are_private(client, course, employee):
    record = completion_at(user=employee, course=course, completed_at=timezone.now())
    for url in (
        reverse("confidants:contact"),
        reverse("confidants:follow_up"),
        reverse("certificate_verify", args=[record.verification_code]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert private(response), (url, response.get("Cache-Control"))


def test_public_pages_for_signed_out_visitors_are_left_alone(client, demo):
    response = client.get("/nl/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_views_own_policy_is_kept(client, employee, settings, tmp_path):
    """SCORM package files decide their own caching (private, an hour), even when the browser
    sends the learner's session along."""
    settings.MEDIA_ROOT = tmp_path
    package = ScormPackageFactory()
    course = course_build(lessons=[[scorm_block(package)]])
    lesson = LessonPage.objects.child_of(course).get()
    block_id = lesson.body[0].id
    attempt = scorm_services.attempt_launch(
        user=employee, lesson=lesson, block_id=block_id, package=package
    )
    default_storage.save(f"{package.storage_prefix}index.html", ContentFile(b"<html></html>"))
    token = scorm_selectors.content_token(attempt=attempt, site_origin="http://testserver")
    client.force_login(employee)
    response = client.get(f"/scorm/content/{token}/index.html", HTTP_HOST=CONTENT_HOST)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, max-age=3600"
