"""A SCORM commit is written by the package's author (any Trainer) and sent by any learner's
browser: hostile bodies get a 4xx with a stable reason and store nothing, and one learner cannot
fill the database (scorm/commit_input.py, the budget in scorm/services.py)."""

import json
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.factories import course_build
from courses.models import LessonPage
from people.factories import UserFactory
from people.roles import EMPLOYEE
from scorm import services
from scorm.factories import ScormPackageFactory, scorm_block
from scorm.models import ScormAttempt, ScormCommit

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempt(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    learner = UserFactory(role=EMPLOYEE)
    package = ScormPackageFactory()
    block = scorm_block(package)
    lesson = LessonPage.objects.child_of(course_build(lessons=[[block]])).get()
    return services.attempt_launch(
        user=learner, lesson=lesson, block_id=block["id"], package=package
    )


@pytest.fixture
def client(attempt):
    client = Client(enforce_csrf_checks=True)
    client.force_login(attempt.user)
    client.get(reverse("my_training"))
    return client


def commit(client, attempt, body: str | bytes):
    with translation.override("en"):
        return client.post(
            reverse("scorm_commit", args=[attempt.pk]),
            data=body,
            content_type="application/json",
            HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
        )


def cmi(value: str) -> str:
    return '{"cmi": {"core": {"lesson_status": "incomplete", "lesson_location": ' + value + "}}}"


HOSTILE = [
    ("[" * 200_000, 400, "too-deep"),
    ('{"cmi": ' + "[" * 100_000 + "]" * 100_000 + "}", 400, "too-deep"),
    ('{"cmi": {"a": ' + "[" * 20 + "]" * 20 + "}}", 400, "too-deep"),
    (cmi('"\\ud800"'), 400, "chars"),
    (cmi('"x\\udfff"'), 400, "chars"),
    ('{"cmi": {"\\ud83d": "x"}}', 400, "chars"),
    (cmi('"\\u0000"'), 400, "chars"),
    (cmi('"a\x00b"'), 400, "chars"),
    (cmi("NaN"), 400, "not-json"),
    (cmi("-Infinity"), 400, "not-json"),
    (cmi("1e999"), 400, "not-json"),
    (cmi("9" * 5000), 400, "not-json"),
    (b'{"cmi": {"x": "\xff\xfe"}}', 400, "not-json"),
    ('{"cmi": {"list": [' + ",".join(["0"] * 60_000) + "]}}", 400, "too-many"),
    ('{"cmi": {"x": "' + "y" * (1024 * 1024) + '"}}', 413, "too-large"),
    ('{"cmi": []}', 400, "not-cmi"),
]


@pytest.mark.parametrize(("body", "status", "reason"), HOSTILE, ids=range(len(HOSTILE)))
def test_a_hostile_commit_is_refused_with_its_reason_and_stores_nothing(
    attempt, client, body, status, reason
):
    response = commit(client, attempt, body)
    assert response.status_code == status
    assert response.json()["reason"] == reason
    assert response.json()["message"]
    assert not ScormCommit.objects.exists()
    attempt.refresh_from_db()
    assert (attempt.commit_count, attempt.stored_bytes, attempt.location) == (0, 0, "")


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ('"1e30"', None),
        ('"1e20"', None),
        ('"-1e30"', None),
        ('"NaN"', None),
        ('"Infinity"', None),
        ("true", None),
    ]
    + [('"12.345678"', Decimal("12.3457")), ("99", Decimal("99"))],
)
def test_scores_no_column_holds_are_read_as_no_score(attempt, client, raw, stored):
    body = '{"cmi": {"core": {"lesson_status": "incomplete", "score": {"raw": ' + raw + "}}}}"
    assert commit(client, attempt, body).status_code == 200
    attempt.refresh_from_db()
    assert attempt.score_raw == stored


def test_a_learner_saving_in_a_loop_is_slowed_down(attempt, client, settings):
    settings.SCORM_COMMITS_PER_MINUTE = 5
    body = cmi('"p1"')
    codes = [commit(client, attempt, body).status_code for _ in range(7)]
    assert codes == [200] * 5 + [429] * 2
    assert ScormCommit.objects.count() == 5
    assert commit(client, attempt, body).json()["reason"] == "rate"


def test_an_attempt_stores_no_more_than_its_quota(attempt, client, settings):
    settings.SCORM_ATTEMPT_QUOTA_BYTES = 3000
    body = cmi(json.dumps("x" * 900))
    codes = [commit(client, attempt, body).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 413]
    attempt.refresh_from_db()
    assert attempt.commit_count == 3 and attempt.stored_bytes == 3 * len(body)
    assert attempt.stored_bytes <= settings.SCORM_ATTEMPT_QUOTA_BYTES


def test_a_learner_stores_no_more_than_the_daily_quota_across_attempts(attempt, client, settings):
    settings.SCORM_COMMIT_BYTES_PER_DAY = 5000
    body = cmi(json.dumps("x" * 1500))
    codes = [commit(client, attempt, body).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    second = ScormAttempt.objects.create(
        user=attempt.user,
        package=attempt.package,
        lesson_key=attempt.lesson_key,
        block_id=attempt.block_id,
        number=2,
    )
    response = commit(client, second, body)
    assert (response.status_code, response.json()["reason"]) == (429, "daily-quota")
    assert ScormCommit.objects.count() == 3
