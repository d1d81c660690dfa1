"""What a SCORM upload is, checked before anything is stored.

Packages come from third parties and may be hostile: a zip can lie about sizes, hold millions of
entries, point outside its folder or carry XML entity bombs. Every check here runs on the zip's
directory and the manifest alone, so a rejected upload costs no disk space and no database row.
`extract_package` then writes through the storage API (local disk or S3) and counts real bytes.
"""

import contextlib
import hashlib
import posixpath
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files import File
from django.utils.translation import gettext as _

from .manifest import PackageError, manifest_parse

MANIFEST = "imsmanifest.xml"
# Small members cannot make a bomb on their own (the total limits them), and tiny text files
# compress far better than large ones, so the per-member ratio applies from this size on.
RATIO_MIN_BYTES = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass
class PackageInfo:
    version: str
    edition: str
    title: str
    launch: str
    mastery_score: Decimal | None
    manifest: str
    members: list[str] = field(default_factory=list)
    file_count: int = 0
    size_bytes: int = 0
    sha256: str = ""


def inspect_package(fileobj) -> PackageInfo:
    """Validate an uploaded zip without extracting it and describe what it holds."""
    upload_size = _size(fileobj)
    if upload_size > settings.SCORM_MAX_UPLOAD_BYTES:
        raise PackageError(
            "too_large",
            _("The upload is %(size)s bytes; at most %(limit)s bytes are accepted.")
            % {"size": upload_size, "limit": settings.SCORM_MAX_UPLOAD_BYTES},
        )
    with _open_zip(fileobj) as archive:
        infos = archive.infolist()
        _members_check(infos, upload_size)
        files = {info.filename: info for info in infos if not info.is_dir()}
        if MANIFEST not in files:
            raise PackageError(
                "no_manifest",
                _(
                    "There is no imsmanifest.xml at the top level of the zip, so this is not a "
                    "SCORM package (or it was zipped with an extra folder around it)."
                ),
            )
        data = _member_read(archive, files[MANIFEST])
    manifest = manifest_parse(data)
    path = urlsplit(manifest["launch"]).path
    if path not in files and unquote(path) not in files:
        raise PackageError(
            "launch_missing",
            _("The launch file '%(path)s' named in the manifest is not in the package.")
            % {"path": path},
        )
    return PackageInfo(
        **manifest,
        manifest=data.decode("utf-8-sig", errors="replace"),
        members=sorted(files),
        file_count=len(files),
        size_bytes=sum(info.file_size for info in files.values()),
        sha256=_sha256(fileobj),
    )


