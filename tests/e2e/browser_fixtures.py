"""Browser fixtures: one Debian Chromium per test session, a fresh context per test. The
tests/conftest.py registers them as a plugin, so every folder shares the one session browser."""

import os

import pytest
from django.core.cache import cache
from django.db import connections
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an asyncio loop in this thread; Django's ORM refuses to be used
# from a thread with a running loop unless told it is safe (the tests are single-threaded).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """Debian's Chromium, never a downloaded one.

    Django keeps database connections per thread, but per async context once an event loop
    runs in the thread, so inside Playwright the tests get new connection objects. They reach
    the same test database, yet lack the snapshot taken when it was created, and without it
    `serialized_rollback` silently restores nothing (no Wagtail root page, locales or role
    groups after the first flush). Hand the snapshot over.
    """
    outside = {alias: connections[alias] for alias in connections}
    with sync_playwright() as p:
        for alias, connection in outside.items():
            snapshot = getattr(connection, "_test_serialized_contents", None)
            if snapshot is not None and connections[alias] is not connection:
                connections[alias]._test_serialized_contents = snapshot
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A new browser context (no cookies, no session) for every test."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live_demo(live_server, settings):
    """The demo site on a live server; returns its base URL. The demo is part of the database
    snapshot each transactional test starts from (tests/conftest.py). SCORM packages come from
    the server's other loopback name (localhost or 127.0.0.1): a second origin, as in `make run`."""
    cache.clear()  # sign-in rate limits and Wagtail's cached site root paths
    host, port = live_server.url.split("//")[1].rsplit(":", 1)
    other = "127.0.0.1" if host == "localhost" else "localhost"
    settings.SCORM_CONTENT_ORIGIN = f"http://{other}:{port}"
    return live_server.url
