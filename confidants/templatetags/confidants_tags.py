from django import template
from django.utils.translation import get_language

from people.l10n import babel_locale

register = template.Library()


@register.filter
def language_names(codes) -> str:
    """Language codes as names in the reader's language: ["nl", "vi"] -> "Dutch, Vietnamese"."""
    names = babel_locale(get_language()).languages
    return ", ".join(names.get(code, code) for code in codes or [])


@register.filter
def language_name_local(code: str) -> str:
    return language_names([code]) if code else ""
