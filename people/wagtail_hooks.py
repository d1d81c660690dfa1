"""Administrators manage departments and employee profiles in the Wagtail admin; compliance
officers and administrators import the HR employee file."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import import_views
from .models import Department, EmployeeProfile
from .user_admin import GuardedAssignRoleBulkAction


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


class EmployeeImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(import_views.IMPORT_PERMISSION)


# After Wagtail's own "assign role" (order 0), so this one takes its place.
hooks.register("register_bulk_action", GuardedAssignRoleBulkAction, order=1)


@hooks.register("register_admin_urls")
def employee_import_urls():
    return [
        path("people/import/", import_views.upload, name="people_import_upload"),
        path("people/import/<str:token>/", import_views.report, name="people_import_report"),
    ]


@hooks.register("register_admin_menu_item")
def employee_import_menu_item():
    return EmployeeImportMenuItem(
        _("Import employees"),
        reverse("people_import_upload"),
        name="people-import",
        icon_name="upload",
        order=910,
    )
