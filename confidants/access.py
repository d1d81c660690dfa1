"""Who may see what in the confidant module, and the headers every intake page sends.

- Public intake pages (contact form, thank-you, follow-up with a receipt code): anyone, with
  `intake_page` (no caching, no referrer, a strict CSP, no POST data in error reports) and
  nothing written to the session, so a signed-in visitor leaves no trace linking them to a case.
- The inbox: `confidant_required` admits only members of the Confidants group who have a
  directory profile (superusers and administrators are not let in by their flags); after 30
  minutes without activity in the inbox the confidant is signed out.
- Reading a case additionally needs the confidant's private key, unlocked for this browser session
  (`unlocked_key`): half in the session, half in a cookie (confidants/crypto.py).
"""

import time
from functools import wraps

from csp.decorators import csp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from nacl.public import PrivateKey

from people.roles import CONFIDANT

from . import crypto
from .models import ConfidantProfile

UNLOCK_COOKIE = "confidant_key"
_SESSION_KEY = "confidants.key"
_SESSION_SEEN = "confidants.seen"

STRICT_CSP = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
}


def _private_headers(response):
    add_never_cache_headers(response)
    # Never to other sites. Not "no-referrer": browsers then send Origin: null and CSRF fails.
    response["Referrer-Policy"] = "same-origin"
    return response


def intake_page(view):
    """Public intake views: nothing cached, no referrer, strict CSP, POST data kept out of
    error reports, and local variables hidden from tracebacks."""

    @wraps(view)
    @csp(STRICT_CSP)
    @sensitive_post_parameters()
    @sensitive_variables()
    def wrapper(request, *args, **kwargs):
        return _private_headers(view(request, *args, **kwargs))

    return wrapper


def confidant_profile_for(user) -> ConfidantProfile | None:
    """The profile of a signed-in member of the Confidants group, else None."""
    if not user.is_authenticated or not user.groups.filter(name=CONFIDANT).exists():
        return None
    return ConfidantProfile.objects.filter(user=user, active=True).first()


def confidant_required(view):
    """Confidants only (see module docstring); sets `request.confidant`."""

    @wraps(view)
    @csp(STRICT_CSP)
    @sensitive_post_parameters()
    @sensitive_variables()
    def wrapper(request, *args, **kwargs):
        return _private_headers(_confidant_gate(view, request, *args, **kwargs))

    return wrapper


def _confidant_gate(view, request, *args, **kwargs):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    profile = confidant_profile_for(request.user)
    if profile is None:
        raise PermissionDenied
    now = time.time()
    seen = request.session.get(_SESSION_SEEN)
    if seen is not None and now - seen > settings.CONFIDANT_IDLE_MINUTES * 60:
        logout(request)
        messages.info(request, _("You were signed out after 30 minutes without activity."))
        response = redirect_to_login(request.get_full_path())
        response.delete_cookie(UNLOCK_COOKIE, samesite="Strict")
        return response
    request.session[_SESSION_SEEN] = now
    request.confidant = profile
    return view(request, *args, **kwargs)


def unlocked_key(request) -> PrivateKey | None:
    """This confidant's private key if they unlocked it in this browser session."""
    server_half = request.session.get(_SESSION_KEY)
    browser_half = request.COOKIES.get(UNLOCK_COOKIE)
    if not server_half or not browser_half:
        return None
    try:
        private = crypto.session_unwrap(browser_half=browser_half, server_half=server_half)
    except (crypto.CryptoError, ValueError, TypeError):
        return None
    if bytes(private.public_key) != bytes(request.confidant.public_key):
        return None
    return private


def unlock_store(request, response, private: PrivateKey) -> None:
    browser_half, server_half = crypto.session_wrap(private)
    request.session[_SESSION_KEY] = server_half
    response.set_cookie(
        UNLOCK_COOKIE,
        browser_half,
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Strict",
    )


def unlock_forget(request, response) -> None:
    request.session.pop(_SESSION_KEY, None)
    response.delete_cookie(UNLOCK_COOKIE, samesite="Strict")


def unlocked_required(view):
    """Inside `confidant_required`: without an unlocked key, go to the unlock page first."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        private = unlocked_key(request)
        if private is None:
            if not request.confidant.has_keys:
                return redirect("confidants:keys_setup")
            return redirect(f"{_unlock_url()}?next={request.path}")
        request.private_key = private
        return view(request, *args, **kwargs)

    return wrapper


def _unlock_url() -> str:
    return reverse("confidants:unlock")
