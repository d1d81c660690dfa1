"""Who may hand out the rights that reach confidential data: superuser status and the Confidant
role (and permissions of the confidant module). Only a superuser with a second factor may; an
Administrator managing users cannot give them to anyone, themself included, nor take over such
an account by changing its login address or password. The Wagtail user,
group and bulk "assign role" screens ask here (people/user_admin.py)."""

from django.utils.translation import gettext_lazy as _

from .roles import CONFIDANT
from .selectors import user_mfa_enrolled

PRIVILEGED_GROUPS = frozenset({CONFIDANT})
# App label of the confidant module; named, not imported (people imports no other app).
PRIVILEGED_APP_LABELS = frozenset({"confidants"})

REFUSED_SUPERUSER = _(
    "Only a superuser who signs in with a second factor can grant or take away superuser status."
)
REFUSED_GROUP = _(
    "Only a superuser who signs in with a second factor can give someone the %(roles)s role."
)
REFUSED_ACCOUNT = _(
    "Only a superuser who signs in with a second factor can change the login or password of a "
    "confidant or a superuser."
)
REFUSED_GROUP_NAME = _("Only a superuser who signs in with a second factor can rename this group.")
REFUSED_PERMISSIONS = _(
    "Only a superuser who signs in with a second factor can give a group permissions of the "
    "confidant module."
)


def user_may_grant_privileges(*, user) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.is_superuser
        and user_mfa_enrolled(user=user)
    )


def privilege_grant_errors(
    *, acting_user, user, is_superuser, groups, email=None, password=""
) -> dict:
    """Form errors (field -> message) for a user form that would give `user` superuser status
    or a privileged role, or take over such an account by changing its e-mail address (the
    login) or password; empty when allowed."""
    if user_may_grant_privileges(user=acting_user):
        return {}
    errors = {}
    privileged = user.pk and (
        user.is_superuser or user.groups.filter(name__in=PRIVILEGED_GROUPS).exists()
    )
    if privileged and email is not None and email.lower() != user.email.lower():
        errors["email"] = REFUSED_ACCOUNT
    if privileged and password:
        errors["password1"] = REFUSED_ACCOUNT
    if is_superuser is not None and bool(is_superuser) != bool(user.is_superuser):
        errors["is_superuser"] = REFUSED_SUPERUSER
    current = set(user.groups.values_list("name", flat=True)) if user.pk else set()
    added = {group.name for group in groups or []} - current
    if added & PRIVILEGED_GROUPS:
        errors["groups"] = REFUSED_GROUP % {"roles": ", ".join(sorted(added & PRIVILEGED_GROUPS))}
    return errors


def role_assign_error(*, acting_user, group):
    """The error for the bulk "assign role" action, or None."""
    privileged = group is not None and group.name in PRIVILEGED_GROUPS
    if privileged and not user_may_grant_privileges(user=acting_user):
        return REFUSED_GROUP % {"roles": group.name}
    return None


def group_change_errors(*, acting_user, group, name, permissions) -> dict:
    """Form errors for a group form that would rename a privileged group (or make one by
    renaming) or add permissions of the confidant module."""
    if user_may_grant_privileges(user=acting_user):
        return {}
    errors = {}
    old_name = group.name if group.pk else None
    if name is not None and name != old_name and PRIVILEGED_GROUPS & {name, old_name}:
        errors["name"] = REFUSED_GROUP_NAME
    current = set(group.permissions.values_list("pk", flat=True)) if group.pk else set()
    added = [p for p in permissions or [] if p.pk not in current]
    if any(p.content_type.app_label in PRIVILEGED_APP_LABELS for p in added):
        errors["permissions"] = REFUSED_PERMISSIONS
    return errors


def group_delete_allowed(*, acting_user, group) -> bool:
    return group.name not in PRIVILEGED_GROUPS or user_may_grant_privileges(user=acting_user)
