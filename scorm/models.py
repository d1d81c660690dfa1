"""SCORM packages hosted here and every learner's attempts at them.

A package is validated before anything is stored (`scorm/package.py`), then extracted to media
storage under `scorm/<uuid>/`. Attempts are never overwritten: a finished attempt stays as it
was, the next launch starts attempt N+1, and every commit's raw CMI data is kept for audit."""

import json
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ScormVersion(models.TextChoices):
    SCORM_12 = "1.2", "SCORM 1.2"
    SCORM_2004 = "2004", "SCORM 2004"


class ScormPackage(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    version = models.CharField(_("SCORM version"), max_length=4, choices=ScormVersion.choices)
    edition = models.CharField(
        _("schema version"), max_length=100, blank=True, help_text=_("As the manifest states it.")
    )
    launch = models.CharField(
        _("launch file"), max_length=1024, help_text=_("Path inside the package, with parameters.")
    )
    mastery_score = models.DecimalField(
        _("mastery score"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    course_key = models.UUIDField(
        _("course"), null=True, blank=True, db_index=True, help_text=_("Translation key.")
    )
    file_count = models.PositiveIntegerField(_("files"), default=0)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
    sha256 = models.CharField(_("SHA-256 of the upload"), max_length=64)
    manifest = models.TextField(_("manifest"), editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("SCORM package")
        verbose_name_plural = _("SCORM packages")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_version_display()})"

    @property
    def storage_prefix(self) -> str:
        return f"scorm/{self.uuid}/"


class ScormAttempt(models.Model):
    """One learner's run of one package from one lesson block. Summary fields mirror the latest
    commit; the whole CMI object (suspend data included) is that commit's, read on resume."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE
    )
    package = models.ForeignKey(
        ScormPackage, verbose_name=_("package"), on_delete=models.PROTECT, related_name="attempts"
    )
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.UUIDField(_("lesson block"))
    number = models.PositiveIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last commit"), auto_now=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    completion_status = models.CharField(_("completion"), max_length=20, default="not attempted")
    success_status = models.CharField(_("success"), max_length=20, default="unknown")
    score_raw = models.DecimalField(
        _("score"), max_digits=10, decimal_places=4, null=True, blank=True
    )
    score_scaled = models.DecimalField(
        _("scaled score"), max_digits=6, decimal_places=5, null=True, blank=True
    )
    location = models.CharField(_("bookmark"), max_length=1000, blank=True)
    commit_count = models.PositiveIntegerField(_("commits"), default=0)
    stored_bytes = models.PositiveBigIntegerField(_("stored (bytes)"), default=0)

    class Meta:
        verbose_name = _("SCORM attempt")
        verbose_name_plural = _("SCORM attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "package", "block_id", "number"], name="scorm_attempt_number"
            )
        ]
        indexes = [models.Index(fields=["user", "package", "block_id", "-number"])]

    def __str__(self) -> str:
        return f"{self.user} / {self.package_id} #{self.number}"

    @property
    def latest_cmi(self) -> dict:
        """The CMI object of the latest commit ({} before the first)."""
        commit = self.commits.order_by("-sequence").only("raw").first()
        return commit.payload.get("cmi", {}) if commit else {}


class ScormCommit(models.Model):
    """One commit's CMI data as the runtime sent it (the text, byte for byte, except that the
    CSRF token a final commit carries in its body is taken out), kept for audit."""

    attempt = models.ForeignKey(ScormAttempt, on_delete=models.CASCADE, related_name="commits")
    sequence = models.PositiveIntegerField(_("sequence"))
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    final = models.BooleanField(_("final commit"), default=False)
    raw = models.TextField(_("raw CMI data"))

    class Meta:
        verbose_name = _("SCORM commit")
        verbose_name_plural = _("SCORM commits")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "sequence"], name="scorm_commit_sequence")
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} #{self.sequence}"

    @property
    def payload(self) -> dict:
        return json.loads(self.raw)
