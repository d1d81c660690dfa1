from django.core.management.base import BaseCommand, CommandError

from courses.models import CompletionChainHead
from courses.selectors import completion_chain_problems


class Command(BaseCommand):
    help = "Check the completion records' hash chain and report any record that was changed, "
    "removed or inserted."

    def handle(self, *args, **options):
        checked, problems = completion_chain_problems()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in {checked} completion record(s).")
        head = CompletionChainHead.objects.filter(pk=1).values_list("last_hash", flat=True).first()
        self.stdout.write(self.style.SUCCESS(f"{checked} completion record(s), chain intact."))
        self.stdout.write(f"Chain head: {head or '-'}")
