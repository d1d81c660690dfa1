"""Writes for hosted SCORM packages: launching an attempt and recording what it commits.

Attempts are never overwritten. Launching resumes the learner's latest attempt unless it has
finished (the SCO terminated without asking to be suspended); then attempt N+1 starts. Every
commit is stored as received (ScormCommit) before the summary is updated, and what the package
reports flows into course progress through courses.services.package_outcome_record."""

import contextlib
import json

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import LessonPage
from courses.services import ProgressError, lesson_view, package_outcome_record
from people.counters import window_add

from .cmi import summarise
from .commit_input import CommitRefused
from .models import ScormAttempt, ScormCommit, ScormPackage


def package_block(*, lesson: LessonPage, block_id: str):
    """The lesson's SCORM block with that id, or None."""
    for block in lesson.body:
        if block.block_type == "scorm" and block.id == str(block_id):
            return block
    return None


@transaction.atomic
def attempt_launch(
    *, user: AbstractBaseUser, lesson: LessonPage, block_id: str, package: ScormPackage
) -> ScormAttempt:
    """Opening the package starts the lesson (as opening the lesson does) and the attempt."""
    lesson_view(user=user, lesson=lesson)
    latest = (
        ScormAttempt.objects.select_for_update()
        .filter(user=user, package=package, block_id=block_id)
        .order_by("-number")
        .first()
    )
    if latest is not None and latest.finished_at is None:
        return latest
    return ScormAttempt.objects.create(
        user=user,
        package=package,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        number=latest.number + 1 if latest else 1,
    )


def _report_to_course(attempt: ScormAttempt, summary) -> None:
    lesson = (
        LessonPage.objects.live().filter(translation_key=attempt.lesson_key).order_by("pk").first()
    )
    if lesson is None:
        return
    # ProgressError: the course was completed meanwhile, or the lesson never opened; kept here.
    with contextlib.suppress(ProgressError):
        package_outcome_record(
            user=attempt.user,
            lesson=lesson,
            block_id=str(attempt.block_id),
            completed=summary.completed,
            passed=summary.passed,
            score=summary.percent,
        )


# The hot path (every learner commits every 30 s): one statement, compiled once, that locks the
# attempt row (not the package's, which all its learners share) and reads what a commit needs.
# SQLite has no row locks; its transactions here take the write lock at BEGIN (IMMEDIATE).
_ATTEMPT_LOCKED = (
    "SELECT a.id, a.user_id, a.package_id, a.lesson_key, a.block_id, a.number, a.commit_count, "
    "a.finished_at, a.completion_status, a.success_status, a.score_scaled, a.stored_bytes, "
    "p.version AS package_version, p.mastery_score AS package_mastery "
    "FROM scorm_scormattempt a "
    "JOIN scorm_scormpackage p ON p.id = a.package_id "
    "WHERE a.id = %s AND a.user_id = %s"
)


def _attempt_locked(*, attempt_id: int, user_id: int) -> ScormAttempt | None:
    lock = " FOR UPDATE OF a" if connection.features.has_select_for_update_of else ""
    return next(iter(ScormAttempt.objects.raw(_ATTEMPT_LOCKED + lock, [attempt_id, user_id])), None)


def _commit_without_waiting_for_disk() -> None:
    """Intermediate commits carry the whole CMI state and the next one supersedes them: after
    a database crash, losing the last fraction of a second of them loses nothing a learner did
    not send again. PostgreSQL then commits without waiting for the WAL flush (never corrupt,
    only possibly not yet durable). Final commits, which end an attempt, wait as usual."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _learner_budget(*, user_id: int, size: int) -> None:
    """Commits per minute and bytes per day for each learner, counted before anything is
    read from the database."""
    count = window_add(f"scorm:commits:{user_id}", 60)
    if count > settings.SCORM_COMMITS_PER_MINUTE:
        raise CommitRefused(
            _("Too many saves in a short time; your next save will be stored."), 429, "rate"
        )
    stored = window_add(f"scorm:bytes:{user_id}", 86400, amount=size)
    if stored > settings.SCORM_COMMIT_BYTES_PER_DAY:
        raise CommitRefused(
            _("Your modules have saved as much as they may today; try again tomorrow."),
            429,
            "daily-quota",
        )


@transaction.atomic
def attempt_commit(
    *, attempt_id: int, user: AbstractBaseUser, payload: object, raw: str | None = None
) -> ScormAttempt:
    """Record one commit from the runtime: `payload` parsed, `raw` the text as received (or
    None to store the payload re-encoded). Refused (nothing stored) when the payload is not a
    CMI object, the attempt is someone else's or has finished, or the learner's budget
    (settings.SCORM_*) is spent."""
    if not isinstance(payload, dict) or not isinstance(payload.get("cmi"), dict):
        raise CommitRefused(_("The commit is not a CMI data object."), code="not-cmi")
    text = raw if raw is not None else json.dumps(payload, ensure_ascii=False)
    size = len(text.encode())
    _learner_budget(user_id=user.pk, size=size)
    final = payload.get("final") is True
    if not final and connection.vendor == "postgresql":
        _commit_without_waiting_for_disk()
    attempt = _attempt_locked(attempt_id=attempt_id, user_id=user.pk)
    if attempt is None:
        raise CommitRefused(_("There is no such attempt of yours."), 404, "no-attempt")
    if attempt.finished_at is not None:
        raise CommitRefused(_("This attempt has finished; start a new one."), 409, "finished")
    if attempt.stored_bytes + size > settings.SCORM_ATTEMPT_QUOTA_BYTES:
        raise CommitRefused(
            _("This attempt has stored as much as it may; ask your trainer for help."),
            413,
            "attempt-quota",
        )
    ScormCommit.objects.create(
        attempt=attempt, sequence=attempt.commit_count + 1, final=final, raw=text
    )
    before = (attempt.completion_status, attempt.success_status, attempt.score_scaled)
    summary = summarise(
        attempt.package_version, payload["cmi"], mastery_score=attempt.package_mastery
    )
    attempt.completion_status = summary.completion_status
    attempt.success_status = summary.success_status
    attempt.score_raw, attempt.score_scaled = summary.score_raw, summary.score_scaled
    attempt.location = summary.location
    attempt.commit_count += 1
    attempt.stored_bytes += size
    if final and summary.exit != "suspend":
        attempt.finished_at = timezone.now()
    attempt.save(
        update_fields=[
            "completion_status",
            "success_status",
            "score_raw",
            "score_scaled",
            "location",
            "commit_count",
            "stored_bytes",
            "finished_at",
            "updated_at",
        ]
    )
    after = (summary.completion_status, summary.success_status, summary.score_scaled)
    if after != before and (summary.completed or summary.success_status == "passed"):
        _report_to_course(attempt, summary)
    return attempt
