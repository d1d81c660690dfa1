from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotFound

CONTENT_PATHS = ("/scorm/content/", "/scorm/frame/", "/static/")


class ContentOriginMiddleware:
    """The content origin serves package files, the frame around them and static files, and
    nothing else of the site: no page, form or session lives there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.get_host() == urlsplit(
            settings.SCORM_CONTENT_ORIGIN
        ).netloc and not request.path.startswith(CONTENT_PATHS):
            return HttpResponseNotFound()
        return self.get_response(request)
