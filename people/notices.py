"""The notice an employee's old e-mail address gets when the HR import changed it: plain text
in the employee's language, the new address partly masked, and whom to ask. Sent by
`tasks.email_change_notices_task` once the import is committed."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def email_address_masked(email: str) -> str:
    """Enough of an address for its owner to recognise it, not enough to learn it:
    anna.bos@hr.example → a***@h***.example."""
    local, _at, domain = email.rpartition("@")
    host, _dot, top = domain.rpartition(".")
    masked_domain = f"{host[:1]}***.{top}" if host else f"{top[:1]}***"
    return f"{local[:1]}***@{masked_domain}"


def email_change_notices_send(*, notices: list[dict]) -> int:
    """Tell each old address that the HR import changed the account's e-mail address, and whom
    to ask if nobody expected it: whoever holds the new address can now reset the password.
    A notice is {old_email, new_email, first_name, language, actor}. A failed send is logged
    and the others are still sent. Returns the number sent."""
    sent = 0
    for notice in notices:
        context = {
            **notice,
            "new_email_masked": email_address_masked(notice["new_email"]),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        with translation.override(notice["language"]):
            subject = render_to_string("people/email/email_changed_by_import_subject.txt", context)
            body = render_to_string("people/email/email_changed_by_import_message.txt", context)
        try:
            send_mail(" ".join(subject.split()), body.strip() + "\n", None, [notice["old_email"]])
        except (smtplib.SMTPException, OSError):
            logger.exception("E-mail change notice not sent")
            continue
        sent += 1
    return sent
