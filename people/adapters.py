from allauth.account.adapter import DefaultAccountAdapter
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


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """Single sign-on through the organisation's identity provider may create accounts."""

    def is_open_for_signup(self, request, sociallogin):
        return settings.SSO_SIGNUP_OPEN
