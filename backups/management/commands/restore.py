from django.core.management.base import BaseCommand

from backups.operations import restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup`: the database and MEDIA_ROOT are replaced by "
        "its content. The archive is checked completely first; a database or media folder that already "
        "has content is only overwritten with --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar file written by `manage.py backup`")
        parser.add_argument(
            "--force", action="store_true", help="replace a database and media folder that have content"
        )

    def handle(self, *args, **options):
        restore_backup(options["archive"], force=options["force"], say=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Restore complete; the counts match the archive's manifest."))
