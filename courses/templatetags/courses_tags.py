from django import template
from django.conf import settings
from django.utils import translation

from .. import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The course catalogue in the language being read, or '' when there is none."""
    return selectors.catalogue_url(
        language=translation.get_language(), request=context.get("request")
    )


@register.simple_tag
def answer_for(answers, block_id):
    """The learner's latest answer to one knowledge check, if any."""
    return (answers or {}).get(str(block_id))


@register.simple_tag
def language_name(code: str) -> str:
    """A language's own name for itself, as listed in settings.LANGUAGES."""
    return dict(settings.LANGUAGES).get(code, code)
