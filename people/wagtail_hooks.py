"""Administrators manage departments and employee profiles in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Department, EmployeeProfile


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    list_display = ["name", "parent"]
    search_fields = ["name"]


class EmployeeProfileViewSet(SnippetViewSet):
    model = EmployeeProfile
    icon = "user"
    list_display = ["user", "employee_number", "department", "preferred_language", "active"]
    list_filter = ["active", "department", "preferred_language"]
    search_fields = ["employee_number", "user__email", "user__last_name"]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (DepartmentViewSet, EmployeeProfileViewSet)
    menu_icon = "group"
    menu_label = _("People")
    menu_name = "people"


register_snippet(PeopleViewSetGroup)
