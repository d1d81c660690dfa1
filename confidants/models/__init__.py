"""Confidant module models. The directory is public; everything about cases is a walled garden:
not in the Django admin, not a snippet, not indexed for search, never exported."""

from .cases import (
    Case,
    CaseAccess,
    CaseCounter,
    CaseMessage,
    CaseNote,
    CaseRecipient,
    CaseReminder,
)
from .changes import DirectoryChange
from .directory import ConfidantProfile
from .notices import ConfidantNotice

__all__ = [
    "Case",
    "CaseAccess",
    "CaseCounter",
    "CaseMessage",
    "CaseNote",
    "CaseRecipient",
    "CaseReminder",
    "ConfidantNotice",
    "ConfidantProfile",
    "DirectoryChange",
]
