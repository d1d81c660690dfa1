from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus

from compliance.tasks import chain_head_publish_task


class Command(BaseCommand):
    help = (
        "E-mail the completion chain head (position:hash) to every compliance officer, in their "
        "language, so that a later rewrite of the chain can be shown with "
        "verify_completion_chain --against. Run it periodically (e.g. weekly) from cron."
    )

    def handle(self, *args, **options):
        result = chain_head_publish_task.enqueue()
        if not result.is_finished:
            self.stdout.write(f"queued: {result.id}")
            return
        if result.status == TaskResultStatus.FAILED:
            error = result.errors[-1].exception_class_path if result.errors else "unknown"
            raise CommandError(f"Publishing the chain head failed: {error}")
        for kind, count in result.return_value.items():
            self.stdout.write(f"{kind}: {count}")
