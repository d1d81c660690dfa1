"""Who may act on a lesson now: the one rule every learner endpoint applies before it records
anything (answers, completion, signs of life, scenario play and choices, SCORM launch and
commits, certificates).

A lesson is open to a request when it is live, every page above it is live, and every Wagtail
view restriction on it or above it accepts the request (groups, sign-in, password), checked at
the time of the request: a learner removed from a course's group can no longer record progress
in it, whatever pages or forms their browser still holds. Refusals are "not found" and never
redirect, so they reveal no lesson address.
"""

from django.http import Http404
from wagtail.models import Page

from .models import CompletionRecord, LessonPage

MAX_ID = 2**63 - 1  # the largest primary key the databases hold; beyond it: not found


def page_open(request, page: Page) -> bool:
    if page.get_ancestors().not_live().exclude(depth=1).exists():
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def lesson_open_or_404(request, lesson_id: int) -> LessonPage:
    lesson = (
        LessonPage.objects.live().filter(pk=lesson_id).first() if 0 < lesson_id <= MAX_ID else None
    )
    if lesson is None or not page_open(request, lesson):
        raise Http404
    return lesson


def lesson_key_open(request, translation_key) -> LessonPage | None:
    """The first live translation of the lesson open to the request (progress is kept per
    translation key, so a learner may have started it in any language they can read).
    `translation_key` may be a subquery."""
    lessons = LessonPage.objects.live().filter(translation_key=translation_key).order_by("pk")
    return next((lesson for lesson in lessons if page_open(request, lesson)), None)


class _Holder:
    """Stands in for a request where the request itself carries none of the site's cookies (the
    SCORM content origin): restrictions by sign-in and by group are checked for the user a
    signed address was issued to; a password restriction, passed only in a session, refuses."""

    def __init__(self, user):
        self.user = user
        self.session = {}


def lesson_key_open_to(user, translation_key) -> LessonPage | None:
    """`lesson_key_open` for a user rather than a request: the user must still be active."""
    return lesson_key_open(_Holder(user), translation_key) if user.is_active else None


def record_open(request, record: CompletionRecord) -> bool:
    """A certificate is the holder's own, and downloadable while its course is open to them."""
    course = record.course_page
    return course is None or page_open(request, course)
