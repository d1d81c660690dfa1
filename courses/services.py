"""Writes for learning progress and completion. The server alone decides what is complete."""

import base64
import calendar
import datetime
import secrets
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from people.models import EmployeeProfile

from .completion_hash import CURRENT_VERSION
from .models import (
    ActivityEvent,
    CompletionChainHead,
    CompletionRecord,
    CourseAttempt,
    CoursePage,
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
    PackageOutcome,
    ScenarioOutcome,
)
from .selectors import (
    attempt_minutes,
    attempt_open,
    attempt_progress,
    course_lessons,
    record_latest,
    record_status,
)

ACTIVITY_MIN_INTERVAL = datetime.timedelta(seconds=30)


class ProgressError(ValueError):
    """A request that progress rules refuse; the message is shown to the learner."""


def _course_of(lesson: LessonPage) -> CoursePage:
    return lesson.course


def attempt_get_or_start(*, user: AbstractBaseUser, course: CoursePage) -> CourseAttempt:
    attempt = attempt_open(user=user, course_key=course.translation_key)
    if attempt is None:
        attempt = CourseAttempt.objects.create(
            user=user, course_key=course.translation_key, language=get_language()
        )
    return attempt


def _event(attempt: CourseAttempt, lesson: LessonPage, kind: str) -> None:
    event = ActivityEvent.objects.create(
        attempt=attempt, lesson_key=lesson.translation_key, kind=kind
    )
    CourseAttempt.objects.filter(pk=attempt.pk).update(last_event_at=event.at)
    attempt.last_event_at = event.at


def _completed_and_valid(user: AbstractBaseUser, course: CoursePage) -> bool:
    record = record_latest(user=user, course_key=course.translation_key)
    return record is not None and record_status(record=record) == "valid"


def lesson_view(*, user: AbstractBaseUser, lesson: LessonPage) -> LessonProgress | None:
    """Opening a lesson starts it (and the course), and is where the learner resumes.
    Rereading a lesson of a course completed and still valid starts nothing new.

    A view is a sign of life like activity_record's: reloading the lesson the learner is
    already on within 30 seconds of their last event records nothing, so it reads without
    taking the database's write lock; the progress it returns then carries `done_keys` (the
    attempt's completed lessons), and only then."""
    course = _course_of(lesson)
    # The open attempt with every lesson's progress in one read: this lesson's, and which are
    # done (the page's progress bar), so lesson_state need not ask again.
    rows = attempt_progress(user=user, course_key=course.translation_key)
    attempt = rows[0].attempt if rows else None
    if attempt is not None and attempt.last_lesson_key == lesson.translation_key:
        progress = next((p for p in rows if p.lesson_key == lesson.translation_key), None)
        last = attempt.last_event_at
        if (
            progress is not None
            and attempt.language == get_language()
            and last is not None
            and timezone.now() - last < ACTIVITY_MIN_INTERVAL
        ):
            progress.attempt = attempt
            progress.done_keys = {p.lesson_key for p in rows if p.completed_at}
            return progress
    return _lesson_view_record(user=user, lesson=lesson)


@transaction.atomic
def _lesson_view_record(*, user: AbstractBaseUser, lesson: LessonPage) -> LessonProgress | None:
    course = _course_of(lesson)
    attempt = attempt_open(user=user, course_key=course.translation_key)
    if attempt is None:
        if _completed_and_valid(user, course):
            return None
        attempt = attempt_get_or_start(user=user, course=course)
    progress, _created = LessonProgress.objects.get_or_create(
        attempt=attempt, lesson_key=lesson.translation_key
    )
    progress.attempt = attempt
    attempt.last_lesson_key = lesson.translation_key
    attempt.language = get_language()  # the language the lesson is being read in
    attempt.save(update_fields=["last_lesson_key", "language"])
    _event(attempt, lesson, ActivityEvent.Kind.VIEW)
    return progress


def _started_progress(user: AbstractBaseUser, lesson: LessonPage) -> LessonProgress:
    attempt = attempt_open(user=user, course_key=_course_of(lesson).translation_key)
    progress = (
        LessonProgress.objects.filter(attempt=attempt, lesson_key=lesson.translation_key)
        .select_related("attempt")
        .first()
        if attempt
        else None
    )
    if progress is None and _completed_and_valid(user, _course_of(lesson)):
        raise ProgressError(_("You have already completed this course."))
    if progress is None:
        raise ProgressError(_("Open the lesson before answering its questions."))
    return progress


def _block(lesson: LessonPage, block_id: str, block_type: str):
    for block in lesson.body:
        if block.id == str(block_id) and block.block_type == block_type:
            return block
    raise ProgressError(_("This question is not part of the lesson."))


