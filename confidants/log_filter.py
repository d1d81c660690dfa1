"""Keep intake requests out of the application log. Django logs every 4xx/5xx response with its
path; for the confidant pages even that is left out (the promise: nothing from intake reaches
logs or error reports). Attached to the django.request and django.server loggers in settings."""

import logging

from django.urls import Resolver404, resolve


def is_confidant_path(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.namespace == "confidants" or match.url_name == "confidant_help"


class DropConfidantRequests(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        path = getattr(request, "path_info", None) or getattr(request, "path", None)
        if not isinstance(path, str) and record.args:  # django.server: "GET /path HTTP/1.1"
            parts = str(record.args[0]).split()
            path = parts[1].split("?")[0] if len(parts) > 1 else None
        return not (isinstance(path, str) and is_confidant_path(path))
