"""manage.py export_scorm SLUG --scorm 1.2|2004 --language nl -o FILE.zip"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from scorm.export import VERSIONS, ExportError, export_course


class Command(BaseCommand):
    help = "Export a course as a SCORM package (one SCO) to play offline in another LMS."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="Slug of the course, in any of its languages.")
        parser.add_argument("--scorm", dest="version", default="1.2", help="1.2 or 2004")
        parser.add_argument("--language", default="nl", help="Language code, e.g. nl, en, vi.")
        parser.add_argument("-o", "--output", required=True, help="The zip file to write.")

    def handle(self, *args, slug, version, language, output, **options):
        if version not in VERSIONS:
            raise CommandError(f"Unknown SCORM version “{version}”: use 1.2 or 2004.")
        course = CoursePage.objects.filter(slug=slug).order_by("pk").first()
        if course is None:
            raise CommandError(f"No course with the slug “{slug}”.")
        try:
            package = export_course(course=course, version=version, language=language)
        except ExportError as error:
            raise CommandError(str(error)) from error
        Path(output).write_bytes(package)
        self.stdout.write(f"Wrote {output} ({len(package) // 1024} KB).")
