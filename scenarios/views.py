from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from courses.access import MAX_ID, lesson_open_or_404, page_open
from courses.learner_cache import learner_page
from courses.models import LessonPage
from people.errors import bad_request

from . import selectors, services
from .models import ScenarioAttempt


def _number(value: str | None) -> int:
    """A form number; anything else becomes -1, which no choice or position matches."""
    try:
        return int(value or "")
    except ValueError:
        return -1


@login_required
def scenario_play(request, key: str):
    """Signed-in learners: start or resume a scenario, optionally for a lesson's block (then
    only while they may read the lesson: courses.access)."""
    scenario = selectors.scenario_live(key=key, language=get_language())
    if scenario is None:
        raise Http404
    lesson, block_id = None, ""
    if request.GET.get("lesson"):
        if not request.GET["lesson"].isascii() or not request.GET["lesson"].isdigit():
            return bad_request(request, _("The lesson number in this address is not valid."))
        lesson = lesson_open_or_404(request, int(request.GET["lesson"]))
        block_id = request.GET.get("block", "")
        if not any(
            block.id == block_id
            and block.block_type == "scenario"
            and block.value["scenario"] == key
            for block in lesson.body
        ):
            raise Http404
    attempt = services.attempt_start(
        user=request.user, scenario=scenario, lesson=lesson, block_id=block_id
    )
    return redirect("scenario_attempt", attempt_id=attempt.pk)


@never_cache
@login_required
def scenario_attempt(request, attempt_id: int):
    """The learner's own attempt only; one step per page, choices posted back here. The step
    page is kept for the learner it was rendered for until their attempt changes
    (courses/learner_cache.py), so a reload reads nothing else."""
    if attempt_id > MAX_ID:
        raise Http404
    attempt = get_object_or_404(ScenarioAttempt, pk=attempt_id, user=request.user)
    lesson = None
    if attempt.lesson_id:
        lesson = LessonPage.objects.live().filter(pk=attempt.lesson_id).first()
    if attempt.lesson_id and (lesson is None or not page_open(request, lesson)):
        raise Http404  # the lesson's access is checked at every step, not only at the start
    kept = learner_page(request, f"scenario-attempt:{attempt_id}")
    if kept.response is not None:
        return kept.response
    scenario = selectors.scenario_for_attempt(attempt=attempt)
    if scenario is None:
        raise Http404
    if request.method == "POST":
        position = _number(request.POST.get("position"))
        try:
            if "back" in request.POST:
                services.attempt_back(attempt=attempt, scenario=scenario, position=position)
            else:
                choice = _number(request.POST.get("choice"))
                services.attempt_choose(
                    attempt=attempt, scenario=scenario, position=position, choice=choice
                )
        except services.StaleRequest:
            pass
        except services.PlayError as error:
            messages.error(request, str(error))
        return redirect("scenario_attempt", attempt_id=attempt.pk)
    step = selectors.scenario_step(scenario=scenario, key=attempt.current_step) or {}
    last = None
    if attempt.path:
        entry = attempt.path[-1]
        previous = selectors.scenario_step(scenario=scenario, key=entry["step"])
        if previous and entry["choice"] < len(previous["choices"]):
            last = previous["choices"][entry["choice"]]
    context = {
        "scenario": scenario,
        "attempt": attempt,
        "step": step,
        "choices": selectors.choices_available(step=step, flags=attempt.flags) if step else [],
        "last": last,
        "position": len(attempt.path),
        "passed": services.attempt_passed(attempt=attempt, scenario=scenario),
        "lesson": lesson,
    }
    return kept.store(render(request, "scenarios/attempt.html", context))
