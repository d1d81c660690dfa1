"""Compliance officers manage assignments in the admin; the dashboard lives on the site."""

from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Assignment


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "date"
    add_to_admin_menu = True
    list_display = [
        "__str__",
        "starts_on",
        "due_rule",
        "recertify_months",
        BooleanColumn("reminders_paused"),
        BooleanColumn("active"),
    ]
    list_filter = ["active", "audience"]
    search_fields = None


register_snippet(AssignmentViewSet)


@hooks.register("after_create_snippet")
def assignment_creator_record(request, instance):
    """Who created an assignment, for the record (the form cannot set it)."""
    if isinstance(instance, Assignment) and instance.created_by_id is None:
        instance.created_by = request.user
        instance.save(update_fields=["created_by"])
