from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import StepBlock
from .forms import ScenarioForm
from .validation import ChoiceSpec, StepSpec


class Scenario(TranslatableMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A branching dialogue, usable from many courses. Publishing is refused while the
    checker finds problems in its graph."""

    title = models.CharField(_("title"), max_length=255)
    key = models.SlugField(
        _("key"), max_length=80, help_text=_("Courses refer to the scenario by this key.")
    )
    start_step = models.CharField(_("start step (key)"), max_length=80)
    pass_threshold = models.PositiveIntegerField(
        _("points needed to pass"), default=0, help_text=_("0: any ending passes.")
    )
    allow_back = models.BooleanField(_("allow going back"), default=True)
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("key"),
        FieldPanel("start_step"),
        FieldPanel("pass_threshold"),
        FieldPanel("allow_back"),
        FieldPanel("steps"),
    ]
    base_form_class = ScenarioForm
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("key"),
        SynchronizedField("start_step"),
        SynchronizedField("pass_threshold"),
        SynchronizedField("allow_back"),
        TranslatableField("steps"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="scenario_key_per_locale")
        ]
        # Declared here (Wagtail would add it after migrating) so the Trainer role can get it.
        permissions = [("publish_scenario", "Can publish scenario")]

    def __str__(self) -> str:
        return self.title

    def step_specs(self) -> list[StepSpec]:
        """The graph the checker and the player work on."""
        return [step_spec(step.value) for step in self.steps]


def step_spec(value) -> StepSpec:
    return StepSpec(
        key=value["key"],
        outcome=value["outcome"] or "",
        choices=tuple(
            ChoiceSpec(
                label=choice["label"],
                next=choice["next"],
                sets_flag=choice["sets_flag"] or "",
                requires_flag=choice["requires_flag"] or "",
            )
            for choice in value["choices"]
        ),
    )


class ScenarioAttempt(models.Model):
    """One play-through: the path taken (step, choice, time), points, flags and the ending.
    Launched from a course lesson, it reports its ending to the course's completion hook."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE
    )
    scenario_key = models.UUIDField(_("scenario"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    block_id = models.CharField(_("scenario block"), max_length=64, blank=True)
    current_step = models.CharField(_("current step"), max_length=80)
    path = models.JSONField(_("path"), default=list)
    points = models.IntegerField(_("points"), default=0)
    flags = models.JSONField(_("flags"), default=list)
    outcome = models.CharField(_("outcome"), max_length=10, blank=True)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("scenario attempt")
        verbose_name_plural = _("scenario attempts")

    def __str__(self) -> str:
        return f"{self.user} / {self.scenario_key} / {self.current_step}"
