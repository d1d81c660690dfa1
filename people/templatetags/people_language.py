from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("people/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the page being read, in every language of the site.

    A Wagtail page links to its own translation (or the home page of that language when it has
    none yet); any other page keeps its path with the other language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page):
        found = getattr(page, "live_translations", None)  # cached with pages that keep it
        if found is None:
            found = page.get_translations(inclusive=True).live().select_related("locale")
        for translated in found:
            translations[translated.locale.language_code] = translated
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request=request)
        elif isinstance(page, Page):
            url = f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}
