"""Published content (pages, their view restrictions and translations, scenarios) changes
rarely but is read on every request, so it is kept in Django's cache, which every host shares.

Every entry carries a generation token. Anything that can change what is published
(saving, publishing, unpublishing, moving or deleting a page; a scenario; a view restriction,
a site or a locale: see courses/signals.py and scenarios/signals.py) replaces the token, so
one change retires every entry at once, on every host. The token is random rather than a
counter, so an evicted token can never bring back entries stored under an earlier one.
"""

import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "content:generation"
ENTRY_SECONDS = 3600

T = TypeVar("T")


def content_generation() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY)
    return token


def content_cached(key: str, build: Callable[[], T]) -> T:
    """`build()`'s result for this generation of the published content (None included).

    The entry is stored with the generation it was built under and read together with the
    current token, in one round trip to the cache; an entry of another generation is rebuilt."""
    entry_key = f"content:entry:{key}"
    found = cache.get_many([GENERATION_KEY, entry_key])
    token = found.get(GENERATION_KEY) or content_generation()
    entry = found.get(entry_key)
    if entry is None or entry[0] != token:
        entry = (token, build())
        cache.set(entry_key, entry, ENTRY_SECONDS)
    return entry[1]


def content_changed() -> None:
    """Retire every cached entry: now, and again once the change is committed, so that a
    request that read the old content in between cannot store it under the new token."""

    def replace() -> None:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)

    replace()
    transaction.on_commit(replace)
