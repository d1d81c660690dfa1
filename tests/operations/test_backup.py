"""A backup restores onto an empty database as the same site: the completion chain holds, a
certificate still verifies, a confidant still opens their case (and nobody else can), media
files come back byte for byte. A damaged archive or a database in use is refused."""

import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from confidants.models import CaseMessage
from courses.factories import course_build, course_complete, paragraph
from people.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

MESSAGE = "Mijn leidinggevende maakt steeds opmerkingen over mijn uiterlijk."

CHECK = """
import json
from django.test import Client
from django.urls import reverse
from confidants import crypto
from confidants.demo import DEMO_PASSPHRASE
from confidants.models import CaseMessage, ConfidantProfile
from confidants.services import case_key_open

message = CaseMessage.objects.select_related("case").get(pk={message_pk})
lotte = ConfidantProfile.objects.get(pk={lotte_pk})
private = crypto.private_key_unlock(material=lotte.key_material, passphrase=DEMO_PASSPHRASE)
case_key = case_key_open(case=message.case, confidant=lotte, private=private)
page = Client().get(reverse("certificate_verify", args=["{code}"]))
print(json.dumps({{
    "text": crypto.text_open(case_key=case_key, sealed=bytes(message.sealed_body)),
    "sealed": bytes(message.sealed_body).hex(),
    "status": page.status_code,
    "page": page.content.decode(),
}}))
"""


def manage(*args: str, database: Path, media: Path) -> subprocess.CompletedProcess:
    """manage.py against another database and media folder than the test run's."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "TEST_MEDIA_ROOT": str(media),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def site_with_evidence(demo, lotte, case_for):
    """The demo plus a certificate, a confidant case and an uploaded file."""
    learner = UserFactory(first_name="Chứng", last_name="Nguyễn")
    course = course_build(lessons=[[paragraph("a")]], validity_months=24)
    record = course_complete(user=learner, course=course)
    case, _code = case_for(lotte, message=MESSAGE)
    message = CaseMessage.objects.get(case=case)
    upload = default_storage.save("operations-test/bytes.bin", ContentFile(bytes(range(256)) * 4))
    yield record, message, upload
    default_storage.delete(upload)


@pytest.fixture
def archive(site_with_evidence, tmp_path) -> Path:
    path = tmp_path / "backup.tar.gz"
    out = io.StringIO()
    call_command("backup", str(path), stdout=out)
    assert "data: confidants:" in out.getvalue() and "Backup written" in out.getvalue()
    return path


def test_restore_onto_an_empty_database_is_the_same_site(site_with_evidence, archive, tmp_path):
    record, message, upload = site_with_evidence
    database, media = tmp_path / "restore.sqlite3", tmp_path / "media"
    with tarfile.open(archive, "r:gz") as tar:
        contents = b"".join(tar.extractfile(member).read() for member in tar)
        assert f"media/{upload}" in tar.getnames()
    assert MESSAGE.encode() not in contents  # the case is in it, as ciphertext only

    restored = manage("restore", str(archive), database=database, media=media)
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout and "data: courses:" in restored.stdout
    again = manage("restore", str(archive), database=database, media=media)
    assert again.returncode != 0 and "--replace" in again.stderr
    replaced = manage("restore", "--replace", str(archive), database=database, media=media)
    assert replaced.returncode == 0, replaced.stderr

    chain = manage("verify_completion_chain", database=database, media=media)
    assert chain.returncode == 0, chain.stderr
    assert "chain intact" in chain.stdout

    script = CHECK.format(
        message_pk=message.pk,
        lotte_pk=message.case.recipients.get().confidant_id,
        code=record.verification_code,
    )
    shell = manage("shell", "-c", script, database=database, media=media)
    assert shell.returncode == 0, shell.stderr
    seen = json.loads(shell.stdout.strip().splitlines()[-1])
    assert seen["status"] == 200 and "Chứng Nguyễn" in seen["page"]
    assert seen["text"] == MESSAGE
    assert bytes.fromhex(seen["sealed"]) == bytes(message.sealed_body)
    assert MESSAGE.encode() not in bytes.fromhex(seen["sealed"])

    assert (media / upload).read_bytes() == default_storage.open(upload).read()


def test_a_changed_member_is_refused_before_anything_is_written(archive, tmp_path):
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(tampered, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name == "data/confidants/casemessage.json":
                changed = data.replace(b'"author":', b'"author" :', 1)
                assert changed != data
                data, member.size = changed, len(changed)
            target.addfile(member, io.BytesIO(data))
    database, media = tmp_path / "restore.sqlite3", tmp_path / "media"

    refused = manage("restore", str(tampered), database=database, media=media)

    assert refused.returncode != 0
    assert "casemessage.json does not match its hash" in refused.stderr
    tables = sqlite3.connect(database).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == []
    assert not media.exists()


def test_a_database_in_use_is_not_overwritten_without_replace(archive):
    with pytest.raises(CommandError, match="not empty; restore with --replace"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert get_user_model().objects.filter(email__endswith="@demo.example").exists()
