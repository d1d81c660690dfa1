"""Wagtail's user and group screens with the privilege rule of people/privileges.py: the forms
get the signed-in user, and the Confidant group cannot be deleted by anyone else."""

from django import forms
from django.core.exceptions import PermissionDenied
from wagtail.users.views import groups, users
from wagtail.users.views.bulk_actions import AssignRoleBulkAction
from wagtail.users.views.bulk_actions.assign_role import RoleForm

from .forms import GuardedGroupForm, GuardedUserCreationForm, GuardedUserEditForm
from .privileges import group_delete_allowed, role_assign_error


class _ActingUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class UserCreateView(_ActingUserMixin, users.CreateView):
    pass


class UserEditView(_ActingUserMixin, users.EditView):
    pass


class UserViewSet(users.UserViewSet):
    add_view_class = UserCreateView
    edit_view_class = UserEditView

    def get_form_class(self, for_update=False):
        return GuardedUserEditForm if for_update else GuardedUserCreationForm


class GroupCreateView(_ActingUserMixin, groups.CreateView):
    pass


class GroupEditView(_ActingUserMixin, groups.EditView):
    pass


class GroupDeleteView(groups.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        group = self.get_object()
        if not group_delete_allowed(acting_user=request.user, group=group):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GroupViewSet(groups.GroupViewSet):
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView

    def get_form_class(self, for_update=False):
        return GuardedGroupForm


class GuardedRoleForm(RoleForm):
    def __init__(self, *args, acting_user=None, **kwargs):
        self.acting_user = acting_user
        super().__init__(*args, **kwargs)

    def clean_role(self):
        role = self.cleaned_data["role"]
        error = role_assign_error(acting_user=self.acting_user, group=role)
        if error:
            raise forms.ValidationError(error)
        return role


class GuardedAssignRoleBulkAction(AssignRoleBulkAction):
    """Replaces Wagtail's own (same action type, registered later: people/wagtail_hooks.py)."""

    form_class = GuardedRoleForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}
