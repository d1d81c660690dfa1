import pytest
from django.urls import reverse
from django.utils import translation

from courses.factories import course_build, knowledge_check, paragraph
from courses.models import CompletionRecord, CoursePage, KnowledgeCheckAnswer, LessonPage
from people.factories import UserFactory

pytestmark = pytest.mark.django_db

QUESTION = knowledge_check("Who decides?", [("You", True), ("HR", False)])


@pytest.fixture
def course():
    return course_build(
        lessons=[[paragraph("Welcome"), QUESTION], [paragraph("Second")]], validity_months=12
    )


def lessons(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def test_lessons_need_sign_in(client, course):
    response = client.get(lessons(course)[0].url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_learner_takes_the_course_through_the_pages(client, employee, course):
    client.force_login(employee)
    first, second = lessons(course)
    html = client.get(first.url).content.decode()
    assert "Who decides?" in html and 'type="radio"' in html
    answer_url = reverse("answer_submit", args=[first.pk, QUESTION["id"]])
    response = client.post(answer_url, {"option": "1"})
    assert response["Location"].endswith(f"#question-{QUESTION['id']}")
    html = client.get(first.url).content.decode()
    assert "Feedback: HR" in html and "result-wrong" in html
    client.post(answer_url, {"option": "0"})
    response = client.post(reverse("lesson_complete", args=[first.pk]))
    assert response["Location"] == second.url
    client.get(second.url)
    response = client.post(reverse("lesson_complete", args=[second.pk]))
    assert response["Location"] == course.url
    record = CompletionRecord.objects.get()
    html = client.get(course.url).content.decode()
    assert reverse("certificate_download", args=[record.verification_code]) in html
    pdf = client.get(reverse("certificate_download", args=[record.verification_code]))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_crafted_answer_gets_a_message_and_changes_nothing(client, employee, course):
    client.force_login(employee)
    first = lessons(course)[0]
    client.get(first.url)
    url = reverse("answer_submit", args=[first.pk, QUESTION["id"]])
    for data in ({"option": "9"}, {"option": "x"}, {}):
        response = client.post(url, data, follow=True)
        assert response.status_code == 200
        assert 'class="message message-error"' in response.content.decode()
    assert not KnowledgeCheckAnswer.objects.exists()


def test_answer_endpoint_refuses_get(client, employee, course):
    client.force_login(employee)
    url = reverse("answer_submit", args=[lessons(course)[0].pk, QUESTION["id"]])
    assert client.get(url).status_code == 405


def test_certificate_download_is_for_the_holder_only(client, employee, course):
    client.force_login(employee)
    first, second = lessons(course)
    client.get(first.url)
    client.post(reverse("answer_submit", args=[first.pk, QUESTION["id"]]), {"option": "0"})
    client.post(reverse("lesson_complete", args=[first.pk]))
    client.get(second.url)
    client.post(reverse("lesson_complete", args=[second.pk]))
    code = CompletionRecord.objects.get().verification_code
    client.force_login(UserFactory())
    assert client.get(reverse("certificate_download", args=[code])).status_code == 404


def test_verify_page_shows_status_and_hides_unknown_codes(client, employee, course):
    from courses import services

    for lesson in lessons(course):
        services.lesson_view(user=employee, lesson=lesson)
    services.answer_submit(
        user=employee, lesson=lessons(course)[0], block_id=QUESTION["id"], selected=[0]
    )
    for lesson in lessons(course):
        record = services.lesson_complete(user=employee, lesson=lesson)
    response = client.get(
        f"/verify/{record.verification_code}/", HTTP_ACCEPT_LANGUAGE="en", follow=True
    )
    assert response.redirect_chain[0][0] == f"/en/verify/{record.verification_code}/"
    html = response.content.decode()
    assert response.status_code == 200
    assert employee.get_full_name() in html and "Course" in html
    assert "verify-valid" in html
    response = client.get("/en/verify/AAAAAAAAAAAAAAAAAAAAAAAA/")
    assert response.status_code == 404
    assert employee.get_full_name() not in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


def test_my_training_lists_courses_and_is_friendly_when_empty(client, employee, course):
    client.force_login(employee)
    html = client.get(reverse("my_training")).content.decode()
    assert course.title in html


def page_queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_pages_use_a_constant_number_of_queries(client, employee):
    """However many lessons and answers a course has, its pages cost the same."""
    client.force_login(employee)
    counts = {}
    for size in (2, 12):
        course = course_build(lessons=[[paragraph("x"), QUESTION]] * size, title=f"C{size}")
        lesson = lessons(course)[0]
        client.get(lesson.url)
        client.post(reverse("answer_submit", args=[lesson.pk, QUESTION["id"]]), {"option": "0"})
        counts[size] = (page_queries(client, course.url), page_queries(client, lesson.url))
    assert counts[2] == counts[12]
    course_page, lesson_page = counts[2]
    assert course_page <= 17
    assert lesson_page <= 23  # incl. savepoints of the progress write


def test_no_certificate_when_the_course_issues_none(client, employee):
    from courses import services

    course = course_build(lessons=[[paragraph("x")]], certificate_enabled=False)
    (lesson,) = lessons(course)
    services.lesson_view(user=employee, lesson=lesson)
    record = services.lesson_complete(user=employee, lesson=lesson)
    client.force_login(employee)
    html = client.get(course.url).content.decode()
    assert "certificates/" not in html
    assert (
        client.get(reverse("certificate_download", args=[record.verification_code])).status_code
        == 404
    )


def test_my_training_shows_status_progress_and_certificates(client, employee, course):
    from courses import services

    first, second = lessons(course)
    services.lesson_view(user=employee, lesson=first)
    client.force_login(employee)
    html = client.get(reverse("my_training")).content.decode()
    assert 'value="0"' in html and "status-in_progress" in html
    services.answer_submit(user=employee, lesson=first, block_id=QUESTION["id"], selected=[0])
    services.lesson_complete(user=employee, lesson=first)
    services.lesson_view(user=employee, lesson=second)
    record = services.lesson_complete(user=employee, lesson=second)
    html = client.get(reverse("my_training")).content.decode()
    assert "status-completed" in html
    assert reverse("certificate_download", args=[record.verification_code]) in html


def test_my_training_is_friendly_without_courses(client, employee):
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="en")
    client.force_login(employee)
    with translation.override("en"):
        url = reverse("my_training")
    CoursePage.objects.filter(locale__language_code="en").update(live=False)
    html = client.get(url).content.decode()
    assert "No courses are available in your language yet" in html
