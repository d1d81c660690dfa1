from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Case, IntegerField, Value, When

from courses.content_cache import content_cached, content_shared

from .models import Scenario, ScenarioAttempt


def scenario_live(*, key: str, language: str) -> Scenario | None:
    """The published scenario in the reader's language, else in the site's default language
    (from the content cache, else one query)."""

    def build() -> Scenario | None:
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

    return content_cached(f"scenario-live:{key}:{language}", build)


def scenario_steps(*, scenario: Scenario) -> dict[str, dict]:
    return {step.value["key"]: step.value for step in scenario.steps}


def scenario_step(*, scenario: Scenario, key: str):
    """One step, found in the raw data so that only that step's blocks are built; kept in this
    process per published scenario and step (the player asks for two per request)."""

    def build():
        for index, raw in enumerate(scenario.steps.raw_data):
            if raw["value"].get("key") == key:
                return scenario.steps[index].value
        return None

    if scenario.pk is None or not scenario.live:
        return build()  # only the published content (the row; drafts live in revisions) is kept
    return content_shared(f"scenario-step:{scenario.pk}:{key}", build)


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
    """The published scenario in the language the attempt is played in, else any published
    translation of it (from the content cache, else one query)."""

    def build() -> Scenario | None:
        in_language = Case(
            When(locale__language_code=attempt.language, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return (
            Scenario.objects.filter(translation_key=attempt.scenario_key, live=True)
            .order_by(in_language, "pk")
            .first()
        )

    return content_cached(f"scenario:{attempt.scenario_key}:{attempt.language}", build)


STATISTICS_MINIMUM = 5


def choice_statistics(*, scenario: Scenario) -> dict[str, list[dict]]:
    """Per language and step: how often each choice was taken and the average final points
    of those who took the step. A step shows figures only when at least five different
    learners took it, so that no single learner's path can be read off."""
    steps = scenario_steps(scenario=scenario)
    taken: dict = {}
    for language, user_id, path, points, finished in ScenarioAttempt.objects.filter(
        scenario_key=scenario.translation_key
    ).values_list("language", "user_id", "path", "points", "finished_at"):
        for entry in path:
            step = taken.setdefault(language, {}).setdefault(
                entry["step"], {"learners": set(), "choices": {}, "points": []}
            )
            step["learners"].add(user_id)
            step["choices"][entry["choice"]] = step["choices"].get(entry["choice"], 0) + 1
            if finished:
                step["points"].append(points)
    report = {}
    for language, by_step in sorted(taken.items()):
        rows = []
        for key, value in steps.items():
            data = by_step.get(key)
            if data is None:
                continue
            learners = len(data["learners"])
            row = {"key": key, "learners": learners, "enough": learners >= STATISTICS_MINIMUM}
            if row["enough"]:
                total = sum(data["choices"].values())
                row["choices"] = [
                    {
                        "label": choice["label"],
                        "count": data["choices"].get(index, 0),
                        "share": round(100 * data["choices"].get(index, 0) / total),
                    }
                    for index, choice in enumerate(value["choices"])
                ]
                row["average_points"] = (
                    round(sum(data["points"]) / len(data["points"]), 1) if data["points"] else None
                )
            rows.append(row)
        report[language] = rows
    return report
