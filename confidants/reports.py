"""The confidants' annual report for the board: counts of contact requests, built only from
CaseCounter rows (no case, message, note or person is ever read).

Small numbers can point to a person, so a count of 1 to 4 is shown as "<5" (0 stays 0). A lone
suppressed cell could be worked out by subtracting the others from the total, so when exactly one
cell of a breakdown is suppressed, the smallest other non-zero cell is hidden too ("x"); a year
total of 1 to 4 is shown as "<5" as well. Charts never draw a hidden number to scale.
"""

from collections import Counter
from dataclasses import dataclass

from babel.dates import get_month_names
from django.db.models import Sum
from django.utils.translation import gettext as _

from people.l10n import babel_locale, number_format

from .models import CaseCounter, ConfidantProfile
from .models.cases import Channel, Topic

THRESHOLD = 5
UNDER_THRESHOLD = "<5"
HIDDEN = "x"  # secondary suppression, as Statistics Netherlands marks it


@dataclass(frozen=True)
class Cell:
    label: str
    text: str  # what the reader sees: "12", "0", "<5" or "x"
    suppressed: bool
    bar: int | None  # percent of the largest shown count in the breakdown; None when suppressed


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    heading: str  # column heading for the labels
    cells: list[Cell]


@dataclass(frozen=True)
class AnnualReport:
    year: int
    total: str
    total_suppressed: bool
    has_data: bool
    breakdowns: list[Breakdown]
    years: list[int]  # years with data, newest first


def _suppressed_keys(counts: dict) -> set:
    primary = {key for key, n in counts.items() if 0 < n < THRESHOLD}
    others = [key for key, n in counts.items() if n and key not in primary]
    if len(primary) == 1 and others:
        return primary | {min(others, key=counts.__getitem__)}
    return primary


def _breakdown(*, key: str, title: str, heading: str, counts: dict, labels: dict) -> Breakdown:
    """`counts` and `labels` share their keys, in display order."""
    hidden = _suppressed_keys(counts)
    largest = max((n for k, n in counts.items() if k not in hidden), default=0)
    cells = []
    for k, n in counts.items():
        if k in hidden:
            text = UNDER_THRESHOLD if n < THRESHOLD else HIDDEN
            cells.append(Cell(label=labels[k], text=text, suppressed=True, bar=None))
        else:
            bar = round(100 * n / largest) if largest else 0
            cells.append(Cell(label=labels[k], text=number_format(n), suppressed=False, bar=bar))
    return Breakdown(key=key, title=title, heading=heading, cells=cells)


def report_years() -> list[int]:
    """Years with at least one contact request, newest first, for the year selector."""
    return list(
        CaseCounter.objects.filter(count__gt=0)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def annual_report(*, year: int) -> AnnualReport:
    """Counts by topic, channel, month and kind of confidant for one calendar year, in the
    active language, suppressed as the module docstring says. Two queries, whatever the data."""
    rows = (
        CaseCounter.objects.filter(year=year, count__gt=0)
        .values("topic", "channel", "month", "confidant_kind")
        .annotate(n=Sum("count"))
        .order_by()
    )
    by = {dimension: Counter() for dimension in ("topic", "channel", "month", "confidant_kind")}
    total = 0
    for row in rows:
        total += row["n"]
        for dimension, counter in by.items():
            counter[row[dimension]] += row["n"]

    kinds = {
        ConfidantProfile.Kind.INTERNAL.value: ConfidantProfile.Kind.INTERNAL.label,
        ConfidantProfile.Kind.EXTERNAL.value: ConfidantProfile.Kind.EXTERNAL.label,
        "any": _("Any confidant"),
    }
    months = get_month_names("wide", context="stand-alone", locale=babel_locale())
    dimensions = [
        ("topic", _("By topic"), _("Topic"), dict(Topic.choices)),
        ("channel", _("By way of contact"), _("Way of contact"), dict(Channel.choices)),
        ("month", _("By month"), _("Month"), {m: months[m] for m in range(1, 13)}),
        ("confidant_kind", _("By confidant"), _("Confidant"), kinds),
    ]
    breakdowns = [
        _breakdown(
            key=key,
            title=title,
            heading=heading,
            counts={k: by[key][k] for k in labels},
            labels={k: str(label) for k, label in labels.items()},
        )
        for key, title, heading, labels in dimensions
    ]
    total_suppressed = 0 < total < THRESHOLD
    return AnnualReport(
        year=year,
        total=UNDER_THRESHOLD if total_suppressed else number_format(total),
        total_suppressed=total_suppressed,
        has_data=total > 0,
        breakdowns=breakdowns,
        years=report_years(),
    )
