"""The archive: a plain tar holding the database dump, the media files and a manifest.

    database.sqlite3.gz   SQLite: the online backup API's copy, gzipped
    database.pgdump       PostgreSQL: pg_dump's custom format (compressed), one snapshot
    media/<path>          every file under MEDIA_ROOT, image renditions included
    manifest.json         written last, so a truncated archive has none

Plain tar, not .tar.gz: the dump is compressed already, and media files are mostly JPEG, MP4
and M4A, which do not compress.
"""

import datetime
import hashlib
import io
import json
import os
import tarfile
from pathlib import Path, PurePosixPath

from django.core.management.base import CommandError

FORMAT = "daklakso-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
CHUNK = 1024 * 1024


class BackupError(CommandError):
    """A backup or restore that cannot go on; the message says why and what to do."""


# --- Writing -----------------------------------------------------------------------------


class HashingReader:
    """A file object that hashes what tarfile reads from it: each media file is read once."""

    def __init__(self, raw):
        self.raw = raw
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.raw.read(size)
        self.sha256.update(data)
        return data


def add_member(tar, name, path=None, data=None):
    """Add a file (path) or bytes (data) under name; returns its manifest entry."""
    info = tarfile.TarInfo(name)
    info.mode = 0o644
    if data is not None:
        info.size, info.mtime = len(data), int(datetime.datetime.now().timestamp())
        tar.addfile(info, io.BytesIO(data))
        return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    stat = path.stat()
    info.size, info.mtime = stat.st_size, int(stat.st_mtime)
    with open(path, "rb") as raw:
        reader = HashingReader(raw)
        tar.addfile(info, reader)
    return {"sha256": reader.sha256.hexdigest(), "size": info.size}


def media_files(media_root):
    """(archive name, path) of every file under MEDIA_ROOT, in a stable order."""
    if not media_root.is_dir():
        return []
    found = []
    for folder, subfolders, files in os.walk(media_root):
        subfolders.sort()
        for file_name in sorted(files):
            path = Path(folder, file_name)
            found.append((MEDIA_PREFIX + path.relative_to(media_root).as_posix(), path))
    return found


def write_archive_atomically(path, dump, dump_member, media_root, manifest, warn):
    """A temporary file in the same folder, renamed over the target once complete and synced:
    a crash or a full disk never leaves a half-written archive under the real name."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    # Owner-only: the dump holds password hashes and editors' e-mail addresses.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
                members = {dump_member: add_member(tar, dump_member, path=dump)}
                for name, file_path in media_files(media_root):
                    try:
                        members[name] = add_member(tar, name, path=file_path)
                    except FileNotFoundError:
                        warn(f"skipped {name}: deleted while the backup ran")
                manifest["media"] = {
                    "files": len(members) - 1,
                    "bytes": sum(entry["size"] for entry in members.values()) - members[dump_member]["size"],
                }
                manifest["members"] = members
                add_member(tar, MANIFEST, data=json.dumps(manifest, indent=2).encode())
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


# --- Reading and checking ----------------------------------------------------------------


def safe_member_name(member):
    """The member's name, refused unless it is a plain file where this format puts files."""
    name = member.name
    parts = PurePosixPath(name).parts
    if not member.isfile() or name.startswith("/") or ".." in parts or "\\" in name:
        raise BackupError(f"The archive holds an unexpected entry {name!r}: not a backup made by this site.")
    if name != MANIFEST and not name.startswith("database.") and not name.startswith(MEDIA_PREFIX):
        raise BackupError(f"The archive holds an unexpected file {name!r}: not a backup made by this site.")
    return name


def unpack(archive, staging):
    """Every member into staging, hashing as it goes; returns {name: sha256}."""
    hashes = {}
    try:
        with tarfile.open(archive, "r:") as tar:
            for member in tar:
                name = safe_member_name(member)
                if name in hashes:
                    raise BackupError(f"The archive holds {name!r} twice: not a backup made by this site.")
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with tar.extractfile(member) as source, open(target, "wb") as copy:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        copy.write(chunk)
                hashes[name] = digest.hexdigest()
    except (tarfile.TarError, EOFError) as error:
        raise BackupError(f"{archive} is damaged or incomplete ({error}).") from error
    return hashes


def check_members(manifest_path, hashes):
    """The manifest, and every member against it: nothing missing, extra or altered."""
    if MANIFEST not in hashes:
        raise BackupError("The archive has no manifest: it is incomplete (cut short?) or not a backup.")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        listed = manifest["members"]
        if manifest["format"] != FORMAT:
            raise ValueError(f"format {manifest['format']!r}")
        if manifest["database"]["member"] not in listed:
            raise ValueError("no database dump listed")
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"The archive's manifest is unreadable ({error}).") from error
    if manifest["format_version"] > FORMAT_VERSION:
        raise BackupError(
            f"The archive uses format version {manifest['format_version']}; this site reads up to "
            f"{FORMAT_VERSION}. Restore it with the site version that made it ({manifest['site_version']})."
        )
    found = {name: digest for name, digest in hashes.items() if name != MANIFEST}
    problems = [f"missing: {name}" for name in sorted(set(listed) - set(found))]
    problems += [f"not in the manifest: {name}" for name in sorted(set(found) - set(listed))]
    problems += [
        f"checksum differs (altered or damaged): {name}"
        for name in sorted(set(found) & set(listed))
        if found[name] != listed[name]["sha256"]
    ]
    if problems:
        shown = "\n  ".join(problems[:10]) + (
            f"\n  … and {len(problems) - 10} more" if len(problems) > 10 else ""
        )
        raise BackupError(f"The archive does not match its manifest:\n  {shown}")
    return manifest
