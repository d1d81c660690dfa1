"""The audit pack: a ZIP an auditor can check offline, without access to the platform.

It holds the export's CSV, the completion records it refers to (the hashed fields, their hash
and their position in the completion chain), each record's certificate, a manifest with the
chain head (position, hash, time) and every file's SHA-256, a SHA256SUMS file, verify.py
(audit_verify.py) and completion_hash.py (courses/completion_hash.py, what a hash covers).
Certificates are rendered one at a time and written straight into the ZIP, so memory stays
flat; rendering is the slow part (~30 per second), hence MAX_CERTIFICATES per pack."""

import hashlib
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from django.template.loader import render_to_string
from django.utils import timezone, translation

from courses import completion_hash
from courses.certificates import certificate_pdf
from courses.models import CompletionRecord
from courses.selectors import completion_chain_head

from .exports import (
    ExportRow,
    assignment_export_rows,
    csv_chunks,
    export_header,
    export_rows,
    status_labels,
)
from .models import Assignment
from .selectors import Filters

MAX_CERTIFICATES = 5000
ID_BATCH = 500
VERIFY_SCRIPT = Path(__file__).with_name("audit_verify.py")
HASH_MODULE = Path(completion_hash.__file__)


class AuditPackTooLarge(Exception):
    def __init__(self, count: int, limit: int):
        super().__init__(count, limit)
        self.count, self.limit = count, limit


@dataclass(frozen=True)
class AuditPackCounts:
    rows: int
    records: int
    certificates: int


def audit_pack_certificate_count(
    *, assignments: Iterable[Assignment], filters: Filters, today
) -> int:
    """An upper bound of the certificates a pack would hold (one count query per assignment)."""
    return sum(
        assignment_export_rows(assignment=assignment, today=today, filters=filters)
        .filter(last_done__isnull=False)
        .count()
        for assignment in assignments
        if assignment.course.certificate_enabled
    )


def chain_head_published() -> dict:
    """The chain head as the pack states it: position, hash, both as one "position:hash" (what
    `verify_completion_chain --against` takes) and when it was read."""
    position, head_hash = completion_chain_head()
    return {
        "head": f"{position}:{head_hash}",
        "head_position": position,
        "head_hash": head_hash,
        "read_at": timezone.now().isoformat(timespec="seconds"),
        "records": position,
    }


def _records(ids: set[int]) -> Iterator[CompletionRecord]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), ID_BATCH):
        batch = ordered[start : start + ID_BATCH]
        yield from CompletionRecord.objects.filter(pk__in=batch).order_by("pk")


class _Hashing:
    """Writes through to a ZIP entry and keeps the SHA-256 of what was written."""

    def __init__(self, raw: BinaryIO):
        self.raw, self.digest = raw, hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.digest.update(data)
        self.raw.write(data)


def audit_pack_write(
    *, file: BinaryIO, assignments: list[Assignment], filters: Filters, today, user
) -> AuditPackCounts:
    """Write the pack into `file`, in the active language. Raises AuditPackTooLarge first
    when the filter covers more than MAX_CERTIFICATES completions with a certificate."""
    count = audit_pack_certificate_count(assignments=assignments, filters=filters, today=today)
    if count > MAX_CERTIFICATES:
        raise AuditPackTooLarge(count, MAX_CERTIFICATES)
    chain = chain_head_published()
    language = translation.get_language()
    ids: set[int] = set()
    rows = 0

    def collect(export: Iterable[ExportRow]) -> Iterator[ExportRow]:
        nonlocal rows
        for row in export:
            rows += 1
            if row.record_id:
                ids.add(row.record_id)
            yield row

    files: dict[str, str] = {}
    with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as pack:
        export = export_rows(
            assignments=assignments, filters=filters, today=today, language=language
        )
        with pack.open("completions.csv", "w") as raw:
            out = _Hashing(raw)
            header, labels = export_header(), status_labels()
            for chunk in csv_chunks(collect(export), header=header, labels=labels):
                out.write(chunk.encode())
        files["completions.csv"] = out.digest.hexdigest()

        with pack.open("records.jsonl", "w") as raw:
            out = _Hashing(raw)
            for record in _records(ids):
                line = {"position": record.position, **record.payload()}
                line["record_hash"] = record.record_hash
                out.write(json.dumps(line, ensure_ascii=False).encode() + b"\n")
        files["records.jsonl"] = out.digest.hexdigest()

        with_certificate = {a.course_key for a in assignments if a.course.certificate_enabled}
        certificates = 0
        for record in _records(ids):
            if record.course_key in with_certificate:
                pdf = certificate_pdf(record)
                name = f"certificates/{record.verification_code}.pdf"
                pack.writestr(name, pdf, compress_type=zipfile.ZIP_STORED)
                files[name] = hashlib.sha256(pdf).hexdigest()
                certificates += 1

        readme = render_to_string(
            "compliance/audit_pack_readme.txt",
            {"chain": chain, "user": user, "generated": timezone.localtime(), "rows": rows},
        )
        scripts = (
            ("verify.py", VERIFY_SCRIPT.read_bytes()),
            ("completion_hash.py", HASH_MODULE.read_bytes()),
            ("README.txt", readme),
        )
        for name, data in scripts:
            data = data.encode() if isinstance(data, str) else data
            pack.writestr(name, data)
            files[name] = hashlib.sha256(data).hexdigest()

        manifest = {
            "generated_at": timezone.localtime().isoformat(timespec="seconds"),
            "generated_by": {"email": user.email, "name": user.get_full_name()},
            "filters": filters.as_dict(),
            "assignments": [{"id": a.pk, "course": a.course.title} for a in assignments],
            "completion_chain": chain,
            "counts": {"rows": rows, "records": len(ids), "certificates": certificates},
            "files": files,
        }
        data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
        pack.writestr("manifest.json", data)
        sums = {**files, "manifest.json": hashlib.sha256(data).hexdigest()}
        pack.writestr("SHA256SUMS", "".join(f"{d}  {n}\n" for n, d in sorted(sums.items())))
    return AuditPackCounts(rows=rows, records=len(ids), certificates=certificates)
