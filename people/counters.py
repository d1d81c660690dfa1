"""Counters per fixed time window in the shared cache, for rate limits and ceilings anywhere
in the project (SCORM commit budgets, the confidant intake ceilings). Domain-free: a name and
a window length in, a number out; nothing about who or what is counted is kept beyond the
name the caller chooses. Windows are aligned to the Unix epoch (a day window is a UTC day)."""

import time

from django.core.cache import cache


def _key(name: str, seconds: int) -> str:
    return f"counter:{name}:{seconds}:{int(time.time() // seconds)}"


def window_add(name: str, seconds: int, amount: int = 1) -> int:
    """Add `amount` to the counter of the current window; returns the window's new total."""
    key = _key(name, seconds)
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key, amount)
    except ValueError:  # expired between add and incr
        cache.set(key, amount, seconds)
        return amount


def window_count(name: str, seconds: int) -> int:
    """The total of the current window so far (0 for a new window)."""
    return cache.get(_key(name, seconds), 0)
