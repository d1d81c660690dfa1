"""Media on an S3-compatible bucket (MEDIA_STORAGE=s3, people/storage.py), against moto's real S3
API server: images, documents and SCORM packages are stored as private objects, addresses are
the site's own, and every read goes through the same access checks as on local disk."""

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_factories import DocumentFactory, ImageFactory

from courses.models import CoursePage, LessonPage
from scorm import selectors, services
from scorm.imports import lesson_for_package, package_import

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "scorm"
CONTENT = {"HTTP_HOST": "scorm-content.testserver"}


def keys(client, bucket) -> set[str]:
    listed = client.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {item["Key"] for item in listed}


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_images_live_in_the_bucket_and_are_served_through_the_site(client, s3_media, employee):
    s3, bucket = s3_media
    image = ImageFactory(file=get_test_image_file(filename="poster.png"))
    rendition = image.get_rendition("fill-20x20")
    assert {image.file.name, rendition.file.name} <= keys(s3, bucket)
    assert rendition.url.startswith("/media/images/")  # the site's address, not the bucket's
    stored = s3.get_object(Bucket=bucket, Key=rendition.file.name)["Body"].read()
    assert body(client.get(rendition.url)) == stored

    group = Group.objects.create(name="Night shift")
    private = Collection.get_first_root_node().add_child(name="Night shift only")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    image.collection = private
    image.save()
    client.force_login(employee)
    assert client.get(rendition.url).status_code == 404
    employee.groups.add(group)
    assert client.get(rendition.url).status_code == 200


def test_objects_are_private_in_the_bucket(s3_media, s3_endpoint):
    s3, bucket = s3_media
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 policy", name="policy.pdf"))
    grants = s3.get_object_acl(Bucket=bucket, Key=document.file.name)["Grants"]
    assert not [g for g in grants if g["Grantee"].get("URI", "").endswith("/AllUsers")]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{s3_endpoint}/{bucket}/{document.file.name}", timeout=10)  # noqa: S310
    assert refused.value.code == 403


def test_documents_are_served_by_wagtails_view_from_the_bucket(client, s3_media, employee):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 policy", name="policy.pdf"))
    assert document.url.startswith("/documents/")
    assert body(client.get(document.url)) == b"%PDF-1.4 policy"
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_a_scorm_package_imported_to_the_bucket_plays_per_learner(client, s3_media, employee):
    s3, bucket = s3_media
    course = CoursePage.objects.get(slug="respectvol-omgaan", locale__language_code="nl")
    with open(FIXTURES / "RuntimeBasicCalls_SCORM12.zip", "rb") as upload:
        package = package_import(fileobj=upload, course=course)
    lesson = lesson_for_package(course=course, package=package, title="Golf")
    stored = {key for key in keys(s3, bucket) if key.startswith(package.storage_prefix)}
    assert f"{package.storage_prefix}{package.launch}" in stored
    block = next(block for block in lesson.body if block.block_type == "scorm")
    attempt = services.attempt_launch(
        user=employee, lesson=lesson, block_id=block.id, package=package
    )
    token = selectors.content_token(attempt=attempt, site_origin="http://testserver")
    url = f"/scorm/content/{token}/{package.launch}"
    launch = s3.get_object(Bucket=bucket, Key=f"{package.storage_prefix}{package.launch}")
    assert body(client.get(url, **CONTENT)) == launch["Body"].read()
    restriction = PageViewRestriction.objects.create(
        page=LessonPage.objects.get(pk=lesson.pk), restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([])
    assert client.get(url, **CONTENT).status_code == 404
