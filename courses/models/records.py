"""Completion records: the evidence an auditor relies on. Append-only and hash-chained."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..completion_hash import CURRENT_VERSION, FIELDS, completion_hash, completion_payload


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("Completion records cannot be changed.")

    def delete(self):
        raise PermissionError("Completion records cannot be deleted.")


class CompletionRecord(models.Model):
    """One completed course. Names are copied in as they were at completion (a later change of
    name leaves the certificate and the hash as they were), so the record outlives the user
    account and the course page. `record_hash` chains each record to the one before it; what it
    covers is defined once, in courses/completion_hash.py, per `hash_version`."""

    class OutcomeSource(models.TextChoices):
        PLATFORM = "platform", _("Decided by the platform")
        PACKAGE = "package", _("Reported by a SCORM package")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="completion_records",
    )
    user_name = models.CharField(_("name"), max_length=300)
    user_email = models.EmailField(_("e-mail address"))
    employee_number = models.CharField(_("employee number"), max_length=50, blank=True)
    course_key = models.UUIDField(_("course"), db_index=True)
    course_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("course page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course_title = models.CharField(_("course title"), max_length=255)
    course_revision = models.PositiveIntegerField(_("course revision"), null=True)
    language = models.CharField(_("language"), max_length=10)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    minutes = models.PositiveIntegerField(_("active minutes"))
    completed_at = models.DateTimeField(_("completed"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    verification_code = models.CharField(_("verification code"), max_length=40, unique=True)
    learner_id = models.PositiveIntegerField(_("learner's account id"), null=True)
    outcome_source = models.CharField(
        _("outcome source"),
        max_length=10,
        choices=OutcomeSource.choices,
        default=OutcomeSource.PLATFORM,
        help_text=_("Whether a pass reported by a SCORM package in the browser counted."),
    )
    position = models.PositiveIntegerField(_("position in the chain"), null=True, unique=True)
    hash_version = models.PositiveSmallIntegerField(_("hash version"), default=CURRENT_VERSION)
    previous_hash = models.CharField(_("previous hash"), max_length=64)
    record_hash = models.CharField(_("hash"), max_length=64, unique=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("completion record")
        verbose_name_plural = _("completion records")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.user_name}: {self.course_title} ({self.completed_at:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("Completion records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Completion records cannot be deleted.")

    def payload(self) -> dict:
        """The hashed fields as JSON values, with the hash version (as in an audit pack)."""
        version = self.hash_version
        values = {field: getattr(self, field) for field in FIELDS[version]}
        return {"hash_version": version, **completion_payload({**values, "hash_version": version})}

    def compute_hash(self) -> str:
        """SHA-256 over the record's evidence, its place in the chain and the previous hash."""
        return completion_hash(completion_payload(self.payload()))


class CompletionChainHead(models.Model):
    """A single row holding the newest hash and its position; locking it serialises appends to
    the chain."""

    last_hash = models.CharField(max_length=64, default="0" * 64)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("completion chain head")
        verbose_name_plural = _("completion chain head")

    def __str__(self) -> str:
        return self.last_hash
