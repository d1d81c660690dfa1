"""Window counters in the shared cache: per name, per window, starting again at 0."""

import datetime

import time_machine
from django.core.cache import cache

from people.counters import window_add, window_count

START = datetime.datetime(2026, 6, 1, 12, 0, 5, tzinfo=datetime.UTC)


def test_a_counter_adds_up_within_its_window_and_starts_again_after_it():
    cache.clear()
    with time_machine.travel(START, tick=False) as clock:
        assert window_count("test:a", 60) == 0
        assert window_add("test:a", 60) == 1
        assert window_add("test:a", 60, amount=5) == 6
        assert window_count("test:a", 60) == 6
        assert window_count("test:b", 60) == 0  # names are independent
        assert window_count("test:a", 600) == 0  # and so are window lengths
        clock.shift(54)  # 12:00:59, same minute
        assert window_add("test:a", 60) == 7
        clock.shift(2)  # 12:01:01, a new window
        assert window_count("test:a", 60) == 0
        assert window_add("test:a", 60) == 1


def test_a_counter_that_expired_between_add_and_incr_restarts_at_the_amount():
    cache.clear()
    with time_machine.travel(START, tick=False):
        assert window_add("test:c", 60, amount=3) == 3
        cache.clear()  # as if the entry had just expired
        assert window_add("test:c", 60, amount=2) == 2
