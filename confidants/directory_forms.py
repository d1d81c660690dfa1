from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ConfidantProfile


class EntryForm(forms.ModelForm):
    """The contact details a confidant keeps themself (confidants/directory_services.py)."""

    class Meta:
        model = ConfidantProfile
        fields = ["name", "phone", "email", "active"]


class BootstrapForm(forms.Form):
    code = forms.CharField(
        label=_("One-time code"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
