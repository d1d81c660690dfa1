from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.services import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Write the whole database (every app's rows, as Django serialises them) and every media "
        "file into one .tar.gz with a manifest of SHA-256 hashes. Restore it with `restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="Where to write, e.g. backup.tar.gz")

    def handle(self, *args, archive: Path, **options):
        if archive.exists():
            raise CommandError(f"{archive} exists; choose a new name.")
        if not archive.parent.is_dir():
            raise CommandError(f"No such folder: {archive.parent}")
        try:
            manifest = backup_create(path=archive, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["counts"]["rows"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {archive}: {rows} row(s), "
                f"{manifest['counts']['media_files']} media file(s)."
            )
        )
