"""Uploaded files are served only through access checks (people/media.py, scorm/selectors.py):
no static route to the media folder, images by their collection's view restrictions, originals
to staff only, documents and package files never under /media/, and a package file's signed
address dies when it expires or the learner loses access."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import resolve
from django.utils import timezone
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_factories import DocumentFactory, ImageFactory

from courses.factories import course_build
from courses.models import LessonPage
from people.factories import UserFactory
from people.roles import TRAINER
from scorm import selectors, services
from scorm.factories import ScormPackageFactory, scorm_block

pytestmark = pytest.mark.django_db
CONTENT = {"HTTP_HOST": "scorm-content.testserver"}


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.fixture
def image():
    return ImageFactory(file=get_test_image_file(filename="illustration.png"))


def test_every_media_address_goes_through_the_checking_view():
    for path in ["/media/images/a.png", "/media/documents/policy.pdf", "/media/scorm/x/a.html"]:
        assert resolve(path).url_name == "media_file", path


def test_an_image_in_an_open_collection_is_served_to_anyone(client, image):
    rendition = image.get_rendition("fill-20x20")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert body(response) == default_storage.open(rendition.file.name).read()
    assert response["Cache-Control"] == "public, max-age=86400"


def test_an_image_in_a_restricted_collection_only_to_its_group(client, image, employee):
    group = Group.objects.create(name="Night shift")
    private = Collection.get_first_root_node().add_child(name="Night shift only")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    image.collection = private
    image.save()
    url = image.get_rendition("fill-20x20").url

    assert client.get(url).status_code == 404
    client.force_login(employee)
    assert client.get(url).status_code == 404
    employee.groups.add(group)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, max-age=3600"


def test_originals_only_to_staff_who_may_choose_images(client, image, employee):
    url = image.file.url
    assert url.startswith("/media/original_images/")
    assert client.get(url).status_code == 404
    client.force_login(employee)
    assert client.get(url).status_code == 404
    client.force_login(UserFactory(role=TRAINER))
    assert client.get(url).status_code == 200


def test_documents_and_package_files_are_never_served_under_media(client, image):
    default_storage.save("documents/policy.pdf", ContentFile(b"%PDF-1.4 policy"))
    default_storage.save("scorm/abc/index.html", ContentFile(b"<html>package</html>"))
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    for path in ["/media/documents/policy.pdf", "/media/scorm/abc/index.html", "/media/../x"]:
        assert client.get(path).status_code == 404, path


def test_documents_are_served_by_wagtails_view_with_its_collection_checks(client, employee):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 policy", name="policy.pdf"))
    assert document.url.startswith("/documents/")
    assert body(client.get(document.url)) == b"%PDF-1.4 policy"
    private = Collection.get_first_root_node().add_child(name="Management only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = private
    document.save()
    assert client.get(document.url).status_code == 302  # to sign in
    client.force_login(employee)
    assert client.get(document.url).status_code == 200


@pytest.fixture
def package_file(employee):
    package = ScormPackageFactory()
    block = scorm_block(package)
    course = course_build(lessons=[[block]])
    lesson = LessonPage.objects.child_of(course).get()
    attempt = services.attempt_launch(
        user=employee, lesson=lesson, block_id=block["id"], package=package
    )
    default_storage.save(f"{package.storage_prefix}index.html", ContentFile(b"<html>Golf</html>"))
    token = selectors.content_token(attempt=attempt, site_origin="http://testserver")
    return course, f"/scorm/content/{token}/index.html"


def test_a_package_address_dies_when_the_learner_loses_access(client, package_file):
    course, url = package_file
    assert client.get(url, **CONTENT).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([])  # the learner's group was taken off the course
    assert client.get(url, **CONTENT).status_code == 404


def test_a_package_address_dies_with_the_learners_account(client, package_file, employee):
    _course, url = package_file
    employee.is_active = False
    employee.save()
    assert client.get(url, **CONTENT).status_code == 404


def test_a_package_address_expires(client, package_file):
    _course, url = package_file
    later = timezone.now() + timedelta(seconds=selectors.CONTENT_MAX_AGE + 60)
    with time_machine.travel(later):
        assert client.get(url, **CONTENT).status_code == 404
