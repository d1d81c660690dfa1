"""Hosted packages: attempts, commits and what flows into the course (scorm/services.py), the
commit endpoint, the player page and who may fetch package files (scorm/views.py)."""

import json
from decimal import Decimal

import pytest
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from courses import services as course_services
from courses.factories import course_build, knowledge_check
from courses.models import CompletionRecord, LessonPage, PackageOutcome
from people.factories import UserFactory
from people.roles import EMPLOYEE
from scorm import selectors, services
from scorm.factories import ScormPackageFactory, scorm_block
from scorm.models import ScormAttempt, ScormCommit

pytestmark = pytest.mark.django_db

Q1 = knowledge_check("Who decides?", [("You", True), ("HR", False)])


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def lesson_with(package, *, extra=(), required=True):
    block = scorm_block(package, required=required)
    course = course_build(lessons=[[*extra, block]], pass_mark=80)
    lesson = LessonPage.objects.child_of(course).get()
    return course, lesson, block["id"]


def commit_12(status, *, score=None, location="", exit="", suspend="", final=False):
    core = {"lesson_status": status, "lesson_location": location, "exit": exit}
    if score is not None:
        core["score"] = {"raw": str(score), "min": "0", "max": "100"}
    payload = {"cmi": {"core": core, "suspend_data": suspend}}
    if final:
        payload["final"] = True
    return payload


def launch(user, lesson, block_id):
    block = services.package_block(lesson=lesson, block_id=block_id)
    return services.attempt_launch(
        user=user, lesson=lesson, block_id=block_id, package=block.value["package"]
    )


def test_a_passed_package_completes_the_lesson_and_counts_in_the_course_score(employee):
    package = ScormPackageFactory()
    course, lesson, block_id = lesson_with(package, extra=[Q1])
    attempt = launch(employee, lesson, block_id)
    course_services.answer_submit(user=employee, lesson=lesson, block_id=Q1["id"], selected=[0])
    with pytest.raises(course_services.ProgressError):
        course_services.lesson_complete(user=employee, lesson=lesson)  # module not done yet

    services.attempt_commit(
        attempt_id=attempt.pk, user=employee, payload=commit_12("incomplete", location="p2")
    )
    services.attempt_commit(
        attempt_id=attempt.pk, user=employee, payload=commit_12("passed", score=70, final=True)
    )
    attempt.refresh_from_db()
    assert (attempt.completion_status, attempt.success_status) == ("completed", "passed")
    assert attempt.score_raw == Decimal("70") and attempt.score_scaled == Decimal("0.7")
    assert attempt.finished_at is not None and attempt.commit_count == 2
    assert list(attempt.commits.values_list("sequence", "final")) == [(1, False), (2, True)]
    outcome = PackageOutcome.objects.get(block_id=block_id)
    assert outcome.passed and outcome.score == Decimal("70.00")

    record = course_services.lesson_complete(user=employee, lesson=lesson)
    assert record is not None
    assert record.score == 85  # one question right (1) + the module's 0.70, of 2
    assert CompletionRecord.objects.filter(user=employee).count() == 1


def test_scorm_2004_failed_is_completed_but_not_passed(employee):
    package = ScormPackageFactory(version="2004")
    _course, lesson, block_id = lesson_with(package)
    attempt = launch(employee, lesson, block_id)
    payload = {
        "cmi": {
            "completion_status": "completed",
            "success_status": "failed",
            "score": {"scaled": "0.4", "raw": "40"},
            "location": "q3",
        }
    }
    services.attempt_commit(attempt_id=attempt.pk, user=employee, payload=payload)
    outcome = PackageOutcome.objects.get(block_id=block_id)
    assert outcome.completed and not outcome.passed and outcome.score == Decimal("40.00")
    with pytest.raises(course_services.ProgressError):
        course_services.lesson_complete(user=employee, lesson=lesson)


def test_a_12_mastery_score_judges_a_completed_status(employee):
    package = ScormPackageFactory(mastery_score=Decimal("80"))
    _course, lesson, block_id = lesson_with(package)
    attempt = launch(employee, lesson, block_id)
    services.attempt_commit(
        attempt_id=attempt.pk, user=employee, payload=commit_12("completed", score=60)
    )
    attempt.refresh_from_db()
    assert attempt.success_status == "failed"
    assert not PackageOutcome.objects.get(block_id=block_id).passed


