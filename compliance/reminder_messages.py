"""The words of the reminder e-mails: short, friendly plain text in the reader's language, with
dates written the way that language writes them (Babel) and the course under its own title in
that language when a translation is published."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.models import CoursePage
from people.l10n import date_format

# variant: (subject, first paragraph); both take %(course)s and %(date)s.
TEXTS = {
    "due-soon": (
        gettext_lazy("Reminder: please complete “%(course)s” by %(date)s"),
        gettext_lazy(
            "The course “%(course)s” is due on %(date)s. It takes only a few minutes, and you "
            "can stop at any time and continue later."
        ),
    ),
    "overdue": (
        gettext_lazy("“%(course)s” was due on %(date)s"),
        gettext_lazy(
            "The course “%(course)s” was due on %(date)s and is not completed yet. Please take "
            "it as soon as you can."
        ),
    ),
    "overdue-again": (
        gettext_lazy("Still open: “%(course)s”, due on %(date)s"),
        gettext_lazy(
            "The course “%(course)s” was due on %(date)s and is not completed yet. Please take "
            "it as soon as you can."
        ),
    ),
    "expired": (
        gettext_lazy("Please renew “%(course)s”: your certificate was valid until %(date)s"),
        gettext_lazy(
            "Your certificate for “%(course)s” was valid until %(date)s. Please take the course "
            "again to renew it."
        ),
    ),
    "expiring": (
        gettext_lazy("Your certificate for “%(course)s” is valid until %(date)s"),
        gettext_lazy(
            "Your certificate for “%(course)s” is valid until %(date)s. Take the course again "
            "before then to keep it valid."
        ),
    ),
}


@dataclass(frozen=True)
class CourseLink:
    title: str
    url: str


def recipient_language(preferred: str | None) -> str:
    """The recipient's chosen language when the site offers it, else the site's language."""
    return preferred if preferred in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _link(page: CoursePage) -> CourseLink:
    parts = page.get_url_parts()
    path = parts[2] if parts and parts[2] else ""
    return CourseLink(page.title, settings.WAGTAILADMIN_BASE_URL + path if path else "")


def course_links(*, course: CoursePage) -> dict[str, CourseLink]:
    """The course's title and address per language it is published in (one query), with the
    assigned version itself under "" as the fallback."""
    pages = CoursePage.objects.live().filter(translation_key=course.translation_key)
    links = {page.locale.language_code: _link(page) for page in pages.select_related("locale")}
    links[""] = _link(course)
    return links


def _greeting(first_name: str) -> str:
    return _("Hello %(name)s,") % {"name": first_name} if first_name else _("Hello,")


def _closing() -> list[str]:
    return [
        _("All your training: %(url)s")
        % {"url": settings.WAGTAILADMIN_BASE_URL + reverse("my_training")},
        _("Thank you for helping to keep our workplace safe."),
    ]


def reminder_message(
    *,
    variant: str,
    first_name: str,
    links: dict[str, CourseLink],
    day: datetime.date,
    language: str,
) -> tuple[str, str]:
    """Subject and body of a reminder to one employee about one course and date."""
    course = links.get(language) or links[""]
    with translation.override(language):
        params = {"course": course.title, "date": date_format(day, language=language)}
        subject, text = (str(part) % params for part in TEXTS[variant])
        lines = [_greeting(first_name), text]
        if course.url:
            lines.append(_("Open the course: %(url)s") % {"url": course.url})
        lines.extend(_closing())
        return subject, "\n\n".join(lines)


def digest_message(
    *,
    first_name: str,
    entries: list[tuple[str, dict[str, CourseLink], datetime.date]],
    language: str,
) -> tuple[str, str]:
    """Subject and body of the weekly list of a manager's direct reports who are overdue:
    (person, course links, due date) entries, already in reading order."""
    people = len({person for person, _links, _day in entries})
    with translation.override(language):
        subject = ngettext(
            "Weekly overview: %(count)d person in your team has overdue training",
            "Weekly overview: %(count)d people in your team have overdue training",
            people,
        ) % {"count": people}
        rows = [
            "- "
            + _("%(person)s: “%(course)s”, due on %(date)s")
            % {
                "person": person,
                "course": (links.get(language) or links[""]).title,
                "date": date_format(day, language=language),
            }
            for person, links, day in entries
        ]
        lines = [
            _greeting(first_name),
            _("These people in your team have not completed a required course in time:"),
            "\n".join(rows),
            _(
                "A friendly word from you often helps. You receive this overview once a week "
                "while someone in your team is overdue."
            ),
            _("Thank you for helping to keep our workplace safe."),
        ]
        return subject, "\n\n".join(lines)
