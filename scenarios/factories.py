"""Builders for scenarios in tests and the demo."""

import uuid

from wagtail.models import Locale

from .models import Scenario


def choice(label: str, next_key: str, *, points: int = 0, feedback: str = "", **flags) -> dict:
    return {
        "label": label,
        "feedback": feedback,
        "points": points,
        "next": next_key,
        "tags": flags.get("tags", ""),
        "sets_flag": flags.get("sets_flag", ""),
        "requires_flag": flags.get("requires_flag", ""),
    }


def step(
    key: str,
    *choices: dict,
    situation: str = "",
    outcome: str = "",
    debrief: str = "",
    speaker: str = "",
):
    return {
        "type": "step",
        "id": str(uuid.uuid4()),
        "value": {
            "key": key,
            "speaker": speaker,
            "situation": f"<p>{situation or key}</p>",
            "media": [],
            "choices": [{"type": "item", "id": str(uuid.uuid4()), "value": c} for c in choices],
            "outcome": outcome,
            "debrief": f"<p>{debrief}</p>" if debrief else "",
        },
    }


def scenario_build(*, key: str, steps: list[dict], start: str, language: str = "nl", **fields):
    """A published scenario with the given steps."""
    scenario = Scenario(
        key=key,
        title=fields.pop("title", key),
        start_step=start,
        steps=steps,
        locale=Locale.objects.get(language_code=language),
        **fields,
    )
    scenario.save()
    scenario.save_revision().publish()
    scenario.refresh_from_db()
    return scenario


def scenario_play_through(user, scenario, *choices: int):
    """The learner starts the scenario and picks `choices` (an index per step), through the
    real services; returns the attempt."""
    from .services import attempt_choose, attempt_start

    attempt = attempt_start(user=user, scenario=scenario)
    for position, index in enumerate(choices):
        attempt = attempt_choose(
            attempt=attempt, scenario=scenario, position=position, choice=index
        )
    return attempt
