"""Published content (pages, their view restrictions and translations, scenarios) changes
rarely but is read on every request, so it is kept in Django's cache, which every host shares.

Every entry carries a generation token. Anything that can change what is published
(saving, publishing, unpublishing, moving or deleting a page; a scenario; a view restriction,
a site or a locale: see courses/signals.py and scenarios/signals.py) replaces the token, so
one change retires every entry at once, on every host. The token is random rather than a
counter, so an evicted token can never bring back entries stored under an earlier one.

Two tiers: a request reads the token from the shared cache once (ContentGenerationMiddleware
opens the request's scope), and entries of the current token are also kept, pickled, in this
process, so a page needs no further round trip to the cache. Each read unpickles a fresh copy:
requests never share an object. content_shared() keeps values that cannot be pickled (built
StreamField blocks) in this process only, shared by its requests, which only read them.

Wagtail's previews render drafts: a preview's scope (content_previewing()) neither reads nor
keeps anything, so a draft is never stored where learners read, and the trainer sees the draft
rather than what was kept of the published page.
"""

import pickle
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "content:generation"
ENTRY_SECONDS = 3600
LOCAL_ENTRIES = 512

T = TypeVar("T")

_scope: ContextVar[dict | None] = ContextVar("content_cache_scope", default=None)
_local: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
_shared: OrderedDict[str, tuple[str, object]] = OrderedDict()
_local_lock = threading.Lock()


def request_previews(request) -> bool:
    """Whether a request renders a Wagtail preview (of a draft or of an old revision). Wagtail
    builds these as dummy requests run through the middleware (`is_dummy`), and marks them
    `is_preview` before the page renders them."""
    return bool(getattr(request, "is_dummy", False) or getattr(request, "is_preview", False))


@contextmanager
def content_scope(*, preview: bool = False) -> Iterator[None]:
    """Within it (one request), the generation token is read from the shared cache once. In a
    preview's scope nothing is read from or kept in the content cache."""
    reset = _scope.set({"preview": True} if preview else {})
    try:
        yield
    finally:
        _scope.reset(reset)


def content_previewing() -> bool:
    scope = _scope.get()
    return bool(scope and scope.get("preview"))


def content_generation() -> str:
    scope = _scope.get()
    if scope is not None and "token" in scope:
        return scope["token"]
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY)
    if scope is not None:
        scope["token"] = token
    return token


def _local_get(entry_key: str, token: str):
    with _local_lock:
        hit = _local.get(entry_key)
    if hit is None or hit[0] != token:
        return None
    return hit


def _remember(store: OrderedDict, key: str, token: str, value) -> None:
    """Keep (token, value) under key in one of this process's stores, least recent out."""
    with _local_lock:
        store[key] = (token, value)
        store.move_to_end(key)
        while len(store) > LOCAL_ENTRIES:
            store.popitem(last=False)


def _local_put(entry_key: str, token: str, value) -> None:
    _remember(_local, entry_key, token, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def content_cached(key: str, build: Callable[[], T]) -> T:
    """`build()`'s result for this generation of the published content (None included).

    The entry is stored with the generation it was built under; an entry of another generation
    is rebuilt. Served from this process when it holds the entry for the current token.
    A preview always builds afresh and keeps nothing."""
    if content_previewing():
        return build()
    entry_key = f"content:entry:{key}"
    token = content_generation()
    hit = _local_get(entry_key, token)
    if hit is not None:
        return pickle.loads(hit[1])  # noqa: S301 (our own pickle of our own content)
    entry = cache.get(entry_key)
    if entry is None or entry[0] != token:
        entry = (token, build())
        cache.set(entry_key, entry, ENTRY_SECONDS)
    _local_put(entry_key, token, entry[1])
    return entry[1]


def content_shared(key: str, build: Callable[[], T]) -> T:
    """`build()`'s result for this generation of the published content, kept in this process
    only and handed to every request as the same object: for values that cannot be pickled
    (StreamField block values) and that no reader changes. A preview builds afresh."""
    if content_previewing():
        return build()
    token = content_generation()
    with _local_lock:
        hit = _shared.get(key)
    if hit is not None and hit[0] == token:
        return hit[1]
    value = build()
    _remember(_shared, key, token, value)
    return value


def content_changed() -> None:
    """Retire every cached entry: now, and again once the change is committed, so that a
    request that read the old content in between cannot store it under the new token."""

    def replace() -> None:
        token = uuid.uuid4().hex
        cache.set(GENERATION_KEY, token, None)
        scope = _scope.get()
        if scope is not None:
            scope["token"] = token

    replace()
    transaction.on_commit(replace)
