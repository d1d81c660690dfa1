"""Writes for the confidant directory: who receives confidential requests changes only with the
consent of the confidants themselves.

- A new profile, a changed login or a new key pair receives nothing until another confidant
  confirms it from their unlocked inbox; the confirmation binds the exact login and public key
  (`ConfidantProfile.reachable_online`). The very first confidant confirms themself with a one-time
  code printed by `manage.py confidant_bootstrap`.
- Contact details of a confirmed entry (`OWN_FIELDS`) are the confidant's own: the admin editor
  cannot change them; the confidant edits them from the inbox (no-login entries such as a
  helpline: any confirmed confidant).
- Every change to the set of recipients is written to the change log every confidant sees.
- At every unlock the public key derived from the private key is compared with the stored and
  the confirmed one; a mismatch stops sealing to the profile and alarms every confidant.
"""

import hashlib
import hmac

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from nacl.public import PrivateKey

from people.roles import CONFIDANT
from people.selectors import user_preferred_language

from . import crypto
from .models import ConfidantProfile, DirectoryChange

OWN_FIELDS = ConfidantProfile.OWN_FIELDS
Kind = DirectoryChange.Kind


class ConsentRefused(Exception):
    """The acting confidant may not make this change."""


def _hour():
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def change_log(
    *,
    kind: str,
    profile: ConfidantProfile,
    by: ConfidantProfile | None = None,
    by_administrator: bool = False,
) -> DirectoryChange:
    return DirectoryChange.objects.create(
        kind=kind,
        profile=profile,
        profile_name=profile.name,
        by=by,
        by_administrator=by_administrator,
        at=_hour(),
    )


def _binding_store(*, profile: ConfidantProfile, by: ConfidantProfile | None) -> None:
    profile.confirmed_at = timezone.now()
    profile.confirmed_by = by
    profile.confirmed_user_id = profile.user_id
    profile.confirmed_public_key = bytes(profile.public_key)
    profile.rejected_at = None
    profile.bootstrap_digest = ""
    profile.save(
        update_fields=[
            "confirmed_at",
            "confirmed_by",
            "confirmed_user",
            "confirmed_public_key",
            "rejected_at",
            "bootstrap_digest",
        ]
    )


def _consenting(*, profile: ConfidantProfile, by: ConfidantProfile) -> None:
    if by.pk == profile.pk or not by.can_receive:
        raise ConsentRefused
    if not profile.needs_confirmation:
        raise ConsentRefused


@transaction.atomic
def profile_confirm(*, profile: ConfidantProfile, by: ConfidantProfile) -> None:
    """Another confirmed confidant vouches for this entry, its login and its public key as they
    are now. Any later change of login or key makes the profile unconfirmed again."""
    profile = ConfidantProfile.objects.select_for_update().get(pk=profile.pk)
    _consenting(profile=profile, by=by)
    _binding_store(profile=profile, by=by)
    change_log(kind=Kind.CONFIRMED, profile=profile, by=by)


@transaction.atomic
def profile_reject(*, profile: ConfidantProfile, by: ConfidantProfile) -> None:
    """A pending entry, login or key that another confidant does not recognise: hidden from the
    directory and without inbox until its login or details change again."""
    profile = ConfidantProfile.objects.select_for_update().get(pk=profile.pk)
    _consenting(profile=profile, by=by)
    profile.rejected_at = timezone.now()
    profile.active = False
    profile.save(update_fields=["rejected_at", "active"])
    change_log(kind=Kind.REJECTED, profile=profile, by=by)


def _digest(code: str) -> str:
    return hashlib.sha256(crypto.code_normalise(code).encode()).hexdigest()


@transaction.atomic
def bootstrap_code_issue(*, user, name: str = "") -> tuple[ConfidantProfile, str]:
    """The first confidant of an installation: nobody can confirm them, so whoever runs the
    server hands them a one-time code. Refused once any confidant can receive."""
    if ConfidantProfile.objects.reachable_online().exists():
        raise ConsentRefused
    profile = ConfidantProfile.objects.filter(user=user).first()
    if profile is None:
        profile = ConfidantProfile.objects.create(
            user=user,
            name=name or user.get_full_name() or user.email,
            kind=ConfidantProfile.Kind.INTERNAL,
        )
        change_log(kind=Kind.CREATED, profile=profile)
    user.groups.add(Group.objects.get(name=CONFIDANT))
    code = crypto.code_generate()
    profile.bootstrap_digest = _digest(code)
    profile.rejected_at = None
    profile.active = True
    profile.save(update_fields=["bootstrap_digest", "rejected_at", "active"])
    return profile, code


