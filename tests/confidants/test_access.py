"""Who may open what: the role matrix over every confidant URL, headers of intake pages, idle
sign-out and isolation from the admin, snippets and search."""

import time

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from wagtail.search.index import get_indexed_models
from wagtail.snippets.models import get_snippet_models

from confidants.models import Case, CaseAccess, CaseMessage, CaseNote, ConfidantProfile

pytestmark = pytest.mark.django_db

OUTSIDERS = ["anonymous", "employee", "trainer", "compliance", "administrator", "superuser"]
DEMO_EMAILS = {
    "employee": "medewerker@demo.example",
    "trainer": "trainer@demo.example",
    "compliance": "compliance@demo.example",
    "administrator": "beheerder@demo.example",
}


@pytest.fixture
def outsider(request, demo, superuser):
    name = request.param
    if name == "anonymous":
        return AnonymousUser()
    if name == "superuser":
        return superuser
    return get_user_model().objects.get(email=DEMO_EMAILS[name])


def case_urls(case) -> list[tuple[str, str, dict]]:
    return [
        ("get", reverse("confidants:case", args=[case.pk]), {}),
        ("post", reverse("confidants:case_action", args=[case.pk, "reply"]), {"message": "x"}),
        ("post", reverse("confidants:case_action", args=[case.pk, "note"]), {"note": "x"}),
        (
            "post",
            reverse("confidants:case_action", args=[case.pk, "status"]),
            {"status": "acknowledged"},
        ),
        ("post", reverse("confidants:case_action", args=[case.pk, "hand-over"]), {"to": "1"}),
    ]


INBOX_URLS = [
    ("get", "confidants:inbox"),
    ("get", "confidants:unlock"),
    ("get", "confidants:keys_setup"),
    ("get", "confidants:recover"),
    ("post", "confidants:lock"),
    ("get", "confidants:report"),
    ("get", "confidants:report_pdf"),
]


def unchanged(case) -> tuple:
    case.refresh_from_db()
    return (
        case.status,
        CaseMessage.objects.filter(case=case).count(),
        CaseNote.objects.filter(case=case).count(),
        list(case.recipients.values_list("confidant_id", flat=True)),
    )


@pytest.mark.parametrize("outsider", OUTSIDERS, indirect=True)
def test_outsiders_reach_no_confidant_page(outsider, signed_in, lotte, case_for):
    case, _code = case_for(lotte)
    before = unchanged(case)
    client = signed_in(outsider)
    for method, url, data in case_urls(case) + [
        (method, reverse(name), {}) for method, name in INBOX_URLS
    ]:
        response = getattr(client, method)(url, data)
        if outsider.is_anonymous:
            assert response.status_code == 302 and "/login/" in response.url, url
        else:
            assert response.status_code == 403, (url, response.status_code)
    assert unchanged(case) == before
    assert not CaseAccess.objects.filter(case=case).exists()


def test_another_confidant_cannot_even_see_the_case(confidant_client, lotte, thanh, case_for):
    case, _code = case_for(lotte, message="only for Lotte")
    before = unchanged(case)
    client = confidant_client(thanh)
    for method, url, data in case_urls(case):
        assert getattr(client, method)(url, data).status_code == 404, url
    inbox = client.get(reverse("confidants:inbox"))
    assert inbox.status_code == 200 and str(case.pk) not in inbox.content.decode()
    assert unchanged(case) == before


def test_the_assigned_confidant_has_access(confidant_client, lotte, case_for):
    case, _code = case_for(lotte, message="only for Lotte")
    client = confidant_client(lotte)
    assert str(case.pk) in client.get(reverse("confidants:inbox")).content.decode()
    response = client.get(reverse("confidants:case", args=[case.pk]))
    assert response.status_code == 200
    assert "only for Lotte" in response.content.decode()
    assert CaseAccess.objects.filter(
        case=case, confidant=lotte, action=CaseAccess.Action.OPENED
    ).exists()


def test_a_case_for_any_confidant_belongs_to_whoever_acknowledges_it(
    confidant_client, lotte, thanh, case_for
):
    case, _code = case_for(None)
    lotte_client, thanh_client = confidant_client(lotte), confidant_client(thanh)
    assert thanh_client.get(reverse("confidants:case", args=[case.pk])).status_code == 200
    lotte_client.post(
        reverse("confidants:case_action", args=[case.pk, "status"]), {"status": "acknowledged"}
    )
    assert thanh_client.get(reverse("confidants:case", args=[case.pk])).status_code == 404
    assert lotte_client.get(reverse("confidants:case", args=[case.pk])).status_code == 200


