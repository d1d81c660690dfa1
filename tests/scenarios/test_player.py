import pytest
from django.urls import reverse

from courses import services as course_services
from courses.factories import course_build
from courses.models import LessonPage, ScenarioOutcome
from people.factories import UserFactory
from scenarios.factories import choice, scenario_build, step
from scenarios.models import ScenarioAttempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario():
    return scenario_build(
        key="remarks",
        start="start",
        pass_threshold=2,
        steps=[
            step(
                "start",
                choice("Ignore it", "later", points=0, feedback="Ignoring lets it go on."),
                choice("Ask how they are", "talk", points=1, sets_flag="asked", feedback="Good."),
            ),
            step(
                "talk",
                choice("Suggest the confidant", "good-end", points=1, requires_flag="asked"),
                choice("Change the subject", "later"),
            ),
            step("later", choice("Try again", "start")),
            step("good-end", outcome="good", debrief="You helped."),
        ],
    )


def play(client, attempt, **data):
    return client.post(reverse("scenario_attempt", args=[attempt.pk]), data, follow=True)


def test_learner_plays_to_a_good_ending_with_feedback(client, employee, scenario):
    client.force_login(employee)
    response = client.get(reverse("scenario_play", args=["remarks"]))
    attempt = ScenarioAttempt.objects.get()
    assert response["Location"] == reverse("scenario_attempt", args=[attempt.pk])
    html = play(client, attempt, position=0, choice=1).content.decode()
    assert "Good." in html and "Ask how they are" in html  # feedback on the choice made
    assert "Suggest the confidant" in html  # unlocked by the flag
    html = play(client, attempt, position=1, choice=0).content.decode()
    attempt.refresh_from_db()
    assert attempt.outcome == "good" and attempt.points == 2 and attempt.finished_at
    assert "You helped." in html
    assert [entry["step"] for entry in attempt.path] == ["start", "talk"]
    assert 'class="confidant-link"' in html and "quick-exit" in html


def test_replayed_and_double_submitted_choices_change_nothing(client, employee, scenario):
    client.force_login(employee)
    client.get(reverse("scenario_play", args=["remarks"]))
    attempt = ScenarioAttempt.objects.get()
    play(client, attempt, position=0, choice=0)
    play(client, attempt, position=0, choice=1)  # the same form sent again
    attempt.refresh_from_db()
    assert len(attempt.path) == 1 and attempt.current_step == "later"


@pytest.mark.parametrize("forged", [{"choice": "7"}, {"choice": "x"}, {"choice": "0"}])
def test_forged_choices_are_refused(client, employee, scenario, forged):
    client.force_login(employee)
    client.get(reverse("scenario_play", args=["remarks"]))
    attempt = ScenarioAttempt.objects.get()
    play(client, attempt, position=0, choice=0)  # to "later"
    play(client, attempt, position=1, choice=0)  # back to "start" without the flag
    play(client, attempt, position=2, choice=1)  # to "talk" WITH the flag now
    attempt.refresh_from_db()
    assert attempt.current_step == "talk"
    attempt.flags = []  # as if the flag had never been set
    attempt.save()
    response = play(client, attempt, position=3, **forged)
    attempt.refresh_from_db()
    assert attempt.current_step == "talk" and len(attempt.path) == 3
    assert "message-error" in response.content.decode()


def test_going_back_restores_points_and_flags(client, employee, scenario):
    client.force_login(employee)
    client.get(reverse("scenario_play", args=["remarks"]))
    attempt = ScenarioAttempt.objects.get()
    play(client, attempt, position=0, choice=1)
    play(client, attempt, position=1, back="1")
    attempt.refresh_from_db()
    assert attempt.current_step == "start" and attempt.points == 0 and attempt.flags == []


def test_attempts_resume_and_are_private(client, employee, scenario):
    client.force_login(employee)
    client.get(reverse("scenario_play", args=["remarks"]))
    attempt = ScenarioAttempt.objects.get()
    play(client, attempt, position=0, choice=1)
    client.get(reverse("scenario_play", args=["remarks"]))
    assert ScenarioAttempt.objects.count() == 1  # resumed, not restarted
    client.force_login(UserFactory())
    assert client.get(reverse("scenario_attempt", args=[attempt.pk])).status_code == 404


def test_a_passed_scenario_counts_for_the_lesson(client, employee, scenario):
    block = {
        "type": "scenario",
        "id": "7f1c3a34-4ef0-4d4b-9a49-7a2f3c1b2d10",
        "value": {"scenario": "remarks", "required": True},
    }
    course = course_build(lessons=[[block]])
    lesson = LessonPage.objects.child_of(course).get()
    client.force_login(employee)
    client.get(lesson.url)
    response = client.get(
        reverse("scenario_play", args=["remarks"]) + f"?lesson={lesson.pk}&block={block['id']}"
    )
    attempt = ScenarioAttempt.objects.get()
    assert attempt.lesson_id == lesson.pk and response.status_code == 302
    play(client, attempt, position=0, choice=1)
    play(client, attempt, position=1, choice=0)
    assert ScenarioOutcome.objects.get().passed
    assert course_services.lesson_complete(user=employee, lesson=lesson) is not None


def test_a_block_id_that_is_not_in_the_lesson_is_refused(client, employee, scenario):
    course = course_build(lessons=[[]])
    lesson = LessonPage.objects.child_of(course).get()
    client.force_login(employee)
    url = reverse("scenario_play", args=["remarks"]) + f"?lesson={lesson.pk}&block=nope"
    assert client.get(url).status_code == 404


def test_a_step_can_show_an_image_with_its_description(client, employee):
    from wagtail_factories import ImageFactory

    image = ImageFactory()
    first = step("start", choice("Go", "end"))
    first["value"]["media"] = [
        {"type": "image", "value": {"image": image.pk, "alt_text": "A meeting room", "caption": ""}}
    ]
    scenario_build(key="pictured", start="start", steps=[first, step("end", outcome="good")])
    client.force_login(employee)
    html = client.get(reverse("scenario_play", args=["pictured"]), follow=True).content.decode()
    assert 'alt="A meeting room"' in html


def test_a_published_scenario_revision_shows_at_once(client, employee, scenario):
    """The player reads scenarios from the content cache; publishing replaces them there."""
    client.force_login(employee)
    client.get(reverse("scenario_play", args=["remarks"]))
    attempt = ScenarioAttempt.objects.get()
    url = reverse("scenario_attempt", args=[attempt.pk])
    assert "Ask how they are" in client.get(url).content.decode()
    scenario.steps[0].value["choices"][1]["label"] = "Ask quietly how they are"
    scenario.save_revision().publish()
    assert "Ask quietly how they are" in client.get(url).content.decode()


def test_a_published_change_to_a_step_shows_to_a_learner_at_once(client, employee, scenario):
    """Steps are kept per published scenario (and the learner's page per attempt): publishing
    a new version retires both."""
    client.force_login(employee)
    client.get(reverse("scenario_play", args=["remarks"]))
    attempt = ScenarioAttempt.objects.get()
    url = reverse("scenario_attempt", args=[attempt.pk])
    for _ in range(2):
        assert "Een collega maakt een opmerking" not in client.get(url).content.decode()
    steps = scenario.steps.raw_data
    steps[0]["value"]["situation"] = "<p>Een collega maakt een opmerking</p>"
    scenario.steps = steps
    scenario.save_revision().publish()
    assert "Een collega maakt een opmerking" in client.get(url).content.decode()
    html = play(client, attempt, position=0, choice=1).content.decode()
    assert "Suggest the confidant" in html
