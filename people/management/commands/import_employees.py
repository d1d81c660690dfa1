from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from people.employee_import import (
    ACTIONS,
    ERROR,
    ImportFileError,
    ImportReport,
    employees_check,
    employees_read,
)
from people.services import employees_import


class Command(BaseCommand):
    help = (
        "Import employees from an HR CSV file (UTF-8, comma or semicolon). Without --commit "
        "it only reports what would happen, line by line."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--commit", action="store_true", help="Write the changes.")
        parser.add_argument(
            "--valid-only",
            action="store_true",
            help="Import the valid rows even when other rows have errors.",
        )

    def handle(self, *args, file: Path, commit: bool, valid_only: bool, verbosity: int, **options):
        try:
            rows = employees_read(file.read_bytes())
        except OSError as error:
            raise CommandError(str(error)) from None
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        if commit:
            report = employees_import(rows=rows, valid_only=valid_only, actor=None)
        else:
            report = ImportReport(results=employees_check(rows))
        for result in report.results:
            if result.action == ERROR:
                for reason in result.errors:
                    self.stdout.write(
                        _("line %(line)s: %(reason)s") % {"line": result.line, "reason": reason}
                    )
            elif verbosity > 1:
                self.stdout.write(
                    f"line {result.line}: {result.action} {result.employee_number} {result.email}"
                )
        counts = report.counts
        self.stdout.write(", ".join(f"{action}: {counts[action]}" for action in ACTIONS))
        if report.imported:
            self.stdout.write(self.style.SUCCESS(_("Imported.")))
        elif counts[ERROR]:
            raise CommandError(
                _("%(count)s rows have errors: nothing was imported.") % {"count": counts[ERROR]}
            )
        else:
            self.stdout.write(_("Dry run: nothing was written. Add --commit to import."))
