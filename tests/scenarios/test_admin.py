"""Trainers may save a broken scenario as a draft, but cannot publish it."""

import uuid

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from scenarios.models import Scenario

pytestmark = pytest.mark.django_db


def choices(*items):
    data = {
        str(i): {
            "value": {
                "label": label,
                "feedback": "",
                "points": "1",
                "next": nxt,
                "tags": "",
                "sets_flag": "",
                "requires_flag": "",
            },
            "deleted": "",
            "order": str(i),
            "id": str(uuid.uuid4()),
        }
        for i, (label, nxt) in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def step(key, *items, outcome=""):
    return (
        "step",
        {
            "key": key,
            "speaker": "Colleague",
            "situation": rich_text(f"<p>Situation {key}</p>"),
            "media": streamfield([]),
            "choices": choices(*items),
            "outcome": outcome,
            "debrief": rich_text(""),
        },
    )


def form(steps, action):
    data = nested_form_data(
        {
            "title": "Meeting",
            "key": "meeting",
            "start_step": "start",
            "pass_threshold": "0",
            "allow_back": "on",
            "steps": streamfield(steps),
        }
    )
    if action == "publish":
        data["action-publish"] = "action-publish"
    return data


@pytest.fixture
def trainer_client(client, trainer, totp_enrol):
    totp_enrol(trainer)
    client.force_login(trainer)
    return client


BROKEN = [step("start", ("Say something", "missing"))]
VALID = [step("start", ("Say something", "end")), step("end", outcome="good")]


def test_broken_scenario_can_be_saved_as_draft(trainer_client):
    url = reverse("wagtailsnippets_scenarios_scenario:add")
    response = trainer_client.post(url, form(BROKEN, "draft"))
    assert response.status_code == 302
    scenario = Scenario.objects.get(key="meeting")
    assert not scenario.live


def test_broken_scenario_cannot_be_published_and_the_error_names_the_step(trainer_client):
    url = reverse("wagtailsnippets_scenarios_scenario:add")
    response = trainer_client.post(url, form(BROKEN, "publish"))
    assert response.status_code == 200
    html = response.content.decode().replace("&quot;", '"')
    assert 'Een keuze in stap "start" leidt naar "missing"' in html  # trainer's language
    assert "geen einde" in html
    assert not Scenario.objects.filter(key="meeting").exists()


def test_valid_scenario_is_published(trainer_client):
    url = reverse("wagtailsnippets_scenarios_scenario:add")
    response = trainer_client.post(url, form(VALID, "publish"))
    assert response.status_code == 302, response.content.decode()[:3000]
    scenario = Scenario.objects.get(key="meeting")
    assert scenario.live
    assert [s.key for s in scenario.step_specs()] == ["start", "end"]


def test_saving_a_new_scenario_again_after_autosave_created_it_keeps_one_and_says_why(
    trainer_client,
):
    """The editor's autosave POSTs the new form (expecting JSON) and creates the draft; the
    trainer's own "save draft" of the same new form, sent meanwhile, used to fail with an
    IntegrityError (a 500) and could leave a second draft."""
    url = reverse("wagtailsnippets_scenarios_scenario:add")
    autosaved = trainer_client.post(url, form(VALID, "draft"), HTTP_ACCEPT="application/json")
    assert autosaved.status_code == 200 and autosaved.json()["success"] is True
    again = trainer_client.post(url, form(VALID, "draft"))
    assert again.status_code == 200
    html = again.content.decode().replace("&quot;", '"')
    assert 'Er bestaat al een scenario met de sleutel "meeting" in deze taal' in html
    assert "Situation end" in html  # the trainer's text is still in the form
    assert Scenario.objects.filter(key="meeting").count() == 1
    autosave_again = trainer_client.post(url, form(VALID, "draft"), HTTP_ACCEPT="application/json")
    assert autosave_again.status_code == 400 and autosave_again.json()["success"] is False
    assert Scenario.objects.filter(key="meeting").count() == 1


@pytest.mark.parametrize("count", [None, "", "x"])
def test_a_post_without_the_editors_step_count_is_a_form_error_not_a_crash(trainer_client, count):
    url = reverse("wagtailsnippets_scenarios_scenario:add")
    data = {"title": "", "key": ""} if count is None else {"title": "", "steps-count": count}
    response = trainer_client.post(url, data)
    assert response.status_code == 200
    assert not Scenario.objects.filter(title="").exists()
