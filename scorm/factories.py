"""Test and demo builders for hosted packages."""

import uuid

import factory

from .models import ScormPackage, ScormVersion


class ScormPackageFactory(factory.django.DjangoModelFactory):
    """A package row without files; tests that fetch files write them to storage."""

    class Meta:
        model = ScormPackage

    title = factory.Sequence(lambda n: f"Module {n}")
    version = ScormVersion.SCORM_12
    launch = "index.html"
    sha256 = "0" * 64
    manifest = "<manifest/>"


def scorm_block(package: ScormPackage, required: bool = True) -> dict:
    """A lesson body entry for courses.factories.course_build."""
    return {
        "type": "scorm",
        "id": str(uuid.uuid4()),
        "value": {"package": package.pk, "required": required},
    }
