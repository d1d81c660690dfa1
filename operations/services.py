"""Backups that restore: the whole database as Django's serialised rows, every media file read
through default_storage, and a manifest with a SHA-256 of each member, in one .tar.gz.

Rows are copied as they are, primary keys and content types included, so a restore is the same
database again: completion records keep their hash chain, and confidant ciphertext (BinaryField)
is carried byte for byte as opaque base64 without being read or interpreted here. Sessions are
left out: whoever was signed in signs in again, and confidants unlock their keys again."""

import datetime
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from .archive import CHUNK, FORMAT_VERSION, MANIFEST, BackupError, member_add, members_check

EXCLUDED_APPS = {"sessions"}  # sign-ins, not data; confidants' unlocked keys live there too
# The search index is built from the pages and is specific to a database (tsvector columns on
# PostgreSQL, an FTS5 table on SQLite): restore builds it again.
EXCLUDED_MODELS = {"wagtailsearch.indexentry", "wagtailsearch.sqliteftsindexentry"}

Progress = Callable[[str], None]


class LosslessJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder cuts datetimes and times to milliseconds; a restore keeps microseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def _models(using: str) -> list[tuple[str, list[type]]]:
    """Every concrete model, grouped by app, in the order dumpdata would write them."""
    grouped = []
    for app_config in apps.get_app_configs():
        if app_config.label in EXCLUDED_APPS:
            continue
        models = [
            model
            for model in app_config.get_models()
            if not model._meta.proxy
            and model._meta.managed
            and router.allow_migrate_model(using, model)
            and model._meta.label_lower not in EXCLUDED_MODELS
        ]
        if models:
            grouped.append((app_config.label, models))
    return grouped


def _media_names(directory: str = "") -> list[str]:
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:  # a local media folder nothing was ever uploaded to
        return []
    names = [str(PurePosixPath(directory, name)) if directory else name for name in files]
    for sub in directories:
        names.extend(_media_names(str(PurePosixPath(directory, sub)) if directory else sub))
    return sorted(names)


def _code_migrations() -> set[tuple[str, str]]:
    return set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)


class _Counted:
    def __init__(self, rows):
        self.rows, self.count = rows, 0

    def __iter__(self):
        for row in self.rows:
            self.count += 1
            yield row


def _snapshot(connection) -> None:
    """On PostgreSQL every table is read as of one moment (SQLite's transaction is one already)."""
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


def _rows_add(*, tar: tarfile.TarFile, using: str, progress: Progress) -> tuple[dict, dict]:
    members, counts = {}, {}
    for label, models in _models(using):
        counts[label] = 0
        for model in models:
            name = f"data/{label}/{model._meta.model_name}.json"
            rows = model._base_manager.using(using).order_by(model._meta.pk.name)
            counted = _Counted(rows.iterator(chunk_size=2000))
            with tempfile.TemporaryFile() as data:
                stream = io.TextIOWrapper(data, encoding="utf-8")
                serializers.serialize("json", counted, stream=stream, cls=LosslessJSONEncoder)
                stream.flush()
                size = data.tell()
                data.seek(0)
                if counted.count:  # loaddata warns about empty files
                    members[name] = member_add(tar, name, data, size)
                stream.detach()
            counts[label] += counted.count
        progress(f"data: {label}: {counts[label]} row(s)")
    return members, counts


def _media_add(*, tar: tarfile.TarFile, progress: Progress) -> dict:
    members, names = {}, _media_names()
    for number, name in enumerate(names, start=1):
        with default_storage.open(name, "rb") as file:
            members[f"media/{name}"] = member_add(tar, f"media/{name}", file, file.size)
        if number % 100 == 0 or number == len(names):
            progress(f"media: {number}/{len(names)} file(s)")
    return members


def backup_create(*, path: Path, progress: Progress = print, using: str = DEFAULT_DB_ALIAS):
    """Write the archive at `path` (written beside it and renamed, so never left half-written).
    Rows are read in one transaction, so they agree with each other; media files are read after."""
    connection = connections[using]
    partial = path.with_name(path.name + ".partial")
    # Readable by its owner only: it holds every account's password hash and e-mail address.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with (
            os.fdopen(descriptor, "wb") as archive,
            tarfile.open(fileobj=archive, mode="w:gz") as tar,
            transaction.atomic(using=using),
        ):
            _snapshot(connection)
            members, counts = _rows_add(tar=tar, using=using, progress=progress)
            media = _media_add(tar=tar, progress=progress)
            applied = MigrationRecorder(connection).applied_migrations()
            manifest = {
                "version": FORMAT_VERSION,
                "created_at": timezone.now().isoformat(),
                "database_vendor": connection.vendor,
                "counts": {"rows": counts, "media_files": len(media)},
                "migrations": sorted(f"{app}.{name}" for app, name in applied),
                "members": {**members, **media},
            }
            body = json.dumps(manifest, indent=2, sort_keys=True).encode()
            member_add(tar, MANIFEST, io.BytesIO(body), len(body))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return manifest


