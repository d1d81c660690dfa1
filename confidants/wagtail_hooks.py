"""Administrators keep the public directory up to date. Cases are deliberately absent here:
no snippet, no admin menu, no search index (confidants/README.md)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ConfidantProfile


class ConfidantProfileViewSet(SnippetViewSet):
    model = ConfidantProfile
    icon = "user"
    menu_label = ConfidantProfile._meta.verbose_name_plural
    add_to_admin_menu = True
    list_display = ["name", "kind", "active"]
    search_fields = None


register_snippet(ConfidantProfileViewSet)
