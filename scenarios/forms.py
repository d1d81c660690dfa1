from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class ScenarioForm(WagtailAdminModelForm):
    """Drafts may be broken while a trainer works on them; publishing is refused until the
    checker finds nothing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        count = f"{self.add_prefix('steps')}-count"
        if self.is_bound and not str(self.data.get(count, "")).isdecimal():
            # Only a hand-made POST lacks the editor's count of steps: read it as "no steps"
            # (the form then says what is missing) instead of failing with an error page.
            self.data = self.data.copy()
            self.data[count] = "0"

    def clean_key(self):
        """The key is unique per language. The database says so too, but its refusal would come
        as an error page: when the editor's autosave has just created the scenario, saving the
        same new-scenario form again would otherwise fail that way."""
        from .models import Scenario

        key = self.cleaned_data["key"]
        locale_id = getattr(self.instance, "locale_id", None)
        same = Scenario.objects.filter(key=key, locale_id=locale_id).exclude(pk=self.instance.pk)
        if locale_id is not None and same.exists():
            raise ValidationError(
                _(
                    'A scenario with the key "%(key)s" already exists in this language (it may '
                    "just have been saved automatically): open it from the list of scenarios, or "
                    "choose another key."
                )
                % {"key": key}
            )
        return key

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
