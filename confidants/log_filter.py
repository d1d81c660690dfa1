"""Keep the confidant pages out of every log. Django logs 4xx/5xx responses and CSRF failures
with their path, and other loggers may mention a path in their message; for the confidant pages
even that is left out (the promise: nothing from intake reaches logs or error reports).

The filter sits on every handler in settings.LOGGING (root, mail to admins, the development
server), so it holds for records of any logger, propagated or not, and on the django.request,
django.server and django.security.csrf loggers as well. A record is dropped when its request's
path, or any path in its message, starts (after an optional language prefix) with one of the
confidant module's first path segments in any language: unknown addresses there (404s) too.
"""

import functools
import logging
import re
from urllib.parse import unquote

from django.conf import settings
from django.urls import reverse
from django.utils import translation

_ROOTS = ("confidant_help", "confidants:inbox")  # /<lang>/talk-to-a-confidant/, /<lang>/confidant/


@functools.cache
def _segments() -> frozenset[str]:
    codes = {code for code, _name in settings.LANGUAGES}
    segments = set()
    for code in codes:
        with translation.override(code):
            for name in _ROOTS:
                parts = reverse(name).strip("/").split("/")
                segments.add(parts[1] if parts[0] in codes and len(parts) > 1 else parts[0])
    return frozenset(segments)


@functools.cache
def _mention() -> re.Pattern:
    codes = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    segments = "|".join(re.escape(s) for s in sorted(_segments(), key=len, reverse=True))
    return re.compile(rf"/(?:(?:{codes})/)?(?:{segments})(?=[/?#\s\"']|$)", re.IGNORECASE)


def is_confidant_path(path: str) -> bool:
    return bool(_mention().match(unquote(path)))


def mentions_confidant_path(text: str) -> bool:
    return bool(_mention().search(unquote(text)))


class DropConfidantRequests(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        path = getattr(request, "path_info", None) or getattr(request, "path", None)
        if isinstance(path, str) and is_confidant_path(path):
            return False
        try:
            text = record.getMessage()
        except (TypeError, ValueError):
            text = f"{record.msg} {record.args}"
        return not mentions_confidant_path(text)
