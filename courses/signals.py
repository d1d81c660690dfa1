"""Published pages change: retire the cached content (courses/content_cache.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from .content_cache import content_changed

# A page's row, who may see it, which site and languages serve it.
PUBLISHED_STATE = (Page, PageViewRestriction, Site, Locale)


@receiver(post_save)
@receiver(post_delete)
def model_changed(sender, instance, **kwargs):
    if isinstance(instance, PUBLISHED_STATE):
        content_changed()


@receiver(post_page_move)
def page_moved_elsewhere(sender, **kwargs):
    content_changed()  # descendants' URLs change without saving each page
