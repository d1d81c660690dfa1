import hashlib

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe

from .. import selectors
from ..content_cache import content_cached

register = template.Library()

# Lesson blocks whose HTML depends on the lesson alone, never on who reads it: rendered once
# per generation of the published content. Knowledge checks and scenarios (the learner's
# answers and outcomes, CSRF tokens), the confidant directory and media render per request.
SHARED_BLOCKS = {"heading", "paragraph", "callout", "quote"}

# Pages whose address says something about a person or a case are never cached, not even the
# header (its language links repeat the address): the confidant module and compliance lists.
PRIVATE_NAMESPACES = {"confidants", "compliance"}


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The course catalogue in the language being read, or '' when there is none."""
    return selectors.catalogue_url(
        language=translation.get_language(), request=context.get("request")
    )


@register.simple_tag(takes_context=True)
def lesson_body(context) -> str:
    """The lesson's blocks: the shared ones from the content cache, the others for this
    learner (each with `block_id` and the page's context)."""
    page = context["page"]
    language = translation.get_language()

    def build() -> dict[str, str]:
        return {
            block.id: block.render_as_block(
                context={"page": page, "block_id": block.id, "LANGUAGE_CODE": language}
            )
            for block in page.body
            if block.block_type in SHARED_BLOCKS
        }

    shared = content_cached(f"lesson-body:{page.pk}:{language}", build)
    parts = []
    for block in page.body:
        html = shared.get(block.id) if block.block_type in SHARED_BLOCKS else None
        if html is None:
            block_context = context.flatten()
            block_context["block_id"] = block.id
            html = block.render_as_block(context=block_context)
        parts.append(html)
    return mark_safe("".join(parts))  # noqa: S308 (blocks' own rendered, escaped HTML)


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        request = context.get("request")
        match = getattr(request, "resolver_match", None)
        if request is None or request.GET or (match and match.namespace in PRIVATE_NAMESPACES):
            return self.nodelist.render(context)
        vary = [request.get_host(), request.path, *(str(v.resolve(context)) for v in self.vary_on)]
        digest = hashlib.sha256("\n".join(vary).encode()).hexdigest()
        key = f"fragment:{self.name.resolve(context)}:{translation.get_language()}:{digest}"
        return content_cached(key, lambda: self.nodelist.render(context))


@register.tag
def shared_fragment(parser, token):
    """{% shared_fragment "name" value ... %}...{% endshared_fragment %}: rendered once per
    generation of the published content for everyone reading the same page (host and path)
    in the same language with the same values, and kept in the content cache.

    Nothing personal may go inside (names, progress, CSRF tokens): only what the values say.
    A request with a query string renders it afresh, so query strings cannot multiply entries;
    so do the confidant and compliance pages (PRIVATE_NAMESPACES).
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )


@register.simple_tag
def answer_for(answers, block_id):
    """The learner's latest answer to one knowledge check, if any."""
    return (answers or {}).get(str(block_id))


@register.simple_tag
def language_name(code: str) -> str:
    """A language's own name for itself, as listed in settings.LANGUAGES."""
    return dict(settings.LANGUAGES).get(code, code)
