"""The counters behind the annual report (CaseCounter): one row per month, topic, channel and
kind of confidant, never one per request.

A row must not reveal which request made it move. So the first request of a month creates
every row of that month at once, in random order, with random ids; and each request adds to its
own cell in one UPDATE that rewrites every row of the month (adding 0 to the others). Row order,
ids, PostgreSQL's row versions and physical order therefore say only "a request arrived this
month", which the case's own received date says anyway.
"""

import itertools
import random

from django.db import models

from .models import CaseCounter
from .models.cases import CONFIDANT_KINDS, Channel, Topic


def _month_cells(extra: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    cells = set(itertools.product(Topic.values, Channel.values, CONFIDANT_KINDS)) | {extra}
    cells = sorted(cells)
    random.SystemRandom().shuffle(cells)
    return cells


def counter_add(*, year: int, month: int, topic: str, channel: str, confidant_kind: str) -> None:
    """Count one contact request; call inside the request's transaction."""
    cell = (topic, channel, confidant_kind)
    month_rows = CaseCounter.objects.filter(year=year, month=month)
    if not month_rows.filter(topic=topic, channel=channel, confidant_kind=confidant_kind).exists():
        CaseCounter.objects.bulk_create(
            [
                CaseCounter(year=year, month=month, topic=t, channel=c, confidant_kind=k)
                for t, c, k in _month_cells(cell)
            ],
            ignore_conflicts=True,  # another request created the month at the same time
        )
    month_rows.update(
        count=models.F("count")
        + models.Case(
            models.When(topic=topic, channel=channel, confidant_kind=confidant_kind, then=1),
            default=0,
        )
    )
