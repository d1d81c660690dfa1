import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus

from compliance.reminders import reminders_send
from compliance.tasks import reminders_send_task


def iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from error


class Command(BaseCommand):
    help = (
        "Daily assignment reminders (due soon, overdue, expiring) and, on Mondays, the manager "
        "digest. Each reminder is sent once. Prints the number of e-mails per kind."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", type=iso_date, help="Act as if today were this date.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List who would get which reminder; send and record nothing.",
        )

    def handle(self, *args, date=None, dry_run=False, **options):
        if dry_run:
            report = reminders_send(today=date, dry_run=True)
            for line in report.planned:
                self.stdout.write(f"would send {line}")
            counts = report.as_dict()
        else:
            result = reminders_send_task.enqueue(today=date.isoformat() if date else None)
            if not result.is_finished:
                self.stdout.write(f"queued: {result.id}")
                return
            if result.status == TaskResultStatus.FAILED:
                error = result.errors[-1].exception_class_path if result.errors else "unknown"
                raise CommandError(f"Reminders failed: {error}")
            counts = result.return_value
        for kind, count in counts.items():
            self.stdout.write(f"{kind}: {count}")
