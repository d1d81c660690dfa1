"""Lesson content blocks. Each has its own template in templates/courses/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    level = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "courses/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    file = DocumentChooserBlock(label=_("uploaded video"), required=False)
    embed = EmbedBlock(label=_("embedded video"), required=False)
    captions = DocumentChooserBlock(label=_("captions (WebVTT)"))
    transcript = blocks.RichTextBlock(label=_("transcript"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value.get("file")) == bool(value.get("embed")):
            errors["file"] = ValidationError(_("Choose either an uploaded video or an embed."))
        captions = value.get("captions")
        if captions and not captions.file.name.lower().endswith(".vtt"):
            errors["captions"] = ValidationError(_("Captions must be a WebVTT (.vtt) file."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("important", _("Important"))],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "courses/blocks/quote.html"


class PolicyDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Policy document")
        template = "courses/blocks/policy_document.html"


class ConfidantBlock(blocks.StructBlock):
    """A help panel with the confidant directory (names, internal or external, phone)."""

    text = blocks.TextBlock(label=_("introduction"), required=False)

    def get_context(self, value, parent_context=None):
        from confidants.selectors import directory_profiles

        context = super().get_context(value, parent_context=parent_context)
        context["profiles"] = directory_profiles()
        return context

    class Meta:
        icon = "user"
        label = _("Talk to a confidant")
        template = "courses/blocks/confidant.html"


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("answer"))
    correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.TextBlock(label=_("feedback"), required=False)


class KnowledgeCheckBlock(blocks.StructBlock):
    """A question graded on the server; learners see per-option feedback after answering."""

    question = blocks.TextBlock(label=_("question"))
    multiple = blocks.BooleanBlock(
        label=_("more than one answer is correct"), required=False, default=False
    )
    options = blocks.ListBlock(OptionBlock(), label=_("answers"), min_num=2)

    class Meta:
        icon = "tasks"
        label = _("Knowledge check")
        template = "courses/blocks/knowledge_check.html"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if correct == 0 or (not value["multiple"] and correct != 1):
            raise StructBlockValidationError(
                block_errors={
                    "options": ValidationError(
                        _("Mark one correct answer, or several when more than one is correct.")
                    )
                }
            )
        return value


class KeyBlock(blocks.CharBlock):
    """An identifier, the same in every language: wagtail-localize leaves it alone."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class ScenarioBlock(blocks.StructBlock):
    """A branching scenario played inside the lesson; counts when an attempt passes it."""

    scenario = KeyBlock(label=_("scenario key"))
    required = blocks.BooleanBlock(label=_("required for completion"), required=False, default=True)

    class Meta:
        icon = "site"
        label = _("Scenario")
        template = "courses/blocks/scenario.html"


class ScormPackageBlock(blocks.StructBlock):
    """A SCORM package hosted here (scorm/), played in the lesson under scorm-again. Counts when
    an attempt reports completed (and passed, when the package reports success)."""

    package = SnippetChooserBlock("scorm.ScormPackage", label=_("SCORM package"))
    required = blocks.BooleanBlock(label=_("required for completion"), required=False, default=True)

    class Meta:
        icon = "media"
        label = _("SCORM package")
        template = "scorm/blocks/package.html"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), icon="pilcrow", template="courses/blocks/paragraph.html"
    )
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    policy_document = PolicyDocumentBlock()
    confidant = ConfidantBlock()
    knowledge_check = KnowledgeCheckBlock()
    scenario = ScenarioBlock()
    scorm = ScormPackageBlock()
