"""Course models, split by concept and re-exported here."""

from .pages import CourseIndexPage, CoursePage, HomePage, LessonPage
from .progress import (
    ActivityEvent,
    CourseAttempt,
    KnowledgeCheckAnswer,
    LessonProgress,
    PackageOutcome,
    ScenarioOutcome,
)
from .records import CompletionChainHead, CompletionRecord

__all__ = [
    "ActivityEvent",
    "CompletionChainHead",
    "CompletionRecord",
    "CourseAttempt",
    "CourseIndexPage",
    "CoursePage",
    "HomePage",
    "KnowledgeCheckAnswer",
    "LessonPage",
    "LessonProgress",
    "PackageOutcome",
    "ScenarioOutcome",
]