def extract_package(fileobj, info: PackageInfo, *, storage, prefix: str) -> list[str]:
    """Write every file of an inspected package under `prefix`, with exactly its own name.
    Real bytes are counted, so a header that lies about sizes cannot fill the disk; on any
    failure everything written so far is deleted again and the error is raised."""
    written: list[str] = []
    budget = [min(info.size_bytes, settings.SCORM_MAX_UNCOMPRESSED_BYTES)]
    try:
        with _open_zip(fileobj) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            if sorted(i.filename for i in infos) != info.members:
                raise PackageError("changed", _("The upload changed after it was checked."))
            for member in infos:
                name = prefix + member.filename
                if storage.exists(name):  # a leftover of an earlier failed run
                    storage.delete(name)
                written.append(name)
                with archive.open(member) as raw:
                    saved = storage.save(name, File(_CountingReader(raw, member, budget)))
                if saved != name:
                    written[-1] = saved
                    raise PackageError(
                        "storage_name",
                        _("The storage renamed '%(name)s'; the package cannot be hosted.")
                        % {"name": member.filename},
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        _delete(storage, written)
        raise PackageError(
            "corrupt", _("The zip is damaged and cannot be unpacked: %(error)s") % {"error": error}
        ) from error
    except BaseException:
        _delete(storage, written)
        raise
    return written


class _CountingReader:
    """A member's stream that refuses to yield more than its header declared."""

    def __init__(self, raw, member: zipfile.ZipInfo, budget: list[int]):
        self.raw, self.member, self.budget, self.count = raw, member, budget, 0
        self.size = member.file_size
        self.name = member.filename

    closed = property(lambda self: self.raw.closed)  # for storages that check (S3)

    def seekable(self) -> bool:  # a zip member streams once, forward only
        return False

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        self.budget[0] -= len(data)
        if self.count > self.member.file_size:
            raise PackageError(
                "size_mismatch",
                _("The file '%(name)s' is larger than the zip says it is.") % {"name": self.name},
            )
        if self.budget[0] < 0:
            raise PackageError(
                "uncompressed_too_large",
                _("Unpacked, the package is larger than the %(limit)s bytes allowed.")
                % {"limit": settings.SCORM_MAX_UNCOMPRESSED_BYTES},
            )
        return data


def _size(fileobj) -> int:
    fileobj.seek(0, 2)
    size = fileobj.tell()
    fileobj.seek(0)
    return size


def _open_zip(fileobj) -> zipfile.ZipFile:
    fileobj.seek(0)
    try:
        # Count the entries from the end record before zipfile reads the whole directory into
        # memory: a small zip can declare millions of them.
        end = zipfile._EndRecData(fileobj)
        if end is not None and end[zipfile._ECD_ENTRIES_TOTAL] > settings.SCORM_MAX_FILES:
            raise _too_many(end[zipfile._ECD_ENTRIES_TOTAL])
        fileobj.seek(0)
        return zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as error:
        if isinstance(error, PackageError):
            raise
        raise PackageError("not_zip", _("The upload is not a zip file.")) from error


def _too_many(count: int) -> PackageError:
    return PackageError(
        "too_many_files",
        _("The zip holds %(count)s entries; at most %(limit)s are accepted.")
        % {"count": count, "limit": settings.SCORM_MAX_FILES},
    )


def _members_check(infos: list[zipfile.ZipInfo], upload_size: int) -> None:
    if len(infos) > settings.SCORM_MAX_FILES:
        raise _too_many(len(infos))
    limit, ratio, seen = (
        settings.SCORM_MAX_UNCOMPRESSED_BYTES,
        settings.SCORM_MAX_COMPRESSION_RATIO,
        set(),
    )
    total = 0
    for info in infos:
        name = info.filename
        parts = name.split("/")
        if "\\" in name or name.startswith("/") or _DRIVE.match(name) or ".." in parts:
            raise PackageError(
                "zip_slip",
                _("The zip entry '%(name)s' points outside the package folder.") % {"name": name},
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError(
                "symlink",
                _("The zip entry '%(name)s' is a symbolic link; links are not accepted.")
                % {"name": name},
            )
        if info.flag_bits & 0x1:
            raise PackageError(
                "encrypted",
                _("The zip entry '%(name)s' is encrypted; upload the package without a password.")
                % {"name": name},
            )
        if name.lower() in seen:
            raise PackageError(
                "duplicate", _("The zip holds '%(name)s' more than once.") % {"name": name}
            )
        seen.add(name.lower())
        total += info.file_size
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > ratio * max(
            info.compress_size, 1
        ):
            raise _bomb(name)
    if total > limit:
        raise PackageError(
            "uncompressed_too_large",
            _("Unpacked, the package would take %(size)s bytes; at most %(limit)s are allowed.")
            % {"size": total, "limit": limit},
        )
    if total > ratio * max(upload_size, 1):
        raise _bomb("")


def _bomb(name: str) -> PackageError:
    limit = settings.SCORM_MAX_COMPRESSION_RATIO
    if name:
        message = _(
            "The zip entry '%(name)s' unpacks to more than %(limit)s times its compressed size; "
            "this looks like a zip bomb."
        ) % {"name": name, "limit": limit}
    else:
        message = _(
            "The zip unpacks to more than %(limit)s times its own size; this looks like a zip bomb."
        ) % {"limit": limit}
    return PackageError("ratio", message)


def _member_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with archive.open(info) as stream:
            return stream.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise PackageError(
            "corrupt",
            _("The file '%(name)s' in the zip is damaged: %(error)s")
            % {"name": info.filename, "error": error},
        ) from error


def _sha256(fileobj) -> str:
    fileobj.seek(0)
    digest = hashlib.sha256()
    while chunk := fileobj.read(1024 * 1024):
        digest.update(chunk)
    fileobj.seek(0)
    return digest.hexdigest()


def _delete(storage, names: list[str]) -> None:
    """Remove what a failed extraction wrote, and on local disk the folders it made."""
    folders = set()
    for name in names:
        with contextlib.suppress(OSError):
            storage.delete(name)
        folders.update(posixpath.dirname(name[: i + 1]) for i in range(len(name)) if name[i] == "/")
    with contextlib.suppress(NotImplementedError, OSError):
        for folder in sorted(folders, key=len, reverse=True):
            path = Path(storage.path(folder))
            if path.is_dir() and not any(path.iterdir()):
                path.rmdir()
