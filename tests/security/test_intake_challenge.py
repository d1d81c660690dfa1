"""The proof of work on the intake forms: verified with real solved proofs, refused when
missing, wrong, reused, expired or too easy, and refused before anything else happens."""

import datetime
import hashlib
import re

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from intake_forms import proof_solve

from confidants import challenge, throttle
from confidants.models import Case, CaseCounter

pytestmark = pytest.mark.django_db


def refusal_shown(response, reason: str = "wrong") -> bool:
    """Whether the page shows the form's refusal of a proof, in the page's language."""
    text = response.content.decode()
    language = re.search(r'<html lang="([a-z-]+)"', text).group(1)
    with translation.override(language):
        return escape(challenge.ProofRefused(reason).message) in text


def counted() -> int:
    return sum(CaseCounter.objects.values_list("count", flat=True))


def solved(purpose: str, bits: int) -> dict:
    issued = challenge.challenge_issue(purpose=purpose, bits=bits)
    return proof_solve(issued["value"], issued["bits"])


def zero_bits(value: str, counter: str) -> int:
    return challenge.leading_zero_bits(hashlib.sha256((value + counter).encode()).digest())


def refusal(data: dict, *, purpose: str = "contact", min_bits: int = 4) -> str | None:
    try:
        challenge.proof_check(data=data, purpose=purpose, min_bits=min_bits)
    except challenge.ProofRefused as refused:
        return refused.reason
    return None


def test_a_solved_proof_passes_once():
    proof = solved("contact", 8)
    assert refusal(proof) is None
    assert refusal(proof) == "reused"


def test_a_wrong_counter_a_forged_or_other_purpose_challenge_is_refused():
    proof = solved("contact", 12)
    wrong = str(next(n for n in range(1000) if str(n) != proof["proof_counter"]))
    while zero_bits(proof["proof_challenge"], wrong) >= 12:  # surely a counter that misses
        wrong = str(int(wrong) + 1)
    assert refusal({**proof, "proof_counter": wrong}) == "wrong"
    assert refusal({**proof, "proof_challenge": proof["proof_challenge"] + "x"}) == "invalid"
    assert refusal(solved("receipt", 8)) == "invalid"  # a receipt proof for the contact form
    assert refusal({}) == "missing"
    assert refusal({**proof, "proof_counter": "1" * 21}) == "missing"
    assert refusal({**proof, "proof_counter": "-1"}) == "missing"


def test_a_proof_easier_than_required_is_refused():
    assert refusal(solved("receipt", 4), purpose="receipt", min_bits=6) == "invalid"


def test_an_expired_proof_is_refused(settings):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)):
        proof = solved("contact", 4)
    later = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC) + datetime.timedelta(
        seconds=settings.CONFIDANT_POW_SECONDS + 1
    )
    with time_machine.travel(later):
        assert refusal(proof) == "expired"


def test_leading_zero_bits():
    assert challenge.leading_zero_bits(b"\x00\x00\x01") == 23
    assert challenge.leading_zero_bits(b"\x80") == 0
    assert challenge.leading_zero_bits(b"\x00\x10") == 11


CONTACT = {
    "confidant": "any",
    "channel": "thread",
    "topic": "",
    "language": "nl",
    "message": "Please keep this text.",
}


