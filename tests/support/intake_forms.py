"""Sending the confidant intake forms as a browser does: read the page's one-time token and
proof-of-work challenge, solve the proof (confidants/challenge.py), post."""

import hashlib
import html
import re

from django.urls import reverse

from confidants.challenge import leading_zero_bits


def proof_solve(challenge: str, bits: int) -> dict:
    counter = 0
    while leading_zero_bits(hashlib.sha256(f"{challenge}{counter}".encode()).digest()) < bits:
        counter += 1
    return {"proof_challenge": challenge, "proof_counter": str(counter)}


def page_token(response) -> str:
    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


def page_proof(response) -> dict:
    """The page's proof-of-work challenge, solved here as the browser would."""
    found = re.search(
        r'name="proof_challenge" value="([^"]+)" data-pow-bits="(\d+)"', response.content.decode()
    )
    assert found, "the page carries no proof-of-work challenge"
    return proof_solve(html.unescape(found.group(1)), int(found.group(2)))


def intake_post(client, name: str, data: dict):
    """Fetch the form with the same client (its back-off cookie sets the difficulty), solve
    its proof, send."""
    page = client.get(reverse(name))
    fields = {**page_proof(page), **data}
    if name == "confidants:contact" and "token" not in data:
        fields["token"] = page_token(page)
    return client.post(reverse(name), fields)
