from django import template

from ..roles import COMPLIANCE_OFFICER, CONFIDANT

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_links(context) -> str:
    """Which staff links the header shows, as a short string that also keys the cached header:
    "admin" for Wagtail's admin, "compliance" for the dashboard, "inbox" for the confidant
    inbox. For everyone but staff roles nothing is loaded at all."""
    request, user = context.get("request"), context.get("user")
    if not getattr(request, "staff_role", False):
        return ""
    groups = set(user.groups.values_list("name", flat=True))
    links = []
    if user.has_perm("wagtailadmin.access_admin"):
        links.append("admin")
    if COMPLIANCE_OFFICER in groups:
        links.append("compliance")
    if CONFIDANT in groups:
        links.append("inbox")
    return " ".join(links)