@pytest.mark.parametrize("broken", ["missing", "wrong", "reused", "expired"])
def test_the_contact_form_without_a_valid_proof_creates_nothing_and_keeps_the_text(
    client, page_values, demo, settings, broken
):
    settings.LANGUAGE_CODE = "en"
    page = client.get(reverse("confidants:contact"))
    assert 'name="proof_challenge"' in page.content.decode()
    data = {**CONTACT, "token": page_values.token(page)}
    proof = page_values.proof(page)
    if broken == "wrong":
        counter = int(proof["proof_counter"]) + 1
        while zero_bits(proof["proof_challenge"], str(counter)) >= settings.CONFIDANT_POW_BITS:
            counter += 1
        data |= {**proof, "proof_counter": str(counter)}
    elif broken == "reused":
        assert challenge.proof_check(data=proof, purpose="contact", min_bits=4) is None
        data |= proof
    elif broken == "expired":
        data |= proof
    before = Case.objects.count(), counted(), throttle.site_count("intake")
    if broken == "expired":
        with time_machine.travel(
            datetime.timedelta(seconds=settings.CONFIDANT_POW_SECONDS + 5), tick=False
        ):
            response = client.post(reverse("confidants:contact"), data)
    else:
        response = client.post(reverse("confidants:contact"), data)
    assert response.status_code == 400
    text = response.content.decode()
    assert "Please keep this text." in text
    assert refusal_shown(response, "expired" if broken == "expired" else "wrong")
    assert (
        Case.objects.count(),
        counted(),
        throttle.site_count("intake"),
    ) == before
    # The page comes back with a fresh challenge; solving it sends the same text.
    again = client.post(reverse("confidants:contact"), {**data, **page_values.proof(response)})
    assert again.status_code == 200, again.content
    assert Case.objects.count() == before[0] + 1


def test_a_flood_without_proofs_does_not_move_the_ceiling(client, intake_post, demo, settings):
    """A script that does not solve proofs cannot use up the site-wide ceiling: a real
    reporter behind it still gets through."""
    settings.CONFIDANT_INTAKE_LIMIT = 3
    settings.CONFIDANT_RECEIPT_FAILURE_LIMIT = 3
    script = Client()
    for _ in range(20):
        assert script.post(reverse("confidants:contact"), CONTACT).status_code == 400
        assert script.post(reverse("confidants:follow_up"), {"code": "X"}).status_code == 400
    assert throttle.site_count("intake") == 0
    assert throttle.site_count("receipt-failures") == 0
    assert Case.objects.count() == 0
    reporter = intake_post(client, "confidants:contact", CONTACT)
    assert reporter.status_code == 200
    code = page_values_code(reporter)
    assert intake_post(Client(), "confidants:follow_up", {"code": code}).status_code == 200


def page_values_code(response) -> str:
    return response.content.decode().split("data-receipt-code>")[1].split("<")[0]


def test_malformed_receipt_codes_count_as_failures(intake_post, demo):
    for code in ["", "x" * 41, "SHORT", "0000-0000-0000-0000-0000"]:
        response = intake_post(Client(), "confidants:follow_up", {"code": code})
        assert response.status_code == 400, code
        assert "confidant_wait" in response.cookies, code  # this browser waits, too
    assert throttle.site_count("receipt-failures") == 4


def test_the_receipt_difficulty_rises_with_this_browsers_failures(client, intake_post, demo):
    def bits(response) -> int:
        return int(re.search(r'data-pow-bits="(\d+)"', response.content.decode()).group(1))

    first = client.get(reverse("confidants:follow_up"))
    assert bits(first) == throttle.receipt_bits(failures=0)
    wrong = intake_post(client, "confidants:follow_up", {"code": "0000-0000-0000-0000-0000"})
    assert bits(wrong) == bits(first) + 1
    assert bits(client.get(reverse("confidants:follow_up"))) == bits(first) + 1
    # A proof at the old, easier difficulty is no longer accepted from this browser.
    easy = solved("receipt", bits(first))
    refused = client.post(reverse("confidants:follow_up"), {"code": "X", **easy})
    assert refused.status_code == 400
    assert refusal_shown(refused)


def test_without_javascript_the_page_says_so_and_shows_the_directory(client, demo, settings):
    settings.LANGUAGE_CODE = "en"
    text = client.get(reverse("confidants:contact")).content.decode()
    noscript = text.split("<noscript>")[1].split("</noscript>")[0]
    assert "needs JavaScript" in noscript
    assert "tel:" in noscript or "mailto:" in noscript
    assert "disabled data-pow-submit" in text
