from django import forms
from django.utils.translation import gettext_lazy as _

from .models import language_choices


class LanguagePreferenceForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language for the site, e-mails and certificates"),
        choices=language_choices,
        widget=forms.RadioSelect,
    )
