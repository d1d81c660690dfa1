"""Playing a scenario: every choice is checked against the published graph on the server."""

import contextlib

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import Scenario, ScenarioAttempt
from .selectors import attempt_open, choices_available, scenario_step, scenario_steps


class PlayError(ValueError):
    """A choice the player refuses; the message is shown to the learner."""


class StaleRequest(Exception):
    """A repeated or outdated form (back button, refresh, double click): nothing changes."""


@transaction.atomic
def attempt_start(
    *, user: AbstractBaseUser, scenario: Scenario, lesson: Page | None = None, block_id: str = ""
) -> ScenarioAttempt:
    """Resume the open attempt, or start one at the scenario's start step."""
    lesson_id = lesson.pk if lesson else None
    attempt = attempt_open(user=user, scenario=scenario, lesson_id=lesson_id, block_id=block_id)
    if attempt is None:
        attempt = ScenarioAttempt.objects.create(
            user=user,
            scenario_key=scenario.translation_key,
            language=get_language(),
            lesson_id=lesson_id,
            block_id=block_id,
            current_step=scenario.start_step,
        )
    return attempt


def _check_position(attempt: ScenarioAttempt, position: int) -> None:
    if attempt.finished_at is not None or position != len(attempt.path):
        raise StaleRequest


@transaction.atomic
def attempt_choose(
    *, attempt: ScenarioAttempt, scenario: Scenario, position: int, choice: int
) -> ScenarioAttempt:
    """Take one choice at the current step. `position` is the number of choices the form was
    made after; any other number means the form is stale and is ignored."""
    attempt = ScenarioAttempt.objects.select_for_update().get(pk=attempt.pk)
    _check_position(attempt, position)
    step = scenario_step(scenario=scenario, key=attempt.current_step)
    available = dict(choices_available(step=step, flags=attempt.flags)) if step else {}
    if choice not in available:
        raise PlayError(_("That choice is not available here."))
    taken = available[choice]
    attempt.path.append(
        {
            "step": attempt.current_step,
            "choice": choice,
            "points": taken["points"],
            "at": timezone.now().isoformat(timespec="seconds"),
        }
    )
    attempt.points += taken["points"]
    if taken["sets_flag"] and taken["sets_flag"] not in attempt.flags:
        attempt.flags.append(taken["sets_flag"])
    attempt.current_step = taken["next"]
    ending = scenario_step(scenario=scenario, key=attempt.current_step) or {}
    if ending.get("outcome"):
        attempt.outcome = ending["outcome"]
        attempt.finished_at = timezone.now()
    attempt.save()
    if attempt.finished_at and attempt.lesson_id:
        _report_to_course(attempt, scenario)
    return attempt


@transaction.atomic
def attempt_back(*, attempt: ScenarioAttempt, scenario: Scenario, position: int) -> ScenarioAttempt:
    """Undo the last choice, where the scenario allows going back."""
    attempt = ScenarioAttempt.objects.select_for_update().get(pk=attempt.pk)
    _check_position(attempt, position)
    if not scenario.allow_back or not attempt.path:
        raise PlayError(_("Going back is not possible here."))
    steps = scenario_steps(scenario=scenario)
    last = attempt.path.pop()
    attempt.current_step = last["step"]
    attempt.points = sum(entry["points"] for entry in attempt.path)
    attempt.flags = []
    for entry in attempt.path:
        flag = steps[entry["step"]]["choices"][entry["choice"]]["sets_flag"]
        if flag and flag not in attempt.flags:
            attempt.flags.append(flag)
    attempt.save()
    return attempt


def attempt_passed(*, attempt: ScenarioAttempt, scenario: Scenario) -> bool:
    """An ending passes when its points reach the threshold (any ending when it is 0)."""
    return bool(attempt.outcome) and attempt.points >= scenario.pass_threshold


def _report_to_course(attempt: ScenarioAttempt, scenario: Scenario) -> None:
    from courses.models import LessonPage
    from courses.services import ProgressError, scenario_outcome_record

    lesson = LessonPage.objects.filter(pk=attempt.lesson_id).first()
    if lesson is None:
        return
    # When the course was completed already, the hook refuses; the attempt itself is kept.
    with contextlib.suppress(ProgressError):
        scenario_outcome_record(
            user=attempt.user,
            lesson=lesson,
            block_id=attempt.block_id,
            passed=attempt_passed(attempt=attempt, scenario=scenario),
        )
