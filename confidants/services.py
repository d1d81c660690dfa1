"""Writes for the confidant module. Plaintext exists only in memory during a request: every
service that stores what a person wrote seals it first (confidants/crypto.py)."""

import datetime
import json
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from nacl.public import PrivateKey

from courses.services import add_months

from . import crypto, directory_services, notices, statistics
from .case_holders import narrowing_check, recipients_narrow
from .models import (
    Case,
    CaseAccess,
    CaseMessage,
    CaseNote,
    CaseRecipient,
    CaseReminder,
    ConfidantProfile,
)
from .models.cases import Channel

ACKNOWLEDGE_DAYS = 7
FEEDBACK_MONTHS = 3


class CaseClosed(Exception):
    """The action needs an open case."""


def _hour() -> datetime.datetime:
    """Now, to the hour: precise enough for a thread, too coarse to match against other logs."""
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def confidant_keys_create(*, profile: ConfidantProfile, passphrase: str) -> str:
    """A confidant's first key pair. Returns the recovery key, to be shown once: it is the only
    way back in after a forgotten passphrase, and the server cannot recover it."""
    material, recovery_key = crypto.keys_generate(passphrase=passphrase)
    _material_store(profile=profile, material=material)
    directory_services.key_pair_created(profile=profile)
    return recovery_key


def confidant_passphrase_reset(
    *, profile: ConfidantProfile, recovery_key: str, passphrase: str
) -> tuple[PrivateKey, str]:
    """Re-lock the same key pair (cases stay readable) under a new passphrase and a new recovery
    key. Raises CryptoError for a wrong recovery key."""
    private = crypto.private_key_recover(material=profile.key_material, recovery_key=recovery_key)
    new_recovery_key = crypto.code_generate(crypto.RECOVERY_KEY_LENGTH)
    material = crypto.keys_lock(
        private=private, passphrase=passphrase, recovery_key=new_recovery_key
    )
    _material_store(profile=profile, material=material)
    return private, new_recovery_key


def _material_store(*, profile: ConfidantProfile, material: crypto.KeyMaterial) -> None:
    profile.public_key = material.public_key
    profile.locked_private_key = material.locked_private_key
    profile.key_salt = material.salt
    profile.key_opslimit = material.opslimit
    profile.key_memlimit = material.memlimit
    profile.recovery_locked_private_key = material.recovery_locked_private_key
    profile.save(
        update_fields=[
            "public_key",
            "locked_private_key",
            "key_salt",
            "key_opslimit",
            "key_memlimit",
            "recovery_locked_private_key",
        ]
    )


@dataclass(frozen=True)
class Intake:
    confidant: ConfidantProfile | None  # None: any confidant
    channel: str
    topic: str
    language: str
    message: str
    name: str = ""
    phone: str = ""
    email: str = ""
    meeting: str = ""


@transaction.atomic
def intake_submit(*, intake: Intake) -> tuple[Case, str | None]:
    """Store a contact request sealed to the chosen confidant, or to every confidant reachable
    online for "any". Returns the case and, for an anonymous thread, the receipt code (shown
    once, stored only as Argon2id digests). Nothing about the sender is taken from the request:
    this function does not even receive it."""
    # Only confirmed recipients with their confirmed key (confidants/directory_services.py).
    reachable = ConfidantProfile.objects.reachable_online()
    if intake.confidant:
        reachable = reachable.filter(pk=intake.confidant.pk)
    recipients = list(reachable)
    if not recipients or not all(r.has_keys for r in recipients):
        raise ValueError("no confidant can receive messages")
    case_key = crypto.case_key_new()
    anonymous = intake.channel == Channel.THREAD
    details = {
        "topic": intake.topic,
        "channel": intake.channel,
        "language": intake.language,
        "name": "" if anonymous else intake.name,
        "phone": "" if anonymous else intake.phone,
        "email": "" if anonymous else intake.email,
        "meeting": "" if anonymous else intake.meeting,
    }
    case = Case(
        received_on=timezone.localdate(),
        sealed_details=crypto.text_seal(case_key=case_key, text=json.dumps(details)),
    )
    code = None
    if anonymous:
        code = crypto.code_generate()
        case.receipt_lookup = crypto.receipt_lookup(code)
        case.receipt_salt, case.receipt_wrapped_key = crypto.receipt_wrap(
            code=code, case_key=case_key
        )
    case.save()
    CaseRecipient.objects.bulk_create(
        CaseRecipient(
            case=case,
            confidant=recipient,
            sealed_case_key=crypto.case_key_seal(
                case_key=case_key, public_key=bytes(recipient.public_key)
            ),
        )
        for recipient in recipients
    )
    _message_add(
        case=case, case_key=case_key, author=CaseMessage.Author.REPORTER, text=intake.message
    )
    today = timezone.localdate()
    statistics.counter_add(
        year=today.year,
        month=today.month,
        topic=intake.topic,
        channel=intake.channel,
        confidant_kind=intake.confidant.kind if intake.confidant else "any",
    )
    notices.notices_queue(recipients=recipients, kind="new")
    return case, code


