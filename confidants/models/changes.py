"""The directory change log: every change to who receives confidential requests, shown to all
confidants. A row holds a kind, a profile and an hour; never anything about a case."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .directory import ConfidantProfile


class DirectoryChange(models.Model):
    class Kind(models.TextChoices):
        CREATED = "created", _("New directory entry, awaiting confirmation")
        CHANGED = "changed", _("Directory entry changed")
        LOGIN_CHANGED = "login-changed", _("Login changed, awaiting confirmation")
        KEY_SET = "key-set", _("Key pair set up, awaiting confirmation")
        CONFIRMED = "confirmed", _("Confirmed as a recipient")
        BOOTSTRAPPED = "bootstrapped", _("First confidant, confirmed with a one-time code")
        REJECTED = "rejected", _("Rejected")
        DEACTIVATED = "deactivated", _("No longer shown or receiving")
        REMOVED = "removed", _("Directory entry deleted")
        KEY_MISMATCH = "key-mismatch", _("ALARM: stored public key does not match the key")
        KEY_RESTORED = "key-restored", _("Key checked again and found correct")
        CASE_TAKEN = "case-taken", _("Took on a request sent to any confidant")

    ALARMS = (Kind.KEY_MISMATCH,)

    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    profile = models.ForeignKey(
        ConfidantProfile,
        verbose_name=_("confidant"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    profile_name = models.CharField(_("name"), max_length=120)
    by = models.ForeignKey(
        ConfidantProfile,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    by_administrator = models.BooleanField(_("by someone who is not a confidant"), default=False)
    at = models.DateTimeField(_("at"))  # to the hour

    class Meta:
        verbose_name = _("directory change")
        verbose_name_plural = _("directory changes")
        default_permissions = ()
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.kind} {self.profile_name} {self.at:%Y-%m-%d %H}h"

    @property
    def is_alarm(self) -> bool:
        return self.kind in self.ALARMS
