from django.db.models import QuerySet
from wagtail.models import Locale, Page

from .models import CourseIndexPage, CoursePage


def course_list(*, locale: Locale, parent: Page | None = None) -> QuerySet[CoursePage]:
    """Published courses in one language, in catalogue order."""
    courses = CoursePage.objects.live().public().filter(locale=locale)
    if parent is not None:
        courses = courses.child_of(parent)
    return courses.order_by("path")


def catalogue_page(*, locale: Locale) -> CourseIndexPage | None:
    return CourseIndexPage.objects.live().filter(locale=locale).first()
