"""manage.py import_twee FILE [--check] [--language nl] [--key KEY]

Exit status: 0 when done (or, with --check, nothing found), 1 when --check finds problems,
2 when the file cannot be imported (unreadable, not a Twine story, a key taken...)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from wagtail.models import Locale

from scenarios.twee import TweeError, TwineStory, scenario_from_story, story_findings, story_parse

REFUSED = 2
PROBLEMS = 1


class Command(BaseCommand):
    help = (
        "Import a Twine story (Twee 3 file or Twine 2 HTML archive) as a draft scenario, or "
        "with --check only print the checker's findings."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .twee file or a Twine 2 HTML archive of one story.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only print the findings, one per line; exit 1 when there are any. Saves nothing.",
        )
        parser.add_argument(
            "--language", help="Language code of the scenario (default: the default locale)."
        )
        parser.add_argument(
            "--key", help="Scenario key (default: a slug of the story title, made unique)."
        )

    def handle(self, *args, file, check, language, key, **options):
        story = _story_read(Path(file))
        findings = story_findings(story=story)
        if check:
            for finding in findings:
                self.stdout.write(finding.message)
            if findings:
                raise CommandError(
                    f"{len(findings)} problem(s) in {Path(file).name}.", returncode=PROBLEMS
                )
            self.stdout.write(self.style.SUCCESS(f"No problems found in {Path(file).name}."))
            return
        locale = _locale(language)
        try:
            scenario = scenario_from_story(story=story, locale=locale, key=key)
        except TweeError as error:
            raise CommandError(str(error), returncode=REFUSED) from error
        if findings:
            self.stdout.write(
                self.style.WARNING("The draft cannot be published until these are fixed:")
            )
            for finding in findings:
                self.stdout.write(finding.message)
        url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[scenario.pk])
        self.stdout.write(
            self.style.SUCCESS(
                f'Draft scenario "{scenario.title}" (key "{scenario.key}", '
                f"{locale.language_code}) saved: {url}"
            )
        )


def _story_read(path: Path) -> TwineStory:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror}.", returncode=REFUSED) from error
    except UnicodeDecodeError as error:
        raise CommandError(
            f"{path.name} is not UTF-8 text (byte {error.start} cannot be decoded); a Twee file "
            "or a Twine 2 HTML archive was expected.",
            returncode=REFUSED,
        ) from error
    try:
        return story_parse(text=text, filename=path.name)
    except TweeError as error:
        raise CommandError(str(error), returncode=REFUSED) from error


def _locale(language: str | None) -> Locale:
    if language is None:
        return Locale.get_default()
    try:
        return Locale.objects.get(language_code=language)
    except Locale.DoesNotExist:
        codes = ", ".join(Locale.objects.values_list("language_code", flat=True))
        raise CommandError(
            f'There is no language "{language}"; choose one of: {codes}.', returncode=REFUSED
        ) from None
