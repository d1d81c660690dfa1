from django.core.management.base import BaseCommand

from compliance.demo import compliance_demo_load
from confidants.demo import confidants_demo_load
from courses.demo import courses_demo_load
from people.demo import DEMO_PASSWORD, people_demo_load
from scenarios.demo import scenarios_demo_load


class Command(BaseCommand):
    help = "Load the multilingual demo (pages in nl/en/vi, departments, one user per role). "
    "Running it again changes nothing."

    def handle(self, *args, **options):
        courses_demo_load()
        scenarios_demo_load()
        logins = people_demo_load()
        passphrase = confidants_demo_load()
        compliance_demo_load()
        self.stdout.write(self.style.SUCCESS("Demo ready."))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, role in logins:
            self.stdout.write(f"  {role:<20} {email}")
        self.stdout.write(
            "Staff roles (Trainer, Compliance officer, Confidant, Administrator) set up an "
            "authenticator app (TOTP) at their first sign-in."
        )
        self.stdout.write(f"Confidants unlock their inbox with the passphrase: {passphrase}")
