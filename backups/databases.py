"""The two database engines: a consistent dump, a check of the dump, and a restore of it.

SQLite (the embedded default) through its online backup API; PostgreSQL (production) through
pg_dump and pg_restore of the server's major version.
"""

import gzip
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from contextlib import closing, suppress
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, connections, transaction

from .archive import CHUNK, BackupError

# What the manifest counts, and restore checks afterwards: model label per name.
COUNTED_MODELS = {
    "pages": "wagtailcore.Page",
    "revisions": "wagtailcore.Revision",
    "locales": "wagtailcore.Locale",
    "translation_sources": "wagtail_localize.TranslationSource",
    "translations": "wagtail_localize.Translation",
    "images": "wagtailimages.Image",
    "renditions": "wagtailimages.Rendition",
    "documents": "wagtaildocs.Document",
    "media": "wagtailmedia.Media",
    "users": settings.AUTH_USER_MODEL,
}
# A fresh install (migrate only) has Wagtail's root page and the home page, nothing else.
FRESH_INSTALL_PAGES = 2
CONTENT_COUNTS = ("revisions", "images", "documents", "media")


def read_facts(cursor):
    """Row counts and applied migrations, read through any DB-API cursor (one snapshot)."""
    counts = {}
    for name, label in COUNTED_MODELS.items():
        cursor.execute(f'SELECT COUNT(*) FROM "{apps.get_model(label)._meta.db_table}"')
        counts[name] = cursor.fetchone()[0]
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    return {"counts": counts, "migrations": [list(row) for row in cursor.fetchall()]}


def format_counts(counts):
    return ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in counts.items())


# --- SQLite -------------------------------------------------------------------------------


