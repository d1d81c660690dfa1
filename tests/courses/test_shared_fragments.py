"""Parts of pages that are the same for every reader come from the content cache (the site,
the header, lesson text, the lesson list for a given progress): a change shows at once, and
what belongs to one learner (answers, progress, CSRF tokens) never reaches another."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Site

from courses.factories import course_build, knowledge_check, paragraph
from courses.models import CourseIndexPage, LessonPage
from people.factories import UserFactory
from people.roles import EMPLOYEE

pytestmark = pytest.mark.django_db

COURSE = "/nl/trainingen/respectvol-omgaan/"
QUESTION = knowledge_check("Who decides?", [("You", True), ("HR", False)])


@pytest.fixture
def course():
    return course_build(lessons=[[paragraph("Welkom"), QUESTION], [paragraph("Tweede")]])


def first_lesson(course) -> LessonPage:
    return LessonPage.objects.child_of(course).order_by("path").first()


def csrf_tokens(html: str) -> set[str]:
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))


def test_a_new_catalogue_address_shows_in_the_header_at_once(client, demo, employee):
    client.force_login(employee)
    assert 'href="/nl/trainingen/"' in client.get(COURSE).content.decode()
    catalogue = CourseIndexPage.objects.get(locale__language_code="nl")
    catalogue.slug = "cursussen"
    catalogue.save_revision().publish()
    html = client.get("/nl/cursussen/respectvol-omgaan/").content.decode()
    assert 'href="/nl/cursussen/"' in html and 'href="/nl/trainingen/"' not in html


def test_a_changed_paragraph_shows_at_once(client, employee, course):
    client.force_login(employee)
    lesson = first_lesson(course)
    assert "Welkom" in client.get(lesson.url).content.decode()
    lesson.body[0].value.source = "<p>Nieuwe tekst</p>"
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "Nieuwe tekst" in html and "Welkom" not in html


def test_removing_the_site_applies_at_once(client, demo, employee):
    client.force_login(employee)
    assert client.get(COURSE).status_code == 200
    Site.objects.all().delete()
    assert client.get(COURSE).status_code == 404


def test_each_learner_sees_their_own_answers_progress_and_tokens(client, employee, course):
    other = UserFactory(role=EMPLOYEE)
    lesson = first_lesson(course)
    client.force_login(employee)
    client.get(lesson.url)
    client.post(reverse("answer_submit", args=[lesson.pk, QUESTION["id"]]), {"option": "1"})
    mine = client.get(lesson.url).content.decode()
    client.post(reverse("lesson_complete", args=[lesson.pk]))
    my_course = client.get(course.url).content.decode()

    client.force_login(other)
    theirs = client.get(lesson.url).content.decode()
    their_course = client.get(course.url).content.decode()
    assert "result-wrong" in mine and "result-wrong" not in theirs
    assert "lesson-completed" in my_course and "lesson-completed" not in their_course
    assert csrf_tokens(mine) and csrf_tokens(theirs) and not csrf_tokens(mine) & csrf_tokens(theirs)


def test_signed_out_readers_get_the_signed_out_header(client, demo, employee):
    client.force_login(employee)
    signed_in = client.get(COURSE).content.decode()
    client.logout()
    signed_out = client.get(COURSE).content.decode()
    assert reverse("my_training") in signed_in and reverse("my_training") not in signed_out
    assert reverse("account_login") in signed_out
    assert not csrf_tokens(signed_out) & csrf_tokens(signed_in)
