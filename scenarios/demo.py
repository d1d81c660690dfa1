"""Demo scenarios in Dutch, translated to English and Vietnamese through wagtail-localize."""

from django.db import transaction
from wagtail.models import Locale

from courses.demo import TARGET_LANGUAGES, translation_apply

from . import demo_content
from .factories import choice, scenario_build, step
from .models import Scenario


@transaction.atomic
def scenarios_demo_load() -> None:
    """Create the Dutch scenarios if missing, then their translations if missing."""
    nl = Locale.objects.get(language_code="nl")
    targets = list(Locale.objects.filter(language_code__in=TARGET_LANGUAGES))
    for spec in demo_content.SCENARIOS:
        scenario = Scenario.objects.filter(key=spec["key"], locale=nl).first()
        if scenario is None:
            scenario = scenario_build(
                key=spec["key"],
                title=spec["title"],
                start=spec["start"],
                pass_threshold=spec["pass_threshold"],
                steps=[
                    step(
                        value["key"],
                        *(
                            choice(
                                c["label"],
                                c["next"],
                                points=c["points"],
                                feedback=c["feedback"],
                                tags=c["tags"],
                                sets_flag=c["sets_flag"],
                                requires_flag=c["requires_flag"],
                            )
                            for c in value["choices"]
                        ),
                        situation=value["situation"],
                        outcome=value["outcome"],
                        debrief=value["debrief"],
                        speaker=value["speaker"],
                    )
                    for value in spec["steps"]
                ],
            )
        translation_apply(instance=scenario, locales=targets, texts=demo_content.TRANSLATIONS)
