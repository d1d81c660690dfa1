"""Readiness: may a load balancer send this host requests? Each shared service the site needs
is tried for real, cheaply: the database (one trivial query), the cache (a set and get of a
random key), the media storage (a tiny file written under health/ and deleted) and, when tasks
run in a worker, the task queue.

The answer names each part "ok" or "failing" and nothing more: no exception text, host names or
addresses reach the (public) response. The failure's class goes to the log for the operator.
"""

import logging
import secrets
from collections.abc import Callable
from datetime import timedelta

from django.apps import apps
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.models import Q
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

logger = logging.getLogger(__name__)

OK, FAILING, NOT_USED = "ok", "failing", "not used"
# A due task that no worker has claimed for this long means no worker is running.
WORKER_SILENCE = timedelta(minutes=10)
# Backends that run tasks in the web process itself (or never): no worker to ask about.
_IN_PROCESS_BACKENDS = {"ImmediateBackend", "DummyBackend"}


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("unexpected answer")


def _cache() -> None:
    key, value = f"health:{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, value, timeout=30)
    try:
        if cache.get(key) != value:
            raise RuntimeError("value not kept")
    finally:
        cache.delete(key)


def _storage() -> None:
    name = default_storage.save(f"health/{secrets.token_hex(8)}.txt", ContentFile(b"ok"))
    try:
        if not default_storage.exists(name):
            raise RuntimeError("file not kept")
    finally:
        default_storage.delete(name)


def _worker() -> str:
    """The database queue (django-tasks' database backend) records no heartbeat of its own:
    a worker proves it runs by claiming due tasks, so a task left waiting past WORKER_SILENCE
    means none does."""
    backend = type(task_backends[DEFAULT_TASK_BACKEND_ALIAS])
    if backend.__name__ in _IN_PROCESS_BACKENDS:
        return NOT_USED
    app = apps.get_containing_app_config(backend.__module__)
    results = app.get_model("DBTaskResult")
    now = timezone.now()
    cutoff = now - WORKER_SILENCE
    # ready(): due tasks; their run_after is either past or the far-future "no time given".
    waiting = results.objects.ready().filter(enqueued_at__lt=cutoff)
    if waiting.filter(Q(run_after__lt=cutoff) | Q(run_after__gt=now)).exists():
        raise RuntimeError("due tasks wait for a worker")
    return OK


def _checked(name: str, check: Callable[[], str | None]) -> str:
    try:
        return check() or OK
    except Exception as error:  # any failure means "not ready"; its class is logged, not shown
        logger.warning("readiness: %s failing (%s)", name, type(error).__name__)
        return FAILING


def readiness_report() -> dict[str, str]:
    """Every part's state; the host is ready when none is failing."""
    return {
        "database": _checked("database", _database),
        "cache": _checked("cache", _cache),
        "storage": _checked("storage", _storage),
        "worker": _checked("worker", _worker),
    }
