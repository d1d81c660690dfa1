import pytest
from django.urls import reverse

from people.factories import UserFactory
from scenarios.factories import choice, scenario_build, scenario_play_through, step
from scenarios.selectors import choice_statistics

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario():
    return scenario_build(
        key="meeting",
        start="start",
        steps=[
            step("start", choice("Speak up", "end", points=2), choice("Stay quiet", "quiet")),
            step("quiet", choice("Talk later", "end", points=1)),
            step("end", outcome="good"),
        ],
    )


def test_statistics_appear_from_five_learners_on(scenario):
    for _ in range(4):
        scenario_play_through(UserFactory(), scenario, 0)
    assert choice_statistics(scenario=scenario) == {}  # not even which steps were taken
    scenario_play_through(UserFactory(), scenario, 1, 0)
    rows = {row["key"]: row for row in choice_statistics(scenario=scenario)["nl"]}
    assert rows["start"]["enough"]
    assert [c["count"] for c in rows["start"]["choices"]] == [4, 1]
    assert [c["share"] for c in rows["start"]["choices"]] == [80, 20]
    assert rows["start"]["average_points"] == pytest.approx((2 * 4 + 1) / 5)
    assert rows["quiet"]["learners"] == 0 and not rows["quiet"]["enough"]
    assert "choices" not in rows["quiet"] and not rows["end"]["enough"]


def test_the_same_learner_five_times_is_still_fewer_than_five(scenario):
    learner = UserFactory()
    for _ in range(5):
        scenario_play_through(learner, scenario, 0)
    assert choice_statistics(scenario=scenario) == {}


def test_trainer_sees_map_problems_and_statistics(client, trainer, totp_enrol, scenario):
    totp_enrol(trainer)
    client.force_login(trainer)
    html = client.get(reverse("scenario_report", args=[scenario.pk])).content.decode()
    assert "<svg" in html and html.count('class="map-node') == 3
    assert "map-problem" not in html
    listing = client.get(reverse("wagtailsnippets_scenarios_scenario:list")).content.decode()
    assert reverse("scenario_report", args=[scenario.pk]) in listing


def test_map_marks_broken_steps(client, trainer, totp_enrol):
    broken = scenario_build(
        key="broken", start="start", steps=[step("start", choice("Go", "nowhere"))]
    )
    totp_enrol(trainer)
    client.force_login(trainer)
    html = client.get(reverse("scenario_report", args=[broken.pk])).content.decode()
    assert "map-problem" in html and 'stroke-dasharray="4 3"' in html


def test_employees_cannot_see_the_report(client, employee, scenario):
    client.force_login(employee)
    response = client.get(reverse("scenario_report", args=[scenario.pk]))
    assert response.status_code in {302, 403}
