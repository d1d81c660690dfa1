"""A trainer's Wagtail preview is inert: it records no progress, keeps nothing that learners
read (content cache, fragments, kept pages), and its draft never reaches a learner."""

import pickle
import uuid

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from courses import content_cache, services
from courses.factories import course_build, knowledge_check, paragraph
from courses.factories import scenario as scenario_block
from courses.learner_cache import learner_page
from courses.models import (
    ActivityEvent,
    CompletionRecord,
    CourseAttempt,
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
    PackageOutcome,
    ScenarioOutcome,
)
from scenarios.factories import choice, scenario_build, step
from scenarios.models import ScenarioAttempt
from scorm.factories import ScormPackageFactory, scorm_block
from scorm.models import ScormAttempt

pytestmark = pytest.mark.django_db

CANARY = "DRAFT-CANARY"
HOST = "localhost"  # the demo site's host name: previews are rendered for it
PROGRESS_MODELS = (
    CourseAttempt,
    LessonProgress,
    KnowledgeCheckAnswer,
    ScenarioOutcome,
    PackageOutcome,
    ActivityEvent,
    CompletionRecord,
    ScenarioAttempt,
    ScormAttempt,
)


@pytest.fixture
def course():
    scenario_build(
        key="preview-check",
        start="start",
        steps=[step("start", choice("Ask", "end")), step("end", outcome="good")],
    )
    package = ScormPackageFactory()
    return course_build(
        title="Preview course",
        lessons=[
            [
                paragraph("Published text"),
                knowledge_check("Who decides?", [("You", True), ("HR", False)]),
                scenario_block("preview-check"),
                scorm_block(package),
            ],
            [paragraph("Second")],
        ],
    )


@pytest.fixture
def lesson(course):
    return LessonPage.objects.child_of(course).order_by("path").first()


@pytest.fixture
def trainer_client(trainer, totp_enrol):
    totp_enrol(trainer)
    client = Client(HTTP_HOST=HOST)
    client.force_login(trainer)
    return client


def option_list(*options):
    data = {
        str(i): {
            "value": {"label": label, "correct": "on" if correct else "", "feedback": ""},
            "deleted": "",
            "order": str(i),
            "id": str(uuid.uuid4()),
        }
        for i, (label, correct) in enumerate(options)
    }
    data["count"] = str(len(options))
    return data