def test_a_superuser_in_the_confidants_group_without_a_profile_is_refused(
    signed_in, superuser, lotte, case_for
):
    from django.contrib.auth.models import Group

    superuser.groups.add(Group.objects.get(name="Confidant"))
    case, _code = case_for(lotte)
    client = signed_in(superuser)
    assert client.get(reverse("confidants:inbox")).status_code == 403
    assert client.get(reverse("confidants:case", args=[case.pk])).status_code == 403


def test_reading_a_case_needs_the_unlocked_key(signed_in, lotte, case_for):
    case, _code = case_for(lotte)
    client = signed_in(lotte.user)
    response = client.get(reverse("confidants:case", args=[case.pk]))
    assert response.status_code == 302 and reverse("confidants:unlock") in response.url
    inbox = client.get(reverse("confidants:inbox")).content.decode()
    assert "Pesten" not in inbox  # the topic stays hidden while locked


def test_half_a_key_opens_nothing(confidant_client, lotte, case_for):
    """The unlocked key lives half in the session and half in a cookie: either alone fails."""
    case, _code = case_for(lotte)
    client = confidant_client(lotte)
    client.cookies.pop("confidant_key")
    response = client.get(reverse("confidants:case", args=[case.pk]))
    assert response.status_code == 302 and reverse("confidants:unlock") in response.url


def test_idle_confidant_is_signed_out(confidant_client, lotte):
    client = confidant_client(lotte)
    session = client.session
    session["confidants.seen"] = time.time() - 31 * 60
    session.save()
    response = client.get(reverse("confidants:inbox"))
    assert response.status_code == 302 and "/login/" in response.url
    assert "_auth_user_id" not in client.session


def test_a_wrong_passphrase_does_not_unlock(signed_in, lotte):
    client = signed_in(lotte.user)
    response = client.post(reverse("confidants:unlock"), {"passphrase": "not the passphrase"})
    assert response.status_code == 400
    assert "confidant_key" not in response.cookies


@pytest.mark.parametrize(
    "name", ["confidant_help", "confidants:contact", "confidants:follow_up", "confidants:inbox"]
)
def test_intake_pages_are_private(client, name, demo):
    response = client.get(reverse(name))
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    if response.status_code == 200:
        assert "default-src 'none'" in response["Content-Security-Policy"]


def test_cases_are_absent_from_admin_snippets_and_search():
    case_models = {Case, CaseMessage, CaseNote, CaseAccess}
    from confidants import models as confidant_models

    case_models |= {getattr(confidant_models, name) for name in confidant_models.__all__}
    case_models.discard(ConfidantProfile)
    if apps.is_installed("django.contrib.admin"):
        from django.contrib import admin

        assert not case_models & set(admin.site._registry)
    assert not case_models & set(get_snippet_models())
    assert not case_models & set(get_indexed_models())


def test_demo_confidant_is_in_the_confidants_group(lotte):
    assert lotte.user.email == "vertrouwenspersoon@demo.example"
    assert lotte.user.groups.filter(name="Confidant").exists()


def test_a_profile_alone_is_not_enough_without_the_confidants_group(signed_in, lotte, case_for):
    """Someone taken out of the Confidants group loses the inbox at once, profile or not."""
    case, _code = case_for(lotte)
    lotte.user.groups.clear()
    client = signed_in(lotte.user)
    assert client.get(reverse("confidants:inbox")).status_code == 403
    assert client.get(reverse("confidants:case", args=[case.pk])).status_code == 403


@pytest.mark.parametrize("name", ["confidants:contact", "confidants:follow_up"])
def test_error_reports_would_hide_everything_posted(client, name, demo):
    """Django's error report (e-mail to admins, debug page) leaves out POST data and local
    variables of these views."""
    from django.views.debug import SafeExceptionReporterFilter

    response = client.post(reverse(name), {"message": "private words", "code": "ABCD"})
    request = response.wsgi_request
    assert request.sensitive_post_parameters == "__ALL__"
    cleansed = SafeExceptionReporterFilter().get_post_parameters(request)
    assert "private words" not in str(dict(cleansed))
