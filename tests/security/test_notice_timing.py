"""Notification e-mails carry no time finer than the hour: sent in hourly batches, dated to
the batch's hour, with a random Message-ID."""

import datetime
import re
from email.utils import parsedate_to_datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from confidants.models import ConfidantNotice
from confidants.services import reminders_send, reporter_case, reporter_reply

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def at(hour: int, minute: int = 0, second: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, 3, 2, hour, minute, second, tzinfo=UTC)


def test_a_case_at_10_17_is_mailed_by_the_11_00_batch_dated_11_00(
    case_for, lotte, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with time_machine.travel(at(10, 17, 23), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            case_for(lotte)
        assert mail.outbox == []
    with time_machine.travel(at(10, 59, 59), tick=False):
        call_command("confidant_notices")
        assert mail.outbox == []
    with time_machine.travel(at(11, 0, 4), tick=False):
        call_command("confidant_notices")
    (message,) = mail.outbox
    assert message.to == [lotte.user.email]
    headers = message.message()
    assert parsedate_to_datetime(headers["Date"]) == at(11)
    message_id = headers["Message-ID"]
    assert re.fullmatch(r"<[0-9a-f]{32}@[a-z0-9.-]+>", message_id), message_id
    # Not make_msgid's "<hundredths of a second>.<pid>.<random>@host>": only random hex.
    assert "." not in message_id.split("@")[0]
    assert not ConfidantNotice.objects.exists()
    with time_machine.travel(at(12, 0, 1), tick=False):
        call_command("confidant_notices")
    assert len(mail.outbox) == 1  # sent once


def test_several_requests_in_an_hour_make_one_mail_per_confidant(case_for, lotte):
    mail.outbox.clear()
    with time_machine.travel(at(14, 5), tick=False):
        case_for(lotte)
    with time_machine.travel(at(14, 40), tick=False):
        case, code = case_for(lotte)
        _case, case_key = reporter_case(code=code)
        reporter_reply(case=case, case_key=case_key, text="and more")
    assert ConfidantNotice.objects.count() == 2  # "new" once, "reply" once
    with time_machine.travel(at(15, 0), tick=False):
        call_command("confidant_notices")
    subjects = sorted(m.subject for m in mail.outbox)
    assert len(subjects) == 2
    for message in mail.outbox:
        assert parsedate_to_datetime(message.message()["Date"]) == at(15)


def test_queued_notices_hold_no_time_finer_than_the_hour(case_for, lotte):
    with time_machine.travel(at(9, 33, 12), tick=False):
        case_for(lotte)
    notice = ConfidantNotice.objects.get()
    assert notice.send_at == at(10)
    assert {f.name for f in ConfidantNotice._meta.fields} == {"id", "confidant", "kind", "send_at"}


def test_reminders_are_dated_to_the_hour_too(case_for, lotte):
    with time_machine.travel(at(8, 0), tick=False):
        case, _code = case_for(lotte)
    mail.outbox.clear()
    with time_machine.travel(at(8, 0) + datetime.timedelta(days=6, minutes=42), tick=False):
        assert reminders_send() == 1
    headers = mail.outbox[0].message()
    assert parsedate_to_datetime(headers["Date"]) == at(8) + datetime.timedelta(days=6)
    assert re.fullmatch(r"<[0-9a-f]{32}@[a-z0-9.-]+>", headers["Message-ID"])
