"""Every UI string is translated: no English may be left on a Dutch or Vietnamese page."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [
    ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po",
    ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po",
    ROOT / "people" / "locale" / "vi" / "LC_MESSAGES" / "django.po",  # allauth has no vi
]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_is_complete(path):
    with path.open("rb") as handle:
        catalog = read_po(handle)
    messages = [m for m in catalog if m.id]
    assert messages
    untranslated = [m.id for m in messages if not (all(m.string) if m.pluralizable else m.string)]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy


def test_source_catalogue_matches_the_code():
    """makemessages output must not be stale: every msgid in nl also exists in vi."""
    ids = {}
    for language in ("nl", "vi", "en"):
        with (ROOT / "locale" / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
            ids[language] = {m.id for m in read_po(handle) if m.id}
    assert ids["nl"] == ids["vi"] == ids["en"]