def _message_add(*, case: Case, case_key: bytes, author: str, text: str) -> CaseMessage:
    return CaseMessage.objects.create(
        case=case,
        author=author,
        sent_at=_hour(),
        sealed_body=crypto.text_seal(case_key=case_key, text=text),
    )


def case_key_open(*, case: Case, confidant: ConfidantProfile, private: PrivateKey) -> bytes:
    """The case key for a recipient. Raises CaseRecipient.DoesNotExist for anyone else."""
    recipient = CaseRecipient.objects.get(case=case, confidant=confidant)
    return crypto.case_key_open(sealed=bytes(recipient.sealed_case_key), private=private)


def case_access_log(*, case: Case, confidant: ConfidantProfile, action: str) -> None:
    CaseAccess.objects.create(case=case, confidant=confidant, action=action)


@transaction.atomic
def case_reply(
    *, case: Case, confidant: ConfidantProfile, private: PrivateKey, text: str
) -> CaseMessage:
    """A reply the anonymous reporter reads with their receipt code."""
    if case.status == Case.Status.CLOSED:
        raise CaseClosed
    case_key = case_key_open(case=case, confidant=confidant, private=private)
    message = _message_add(
        case=case, case_key=case_key, author=CaseMessage.Author.CONFIDANT, text=text
    )
    case_access_log(case=case, confidant=confidant, action=CaseAccess.Action.REPLIED)
    return message


@transaction.atomic
def case_note_add(
    *, case: Case, confidant: ConfidantProfile, private: PrivateKey, text: str
) -> CaseNote:
    case_key = case_key_open(case=case, confidant=confidant, private=private)
    note = CaseNote.objects.create(
        case=case,
        author=confidant,
        written_at=_hour(),
        sealed_body=crypto.text_seal(case_key=case_key, text=text),
    )
    case_access_log(case=case, confidant=confidant, action=CaseAccess.Action.NOTE)
    return note


STATUS_STEPS = {
    Case.Status.NEW: {Case.Status.ACKNOWLEDGED, Case.Status.CLOSED},
    Case.Status.ACKNOWLEDGED: {Case.Status.IN_PROGRESS, Case.Status.CLOSED},
    Case.Status.IN_PROGRESS: {Case.Status.CLOSED},
    Case.Status.CLOSED: set(),
}


@transaction.atomic
def case_status_set(*, case: Case, confidant: ConfidantProfile, status: str) -> None:
    """Move a case forward. Acknowledging a case sent to "any" confidant makes it this
    confidant's alone: the others' keys to it are removed. Closing starts the retention clock."""
    if not CaseRecipient.objects.filter(case=case, confidant=confidant).exists():
        raise CaseRecipient.DoesNotExist
    if status not in STATUS_STEPS[case.status]:
        raise ValueError(f"{case.status} -> {status}")
    today = timezone.localdate()
    if status == Case.Status.ACKNOWLEDGED or case.acknowledged_on is None:
        narrowing_check(case=case, confidant=confidant)
        case.acknowledged_on = today
        recipients_narrow(case=case, keep=confidant)
    if status == Case.Status.CLOSED:
        case.closed_on = today
    case.status = status
    case.save(update_fields=["status", "acknowledged_on", "closed_on"])
    action = (
        CaseAccess.Action.ACKNOWLEDGED
        if status == Case.Status.ACKNOWLEDGED
        else CaseAccess.Action.STATUS
    )
    case_access_log(case=case, confidant=confidant, action=action)


