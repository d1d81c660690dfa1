"""Exported SCORM packages: what an LMS checks on import (a manifest valid against the schemas in
the package, every file listed) and what a learner gets (their language, nothing that needs
our server)."""

import io
import re
import uuid
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from lxml import etree
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail_factories import ImageFactory

from courses.factories import course_build
from courses.models import CoursePage, LessonPage
from scenarios.models import Scenario
from scorm.export import ExportError, export_course

pytestmark = pytest.mark.django_db
CP = {
    "1.2": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "2004": "http://www.imsglobal.org/xsd/imscp_v1p1",
}
XML_NS = "http://www.w3.org/XML/1998/namespace"
SCHEMA_REF = re.compile(r"""schemaLocation\s*=\s*"([^"]+)"|["']([\w.-]+\.dtd)["']""")


def demo_course() -> CoursePage:
    return CoursePage.objects.get(slug="respectvol-omgaan", locale__language_code="nl")


def extract(package: bytes, folder: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        archive.extractall(folder)
    return folder


def schema_locations(manifest: etree._Element) -> dict[str, str]:
    pairs = manifest.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation").split()
    return dict(zip(pairs[::2], pairs[1::2], strict=True))


def manifest_schema(folder: Path, locations: dict[str, str]) -> etree.XMLSchema:
    """One schema importing each namespace's schema file from the package itself.

    libxml2 refuses SCORM 1.2's official ims_xml.xsd only because it binds the xml namespace
    as default (an unused declaration): a copy without it is imported first, so that
    imscp_rootv1p1p2.xsd's own import of that namespace is skipped."""
    imports = ""
    if (folder / "ims_xml.xsd").exists():
        text = (folder / "ims_xml.xsd").read_text()
        fixed = text.replace('xmlns="http://www.w3.org/XML/1998/namespace"', "", 1)
        (folder / "_ims_xml.xsd").write_text(fixed)
        imports = f'<xs:import namespace="{XML_NS}" schemaLocation="_ims_xml.xsd"/>'
    imports += "".join(
        f'<xs:import namespace="{ns}" schemaLocation="{name}"/>' for ns, name in locations.items()
    )
    wrapper = folder / "_all.xsd"
    wrapper.write_text(
        f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    )
    return etree.XMLSchema(etree.parse(str(wrapper)))


def schema_closure(folder: Path, names) -> set[str]:
    """Schema files the manifest names, with what they include, import or load as DTDs."""
    seen, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        text = (folder / name).read_text(errors="replace")
        todo += [a or b for a, b in SCHEMA_REF.findall(text) if "://" not in (a or b)]
    return seen


@pytest.mark.parametrize("version", ["1.2", "2004"])
@pytest.mark.parametrize("language", ["nl", "en", "vi"])
def test_demo_course_exports_a_valid_self_contained_package(demo, tmp_path, version, language):
    folder = extract(
        export_course(course=demo_course(), version=version, language=language), tmp_path
    )
    manifest = etree.parse(str(folder / "imsmanifest.xml")).getroot()
    locations = schema_locations(manifest)
    schema = manifest_schema(folder, locations)
    assert schema.validate(manifest), schema.error_log

    ns = {"cp": CP[version]}
    schemaversion = manifest.findtext("cp:metadata/cp:schemaversion", namespaces=ns)
    assert schemaversion == ("1.2" if version == "1.2" else "2004 4th Edition")
    resource = manifest.find("cp:resources/cp:resource", ns)
    assert resource.get("href") == "index.html"
    listed = {file.get("href") for file in resource.findall("cp:file", ns)}
    in_zip = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()} - {
        "_all.xsd",
        "_ims_xml.xsd",
    }
    assert listed <= in_zip, f"listed but missing: {listed - in_zip}"
    schemas = schema_closure(folder, locations.values())
    assert in_zip == listed | schemas | {"imsmanifest.xml"}, "files nobody refers to"
    # The package judges pass/fail by the course's rule; nothing lets an LMS override it by score.
    assert manifest.find(".//{http://www.adlnet.org/xsd/adlcp_rootv1p2}masteryscore") is None
    assert manifest.find(".//{http://www.imsglobal.org/xsd/imsss}primaryObjective") is None

    html = (folder / "index.html").read_text()
    locale = Locale.objects.get(language_code=language)
    course = demo_course().get_translation(locale)
    assert f'<html lang="{language}">' in html
    for lesson in LessonPage.objects.live().child_of(course):
        assert lesson.title in html
    for path in in_zip:
        if path.endswith((".html", ".js", ".css")):
            text = (folder / path).read_text()
            assert "testserver" not in text and settings.WAGTAILADMIN_BASE_URL not in text
            assert not re.search(r"""(?:href|src)=["']?/""", text), f"server path in {path}"
            assert not re.search(r"https?://", text), f"absolute URL in {path}"


