import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .selectors import user_preferred_language


class AccountAdapter(DefaultAccountAdapter):
    """Accounts come from HR; self sign-up only where the organisation turns it on."""

    def is_open_for_signup(self, request):
        return settings.SIGNUP_OPEN

    def get_login_redirect_url(self, request):
        language = user_preferred_language(user=request.user) or translation.get_language()
        with translation.override(language):
            return reverse("wagtail_serve", args=[""])

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Staff are sent to MFA set-up (TOTP, then recovery codes) right after signing in;
        asking for the password again minutes after it was given adds nothing. Later changes
        to the second factor still ask for it."""
        if app == "allauth.mfa" and self._signed_in_just_now():
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def _signed_in_just_now(self) -> bool:
        user = getattr(self.request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        records = get_authentication_records(self.request, user)
        return bool(records) and (
            time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT
        )


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """Single sign-on through the organisation's identity provider may create accounts."""

    def is_open_for_signup(self, request, sociallogin):
        return settings.SSO_SIGNUP_OPEN
