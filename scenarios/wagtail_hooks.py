"""Trainers author scenarios as snippets; wagtail-localize translates them."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Scenario


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "site"
    list_display = ["title", "key", "locale", "live"]
    search_fields = ["title", "key"]


register_snippet(ScenarioViewSet)
