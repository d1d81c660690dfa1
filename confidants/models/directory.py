import hashlib

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


def key_fingerprint(public_key: bytes) -> str:
    """Groups of four hex digits of SHA-256, for confidants to compare by eye."""
    if not public_key:
        return ""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


class ConfidantProfileForm(WagtailAdminModelForm):
    """The admin editor. Once a confidant confirmed the entry, its contact details and login
    are the confidant's own (confidants/directory_services.py): shown here, not editable."""

    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=spoken_language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.confirmed_at is not None:
            for name in ConfidantProfile.OWN_FIELDS:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = _(
                        "Confirmed by the confidants: only the confidant changes this, from "
                        "the inbox."
                    )


class ConfidantProfileQuerySet(models.QuerySet):
    def reachable_online(self):
        """Confidants who can receive messages here: active, with a login and a key pair that
        another confidant confirmed (the exact login and public key), and no key alarm."""
        return (
            self.filter(active=True, user__isnull=False, user__is_active=True)
            .exclude(public_key=b"")
            .filter(
                confirmed_at__isnull=False,
                confirmed_user=models.F("user"),
                confirmed_public_key=models.F("public_key"),
                key_alarm_at__isnull=True,
                rejected_at__isnull=True,
            )
        )

    def listed(self):
        """Profiles whose directory entry a confidant confirmed, shown to everyone."""
        return self.filter(active=True, confirmed_at__isnull=False, rejected_at__isnull=True)


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

    # Consent of the confidants (confidants/directory_services.py): what another confidant
    # confirmed. A later change of login or key no longer matches, so nothing is sealed to it.
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, editable=False)
    confirmed_by = models.ForeignKey(
        "self",
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    confirmed_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed login"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    confirmed_public_key = models.BinaryField(default=b"", editable=False)
    rejected_at = models.DateTimeField(_("rejected at"), null=True, editable=False)
    key_alarm_at = models.DateTimeField(_("key alarm since"), null=True, editable=False)
    bootstrap_digest = models.CharField(max_length=64, blank=True, editable=False)

    # Contact details and login of a confirmed entry: changed only by the confidants.
    OWN_FIELDS = ("name", "user", "phone", "email", "active")

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
    def fingerprint(self) -> str:
        return key_fingerprint(bytes(self.public_key))

    @property
    def confirmed_fingerprint(self) -> str:
        return key_fingerprint(bytes(self.confirmed_public_key))

    @property
    def can_receive(self) -> bool:
        """The same rule as `reachable_online`, for a profile already in memory."""
        return (
            self.active
            and self.user_id is not None
            and self.has_keys
            and self.confirmed_at is not None
            and self.confirmed_user_id == self.user_id
            and bytes(self.confirmed_public_key) == bytes(self.public_key)
            and self.key_alarm_at is None
            and self.rejected_at is None
        )

    @property
    def needs_confirmation(self) -> bool:
        """A new entry, or a login or key pair nobody confirmed yet (not once rejected)."""
        if self.rejected_at is not None or self.key_alarm_at is not None:
            return False
        if self.confirmed_at is None:
            return True
        if self.user_id is None:
            return False
        return self.confirmed_user_id != self.user_id or (
            self.has_keys and bytes(self.confirmed_public_key) != bytes(self.public_key)
        )

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
