import datetime

import pytest

from people import l10n

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "3 maart 2026"), ("en", "March 3, 2026"), ("vi", "3 tháng 3, 2026")],
)
def test_dates_follow_the_language(language, expected):
    assert l10n.date_format(datetime.date(2026, 3, 3), language=language) == expected


def test_numbers_use_the_local_separators():
    assert l10n.number_format(12345.5, language="nl") == "12.345,5"
    assert l10n.number_format(12345.5, language="en") == "12,345.5"
    assert l10n.number_format(12345.5, language="vi") == "12.345,5"


@pytest.mark.parametrize(
    ("language", "minutes", "expected"),
    [
        ("nl", 25, "25 minuten"),
        ("en", 25, "25 minutes"),
        ("vi", 25, "25 phút"),
        ("nl", 1, "1 minuut"),
        ("nl", 120, "2 uur"),
        ("nl", 90, "90 minuten"),
        ("vi", 180, "3 tiếng"),  # CLDR 48 as shipped by the Babel in uv.lock
        ("en", 60, "1 hour"),
    ],
)
def test_durations_are_spelled_in_the_language(language, minutes, expected):
    assert l10n.minutes_format(minutes, language=language).replace(NBSP, " ") == expected
