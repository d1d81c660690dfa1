"""A learner's course, lesson and scenario pages are kept rendered (courses/learner_cache.py):
a reload reads almost nothing, and whatever changes what the page shows shows at once."""

import datetime
import re
import uuid

import pytest
import time_machine
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cached_db import SessionStore
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from confidants.models import ConfidantProfile
from courses import services
from courses.factories import course_build, knowledge_check, paragraph
from courses.learner_cache import learner_changed, learner_page
from courses.models import CompletionRecord, LessonPage
from people.factories import UserFactory
from people.roles import EMPLOYEE
from scenarios.factories import choice, scenario_build, step
from scenarios.models import ScenarioAttempt

pytestmark = pytest.mark.django_db

QUESTION = knowledge_check("Who decides?", [("You", True), ("HR", False)])


@pytest.fixture(autouse=True)
def _sessions_as_in_production(settings):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


@pytest.fixture
def course():
    confidant = {"type": "confidant", "value": {"text": "Wij luisteren"}, "id": str(uuid.uuid4())}
    return course_build(
        lessons=[[paragraph("Welkom"), QUESTION, confidant], [paragraph("Tweede")]],
        validity_months=12,
    )


def lessons(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def signed_in(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def csrf_from(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_a_reload_reads_only_the_learner(employee, course, django_assert_num_queries):
    client = signed_in(employee)
    first = lessons(course)[0]
    for url in (course.url, first.url):
        client.get(url)
        client.get(url)  # the CSRF cookie is set now: this render is kept
        with django_assert_num_queries(1):  # the user row, as on every signed-in request
            assert client.get(url).status_code == 200


def test_an_answer_shows_on_the_next_view(employee, course):
    client = signed_in(employee)
    first = lessons(course)[0]
    client.get(first.url)
    html = client.get(first.url).content.decode()
    assert "Feedback: HR" not in html
    client.post(
        reverse("answer_submit", args=[first.pk, QUESTION["id"]]),
        {"option": "1", "csrfmiddlewaretoken": csrf_from(html)},
    )
    html = client.get(first.url).content.decode()
    assert "Feedback: HR" in html and "result-wrong" in html


def test_completing_lessons_shows_on_the_course_page_with_its_message(employee, course):
    client = signed_in(employee)
    first, second = lessons(course)
    client.get(course.url)
    assert "lesson-completed" not in client.get(course.url).content.decode()
    html = client.get(first.url).content.decode()
    token = csrf_from(html)
    client.post(
        reverse("answer_submit", args=[first.pk, QUESTION["id"]]),
        {"option": "0", "csrfmiddlewaretoken": token},
    )
    client.post(reverse("lesson_complete", args=[first.pk]), {"csrfmiddlewaretoken": token})
    html = client.get(course.url).content.decode()
    assert html.count("lesson-completed") == 1 and 'value="50"' in html
    client.get(second.url)
    client.post(reverse("lesson_complete", args=[second.pk]), {"csrfmiddlewaretoken": token})
    html = client.get(course.url).content.decode()
    certificate = reverse(
        "certificate_download", args=[CompletionRecord.objects.get().verification_code]
    )
    assert "message-success" in html and certificate in html  # the message, once
    html = client.get(course.url).content.decode()
    assert "message-success" not in html and certificate in html


def test_a_learner_never_gets_another_learners_page(employee, course):
    first = lessons(course)[0]
    services.lesson_view(user=employee, lesson=first)
    services.answer_submit(user=employee, lesson=first, block_id=QUESTION["id"], selected=[1])
    client = signed_in(employee)
    for _ in range(2):
        assert "Feedback: HR" in client.get(first.url).content.decode()
    colleague = signed_in(UserFactory(role=EMPLOYEE))
    for _ in range(2):
        assert "Feedback: HR" not in colleague.get(first.url).content.decode()
        assert 'value="0"' in colleague.get(course.url).content.decode()


def test_a_new_csrf_cookie_gets_forms_that_work_with_it(employee, course):
    client = signed_in(employee)
    first = lessons(course)[0]
    client.get(first.url)
    client.get(first.url)  # kept
    client.cookies["csrftoken"] = "N" * 32  # e.g. another browser tab after signing in again
    html = client.get(first.url).content.decode()
    response = client.post(
        reverse("answer_submit", args=[first.pk, QUESTION["id"]]),
        {"option": "0", "csrfmiddlewaretoken": csrf_from(html)},
    )
    assert response.status_code == 302  # not 403


def test_the_next_day_the_course_page_shows_an_expired_certificate(employee, course):
    first, second = lessons(course)
    for lesson in (first, second):
        services.lesson_view(user=employee, lesson=lesson)
    services.answer_submit(user=employee, lesson=first, block_id=QUESTION["id"], selected=[0])
    services.lesson_complete(user=employee, lesson=first)
    record = services.lesson_complete(user=employee, lesson=second)
    zone = timezone.get_current_timezone()
    last_evening = datetime.datetime.combine(record.valid_until, datetime.time(23, 58), zone)
    with time_machine.travel(last_evening):
        client = signed_in(employee)
        client.get(course.url)
        for _ in range(2):  # rendered, then kept
            assert "result-panel" in client.get(course.url).content.decode()
    with time_machine.travel(last_evening + datetime.timedelta(minutes=4)):
        assert "result-panel" not in client.get(course.url).content.decode()


def test_a_change_to_the_confidant_directory_shows_in_the_lesson(employee, course):
    first = lessons(course)[0]
    profile = ConfidantProfile.objects.filter(active=True).first()
    client = signed_in(employee)
    client.get(first.url)
    assert profile.name in client.get(first.url).content.decode()
    profile.name = "Noor de Vries"
    profile.save()
    assert "Noor de Vries" in client.get(first.url).content.decode()


def test_staff_always_get_a_fresh_page(trainer, totp_enrol, course):
    totp_enrol(trainer)
    client = signed_in(trainer)
    client.get(course.url)
    client.get(course.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(course.url).status_code == 200
    assert any("courses_lessonprogress" in query["sql"] for query in queries)


def test_a_page_rendered_from_the_old_state_is_not_kept_under_the_new(employee, course):
    """The version is read before the page's data: a change in between retires the render."""
    request = RequestFactory().get(course.url)
    request.user, request.staff_role, request.session = employee, False, SessionStore()
    request._messages = FallbackStorage(request)
    kept = learner_page(request, "page:test")
    assert kept.key and kept.response is None
    learner_changed(user_id=employee.pk)  # a write commits while the page renders

    kept.store(HttpResponse("old"))
    assert learner_page(request, "page:test").response is None
    fresh = learner_page(request, "page:test")
    fresh.store(HttpResponse("new"))
    assert learner_page(request, "page:test").response.content == b"new"


def test_a_scenario_step_is_kept_until_the_learner_chooses(employee, django_assert_num_queries):
    scenario_build(
        key="kept",
        start="start",
        steps=[
            step("start", choice("Speak up", "end", points=1, feedback="Brave.")),
            step("end", outcome="good", debrief="Well handled."),
        ],
    )
    client = signed_in(employee)
    client.get(reverse("scenario_play", args=["kept"]))
    attempt = ScenarioAttempt.objects.get(user=employee)
    url = reverse("scenario_attempt", args=[attempt.pk])
    client.get(url)
    html = client.get(url).content.decode()
    with django_assert_num_queries(2):  # the user, and the attempt (whose lesson's access)
        assert client.get(url).content.decode() == html
    client.post(url, {"position": 0, "choice": 0, "csrfmiddlewaretoken": csrf_from(html)})
    html = client.get(url).content.decode()
    assert "Brave." in html and "Well handled." in html
    other = signed_in(UserFactory(role=EMPLOYEE))
    assert other.get(url).status_code == 404  # kept pages are the learner's own


def test_pages_kept_while_a_write_commits_are_retired_by_the_commit(
    employee, course, django_capture_on_commit_callbacks
):
    """Another request may render the old state between a write and its commit; the commit
    retires whatever was kept meanwhile."""
    client = signed_in(employee)
    first = lessons(course)[0]
    client.get(first.url)
    with django_capture_on_commit_callbacks(execute=True):
        services.answer_submit(user=employee, lesson=first, block_id=QUESTION["id"], selected=[1])
        client.get(first.url)
        client.get(first.url)  # kept before the commit
    with CaptureQueriesContext(connection) as queries:
        client.get(first.url)
    assert any("courses_knowledgecheckanswer" in query["sql"] for query in queries)
