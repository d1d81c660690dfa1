"""E-mails to confidants waiting for the next hourly batch (confidants/notices.py)."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from .directory import ConfidantProfile


class ConfidantNotice(models.Model):
    """ "Your inbox needs attention", to be sent at `send_at` (a full hour) or later. It names
    the confidant and the kind of news, never a case, and no time finer than the hour: a mail
    sent the moment a request arrives would date the request to the second for anyone who
    sees the mail's headers or the mail server's log. Deleted once sent."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    confidant = models.ForeignKey(
        ConfidantProfile, on_delete=models.CASCADE, related_name="+", verbose_name=_("confidant")
    )
    kind = models.CharField(_("kind"), max_length=20)
    send_at = models.DateTimeField(_("send at"))

    class Meta:
        verbose_name = _("confidant notice")
        verbose_name_plural = _("confidant notices")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["confidant", "kind", "send_at"], name="one_notice_per_batch"
            )
        ]

    def __str__(self):  # no content: whom, what kind, which hour
        return f"{self.confidant_id} {self.kind} {self.send_at:%Y-%m-%d %H}h"
