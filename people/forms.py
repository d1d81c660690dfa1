from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class LanguagePreferenceForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language for the site, e-mails and certificates"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
