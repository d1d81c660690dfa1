from django.apps import apps
from django.core.management import call_command


def snapshot() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
    }


def test_load_demo_twice_changes_nothing(db, capsys):
    call_command("load_demo")
    first = snapshot()
    output = capsys.readouterr().out
    call_command("load_demo")
    assert snapshot() == first
    for email in ("medewerker@demo.example", "trainer@demo.example", "beheerder@demo.example"):
        assert email in output


def test_demo_has_pages_in_three_languages_and_two_departments(demo):
    from courses.models import CourseIndexPage, CoursePage, HomePage
    from people.models import Department, User

    for model in (HomePage, CourseIndexPage):
        assert sorted(model.objects.values_list("locale__language_code", flat=True)) == [
            "en",
            "nl",
            "vi",
        ]
    assert CoursePage.objects.filter(locale__language_code="vi").count() == 2
    assert Department.objects.count() == 2
    assert Department.objects.filter(parent__isnull=False).count() == 1
    assert User.objects.filter(groups__name="Confidant").count() == 2  # internal and external


def test_demo_lessons_are_fully_translated_down_to_answer_options(demo):
    from courses import demo_content
    from courses.models import LessonPage

    dutch = set(demo_content.TRANSLATIONS)
    for lesson in LessonPage.objects.filter(locale__language_code__in=["en", "vi"]):
        for block in lesson.body:
            if block.block_type == "knowledge_check":
                texts = [block.value["question"]]
                for option in block.value["options"]:
                    texts += [option["label"], option["feedback"]]
                assert not dutch.intersection(texts), lesson.url_path


def test_demo_scenarios_are_sound_translated_and_in_the_course(demo):
    from courses.models import LessonPage
    from scenarios import demo_content
    from scenarios.models import Scenario
    from scenarios.validation import scenario_check

    dutch = set(demo_content.TRANSLATIONS)
    for scenario in Scenario.objects.all():
        assert scenario.live
        assert scenario_check(steps=scenario.step_specs(), start=scenario.start_step) == []
        if scenario.locale.language_code != "nl":
            for step in scenario.steps:
                assert step.value["situation"].source.removeprefix("<p>")[:-4] not in dutch
    assert Scenario.objects.count() == 6
    keys = {
        block.value["scenario"]
        for lesson in LessonPage.objects.filter(locale__language_code="vi")
        for block in lesson.body
        if block.block_type == "scenario"
    }
    assert keys == {"bystander-meeting", "repeated-remarks"}
