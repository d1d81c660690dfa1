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
