"""Test and demo builders for course trees."""

import uuid

from wagtail.models import Locale

from .demo import home_create
from .models import CourseIndexPage, CoursePage, HomePage, LessonPage


def knowledge_check(question: str, options: list[tuple[str, bool]], multiple: bool = False):
    return {
        "type": "knowledge_check",
        "id": str(uuid.uuid4()),
        "value": {
            "question": question,
            "multiple": multiple,
            "options": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"label": label, "correct": correct, "feedback": f"Feedback: {label}"},
                }
                for label, correct in options
            ],
        },
    }


def paragraph(text: str):
    return {"type": "paragraph", "id": str(uuid.uuid4()), "value": f"<p>{text}</p>"}


def scenario(key: str = "minimal", required: bool = True):
    return {
        "type": "scenario",
        "id": str(uuid.uuid4()),
        "value": {"scenario": key, "required": required},
    }


def catalogue_build(language: str = "nl") -> CourseIndexPage:
    locale, _created = Locale.objects.get_or_create(language_code=language)
    home = HomePage.objects.filter(locale=locale).first()
    if home is None and language == "nl":
        home = home_create(locale=locale, title="Home", slug="start")
    elif home is None:
        source = catalogue_build("nl").get_parent()
        home = source.copy_for_translation(locale)
        home.save_revision().publish()
    catalogue = CourseIndexPage.objects.filter(locale=locale).first()
    if catalogue is None and language == "nl":
        catalogue = home.add_child(
            instance=CourseIndexPage(title="Catalogue", slug="catalogue", locale=locale)
        )
    elif catalogue is None:
        catalogue = catalogue_build("nl").copy_for_translation(locale)
        catalogue.save_revision().publish()
    return catalogue


def course_build(*, lessons: list[list[dict]], language: str = "nl", **fields) -> CoursePage:
    """A published course whose lessons have the given StreamField bodies."""
    catalogue = catalogue_build(language)
    defaults = {"title": "Course", "intro": "About the course", "pass_mark": 80}
    course = catalogue.add_child(
        instance=CoursePage(locale=catalogue.locale, **{**defaults, **fields})
    )
    for number, body in enumerate(lessons, start=1):
        course.add_child(
            instance=LessonPage(
                title=f"Lesson {number}", locale=catalogue.locale, body=body or [paragraph("x")]
            )
        )
    return course


def course_complete(*, user, course):
    """The learner opens and completes the course's first lesson (enough for a one-lesson
    course without questions): its completion record, through the real services."""
    from .services import lesson_complete, lesson_view

    lesson = LessonPage.objects.child_of(course).first()
    lesson_view(user=user, lesson=lesson)
    return lesson_complete(user=user, lesson=lesson)
