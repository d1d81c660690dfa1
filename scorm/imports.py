"""Taking a checked SCORM package in, and putting it in front of learners as a lesson."""

import uuid

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import slugify

from courses.models import CoursePage, LessonPage

from .models import ScormPackage
from .package import extract_package, inspect_package


@transaction.atomic
def package_import(*, fileobj, user=None, course: CoursePage | None = None) -> ScormPackage:
    """Store an uploaded package: checked first (a `PackageError` stores nothing), then one row
    and its files under the package's own prefix. If unpacking fails the files written so far
    are deleted and the row is rolled back, so a package is either wholly there or not at all."""
    info = inspect_package(fileobj)
    package = ScormPackage.objects.create(
        title=info.title,
        version=info.version,
        edition=info.edition[:100],
        launch=info.launch,
        mastery_score=info.mastery_score,
        course_key=course.translation_key if course else None,
        file_count=info.file_count,
        size_bytes=info.size_bytes,
        sha256=info.sha256,
        manifest=info.manifest,
        uploaded_by=user,
    )
    extract_package(fileobj, info, storage=default_storage, prefix=package.storage_prefix)
    return package


@transaction.atomic
def lesson_for_package(
    *, course: CoursePage, package: ScormPackage, title: str | None = None, user=None
) -> LessonPage:
    """A new published lesson at the end of the course that plays the package. The package is
    required: the lesson counts once the package reports completion (and a pass, if it
    reports success)."""
    title = title or package.title
    taken = set(LessonPage.objects.child_of(course).values_list("slug", flat=True))
    base = slugify(title, allow_unicode=True)[:240] or "scorm"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    block = {"package": package.pk, "required": True}
    lesson = course.add_child(
        instance=LessonPage(
            title=title,
            slug=slug,
            locale=course.locale,
            live=True,
            body=[{"type": "scorm", "value": block, "id": str(uuid.uuid4())}],
        )
    )
    lesson.save_revision(user=user).publish(user=user)
    lesson.refresh_from_db()
    return lesson
