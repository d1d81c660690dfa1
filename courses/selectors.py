import datetime
from collections import Counter

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.models.sites import SiteRootPath, get_site_for_hostname

from .completion_hash import ZERO_HASH
from .content_cache import content_cached
from .models import (
    CompletionRecord,
    CourseAttempt,
    CourseIndexPage,
    CoursePage,
    KnowledgeCheckAnswer,
    LessonPage,
    LessonProgress,
    PackageOutcome,
    ScenarioOutcome,
)

# Gaps longer than this between two server-side events do not count as time on task.
IDLE_CUTOFF = datetime.timedelta(minutes=5)


def course_list(*, locale: Locale, parent: Page | None = None) -> QuerySet[CoursePage]:
    """Published courses in one language, in catalogue order."""
    courses = CoursePage.objects.live().public().filter(locale=locale)
    if parent is not None:
        courses = courses.child_of(parent)
    return courses.order_by("path")


def catalogue_page(*, locale: Locale) -> CourseIndexPage | None:
    return CourseIndexPage.objects.live().filter(locale=locale).first()


def catalogue_url(*, language: str, request=None) -> str:
    """The catalogue's address in a language, shown in every page header; from the content
    cache, so that the header costs no queries."""

    def build() -> str:
        locale = Locale.objects.filter(language_code=language).first()
        page = catalogue_page(locale=locale) if locale else None
        return page.get_url(request=request) if page else ""

    return content_cached(f"catalogue-url:{language}", build)


def site_for_host(*, hostname: str, port: int) -> tuple[Site | None, list[SiteRootPath]]:
    """The Wagtail site that serves a host and port, with its home page in every language, and
    every site's root paths: what Wagtail looks up before it routes any page request."""

    def build() -> tuple[Site | None, list[SiteRootPath]]:
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = None
        if site is not None:
            site.root_page = site.root_page.specific
            if hasattr(site.root_page, "cache_warm"):
                site.root_page.cache_warm()
        return site, Site.get_site_root_paths()

    return content_cached(f"site:{hostname}:{port}", build)


def page_at_path(*, url_path: str, locale_id: int) -> Page | None:
    """The page (live or not) at a full URL path in one language tree, from the content
    cache; pages that can bring what they are asked on every request are cached with it."""

    def build() -> Page | None:
        page = Page.objects.filter(url_path=url_path, locale_id=locale_id).specific().first()
        if page is not None and hasattr(page, "cache_warm"):
            page.cache_warm()
        return page

    return content_cached(f"page-at-path:{locale_id}:{url_path}", build)


def course_lessons(*, course: CoursePage, with_body: bool = True) -> list[LessonPage]:
    lessons = LessonPage.objects.live().child_of(course).order_by("path")
    return list(lessons if with_body else lessons.defer("body"))


def attempt_open(*, user: AbstractBaseUser, course_key) -> CourseAttempt | None:
    if not user.is_authenticated:
        return None
    return CourseAttempt.objects.filter(
        user=user, course_key=course_key, completed_at__isnull=True
    ).first()


def attempt_progress(*, user: AbstractBaseUser, course_key) -> list[LessonProgress]:
    """Every lesson's progress in the open attempt, each with the attempt, in one read (empty
    when there is no open attempt or it has no lesson progress yet)."""
    return list(
        LessonProgress.objects.filter(
            attempt__user=user, attempt__course_key=course_key, attempt__completed_at__isnull=True
        ).select_related("attempt")
    )