def test_vietnamese_export_shows_vietnamese_lessons_and_scenarios(demo, tmp_path):
    folder = extract(export_course(course=demo_course(), version="2004", language="vi"), tmp_path)
    html = (folder / "index.html").read_text()
    vi_lesson = LessonPage.objects.live().filter(locale__language_code="vi").first()
    nl_lesson = LessonPage.objects.live().filter(locale__language_code="nl").first()
    assert vi_lesson.title in html and nl_lesson.title not in html
    for scenario in Scenario.objects.filter(locale__language_code="vi", live=True):
        assert scenario.title in html
    assert '"passMark": 75' in html and '"version": "2004"' in html
    assert html.count('class="panel knowledge-check"') == 5
    assert html.count('class="panel scenario"') == 2


def document(name: str, content: bytes = b"WEBVTT\n") -> Document:
    doc = Document(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def test_media_is_copied_in_and_server_links_become_text(demo, tmp_path):
    image, policy = ImageFactory(), document("policy.pdf", b"%PDF-1.4")
    video, captions = document("intro.mp4", b"mp4"), document("captions.vtt")
    home = CoursePage.objects.get(slug="respectvol-omgaan", locale__language_code="nl")
    paragraph = (
        f'<p>See <a linktype="page" id="{home.pk}">the course page</a>, '
        '<a href="/nl/vertrouwenspersoon/">the help page</a> and '
        f'<a href="{settings.WAGTAILADMIN_BASE_URL}/nl/">our site</a>.</p>'
        f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="Inline"/>'
    )
    body = [
        {"type": kind, "value": value, "id": str(uuid.uuid4())}
        for kind, value in [
            ("paragraph", paragraph),
            ("image", {"image": image.pk, "alt_text": "Two colleagues", "caption": ""}),
            (
                "video",
                {
                    "file": video.pk,
                    "embed": None,
                    "captions": captions.pk,
                    "transcript": "<p>Said</p>",
                },
            ),
            ("policy_document", {"document": policy.pk, "description": "Code of conduct"}),
            ("confidant", {"text": "We are here"}),
        ]
    ]
    course = course_build(lessons=[body])
    folder = extract(export_course(course=course, version="1.2", language="nl"), tmp_path)
    html = (folder / "index.html").read_text()
    assert "See the course page, the help page and our site." in html
    assert 'alt="Inline"' in html and 'alt="Two colleagues"' in html
    images = list((folder / "media/images").iterdir())
    assert images and all(f'src="media/images/{p.name}"' in html for p in images)
    policy_name = Path(policy.file.name).name
    assert f'href="media/documents/{policy.pk}-{policy_name}"' in html
    video_name = Path(video.file.name).name
    assert (folder / f"media/documents/{video.pk}-{video_name}").read_bytes() == b"mp4"
    assert "testserver" not in html and 'href="/' not in html
    assert "We are here" in html


def test_command_writes_the_package_and_refuses_unknown_input(demo, tmp_path):
    output = tmp_path / "course.zip"
    call_command(
        "export_scorm",
        "respectvol-omgaan",
        "--scorm",
        "2004",
        "--language",
        "en",
        "-o",
        str(output),
        stdout=io.StringIO(),
    )
    with zipfile.ZipFile(output) as archive:
        assert {"imsmanifest.xml", "index.html", "runtime.js"} <= set(archive.namelist())
    # The English slug finds the same course.
    call_command(
        "export_scorm",
        "respectful-conduct",
        "--language",
        "vi",
        "-o",
        str(output),
        stdout=io.StringIO(),
    )
    with pytest.raises(CommandError, match="No course with the slug “nope”"):
        call_command("export_scorm", "nope", "-o", str(output))
    with pytest.raises(CommandError, match="not published in “de”"):
        call_command("export_scorm", "respectvol-omgaan", "--language", "de", "-o", str(output))
    with pytest.raises(CommandError, match="Unknown SCORM version “3”"):
        call_command("export_scorm", "respectvol-omgaan", "--scorm", "3", "-o", str(output))
    with pytest.raises(ExportError):
        export_course(course=demo_course(), version="1.3", language="nl")


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_an_exported_course_passes_our_own_import_checks(demo, settings, tmp_path, version):
    """What we hand to other LMSs passes what we demand of packages we host."""
    from scorm.imports import package_import

    settings.MEDIA_ROOT = tmp_path
    package = package_import(
        fileobj=io.BytesIO(export_course(course=demo_course(), version=version, language="en"))
    )
    assert package.version == version
    assert package.launch == "index.html"
    assert package.mastery_score is None
