"""The annual report's counters cannot be paired with cases: no id that sorts with case
creation, no time finer than the month, no row that appears, moves or changes version apart
from the others when a request with a new topic arrives."""

import io
import json
import uuid

import pytest
from django.core.management import call_command
from django.db import connection

from confidants.models import Case, CaseCounter
from confidants.models.cases import CONFIDANT_KINDS, Channel, Topic

pytestmark = pytest.mark.django_db

TOPICS = ["integrity", "bullying", "discrimination", "aggression"]


def dumped() -> list[dict]:
    out = io.StringIO()
    call_command("dumpdata", "confidants", format="json", stdout=out)
    return json.loads(out.getvalue())


def raw_counter_rows() -> list[tuple]:
    """The table as a dump tool reads it: physical order, with the row's hidden position and,
    on PostgreSQL, the transaction that last wrote it."""
    table = CaseCounter._meta.db_table
    hidden = "ctid::text, xmin::text" if connection.vendor == "postgresql" else "rowid, ''"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {hidden}, id, topic, count FROM {table}")  # noqa: S608
        return cursor.fetchall()


def test_counters_cannot_be_paired_with_cases_by_id_order_or_time(case_for, lotte):
    CaseCounter.objects.all().delete()
    first, _ = case_for(lotte, topic=TOPICS[0])
    ids_in_order = [row[2] for row in raw_counter_rows()]
    dump_order = [o["pk"] for o in dumped() if o["model"] == "confidants.casecounter"]
    # The first request of the month created every cell of the month at once.
    cells = {(c.topic, c.channel, c.confidant_kind) for c in CaseCounter.objects.all()}
    expected = {(t, c, k) for t in Topic.values for c in Channel.values for k in CONFIDANT_KINDS}
    assert cells == expected
    cases = [first]
    for topic in TOPICS[1:]:
        case, _ = case_for(lotte, topic=topic)
        cases.append(case)
        rows = raw_counter_rows()
        assert sorted(row[2] for row in rows) == sorted(ids_in_order)  # no row appeared
        if connection.vendor == "postgresql":
            # Every row got a new version in one statement, the incremented cell no
            # differently from the others (same size, same transaction), so where the new
            # versions land says nothing about the topic.
            assert len({row[1] for row in rows}) == 1
        else:
            # SQLite updates in place: no row moved, a new topic is not the last row.
            assert [row[2] for row in rows] == ids_in_order
        assert [o["pk"] for o in dumped() if o["model"] == "confidants.casecounter"] == (dump_order)

    counters = [o for o in dumped() if o["model"] == "confidants.casecounter"]
    for counter in counters:
        assert uuid.UUID(counter["pk"]).version == 4  # random, sorts with nothing
        assert set(counter["fields"]) == {
            "year",
            "month",
            "topic",
            "channel",
            "confidant_kind",
            "count",
        }  # no date, time or link finer than the month
    counted = {c["fields"]["topic"] for c in counters if c["fields"]["count"]}
    assert counted == set(TOPICS)
    # The cases' own ids and dates do not sort with the counters either.
    assert all(uuid.UUID(str(case.pk)).version == 4 for case in cases)
    assert {f.get_internal_type() for f in CaseCounter._meta.fields}.isdisjoint(
        {"DateField", "DateTimeField", "TimeField", "AutoField", "BigAutoField"}
    )
    assert Case.objects.count() == len(TOPICS)


def test_counts_add_up_per_cell(case_for, lotte):
    CaseCounter.objects.all().delete()
    for topic in ["bullying", "bullying", "other"]:
        case_for(lotte, topic=topic)
    counts = {c.topic: c.count for c in CaseCounter.objects.filter(channel="thread", count__gt=0)}
    assert counts == {"bullying": 2, "other": 1}
