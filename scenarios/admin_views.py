from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from .findings import finding_text
from .map import scenario_map
from .models import Scenario
from .selectors import STATISTICS_MINIMUM, choice_statistics
from .validation import scenario_check


def scenario_report(request, pk: int):
    """Trainers (anyone who may change scenarios): the map, its problems and the anonymised
    choice statistics of one scenario, as last saved (draft included)."""
    if not request.user.has_perm("scenarios.change_scenario"):
        raise PermissionDenied
    scenario = get_object_or_404(Scenario, pk=pk)
    draft = scenario.get_latest_revision_as_object() if scenario.latest_revision else scenario
    steps = draft.step_specs()
    findings = scenario_check(steps=steps, start=draft.start_step)
    return TemplateResponse(
        request,
        "scenarios/admin/report.html",
        {
            "scenario": draft,
            "findings": [finding_text(finding) for finding in findings],
            "map": scenario_map(steps=steps, start=draft.start_step, findings=findings),
            "statistics": choice_statistics(scenario=scenario),
            "minimum": STATISTICS_MINIMUM,
        },
    )
