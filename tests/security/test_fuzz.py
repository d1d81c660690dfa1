"""No input reaches a 500: generated junk sent to every URL pattern of the site (the product's
own, allauth's, Wagtail's admin and page serving), as GET and as POST with junk form fields,
by a signed-out visitor, an employee, a trainer and a compliance officer (with MFA), on the
loaded demo. Path parameters are generated from each pattern's own regular expressions, so
every request reaches its view; values are the kind that broke views before (ids past 64
bits, non-digits, NUL, lone surrogates as percent-escapes, very long strings, deep JSON).
The count of requests sent is printed with the result; derandomised, so CI runs the same ones.
"""

import json
import re
import string
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from people.factories import UserFactory
from people.roles import COMPLIANCE_OFFICER, EMPLOYEE, TRAINER

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES = 700


def _regex_source(pattern) -> str:
    return pattern.regex.pattern.removeprefix("^").removesuffix("$").removesuffix(r"\Z")


def _segments(pattern) -> list:
    """Strategies whose concatenation is a path this pattern level matches."""
    if isinstance(pattern, LocalePrefixPattern):
        return [st.just(pattern.language_prefix)]
    if isinstance(pattern, RoutePattern):
        parts, route = [], str(pattern)
        for piece in re.split(r"(<[^>]+>)", route):
            if piece.startswith("<"):
                name = piece[1:-1].split(":")[-1]
                converter = pattern.converters[name]
                parts.append(
                    st.one_of(
                        VALUES.get(type(converter).__name__, st.nothing()),
                        st.from_regex(f"^{converter.regex}$", fullmatch=True),
                    )
                )
            elif piece:
                parts.append(st.just(piece))
        return parts
    if isinstance(pattern, RegexPattern):
        return [st.from_regex(f"^{_regex_source(pattern)}$", fullmatch=True)]
    return [st.just("")]


def _patterns(resolver=None, above=()):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        chain = (*above, entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, chain)
        elif isinstance(entry, URLPattern):
            yield chain


JUNK = st.one_of(
    st.just(""),
    st.sampled_from(
        [
            "0",
            "-1",
            "99999999999999999999",
            str(2**63),
            "abc",
            "null",
            "NaN",
            "[]",
            "{}",
            "%00",
            "\x00",
            "../../etc/passwd",
            "<script>",
            "' OR 1=1 --",
            "１２",
            "٣",
        ]
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(max_size=40),
    st.text(alphabet=string.printable, min_size=300, max_size=3000),
    st.integers(min_value=50, max_value=3000).map(lambda n: "[" * n),
)
VALUES = {
    "IntConverter": st.sampled_from(["0", "1", "7", "99999999999999999999", str(2**63)]),
    "UUIDConverter": st.uuids().map(str),
}
FIELDS = [
    "lesson",
    "block",
    "option",
    "position",
    "choice",
    "next",
    "q",
    "p",
    "page",
    "status",
    "department",
    "assignment",
    "format",
    "code",
    "receipt_code",
    "token",
    "locale",
    "message",
    "passphrase",
    "passphrase_again",
    "recovery_key",
    "note",
    "reply",
    "to",
    "confidant",
    "channel",
    "topic",
    "language",
    "email",
    "login",
    "password",
    "file",
    "csrfmiddlewaretoken",
    "action",
    "ordering",
    "year",
    "expires",
    "title",
    "key",
    "body",
    "steps-count",
    "commit",
]
FORM = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=12), JUNK, max_size=6)

# Wagtail's own error page (admin/failwhale/) raises on purpose, to test error reporting.
PATTERNS = [chain for chain in _patterns() if "failwhale" not in str(chain[-1])]


def _path(data, chain) -> str:
    raw = "/" + "".join(data.draw(st.tuples(*[s for p in chain for s in _segments(p)])))
    # Percent-escape what a browser would (a surrogate becomes its UTF-8-with-surrogatepass
    # bytes, which Django must refuse as a bad path without a 500).
    return quote(raw.encode("utf-8", "surrogatepass"), safe="/:@!$&'()*+,;=-._~")


@pytest.fixture
def clients(totp_enrol):
    made = {"signed out": Client()}
    for role in (EMPLOYEE, TRAINER, COMPLIANCE_OFFICER):
        user = UserFactory(role=role)
        if role != EMPLOYEE:
            totp_enrol(user)
        made[role] = Client()
        made[role].force_login(user)
    return made


@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_junk_request_gets_a_server_error(demo, clients, data):
    chain = data.draw(st.sampled_from(PATTERNS), label="pattern")
    path = _path(data, chain)
    who = data.draw(st.sampled_from(sorted(clients)), label="who")
    method = data.draw(st.sampled_from(["GET", "POST", "POST-JSON"]), label="method")
    query = data.draw(st.dictionaries(st.sampled_from(FIELDS), JUNK, max_size=3), label="query")
    client = clients[who]
    if method == "GET":
        response = client.get(path, query)
    elif method == "POST":
        response = client.post(path, data.draw(FORM, label="form"))
    else:
        body = json.dumps(data.draw(FORM, label="json"))
        response = client.post(path, body, content_type="application/json")
    _count["requests"] += 1
    _count["errors"] += response.status_code >= 500
    assert response.status_code < 500, (who, method, path, query, response.status_code)


_count = {"requests": 0, "errors": 0}


@pytest.fixture(scope="module", autouse=True)
def _report(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    line = (
        f"fuzz: {_count['requests']} junk requests to {len(PATTERNS)} URL patterns, "
        f"{_count['errors']} answered 5xx (a request that raised is counted by the test's failure)"
    )
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)
