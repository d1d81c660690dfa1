"""The public contact form and the reporter's follow-up: clear errors that change nothing,
no double sending, rate limits without IP addresses, slowed receipt-code guessing."""

import time

import pytest
from django.urls import reverse

from confidants.models import Case, CaseCounter, CaseMessage

pytestmark = pytest.mark.django_db


def counted() -> int:
    return sum(CaseCounter.objects.values_list("count", flat=True))


@pytest.fixture
def contact(client, intake_post, demo):
    def post(**fields):
        data = {
            "confidant": "any",
            "channel": "thread",
            "topic": "",
            "language": "nl",
            "message": "Something happened at work.",
        }
        data.update(fields)
        return intake_post(client, "confidants:contact", data)

    return post


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"phone": "0612345678"}, "anonymous message thread"),
        ({"channel": "call-back"}, "phone number so the confidant can call"),
        ({"channel": "email", "email": "not-an-address"}, "e-mail"),
        ({"channel": "email"}, "e-mail address so the confidant can write"),
        ({"channel": "meeting"}, "phone number or e-mail address to arrange"),
        ({"confidant": "999999"}, "Select a valid choice"),
        ({"topic": "gossip"}, "Select a valid choice"),
        ({"message": ""}, "This field is required"),
        ({"message": "x" * 10_001}, "at most 10000"),
    ],
)
def test_bad_input_gets_a_clear_error_and_changes_nothing(contact, settings, fields, error):
    settings.LANGUAGE_CODE = "en"
    before = Case.objects.count(), counted()
    response = contact(**fields)
    assert response.status_code == 400
    assert error in response.content.decode().replace("\u00a0", " ")
    assert (Case.objects.count(), counted()) == before
    if fields.get("message", "x"):
        assert (fields.get("message") or "Something happened at work.")[:50] in (
            response.content.decode()
        )  # what was typed is still there


def test_a_named_request_by_phone_is_accepted_without_a_receipt_code(contact):
    response = contact(channel="call-back", phone="0612345678", name="Sam")
    assert response.status_code == 200
    assert "data-receipt-code" not in response.content.decode()
    case = Case.objects.latest("received_on")
    assert case.receipt_lookup is None


def test_sending_the_same_form_twice_stores_one_case(client, page_values, demo):
    form = client.get(reverse("confidants:contact"))
    data = {
        "confidant": "any",
        "channel": "thread",
        "language": "nl",
        "message": "once",
        "token": page_values.token(form),
        **page_values.proof(form),
    }
    first = client.post(reverse("confidants:contact"), data)
    second = client.post(reverse("confidants:contact"), data)
    assert first.status_code == 200 and second.status_code == 409
    assert "data-receipt-code" not in second.content.decode()
    assert Case.objects.count() == 1


def test_submissions_are_rate_limited_site_wide_keeping_the_text(contact, settings):
    settings.CONFIDANT_INTAKE_LIMIT = 2
    assert contact().status_code == 200
    assert contact().status_code == 200
    response = contact(message="third message, kept on the page")
    assert response.status_code == 400
    assert "third message, kept on the page" in response.content.decode()
    assert Case.objects.count() == 2


def test_the_receipt_code_opens_the_thread_however_it_is_typed(contact, client, intake_post):
    code = contact().content.decode().split("data-receipt-code>")[1].split("<")[0]
    typed = " ".join(code.replace("-", "").lower()[i : i + 5] for i in range(0, 20, 5))
    response = intake_post(client, "confidants:follow_up", {"code": typed})
    assert response.status_code == 200
    assert "Something happened at work." in response.content.decode()


def test_the_reporter_can_write_back(contact, client, intake_post):
    code = contact().content.decode().split("data-receipt-code>")[1].split("<")[0]
    response = intake_post(client, "confidants:follow_up", {"code": code, "message": "more"})
    assert response.status_code == 200
    assert CaseMessage.objects.filter(author="reporter").count() == 2


def test_wrong_codes_are_slowed_down_per_browser(contact, client, intake_post, settings):
    settings.LANGUAGE_CODE = "en"
    code = contact().content.decode().split("data-receipt-code>")[1].split("<")[0]
    wrong = intake_post(client, "confidants:follow_up", {"code": "0000-0000-0000-0000-0000"})
    assert wrong.status_code == 400
    # Straight after a wrong try even the right code is refused, with the time to wait.
    refused = intake_post(client, "confidants:follow_up", {"code": code})
    assert refused.status_code == 429
    assert "Please wait" in refused.content.decode()
    time.sleep(1.1)
    intake_post(client, "confidants:follow_up", {"code": "0000-0000-0000-0000-0001"})
    time.sleep(1.1)  # the second failure doubled the wait to 2 s
    assert intake_post(client, "confidants:follow_up", {"code": code}).status_code == 429
    time.sleep(1.0)
    assert intake_post(client, "confidants:follow_up", {"code": code}).status_code == 200


def test_wrong_codes_are_capped_site_wide_whatever_the_cookies(contact, intake_post, settings):
    from django.test import Client

    settings.CONFIDANT_RECEIPT_FAILURE_LIMIT = 3
    code = contact().content.decode().split("data-receipt-code>")[1].split("<")[0]
    for attempt in range(3):  # three fresh browsers, no cookies to slow them
        response = intake_post(Client(), "confidants:follow_up", {"code": f"WRONG{attempt}"})
        assert response.status_code == 400
    assert intake_post(Client(), "confidants:follow_up", {"code": code}).status_code == 429


def test_a_closed_thread_can_be_read_but_not_answered(contact, client, intake_post):
    code = contact().content.decode().split("data-receipt-code>")[1].split("<")[0]
    Case.objects.update(status=Case.Status.CLOSED)
    response = intake_post(client, "confidants:follow_up", {"code": code, "message": "hello?"})
    assert response.status_code == 400
    assert CaseMessage.objects.count() == 1
