from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class ScenarioForm(WagtailAdminModelForm):
    """Drafts may be broken while a trainer works on them; publishing is refused until the
    checker finds nothing."""

    def clean(self):
        from .findings import finding_text
        from .models import step_spec
        from .validation import scenario_check

        cleaned = super().clean()
        steps = cleaned.get("steps")
        if steps is None or self.is_deferred_validation:
            return cleaned
        findings = scenario_check(
            steps=[step_spec(step.value) for step in steps], start=cleaned.get("start_step", "")
        )
        if findings:
            raise ValidationError(
                [_("This scenario cannot be published yet:")] + [finding_text(f) for f in findings]
            )
        return cleaned
