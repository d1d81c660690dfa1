import datetime

import pytest
from django.utils import timezone, translation

from courses import services
from courses.factories import course_build, knowledge_check, paragraph, scenario
from courses.models import ActivityEvent, CompletionRecord, KnowledgeCheckAnswer, LessonPage
from courses.selectors import attempt_minutes, course_outline, record_status

pytestmark = pytest.mark.django_db

Q1 = knowledge_check("Who decides?", [("You", True), ("HR", False), ("Manager", False)])
Q2 = knowledge_check("Which are true?", [("A", True), ("B", True), ("C", False)], multiple=True)


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def test_course_completes_when_every_rule_is_met(employee):
    course = course_build(lessons=[[paragraph("intro"), Q1], [Q2]], validity_months=24)
    first, second = lessons_of(course)
    services.lesson_view(user=employee, lesson=first)
    services.answer_submit(user=employee, lesson=first, block_id=Q1["id"], selected=[0])
    assert services.lesson_complete(user=employee, lesson=first) is None
    services.lesson_view(user=employee, lesson=second)
    services.answer_submit(user=employee, lesson=second, block_id=Q2["id"], selected=[1, 0])
    record = services.lesson_complete(user=employee, lesson=second)
    assert record is not None
    assert record.score == 100
    assert record.user_email == employee.email
    assert record.language == "nl"
    assert record.valid_until == services.add_months(timezone.localdate(record.completed_at), 24)
    assert record_status(record=record) == "valid"


def test_wrong_answers_below_the_pass_mark_do_not_complete(employee):
    course = course_build(lessons=[[Q1, Q2]], pass_mark=80)
    (lesson,) = lessons_of(course)
    services.lesson_view(user=employee, lesson=lesson)
    services.answer_submit(user=employee, lesson=lesson, block_id=Q1["id"], selected=[1])
    services.answer_submit(user=employee, lesson=lesson, block_id=Q2["id"], selected=[0, 1])
    assert services.lesson_complete(user=employee, lesson=lesson) is None
    # A second try at the wrong question counts; the latest answer wins.
    answer = services.answer_submit(user=employee, lesson=lesson, block_id=Q1["id"], selected=[0])
    assert answer.tries == 2
    assert services.lesson_complete(user=employee, lesson=lesson).score == 100


@pytest.mark.parametrize(
    ("selected", "message"),
    [([], "Choose an answer"), ([7], "not one of the options"), ([0, 1], "Choose one answer")],
)
def test_crafted_answers_are_refused(employee, selected, message):
    course = course_build(lessons=[[Q1]])
    (lesson,) = lessons_of(course)
    services.lesson_view(user=employee, lesson=lesson)
    with translation.override("en"), pytest.raises(services.ProgressError, match=message):
        services.answer_submit(user=employee, lesson=lesson, block_id=Q1["id"], selected=selected)
    assert not KnowledgeCheckAnswer.objects.exists()


def test_answering_a_question_from_another_lesson_is_refused(employee):
    course = course_build(lessons=[[Q1], [Q2]])
    first, second = lessons_of(course)
    services.lesson_view(user=employee, lesson=first)
    with pytest.raises(services.ProgressError):
        services.answer_submit(user=employee, lesson=first, block_id=Q2["id"], selected=[0])


def test_a_lesson_cannot_be_completed_without_opening_or_answering_it(employee):
    course = course_build(lessons=[[Q1]])
    (lesson,) = lessons_of(course)
    with pytest.raises(services.ProgressError):
        services.lesson_complete(user=employee, lesson=lesson)
    services.lesson_view(user=employee, lesson=lesson)
    with pytest.raises(services.ProgressError):
        services.lesson_complete(user=employee, lesson=lesson)
    assert not CompletionRecord.objects.exists()


def test_required_scenario_must_be_passed(employee):
    block = scenario()
    course = course_build(lessons=[[block]])
    (lesson,) = lessons_of(course)
    services.lesson_view(user=employee, lesson=lesson)
    with pytest.raises(services.ProgressError):
        services.lesson_complete(user=employee, lesson=lesson)
    services.scenario_outcome_record(
        user=employee, lesson=lesson, block_id=block["id"], passed=False
    )
    assert services.lesson_complete(user=employee, lesson=lesson) is None
    services.scenario_outcome_record(
        user=employee, lesson=lesson, block_id=block["id"], passed=True
    )
    services.scenario_outcome_record(  # a later, worse replay does not undo the pass
        user=employee, lesson=lesson, block_id=block["id"], passed=False
    )
    assert services.lesson_complete(user=employee, lesson=lesson) is not None


