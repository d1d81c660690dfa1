"""Nothing about the confidant pages reaches any log: with the real LOGGING settings (each
handler replaced by a capturing one that keeps its level, formatter and filters), a CSRF
failure on the contact page, 404s under the confidant paths and a library's message naming
such a path leave no line; the same events elsewhere are logged, so the capture works."""

import copy
import logging
import logging.config

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

CONFIDANT_WORDS = (
    "vertrouwenspersoon",
    "confidant",
    "nguoi-tin-cay",
    "lien-he",
    "follow-up",
)


@pytest.fixture
def production_logs(settings):
    settings.DEBUG = False
    lines: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record):
            lines.append(f"{record.name} {self.format(record)} {record.__dict__}")

    config = copy.deepcopy(settings.LOGGING)
    for handler in config["handlers"].values():
        handler.pop("class")
        handler["()"] = lambda: Capture()
    logging.config.dictConfig(config)
    yield lines
    logging.config.dictConfig(settings.LOGGING)


def test_every_handler_carries_the_filter(settings):
    for name, handler in settings.LOGGING["handlers"].items():
        assert "no_confidant_requests" in handler.get("filters", []), name
    assert "console" in settings.LOGGING["root"]["handlers"]


def test_csrf_failures_and_404s_on_confidant_paths_log_nothing(production_logs, demo):
    browser = Client(enforce_csrf_checks=True)
    for language in ("nl", "en", "vi"):
        with translation.override(language):
            contact, inbox = reverse("confidants:contact"), reverse("confidants:inbox")
            follow_up = reverse("confidants:follow_up")
        assert browser.post(contact, {"message": "x"}).status_code == 403
        assert browser.post(follow_up, {"code": "x"}).status_code == 403
        assert browser.get(contact + "no-such-page/").status_code == 404
        assert browser.get(inbox + "no-such-page/").status_code == 404
    logging.getLogger("some.library").warning("fetched %s", contact + "?x=1")
    logging.getLogger("some.library").error("fetched /nl/vertrouwenspersoon/zzz")
    confidant_lines = [line for line in production_logs if any(w in line for w in CONFIDANT_WORDS)]
    assert confidant_lines == []

    # The same kinds of events elsewhere are logged: the capture is real.
    with translation.override("nl"):
        login = reverse("account_login")
    assert browser.post(login, {"login": "x"}).status_code == 403
    assert browser.get("/nl/no-such-page-at-all/").status_code == 404
    logging.getLogger("some.library").warning("fetched %s", "/nl/elsewhere/")
    logged = "\n".join(production_logs)
    assert f"Forbidden (CSRF cookie not set.): {login}" in logged
    assert "Not Found: /nl/no-such-page-at-all/" in logged
    assert "fetched /nl/elsewhere/" in logged
