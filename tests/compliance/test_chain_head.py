"""The chain head leaves the platform: e-mailed to every compliance officer in their language
(`publish_chain_head`, compliance/chain_head.py), and what an officer does with it later."""

import io

import pytest
from babel.dates import format_date
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from compliance.factories import completion_at
from courses.factories import course_build, paragraph
from people.factories import EmployeeProfileFactory, UserFactory
from people.roles import COMPLIANCE_OFFICER, EMPLOYEE

pytestmark = pytest.mark.django_db


@pytest.fixture
def officers():
    Group.objects.get(name=COMPLIANCE_OFFICER).user_set.clear()  # the demo's own officers
    made = {}
    for language in ("nl", "vi"):
        user = UserFactory(role=COMPLIANCE_OFFICER, email=f"officer-{language}@example.org")
        EmployeeProfileFactory(user=user, preferred_language=language)
        made[language] = user
    UserFactory(role=COMPLIANCE_OFFICER, email="gone@example.org", is_active=False)
    return made


@pytest.fixture
def chain(employee):
    course = course_build(lessons=[[paragraph("a")]])
    return [completion_at(user=employee, course=course, completed_at=timezone.now()) for _ in "ab"]


def test_every_compliance_officer_gets_the_head_in_their_language(officers, chain):
    learner = UserFactory(role=EMPLOYEE, email="learner@example.org")
    out = io.StringIO()
    call_command("publish_chain_head", stdout=out)

    head = f"2:{chain[-1].record_hash}"
    assert "sent: 2" in out.getvalue()
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"officer-nl@example.org", "officer-vi@example.org"}
    assert learner.email not in by_recipient
    for message in by_recipient.values():
        assert head in message.body
        assert f"verify_completion_chain --against {head}" in message.body
    for language, user in officers.items():  # dates as the officer's language writes them
        month = format_date(timezone.localdate(), "MMM", locale=language)
        assert month in by_recipient[user.email].subject


def test_the_mailed_head_shows_a_chain_rewritten_afterwards(officers, chain):
    call_command("publish_chain_head", stdout=io.StringIO())
    head = mail.outbox[0].body.split("--against ")[1].split()[0]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM courses_completionrecord WHERE id = %s", [chain[-1].pk])
        cursor.execute(
            "UPDATE courses_completionchainhead SET last_hash = %s, position = 1",
            [chain[0].record_hash],
        )
    call_command("verify_completion_chain", stdout=io.StringIO())  # consistent on its own
    with pytest.raises(CommandError):
        call_command("verify_completion_chain", "--against", head, stderr=io.StringIO())
