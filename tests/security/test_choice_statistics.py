"""Choice statistics move only in steps of five learners: comparing the report before and
after one known learner played reveals nothing about what they chose."""

import pytest
from django.urls import reverse

from people.factories import UserFactory
from scenarios.factories import choice, scenario_build, scenario_play_through, step
from scenarios.selectors import choice_statistics

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario():
    return scenario_build(
        key="lift",
        start="start",
        steps=[
            step("start", choice("Speak up", "end", points=2), choice("Stay quiet", "quiet")),
            step("quiet", choice("Talk later", "end", points=1), choice("Let it go", "end")),
            step("end", outcome="good"),
        ],
    )


def test_one_more_learner_changes_nothing_until_the_next_five(scenario):
    for index in range(7):
        scenario_play_through(UserFactory(), scenario, *((0,) if index % 2 else (1, 0)))
    before = choice_statistics(scenario=scenario)
    start = before["nl"][0]
    assert start["learners"] == 5 and [c["count"] for c in start["choices"]] == [2, 3]

    assert before["nl"][1]["learners"] == 0  # four learners chose at "quiet"
    scenario_play_through(UserFactory(), scenario, 0)  # the eighth learner
    assert choice_statistics(scenario=scenario) == before
    scenario_play_through(UserFactory(), scenario, 0)
    assert choice_statistics(scenario=scenario) == before  # nine: still the first five

    scenario_play_through(
        UserFactory(), scenario, 1, 1
    )  # the tenth completes a second group of five
    after = choice_statistics(scenario=scenario)
    start = after["nl"][0]
    assert start["learners"] == 10
    assert [c["count"] for c in start["choices"]] == [5, 5]
    assert [c["share"] for c in start["choices"]] == [50, 50]
    quiet = after["nl"][1]  # and the fifth learner at "quiet"
    assert quiet["learners"] == 5 and [c["count"] for c in quiet["choices"]] == [4, 1]


def test_a_learner_playing_again_changes_nothing(scenario):
    learners = [UserFactory() for _ in range(5)]
    for learner in learners:
        scenario_play_through(learner, scenario, 0)
    (before, *_rest) = choice_statistics(scenario=scenario)["nl"]
    for learner in learners:  # everyone plays again, choosing otherwise: first choices count
        scenario_play_through(learner, scenario, 1, 1)
    assert choice_statistics(scenario=scenario)["nl"][0] == before
    assert [c["count"] for c in before["choices"]] == [5, 0]
    assert before["average_points"] == 2


def test_the_average_points_also_move_in_steps_of_five(scenario):
    for _ in range(5):
        scenario_play_through(UserFactory(), scenario, 0)
    before = choice_statistics(scenario=scenario)
    scenario_play_through(UserFactory(), scenario, 1, 1)  # a sixth learner ends with 0 points
    assert choice_statistics(scenario=scenario)["nl"][0]["average_points"] == 2
    assert choice_statistics(scenario=scenario) == before


def test_the_report_shows_the_figures_of_whole_groups(client, trainer, totp_enrol, scenario):
    for index in range(6):
        scenario_play_through(UserFactory(), scenario, *((0,) if index else (1, 0)))
    totp_enrol(trainer)
    client.force_login(trainer)
    html = client.get(reverse("scenario_report", args=[scenario.pk])).content.decode()
    assert "Speak up: 4 (80%)" in html and "Stay quiet: 1 (20%)" in html
    assert "<td>5</td>" in html and "<td>6</td>" not in html
