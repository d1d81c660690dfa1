"""A learner's way through a course. Keys are Wagtail translation keys, so progress carries over
when the learner switches language halfway."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CourseAttempt(models.Model):
    """One run through a course, from first lesson to completion (or not yet)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_lesson_key = models.UUIDField(_("last lesson"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The time of the latest ActivityEvent, kept with the attempt (courses.services._event) so
    # that opening a lesson can tell a reload from a new view without aggregating events.
    last_event_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        verbose_name = _("course attempt")
        verbose_name_plural = _("course attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=models.Q(completed_at__isnull=True),
                name="one_open_attempt_per_course",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} / {self.course_key}"


class LessonProgress(models.Model):
    attempt = models.ForeignKey(CourseAttempt, on_delete=models.CASCADE, related_name="lessons")
    lesson_key = models.UUIDField(_("lesson"))
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "lesson_key"], name="one_progress_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} / {self.lesson_key}"


class KnowledgeCheckAnswer(models.Model):
    """The learner's latest answer to one question, as graded by the server."""

    attempt = models.ForeignKey(CourseAttempt, on_delete=models.CASCADE, related_name="answers")
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.UUIDField(_("question"))
    selected = models.JSONField(_("selected answers"), default=list)
    correct = models.BooleanField(_("correct"))
    tries = models.PositiveSmallIntegerField(_("tries"), default=1)
    answered_at = models.DateTimeField(_("answered"), auto_now=True)

    class Meta:
        verbose_name = _("knowledge-check answer")
        verbose_name_plural = _("knowledge-check answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "block_id"], name="one_answer_per_question")
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} / {self.block_id}"


class ScenarioOutcome(models.Model):
    """A scenario block reached an ending; `passed` when its points met the threshold."""

    attempt = models.ForeignKey(CourseAttempt, on_delete=models.CASCADE, related_name="scenarios")
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.UUIDField(_("scenario block"))
    passed = models.BooleanField(_("passed"))
    finished_at = models.DateTimeField(_("finished"), auto_now=True)

    class Meta:
        verbose_name = _("scenario outcome")
        verbose_name_plural = _("scenario outcomes")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "block_id"], name="one_outcome_per_scenario")
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} / {self.block_id}"


class ActivityEvent(models.Model):
    """Something the learner did, timestamped by the server. Time on task is derived from
    these, never from a number the browser sends."""

    class Kind(models.TextChoices):
        VIEW = "view", _("viewed a lesson")
        ANSWER = "answer", _("answered a question")
        COMPLETE = "complete", _("completed a lesson")
        ACTIVE = "active", _("still active")
        SCENARIO = "scenario", _("played a scenario")
        PACKAGE = "package", _("worked in a SCORM package")

    attempt = models.ForeignKey(CourseAttempt, on_delete=models.CASCADE, related_name="events")
    lesson_key = models.UUIDField(_("lesson"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("activity event")
        verbose_name_plural = _("activity events")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.at:%Y-%m-%d %H:%M:%S}"


class PackageOutcome(models.Model):
    """What a SCORM package block last reported for this course attempt (scorm/ keeps every
    attempt and commit). `passed`: completed, and not failed where the package judges success;
    once passed it stays passed. `score` is 0–100 when the package reports one."""

    attempt = models.ForeignKey(CourseAttempt, on_delete=models.CASCADE, related_name="packages")
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.UUIDField(_("package block"))
    completed = models.BooleanField(_("completed"), default=False)
    passed = models.BooleanField(_("passed"), default=False)
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True, blank=True)
    reported_at = models.DateTimeField(_("reported"), auto_now=True)

    class Meta:
        verbose_name = _("SCORM package outcome")
        verbose_name_plural = _("SCORM package outcomes")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "block_id"], name="one_outcome_per_package")
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} / {self.block_id}"
