from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.db.models import Q

from .models import Department, EmployeeProfile
from .roles import EMPLOYEE, MFA_REQUIRED_GROUPS

# Backstop only: people/signals.py forgets the answer as soon as the user's groups change.
MFA_REQUIRED_SECONDS = 300


def mfa_required_key(user_id: int) -> str:
    return f"people:mfa-required:{user_id}"


def user_mfa_required(*, user: AbstractBaseUser) -> bool:
    """Staff roles and superusers must use a second factor; employees may.

    Asked on every signed-in request, so the group part is kept in Django's cache (shared by
    every host) and forgotten whenever the user's group membership changes."""
    if user.is_superuser or user.is_staff:
        return True
    key = mfa_required_key(user.pk)
    required = cache.get(key)
    if required is None:
        required = user.groups.filter(name__in=MFA_REQUIRED_GROUPS).exists()
        cache.set(key, required, MFA_REQUIRED_SECONDS)
    return required


def user_mfa_enrolled(*, user: AbstractBaseUser) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def user_preferred_language(*, user: AbstractBaseUser) -> str:
    """The language the user chose, or '' when they never chose one."""
    profile = EmployeeProfile.objects.filter(user=user).only("preferred_language").first()
    return profile.preferred_language if profile else ""


def department_descendant_ids(*, department: Department) -> set[int]:
    """The department and everything below it: one query per level of the tree."""
    found = {department.pk}
    level = [department.pk]
    while level:
        level = list(Department.objects.filter(parent_id__in=level).values_list("pk", flat=True))
        level = [pk for pk in level if pk not in found]
        found.update(level)
    return found


@dataclass
class ImportState:
    """What the employee import compares a file with, read in a few queries whatever the
    number of employees."""

    departments: dict[str, int]  # "hoofdkantoor/klantenservice" (casefolded path) → id
    user_by_email: dict[str, int]  # the login e-mail and every verified address
    user_by_number: dict[str, int]
    number_by_user: dict[int, str]
    current: dict[int, dict]  # user id → the values an import row sets
    protected: set[int]  # accounts the import never changes (import_protected_user_ids)


def department_paths() -> dict[str, int]:
    """Every department by its path from the top, names casefolded and joined by "/"."""
    rows = Department.objects.values_list("pk", "parent_id", "name")
    parents = {pk: parent for pk, parent, _name in rows}
    names = {pk: name for pk, _parent, name in rows}
    paths: dict[int, str] = {}

    def path(pk: int) -> str:
        if pk not in paths:
            parent = parents[pk]
            own = names[pk].strip().casefold()
            paths[pk] = own if parent is None else f"{path(parent)}/{own}"
        return paths[pk]

    return {path(pk): pk for pk in names}


def import_protected_user_ids(*, user_ids: list[int] | None = None) -> set[int]:
    """Accounts the HR import may read (as a manager) but never change: superusers, is_staff,
    anyone in a group other than Employee (the staff roles, and any group an administrator
    made) and anyone with permissions of their own. An HR file could otherwise rename,
    deactivate or re-address an account with rights, and take it over by a password reset.
    One query; `user_ids` limits it to those accounts."""
    User = get_user_model()
    rights = (
        Q(is_superuser=True)
        | Q(is_staff=True)
        | Q(pk__in=User.groups.through.objects.exclude(group__name=EMPLOYEE).values("user_id"))
        | Q(pk__in=User.user_permissions.through.objects.values("user_id"))
    )
    users = User.objects.filter(rights)
    if user_ids is not None:
        users = users.filter(pk__in=user_ids)
    return set(users.values_list("pk", flat=True))


def import_state() -> ImportState:
    User = get_user_model()
    users = {
        row["pk"]: row
        for row in User.objects.values("pk", "email", "first_name", "last_name", "is_active")
    }
    email_by_user = {pk: row["email"].lower() for pk, row in users.items()}
    user_by_email = {
        email.lower(): pk
        for email, pk in EmailAddress.objects.filter(verified=True).values_list("email", "user_id")
    }
    user_by_email.update((email, pk) for pk, email in email_by_user.items())
    current: dict[int, dict] = {}
    for pk, row in users.items():
        current[pk] = {
            "employee_number": None,
            "first_name": row["first_name"],
            "last_name": row["last_name"],
            "email": email_by_user[pk],
            "active": row["is_active"],
        }
    number_by_user = {}
    for profile in EmployeeProfile.objects.values(
        "pk",
        "user_id",
        "employee_number",
        "department_id",
        "manager_id",
        "preferred_language",
        "hire_date",
        "active",
    ).iterator(chunk_size=5000):
        pk = profile["user_id"]
        if profile["employee_number"]:
            number_by_user[pk] = profile["employee_number"]
        current[pk].update(
            profile_id=profile["pk"],
            employee_number=profile["employee_number"],
            department_id=profile["department_id"],
            manager_id=profile["manager_id"],
            manager_email=email_by_user.get(profile["manager_id"], ""),
            preferred_language=profile["preferred_language"],
            hire_date=profile["hire_date"],
            active=current[pk]["active"] and profile["active"],
        )
    return ImportState(
        departments=department_paths(),
        user_by_email=user_by_email,
        user_by_number={number: pk for pk, number in number_by_user.items()},
        number_by_user=number_by_user,
        current=current,
        protected=import_protected_user_ids(),
    )
