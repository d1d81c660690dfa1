from allauth.mfa.models import Authenticator
from django.contrib.auth.models import AbstractBaseUser

from .models import Department, EmployeeProfile
from .roles import MFA_REQUIRED_GROUPS


def user_mfa_required(*, user: AbstractBaseUser) -> bool:
    """Staff roles and superusers must use a second factor; employees may."""
    if user.is_superuser or user.is_staff:
        return True
    return user.groups.filter(name__in=MFA_REQUIRED_GROUPS).exists()


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