@transaction.atomic
def case_hand_over(
    *, case: Case, confidant: ConfidantProfile, private: PrivateKey, to: ConfidantProfile
) -> None:
    """Only a confidant holding the case can pass it on: the case key is re-sealed to the new
    confidant and the old key removed. No administrator can do this, because it needs the
    unlocked private key."""
    if case.status == Case.Status.CLOSED:
        raise CaseClosed
    if to == confidant or not to.can_receive:
        raise ValueError("not a confidant who can take the case")
    narrowing_check(case=case, confidant=confidant)
    case_key = case_key_open(case=case, confidant=confidant, private=private)
    CaseRecipient.objects.update_or_create(
        case=case,
        confidant=to,
        defaults={
            "sealed_case_key": crypto.case_key_seal(
                case_key=case_key, public_key=bytes(to.public_key)
            )
        },
    )
    CaseRecipient.objects.filter(case=case).exclude(confidant=to).delete()
    case_access_log(case=case, confidant=confidant, action=CaseAccess.Action.HANDED_OVER)
    case_access_log(case=case, confidant=to, action=CaseAccess.Action.RECEIVED)
    notices.notices_queue(recipients=[to], kind="handed-over")


def reporter_case(*, code: str) -> tuple[Case, bytes] | None:
    """The case and its key for a receipt code, or None for a wrong code."""
    normalised = crypto.code_normalise(code)
    if len(normalised) != crypto.RECEIPT_CODE_LENGTH:
        return None
    case = Case.objects.filter(receipt_lookup=crypto.receipt_lookup(normalised)).first()
    if case is None:
        return None
    try:
        case_key = crypto.receipt_unwrap(
            code=normalised, salt=case.receipt_salt, wrapped=case.receipt_wrapped_key
        )
    except crypto.CryptoError:
        return None
    return case, case_key


@transaction.atomic
def reporter_reply(*, case: Case, case_key: bytes, text: str) -> CaseMessage:
    if case.status == Case.Status.CLOSED:
        raise CaseClosed
    message = _message_add(
        case=case, case_key=case_key, author=CaseMessage.Author.REPORTER, text=text
    )
    notices.notices_queue(recipients=_holders(case), kind="reply")
    return message


def _holders(case: Case) -> list[ConfidantProfile]:
    return list(ConfidantProfile.objects.filter(case_keys__case=case).select_related("user"))


def _notify(recipients: list[ConfidantProfile], kind: str, due: datetime.date | None = None):
    """Deadline reminders, sent by the daily job: content-free, dated to the hour (notices.py)."""
    for recipient in recipients:
        notices.notice_mail(recipient=recipient, kind=kind, due=due, hour=_hour())


def reminders_send(*, today: datetime.date | None = None) -> int:
    """Deadline reminders to the confidants holding open cases: acknowledge within 7 days
    (reminded 2 days before and when overdue), feedback within 3 months (reminded 14 days
    before and when overdue). Each reminder is sent once per case: running again sends
    nothing twice. Returns the number of e-mails' worth of reminders recorded."""
    today = today or timezone.localdate()
    sent = 0
    open_cases = Case.objects.exclude(status=Case.Status.CLOSED)
    for case in open_cases.iterator():
        acknowledge_by = case.received_on + datetime.timedelta(days=ACKNOWLEDGE_DAYS)
        feedback_by = add_months(case.received_on, FEEDBACK_MONTHS)
        due = []
        if case.status == Case.Status.NEW:
            if today > acknowledge_by:
                due.append(("acknowledge-overdue", "acknowledge", acknowledge_by))
            elif (acknowledge_by - today).days <= 2:
                due.append(("acknowledge-soon", "acknowledge", acknowledge_by))
        if today > feedback_by:
            due.append(("feedback-overdue", "feedback", feedback_by))
        elif (feedback_by - today).days <= 14:
            due.append(("feedback-soon", "feedback", feedback_by))
        for reminder, kind, by in due:
            try:
                with transaction.atomic():
                    CaseReminder.objects.create(case=case, kind=reminder)
            except IntegrityError:
                continue
            _notify(_holders(case), kind, due=by)
            sent += 1
    return sent


def cases_purge(*, today: datetime.date | None = None) -> int:
    """Delete cases closed longer ago than the retention period, with every related row
    (recipients, messages, notes, access log, reminders). CaseCounter rows stay: they hold
    no link to the case. Returns the number of cases deleted."""
    today = today or timezone.localdate()
    cutoff = add_months(today, -settings.CONFIDANT_RETENTION_MONTHS)
    expired = Case.objects.filter(status=Case.Status.CLOSED, closed_on__lt=cutoff)
    with transaction.atomic():
        ids = list(expired.values_list("pk", flat=True))
        # Rows that PROTECT their confidant go first; the rest cascade with the case.
        CaseAccess.objects.filter(case__in=ids).delete()
        CaseNote.objects.filter(case__in=ids).delete()
        Case.objects.filter(pk__in=ids).delete()
    return len(ids)
