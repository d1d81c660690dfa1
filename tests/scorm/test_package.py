"""Checking an upload before anything is stored: real third-party packages pass, hostile and
broken zips are refused with a specific reason, and extraction counts what it really writes."""

import hashlib
import io
import stat
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.storage import FileSystemStorage
from django.utils import translation

from scorm.package import PackageError, extract_package, inspect_package

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "scorm"

MANIFEST_12 = """<?xml version="1.0"?>
<manifest identifier="test.pkg" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema>{schemaversion}</metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>Test package</title>
      <item identifier="item_1" identifierref="res_1"{parameters}>
        <title>Test item</title>
        {mastery}
      </item>
    </organization>
  </organizations>
  <resources{resources_base}>
    <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="{href}">
      <file href="{href}"/>
    </resource>
  </resources>
</manifest>
"""


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted as a trainer reading the admin in English sees them."""
    with translation.override("en"):
        yield


def manifest(
    *, schemaversion="1.2", href="index.html", parameters="", resources_base="", mastery="80"
) -> str:
    return MANIFEST_12.format(
        mastery=f"<adlcp:masteryscore>{mastery}</adlcp:masteryscore>" if mastery else "",
        schemaversion=f"<schemaversion>{schemaversion}</schemaversion>" if schemaversion else "",
        href=href,
        parameters=f' parameters="{parameters}"' if parameters else "",
        resources_base=f' xml:base="{resources_base}"' if resources_base else "",
    )


def build_zip(members: dict[str, bytes | str], **options) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, **options) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def rejected(fileobj) -> PackageError:
    with pytest.raises(PackageError) as caught:
        inspect_package(fileobj)
    assert str(caught.value) == caught.value.message
    return caught.value


@pytest.mark.parametrize(
    ("name", "version", "edition", "title", "files"),
    [
        (
            "RuntimeBasicCalls_SCORM12.zip",
            "1.2",
            "1.2",
            "Golf Explained - Run-time Basic Calls",
            44,
        ),
        (
            "RuntimeBasicCalls_SCORM20043rdEdition.zip",
            "2004",
            "2004 3rd Edition",
            "Golf Explained - Run-time Basic Calls",
            69,
        ),
        (
            "ContentPackagingSingleSCO_SCORM12.zip",
            "1.2",
            "1.2",
            "Golf Explained - CP Single SCO",
            44,
        ),
    ],
)
def test_real_packages_are_described(name, version, edition, title, files):
    data = (FIXTURES / name).read_bytes()
    info = inspect_package(io.BytesIO(data))
    assert (info.version, info.edition, info.title) == (version, edition, title)
    assert info.launch == "shared/launchpage.html"
    assert info.file_count == files == len(info.members)
    assert "imsmanifest.xml" in info.members
    assert info.size_bytes == sum(
        i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist() if not i.is_dir()
    )
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.manifest.lstrip().startswith("<?xml")
    assert info.mastery_score is None


def test_malformed_manifest_says_where():
    with (FIXTURES / "MalformedXml_SCORM12.zip").open("rb") as fileobj:
        error = rejected(fileobj)
    assert error.code == "malformed_manifest"
    assert error.message.startswith(
        "The manifest imsmanifest.xml is not well-formed XML (line 27, column 7): mismatched tag"
    )


def test_resource_without_href_has_nothing_to_launch():
    with (FIXTURES / "MissingLaunchUrl_SCORM12.zip").open("rb") as fileobj:
        error = rejected(fileobj)
    assert error.code == "no_launch"
    assert (
        error.message == "The SCO resource 'resource_1' has no href, so there is no file to launch."
    )


def test_xml_base_parameters_and_mastery_score_are_applied():
    zipped = build_zip(
        {
            "imsmanifest.xml": manifest(
                href="start.html?lang=nl", parameters="?page=2", resources_base="content"
            ),
            "content/start.html": "<html></html>",
        }
    )
    info = inspect_package(zipped)
    assert info.launch == "content/start.html?lang=nl&page=2"
    assert info.mastery_score == Decimal("80.00")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-1", "100.5", "tachtig", "1e999999999"])
def test_a_mastery_score_that_is_not_a_mark_is_refused_by_name(value):
    zipped = build_zip({"imsmanifest.xml": manifest(mastery=value), "index.html": "<html></html>"})
    error = rejected(zipped)
    assert error.code == "mastery_score"
    assert error.message == (
        f"The manifest's mastery score '{value}' is not a number from 0 to 100; correct it in "
        "imsmanifest.xml (adlcp:masteryscore) or leave it empty."
    )


@pytest.mark.parametrize("element", ["", "<adlcp:masteryscore/>"])
def test_no_mastery_score_means_none(element):
    text = manifest(mastery="").replace(
        "<title>Test item</title>", "<title>Test item</title>" + element
    )
    info = inspect_package(build_zip({"imsmanifest.xml": text, "index.html": "<html></html>"}))
    assert info.mastery_score is None


@pytest.mark.parametrize(
    ("schemaversion", "namespace", "version"),
    [
        ("CAM 1.3", None, "2004"),
        ("2004 4th Edition", None, "2004"),
        ("", None, "1.2"),  # no schemaversion: the adlcp_rootv1p2 namespace tells
        ("", "http://www.adlnet.org/xsd/adlcp_v1p3", "2004"),
    ],
)
def test_version_from_schemaversion_or_namespace(schemaversion, namespace, version):
    text = manifest(schemaversion=schemaversion)
    if namespace:
        text = text.replace("http://www.adlnet.org/xsd/adlcp_rootv1p2", namespace)
    info = inspect_package(build_zip({"imsmanifest.xml": text, "index.html": "x"}))
    assert info.version == version
    assert info.edition == schemaversion


def test_unknown_version_is_refused():
    zipped = build_zip({"imsmanifest.xml": manifest(schemaversion="1.1"), "index.html": "x"})
    error = rejected(zipped)
    assert error.code == "unknown_version"
    assert "'1.1'" in error.message


def test_launch_file_missing_from_the_zip():
    zipped = build_zip({"imsmanifest.xml": manifest(href="shared/launchpage.html")})
    error = rejected(zipped)
    assert error.code == "launch_missing"
    assert error.message == (
        "The launch file 'shared/launchpage.html' named in the manifest is not in the package."
    )


def test_external_launch_address_is_refused():
    zipped = build_zip({"imsmanifest.xml": manifest(href="https://evil.example/x.html")})
    assert rejected(zipped).code == "launch_external"


def test_not_a_zip():
    error = rejected(io.BytesIO(b"%PDF-1.4 this is not a zip" * 10))
    assert (error.code, error.message) == ("not_zip", "The upload is not a zip file.")


def test_manifest_must_be_at_the_top():
    error = rejected(build_zip({"course/imsmanifest.xml": manifest(), "course/index.html": "x"}))
    assert error.code == "no_manifest"
    assert "imsmanifest.xml" in error.message


@pytest.mark.parametrize(
    "document",
    [
        '<?xml version="1.0"?><!DOCTYPE manifest [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><manifest>&b;</manifest>',
        '<?xml version="1.0"?><!DOCTYPE manifest SYSTEM "http://evil.example/x.dtd"><manifest/>',
    ],
)
def test_dtd_and_entities_are_refused(document):
    error = rejected(build_zip({"imsmanifest.xml": document, "index.html": "x"}))
    assert error.code == "manifest_dtd"
    assert "DTD" in error.message


@pytest.mark.parametrize(
    "name", ["../evil.html", "/etc/x", "a\\..\\b", "C:/windows/x", "a/../../b"]
)
def test_zip_slip_names_are_refused(name):
    zipped = build_zip({"imsmanifest.xml": manifest(), "index.html": "x", name: "evil"})
    error = rejected(zipped)
    assert error.code == "zip_slip"
    assert name in error.message


def test_symlink_member_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("imsmanifest.xml", manifest())
        archive.writestr("index.html", "x")
        link = zipfile.ZipInfo("secrets.html")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert rejected(buffer).code == "symlink"


def test_encrypted_member_is_refused():
    zipped = build_zip({"imsmanifest.xml": manifest(), "index.html": "x"})
    data = bytearray(zipped.getvalue())
    # Set the "encrypted" flag bit in the local and central headers of every member.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset] |= 0x1
            start += 4
    assert rejected(io.BytesIO(bytes(data))).code == "encrypted"


def test_ten_thousand_tiny_files_are_refused_by_count():
    members = {"imsmanifest.xml": manifest(), "index.html": "x"}
    members.update({f"f/{n}.txt": "" for n in range(10_000)})
    error = rejected(build_zip(members))
    assert error.code == "too_many_files"
    assert "10002" in error.message


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    """200 MB of zeros, about 200 KB zipped."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest())
        archive.writestr("index.html", "x")
        with archive.open("zeros.bin", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(200):
                member.write(chunk)
    return path


def test_zip_bomb_is_refused_by_ratio_without_unpacking(bomb, settings):
    settings.SCORM_MAX_UNCOMPRESSED_BYTES = 1024**3
    started = time.monotonic()
    with bomb.open("rb") as fileobj:
        error = rejected(fileobj)
    assert error.code == "ratio"
    assert "zeros.bin" in error.message
    assert time.monotonic() - started < 1


def test_overall_ratio_counts_small_members_too(settings):
    settings.SCORM_MAX_COMPRESSION_RATIO = 5
    members = {"imsmanifest.xml": manifest(), "index.html": "x"}
    members.update({f"{n}.txt": " " * 60_000 for n in range(20)})
    assert rejected(build_zip(members)).code == "ratio"


def test_upload_and_unpacked_size_limits(settings):
    zipped = build_zip({"imsmanifest.xml": manifest(), "index.html": "x" * 5000})
    settings.SCORM_MAX_UPLOAD_BYTES = 100
    assert rejected(zipped).code == "too_large"
    settings.SCORM_MAX_UPLOAD_BYTES = 10_000
    settings.SCORM_MAX_UNCOMPRESSED_BYTES = 4000
    assert rejected(zipped).code == "uncompressed_too_large"


@pytest.fixture
def storage(tmp_path) -> FileSystemStorage:
    return FileSystemStorage(location=tmp_path)


def stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def test_extract_writes_every_file_with_its_own_bytes(storage, tmp_path):
    data = (FIXTURES / "RuntimeBasicCalls_SCORM20043rdEdition.zip").read_bytes()
    info = inspect_package(io.BytesIO(data))
    names = extract_package(io.BytesIO(data), info, storage=storage, prefix="scorm/x/")
    assert len(names) == info.file_count == len(stored_files(tmp_path))
    archive = zipfile.ZipFile(io.BytesIO(data))
    for member in info.members:
        assert (tmp_path / "scorm" / "x" / member).read_bytes() == archive.read(member)


def lying_zip() -> io.BytesIO:
    """A member whose headers claim 10 bytes while its data inflates to 100 KB."""
    real = b"A" * 100_000
    zipped = build_zip({"imsmanifest.xml": manifest(), "index.html": "x", "big.txt": real})
    data = bytearray(zipped.getvalue())
    claimed = len(real).to_bytes(4, "little")
    assert data.count(claimed) == 2  # local and central header
    data = data.replace(claimed, (10).to_bytes(4, "little"))
    return io.BytesIO(bytes(data))


def test_header_lying_about_size_cannot_write_more(storage, tmp_path):
    zipped = lying_zip()
    info = inspect_package(zipped)
    assert info.size_bytes < 1000  # the check believed the header...
    with pytest.raises(PackageError) as caught:
        extract_package(zipped, info, storage=storage, prefix="scorm/x/")
    assert caught.value.code == "corrupt"  # ...extraction did not, and kept nothing
    assert stored_files(tmp_path) == []
    assert not (tmp_path / "scorm" / "x").exists()


def test_extraction_stops_at_the_real_byte_limit(storage, tmp_path, settings):
    zipped = build_zip({"imsmanifest.xml": manifest(), "index.html": "x" * 50_000})
    info = inspect_package(zipped)
    settings.SCORM_MAX_UNCOMPRESSED_BYTES = 20_000
    with pytest.raises(PackageError) as caught:
        extract_package(zipped, info, storage=storage, prefix="scorm/x/")
    assert caught.value.code == "uncompressed_too_large"
    assert stored_files(tmp_path) == []
