"""Completion records: the evidence an auditor relies on. Append-only and hash-chained."""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("Completion records cannot be changed.")

    def delete(self):
        raise PermissionError("Completion records cannot be deleted.")


class CompletionRecord(models.Model):
    """One completed course. Names are copied in, so the record outlives the user account and
    the course page. `record_hash` chains each record to the one before it."""

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

    def compute_hash(self) -> str:
        """SHA-256 over the record's evidence and the previous record's hash."""
        payload = {
            "user_name": self.user_name,
            "user_email": self.user_email,
            "employee_number": self.employee_number,
            "course_key": str(self.course_key),
            "course_title": self.course_title,
            "course_revision": self.course_revision,
            "language": self.language,
            "score": self.score,
            "minutes": self.minutes,
            "completed_at": self.completed_at.isoformat(timespec="seconds"),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "verification_code": self.verification_code,
            "previous_hash": self.previous_hash,
        }
        encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()


class CompletionChainHead(models.Model):
    """A single row holding the newest hash; locking it serialises appends to the chain."""

    last_hash = models.CharField(max_length=64, default="0" * 64)

    class Meta:
        verbose_name = _("completion chain head")
        verbose_name_plural = _("completion chain head")

    def __str__(self) -> str:
        return self.last_hash
