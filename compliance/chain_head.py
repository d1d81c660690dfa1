"""The completion chain head, published where a database writer cannot reach it: a periodic
e-mail to every compliance officer, in their language. An officer keeps it and later runs
`verify_completion_chain --against POSITION:HASH` (or verify.py of an audit pack): a chain
rewritten or cut short since no longer holds that hash at that position, even when every hash
in it was recomputed."""

import logging
import smtplib

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.selectors import completion_chain_head
from people.l10n import datetime_format, number_format
from people.roles import COMPLIANCE_OFFICER

from .reminder_messages import recipient_language

logger = logging.getLogger(__name__)


def chain_head_message(*, position: int, head_hash: str, at, language: str) -> tuple[str, str]:
    """Subject and plain-text body in `language`."""
    with translation.override(language):
        head = f"{position}:{head_hash}"
        subject = _("Completion records: chain head of %(date)s") % {
            "date": datetime_format(at, language=language)
        }
        body = "\n\n".join(
            [
                ngettext(
                    "On %(date)s the chain of completion records held %(count)s record. Its "
                    "head (position:hash) is:",
                    "On %(date)s the chain of completion records held %(count)s records. Its "
                    "head (position:hash) is:",
                    position,
                )
                % {
                    "date": datetime_format(at, language=language),
                    "count": number_format(position, language=language),
                },
                f"    {head}",
                _(
                    "Please keep this e-mail outside the platform. To check later that no "
                    "completion record up to this one was changed, removed or rewritten, have "
                    "the administrator run:"
                ),
                f"    python manage.py verify_completion_chain --against {head}",
                _("An audit pack is checked against it with: python verify.py --against %(head)s")
                % {"head": head},
            ]
        )
    return subject, body


def chain_head_publish() -> dict[str, int]:
    """E-mail the current head to every active compliance officer; returns sent and failed."""
    position, head_hash = completion_chain_head()
    at = timezone.now()
    officers = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=COMPLIANCE_OFFICER)
        .exclude(email="")
        .select_related("profile")
        .order_by("pk")
        .distinct()
    )
    counts = {"sent": 0, "failed": 0}
    for officer in officers:
        profile = getattr(officer, "profile", None)
        language = recipient_language(profile.preferred_language if profile else None)
        subject, body = chain_head_message(
            position=position, head_hash=head_hash, at=at, language=language
        )
        try:
            send_mail(subject, body, None, [officer.email])
        except (smtplib.SMTPException, OSError):
            logger.exception("Chain head not sent to user %s", officer.pk)
            counts["failed"] += 1
            continue
        counts["sent"] += 1
    return counts
