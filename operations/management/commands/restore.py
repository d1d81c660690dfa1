from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.services import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup`: check every hash in its manifest, migrate, replace "
        "the database's rows with the backup's and write its media files. Refuses a database "
        "that holds accounts unless --replace is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="A .tar.gz written by `backup`")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Overwrite a database that is not empty (everything in it is lost).",
        )

    def handle(self, *args, archive: Path, replace: bool, **options):
        if not archive.is_file():
            raise CommandError(f"No such file: {archive}")
        try:
            manifest = backup_restore(path=archive, replace=replace, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["counts"]["rows"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {archive} (made {manifest['created_at']}): {rows} row(s), "
                f"{manifest['counts']['media_files']} media file(s)."
            )
        )
