"""Confidant module models. The directory is public; everything about cases is a walled garden:
not in the Django admin, not a snippet, not indexed for search, never exported."""

from .cases import (
    Case,
    CaseAccess,
    CaseMessage,
    CaseNote,
    CaseRecipient,
    CaseReminder,
    CaseStatistic,
)
from .changes import DirectoryChange
from .directory import ConfidantProfile

__all__ = [
    "Case",
    "CaseAccess",
    "CaseMessage",
    "CaseNote",
    "CaseRecipient",
    "CaseReminder",
    "CaseStatistic",
    "ConfidantProfile",
    "DirectoryChange",
]
