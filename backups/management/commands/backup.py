from django.core.management.base import BaseCommand

from backups.databases import format_counts
from backups.operations import create_backup


class Command(BaseCommand):
    help = (
        "Write one archive (.tar) with a consistent dump of the database (SQLite or PostgreSQL), "
        "every file under MEDIA_ROOT and a manifest with checksums. Default: var/backups/daklakso-<time>.tar."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", "-o", metavar="PATH", help="archive file to write, or a folder to write it in"
        )

    def handle(self, *args, **options):
        path, manifest = create_backup(options["output"], warn=self.stderr.write)
        size_mb = path.stat().st_size / 1024 / 1024
        self.stdout.write(
            f"Database ({manifest['database']['engine']}): {format_counts(manifest['counts'])}."
        )
        self.stdout.write(f"Media: {manifest['media']['files']} files, {manifest['media']['bytes']} bytes.")
        self.stdout.write(self.style.SUCCESS(f"Backup written: {path} ({size_mb:.1f} MB)"))
