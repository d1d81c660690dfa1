from django.http import Http404
from wagtail import hooks
from wagtail.models import PageViewRestriction


@hooks.register("before_serve_page")
def signed_in_outsiders_get_not_found(page, request, serve_args, serve_kwargs):
    """A page restricted to groups answers "not found" to a signed-in person outside them, as
    every learner endpoint does (courses/access.py): Wagtail would send them to sign in again,
    where they already are, with the page's address in the link."""
    if request.user.is_authenticated and any(
        restriction.restriction_type == PageViewRestriction.GROUPS
        and not restriction.accept_request(request)
        for restriction in page.get_view_restrictions()
    ):
        raise Http404
