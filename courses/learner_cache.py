"""A learner's own course, lesson and scenario pages, kept rendered while nothing they show
can have changed.

What these pages show a learner is decided by the published content and by that learner's
own progress. Reloading them is the commonest request of the site, so each is kept rendered
in Django's cache (shared by every host), per learner, page, host and language, and served as
kept only when all of these still hold:

- the same generation of the published content (courses/content_cache.py);
- the same learner version: every write to the learner's progress (attempts, lesson progress,
  answers, scenario and package outcomes, completion records, scenario attempts) replaces it
  (courses/signals.py, scenarios/signals.py). The version is read before the page reads its
  data, and replaced again once the write is committed, so a page rendered from the old state
  is never stored under the new version. The account itself shows on these pages only as
  signed in or not and as a staff role or not, both checked on every request;
- the same day (expiry dates, "valid" or "expired"), the same CSRF cookie (the tokens in the
  page's forms), and no message waiting to be shown;
- the page's own deadline, if it has one (a lesson records a sign of life on a reload more
  than 30 seconds after the learner's last one, so a kept lesson page lasts no longer).

Only learners' pages are kept: staff roles (request.staff_role) and signed-out visitors always
get a fresh page, and so does everyone when settings.LEARNER_PAGES_KEPT is false; a Wagtail
preview keeps nothing. Access rules
still run on every request: Wagtail checks a page's view restrictions before the page is
served, and a kept page is keyed to the learner it was rendered for.
"""

import datetime
import hashlib
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from .content_cache import content_generation, content_previewing

ENTRY_SECONDS = 3600
VERSION_SECONDS = 7 * 24 * 3600


def _version_key(user_id: int) -> str:
    return f"learner:version:{user_id}"


def learner_changed(*, user_id: int) -> None:
    """Retire every kept page of this learner by giving them a new version: now, and again once
    the write is committed (outside a transaction the write is committed already: once is
    enough). A new version rather than none spares the next page view a round trip."""
    key = _version_key(user_id)

    def replace() -> None:
        cache.set(key, secrets.token_hex(8), VERSION_SECONDS)

    if transaction.get_connection().in_atomic_block:
        replace()
    transaction.on_commit(replace)


def _csrf_digest(request: HttpRequest) -> str:
    secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    return hashlib.sha256(secret.encode()).hexdigest()[:32] if secret else ""


@dataclass
class KeptPage:
    """One learner's page: `response` is the kept one when it may be served as it is."""

    request: HttpRequest
    key: str = ""
    version: str = ""
    facts: dict = field(default_factory=dict)
    response: HttpResponse | None = None

    def store(self, response: HttpResponse, *, until: datetime.datetime | None = None):
        """Keep a fresh 200 response (rendered here if it is a template response) for the
        learner's next visit, until `until` at the latest. Returns the response."""
        if not (self.key and self.version) or response.status_code != 200 or response.cookies:
            return response
        secret = self.request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
        if self.request.META.get("CSRF_COOKIE", secret) != secret:  # a new CSRF secret issued
            return response
        if hasattr(response, "render"):
            response.render()
        entry = {
            **self.facts,
            "version": self.version,
            "until": until,
            "content": response.content,
            "content_type": response["Content-Type"],
        }
        cache.set(self.key, entry, ENTRY_SECONDS)
        return response


def learner_page(request: HttpRequest, name: str) -> KeptPage:
    """Look up a learner's kept page `name` (e.g. "page:42") for this request. Call it before
    the page reads any of the learner's data; store() the fresh response afterwards."""
    user = request.user
    if (
        not settings.LEARNER_PAGES_KEPT
        or request.method != "GET"
        or request.GET
        or not user.is_authenticated
        or getattr(request, "staff_role", True)
        or len(get_messages(request))
        or content_previewing()
    ):
        return KeptPage(request)
    key = (
        f"learner:page:{user.pk}:{name}:{translation.get_language()}:"
        f"{hashlib.sha256(request.get_host().encode()).hexdigest()[:16]}"
    )
    version_key = _version_key(user.pk)
    found = cache.get_many([version_key, key])
    version = found.get(version_key)
    if version is None:
        version = secrets.token_hex(8)
        if not cache.add(version_key, version, VERSION_SECONDS):  # another request was first
            version = cache.get(version_key)
    facts = {
        "generation": content_generation(),
        "day": timezone.localdate().isoformat(),
        "csrf": _csrf_digest(request),
    }
    page = KeptPage(request, key=key, version=version or "", facts=facts)
    entry = found.get(key)
    if (
        version
        and entry is not None
        and entry["version"] == version
        and all(entry[fact] == value for fact, value in facts.items())
        and (entry["until"] is None or timezone.now() < entry["until"])
    ):
        response = HttpResponse(entry["content"], content_type=entry["content_type"])
        if facts["csrf"]:
            get_token(request)  # as a fresh render would: the CSRF cookie's expiry is renewed
        page.response = response
    return page
