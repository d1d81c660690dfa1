from allauth.mfa.models import Authenticator
from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache

from .models import Department, EmployeeProfile
from .roles import MFA_REQUIRED_GROUPS

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
