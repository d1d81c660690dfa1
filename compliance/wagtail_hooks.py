"""Compliance officers manage assignments in the admin; the dashboard lives on the site."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Assignment


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "date"
    menu_label = Assignment._meta.verbose_name_plural
    add_to_admin_menu = True
    list_display = ["__str__", "starts_on", "due_rule", "recertify_months", "active"]
    list_filter = ["active", "audience"]
    search_fields = None


register_snippet(AssignmentViewSet)
