"""Dates, numbers and durations in the reader's language, formatted by Babel (CLDR data).

Babel separates number groups and units with non-breaking spaces; keep them, they stop
a line break between a number and its unit.
"""

import datetime

from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_decimal
from django.utils import timezone, translation


def babel_locale(language: str | None = None) -> Locale:
    return Locale.parse((language or translation.get_language() or "nl").replace("-", "_"))


def date_format(value: datetime.date, *, language: str | None = None, style: str = "long") -> str:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return format_date(value, format=style, locale=babel_locale(language))


def datetime_format(
    value: datetime.datetime, *, language: str | None = None, style: str = "medium"
) -> str:
    return format_datetime(
        value, format=style, tzinfo=timezone.get_current_timezone(), locale=babel_locale(language)
    )


def number_format(value: float, *, language: str | None = None) -> str:
    return format_decimal(value, locale=babel_locale(language))


def minutes_format(minutes: int, *, language: str | None = None) -> str:
    """A duration such as "25 minuten", "2 uur" or "25 phút": whole hours when it is a whole
    number of hours, otherwise exact minutes (90 minutes must not read as "2 hours")."""
    whole_hours = minutes >= 60 and minutes % 60 == 0
    # Babel picks the largest unit whose value reaches `threshold`; keep hours out otherwise.
    threshold = 1 if whole_hours or minutes <= 1 else minutes / 60 + 1
    return format_timedelta(
        datetime.timedelta(minutes=minutes),
        threshold=threshold,
        format="long",
        locale=babel_locale(language),
    )
