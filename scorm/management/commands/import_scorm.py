from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from courses.models import CoursePage
from scorm.imports import lesson_for_package, package_import
from scorm.package import PackageError


class Command(BaseCommand):
    help = (
        "Import a SCORM 1.2 or 2004 zip and add a lesson that plays it at the end of a course. "
        "A package that fails the checks is refused and nothing is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The SCORM package (.zip).")
        parser.add_argument("--course", required=True, help="Slug of the course page.")
        parser.add_argument("--language", default="nl", help="Language of the course (nl).")

    def handle(self, *args, file: Path, course: str, language: str, **options):
        page = CoursePage.objects.filter(slug=course, locale__language_code=language).first()
        if page is None:
            raise CommandError(
                _("There is no course with the slug '%(slug)s' in the language '%(language)s'.")
                % {"slug": course, "language": language}
            )
        try:
            with file.open("rb") as fileobj, transaction.atomic():
                package = package_import(fileobj=fileobj, course=page)
                lesson = lesson_for_package(course=page, package=package)
        except OSError as error:
            raise CommandError(str(error)) from None
        except PackageError as error:
            raise CommandError(
                _("%(file)s was refused: %(reason)s") % {"file": file.name, "reason": error.message}
            ) from None
        self.stdout.write(
            _(
                "Imported '%(title)s' (SCORM %(version)s, %(files)s files, launch %(launch)s) "
                "as package %(uuid)s."
            )
            % {
                "title": package.title,
                "version": package.version,
                "files": package.file_count,
                "launch": package.launch,
                "uuid": package.uuid,
            }
        )
        self.stdout.write(
            self.style.SUCCESS(
                _("Added the lesson '%(lesson)s' (%(url)s) to the course '%(course)s'.")
                % {"lesson": lesson.title, "url": lesson.url_path, "course": page.title}
            )
        )
