"""Nobody meets a redirect loop in the admin: signed-in users without admin access get their
own training with a message, staff without MFA the MFA set-up, signed-out visitors the sign-in."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from people.factories import UserFactory
from people.roles import EMPLOYEE, TRAINER

pytestmark = pytest.mark.django_db

ADMIN_PATHS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/3/edit/",
    "/admin/snippets/scenarios/scenario/",
    "/admin/scenarios/1/report/",
    "/admin/login/",
    "/admin/no-such-page/",
]


def followed(client, path):
    response = client.get(path, follow=True)
    assert len(response.redirect_chain) <= 1, response.redirect_chain
    return response


@pytest.mark.parametrize("path", ADMIN_PATHS)
def test_an_employee_is_sent_to_their_training_once(client, demo, path):
    client.force_login(UserFactory(role=EMPLOYEE))
    response = followed(client, path)
    assert response.status_code == 200
    assert response.redirect_chain == [(reverse("my_training"), 302)]
    text = gettext("You have no access to the admin. Your courses are in My training.")
    assert text in response.content.decode()


def test_an_employee_posting_to_the_admin_is_refused(client, demo, employee):
    client.force_login(employee)
    response = client.post("/admin/pages/3/edit/", {"title": "x"})
    assert response.status_code == 403


@pytest.mark.parametrize("path", ADMIN_PATHS)
def test_staff_without_mfa_are_sent_to_the_mfa_set_up_once(client, demo, path):
    trainer = UserFactory(role=TRAINER)
    signed_in = client.post(
        reverse("account_login"), {"login": trainer.email, "password": "correct-horse-battery"}
    )
    assert signed_in.status_code == 302
    response = followed(client, path)
    assert response.status_code == 200
    assert response.redirect_chain == [(reverse("mfa_activate_totp"), 302)]


@pytest.mark.parametrize("path", ADMIN_PATHS)
def test_signed_out_visitors_get_the_sign_in_page_at_most_once(client, demo, path):
    response = followed(client, path)
    assert response.status_code in (200, 404)
    if response.redirect_chain:
        assert response.redirect_chain[0][0].startswith(reverse("account_login"))


def test_the_admin_sign_in_form_is_the_sites_own(client, demo, trainer, totp_enrol):
    """Wagtail's password-only form at /admin/login/ would skip the second factor: every sign-in
    goes through the site's own (allauth: rate limits, then the TOTP code)."""
    totp_enrol(trainer)
    response = client.post(
        "/admin/login/", {"username": trainer.email, "password": "correct-horse-battery"}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert client.get("/admin/").status_code == 302


def test_a_signed_in_trainer_at_the_admin_sign_in_goes_to_the_dashboard(
    client, demo, trainer, totp_enrol
):
    totp_enrol(trainer)
    client.force_login(trainer)
    response = followed(client, "/admin/login/")
    assert response.status_code == 200
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]


def test_a_snippet_chooser_without_a_creation_form_answers_not_found(
    client, demo, trainer, totp_enrol
):
    """Wagtail's snippet choosers have a "create" address but no form behind it: a post there
    is "not found", not a server error."""
    totp_enrol(trainer)
    client.force_login(trainer)
    client.raise_request_exception = False
    url = "/admin/snippets/choose/scenarios/scenario/create/"
    assert client.post(url, {}, follow=True).status_code == 404
    assert client.get("/admin/snippets/choose/scenarios/scenario/").status_code == 200
