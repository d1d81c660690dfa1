"""The steps of a scenario, as StreamField blocks: translatable text, stable keys."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from courses.blocks import ImageBlock, KeyBlock, VideoBlock

OUTCOMES = [("good", _("Good")), ("mixed", _("Mixed")), ("poor", _("Poor"))]


class ChoiceBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("choice"))
    feedback = blocks.TextBlock(label=_("feedback after choosing"), required=False)
    points = blocks.IntegerBlock(label=_("points"), default=0)
    next = KeyBlock(label=_("next step (key)"))
    tags = KeyBlock(
        label=_("tags"), required=False, help_text=_("Comma-separated, e.g. bystander, seek-help")
    )
    sets_flag = KeyBlock(label=_("sets flag"), required=False)
    requires_flag = KeyBlock(label=_("only when flag is set"), required=False)

    class Meta:
        icon = "arrow-right"
        label = _("Choice")


class StepBlock(blocks.StructBlock):
    key = KeyBlock(label=_("key"), help_text=_("Stable name of this step, e.g. meeting-start"))
    speaker = blocks.CharBlock(label=_("speaker or role"), required=False)
    situation = blocks.RichTextBlock(label=_("situation"), features=["bold", "italic", "ul"])
    media = blocks.StreamBlock(
        [("image", ImageBlock()), ("video", VideoBlock())],
        label=_("image or video"),
        required=False,
        max_num=1,
    )
    choices = blocks.ListBlock(ChoiceBlock(), label=_("choices"), default=[])
    outcome = blocks.ChoiceBlock(
        label=_("ending outcome"),
        choices=OUTCOMES,
        required=False,
        help_text=_("Only for endings: steps without choices."),
    )
    debrief = blocks.RichTextBlock(label=_("debrief"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Step")
