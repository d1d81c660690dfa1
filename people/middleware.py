from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_cache_control
from django.utils.deprecation import MiddlewareMixin
from django.utils.translation import gettext as _
from django.views.defaults import page_not_found

from .errors import bad_request
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
        return name.startswith(_OPEN_URL_PREFIXES) or name in {
            "set_language",
            "health",
            "health_ready",
        }


class AdminAccessMiddleware:
    """No redirect loop and no second way in at /admin/:

    - a signed-in user without access to Wagtail's admin (an employee) who opens any /admin/
      address is sent to their own training with a message saying why (Wagtail would send them
      to the sign-in page, which sends a signed-in user straight back: a loop);
    - Wagtail's own sign-in form (password only, no rate limit, no second factor) is never
      shown: signed-out visitors go to the site's sign-in, admin users to the dashboard.

    Staff without MFA never get here: StaffMfaRequiredMiddleware sends them to the set-up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/admin/"):
            return self.get_response(request)
        user = request.user
        admin_user = user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
        wagtail_login = reverse("wagtailadmin_login")
        if request.path_info == wagtail_login and not user.is_authenticated:
            return self._site_login(request.GET.get("next"))
        if request.path_info == wagtail_login and admin_user:
            return redirect("wagtailadmin_home")
        if user.is_authenticated and not admin_user:
            text = _("You have no access to the admin. Your courses are in My training.")
            if request.method not in ("GET", "HEAD"):
                return HttpResponseForbidden(text)
            messages.info(request, text)
            return redirect("my_training")
        response = self.get_response(request)
        location = urlsplit(response.get("Location", ""))
        if response.status_code == 302 and location.path == wagtail_login:
            return self._site_login(parse_qs(location.query).get("next", [None])[0])
        return response

    @staticmethod
    def _site_login(next_path: str | None):
        return redirect_to_login(next_path or "/admin/", login_url=reverse("account_login"))


class PrivateCacheControlMiddleware:
    """`Cache-Control: private, no-store` on every response to a signed-in user (their pages,
    exports, audit packs, certificates, the confidant inbox), so that no shared cache (a proxy,
    a CDN) and no browser history keeps them. A view that sets its own Cache-Control keeps it
    (the confidant and verification pages say no-store for signed-out visitors themselves;
    people/media.py and the SCORM file view set their own policy for the files they serve).
    Static files are served before Django (WhiteNoise) and stay as they are."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


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


class AdminInputMiddleware(MiddlewareMixin):
    """Five kinds of junk Wagtail's admin views pass on unchecked, answered as the user would
    expect instead of as a server error:

    - an object id that cannot be one ("abc" where a number belongs, as in the choosers'
      `chosen/<str:pk>/`) is "not found";
    - a `next` address that is not a path on this site (a bare word such as "0", which
      Django's redirect() takes for a view name) is ignored, so the view goes to its default;
    - locking or unlocking the tree's root (not a page anyone edits) is "not found": Wagtail
      would lock it and then fail to find the parent to return to;
    - the external-link chooser's form sent without its address field is a bad request: Wagtail's
      field reads the missing value as text;
    - a post to a snippet chooser's "create" address, where the chooser has no creation form,
      is "not found".
    """

    ROOT_OPERATIONS = ("wagtailadmin_pages:lock", "wagtailadmin_pages:unlock")
    REQUIRED_POST_FIELDS = {"wagtailadmin_choose_page_external_link": "external-link-chooser-url"}

    def process_view(self, request, view_func, view_args, view_kwargs):
        field = self.REQUIRED_POST_FIELDS.get(request.resolver_match.view_name)
        if field and request.method == "POST" and field not in request.POST:
            return bad_request(request)
        if request.resolver_match.view_name in self.ROOT_OPERATIONS:
            from wagtail.models import Page

            if Page.objects.filter(pk=view_kwargs.get("page_id"), depth=1).exists():
                return page_not_found(request, Http404())
        if self._creates_without_form(request, view_func):
            return page_not_found(request, Http404())
        return None

    @staticmethod
    def _creates_without_form(request, view_func) -> bool:
        """A chooser's "create" address for a model whose chooser offers no creation form
        (snippets): Wagtail would call is_valid() on None."""
        from wagtail.admin.views.generic.chooser import CreateViewMixin

        match = request.resolver_match
        if not (
            match.namespace.startswith("wagtailsnippetchoosers_") and match.url_name == "create"
        ):
            return False
        view_class = getattr(view_func, "view_class", None)
        if view_class is None or not issubclass(view_class, CreateViewMixin):
            return False
        view = view_class(**view_func.view_initkwargs)
        view.setup(request)
        return view.get_creation_form_class() is None

    def process_request(self, request):
        if not request.path_info.startswith("/admin/"):
            return
        for name in ("GET", "POST"):
            values = getattr(request, name)
            if "next" in values and not values["next"].startswith("/"):
                values = values.copy()
                del values["next"]
                setattr(request, name, values)

    def process_exception(self, request, exception):
        match = getattr(request, "resolver_match", None)
        if not isinstance(exception, ValueError | ValidationError) or match is None:
            return None
        if not match.route.startswith("admin/"):
            return None
        ids = [str(v) for k, v in match.kwargs.items() if k in ("pk", "id", "object_id")]
        if not any(not value.isascii() or not value.isdigit() for value in ids):
            return None
        return page_not_found(request, exception)
