"""The checker's findings in the reader's language, for trainers in the admin."""

from django.utils.translation import gettext_lazy as _

from .validation import Finding

TEMPLATES = {
    "duplicate_key": _('Several steps have the key "%(step)s"; step keys must be unique.'),
    "unknown_start": _('The start step "%(step)s" is not a step.'),
    "unknown_next": _('A choice in step "%(step)s" leads to "%(detail)s", which is not a step.'),
    "no_ending": _("The scenario has no ending: no step has an outcome."),
    "ending_with_choices": _('Step "%(step)s" is an ending but has choices.'),
    "no_choices": _('Step "%(step)s" is not an ending and has no choices.'),
    "unreachable": _('Step "%(step)s" cannot be reached from the start.'),
    "no_way_out": _('From step "%(step)s" no ending can be reached.'),
    "all_choices_hidden": _('In step "%(step)s" the flags can hide every choice.'),
    "too_many_flags": _("This scenario uses more than 12 flags; some checks were simplified."),
}


def finding_text(finding: Finding) -> str:
    template = TEMPLATES.get(finding.code)
    if template is None:
        return finding.message
    return str(template) % {"step": finding.step, "detail": finding.detail}
