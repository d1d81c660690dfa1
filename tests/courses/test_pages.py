import re

import pytest
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/nl/", "Samen werken aan een veilige werkplek"),
        ("/en/", "Working together on a safe workplace"),
        ("/vi/", "Cùng nhau xây dựng nơi làm việc an toàn"),
        ("/nl/trainingen/", "Omstander zijn"),
        ("/vi/khoa-hoc/ung-xu-ton-trong/", "25 phút"),
        ("/nl/trainingen/respectvol-omgaan/", "25 minuten"),
    ],
)
def test_demo_pages_render_in_their_language(client, demo, path, text):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert text in html.replace("\xa0", " ")
    assert f'<html lang="{path[1:3]}">' in html


def switcher_links(html: str) -> dict[str, str]:
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', html)}


def test_switcher_links_to_the_same_page_in_each_language(client, demo):
    links = switcher_links(client.get("/nl/trainingen/respectvol-omgaan/").content.decode())
    assert links == {
        "nl": "/nl/trainingen/respectvol-omgaan/",
        "en": "/en/courses/respectful-conduct/",
        "vi": "/vi/khoa-hoc/ung-xu-ton-trong/",
    }


def test_switcher_on_a_non_cms_page_keeps_the_page(client, demo):
    links = switcher_links(client.get("/en/talk-to-a-confidant/").content.decode())
    assert links["nl"] == "/nl/praat-met-een-vertrouwenspersoon/"
    assert links["vi"] == "/vi/noi-chuyen-voi-nguoi-tin-cay/"


def test_switcher_falls_back_to_home_when_a_page_is_not_translated(client, demo):
    catalogue = CourseIndexPage.objects.get(locale__language_code="nl")
    catalogue.add_child(instance=CoursePage(title="Alleen NL", intro="x", locale=catalogue.locale))
    links = switcher_links(client.get("/nl/trainingen/alleen-nl/").content.decode())
    assert links["en"] == "/en/"


@pytest.mark.parametrize("path", ["/nl/", "/vi/khoa-hoc/", "/nl/accounts/login/", "/en/nope/"])
def test_every_page_links_to_a_confidant_and_sends_a_strict_csp(client, demo, path):
    response = client.get(path)
    html = response.content.decode()
    assert 'class="confidant-link"' in html
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy or policy.endswith("script-src 'self'")
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_confidant_page_is_not_cached(client, db):
    response = client.get("/nl/praat-met-een-vertrouwenspersoon/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert "112" in response.content.decode()


def test_root_redirects_to_the_remembered_language(client, demo):
    assert client.get("/")["Location"] == "/nl/"
    client.get("/vi/")
    assert client.cookies["language"].value == "vi"
    assert client.get("/")["Location"] == "/vi/"


def test_catalogue_queries_do_not_grow_with_courses(client, demo, django_assert_max_num_queries):
    with django_assert_max_num_queries(20) as few:
        client.get("/nl/trainingen/")
    catalogue = CourseIndexPage.objects.get(locale=Locale.objects.get(language_code="nl"))
    for n in range(15):
        catalogue.add_child(
            instance=CoursePage(title=f"Extra {n}", intro="x", locale=catalogue.locale)
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/nl/trainingen/")
    assert response.content.decode().count('class="card"') == 17


def test_translators_edit_translations_in_the_admin(client, demo, trainer, totp_enrol):
    totp_enrol(trainer)
    client.force_login(trainer)
    english = CourseIndexPage.objects.get(locale__language_code="en")
    response = client.get(f"/admin/pages/{english.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's editor, not the plain form
    assert "Courses" in html


def test_catalogue_filters_by_status_and_names_other_languages(client, demo, employee):
    from courses import services
    from courses.models import LessonPage

    client.force_login(employee)
    course = CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")
    services.lesson_view(user=employee, lesson=LessonPage.objects.child_of(course).first())
    html = client.get("/nl/trainingen/?status=in_progress").content.decode()
    assert course.title in html
    assert "Omstander zijn" not in html
    assert 'lang="vi">Tiếng Việt' in html
    html = client.get("/nl/trainingen/?status=completed").content.decode()
    assert course.title not in html
    assert "?status=" not in html or 'href="?"' in html


def test_trainer_can_add_a_lesson_in_the_admin(client, demo, trainer, totp_enrol):
    totp_enrol(trainer)
    client.force_login(trainer)
    course = CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")
    response = client.get(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    assert response.status_code == 200
    assert (
        "Knowledge check" in response.content.decode() or "Kennischeck" in response.content.decode()
    )
