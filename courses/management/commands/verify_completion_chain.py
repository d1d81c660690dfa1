import argparse
import re

from django.core.management.base import BaseCommand, CommandError

from courses.selectors import completion_chain_head, completion_chain_problems

HEAD = re.compile(r"^\s*(\d+):([0-9a-f]{64})\s*$")


def published_head(value: str) -> tuple[int, str]:
    match = HEAD.match(value.lower())
    if not match:
        raise argparse.ArgumentTypeError(f"not a chain head (position:hash): {value}")
    return int(match[1]), match[2]


class Command(BaseCommand):
    help = (
        "Check the completion records' hash chain and report any record that was changed, "
        "removed, inserted, moved to another learner or back-dated. With --against, also check "
        "that the chain still holds a head published earlier (in an e-mail or an audit pack)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--against",
            type=published_head,
            metavar="POSITION:HASH",
            help="A chain head published earlier, as printed in the e-mail or the audit pack.",
        )

    def handle(self, *args, against=None, **options):
        checked, problems = completion_chain_problems(against=against)
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in {checked} completion record(s).")
        position, head = completion_chain_head()
        self.stdout.write(self.style.SUCCESS(f"{checked} completion record(s), chain intact."))
        if against:
            self.stdout.write(f"Holds the published head {against[0]}:{against[1]}.")
        self.stdout.write(f"Chain head: {position}:{head}")
