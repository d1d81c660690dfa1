from django import template

from .. import l10n

register = template.Library()


@register.filter
def date_local(value, style: str = "long") -> str:
    return l10n.date_format(value, style=style) if value else ""


@register.filter
def datetime_local(value, style: str = "medium") -> str:
    return l10n.datetime_format(value, style=style) if value else ""


@register.filter
def number_local(value) -> str:
    return l10n.number_format(value) if value is not None else ""


@register.filter
def minutes_local(value) -> str:
    return l10n.minutes_format(int(value)) if value is not None else ""