@transaction.atomic
def answer_submit(
    *, user: AbstractBaseUser, lesson: LessonPage, block_id: str, selected: list[int]
) -> KnowledgeCheckAnswer:
    """Grade an answer against the published lesson. Learners may try again; the latest
    answer counts."""
    progress = _started_progress(user, lesson)
    block = _block(lesson, block_id, "knowledge_check")
    options = block.value["options"]
    chosen = sorted(set(selected))
    if not chosen:
        raise ProgressError(_("Choose an answer."))
    if any(index < 0 or index >= len(options) for index in chosen):
        raise ProgressError(_("That answer is not one of the options."))
    if not block.value["multiple"] and len(chosen) > 1:
        raise ProgressError(_("Choose one answer."))
    correct = chosen == [i for i, option in enumerate(options) if option["correct"]]
    answer, created = KnowledgeCheckAnswer.objects.get_or_create(
        attempt=progress.attempt,
        block_id=block.id,
        defaults={"lesson_key": lesson.translation_key, "selected": chosen, "correct": correct},
    )
    if not created:
        answer.selected, answer.correct, answer.tries = chosen, correct, answer.tries + 1
        answer.save(update_fields=["selected", "correct", "tries", "answered_at"])
    _event(progress.attempt, lesson, ActivityEvent.Kind.ANSWER)
    return answer


@transaction.atomic
def scenario_outcome_record(
    *, user: AbstractBaseUser, lesson: LessonPage, block_id: str, passed: bool
) -> ScenarioOutcome:
    """Completion hook for scenario blocks: the scenario player calls this at an ending.
    A scenario passed once stays passed, whatever later replays reach."""
    progress = _started_progress(user, lesson)
    block = _block(lesson, block_id, "scenario")
    outcome, created = ScenarioOutcome.objects.get_or_create(
        attempt=progress.attempt,
        block_id=block.id,
        defaults={"lesson_key": lesson.translation_key, "passed": passed},
    )
    if not created and passed and not outcome.passed:  # once passed, a replay cannot undo it
        outcome.passed = True
        outcome.save(update_fields=["passed", "finished_at"])
    _event(progress.attempt, lesson, ActivityEvent.Kind.SCENARIO)
    return outcome


@transaction.atomic
def package_outcome_record(
    *,
    user: AbstractBaseUser,
    lesson: LessonPage,
    block_id: str,
    completed: bool,
    passed: bool,
    score: Decimal | None,
) -> PackageOutcome:
    """Completion hook for SCORM package blocks: scorm/ calls this after each commit that
    reports something. A pass stays a pass (with its score), whatever later attempts report."""
    progress = _started_progress(user, lesson)
    block = _block(lesson, block_id, "scorm")
    outcome, created = PackageOutcome.objects.get_or_create(
        attempt=progress.attempt,
        block_id=block.id,
        defaults={
            "lesson_key": lesson.translation_key,
            "completed": completed,
            "passed": passed,
            "score": score,
        },
    )
    if not created and not outcome.passed:
        outcome.completed, outcome.passed = outcome.completed or completed, passed
        outcome.score = score if score is not None else outcome.score
        outcome.save(update_fields=["completed", "passed", "score", "reported_at"])
    _event(progress.attempt, lesson, ActivityEvent.Kind.PACKAGE)
    return outcome


@transaction.atomic
def activity_record(*, user: AbstractBaseUser, lesson: LessonPage) -> bool:
    """A sign of life from an open lesson. The browser sends no number: the server stamps it,
    and at most one per 30 seconds counts."""
    attempt = attempt_open(user=user, course_key=_course_of(lesson).translation_key)
    if attempt is None:
        return False
    last = attempt.last_event_at
    if last and timezone.now() - last < ACTIVITY_MIN_INTERVAL:
        return False
    _event(attempt, lesson, ActivityEvent.Kind.ACTIVE)
    return True


@transaction.atomic
def lesson_complete(*, user: AbstractBaseUser, lesson: LessonPage) -> CompletionRecord | None:
    """Finish a lesson once every question in it is answered and every required scenario in it
    has been played to an ending. Returns the completion record when this completed the course."""
    progress = _started_progress(user, lesson)
    answered = set(
        KnowledgeCheckAnswer.objects.filter(attempt=progress.attempt).values_list(
            "block_id", flat=True
        )
    )
    played = set(
        ScenarioOutcome.objects.filter(attempt=progress.attempt).values_list("block_id", flat=True)
    )
    packages_passed = {
        str(key)
        for key in PackageOutcome.objects.filter(attempt=progress.attempt, passed=True).values_list(
            "block_id", flat=True
        )
    }
    for block in lesson.body:
        if block.block_type == "knowledge_check" and block.id not in {str(a) for a in answered}:
            raise ProgressError(_("Answer every question in this lesson first."))
        if (
            block.block_type == "scenario"
            and block.value["required"]
            and block.id not in {str(p) for p in played}
        ):
            raise ProgressError(_("Play the scenario in this lesson to an ending first."))
        if (
            block.block_type == "scorm"
            and block.value["required"]
            and block.id not in packages_passed
        ):
            raise ProgressError(_("Complete the SCORM module in this lesson first."))
    if progress.completed_at is None:
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at"])
    _event(progress.attempt, lesson, ActivityEvent.Kind.COMPLETE)
    return course_completion_evaluate(attempt=progress.attempt, course=_course_of(lesson))


