"""E-mails to confidants, which say only that the inbox needs attention (never a topic, a name
or text) and carry no time finer than the hour.

News from reporters (a new request, a reply) and hand-overs are queued (ConfidantNotice) and
sent in an hourly batch at or after the next full hour: `manage.py confidant_notices`, run
every hour from cron or a systemd timer, enqueues `confidant_notices_task`. One mail per
confidant and kind per batch, however many requests came in. Every mail's Date header is the
batch's hour and its Message-ID is random: Python's and Django's default Message-ID embeds the
sending time in hundredths of a second and the process id (email.utils.make_msgid).
"""

import datetime
import secrets
from email.utils import format_datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from people.l10n import date_format
from people.selectors import user_preferred_language

from .models import ConfidantNotice, ConfidantProfile

HOUR = datetime.timedelta(hours=1)


def hour_of(moment: datetime.datetime) -> datetime.datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def notices_queue(*, recipients: list[ConfidantProfile], kind: str) -> None:
    """Queue a notice for the next full hour; call inside the transaction that made the news."""
    send_at = hour_of(timezone.now()) + HOUR
    ConfidantNotice.objects.bulk_create(
        [ConfidantNotice(confidant=r, kind=kind, send_at=send_at) for r in recipients],
        ignore_conflicts=True,  # already queued for this batch: one mail is enough
    )


def notices_send(*, now: datetime.datetime | None = None) -> int:
    """Send every notice due by this hour, dated to the hour; returns the number of mails.
    A failure to send rolls back, and the notices wait for the next batch."""
    hour = hour_of(now or timezone.now())
    with transaction.atomic():
        due = list(
            ConfidantNotice.objects.filter(send_at__lte=hour)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("confidant__user")
        )
        sent = {(n.confidant_id, n.kind): n.confidant for n in due}
        for (_confidant_id, kind), confidant in sorted(sent.items(), key=lambda item: item[0]):
            notice_mail(recipient=confidant, kind=kind, hour=hour)
        ConfidantNotice.objects.filter(pk__in=[n.pk for n in due]).delete()
    return len(sent)


def _message_id() -> str:
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"<{secrets.token_hex(16)}@{host}>"


def notice_mail(
    *,
    recipient: ConfidantProfile,
    kind: str,
    hour: datetime.datetime,
    due: datetime.date | None = None,
) -> None:
    """One content-free mail, in the confidant's language, dated `hour`."""
    subjects = {
        "new": _("A new contact request is waiting in your inbox"),
        "reply": _("A new message is waiting in your inbox"),
        "handed-over": _("A case was handed over to you"),
        "acknowledge": _("Reminder: a contact request awaits acknowledgement"),
        "feedback": _("Reminder: feedback is due for a case"),
    }
    user = recipient.user
    if user is None or not user.email:
        return
    language = user_preferred_language(user=user) or settings.LANGUAGE_CODE
    with translation.override(language):
        subject = str(subjects[kind])
        lines = [subject]
        if due:
            lines.append(_("Due: %(date)s") % {"date": date_format(due, language=language)})
        lines.append(settings.WAGTAILADMIN_BASE_URL + reverse("confidants:inbox"))
        EmailMessage(
            subject,
            "\n\n".join(lines),
            None,
            [user.email],
            headers={"Date": format_datetime(hour_of(hour)), "Message-ID": _message_id()},
        ).send()
