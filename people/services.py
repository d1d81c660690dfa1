from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from wagtail.users.models import UserProfile

from .models import EmployeeProfile


@transaction.atomic
def profile_language_set(*, user: AbstractBaseUser, language: str) -> EmployeeProfile:
    """Remember the language a person wants the site, e-mails and certificates in."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unsupported language: {language!r}")
    profile, _created = EmployeeProfile.objects.get_or_create(user=user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    admin_profile = UserProfile.get_for_user(user)  # the Wagtail admin speaks it too
    admin_profile.preferred_language = language
    admin_profile.save(update_fields=["preferred_language"])
    return profile
