"""Course and lesson pages come from the content cache (courses/content_cache.py): they stay
cheap, and publishing, unpublishing or restricting a page shows at once."""

import datetime

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import PageViewRestriction

from courses.models import ActivityEvent, CoursePage, LessonPage
from courses.selectors import attempt_open

pytestmark = pytest.mark.django_db

COURSE = "/nl/trainingen/respectvol-omgaan/"


@pytest.fixture
def course():
    return CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")


@pytest.fixture
def lesson(course):
    return LessonPage.objects.child_of(course).order_by("path").first()


def test_course_and_lesson_pages_need_few_queries(
    client, demo, employee, lesson, settings, django_assert_max_num_queries
):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # as in production
    client.force_login(employee)
    lesson_url = lesson.get_url()
    client.get(COURSE)
    client.get(lesson_url)
    with django_assert_max_num_queries(8):
        assert client.get(COURSE).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(lesson_url).status_code == 200


def test_a_published_revision_shows_at_once(client, demo, employee, course):
    client.force_login(employee)
    assert "Nieuwe inleiding" not in client.get(COURSE).content.decode()
    course.intro = "Nieuwe inleiding"
    course.save_revision().publish()
    assert "Nieuwe inleiding" in client.get(COURSE).content.decode()


def test_a_published_lesson_shows_its_new_content_and_title(client, demo, employee, lesson):
    client.force_login(employee)
    url = lesson.get_url()
    client.get(url)
    lesson.title = "Een nieuwe titel"
    lesson.save_revision().publish()
    assert "Een nieuwe titel" in client.get(url).content.decode()
    assert "Een nieuwe titel" in client.get(COURSE).content.decode()  # in the course outline


def test_an_unpublished_lesson_is_gone_at_once(client, demo, employee, lesson):
    client.force_login(employee)
    url = lesson.get_url()
    assert client.get(url).status_code == 200
    lesson.unpublish()
    assert client.get(url).status_code == 404


def test_a_view_restriction_applies_at_once(client, demo, employee, course):
    client.force_login(employee)
    assert client.get(COURSE).status_code == 200
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(COURSE)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_reloading_a_lesson_records_one_view_per_thirty_seconds(client, demo, employee, lesson):
    client.force_login(employee)
    url = lesson.get_url()
    for _ in range(3):
        assert client.get(url).status_code == 200
    views = ActivityEvent.objects.filter(attempt__user=employee, kind=ActivityEvent.Kind.VIEW)
    assert views.count() == 1
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=29)):
        assert client.get(url).status_code == 200
    assert views.count() == 1
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=31)):
        assert client.get(url).status_code == 200
        assert client.get(url).status_code == 200
    assert views.count() == 2


def test_opening_another_lesson_moves_the_resume_point(client, demo, employee, course):
    first, second = LessonPage.objects.child_of(course).order_by("path")[:2]
    client.force_login(employee)
    client.get(first.get_url())
    client.get(second.get_url())
    client.get(first.get_url())  # within 30 seconds, but the learner moved
    attempt = attempt_open(user=employee, course_key=course.translation_key)
    assert attempt.last_lesson_key == first.translation_key
    assert attempt.events.filter(kind=ActivityEvent.Kind.VIEW).count() == 3
