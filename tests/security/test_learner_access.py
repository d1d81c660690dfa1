"""Revoked learners record nothing: every learner endpoint checks the lesson's Wagtail view
restrictions and the learner's access at the time of the request (courses/access.py), and a
refusal reveals no lesson address. Replays the review's attack: a learner removed from a
restricted course's group still answered, completed, played and committed a SCORM "passed"."""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import services as course_services
from courses.factories import course_build, knowledge_check, paragraph, scenario
from courses.models import (
    ActivityEvent,
    CompletionRecord,
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
    PackageOutcome,
)
from people.factories import UserFactory
from people.roles import EMPLOYEE
from scenarios.factories import choice, scenario_build, step
from scenarios.models import ScenarioAttempt
from scorm.factories import ScormPackageFactory, scorm_block
from scorm.models import ScormAttempt, ScormCommit

pytestmark = pytest.mark.django_db

QUESTION = knowledge_check("Who decides?", [("You", True), ("HR", False)])


def restricted(page, group):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([group])


@pytest.fixture
def setting(settings, tmp_path):
    """A course open to one group: a lesson with a question, a scenario and a SCORM package;
    a second restricted course the learner already completed (their certificate)."""
    settings.MEDIA_ROOT = tmp_path
    team = Group.objects.create(name="Warehouse team")
    learner = UserFactory(role=EMPLOYEE)
    learner.groups.add(team)
    scenario_build(
        key="gate",
        start="start",
        steps=[step("start", choice("Speak up", "end", points=1)), step("end", outcome="good")],
    )
    package = ScormPackageFactory(title="Module", launch="index.html")
    gate = scenario("gate")
    package_block = scorm_block(package)
    course = course_build(lessons=[[QUESTION, gate, package_block], [paragraph("Next")]])
    done = course_build(lessons=[[paragraph("Done")]])
    restricted(course, team)
    restricted(done, team)
    first = LessonPage.objects.child_of(course).order_by("path").first()
    certificate_lesson = LessonPage.objects.child_of(done).get()
    course_services.lesson_view(user=learner, lesson=certificate_lesson)
    record = course_services.lesson_complete(user=learner, lesson=certificate_lesson)

    client = Client()
    client.force_login(learner)
    assert client.get(first.url).status_code == 200
    play = reverse("scenario_play", args=["gate"]) + f"?lesson={first.pk}&block={gate['id']}"
    assert client.get(play).status_code == 302
    scorm = reverse("scorm_play", args=[first.pk, package_block["id"]])
    assert client.get(scorm).status_code == 200
    return {
        "team": team,
        "learner": learner,
        "client": client,
        "lesson": first,
        "record": record,
        "play": play,
        "scorm": scorm,
        "scenario_attempt": ScenarioAttempt.objects.get(user=learner),
        "scorm_attempt": ScormAttempt.objects.get(user=learner),
    }


def endpoints(s) -> list[tuple[str, str, dict]]:
    lesson = s["lesson"]
    commit = json.dumps({"cmi": {"core": {"lesson_status": "passed"}}, "final": True})
    return [
        ("GET", lesson.url, {}),
        ("POST", reverse("answer_submit", args=[lesson.pk, QUESTION["id"]]), {"option": ["0"]}),
        ("POST", reverse("lesson_complete", args=[lesson.pk]), {}),
        ("POST", reverse("lesson_active", args=[lesson.pk]), {}),
        ("GET", s["play"], {}),
        ("GET", reverse("scenario_attempt", args=[s["scenario_attempt"].pk]), {}),
        (
            "POST",
            reverse("scenario_attempt", args=[s["scenario_attempt"].pk]),
            {"position": "0", "choice": "0"},
        ),
        ("GET", s["scorm"], {}),
        ("COMMIT", reverse("scorm_commit", args=[s["scorm_attempt"].pk]), {"body": commit}),
        ("GET", reverse("certificate_download", args=[s["record"].verification_code]), {}),
    ]


def request(client, method, path, data):
    if method == "GET":
        return client.get(path)
    if method == "COMMIT":
        return client.post(path, data["body"], content_type="application/json")
    return client.post(path, data)


def recorded() -> dict:
    return {
        "answers": KnowledgeCheckAnswer.objects.count(),
        "lessons completed": LessonProgress.objects.filter(completed_at__isnull=False).count(),
        "events": ActivityEvent.objects.count(),
        "scenario": list(ScenarioAttempt.objects.values_list("path", "finished_at")),
        "commits": ScormCommit.objects.count(),
        "package outcomes": PackageOutcome.objects.count(),
        "records": CompletionRecord.objects.count(),
        "scenario attempts": ScenarioAttempt.objects.count(),
        "scorm attempts": ScormAttempt.objects.count(),
    }


def test_a_learner_removed_from_the_group_records_nothing_and_learns_no_address(setting):
    s = setting
    s["learner"].groups.remove(s["team"])
    before = recorded()
    for method, path, data in endpoints(s):
        response = request(s["client"], method, path, data)
        assert response.status_code == 404, (method, path, response.status_code)
        assert "Location" not in response, (path, response.get("Location"))
        if path != s["lesson"].url:  # (its 404 page's language links name the address asked)
            assert s["lesson"].url not in response.content.decode(errors="replace"), path
    assert recorded() == before


@pytest.mark.parametrize("who", ["member", "outsider", "other member", "signed out"])
def test_role_and_restriction_matrix(setting, who):
    """Every endpoint, for each kind of requester: the group's member reaches all of them; an
    outsider and another member of the group (someone else's attempts and certificate) get
    404; a signed-out visitor is sent to sign in (a commit answers 401 or 403)."""
    s = setting
    client = s["client"]
    if who in ("outsider", "other member"):
        client = Client()
        other = UserFactory(role=EMPLOYEE)
        if who == "other member":
            other.groups.add(s["team"])
        client.force_login(other)
    elif who == "signed out":
        client = Client()
    for method, path, data in endpoints(s):
        response = request(client, method, path, data)
        if who == "member":
            assert response.status_code in (200, 204, 302), (path, response.status_code)
        elif who == "signed out":
            assert response.status_code in (302, 401, 403), (path, response.status_code)
            if response.status_code == 302:
                assert "/accounts/login/" in response["Location"], path
        elif who == "other member" and method == "GET" and path in (s["lesson"].url, s["play"]):
            assert response.status_code in (200, 302), path  # the lesson is theirs to read too
        elif who == "other member" and method == "POST" and "/learn/lessons/" in path:
            assert response.status_code in (204, 302), path  # their own progress
        elif who == "other member" and path == s["scorm"]:
            assert response.status_code == 200  # starts their own attempt
        else:
            assert response.status_code == 404, (who, path, response.status_code)


@pytest.mark.parametrize(
    ("query", "status"),
    [("abc", 400), ("١٢", 400), ("-1", 400), ("99999999999999999999", 404), ("0", 404)],
)
def test_a_malformed_lesson_number_gets_a_page_that_says_so(client, setting, query, status):
    client.force_login(setting["learner"])
    response = client.get(reverse("scenario_play", args=["gate"]) + f"?lesson={query}")
    assert response.status_code == status
    if status == 400:
        html = response.content.decode()
        assert "Het lesnummer in dit adres is niet geldig." in html
        assert 'href="/"' in html  # in the site's layout, with a way home
