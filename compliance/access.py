"""Only compliance officers see the dashboard, the employee lists and the exports: members of
the Compliance officer group (staff MFA enforced by people.middleware). Superusers and
administrators are not let in by their flags: the data is personal, and the role is the need."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from people.roles import COMPLIANCE_OFFICER


def is_compliance_officer(user) -> bool:
    return user.is_authenticated and user.groups.filter(name=COMPLIANCE_OFFICER).exists()


def compliance_officer_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_compliance_officer(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
