"""Published content or a learner's progress changes: retire what was kept of it
(courses/content_cache.py, courses/learner_cache.py)."""

from functools import cache

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from .content_cache import content_changed
from .learner_cache import learner_changed
from .models import (
    CompletionRecord,
    CourseAttempt,
    KnowledgeCheckAnswer,
    LessonProgress,
    PackageOutcome,
    ScenarioOutcome,
)

# Rows of a learner's attempt: what their course and lesson pages show.
ATTEMPT_ROWS = (LessonProgress, KnowledgeCheckAnswer, ScenarioOutcome, PackageOutcome)


@cache
def published_state() -> tuple[type, ...]:
    """A page's row, who may see it, which site and languages serve it, and what its blocks
    show from elsewhere: images, documents, the confidant directory, SCORM packages."""
    return (
        Page,
        PageViewRestriction,
        Site,
        Locale,
        get_image_model(),
        get_document_model(),
        apps.get_model("confidants", "ConfidantProfile"),
        apps.get_model("scorm", "ScormPackage"),
    )


@receiver(post_save)
@receiver(post_delete)
def model_changed(sender, instance, signal, **kwargs):
    if isinstance(instance, published_state()):
        content_changed()
    elif isinstance(instance, CourseAttempt | CompletionRecord):
        if instance.user_id is not None:
            learner_changed(user_id=instance.user_id)
    elif isinstance(instance, ATTEMPT_ROWS) and signal is post_save:
        # Rows are deleted only with their attempt, whose own signal retires the pages.
        learner_changed(user_id=instance.attempt.user_id)


@receiver(post_page_move)
def page_moved_elsewhere(sender, **kwargs):
    content_changed()  # descendants' URLs change without saving each page
