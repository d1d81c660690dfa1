"""The audit pack, built by the task worker: rendering thousands of certificates takes minutes,
longer than a request may. The finished ZIP is kept in the media storage (shared by every
host), readable only through the officer-only download of the officer who asked for it, and
deleted after PACK_KEPT."""

import datetime
import secrets
import tempfile

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from .audit_pack import AuditPackTooLarge, audit_pack_write
from .exports import Kind, export_assignments, export_log_add
from .selectors import Filters
from .status import today_local

PACK_FOLDER = "compliance/audit-packs"
PACK_KEPT = datetime.timedelta(days=1)


def audit_packs_expired_delete() -> int:
    """Delete the packs made longer than PACK_KEPT ago; returns how many."""
    if not default_storage.exists(PACK_FOLDER):
        return 0
    cutoff = timezone.now() - PACK_KEPT
    _folders, names = default_storage.listdir(PACK_FOLDER)
    deleted = 0
    for name in names:
        path = f"{PACK_FOLDER}/{name}"
        if default_storage.get_modified_time(path) < cutoff:
            default_storage.delete(path)
            deleted += 1
    return deleted


def audit_pack_build(*, user_id: int, filters: dict, language: str) -> dict:
    """Build the pack for this officer and these filters, in their language, log the export
    and store the file. Returns where it is, or `too_large` (and the limit) when the filter
    covers more certificates than a pack may hold."""
    audit_packs_expired_delete()
    user = get_user_model().objects.get(pk=user_id)
    chosen = Filters(**filters)
    today = today_local()
    with translation.override(language), tempfile.TemporaryFile() as file:
        try:
            counts = audit_pack_write(
                file=file,
                assignments=export_assignments(filters=chosen),
                filters=chosen,
                today=today,
                user=user,
            )
        except AuditPackTooLarge as too_large:
            return {"too_large": too_large.count, "limit": too_large.limit}
        file.seek(0)
        name = default_storage.save(f"{PACK_FOLDER}/{secrets.token_hex(16)}.zip", File(file))
    export_log_add(user=user, kind=Kind.AUDIT_PACK, filters=chosen, rows=counts.rows)
    return {"name": name, "filename": f"audit-pack-{today:%Y-%m-%d}.zip", "user_id": user_id}
