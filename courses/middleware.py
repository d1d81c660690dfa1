from django.http.request import split_domain_port
from wagtail.views import serve

from .content_cache import content_scope, request_previews
from .selectors import site_for_host


class CachedSiteMiddleware:
    """Wagtail's page view looks up the site a request is for and every site's root path: give
    it both from the content cache (courses/content_cache.py) instead of the database. Other
    views look the site up themselves, if they need it at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve and not hasattr(request, "_wagtail_site"):
            hostname = split_domain_port(request._get_raw_host())[0]
            site, root_paths = site_for_host(hostname=hostname, port=request.get_port())
            request._wagtail_site = site
            request._wagtail_cached_site_root_paths = root_paths
        return None


class ContentGenerationMiddleware:
    """Opens the request's content-cache scope: the generation token of the published content
    is read once per request, however many cached entries the page uses. A Wagtail preview's
    scope reads and keeps nothing (courses/content_cache.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with content_scope(preview=request_previews(request)):
            return self.get_response(request)
