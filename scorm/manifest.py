"""Reading imsmanifest.xml as a SCORM player does: version, title, launch address, mastery
score. Parsed with defusedxml (no DTDs, no entities); every refusal names what is wrong."""

import io
import posixpath
import re
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse
from django.utils.translation import gettext as _

XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
# schemaversion as the manifests write it (case and spacing vary) -> our version.
EDITIONS = {
    "1.2": "1.2",
    "cam 1.3": "2004",
    "2004 2nd edition": "2004",
    "2004 3rd edition": "2004",
    "2004 4th edition": "2004",
}


class PackageError(ValueError):
    """A rejected upload. `code` is stable (tests, logs); `message` is for the trainer."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def manifest_parse(data: bytes) -> dict:
    """Version, title, launch address and mastery score, as a SCORM player reads them."""
    namespaces, root = set(), None
    try:
        events = iterparse(io.BytesIO(data), events=("start", "start-ns"), forbid_dtd=True)
        for event, item in events:
            if event == "start-ns":
                namespaces.add(item[1].rstrip("/"))
            elif root is None:
                root = item
    except ParseError as error:
        line, column = error.position
        raise PackageError(
            "malformed_manifest",
            _(
                "The manifest imsmanifest.xml is not well-formed XML (line %(line)s, column "
                "%(column)s): %(reason)s."
            )
            % {"line": line, "column": column + 1, "reason": re.sub(r":[^:]*$", "", str(error))},
        ) from error
    except DefusedXmlException as error:
        raise PackageError(
            "manifest_dtd",
            _(
                "The manifest imsmanifest.xml declares a DTD or entities, which are not accepted "
                "because they can be used to attack the server."
            ),
        ) from error
    edition = _text(_child(_child(root, "metadata"), "schemaversion"))
    version = EDITIONS.get(" ".join(edition.lower().split()))
    if not edition:
        v12 = any(uri.endswith("adlcp_rootv1p2") for uri in namespaces)
        v2004 = any(uri.endswith("adlcp_v1p3") for uri in namespaces)
        version = "1.2" if v12 and not v2004 else "2004" if v2004 and not v12 else None
    if version is None:
        raise PackageError(
            "unknown_version",
            _("The manifest's schema version '%(edition)s' is neither SCORM 1.2 nor SCORM 2004.")
            % {"edition": edition or "?"},
        )
    organizations = _child(root, "organizations")
    orgs = _children(organizations, "organization")
    default = organizations.get("default") if organizations is not None else None
    org = next((o for o in orgs if o.get("identifier") == default), orgs[0] if orgs else None)
    items = [] if org is None else [i for i in org.iter() if _local(i.tag) == "item"]
    item = next((i for i in items if i.get("identifierref")), None)
    if item is None:
        raise PackageError(
            "no_launch",
            _(
                "The manifest's organization has no item that refers to a resource, so there is "
                "nothing to launch."
            ),
        )
    ref, resources = item.get("identifierref"), _child(root, "resources")
    resource = next(
        (r for r in _children(resources, "resource") if r.get("identifier") == ref), None
    )
    if resource is None:
        raise PackageError(
            "no_launch",
            _(
                "The item '%(item)s' refers to the resource '%(ref)s', which the manifest does not "
                "define."
            )
            % {"item": item.get("identifier", ""), "ref": ref},
        )
    href = (resource.get("href") or "").strip()
    if not href:
        raise PackageError(
            "no_launch",
            _("The SCO resource '%(ref)s' has no href, so there is no file to launch.")
            % {"ref": ref},
        )
    return {
        "version": version,
        "edition": edition,
        "title": (
            _text(_child(org, "title"))
            or _text(_child(item, "title"))
            or root.get("identifier", "")
            or _("Untitled SCORM package")
        )[:255],
        "launch": _launch(root, resources, resource, href, item.get("parameters") or ""),
        "mastery_score": _score(_text(_child(item, "masteryscore"))) if version == "1.2" else None,
    }


def _launch(root, resources, resource, href: str, parameters: str) -> str:
    """The href under its xml:base folders, with the item's parameters added the way the
    SCORM content aggregation model says (leading ? or & dropped, # only if none yet)."""
    bases = [(e.get(XML_BASE) or "").strip() for e in (root, resources, resource)]
    url = urlsplit("".join(b if b.endswith("/") or not b else b + "/" for b in bases) + href)
    if url.scheme or url.netloc or url.path.startswith("/"):
        raise PackageError(
            "launch_external",
            _(
                "The launch address '%(href)s' points outside the package; only packages that "
                "contain their own content can be hosted."
            )
            % {"href": href},
        )
    launch = posixpath.normpath(url.path) + (f"?{url.query}" if url.query else "")
    launch += f"#{url.fragment}" if url.fragment else ""
    parameters = parameters.strip()
    if parameters.startswith("#"):
        return launch if "#" in launch else launch + parameters
    parameters = parameters.lstrip("?&")
    return launch + ("&" if "?" in launch else "?") + parameters if parameters else launch


def _score(text: str) -> Decimal | None:
    """SCORM 1.2 masteryscore: a number from 0 to 100, or empty when none is set. Anything else
    (NaN, Infinity, words, out of range) is refused: guessing "none" would let a package pass
    learners its author meant to hold to a mark."""
    if not text:
        return None
    try:
        score = Decimal(text)
    except InvalidOperation:
        score = None
    if score is None or not score.is_finite() or not 0 <= score <= 100:
        raise PackageError(
            "mastery_score",
            _(
                "The manifest's mastery score '%(value)s' is not a number from 0 to 100; "
                "correct it in imsmanifest.xml (adlcp:masteryscore) or leave it empty."
            )
            % {"value": text[:40]},
        )
    return score.quantize(Decimal("0.01"))


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name: str) -> list:
    return [] if element is None else [c for c in element if _local(c.tag) == name]


def _child(element, name: str):
    return next(iter(_children(element, name)), None)


def _text(element) -> str:
    return "" if element is None else " ".join((element.text or "").split())
