"""Test and demo builders for course trees."""

import uuid

from wagtail.models import Locale, Page

from .models import CourseIndexPage, CoursePage, HomePage, LessonPage


def knowledge_check(question: str, options: list[tuple[str, bool]], multiple: bool = False):
    return {
        "type": "knowledge_check",
        "id": str(uuid.uuid4()),
        "value": {
            "question": question,
            "multiple": multiple,
            "options": [
                {"label": label, "correct": correct, "feedback": f"Feedback: {label}"}
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
    if home is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title=f"Home {language}", slug=f"home-{language}", locale=locale)
        )
    catalogue = CourseIndexPage.objects.filter(locale=locale).first()
    if catalogue is None:
        catalogue = home.add_child(
            instance=CourseIndexPage(title="Catalogue", slug="catalogue", locale=locale)
        )
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