def backup_check(*, path: Path, progress: Progress = print) -> dict:
    """Every member is listed in the manifest with its hash, and nothing else is in the archive.
    Returns the manifest; raises BackupError before anything is written."""
    try:
        with tarfile.open(path, "r:gz") as tar:
            manifest, seen = members_check(tar)
    except (OSError, EOFError, tarfile.TarError) as error:
        raise BackupError(f"Cannot read {path}: {error}") from error
    progress(f"checked: {len(seen)} member(s) match the manifest")
    code, backup = _code_migrations(), {tuple(m.split(".", 1)) for m in manifest["migrations"]}
    if newer := sorted(backup - code):
        raise BackupError(
            "The backup was made by a newer release (migrations unknown here: "
            f"{', '.join('.'.join(m) for m in newer[:3])}); restore it with that release."
        )
    if older := sorted(code - backup):
        raise BackupError(
            "The backup was made before these migrations: "
            f"{', '.join('.'.join(m) for m in older[:3])}; restore it with the release that made "
            "it, then upgrade."
        )
    return manifest


def database_is_empty(*, using: str = DEFAULT_DB_ALIAS) -> bool:
    """A freshly created or only migrated database: no accounts. Migrations create Wagtail's
    root page, site, locale and collection and the roles' groups, but never a user."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    if user_model._meta.db_table not in connections[using].introspection.table_names():
        return True
    return not user_model._base_manager.using(using).exists()


def backup_restore(
    *, path: Path, replace: bool = False, progress: Progress = print, using: str = DEFAULT_DB_ALIAS
) -> dict:
    """Replace the database and add the media files with the archive's. Refuses a database that
    holds accounts unless `replace`, and a damaged or foreign archive before writing anything."""
    if not replace and not database_is_empty(using=using):
        raise BackupError("The database is not empty; restore with --replace to overwrite it.")
    manifest = backup_check(path=path, progress=progress)
    call_command("migrate", database=using, interactive=False, verbosity=0)
    progress("migrated")
    with tempfile.TemporaryDirectory() as work, tarfile.open(path, "r:gz") as tar:
        fixtures, loaded, written = [], False, 0
        media_count = manifest["counts"]["media_files"]
        for member in tar:  # data members come first, then media: one pass through the gzip
            if member.name.startswith("data/"):
                label, model = PurePosixPath(member.name).parts[1:3]
                target = Path(work, f"{label}-{model}")
                with tar.extractfile(member) as stream, target.open("wb") as out:
                    shutil.copyfileobj(stream, out, CHUNK)
                fixtures.append(str(target))
            elif member.name.startswith("media/"):
                if not loaded:
                    _database_load(
                        fixtures=fixtures, manifest=manifest, progress=progress, using=using
                    )
                    loaded = True
                _media_write(tar=tar, member=member)
                written += 1
                if written % 100 == 0 or written == media_count:
                    progress(f"media: {written}/{media_count} file(s)")
        if not loaded:
            _database_load(fixtures=fixtures, manifest=manifest, progress=progress, using=using)
    return manifest


def _database_load(*, fixtures: list[str], manifest: dict, progress: Progress, using: str):
    """Migrations made Wagtail's root page, site, locale and collection, the roles' groups and
    the content types: all of it is emptied and replaced by the backup's rows, keys and all, in
    one transaction. Sequences then continue after the highest restored key (PostgreSQL)."""
    connection = connections[using]
    with transaction.atomic(using=using):
        call_command(
            "flush", database=using, interactive=False, inhibit_post_migrate=True, verbosity=0
        )
        # Content types first, with the cache emptied: a handler that looks one up while other
        # rows load must find the backup's row, not make a new one or use the old ids.
        ContentType.objects.clear_cache()
        fixtures.sort(key=lambda fixture: not Path(fixture).name.startswith("contenttypes-"))
        call_command("loaddata", *fixtures, database=using, verbosity=0)
        ContentType.objects.clear_cache()
        models = [model for _label, group in _models(using) for model in group]
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
    for label, count in manifest["counts"]["rows"].items():
        progress(f"data: {label}: {count} row(s)")
    call_command("update_index", stdout=io.StringIO(), verbosity=0)  # the default database
    progress("search index rebuilt")


def _media_write(*, tar: tarfile.TarFile, member: tarfile.TarInfo) -> None:
    name = member.name.removeprefix("media/")
    if default_storage.exists(name):
        default_storage.delete(name)
    with tar.extractfile(member) as stream:
        stored = default_storage.save(name, File(stream, name=name))
    if stored != name:
        raise BackupError(f"Media file {name} was stored as {stored}.")
