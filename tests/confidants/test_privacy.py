"""The confidentiality promise, checked end to end: what a reporter writes is nowhere in
readable form (database, cache, e-mail, logs), the server's own secret cannot open it, another
confidant's key cannot open it, and an anonymous request leaves no trace of who sent it."""

import base64
import datetime
import hashlib
import logging
import uuid

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from nacl import pwhash
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.secret import SecretBox

from confidants import crypto
from confidants.demo import DEMO_PASSPHRASE
from confidants.models import Case, CaseMessage, CaseNote, CaseRecipient, ConfidantProfile
from confidants.notices import notices_send

pytestmark = pytest.mark.django_db


def database_text() -> str:
    """Every row of every table, as text: what a database dump would hold."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes):
                        chunks.append(bytes(value).decode("latin-1"))
                    else:
                        chunks.append(str(value))
    return "\n".join(chunks)


def cache_text() -> str:
    store = getattr(cache, "_cache", None)
    assert store is not None, "the test settings use the local-memory cache"
    return "\n".join(bytes(value).decode("latin-1") for value in store.values())


def mail_text() -> str:
    return "\n".join(f"{m.subject}\n{m.body}\n{m.to}" for m in mail.outbox)


def send_anonymously(client, page_values, *, text: str, confidant: str = "any") -> str:
    form = client.get(reverse("confidants:contact"))
    response = client.post(
        reverse("confidants:contact"),
        {
            "confidant": confidant,
            "channel": "thread",
            "topic": "sexual-harassment",
            "language": "nl",
            "message": text,
            "token": page_values.token(form),
            **page_values.proof(form),
        },
    )
    assert response.status_code == 200, response.content
    return page_values.code(response)


def test_canary_is_nowhere_readable(
    client,
    page_values,
    confidant_client,
    lotte,
    caplog,
    settings,
    django_capture_on_commit_callbacks,
):
    """A unique string goes in through every door (message, contact details, reply, note,
    reporter's answer); afterwards no table, cache entry, e-mail or log line contains it."""
    settings.DEBUG = False
    caplog.set_level(logging.DEBUG)
    canary = f"canary-{uuid.uuid4().hex}"
    with django_capture_on_commit_callbacks(execute=True):
        code = _every_door(client, page_values, confidant_client, lotte, canary)
    follow = client.get(reverse("confidants:follow_up"))
    wrong = {"code": "WRONG-CODE", **page_values.proof(follow)}
    assert client.post(reverse("confidants:follow_up"), wrong).status_code == 400  # a logged 4xx

    assert canary not in database_text()
    assert canary not in cache_text()
    notices_send(now=timezone.now() + datetime.timedelta(hours=1))  # the next hourly batch
    assert mail.outbox and canary not in mail_text()
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert canary not in logged
    assert "follow-up" not in logged and "contact" not in logged
    assert code


def _every_door(client, page_values, confidant_client, lotte, canary) -> str:
    code = send_anonymously(client, page_values, text=f"message {canary}", confidant=str(lotte.pk))
    # A named request by e-mail, with the canary in every contact field.
    form = client.get(reverse("confidants:contact"))
    named = client.post(
        reverse("confidants:contact"),
        {
            "confidant": str(lotte.pk),
            "channel": "email",
            "topic": "",
            "language": "vi",
            "message": f"named {canary}",
            "name": f"Name {canary}",
            "email": f"{canary}@example.org",
            "phone": canary,
            "meeting": f"meet {canary}",
            "token": page_values.token(form),
            **page_values.proof(form),
        },
    )
    assert named.status_code == 200, named.content
    confidant = confidant_client(lotte)
    case = Case.objects.get(receipt_lookup__isnull=False, recipients__confidant=lotte)
    page = confidant.get(reverse("confidants:case", args=[case.pk])).content.decode()
    assert canary in page  # the confidant can read it
    confidant.post(
        reverse("confidants:case_action", args=[case.pk, "reply"]), {"message": f"reply {canary}"}
    )
    confidant.post(
        reverse("confidants:case_action", args=[case.pk, "note"]), {"note": f"note {canary}"}
    )
    follow = client.get(reverse("confidants:follow_up"))
    thread = client.post(
        reverse("confidants:follow_up"),
        {"code": code, "message": f"answer {canary}", **page_values.proof(follow)},
    )
    assert f"reply {canary}" in thread.content.decode()
    return code


def test_an_anonymous_request_from_a_signed_in_employee_leaves_no_trace_of_them(
    signed_in, page_values, lotte, demo
):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(email="medewerker@demo.example")
    client = signed_in(user)
    client.get(reverse("my_training"))  # an ordinary session, as a learner has one
    session_before = dict(client.session.items())
    tables_before = _tables_except_confidants()
    send_anonymously(client, page_values, text="please keep this anonymous")
    assert dict(client.session.items()) == session_before
    assert _tables_except_confidants() == tables_before  # incl. sessions, users, activity
    confidant_rows = "\n".join(
        str(row)
        for model in (Case, CaseMessage, CaseRecipient)
        for row in model.objects.values_list()
    )
    for trace in (str(user.pk), user.email, user.first_name, user.last_name):
        assert trace not in confidant_rows or trace.isdigit() and _only_in_ids(trace)


def _only_in_ids(number: str) -> bool:
    """A user id that happens to equal some confidant profile id is not a trace."""
    return ConfidantProfile.objects.filter(pk=int(number)).exists()


def _tables_except_confidants() -> dict:
    result = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if table.startswith("confidants_"):
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            result[table] = sorted(map(repr, cursor.fetchall()))
    return result


def _secret_key_candidates() -> list[bytes]:
    secret = settings.SECRET_KEY.encode()
    return [
        hashlib.sha256(secret).digest(),
        hashlib.blake2b(secret, digest_size=32).digest(),
        secret[:32].ljust(32, b"\0"),
    ]


def test_the_server_secret_alone_opens_nothing(case_for, lotte):
    case, code = case_for(lotte, message="sealed text")
    sealed = [bytes(case.sealed_details), bytes(CaseMessage.objects.get(case=case).sealed_body)]
    sealed_keys = [bytes(r.sealed_case_key) for r in CaseRecipient.objects.filter(case=case)]
    for key in _secret_key_candidates():
        for blob in sealed + [bytes(lotte.locked_private_key), bytes(case.receipt_wrapped_key)]:
            with pytest.raises(CryptoError):
                SecretBox(key).decrypt(blob)
        for blob in sealed_keys:
            with pytest.raises(CryptoError):
                SealedBox(PrivateKey(key)).decrypt(blob)
    derived = pwhash.argon2id.kdf(
        32,
        settings.SECRET_KEY.encode(),
        bytes(lotte.key_salt),
        opslimit=lotte.key_opslimit,
        memlimit=lotte.key_memlimit,
    )
    with pytest.raises(CryptoError):
        SecretBox(derived).decrypt(bytes(lotte.locked_private_key))


def test_another_confidants_key_cannot_open_the_case(case_for, lotte, thanh):
    case, _code = case_for(lotte)
    thanh_key = crypto.private_key_unlock(material=thanh.key_material, passphrase=DEMO_PASSPHRASE)
    sealed = CaseRecipient.objects.get(case=case, confidant=lotte).sealed_case_key
    with pytest.raises(CryptoError):
        crypto.case_key_open(sealed=bytes(sealed), private=thanh_key)
    lotte_key = crypto.private_key_unlock(material=lotte.key_material, passphrase=DEMO_PASSPHRASE)
    assert crypto.case_key_open(sealed=bytes(sealed), private=lotte_key)


def test_a_wrong_passphrase_opens_nothing(lotte):
    with pytest.raises(CryptoError):
        crypto.private_key_unlock(material=lotte.key_material, passphrase="almost the passphrase")


def test_the_unlocked_key_is_never_stored(confidant_client, lotte):
    confidant_client(lotte)
    private = crypto.private_key_unlock(material=lotte.key_material, passphrase=DEMO_PASSPHRASE)
    raw = bytes(private)
    dump = database_text() + cache_text()
    for form in (raw.decode("latin-1"), base64.b64encode(raw).decode(), raw.hex()):
        assert form not in dump
    assert base64.urlsafe_b64encode(raw).decode() not in dump


def test_notes_are_sealed(case_for, lotte):
    from confidants.services import case_note_add

    case, _code = case_for(lotte)
    private = crypto.private_key_unlock(material=lotte.key_material, passphrase=DEMO_PASSPHRASE)
    note = case_note_add(case=case, confidant=lotte, private=private, text="between us")
    assert b"between us" not in bytes(CaseNote.objects.get(pk=note.pk).sealed_body)


def test_opening_a_case_leaves_no_trace_of_it_in_the_cache(confidant_client, lotte, case_for):
    """Shared page fragments are cached per path elsewhere; a case page (its id is in the path
    and the language links) must not be."""
    case, _code = case_for(lotte)
    client = confidant_client(lotte)
    assert client.get(reverse("confidants:case", args=[case.pk])).status_code == 200
    assert client.get(reverse("confidants:inbox")).status_code == 200
    assert str(case.pk) not in cache_text()
