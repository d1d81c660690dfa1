""" "My training" shows the due date that compliance assigned."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from compliance.models import Assignment
from compliance.selectors import learner_deadlines
from compliance.status import Status
from courses.models import CoursePage
from people.factories import EmployeeProfileFactory
from people.l10n import date_format

pytestmark = pytest.mark.django_db


def test_my_training_shows_the_assigned_due_date(client, demo):
    course = CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")
    Assignment.objects.all().delete()
    due = timezone.localdate() + datetime.timedelta(days=40)
    Assignment.objects.create(course=course, due_rule="fixed", due_on=due)
    profile = EmployeeProfileFactory()
    deadlines = learner_deadlines(user=profile.user)
    assert deadlines[course.translation_key].status == Status.NOT_STARTED
    client.force_login(profile.user)
    page = client.get(reverse("my_training")).content.decode()
    assert date_format(due, language="nl") in page.replace("\u00a0", " ")


def test_no_assignment_no_due_date(demo):
    Assignment.objects.all().delete()
    assert learner_deadlines(user=EmployeeProfileFactory().user) == {}
