"""A scenario saved, published, unpublished or deleted: retire the cached content
(courses/content_cache.py), which the player reads scenarios from."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.content_cache import content_changed

from .models import Scenario


@receiver(post_save, sender=Scenario)
@receiver(post_delete, sender=Scenario)
def scenario_changed(sender, **kwargs):
    content_changed()
