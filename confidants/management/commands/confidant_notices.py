from django.core.management.base import BaseCommand

from confidants.tasks import confidant_notices_task


class Command(BaseCommand):
    help = (
        "Hourly, at the full hour: send the queued 'your inbox needs attention' e-mails to "
        "confidants, dated to the hour. Prints the number of e-mails only."
    )

    def handle(self, *args, **options):
        result = confidant_notices_task.enqueue()
        value = result.return_value if result.is_finished else "queued"
        self.stdout.write(f"notices: {value}")
