import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from people.factories import UserFactory
from people.roles import ADMINISTRATOR, COMPLIANCE_OFFICER, CONFIDANT, EMPLOYEE, TRAINER

STAFF_ROLES = [TRAINER, COMPLIANCE_OFFICER, CONFIDANT, ADMINISTRATOR]


@pytest.mark.parametrize("role", STAFF_ROLES)
@pytest.mark.parametrize("path", ["/admin/", "/nl/", "/en/talk-to-a-confidant/"])
def test_staff_cannot_reach_any_page_before_enrolling_mfa(client, demo, role, path):
    client.force_login(UserFactory(role=role))
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_superuser_must_enrol_too(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get("/admin/")["Location"] == reverse("mfa_activate_totp")


def test_staff_sign_in_leads_straight_to_mfa_setup(client, trainer):
    response = client.post(
        reverse("account_login"),
        {"login": trainer.email, "password": "correct-horse-battery"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("mfa_activate_totp")
    assert response.status_code == 200
    assert b'name="code"' in response.content


def test_trainer_reaches_admin_after_enrolling(client, trainer, totp_enrol):
    totp_enrol(trainer)
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200


def test_employee_is_not_forced_into_mfa(client, demo, employee):
    client.force_login(employee)
    assert client.get("/nl/").status_code == 200
    assert client.get("/admin/").status_code == 302  # no admin access at all
    assert reverse("mfa_activate_totp") not in client.get("/admin/")["Location"]


def test_enrolled_staff_login_asks_for_the_code(client, trainer, totp_enrol):
    secret = totp_enrol(trainer)
    response = client.post(
        reverse("account_login"), {"login": trainer.email, "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time

    counter = next(yield_hotp_counters_from_time())
    code = format_hotp_value(hotp_value(secret, counter))
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(trainer.pk)


def test_employee_role_is_not_mfa_required():
    from people.roles import MFA_REQUIRED_GROUPS

    assert EMPLOYEE not in MFA_REQUIRED_GROUPS
    assert set(STAFF_ROLES) == MFA_REQUIRED_GROUPS


def test_fresh_sign_in_enrols_totp_and_sees_recovery_codes_without_a_second_password(
    client, trainer
):
    from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time

    client.post(
        reverse("account_login"), {"login": trainer.email, "password": "correct-horse-battery"}
    )
    response = client.get(reverse("mfa_activate_totp"))
    secret = response.context["form"].secret
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
    response = client.post(reverse("mfa_activate_totp"), {"code": code}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("mfa_view_recovery_codes")
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 200


def test_an_employee_made_staff_is_sent_to_mfa_set_up_at_once(client, demo, employee):
    """Whether MFA is required is cached per user; a group change must not wait for it."""
    from django.contrib.auth.models import Group

    client.force_login(employee)
    assert client.get("/nl/").status_code == 200
    assert client.get("/nl/").status_code == 200  # answered from the cache now
    employee.groups.add(Group.objects.get(name=TRAINER))
    assert client.get("/nl/")["Location"] == reverse("mfa_activate_totp")
    employee.groups.remove(Group.objects.get(name=TRAINER))
    assert client.get("/nl/").status_code == 200


def test_joining_a_staff_group_from_the_group_side_counts_too(client, demo, employee):
    from django.contrib.auth.models import Group

    client.force_login(employee)
    assert client.get("/nl/").status_code == 200
    Group.objects.get(name=CONFIDANT).user_set.add(employee)
    assert client.get("/nl/")["Location"] == reverse("mfa_activate_totp")
    Group.objects.get(name=CONFIDANT).user_set.clear()
    assert client.get("/nl/").status_code == 200


@pytest.mark.parametrize("pk", ["abc", ":", "x1"])
def test_an_admin_chooser_address_with_an_id_that_cannot_be_one_is_not_found(
    client, demo, totp_enrol, pk
):
    from people.models import Department

    trainer = UserFactory(role=TRAINER)
    totp_enrol(trainer)
    client.force_login(trainer)
    chosen = "/admin/snippets/choose/people/department/chosen/{}/"
    assert client.get(chosen.format(pk), follow=True).status_code == 404
    assert client.get(chosen.format(Department.objects.first().pk)).status_code == 200


@pytest.mark.parametrize("next_url", ["0", "home", "javascript:alert(1)"])
def test_an_admin_next_address_that_is_not_a_path_is_ignored(client, demo, totp_enrol, next_url):
    trainer = UserFactory(role=TRAINER)
    totp_enrol(trainer)
    client.force_login(trainer)
    from wagtail.models import Page

    lesson = Page.objects.filter(depth=3).first()
    response = client.post(f"/admin/pages/{lesson.pk}/lock/", {"next": next_url})
    assert response.status_code in (302, 403)
    assert not response.get("Location", "/").startswith(next_url)


@pytest.mark.parametrize("operation", ["lock", "unlock"])
def test_the_root_of_the_page_tree_cannot_be_locked(client, demo, totp_enrol, operation):
    from wagtail.models import Page

    trainer = UserFactory(role=TRAINER)
    totp_enrol(trainer)
    client.force_login(trainer)
    root = Page.objects.get(depth=1)
    assert client.post(f"/admin/pages/{root.pk}/{operation}/", follow=True).status_code == 404
    root.refresh_from_db()
    assert not root.locked


def test_the_external_link_chooser_sent_without_its_address_is_a_bad_request(
    client, demo, totp_enrol
):
    trainer = UserFactory(role=TRAINER)
    totp_enrol(trainer)
    client.force_login(trainer)
    assert client.post("/admin/choose-external-link/", {}).status_code == 400
    chosen = client.post(
        "/admin/choose-external-link/", {"external-link-chooser-url": "https://example.org/"}
    )
    assert chosen.status_code == 200
