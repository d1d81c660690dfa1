from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConfidantsConfig(AppConfig):
    name = "confidants"
    verbose_name = _("Confidants")
