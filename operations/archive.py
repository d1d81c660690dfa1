"""The archive's format: members added with their SHA-256, and checked against the manifest
before a restore reads anything from them."""

import hashlib
import io
import json
import tarfile
from pathlib import PurePosixPath

from django.utils import timezone

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why and what to do."""


class _Hashing(io.RawIOBase):
    """Reads through to a file while hashing what tarfile copies."""

    def __init__(self, stream):
        self.stream, self.sha256 = stream, hashlib.sha256()

    def read(self, size=-1):
        data = self.stream.read(size)
        self.sha256.update(data)
        return data


def member_add(tar: tarfile.TarFile, name: str, stream, size: int) -> str:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, int(timezone.now().timestamp()), 0o600
    hashing = _Hashing(stream)
    tar.addfile(info, hashing)
    return hashing.sha256.hexdigest()


def manifest_read(tar: tarfile.TarFile) -> dict:
    try:
        manifest = json.loads(tar.extractfile(MANIFEST).read())
    except (KeyError, AttributeError, ValueError) as error:
        raise BackupError(
            f"No readable {MANIFEST} in the archive: not a backup of this site."
        ) from error
    keys = {"version", "created_at", "counts", "migrations", "members"}
    if not isinstance(manifest, dict) or not keys <= manifest.keys():
        raise BackupError(f"{MANIFEST} lacks what a backup of this site records.")
    if manifest["version"] != FORMAT_VERSION:
        raise BackupError(f"Not a backup of format {FORMAT_VERSION}, the one this release reads.")
    return manifest


def members_check(tar: tarfile.TarFile) -> tuple[dict, set[str]]:
    manifest = manifest_read(tar)
    expected, seen = manifest["members"], set()
    for member in tar:
        if member.name == MANIFEST:
            continue
        if member.name not in expected or not member.isfile():
            raise BackupError(f"{member.name} is in the archive but not in its manifest.")
        _member_name_check(member.name)
        digest = hashlib.sha256()
        with tar.extractfile(member) as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != expected[member.name]:
            raise BackupError(f"{member.name} does not match its hash in the manifest.")
        seen.add(member.name)
    if missing := sorted(set(expected) - seen):
        raise BackupError(f"Missing from the archive: {', '.join(missing[:5])}.")
    return manifest, seen


def _member_name_check(name: str) -> None:
    parts = PurePosixPath(name).parts
    data = parts[:1] == ("data",) and len(parts) == 3
    media = parts[:1] == ("media",) and len(parts) > 1
    if name.startswith("/") or ".." in parts or not (data or media):
        raise BackupError(f"Unsafe name in the archive: {name}")
