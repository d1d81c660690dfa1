from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from confidants import crypto
from confidants.directory_services import ConsentRefused, bootstrap_code_issue


class Command(BaseCommand):
    help = (
        "The first confidant of an installation: gives the login the Confidant role and a "
        "directory entry, and prints a one-time code they enter on their inbox's directory page "
        "after setting up their key. Refused once any confidant can receive requests: from then "
        "on confidants confirm each other."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="the login (e-mail address) of the first confidant")
        parser.add_argument("--name", default="", help="name for a new directory entry")

    def handle(self, *args, email, name, **options):
        user = get_user_model().objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"No login with the e-mail address {email}.")
        try:
            profile, code = bootstrap_code_issue(user=user, name=name)
        except ConsentRefused:
            raise CommandError(
                "A confidant can already receive requests: new confidants are confirmed by "
                "them, from the inbox."
            ) from None
        self.stdout.write(f"Directory entry: {profile.name}")
        self.stdout.write(f"One-time code (give it to {user.email} in person): {code}")
        self.stdout.write(f"Formatted: {crypto.code_format(code)}")
