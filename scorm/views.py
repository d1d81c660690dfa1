import mimetypes
import posixpath
from urllib.parse import urlsplit

from csp.decorators import csp
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from courses.access import lesson_key_open, lesson_open_or_404

from . import selectors, services
from .commit_input import CommitRefused, commit_parse
from .models import ScormPackage


def _content_base() -> str:
    return settings.SCORM_CONTENT_ORIGIN.rstrip("/")


def _on_content_origin(request) -> bool:
    return request.get_host() == urlsplit(_content_base()).netloc


def _player_csp(view):
    """The player page: the site's policy, with frames from the content origin too."""

    def wrapper(request, *args, **kwargs):
        frames = ["'self'", _content_base()]
        policy = {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-src": frames}
        return csp(policy)(view)(request, *args, **kwargs)

    return wrapper


@never_cache
@require_GET
@login_required
@_player_csp
def package_play(request, lesson_id: int, block_id: str):
    """Signed-in learners who may read the lesson now (courses.access); opening it enrols them
    in the package."""
    lesson = lesson_open_or_404(request, lesson_id)
    block = services.package_block(lesson=lesson, block_id=block_id)
    package = block.value["package"] if block else None
    if package is None:
        raise Http404(_("This lesson has no such SCORM module."))
    attempt = services.attempt_launch(
        user=request.user, lesson=lesson, block_id=block.id, package=package
    )
    site_origin = request.build_absolute_uri("/").rstrip("/")
    token = selectors.content_token(attempt=attempt, site_origin=site_origin)
    config = {
        "version": package.version,
        "commitUrl": reverse("scorm_commit", args=[attempt.pk]),
        "launchUrl": f"{_content_base()}/scorm/frame/{token}/",
        "contentOrigin": _content_base(),
        "cmi": selectors.runtime_start(attempt=attempt, user=request.user),
        "csrfToken": get_token(request),
        "messages": {
            "saved": _("Your progress is saved."),
            "failed": _("Your progress could not be saved. Check your connection."),
        },
    }
    context = {
        "page": lesson,
        "lesson": lesson,
        "package": package,
        "attempt": attempt,
        "config": config,
    }
    return render(request, "scorm/player.html", context)


def _refused(message: str, status: int, code: str = "refused") -> JsonResponse:
    body = {"result": False, "errorCode": 101, "reason": code, "message": message}
    return JsonResponse(body, status=status)


@csrf_exempt  # checked below by Django's own CSRF check, with the token from the header or body
@require_POST
def attempt_commit(request, attempt_id: int):
    """The runtime in the learner's own signed-in browser, for their own attempt. The CSRF
    token travels in the X-CSRFToken header, or in the body (`csrfToken`) of the final commit,
    which scorm-again sends with navigator.sendBeacon (no custom headers). Bad input is refused
    and stores nothing."""
    try:
        payload, text = commit_parse(request.body)
    except CommitRefused as error:
        text, payload, refused = "", None, error
    else:
        refused = None
    token = payload.pop("csrfToken", None) if isinstance(payload, dict) else None
    raw = text if token is None else None  # else re-encoded without it
    if "HTTP_X_CSRFTOKEN" not in request.META and isinstance(token, str):
        request.META["HTTP_X_CSRFTOKEN"] = token
    forbidden = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
    if forbidden is not None:
        return forbidden
    if not request.user.is_authenticated:
        return _refused(_("Sign in again to save."), 401, "signed-out")
    if refused is not None:
        return _refused(str(refused), refused.status, refused.code)
    lesson_key = selectors.attempt_lesson_key(attempt_id=attempt_id, user=request.user)
    if lesson_key_open(request, lesson_key) is None:
        return _refused(_("This module is not open to you."), 404, "not-open")
    try:
        services.attempt_commit(attempt_id=attempt_id, user=request.user, payload=payload, raw=raw)
    except CommitRefused as error:
        return _refused(str(error), error.status, error.code)
    return JsonResponse({"result": True, "errorCode": 0})


CONTENT_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "form-action": ["'self'"],
}


def _clean_path(path: str) -> str | None:
    if "\\" in path or "\x00" in path or path.startswith("/"):
        return None
    clean = posixpath.normpath(path)
    if clean in (".", "") or clean.startswith("../") or clean == "..":
        return None
    return clean


def _granted(request, token: str) -> dict | None:
    """Package files and their frame exist only on the content origin, for whoever holds the
    signed address the player issued (no cookie of the site travels there)."""
    return selectors.content_grant(token) if _on_content_origin(request) else None


def _framed_by(grant: dict) -> list[str]:
    return ["'self'", grant["o"]]


@require_GET
def package_frame(request, token: str):
    """On the content origin: the page between the player and the package. It gives the
    package a SCORM API (scorm-again's CrossFrameAPI) that talks to the runtime in the player by
    messages, as the browser keeps the two origins from touching each other. Same access as the
    package files."""
    grant = _granted(request, token)
    package = grant and ScormPackage.objects.filter(uuid=grant["p"]).first()
    if not package:
        raise Http404
    context = {"launch": f"/scorm/content/{token}/{package.launch}", "site_origin": grant.get("o")}
    response = render(request, "scorm/frame.html", context)
    policy = {**CONTENT_CSP, "script-src": ["'self'"], "frame-ancestors": _framed_by(grant)}
    return csp(policy)(lambda r: response)(request)


@require_GET
@xframe_options_sameorigin
def package_file(request, token: str, path: str):
    """A package file, on the content origin, for the learner the signed address was issued
    to by a player page they opened."""
    grant = _granted(request, token)
    clean = _clean_path(path)
    if grant is None or clean is None:
        raise Http404
    name = f"scorm/{grant['p']}/{clean}"
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    content_type = mimetypes.guess_type(clean)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return csp({**CONTENT_CSP, "frame-ancestors": _framed_by(grant)})(lambda r: response)(request)
