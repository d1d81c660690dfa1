from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

from .selectors import user_mfa_enrolled, user_mfa_required

# Pages a staff member may use before enrolling a second factor: sign-in, sign-out, MFA set-up.
_OPEN_URL_PREFIXES = ("account_", "mfa_")


class StaffMfaRequiredMiddleware:
    """Trainers, compliance officers, confidants and administrators reach nothing but the
    account pages until they have enrolled TOTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        request.staff_role = bool(user and user.is_authenticated and user_mfa_required(user=user))
        if (
            request.staff_role
            and not self._is_open(request.path_info)
            and not user_mfa_enrolled(user=user)
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _is_open(path: str) -> bool:
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            return True
        try:
            name = resolve(path).url_name or ""
        except Resolver404:
            return False
        return name.startswith(_OPEN_URL_PREFIXES) or name in {"set_language", "health"}


class LanguageCookieMiddleware:
    """Remember the language of the last page seen, so that `/` opens in it next time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = getattr(request, "LANGUAGE_CODE", None)
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        prefixed = request.path_info.startswith(f"/{language}/")
        if language and prefixed and cookie != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            )
        return response