def attempt_minutes(*, attempt: CourseAttempt) -> int:
    """Active minutes: the sum of gaps between consecutive events, each capped at the idle
    cut-off, so a tab left open overnight does not count."""
    times = list(attempt.events.values_list("at", flat=True))
    active = sum(
        (
            min(later - earlier, IDLE_CUTOFF)
            for earlier, later in zip(times, times[1:], strict=False)
        ),
        datetime.timedelta(),
    )
    return int(active.total_seconds() // 60)


def record_latest(*, user: AbstractBaseUser, course_key) -> CompletionRecord | None:
    if not user.is_authenticated:
        return None
    return CompletionRecord.objects.filter(user=user, course_key=course_key).order_by("-pk").first()


def record_status(*, record: CompletionRecord, today: datetime.date | None = None) -> str:
    """valid, expired or superseded (a newer completion of the same course exists)."""
    newer = CompletionRecord.objects.filter(
        user_email=record.user_email, course_key=record.course_key, pk__gt=record.pk
    ).exists()
    if newer:
        return "superseded"
    today = today or timezone.localdate()
    if record.valid_until and record.valid_until < today:
        return "expired"
    return "valid"


def course_outline(*, course: CoursePage, user: AbstractBaseUser) -> dict:
    """What the course page shows a learner: lessons with their state (also as one string,
    `states`), progress, where to resume, and the latest completion."""
    lessons = course.lessons
    # The open attempt and its lessons' progress in one read; an attempt without any lesson
    # progress yet (or none at all) takes a second.
    progress = (
        attempt_progress(user=user, course_key=course.translation_key)
        if user.is_authenticated
        else []
    )
    attempt = (
        progress[0].attempt
        if progress
        else attempt_open(user=user, course_key=course.translation_key)
    )
    done, started = set(), set()
    for row in progress:
        (done if row.completed_at else started).add(row.lesson_key)
    rows = [
        {
            "page": lesson,
            "state": "completed"
            if lesson.translation_key in done
            else "started"
            if lesson.translation_key in started
            else "new",
        }
        for lesson in lessons
    ]
    record = record_latest(user=user, course_key=course.translation_key)
    status = record_status(record=record) if record else None
    if attempt is None and status == "valid":
        for row in rows:
            row["state"] = "completed"
        done = {row["page"].translation_key for row in rows}
    resume = next((row["page"] for row in rows if row["state"] != "completed"), None)
    if attempt is not None and attempt.last_lesson_key:
        last = next((r for r in rows if r["page"].translation_key == attempt.last_lesson_key), None)
        if last is not None and last["state"] != "completed":
            resume = last["page"]
    return {
        "lessons": rows,
        "states": ",".join(row["state"] for row in rows),
        "attempt": attempt,
        "percent": round(100 * len(done) / len(rows)) if rows else 0,
        "resume": resume,
        "record": record,
        "record_status": status,
    }


def lesson_state(
    *,
    lesson: LessonPage,
    user: AbstractBaseUser,
    attempt: CourseAttempt | None = None,
    done: set | None = None,
) -> dict:
    """What a lesson page shows: answers given so far, progress and the way on. `done`: the
    keys of the attempt's completed lessons, when the caller has read them already."""
    course = lesson.course
    lessons = course.lessons
    attempt = attempt or attempt_open(user=user, course_key=course.translation_key)
    answers, outcomes, packages = {}, {}, {}
    has_scenarios = any(block.block_type == "scenario" for block in lesson.body)
    if attempt is not None and any(block.block_type == "scorm" for block in lesson.body):
        packages = {
            str(o.block_id): o
            for o in PackageOutcome.objects.filter(
                attempt=attempt, lesson_key=lesson.translation_key
            )
        }
    if attempt is not None and has_scenarios:
        outcomes = {
            str(o.block_id): o
            for o in ScenarioOutcome.objects.filter(
                attempt=attempt, lesson_key=lesson.translation_key
            )
        }
    if attempt is not None:
        answers = {
            str(a.block_id): a
            for a in KnowledgeCheckAnswer.objects.filter(
                attempt=attempt, lesson_key=lesson.translation_key
            )
        }
        if done is None:
            done = set(
                LessonProgress.objects.filter(
                    attempt=attempt, completed_at__isnull=False
                ).values_list("lesson_key", flat=True)
            )
    done = done or set()
    position = next(i for i, page in enumerate(lessons) if page.pk == lesson.pk)
    return {
        "course": course,
        "lessons": lessons,
        "answers": answers,
        "scenario_outcomes": outcomes,
        "package_outcomes": packages,
        "lesson_completed": lesson.translation_key in done,
        "position": position + 1,
        "percent": round(100 * len(done) / len(lessons)) if lessons else 0,
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "next_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
    }


CATALOGUE_STATUSES = ("not_started", "in_progress", "completed", "expired")


def catalogue_rows(*, catalogue: CourseIndexPage, user: AbstractBaseUser, status: str) -> dict:
    """The catalogue: courses in this language, each with the other languages it exists in,
    and for a signed-in learner their status, which the list can be filtered on."""
    courses = list(course_list(locale=catalogue.locale, parent=catalogue))
    languages: dict = {}
    for key, code in (
        Page.objects.live()
        .filter(translation_key__in=[c.translation_key for c in courses])
        .exclude(locale=catalogue.locale)
        .values_list("translation_key", "locale__language_code")
    ):
        languages.setdefault(key, []).append(code)
    states = {}
    if user.is_authenticated:
        states = {
            row["course"].pk: row["status"]
            for row in learner_courses(user=user, locale=catalogue.locale)
        }
    rows = [
        {
            "course": course,
            "status": states.get(course.pk, ""),
            "languages": sorted(languages.get(course.translation_key, [])),
        }
        for course in courses
    ]
    if status in CATALOGUE_STATUSES and user.is_authenticated:
        rows = [row for row in rows if row["status"] == status]
    return {"rows": rows, "status": status, "statuses": CATALOGUE_STATUSES}


def learner_courses(*, user: AbstractBaseUser, locale: Locale) -> list[dict]:
    """ "My training": every published course in the learner's language with its state."""
    courses = list(course_list(locale=locale))
    keys = [course.translation_key for course in courses]
    attempts = {
        a.course_key: a
        for a in CourseAttempt.objects.filter(
            user=user, course_key__in=keys, completed_at__isnull=True
        )
    }
    records: dict = {}
    for record in CompletionRecord.objects.filter(user=user, course_key__in=keys).order_by("pk"):
        records.setdefault(record.course_key, []).append(record)
    lesson_counts = Counter(  # lessons per course, keyed by the course's tree path
        path[: -Page.steplen]
        for path in LessonPage.objects.live().filter(locale=locale).values_list("path", flat=True)
    )
    done_counts = Counter(
        LessonProgress.objects.filter(
            attempt__in=attempts.values(), completed_at__isnull=False
        ).values_list("attempt_id", flat=True)
    )
    today = timezone.localdate()
    rows = []
    for course in courses:
        history = records.get(course.translation_key, [])
        latest = history[-1] if history else None
        attempt = attempts.get(course.translation_key)
        total = lesson_counts.get(course.path, 0)
        done = done_counts.get(attempt.pk, 0) if attempt else 0
        if latest and (latest.valid_until is None or latest.valid_until >= today) and not attempt:
            status = "completed"
        elif attempt:
            status = "in_progress"
        elif latest:
            status = "expired"
        else:
            status = "not_started"
        rows.append(
            {
                "course": course,
                "status": status,
                "percent": 100 if status == "completed" else round(100 * done / max(total, 1)),
                "latest": latest,
                "certificates": list(reversed(history)),
            }
        )
    return rows


def completion_chain_head() -> tuple[int, str]:
    """The chain head as published to compliance officers and in audit packs: (position, hash)."""
    from .models import CompletionChainHead

    head = CompletionChainHead.objects.filter(pk=1).first()
    return (head.position, head.last_hash) if head else (0, ZERO_HASH)


def completion_chain_problems(*, against: tuple[int, str] | None = None) -> tuple[int, list[str]]:
    """Walk the chain in order: each record must hash to its stored hash, point at the previous
    one, sit at its position, be dated no earlier than the one before it and still belong to the
    learner it was written for; the chain head must point at the last. `against` is a head
    published earlier (position, hash): the chain must still hold that hash at that position,
    which a chain rewritten or cut short cannot, even with every hash recomputed.
    Returns (records checked, problems)."""
    problems, expected, checked, before, found = [], ZERO_HASH, 0, None, ZERO_HASH
    records = CompletionRecord.objects.order_by("pk")
    for record in records.iterator():
        checked += 1
        where = f"record {record.pk}"
        if record.previous_hash != expected:
            problems.append(
                f"{where}: does not follow the record before it "
                "(a record was removed, inserted or changed)"
            )
        if record.position != checked:
            problems.append(
                f"{where}: says position {record.position} but is number {checked} in the chain "
                "(a record was removed or inserted)"
            )
        if record.compute_hash() != record.record_hash:
            problems.append(f"{where}: its contents were changed after it was written")
        if record.user_id is not None and record.user_id != record.learner_id:
            problems.append(f"{where}: was moved to another learner's account")
        if before is not None and record.completed_at < before:
            problems.append(f"{where}: dated before the record before it (back-dated)")
        if against and checked == against[0]:
            found = record.record_hash
        expected, before = record.record_hash, record.completed_at
    head_position, head_hash = completion_chain_head()
    if (head_hash, head_position) != (expected, checked):
        problems.append("the newest record(s) were removed or the chain head was changed")
    if against and against[0] > checked:
        problems.append(
            f"the chain holds {checked} record(s), fewer than the published head's position "
            f"{against[0]} (records were removed)"
        )
    elif against and found != against[1]:
        problems.append(
            f"the record at position {against[0]} no longer has the published hash "
            "(the chain was rewritten)"
        )
    return checked, problems
