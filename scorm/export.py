"""Export a course as a SCORM package, so that organisations can run it in their own LMS.

The package is one SCO (index.html) holding every lesson of the course in one language, graded
in the browser: knowledge checks by their first answer, scenarios by their ending and points,
both with the same rules as the site (courses/services.py, scenarios/services.py). It reports
the score, passed/failed and a bookmark to the LMS through scorm/static_export/runtime.js and
never contacts this site."""

import io
import zipfile
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from courses.models import CoursePage
from courses.selectors import course_lessons

from .export_content import PackageFiles, block_data, player_strings
from .export_manifest import SPECS, manifest_xml, schema_files

STATIC_EXPORT = Path(__file__).resolve().parent / "static_export"
VERSIONS = tuple(SPECS)


class ExportError(ValueError):
    """The course cannot be exported as asked (unknown version or language)."""


def course_in_language(*, course: CoursePage, language: str) -> CoursePage:
    """The published translation of the course in `language`."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = course.get_translation_or_none(locale) if locale else None
    if translated is None or not translated.live:
        raise ExportError(f"The course “{course.title}” is not published in “{language}”.")
    return translated.specific


def export_course(*, course: CoursePage, version: str, language: str) -> bytes:
    """The zip of a self-contained SCORM 1.2 or 2004 (4th edition) package of `course`."""
    if version not in VERSIONS:
        raise ExportError(f"Unknown SCORM version “{version}”: use one of {', '.join(VERSIONS)}.")
    course = course_in_language(course=course, language=language)
    with translation.override(language):
        files = PackageFiles()
        data, lessons = course_data(course=course, version=version, files=files)
        files.add(
            "index.html",
            render_to_string(
                "scorm/export/index.html",
                {"course": course, "lessons": lessons, "data": data, "language": language},
            ).encode(),
        )
    for path in sorted(STATIC_EXPORT.iterdir()):
        files.add(path.name, path.read_bytes())
    content = sorted(files.files)
    manifest = manifest_xml(
        version=version,
        identifier=f"safe-workplace-{course.translation_key}-{language}",
        title=course.title,
        files=["index.html", *(name for name in content if name != "index.html")],
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest)
        for name, schema in schema_files(version=version).items():
            archive.writestr(name, schema)
        for name in content:
            archive.writestr(name, files.files[name])
    return buffer.getvalue()


def course_data(*, course: CoursePage, version: str, files: PackageFiles) -> tuple[dict, list]:
    """The lessons as block data for the templates, and what the player needs to grade them
    (embedded in index.html as JSON)."""
    data = {
        "version": version,
        "language": translation.get_language(),
        "passMark": course.pass_mark,
        "questions": [],
        "scenarios": [],
        "strings": player_strings(),
    }
    lessons = []
    for position, lesson in enumerate(course_lessons(course=course)):
        data["lesson"] = position
        blocks = [block_data(block, files, data) for block in lesson.body]
        lessons.append({"page": lesson, "blocks": [b for b in blocks if b]})
    data.pop("lesson", None)
    data["lessons"] = len(lessons)
    return data, lessons