def test_minimum_active_minutes_come_from_server_events(employee):
    course = course_build(lessons=[[paragraph("read")]], min_active_minutes=10)
    (lesson,) = lessons_of(course)
    services.lesson_view(user=employee, lesson=lesson)
    assert services.lesson_complete(user=employee, lesson=lesson) is None
    attempt = course_outline(course=course, user=employee)["attempt"]
    # Twelve minutes of activity pings, one a minute; a two-hour gap counts only five minutes.
    start = timezone.now() - datetime.timedelta(hours=3)
    events = [start + datetime.timedelta(minutes=m) for m in range(13)]
    events.append(events[-1] + datetime.timedelta(hours=2))
    attempt.events.all().delete()
    for at in events:
        event = ActivityEvent.objects.create(
            attempt=attempt, lesson_key=lesson.translation_key, kind="active"
        )
        ActivityEvent.objects.filter(pk=event.pk).update(at=at)
    assert attempt_minutes(attempt=attempt) == 12 + 5
    assert services.lesson_complete(user=employee, lesson=lesson) is not None


def test_activity_pings_count_at_most_twice_a_minute(employee):
    course = course_build(lessons=[[paragraph("read")]])
    (lesson,) = lessons_of(course)
    assert services.activity_record(user=employee, lesson=lesson) is False  # not started
    services.lesson_view(user=employee, lesson=lesson)
    assert services.activity_record(user=employee, lesson=lesson) is False  # too soon


def test_progress_carries_over_between_languages(employee):
    course = course_build(lessons=[[paragraph("a")], [paragraph("b")]])
    first, _second = lessons_of(course)
    services.lesson_view(user=employee, lesson=first)
    services.lesson_complete(user=employee, lesson=first)
    outline = course_outline(course=course, user=employee)
    assert outline["percent"] == 50
    assert outline["resume"].title == "Lesson 2"


def test_rereading_a_completed_course_starts_nothing(employee):
    course = course_build(lessons=[[paragraph("a"), Q1]], validity_months=12)
    (lesson,) = lessons_of(course)
    services.lesson_view(user=employee, lesson=lesson)
    services.answer_submit(user=employee, lesson=lesson, block_id=Q1["id"], selected=[0])
    services.lesson_complete(user=employee, lesson=lesson)
    assert services.lesson_view(user=employee, lesson=lesson) is None
    with pytest.raises(services.ProgressError):
        services.answer_submit(user=employee, lesson=lesson, block_id=Q1["id"], selected=[1])
    outline = course_outline(course=course, user=employee)
    assert outline["percent"] == 100 and outline["resume"] is None


def test_a_new_completion_after_expiry_issues_a_new_certificate(employee, monkeypatch):
    course = course_build(lessons=[[paragraph("a")]], validity_months=12)
    (lesson,) = lessons_of(course)
    services.lesson_view(user=employee, lesson=lesson)
    first = services.lesson_complete(user=employee, lesson=lesson)
    later = timezone.localdate() + datetime.timedelta(days=400)
    assert record_status(record=first, today=later) == "expired"
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later)
    services.lesson_view(user=employee, lesson=lesson)
    second = services.lesson_complete(user=employee, lesson=lesson)
    assert second.pk != first.pk
    assert second.verification_code != first.verification_code
    assert second.previous_hash == first.record_hash
    assert record_status(record=first) == "superseded"
    assert record_status(record=second) == "valid"
    assert second.valid_until == services.add_months(later, 12)


def test_verification_codes_carry_at_least_80_bits():
    code = services.verification_code_new()
    assert len(code) * 5 >= 80
    assert len({services.verification_code_new() for _ in range(1000)}) == 1000


def test_add_months_clamps_to_the_end_of_the_month():
    assert services.add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert services.add_months(datetime.date(2026, 11, 15), 24) == datetime.date(2028, 11, 15)
