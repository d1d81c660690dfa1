"""Reads for the confidant module. Decrypting happens here, in memory, for the confidant who
holds the key; nothing decrypted is cached or stored."""

import datetime
import json
from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404
from django.utils import timezone
from nacl.public import PrivateKey

from courses.services import add_months

from . import crypto
from .models import (
    Case,
    CaseAccess,
    CaseMessage,
    CaseRecipient,
    ConfidantProfile,
    DirectoryChange,
)
from .models.cases import Channel, Topic
from .services import ACKNOWLEDGE_DAYS, FEEDBACK_MONTHS


def directory_profiles():
    """Confirmed, shown confidants for the public directory, with photos, in the admin's order:
    an entry nobody confirmed (confidants/directory_services.py) is not shown to reporters."""
    return ConfidantProfile.objects.listed().select_related("photo")


def directory_pending():
    """Entries, logins and key pairs awaiting another confidant's consent."""
    profiles = ConfidantProfile.objects.select_related("user", "confirmed_user")
    return [profile for profile in profiles if profile.needs_confirmation]


def directory_changes(*, limit: int = 30):
    """The newest entries of the change log every confidant sees."""
    return list(DirectoryChange.objects.select_related("by")[:limit])


def directory_summary(*, confidant: ConfidantProfile) -> dict:
    """What the inbox shows about the directory: the change log and alarms for confirmed
    confidants, and how many entries await their consent."""
    if not confidant.can_receive:
        return {"may_decide": False, "changes": [], "alarms": [], "pending_count": 0}
    return {
        "may_decide": True,
        "changes": directory_changes(limit=10),
        "alarms": directory_alarms(),
        "pending_count": len(directory_pending()),
    }


def directory_alarms():
    """Profiles whose stored public key failed the check at unlock."""
    return list(ConfidantProfile.objects.filter(key_alarm_at__isnull=False))


def confidants_reachable():
    """Confidants a contact request can be sent to."""
    return ConfidantProfile.objects.reachable_online()


def case_for_confidant(*, confidant: ConfidantProfile, case_id) -> Case:
    """A case this confidant holds a key to; 404 for every other case, so that others cannot
    even learn that it exists."""
    return get_object_or_404(Case, pk=case_id, recipients__confidant=confidant)


@dataclass
class Deadlines:
    acknowledge_by: datetime.date
    feedback_by: datetime.date
    acknowledge_overdue: bool
    feedback_overdue: bool


def case_deadlines(case: Case, today: datetime.date | None = None) -> Deadlines:
    today = today or timezone.localdate()
    acknowledge_by = case.received_on + datetime.timedelta(days=ACKNOWLEDGE_DAYS)
    feedback_by = add_months(case.received_on, FEEDBACK_MONTHS)
    open_ = case.status != Case.Status.CLOSED
    return Deadlines(
        acknowledge_by=acknowledge_by,
        feedback_by=feedback_by,
        acknowledge_overdue=case.status == Case.Status.NEW and today > acknowledge_by,
        feedback_overdue=open_ and today > feedback_by,
    )


@dataclass
class InboxRow:
    case: Case
    deadlines: Deadlines
    topic: str = ""
    channel: str = ""
    shared: bool = False  # sent to "any": every confidant holds it until one acknowledges


def inbox_rows(*, confidant: ConfidantProfile, private: PrivateKey | None) -> list[InboxRow]:
    """This confidant's cases, open first, then newest; topic and channel only when unlocked."""
    recipients = (
        CaseRecipient.objects.filter(confidant=confidant)
        .select_related("case")
        .order_by("case__closed_on", "-case__received_on")
    )
    shared = set(
        CaseRecipient.objects.filter(case__recipients__confidant=confidant)
        .exclude(confidant=confidant)
        .values_list("case_id", flat=True)
    )
    today = timezone.localdate()
    rows = []
    for recipient in recipients:
        row = InboxRow(
            case=recipient.case,
            deadlines=case_deadlines(recipient.case, today),
            shared=recipient.case_id in shared,
        )
        if private is not None:
            try:
                case_key = crypto.case_key_open(
                    sealed=bytes(recipient.sealed_case_key), private=private
                )
                details = json.loads(
                    crypto.text_open(case_key=case_key, sealed=recipient.case.sealed_details)
                )
                row.topic = Topic(details["topic"]).label
                row.channel = Channel(details["channel"]).label
            except (crypto.CryptoError, ValueError, KeyError):
                pass
        rows.append(row)
    rows.sort(key=lambda row: row.case.status == Case.Status.CLOSED)
    return rows


@dataclass
class Entry:
    author: str
    at: datetime.datetime
    text: str
    by: str = ""


@dataclass
class CaseView:
    case: Case
    details: dict
    topic_label: str
    channel_label: str
    deadlines: Deadlines
    messages: list[Entry] = field(default_factory=list)
    notes: list[Entry] = field(default_factory=list)
    access_log: list = field(default_factory=list)


def case_view(*, case: Case, case_key: bytes) -> CaseView:
    """Everything a confidant sees on a case, decrypted with the case key."""
    details = json.loads(crypto.text_open(case_key=case_key, sealed=case.sealed_details))
    return CaseView(
        case=case,
        details=details,
        topic_label=Topic(details["topic"]).label,
        channel_label=Channel(details["channel"]).label,
        deadlines=case_deadlines(case),
        messages=thread_entries(case=case, case_key=case_key),
        notes=[
            Entry(
                author="note",
                at=note.written_at,
                text=crypto.text_open(case_key=case_key, sealed=note.sealed_body),
                by=note.author.name,
            )
            for note in case.notes.select_related("author")
        ],
        access_log=list(
            CaseAccess.objects.filter(case=case).select_related("confidant").order_by("-at")
        ),
    )


def thread_entries(*, case: Case, case_key: bytes) -> list[Entry]:
    return [
        Entry(
            author=message.author,
            at=message.sent_at,
            text=crypto.text_open(case_key=case_key, sealed=message.sealed_body),
        )
        for message in CaseMessage.objects.filter(case=case)
    ]


def hand_over_candidates(*, confidant: ConfidantProfile):
    return confidants_reachable().exclude(pk=confidant.pk)