def stream(lesson: LessonPage, items: list[tuple[str, object]]) -> dict:
    """StreamField form data keeping the published blocks' ids, as the editor does."""
    data = {
        str(index): {
            "type": block_type,
            "value": value,
            "deleted": "",
            "order": str(index),
            "id": lesson.body[index].id,
        }
        for index, (block_type, value) in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def lesson_draft(lesson: LessonPage) -> dict:
    """The lesson's edit form with the canary in its title and body, as the editor posts it."""
    package = lesson.body[3].value["package"]
    return nested_form_data(
        {
            "title": f"Lesson {CANARY}",
            "slug": lesson.slug,
            "estimated_minutes": "5",
            "content_warning": "",
            "required": "on",
            "body": stream(
                lesson,
                [
                    ("paragraph", rich_text(f"<p>Body {CANARY}</p>")),
                    (
                        "knowledge_check",
                        {
                            "question": f"Question {CANARY}",
                            "multiple": "",
                            "options": option_list(("You", True), ("HR", False)),
                        },
                    ),
                    ("scenario", {"scenario": "preview-check", "required": "on"}),
                    ("scorm", {"package": str(package.pk), "required": "on"}),
                ],
            ),
        }
    )


def course_draft(course) -> dict:
    return nested_form_data(
        {
            "title": f"Course {CANARY}",
            "slug": course.slug,
            "intro": f"Intro {CANARY}",
            "estimated_minutes": "20",
            "audience": "",
            "pass_mark": "80",
            "min_active_minutes": "0",
            "validity_months": "",
            "certificate_enabled": "on",
        }
    )


def preview(client, page, data) -> str:
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(url, data)
    assert posted.json() == {"is_valid": True, "is_available": True}, posted.content
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def progress_rows() -> dict:
    return {model.__name__: model.objects.count() for model in PROGRESS_MODELS}


def kept_values() -> list[bytes]:
    """Every value the cache holds (locmem keeps them pickled) and this process's copies."""
    stored = list(cache._cache.values())
    stored += [value for _token, value in content_cache._local.values()]
    for _token, value in content_cache._shared.values():
        try:
            stored.append(pickle.dumps(value))
        except Exception:  # noqa: BLE001 (built blocks: their text is in their repr)
            stored.append(repr(value).encode())
    return stored


def learner_pages(client, course, lesson) -> dict[str, str]:
    catalogue = course.get_parent()
    play = client.get(
        reverse("scenario_play", args=["preview-check"]),
        {"lesson": lesson.pk, "block": lesson.body[2].id},
    )
    assert play.status_code == 302
    pages = {
        "course": course.url,
        "lesson": lesson.url,
        "catalogue": catalogue.url,
        "my training": reverse("my_training"),
        "scenario step": play.url,
        "home": "/nl/",
    }
    found = {}
    for name, url in pages.items():
        for _reload in range(2):  # the second view is the one served from what was kept
            response = client.get(url)
            assert response.status_code == 200, (name, url, response.status_code)
            found[name] = response.content.decode()
    return found


@pytest.mark.parametrize("learners_first", [False, True], ids=["cold", "kept"])
@pytest.mark.parametrize("which", ["lesson", "course"])
def test_a_preview_shows_the_draft_and_keeps_nothing(
    demo, trainer_client, employee, course, lesson, which, learners_first
):
    learner = Client(HTTP_HOST=HOST)
    learner.force_login(employee)
    if learners_first:  # learners' pages are kept already: the preview must not show them
        learner_pages(learner, course, lesson)
    services.lesson_view(user=employee, lesson=lesson)
    before = progress_rows()

    if which == "lesson":
        page, data, drafted = lesson, lesson_draft(lesson), f"Body {CANARY}"
    else:
        page, data, drafted = course, course_draft(course), f"Intro {CANARY}"
    for _again in range(2):  # a second preview is built afresh as well
        assert drafted in preview(trainer_client, page, data)

    assert progress_rows() == before
    assert not [value for value in kept_values() if CANARY.encode() in value]
    for client in (learner, Client()):  # the site's host and the default test host
        client.force_login(employee)
        for name, shown in learner_pages(client, course, lesson).items():
            assert CANARY not in shown, name


def test_a_lesson_preview_offers_nothing_that_records_progress(
    demo, trainer_client, trainer, lesson
):
    """No answer, completion, sign of life, scenario or package can be started from the
    preview: the trainer's own progress in the live lesson stays as it was."""
    services.lesson_view(user=trainer, lesson=lesson)  # an open attempt a sign of life would add to
    html = preview(trainer_client, lesson, lesson_draft(lesson))
    assert CANARY in html
    learn = reverse("lesson_complete", args=[lesson.pk]).removesuffix("complete/")
    assert learn not in html  # answers, completion, signs of life, packages
    assert reverse("scenario_play", args=["preview-check"]) not in html
    assert "data-active-url" not in html
    assert f"Question {CANARY}" in html  # the questions are shown, only not to be answered


def test_a_preview_keeps_no_learner_page(employee, rf):
    """Kept pages are for learners' own visits: none is looked up or kept while previewing."""
    request = rf.get("/nl/")
    request.user, request.staff_role, request.session = employee, False, SessionStore()
    request._messages = FallbackStorage(request)
    with content_cache.content_scope(preview=True):
        assert not learner_page(request, "page:1").key
    with content_cache.content_scope():
        assert learner_page(request, "page:1").key


def test_a_saved_drafts_preview_keeps_nothing_either(demo, trainer_client, employee, lesson):
    """The revisions' preview (and the workflow's, built the same way) keeps nothing."""
    draft = lesson.specific
    draft.title = f"Lesson {CANARY}"
    first = {"type": "paragraph", "id": lesson.body[0].id, "value": f"<p>Body {CANARY}</p>"}
    draft.body = [first, *list(lesson.body.raw_data)[1:]]
    revision = draft.save_revision()
    url = reverse("wagtailadmin_pages:revisions_view", args=[lesson.pk, revision.pk])
    html = trainer_client.get(url).content.decode()
    assert f"Body {CANARY}" in html
    assert not [value for value in kept_values() if CANARY.encode() in value]
    learner = Client(HTTP_HOST=HOST)
    learner.force_login(employee)
    assert CANARY not in learner.get(lesson.url).content.decode()
