"""Demo assignment: everyone takes the demo course within 30 days, again every 12 months."""

import datetime

from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage

from .models import Assignment


@transaction.atomic
def compliance_demo_load() -> None:
    """Create the demo assignment once; never touch an existing one."""
    course = CoursePage.objects.filter(locale__language_code="nl", slug="respectvol-omgaan").first()
    if course is None or Assignment.objects.filter(course=course).exists():
        return
    Assignment.objects.create(
        course=course,
        audience=Assignment.Audience.EVERYONE,
        starts_on=timezone.localdate() - datetime.timedelta(days=20),
        due_rule=Assignment.DueRule.AFTER_ASSIGNMENT,
        due_days=30,
        recertify_months=12,
    )
