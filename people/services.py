from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.db import transaction
from wagtail.users.models import UserProfile

from .models import EmployeeProfile
from .selectors import mfa_required_key


def mfa_requirement_forget(*, user_ids: Iterable[int]) -> None:
    """Group membership changed: the next request of these users asks the database again
    whether they must use a second factor, so someone made a trainer is sent to MFA set-up
    at once. Forgotten now and again after the commit, so that a request reading the old
    membership in between cannot keep it."""
    keys = [mfa_required_key(user_id) for user_id in user_ids]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


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
