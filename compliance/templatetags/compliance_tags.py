from babel.numbers import format_percent
from django import template
from django.utils.translation import get_language

from people.l10n import babel_locale

register = template.Library()


@register.filter
def percent(value: float) -> str:
    """0.857 -> "86%" (or "86 %" where the language wants a space)."""
    return format_percent(value or 0, locale=babel_locale(get_language()))


@register.simple_tag
def with_params(query: str, **params) -> str:
    """The current filter query string with some parameters replaced, for drill-down links."""
    from django.http import QueryDict

    data = QueryDict(query, mutable=True)
    for key, value in params.items():
        data.pop(key, None)
        if value not in (None, ""):
            data[key] = value
    data.pop("page", None)
    return data.urlencode()
