from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models.cases import Channel, Topic
from .selectors import confidants_reachable

MESSAGE_MAX = 10_000
PASSPHRASE_MIN = 12


class ContactForm(forms.Form):
    """A contact request. With an anonymous thread nothing identifying may be filled in; the
    other ways to be reached need the matching contact detail."""

    confidant = forms.ChoiceField(
        label=_("Who would you like to talk to?"), widget=forms.RadioSelect
    )
    channel = forms.ChoiceField(
        label=_("How may the confidant reach you?"),
        choices=Channel.choices,
        initial=Channel.THREAD,
        widget=forms.RadioSelect,
    )
    topic = forms.ChoiceField(
        label=_("What is it about? (optional)"), choices=Topic.choices, required=False
    )
    language = forms.ChoiceField(label=_("Language for the conversation"))
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Write as much or as little as you like. Only the confidant can read it."),
    )
    name = forms.CharField(label=_("Your name"), max_length=120, required=False)
    phone = forms.CharField(label=_("Phone number"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail address"), required=False)
    meeting = forms.CharField(
        label=_("When and where would a meeting suit you?"), max_length=300, required=False
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.profiles = {str(p.pk): p for p in confidants_reachable()}
        self.fields["confidant"].choices = [("any", _("Any confidant"))] + [
            (pk, profile.name) for pk, profile in self.profiles.items()
        ]
        self.fields["confidant"].initial = "any"
        self.fields["language"].choices = settings.LANGUAGES
        self.fields["language"].initial = language

    def clean_confidant(self):
        value = self.cleaned_data["confidant"]
        return None if value == "any" else self.profiles[value]

    def clean(self):
        data = super().clean()
        channel = data.get("channel")
        identifying = [name for name in ("name", "phone", "email", "meeting") if data.get(name)]
        if channel == Channel.THREAD and identifying:
            raise forms.ValidationError(
                _(
                    "You chose an anonymous message thread: leave your name, phone number, "
                    "e-mail address and meeting wishes empty, or choose another way to be reached."
                )
            )
        if channel == Channel.CALL_BACK and not data.get("phone"):
            self.add_error("phone", _("Give a phone number so the confidant can call you back."))
        if channel == Channel.EMAIL and not data.get("email"):
            self.add_error("email", _("Give an e-mail address so the confidant can write to you."))
        if channel == Channel.MEETING and not (data.get("phone") or data.get("email")):
            self.add_error(
                "meeting", _("Give a phone number or e-mail address to arrange the meeting.")
            )
        return data


class ReceiptForm(forms.Form):
    code = forms.CharField(
        label=_("Your receipt code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}
        ),
    )


class ReplyForm(forms.Form):
    message = forms.CharField(
        label=_("Your message"), max_length=MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 6})
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Private note"), max_length=MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 4})
    )


class PassphraseSetupForm(forms.Form):
    passphrase = forms.CharField(
        label=_("Passphrase"),
        min_length=PASSPHRASE_MIN,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_(
            "At least 12 characters. A short sentence is easy to remember and hard to guess."
        ),
    )
    repeat = forms.CharField(
        label=_("Passphrase again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        data = super().clean()
        if data.get("passphrase") and data.get("passphrase") != data.get("repeat"):
            self.add_error("repeat", _("The two passphrases differ."))
        return data


class RecoveryForm(PassphraseSetupForm):
    recovery_key = forms.CharField(
        label=_("Recovery key"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    field_order = ["recovery_key", "passphrase", "repeat"]


class UnlockForm(forms.Form):
    passphrase = forms.CharField(
        label=_("Passphrase"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class HandOverForm(forms.Form):
    to = forms.ModelChoiceField(label=_("Hand over to"), queryset=None, empty_label=None)

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = candidates
