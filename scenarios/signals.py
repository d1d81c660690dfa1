"""A scenario saved, published, unpublished or deleted: retire the cached content
(courses/content_cache.py), which the player reads scenarios from. A learner's attempt
changed: retire their kept pages (courses/learner_cache.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.content_cache import content_changed
from courses.learner_cache import learner_changed

from .models import Scenario, ScenarioAttempt


@receiver(post_save, sender=Scenario)
@receiver(post_delete, sender=Scenario)
def scenario_changed(sender, **kwargs):
    content_changed()


@receiver(post_save, sender=ScenarioAttempt)
@receiver(post_delete, sender=ScenarioAttempt)
def attempt_changed(sender, instance, **kwargs):
    learner_changed(user_id=instance.user_id)
