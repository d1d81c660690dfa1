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


def _cohort(firsts: dict) -> list:
    """The values of the first learners (by time) in a whole number of groups of five: what a
    report may show changes only when five more learners have been added."""
    ordered = sorted(firsts.values(), key=lambda entry: entry[0])
    return [entry[1] for entry in ordered[: len(ordered) - len(ordered) % STATISTICS_MINIMUM]]


def choice_statistics(*, scenario: Scenario) -> dict[str, list[dict]]:
    """Per language and step: how often each choice was taken and the average final points of
    those who took the step, shown only in steps of five learners, so that comparing two
    reports never reveals what one learner did (who played it last, what they chose):

    - each learner counts once per step, with their first choice there;
    - the figures come from the first 5·k learners to choose there (k whole: 5 to 9 learners
      show the first five, 10 to 14 the first ten), the number of learners shown too;
    - the average points likewise from the first 5·k learners to finish an attempt through
      the step, each with their first such attempt;
    - every step is listed, and a language only once five learners chose at one of its steps.
    """
    steps = scenario_steps(scenario=scenario)
    chosen: dict = {}  # language -> step -> user -> ((time, attempt, position), choice)
    finished: dict = {}  # language -> step -> user -> ((finished, attempt), points)
    for pk, language, user_id, path, points, finished_at in ScenarioAttempt.objects.filter(
        scenario_key=scenario.translation_key
    ).values_list("pk", "language", "user_id", "path", "points", "finished_at"):
        for position, entry in enumerate(path):
            firsts = chosen.setdefault(language, {}).setdefault(entry["step"], {})
            order = (entry.get("at", ""), pk, position)
            if user_id not in firsts or order < firsts[user_id][0]:
                firsts[user_id] = (order, entry["choice"])
            if finished_at is not None:
                done = finished.setdefault(language, {}).setdefault(entry["step"], {})
                if user_id not in done or (finished_at, pk) < done[user_id][0]:
                    done[user_id] = ((finished_at, pk), points)
    report = {}
    for language in sorted(chosen):
        rows = []
        for key, value in steps.items():
            cohort = _cohort(chosen[language].get(key, {}))
            row = {"key": key, "learners": len(cohort), "enough": bool(cohort)}
            if cohort:
                row["choices"] = [
                    {
                        "label": choice["label"],
                        "count": cohort.count(index),
                        "share": round(100 * cohort.count(index) / len(cohort)),
                    }
                    for index, choice in enumerate(value["choices"])
                ]
                points = _cohort(finished.get(language, {}).get(key, {}))
                row["average_points"] = round(sum(points) / len(points), 1) if points else None
            rows.append(row)
        if any(row["enough"] for row in rows):
            report[language] = rows
    return report