@transaction.atomic
def bootstrap_redeem(*, profile: ConfidantProfile, code: str, private: PrivateKey) -> bool:
    """The first confidant enters their one-time code with their key unlocked: binds their
    login and this key. False for a wrong code."""
    profile = ConfidantProfile.objects.select_for_update().get(pk=profile.pk)
    if not profile.bootstrap_digest or not profile.has_keys:
        return False
    if not hmac.compare_digest(profile.bootstrap_digest, _digest(code)):
        return False
    if bytes(private.public_key) != bytes(profile.public_key):
        return False
    _binding_store(profile=profile, by=None)
    change_log(kind=Kind.BOOTSTRAPPED, profile=profile)
    return True


@transaction.atomic
def profile_key_check(*, profile: ConfidantProfile, private: PrivateKey) -> bool:
    """At every unlock: the public key derived from the unlocked private key must be the stored
    one and, once confirmed, the confirmed one. A mismatch (someone wrote another public key into
    the database) stops sealing to this profile and alarms every confidant; a later correct
    check (after a reset with the recovery key) lifts the flag."""
    profile = ConfidantProfile.objects.select_for_update().get(pk=profile.pk)
    derived = bytes(private.public_key)
    confirmed = bytes(profile.confirmed_public_key)
    ok = derived == bytes(profile.public_key) and (not confirmed or derived == confirmed)
    if not ok and profile.key_alarm_at is None:
        profile.key_alarm_at = timezone.now()
        profile.save(update_fields=["key_alarm_at"])
        change_log(kind=Kind.KEY_MISMATCH, profile=profile)
        transaction.on_commit(lambda: _alarm_send(profile))
    elif ok and profile.key_alarm_at is not None:
        profile.key_alarm_at = None
        profile.save(update_fields=["key_alarm_at"])
        change_log(kind=Kind.KEY_RESTORED, profile=profile, by=profile)
    return ok


def _alarm_send(profile: ConfidantProfile) -> None:
    """To every confirmed confidant with a login: which entry, nothing about any case."""
    confirmed = ConfidantProfile.objects.filter(
        user__isnull=False, active=True, confirmed_at__isnull=False, rejected_at__isnull=True
    )
    for other in confirmed.select_related("user"):
        if not other.user.email:
            continue
        language = user_preferred_language(user=other.user) or settings.LANGUAGE_CODE
        with translation.override(language):
            subject = _("Alarm: the key of a confidant in the directory was changed")
            body = _(
                "The public key stored for %(name)s does not match their own key. Nothing is "
                "sent to %(name)s until this is resolved. Look at the directory changes in "
                "your inbox."
            ) % {"name": profile.name}
            send_mail(subject, body, None, [other.user.email])


def key_pair_created(*, profile: ConfidantProfile) -> None:
    change_log(kind=Kind.KEY_SET, profile=profile, by=profile)


def profile_saved_in_admin(*, profile: ConfidantProfile, before: dict | None) -> None:
    """After the admin editor saved an entry: record what changed for the recipients. A
    rejected entry that is changed again is pending again."""
    if before is None:
        change_log(kind=Kind.CREATED, profile=profile, by_administrator=True)
        return
    if before["user_id"] != profile.user_id:
        kind = Kind.LOGIN_CHANGED
    elif before["active"] and not profile.active:
        kind = Kind.DEACTIVATED
    else:
        kind = Kind.CHANGED
    if profile.rejected_at is not None and kind != Kind.DEACTIVATED:
        profile.rejected_at = None
        profile.save(update_fields=["rejected_at"])
    change_log(kind=kind, profile=profile, by_administrator=True)


def profile_deleted_in_admin(*, profile: ConfidantProfile) -> None:
    DirectoryChange.objects.create(
        kind=Kind.REMOVED,
        profile=None,
        profile_name=profile.name,
        by_administrator=True,
        at=_hour(),
    )


def entry_editable_by(*, profile: ConfidantProfile, confidant: ConfidantProfile) -> bool:
    """Their own entry; an entry without a login (a helpline) is the confidants' together."""
    if confidant.pk == profile.pk:
        return True
    return profile.user_id is None and confidant.can_receive


@transaction.atomic
def entry_update(
    *,
    profile: ConfidantProfile,
    by: ConfidantProfile,
    name: str,
    phone: str,
    email: str,
    active: bool,
) -> None:
    """A confidant changes the contact details the directory shows (never the login)."""
    if not entry_editable_by(profile=profile, confidant=by):
        raise ConsentRefused
    was_active = profile.active
    profile.name, profile.phone, profile.email, profile.active = name, phone, email, active
    profile.save(update_fields=["name", "phone", "email", "active"])
    kind = Kind.DEACTIVATED if was_active and not active else Kind.CHANGED
    change_log(kind=kind, profile=profile, by=by)


def demo_profiles_confirm(*, profiles: list[ConfidantProfile]) -> None:
    """The demo only: the first profile confirmed as if it had used a one-time code, and it
    confirms the others."""
    first, *others = profiles
    _binding_store(profile=first, by=None)
    change_log(kind=Kind.BOOTSTRAPPED, profile=first)
    for profile in others:
        _binding_store(profile=profile, by=first)
        change_log(kind=Kind.CONFIRMED, profile=profile, by=first)