def test_suspending_resumes_the_same_attempt_and_finishing_starts_a_new_one(employee):
    package = ScormPackageFactory()
    _course, lesson, block_id = lesson_with(package)
    first = launch(employee, lesson, block_id)
    services.attempt_commit(
        attempt_id=first.pk,
        user=employee,
        payload=commit_12(
            "incomplete", location="page-4", exit="suspend", suspend="a=1", final=True
        ),
    )
    again = launch(employee, lesson, block_id)
    assert again.pk == first.pk
    start = selectors.runtime_start(attempt=again, user=employee)
    assert start["core"]["entry"] == "resume"
    assert start["core"]["lesson_location"] == "page-4"
    assert start["suspend_data"] == "a=1"
    assert start["core"]["student_id"] == str(employee.pk)

    services.attempt_commit(
        attempt_id=first.pk, user=employee, payload=commit_12("completed", final=True)
    )
    second = launch(employee, lesson, block_id)
    assert second.number == 2 and second.pk != first.pk
    assert selectors.runtime_start(attempt=second, user=employee)["core"]["entry"] == "ab-initio"
    first.refresh_from_db()
    assert first.completion_status == "completed"  # the first attempt stays as it was
    with pytest.raises(services.CommitRefused) as refused:
        services.attempt_commit(attempt_id=first.pk, user=employee, payload=commit_12("failed"))
    assert refused.value.status == 409
    assert first.commits.count() == 2


def test_a_pass_stays_a_pass_when_a_later_attempt_fails(employee):
    package = ScormPackageFactory()
    _course, lesson, block_id = lesson_with(package)
    first = launch(employee, lesson, block_id)
    services.attempt_commit(
        attempt_id=first.pk, user=employee, payload=commit_12("passed", score=90, final=True)
    )
    second = launch(employee, lesson, block_id)
    services.attempt_commit(
        attempt_id=second.pk, user=employee, payload=commit_12("failed", score=10, final=True)
    )
    outcome = PackageOutcome.objects.get(block_id=block_id)
    assert outcome.passed and outcome.score == Decimal("90.00")


# The commit endpoint


@pytest.fixture
def launched(employee):
    package = ScormPackageFactory()
    _course, lesson, block_id = lesson_with(package)
    return launch(employee, lesson, block_id)


def csrf_client(user) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get(reverse("my_training"))
    return client, client.cookies["csrftoken"].value


def post_commit(client, attempt_id, body, token=None):
    headers = {"HTTP_X_CSRFTOKEN": token} if token else {}
    return client.post(
        reverse("scorm_commit", args=[attempt_id]),
        data=body if isinstance(body, str | bytes) else json.dumps(body),
        content_type="application/json",
        **headers,
    )


def test_commits_need_the_csrf_token_and_store_the_raw_data(
    launched, django_assert_max_num_queries
):
    client, token = csrf_client(launched.user)
    payload = commit_12("incomplete", location="p1", suspend="x" * 4096)
    assert post_commit(client, launched.pk, payload).status_code == 403
    assert not ScormCommit.objects.exists()
    # 9, and 3 for the lesson's access now: its live translations, live ancestors, restrictions
    with django_assert_max_num_queries(12):
        response = post_commit(client, launched.pk, payload, token)
    assert response.status_code == 200
    assert response.json() == {"result": True, "errorCode": 0}
    stored = ScormCommit.objects.get()
    assert stored.raw == json.dumps(payload)  # the text as sent, byte for byte
    assert stored.payload == payload


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ("{not json", 400, "not valid JSON"),
        ("[1, 2]", 400, "not a CMI data object"),
        ({"cmi": "passed"}, 400, "not a CMI data object"),
        (json.dumps({"cmi": {"suspend_data": "x" * (1024 * 1024)}}), 413, "larger than 1 MB"),
    ],
)
def test_bad_commits_are_refused_and_change_nothing(launched, body, status, message):
    client, token = csrf_client(launched.user)
    with translation.override("en"):
        response = post_commit(client, launched.pk, body, token)
    assert response.status_code == status
    assert response.json()["result"] is False
    assert message in response.json()["message"]
    launched.refresh_from_db()
    assert launched.commit_count == 0 and not ScormCommit.objects.exists()


def test_nobody_else_can_commit_to_an_attempt(launched):
    other = UserFactory(role=EMPLOYEE)
    client, token = csrf_client(other)
    response = post_commit(client, launched.pk, commit_12("passed", score=100), token)
    assert response.status_code == 404
    anonymous = Client()
    assert post_commit(anonymous, launched.pk, commit_12("passed")).status_code == 401
    assert not ScormCommit.objects.exists()
    assert not PackageOutcome.objects.exists()


# The player page and package files