def course_completion_evaluate(
    *, attempt: CourseAttempt, course: CoursePage
) -> CompletionRecord | None:
    """The completion rule: every required lesson completed, knowledge checks at or above the
    pass mark, every required scenario and SCORM package passed, and the minimum active minutes
    reached. The score counts each knowledge check as one point and each scored package as one
    point scaled by its own score. A pass that a SCORM package reported from the learner's
    browser is noted on the record (outcome source "package")."""
    required = [lesson for lesson in course_lessons(course=course) if lesson.required]
    completed = set(
        attempt.lessons.filter(completed_at__isnull=False).values_list("lesson_key", flat=True)
    )
    if any(lesson.translation_key not in completed for lesson in required):
        return None
    questions, scenarios, packages = [], [], []
    for lesson in required:
        for block in lesson.body:
            if block.block_type == "knowledge_check":
                questions.append(block.id)
            elif block.block_type == "scenario" and block.value["required"]:
                scenarios.append(block.id)
            elif block.block_type == "scorm" and block.value["required"]:
                packages.append(block.id)
    right = {
        str(k) for k in attempt.answers.filter(correct=True).values_list("block_id", flat=True)
    }
    reported = {str(o.block_id): o for o in attempt.packages.all()} if packages else {}
    if any(not (p in reported and reported[p].passed) for p in packages):
        return None
    scored = [reported[p].score / 100 for p in packages if reported[p].score is not None]
    points = sum(q in right for q in questions) + sum(scored)
    items = len(questions) + len(scored)
    score = round(100 * points / items) if items else 100
    if score < course.pass_mark:
        return None
    passed = {
        str(k) for k in attempt.scenarios.filter(passed=True).values_list("block_id", flat=True)
    }
    if any(s not in passed for s in scenarios):
        return None
    minutes = attempt_minutes(attempt=attempt)
    if minutes < course.min_active_minutes:
        return None
    source = CompletionRecord.OutcomeSource
    return completion_record_create(
        attempt=attempt,
        course=course,
        score=score,
        minutes=minutes,
        outcome_source=source.PACKAGE if packages else source.PLATFORM,
    )


def add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def verification_code_new() -> str:
    """120 random bits, in a form that survives being typed from paper."""
    return base64.b32encode(secrets.token_bytes(15)).decode().rstrip("=")


@transaction.atomic
def completion_record_append(
    *, record: CompletionRecord, in_order: bool = True
) -> CompletionRecord:
    """The one way a record joins the chain (the platform, test data and benchmarks): under the
    chain head's lock it gets the next position, the previous hash and its own hash (hash
    version 2). Completions are recorded as they happen, so a record is never dated before
    the one before it (`in_order` absorbs hosts' clocks that differ by a second) and
    verification reports one that is as back-dated; only test data passes in_order=False."""
    head, _created = CompletionChainHead.objects.select_for_update().get_or_create(pk=1)
    before = (
        CompletionRecord.objects.filter(record_hash=head.last_hash)
        .values_list("completed_at", flat=True)
        .first()
    )
    if in_order and before is not None and record.completed_at < before:
        record.completed_at = before
    record.learner_id = record.user_id
    record.hash_version = CURRENT_VERSION
    record.position = head.position + 1
    record.previous_hash = head.last_hash
    record.record_hash = record.compute_hash()
    record.save()
    head.last_hash, head.position = record.record_hash, record.position
    head.save(update_fields=["last_hash", "position"])
    return record


@transaction.atomic
def completion_record_create(
    *,
    attempt: CourseAttempt,
    course: CoursePage,
    score: int,
    minutes: int,
    outcome_source: str = CompletionRecord.OutcomeSource.PLATFORM,
) -> CompletionRecord:
    """Append one record to the hash chain and close the attempt."""
    now = timezone.now().replace(microsecond=0)
    user = attempt.user
    profile = EmployeeProfile.objects.filter(user=user).first()
    record = CompletionRecord(
        user=user,
        user_name=user.get_full_name() or user.email,
        user_email=user.email,
        employee_number=(profile.employee_number or "") if profile else "",
        course_key=course.translation_key,
        course_page=course,
        course_title=course.title,
        course_revision=course.latest_revision_id,
        language=attempt.language or get_language(),
        score=score,
        minutes=minutes,
        completed_at=now,
        valid_until=add_months(timezone.localdate(now), course.validity_months)
        if course.validity_months
        else None,
        verification_code=verification_code_new(),
        outcome_source=outcome_source,
    )
    completion_record_append(record=record)
    attempt.completed_at = record.completed_at
    attempt.save(update_fields=["completed_at"])
    return record
