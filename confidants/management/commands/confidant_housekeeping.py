from django.core.management.base import BaseCommand

from confidants.tasks import closed_cases_purge_task, confidant_reminders_task


class Command(BaseCommand):
    help = (
        "Daily confidant housekeeping: deadline reminders (sent once each) and deletion of "
        "cases closed longer ago than the retention period. Prints counts only."
    )

    def handle(self, *args, **options):
        reminders = confidant_reminders_task.enqueue()
        purge = closed_cases_purge_task.enqueue()
        for label, result in (("reminders", reminders), ("purged cases", purge)):
            value = result.return_value if result.is_finished else "queued"
            self.stdout.write(f"{label}: {value}")
