"""Learners play both demo scenarios in Chromium, to a good and to a poor ending, from the
lessons of the demo course, in Dutch and Vietnamese."""

from collections import deque
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.models import LessonPage, ScenarioOutcome
from people.models import EmployeeProfile, User
from scenarios.demo_content import SCENARIOS, TRANSLATIONS

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "Speel-het-scenario-2026"
LESSON_OF = {"bystander-meeting": 2, "repeated-remarks": 1}  # index among the course's lessons


def route_to(scenario: dict, outcome: str) -> list[str]:
    """Choice labels (Dutch) of a shortest path to an ending with `outcome`; a good ending must
    also reach the pass threshold. Searches (step, flags, points) states."""
    steps = {step["key"]: step for step in scenario["steps"]}
    queue = deque([(scenario["start"], frozenset(), 0, [])])
    seen = set()
    while queue:
        key, flags, points, labels = queue.popleft()
        step = steps[key]
        if step["outcome"]:
            if step["outcome"] == outcome and (
                outcome != "good" or points >= scenario["pass_threshold"]
            ):
                return labels
            continue
        if (key, flags, points) in seen:
            continue
        seen.add((key, flags, points))
        for choice in step["choices"]:
            if choice["requires_flag"] and choice["requires_flag"] not in flags:
                continue
            new_flags = flags | {choice["sets_flag"]} if choice["sets_flag"] else flags
            queue.append(
                (choice["next"], new_flags, points + choice["points"], [*labels, choice["label"]])
            )
    raise AssertionError(f"no {outcome} ending in {scenario['key']}")


def learner(lang: str) -> User:
    user = User.objects.create_user(
        email=f"speler.{lang}@demo.example", password=PASSWORD, first_name="Sam", last_name="Lee"
    )
    user.groups.add(Group.objects.get(name="Employee"))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    EmployeeProfile.objects.create(user=user, preferred_language=lang)
    return user


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("lang", ["nl", "vi"])
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s["key"])
def test_demo_scenarios_to_a_good_and_a_poor_ending(page, live_demo, lang, scenario):
    user = learner(lang)
    page.goto(f"{live_demo}/{lang}/accounts/login/")
    page.fill('input[name="login"]', user.email)
    page.fill('input[name="password"]', PASSWORD)
    with page.expect_navigation():
        page.locator('main form button[type="submit"]').click()
    lessons = list(LessonPage.objects.filter(locale__language_code=lang).order_by("path"))
    lesson = lessons[LESSON_OF[scenario["key"]]]
    for outcome in ("poor", "good"):
        page.goto(f"{live_demo}{lesson.url}")
        page.locator("section.scenario-block a.button").click()
        for label in route_to(scenario, outcome):
            text = label if lang == "nl" else TRANSLATIONS[label][lang]
            page.get_by_role("button", name=text, exact=True).click()
            expect(page.locator(".feedback-panel")).to_contain_text(text)
            assert page.evaluate("document.activeElement.id") == "step-heading"
            expect(page.locator("a.quick-exit")).to_be_visible()
            expect(page.locator("main .help-panel a")).to_be_visible()
        expect(page.locator(f"h1.outcome-{outcome}")).to_be_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(
            path=str(ARTIFACTS / f"test_scenario_flow-{scenario['key']}-{lang}-{outcome}.png"),
            full_page=True,
        )
    outcome = ScenarioOutcome.objects.get(attempt__user=user)
    assert outcome.passed  # the good run, played last, counts for the lesson
    page.goto(f"{live_demo}{lesson.url}")
    expect(page.locator("section.scenario-block .result-correct")).to_be_visible()
