"""Importing packages: the service, the lesson it adds, the admin upload and the command. A
refused package leaves no row and no file behind."""

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command, execute_from_command_line
from django.urls import reverse
from django.utils import translation

from courses.models import CoursePage, LessonPage
from people.factories import UserFactory
from people.roles import ADMINISTRATOR, COMPLIANCE_OFFICER, TRAINER
from people.services import profile_language_set
from scorm.imports import lesson_for_package, package_import
from scorm.models import ScormPackage
from scorm.package import PackageError

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "scorm"
GOOD = [
    ("RuntimeBasicCalls_SCORM12.zip", "1.2", "Golf Explained - Run-time Basic Calls", 44),
    (
        "RuntimeBasicCalls_SCORM20043rdEdition.zip",
        "2004",
        "Golf Explained - Run-time Basic Calls",
        69,
    ),
    ("ContentPackagingSingleSCO_SCORM12.zip", "1.2", "Golf Explained - CP Single SCO", 44),
]
MISSING_HREF = "The SCO resource 'resource_1' has no href, so there is no file to launch."


@pytest.fixture(autouse=True)
def _english(settings):
    """Messages are asserted in English: the admin as a trainer reading it in English sees
    them, and commands speak the site's language (LANGUAGE_CODE), set to English here."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def course(demo) -> CoursePage:
    return CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")


def nothing_stored(media: Path) -> bool:
    files = [p for p in (media / "scorm").rglob("*") if p.is_file()]
    return not ScormPackage.objects.exists() and files == []


@pytest.mark.parametrize(("name", "version", "title", "files"), GOOD)
def test_good_packages_are_stored_whole(media, course, trainer, name, version, title, files):
    with (FIXTURES / name).open("rb") as fileobj:
        package = package_import(fileobj=fileobj, user=trainer, course=course)
    package.refresh_from_db()
    assert (package.version, package.title, package.file_count) == (version, title, files)
    assert package.launch == "shared/launchpage.html"
    assert package.uploaded_by == trainer
    assert package.course_key == course.translation_key
    assert "<manifest" in package.manifest
    archive = zipfile.ZipFile(FIXTURES / name)
    members = [i.filename for i in archive.infolist() if not i.is_dir()]
    assert len(members) == files
    for member in members:
        with default_storage.open(package.storage_prefix + member) as stored:
            assert stored.read() == archive.read(member)
    assert len([p for p in (media / "scorm").rglob("*") if p.is_file()]) == files


@pytest.mark.parametrize(
    ("name", "code", "message"),
    [
        ("MalformedXml_SCORM12.zip", "malformed_manifest", "is not well-formed XML (line 27"),
        ("MissingLaunchUrl_SCORM12.zip", "no_launch", MISSING_HREF),
    ],
)
def test_broken_packages_store_nothing(media, name, code, message):
    with (FIXTURES / name).open("rb") as fileobj, pytest.raises(PackageError) as caught:
        package_import(fileobj=fileobj)
    assert caught.value.code == code
    assert message in caught.value.message
    assert nothing_stored(media)


def hostile(kind: str) -> io.BytesIO:
    good = zipfile.ZipFile(FIXTURES / "ContentPackagingSingleSCO_SCORM12.zip")
    manifest = good.read("imsmanifest.xml")
    members = {"imsmanifest.xml": manifest, "shared/launchpage.html": "x"}
    if kind == "zip_slip":
        members["../evil.html"] = "evil"
    elif kind == "launch_missing":
        del members["shared/launchpage.html"]
    elif kind == "unknown_version":
        members["imsmanifest.xml"] = manifest.replace(b">1.2<", b">0.9<")
    elif kind == "manifest_dtd":
        members["imsmanifest.xml"] = b'<!DOCTYPE m [<!ENTITY e "x">]><manifest>&e;</manifest>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer


@pytest.mark.parametrize("kind", ["zip_slip", "launch_missing", "unknown_version", "manifest_dtd"])
def test_hostile_packages_store_nothing(media, kind):
    with pytest.raises(PackageError) as caught:
        package_import(fileobj=hostile(kind))
    assert caught.value.code == kind
    assert nothing_stored(media)


def lying_zip() -> bytes:
    """Passes the checks (its headers claim 10 bytes), then fails while unpacking."""
    real = b"A" * 100_000
    buffer = hostile("none")
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("big.txt", real)
    return buffer.getvalue().replace(len(real).to_bytes(4, "little"), (10).to_bytes(4, "little"))


def test_failed_unpacking_rolls_the_row_back(media):
    with pytest.raises(PackageError) as caught:
        package_import(fileobj=io.BytesIO(lying_zip()))
    assert caught.value.code == "corrupt"
    assert nothing_stored(media)


def test_lesson_plays_the_package_at_the_end_of_the_course(course, trainer):
    with (FIXTURES / "RuntimeBasicCalls_SCORM12.zip").open("rb") as fileobj:
        package = package_import(fileobj=fileobj, course=course)
    before = LessonPage.objects.child_of(course).count()
    lesson = lesson_for_package(course=course, package=package)
    again = lesson_for_package(course=course, package=package, title="Nog eens")
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    assert len(lessons) == before + 2
    assert lessons[-2:] == [lesson, again]
    assert lesson.live and lesson.live_revision is not None
    assert lesson.title == package.title and again.title == "Nog eens"
    assert lesson.locale == course.locale
    [block] = list(LessonPage.objects.get(pk=lesson.pk).body)
    assert block.block_type == "scorm"
    assert block.value["package"] == package and block.value["required"] is True
    same_title = lesson_for_package(course=course, package=package)
    assert same_title.slug != lesson.slug


def test_trainers_and_administrators_may_upload():
    for role in (TRAINER, ADMINISTRATOR):
        codenames = set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))
        assert {"add_scormpackage", "change_scormpackage", "view_scormpackage"} <= codenames
    officer = set(
        Group.objects.get(name=COMPLIANCE_OFFICER).permissions.values_list("codename", flat=True)
    )
    assert "add_scormpackage" not in officer


@pytest.fixture
def staff(client, totp_enrol):
    def sign_in(role: str = TRAINER):
        user = UserFactory(role=role)
        profile_language_set(user=user, language="en")
        totp_enrol(user)
        client.force_login(user)
        return user

    return sign_in


def upload(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    data = data if data is not None else (FIXTURES / name).read_bytes()
    return SimpleUploadedFile(name, data, content_type="application/zip")


ADD = "wagtailsnippets_scorm_scormpackage:add"


def test_trainer_uploads_a_package_in_the_admin(client, staff, media, course):
    trainer = staff()
    form = client.get(reverse(ADD))
    assert form.status_code == 200
    assert b'enctype="multipart/form-data"' in form.content
    response = client.post(
        reverse(ADD),
        {"package": upload("RuntimeBasicCalls_SCORM20043rdEdition.zip"), "course": course.pk},
    )
    assert response.status_code == 302, response.content[:2000]
    package = ScormPackage.objects.get()
    assert (package.version, package.uploaded_by, package.file_count) == ("2004", trainer, 69)
    assert package.course_key == course.translation_key
    assert default_storage.exists(package.storage_prefix + "shared/launchpage.html")
    listing = client.get(reverse("wagtailsnippets_scorm_scormpackage:list"))
    assert "Golf Explained - Run-time Basic Calls" in listing.content.decode()
    assert "SCORM packages" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_rejected_upload_shows_why_and_stores_nothing(client, staff, media):
    staff()
    response = client.post(reverse(ADD), {"package": upload("MissingLaunchUrl_SCORM12.zip")})
    assert response.status_code == 200
    assert MISSING_HREF.replace("'", "&#x27;") in response.content.decode()
    assert nothing_stored(media)


def test_upload_failing_while_unpacking_shows_why(client, staff, media):
    staff()
    response = client.post(reverse(ADD), {"package": upload("lying.zip", lying_zip())})
    assert response.status_code == 200
    assert "The zip is damaged and cannot be unpacked" in response.content.decode()
    assert nothing_stored(media)


def test_editing_only_renames(client, staff, media):
    staff()
    with (FIXTURES / "ContentPackagingSingleSCO_SCORM12.zip").open("rb") as fileobj:
        package = package_import(fileobj=fileobj)
    url = reverse("wagtailsnippets_scorm_scormpackage:edit", args=[package.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert b'name="package"' not in page.content
    response = client.post(url, {"title": "Golf", "launch": "evil.html", "version": "2004"})
    assert response.status_code == 302
    package.refresh_from_db()
    assert (package.title, package.launch, package.version) == (
        "Golf",
        "shared/launchpage.html",
        "1.2",
    )


def test_compliance_officer_may_not_upload(client, staff, media):
    staff(COMPLIANCE_OFFICER)
    response = client.post(reverse(ADD), {"package": upload("RuntimeBasicCalls_SCORM12.zip")})
    assert response.status_code in {302, 403}
    assert nothing_stored(media)


def test_command_imports_and_adds_a_lesson(course, media):
    out = io.StringIO()
    path = FIXTURES / "RuntimeBasicCalls_SCORM12.zip"
    call_command("import_scorm", str(path), "--course", "respectvol-omgaan", stdout=out)
    package = ScormPackage.objects.get()
    lesson = LessonPage.objects.child_of(course).order_by("path").last()
    assert [b.value["package"] for b in lesson.body] == [package]
    assert package.course_key == course.translation_key
    assert "Golf Explained - Run-time Basic Calls" in out.getvalue()
    assert lesson.title in out.getvalue()


def test_command_refuses_a_broken_package_and_stores_nothing(course, media):
    before = LessonPage.objects.child_of(course).count()
    path = FIXTURES / "MissingLaunchUrl_SCORM12.zip"
    with pytest.raises(CommandError) as caught:
        call_command("import_scorm", str(path), "--course", "respectvol-omgaan")
    assert MISSING_HREF in str(caught.value)
    assert nothing_stored(media)
    assert LessonPage.objects.child_of(course).count() == before


def test_command_exits_non_zero_with_the_reason_on_stderr(course, media, capsys):
    path = FIXTURES / "MalformedXml_SCORM12.zip"
    with pytest.raises(SystemExit) as exited:
        execute_from_command_line(
            ["manage.py", "import_scorm", str(path), "--course", "respectvol-omgaan"]
        )
    assert exited.value.code != 0
    assert "not well-formed XML" in capsys.readouterr().err


def test_command_needs_an_existing_course(media):
    path = FIXTURES / "RuntimeBasicCalls_SCORM12.zip"
    with pytest.raises(CommandError, match="no course with the slug 'nope'"):
        call_command("import_scorm", str(path), "--course", "nope", "--language", "en")
    assert nothing_stored(media)