def test_the_player_opens_an_attempt_for_a_learner_who_may_read_the_lesson(
    client, employee, django_assert_max_num_queries
):
    package = ScormPackageFactory(title="Golf etiquette", launch="shared/launchpage.html")
    course, lesson, block_id = lesson_with(package)
    url = reverse("scorm_play", args=[lesson.pk, block_id])
    assert client.get(url).status_code == 302  # signed out: to the sign-in page
    client.force_login(employee)
    response = client.get(url)
    assert response.status_code == 200
    config = response.context["config"]
    assert config["version"] == "1.2" and config["cmi"]["core"]["entry"] == "ab-initio"
    assert config["launchUrl"].startswith("http://scorm-content.testserver/scorm/frame/")
    assert ScormAttempt.objects.filter(user=employee, number=1).count() == 1
    with django_assert_max_num_queries(30):
        assert client.get(url).status_code == 200
    assert ScormAttempt.objects.filter(user=employee).count() == 1  # resumed, not a new one

    assert client.get(reverse("scorm_play", args=[lesson.pk, Q1["id"]])).status_code == 404
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([])
    assert client.get(url).status_code == 404  # not open: reveals nothing


@pytest.fixture
def stored(launched):
    name = f"{launched.package.storage_prefix}shared/launchpage.html"
    default_storage.save(name, ContentFile(b"<html><body>Golf</body></html>"))
    token = selectors.content_token(attempt=launched, site_origin="http://testserver")
    return launched, token


def file_url(token, path="shared/launchpage.html"):
    return f"/scorm/content/{token}/{path}"


CONTENT = {"HTTP_HOST": "scorm-content.testserver"}


def test_package_files_come_only_from_the_content_origin_by_the_signed_address(client, stored):
    attempt, token = stored
    response = client.get(file_url(token), **CONTENT)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"<html><body>Golf</body></html>"
    assert response["Content-Type"].startswith("text/html")
    assert "frame-ancestors 'self' http://testserver" in response["Content-Security-Policy"]
    client.force_login(attempt.user)
    # The site's own origin never serves a package, not even to its own learner.
    assert client.get(file_url(token)).status_code == 404
    assert client.get(f"/scorm/frame/{token}/").status_code == 404
    forged = signing.dumps({"p": str(attempt.package.uuid), "u": attempt.user_id}, salt="other")
    for bad in [
        file_url(forged),
        file_url(token, "../../secret.txt"),
        file_url(token, "shared/../../x"),
        file_url(token, "missing.html"),
    ]:
        assert client.get(bad, **CONTENT).status_code == 404, bad


def test_the_content_origin_serves_nothing_else_of_the_site(client, settings, stored):
    attempt, _token = stored
    settings.SCORM_CONTENT_ORIGIN = "https://content.example.org"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "content.example.org"]
    client.force_login(attempt.user)
    for path in ["/nl/", reverse("my_training"), "/admin/", reverse("account_login")]:
        response = client.get(path, HTTP_HOST="content.example.org", secure=True)
        assert response.status_code == 404, path
    token = selectors.content_token(attempt=attempt, site_origin="https://learn.example.org")
    frame = client.get(f"/scorm/frame/{token}/", HTTP_HOST="content.example.org", secure=True)
    assert frame.status_code == 200
    assert f'data-src="/scorm/content/{token}/index.html"' in frame.content.decode()
    assert 'data-site-origin="https://learn.example.org"' in frame.content.decode()
    player = client.get(reverse("scorm_play", args=[_lesson_pk(attempt), attempt.block_id]))
    assert player.context["config"]["launchUrl"].startswith(
        "https://content.example.org/scorm/frame/"
    )
    assert "frame-src 'self' https://content.example.org" in player["Content-Security-Policy"]


def _lesson_pk(attempt):
    return LessonPage.objects.get(translation_key=attempt.lesson_key).pk


def test_the_final_beacon_commit_carries_the_csrf_token_in_its_body(launched):
    """navigator.sendBeacon cannot send headers; the token travels in the JSON instead, is
    checked by Django's CSRF check all the same, and is not stored."""
    client, token = csrf_client(launched.user)
    forged = {**commit_12("passed", score=100, final=True), "csrfToken": "x" * 64}
    assert post_commit(client, launched.pk, forged).status_code == 403
    assert not ScormCommit.objects.exists()
    body = {**commit_12("passed", score=100, final=True), "csrfToken": token}
    assert post_commit(client, launched.pk, body).status_code == 200
    stored = ScormCommit.objects.get()
    assert stored.final and "csrfToken" not in stored.raw and token not in stored.raw
