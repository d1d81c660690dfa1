from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Case, IntegerField, Value, When
from wagtail.models import Locale

from .models import Scenario, ScenarioAttempt


def scenario_live(*, key: str, language: str) -> Scenario | None:
    """The published scenario in the reader's language, else in the site's default language."""
    order = Case(
        When(locale__language_code=language, then=Value(0)),
        When(locale__language_code=settings.LANGUAGE_CODE, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        Scenario.objects.filter(key=key, live=True)
        .select_related("locale")
        .order_by(order, "pk")
        .first()
    )


def scenario_steps(*, scenario: Scenario) -> dict[str, dict]:
    return {step.value["key"]: step.value for step in scenario.steps}


def choices_available(*, step: dict, flags: list[str]) -> list[tuple[int, dict]]:
    """The choices a learner sees: those whose required flag was set earlier on the path."""
    return [
        (index, choice)
        for index, choice in enumerate(step["choices"])
        if not choice["requires_flag"] or choice["requires_flag"] in flags
    ]


def attempt_open(
    *, user: AbstractBaseUser, scenario: Scenario, lesson_id: int | None, block_id: str
) -> ScenarioAttempt | None:
    return (
        ScenarioAttempt.objects.filter(
            user=user,
            scenario_key=scenario.translation_key,
            lesson_id=lesson_id,
            block_id=block_id,
            finished_at__isnull=True,
        )
        .order_by("-pk")
        .first()
    )


def scenario_for_attempt(*, attempt: ScenarioAttempt) -> Scenario | None:
    locale = Locale.objects.filter(language_code=attempt.language).first()
    scenarios = Scenario.objects.filter(translation_key=attempt.scenario_key, live=True)
    return scenarios.filter(locale=locale).first() or scenarios.first()
