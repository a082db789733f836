"""`manage.py backup` and `manage.py restore`: what they do, step by step.

Renditions are kept in the archive although Wagtail could regenerate them: their rows are in
the dump and Wagtail trusts a rendition row without looking for its file, so leaving the files
out would mean deleting those rows on restore and a burst of image resizing on the first visits.

`restore` unpacks into a private staging folder and checks everything (checksums, engine,
migrations, the dump itself) before it touches the database or MEDIA_ROOT.
"""

import datetime
import shutil
import tempfile
import tomllib
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

from .archive import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MEDIA_PREFIX,
    BackupError,
    check_members,
    media_files,
    unpack,
    write_archive_atomically,
)
from .databases import CONTENT_COUNTS, FRESH_INSTALL_PAGES, configured_database, format_counts, read_facts


def local_media_root():
    """MEDIA_ROOT, as long as uploads are kept there (not in S3-compatible storage)."""
    if not isinstance(default_storage, FileSystemStorage):
        raise BackupError(
            f"Uploads are kept by {type(default_storage).__name__}, not under MEDIA_ROOT: these commands "
            "cover files on disk only. Back up the bucket with the storage provider's tools."
        )
    return Path(settings.MEDIA_ROOT)


def site_version():
    with open(Path(settings.BASE_DIR, "pyproject.toml"), "rb") as pyproject:
        return tomllib.load(pyproject)["project"]["version"]


def default_archive_path(now):
    return Path(settings.VAR_DIR, "backups", f"daklakso-{now:%Y%m%d-%H%M%S}.tar")


def create_backup(destination=None, warn=print):
    """Write the archive; returns (its path, the manifest)."""
    now = datetime.datetime.now(datetime.UTC)
    path = Path(destination) if destination else default_archive_path(now)
    if path.is_dir():
        path = path / default_archive_path(now).name
    media_root = local_media_root()
    if path.resolve().is_relative_to(media_root.resolve()):
        raise BackupError(
            f"Write the archive outside MEDIA_ROOT ({media_root}): the web server publishes that folder."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    database = configured_database()
    # The dump waits beside the archive, not in /tmp: that may be a small in-memory tmpfs.
    with tempfile.TemporaryDirectory(prefix=".daklakso-backup-", dir=path.parent) as workdir:
        # The dump first, then the media: every file the dump refers to exists already
        # (a file uploaded meanwhile is merely extra).
        dump, facts = database.dump(Path(workdir))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": now.isoformat(timespec="seconds"),
            "site_version": site_version(),
            "database": {**database.describe(), "member": database.dump_member},
            **facts,
        }
        write_archive_atomically(path, dump, database.dump_member, media_root, manifest, warn)
    return path, manifest


# --- Restoring ----------------------------------------------------------------------------


def check_compatible(manifest, database):
    if manifest["database"]["engine"] != database.engine:
        raise BackupError(
            f"The archive holds a {manifest['database']['engine']} database but this site is configured "
            f"for {database.engine} (DATABASE_URL). Restore it into a site using the same engine."
        )
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = [f"{app}.{name}" for app, name in manifest["migrations"] if (app, name) not in known]
    if unknown:
        raise BackupError(
            f"The archive comes from a newer or different version of the site "
            f"({manifest['site_version']}): this code lacks the migrations "
            f"{', '.join(unknown[:8])}{' …' if len(unknown) > 8 else ''}. "
            "Install the version that made the backup, then restore."
        )
    database.check_tools(manifest)


def existing_content(media_root):
    """What a restore would overwrite, described; empty for a fresh install."""
    found = []
    if "wagtailcore_page" in connection.introspection.table_names():
        with connection.cursor() as cursor:
            counts = read_facts(cursor)["counts"]
        if counts["pages"] > FRESH_INSTALL_PAGES or any(counts[name] for name in CONTENT_COUNTS):
            found.append(f"the database has {format_counts(counts)}")
    files = len(media_files(media_root))
    if files:
        found.append(f"{media_root} holds {files} files")
    return found


def staging_folder(media_root):
    """Beside MEDIA_ROOT (same disk: the media move in by renaming), never inside it, where
    the web server would publish the dump; the system's temporary folder if that is read-only."""
    try:
        media_root.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{media_root.name}-restore-", dir=media_root.parent))
    except PermissionError:
        return Path(tempfile.mkdtemp(prefix="daklakso-restore-"))


def replace_media(new_media, media_root, trash):
    """Swap MEDIA_ROOT's content for the archive's; the old files go to trash (deleted later)."""
    media_root.mkdir(parents=True, exist_ok=True)
    trash.mkdir()
    for entry in media_root.iterdir():
        shutil.move(entry, trash / entry.name)
    if new_media.is_dir():
        for entry in new_media.iterdir():
            shutil.move(entry, media_root / entry.name)


def restore_backup(archive, force=False, say=print):
    """Check the archive completely, then replace the database and the media with its content.

    Returns the counts read from the restored database; raises BackupError (nothing changed)
    when the archive or the target is not right, or if the restored counts differ.
    """
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist or is not a file.")
    database = configured_database()
    media_root = local_media_root()
    staging = staging_folder(media_root)
    try:
        say(f"Checking {archive} …")
        manifest = check_members(staging / MANIFEST, unpack(archive, staging))
        check_compatible(manifest, database)
        prepared, dump_facts = database.prepare(staging / manifest["database"]["member"], staging)
        if dump_facts and dump_facts["counts"] != manifest["counts"]:
            raise BackupError(
                "The database dump's counts differ from the manifest's: the archive is inconsistent."
            )
        say(f"Archive OK: made {manifest['created_at']} by site version {manifest['site_version']}.")
        overwritten = existing_content(media_root)
        if overwritten and not force:
            raise BackupError(
                "Refusing to overwrite existing content: "
                + "; ".join(overwritten)
                + ". A restore replaces all of it with the archive's content; run again with --force "
                "if that is what you want."
            )
        say("Restoring the database …")
        database.restore(prepared)
        say("Restoring the media files …")
        replace_media(staging / MEDIA_PREFIX.rstrip("/"), media_root, staging / "replaced")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return finish_restore(manifest, media_root, say)


def clear_caches(say):
    """A page cached before the restore must not be served after it."""
    for alias in settings.CACHES:
        try:
            caches[alias].clear()
        except Exception as error:  # e.g. Redis down: the restore itself is done
            say(f"Could not clear the cache {alias!r} ({error}): clear it by hand (redis-cli FLUSHDB).")


def finish_restore(manifest, media_root, say):
    """Newer migrations of this code, cleared caches, and the counts checked against the manifest."""
    connections.close_all()
    executor = MigrationExecutor(connection)
    newer = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if newer:
        say(f"Applying {len(newer)} migrations of this code that are newer than the archive …")
        call_command("migrate", interactive=False, verbosity=0)
    clear_caches(say)
    with connection.cursor() as cursor:
        counts = read_facts(cursor)["counts"]
    files = len(media_files(media_root))
    say(f"Restored: {format_counts(counts)}; {files} media files.")
    expected = {**manifest["counts"], "media files": manifest["media"]["files"]}
    differing = [
        f"{name}: {want} expected, {got} found"
        for name, got in {**counts, "media files": files}.items()
        if (want := expected.get(name)) != got
    ]
    if differing:
        raise BackupError(
            "The restore ran, but what it restored differs from the archive's manifest ("
            + "; ".join(differing)
            + "). Check the site before opening it."
        )
    if "URLS" in settings.WAGTAILSEARCH_BACKENDS["default"]:
        say("The search engine's index is separate from the database: run `manage.py update_index`.")
    return counts
