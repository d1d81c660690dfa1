"""Trainers author scenarios as snippets; wagtail-localize translates them."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import scenario_report
from .models import Scenario


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "site"
    list_display = ["title", "key", "locale", "live"]
    search_fields = ["title", "key"]


register_snippet(ScenarioViewSet)


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("scenarios/<int:pk>/report/", scenario_report, name="scenario_report")]


@hooks.register("register_snippet_listing_buttons")
def report_button(snippet, user, next_url=None):
    if isinstance(snippet, Scenario) and user.has_perm("scenarios.change_scenario"):
        yield ListingButton(
            _("Map and statistics"),
            reverse("scenario_report", args=[snippet.pk]),
            priority=30,
        )
