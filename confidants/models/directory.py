from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel

from ..crypto import KeyMaterial

# Languages a confidant may list: the site's own plus those often spoken in Dutch workplaces.
SPOKEN_LANGUAGES = ["nl", "en", "vi", "de", "fr", "es", "pl", "tr", "ar", "uk", "pt", "ro", "fa"]


def spoken_language_choices():
    from django.utils.translation import get_language

    from people.l10n import babel_locale

    names = babel_locale(get_language()).languages
    return [(code, names.get(code, code)) for code in SPOKEN_LANGUAGES]


class ConfidantProfileForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=spoken_language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class ConfidantProfileQuerySet(models.QuerySet):
    def reachable_online(self):
        """Confidants who can receive messages here: active, with a login and a key pair."""
        return self.filter(active=True, user__isnull=False, user__is_active=True).exclude(
            public_key=b""
        )


class ConfidantProfile(models.Model):
    """A confidant as the directory shows them. Internal confidants work for the organisation;
    external ones are hired and often easier to approach. A profile without a login (or
    before its key pair exists) is listed with its contact details but receives no messages."""

    class Kind(models.TextChoices):
        INTERNAL = "internal", _("Internal confidant")
        EXTERNAL = "external", _("External confidant")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="confidant_profile",
        help_text=_("The account that reads this confidant's inbox (role: Confidant)."),
    )
    name = models.CharField(_("name"), max_length=120)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    kind = models.CharField(_("internal or external"), max_length=10, choices=Kind.choices)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    availability = models.CharField(
        _("availability"),
        max_length=200,
        blank=True,
        help_text=_("For example: Monday to Thursday, 9:00 to 17:00."),
    )
    introduction = models.TextField(_("short introduction"), blank=True)
    active = models.BooleanField(_("shown in the directory"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # Key pair (see confidants/crypto.py); empty until the confidant sets a passphrase.
    public_key = models.BinaryField(default=b"", editable=False)
    locked_private_key = models.BinaryField(default=b"", editable=False)
    key_salt = models.BinaryField(default=b"", editable=False)
    key_opslimit = models.PositiveIntegerField(default=0, editable=False)
    key_memlimit = models.PositiveBigIntegerField(default=0, editable=False)
    recovery_locked_private_key = models.BinaryField(default=b"", editable=False)

    objects = ConfidantProfileQuerySet.as_manager()
    base_form_class = ConfidantProfileForm

    panels = [
        FieldPanel("name"),
        FieldPanel("user"),
        FieldPanel("kind"),
        FieldPanel("photo"),
        FieldPanel("languages"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("availability"),
        FieldPanel("introduction"),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("confidant")
        verbose_name_plural = _("confidants")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def has_keys(self) -> bool:
        return bool(self.public_key)

    @property
    def key_material(self) -> KeyMaterial:
        return KeyMaterial(
            public_key=bytes(self.public_key),
            locked_private_key=bytes(self.locked_private_key),
            salt=bytes(self.key_salt),
            opslimit=self.key_opslimit,
            memlimit=self.key_memlimit,
            recovery_locked_private_key=bytes(self.recovery_locked_private_key),
        )