class SqliteDatabase:
    engine = "sqlite"
    dump_member = "database.sqlite3.gz"

    def __init__(self, settings_dict):
        self.path = Path(settings_dict["NAME"])
        if str(self.path) == ":memory:" or "mode=memory" in str(self.path):
            raise BackupError("The configured SQLite database is in memory: there is nothing to back up.")

    def describe(self):
        return {"engine": self.engine, "server_version": sqlite3.sqlite_version}

    def dump(self, workdir):
        """The online backup API copies the database in one step: a consistent snapshot even
        while the site writes to it. Returns (dump file, facts read from the copy)."""
        copy = workdir / "database.sqlite3"
        if not self.path.is_file():
            raise BackupError(f"The SQLite database {self.path} does not exist.")
        source_uri = f"{self.path.resolve().as_uri()}?mode=ro"
        with (
            closing(sqlite3.connect(source_uri, uri=True)) as source,
            closing(sqlite3.connect(copy)) as target,
        ):
            source.backup(target)
            facts = read_facts(target.cursor())
        dump = workdir / self.dump_member
        with open(copy, "rb") as raw, gzip.open(dump, "wb", compresslevel=6) as packed:
            shutil.copyfileobj(raw, packed, CHUNK)
        copy.unlink()
        return dump, facts

    def check_tools(self, manifest):
        """Nothing to check: Python's sqlite3 module reads any SQLite 3 file."""

    def prepare(self, dump, workdir):
        """The unpacked database file, checked page by page (PRAGMA quick_check)."""
        restored = workdir / "restored.sqlite3"
        try:
            with gzip.open(dump, "rb") as packed, open(restored, "wb") as raw:
                shutil.copyfileobj(packed, raw, CHUNK)
            with closing(sqlite3.connect(restored)) as database:
                result = database.execute("PRAGMA quick_check").fetchone()[0]
                facts = read_facts(database.cursor())
        except (OSError, EOFError, sqlite3.DatabaseError) as error:
            raise BackupError(f"The database dump in the archive is unreadable: {error}") from error
        if result != "ok":
            raise BackupError(f"The database dump in the archive is damaged: {result}")
        return restored, facts

    def restore(self, prepared):
        """Copied with the backup API too: the target is replaced in one transaction and an
        open -wal file is taken into account (a file rename would not)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connections.close_all()
        with closing(sqlite3.connect(prepared)) as source, closing(sqlite3.connect(self.path)) as target:
            source.backup(target)


# --- PostgreSQL ---------------------------------------------------------------------------


class PostgresDatabase:
    engine = "postgresql"
    dump_member = "database.pgdump"

    def __init__(self, settings_dict):
        self.settings = settings_dict

    @property
    def server_major(self):
        connection.ensure_connection()
        return connection.pg_version // 10000

    def describe(self):
        pg_dump = find_pg_tool("pg_dump", self.server_major)
        return {
            "engine": self.engine,
            "server_version": connection.pg_version,
            "dump_tool": tool_version(pg_dump),
        }

    def environment(self):
        """libpq's variables, so that the password never shows on a command line."""
        environment = dict(os.environ)
        options = self.settings.get("OPTIONS", {})
        for variable, value in {
            "PGHOST": self.settings.get("HOST"),
            "PGPORT": self.settings.get("PORT"),
            "PGUSER": self.settings.get("USER"),
            "PGPASSWORD": self.settings.get("PASSWORD"),
            "PGDATABASE": self.settings.get("NAME"),
            "PGSSLMODE": options.get("sslmode"),
        }.items():
            if value:
                environment[variable] = str(value)
        return environment

    def run(self, *command):
        finished = subprocess.run(command, env=self.environment(), capture_output=True, text=True)
        if finished.returncode:
            raise BackupError(f"{Path(command[0]).name} failed:\n{finished.stderr.strip()}")
        return finished.stdout

    def dump(self, workdir):
        """pg_dump in the snapshot this transaction exports, so the manifest's counts are
        exactly those of the dump even while editors keep publishing."""
        pg_dump = find_pg_tool("pg_dump", self.server_major)
        dump = workdir / self.dump_member
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            facts = read_facts(cursor)
            self.run(pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={dump}")
        return dump, facts

    def check_tools(self, manifest):
        """pg_restore must be at least as new as the pg_dump that wrote the archive."""
        made_by = tool_major(manifest["database"].get("dump_tool", ""))
        pg_restore = find_pg_tool("pg_restore", self.server_major)
        here = tool_major(tool_version(pg_restore))
        if made_by and here < made_by:
            raise BackupError(
                f"The archive was written by pg_dump {made_by}; {pg_restore} is version {here} and "
                f"cannot read it. Install PostgreSQL {made_by}'s client tools (or set PG_BINDIR)."
            )

    def prepare(self, dump, workdir):
        """pg_restore --list reads the whole table of contents: a damaged dump stops here."""
        self.run(find_pg_tool("pg_restore", self.server_major), "--list", str(dump))
        return dump, None

    def restore(self, prepared):
        """pg_restore's SQL, piped into psql inside one transaction that first drops every table
        of the schema: tables made by newer migrations of this code go too (the archive's
        django_migrations does not know them, so `migrate` must create them again). COMMIT is
        sent only once pg_restore has finished cleanly; any error rolls everything back.
        Owners and grants are left out, so the dump restores under the new server's role."""
        pg_restore, psql = (find_pg_tool(name, self.server_major) for name in ("pg_restore", "psql"))
        connections.close_all()
        with tempfile.TemporaryFile() as psql_errors, tempfile.TemporaryFile() as restore_errors:
            loader = subprocess.Popen(
                [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=psql_errors,
                env=self.environment(),
            )
            loader.stdin.write(DROP_EVERY_TABLE.encode())
            loader.stdin.flush()
            writer = subprocess.run(
                [
                    pg_restore,
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--file=-",
                    str(prepared),
                ],
                stdout=loader.stdin,
                stderr=restore_errors,
            )
            with suppress(BrokenPipeError):  # psql stopped at an error: it says which below
                if writer.returncode == 0:
                    loader.stdin.write(b"COMMIT;\n")
                loader.stdin.close()
            loader.wait()
            for failed, errors, tool in ((loader, psql_errors, psql), (writer, restore_errors, pg_restore)):
                if failed.returncode:
                    errors.seek(0)
                    message = errors.read().decode(errors="replace").strip()
                    raise BackupError(f"{Path(tool).name} failed, nothing was changed:\n{message}")


# Sent to psql before the dump's SQL, in the same transaction.
DROP_EVERY_TABLE = """
SET client_min_messages = warning;
BEGIN;
DO $$
DECLARE name text;
BEGIN
    FOR name IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', name);
    END LOOP;
END $$;
"""


def tool_version(tool):
    return subprocess.run([tool, "--version"], capture_output=True, text=True).stdout.strip()


def tool_major(version_text):
    found = re.search(r"\(PostgreSQL\) (\d+)", version_text)
    return int(found.group(1)) if found else 0


def find_pg_tool(name, server_major):
    """A client tool (pg_dump, pg_restore, psql) of the server's major version, looked for as
    scripts/postgres-common.sh looks for the server: PG_BINDIR, then Debian's
    /usr/lib/postgresql/<major>/bin, then PATH. A newer major is accepted; an older one is not
    (pg_dump refuses a server newer than itself)."""
    candidates = [
        Path(os.environ["PG_BINDIR"], name) if os.environ.get("PG_BINDIR") else None,
        Path(f"/usr/lib/postgresql/{server_major}/bin/{name}"),
        shutil.which(name),
    ]
    seen = []
    for candidate in filter(None, candidates):
        if not os.access(candidate, os.X_OK):
            continue
        major = tool_major(tool_version(candidate))
        if major >= server_major:
            return str(candidate)
        seen.append(f"{candidate} (version {major})")
    raise BackupError(
        f"No {name} for PostgreSQL {server_major} found{': only ' + ', '.join(seen) if seen else ''}. "
        f"Install the client tools (Debian: apt-get install postgresql-client-{server_major}) "
        "or set PG_BINDIR to the folder holding them."
    )


def configured_database():
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        return SqliteDatabase(settings_dict)
    if connection.vendor == "postgresql":
        return PostgresDatabase(settings_dict)
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
