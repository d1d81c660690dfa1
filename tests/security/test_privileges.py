"""Only a superuser with a second factor can grant superuser status or the Confidant role, or
give a group permissions of the confidant module: an Administrator managing users is refused
with a form error on every screen of the Wagtail admin that could do it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation

from people.factories import UserFactory
from people.privileges import REFUSED_GROUP, REFUSED_PERMISSIONS, user_may_grant_privileges
from people.roles import ADMINISTRATOR, CONFIDANT, EMPLOYEE, TRAINER

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture
def admin_user(demo, totp_enrol):
    user = UserFactory(role=ADMINISTRATOR)
    totp_enrol(user)
    return user


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def user_data(user, **changes) -> dict:
    data = {
        "email": user.email,
        "first_name": user.first_name or "Anna",
        "last_name": user.last_name or "de Vries",
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()] if user.pk else [],
    }
    if user.is_superuser:
        data["is_superuser"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def choosable_permissions() -> set[int]:
    from people.forms import GuardedGroupForm

    return set(GuardedGroupForm().fields["permissions"].queryset.values_list("pk", flat=True))


def refused_confidant_role() -> str:
    """The refusal as the Dutch admin shows it."""
    with translation.override("nl"):
        return str(REFUSED_GROUP) % {"roles": CONFIDANT}


def confidant_group():
    return Group.objects.get(name=CONFIDANT)


def test_an_administrator_cannot_make_themself_a_confidant(admin_client, admin_user):
    groups = [group.pk for group in admin_user.groups.all()] + [confidant_group().pk]
    url = reverse("wagtailusers_users:edit", args=[admin_user.pk])
    response = admin_client.post(url, user_data(admin_user, groups=groups))
    assert response.status_code == 200
    assert refused_confidant_role() in response.content.decode()
    assert not admin_user.groups.filter(name=CONFIDANT).exists()


def test_an_administrator_cannot_make_anyone_else_a_confidant_or_a_superuser(admin_client):
    other = UserFactory(role=EMPLOYEE)
    url = reverse("wagtailusers_users:edit", args=[other.pk])
    employee_group = Group.objects.get(name=EMPLOYEE).pk
    for changes in (
        {"groups": [employee_group, confidant_group().pk]},
        {"is_superuser": "on"},
    ):
        response = admin_client.post(url, user_data(other, **changes))
        assert response.status_code == 200 and response.context["form"].errors
    other.refresh_from_db()
    assert not other.is_superuser and not other.groups.filter(name=CONFIDANT).exists()
    # Ordinary edits still work.
    response = admin_client.post(url, user_data(other, first_name="Renamed"))
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.first_name == "Renamed"


def test_an_administrator_cannot_create_a_confidant_or_a_superuser(admin_client):
    url = reverse("wagtailusers_users:add")
    for changes in ({"groups": [confidant_group().pk]}, {"is_superuser": "on"}):
        data = user_data(
            User(email="second.account@demo.example"),
            password1="A long enough password 1",
            password2="A long enough password 1",
            **changes,
        )
        response = admin_client.post(url, data)
        assert response.status_code == 200 and response.context["form"].errors
    assert not User.objects.filter(email="second.account@demo.example").exists()


def test_an_administrator_cannot_assign_the_confidant_role_in_bulk(admin_client, admin_user):
    other = UserFactory(role=EMPLOYEE)
    url = (
        reverse("wagtail_bulk_action", args=["people", "user", "assign_role"])
        + f"?id={admin_user.pk}&id={other.pk}"
    )
    response = admin_client.post(url, {"role": confidant_group().pk})
    assert response.status_code == 200
    assert refused_confidant_role() in response.content.decode()
    assert not confidant_group().user_set.filter(pk__in=[admin_user.pk, other.pk]).exists()
    trainer = Group.objects.get(name=TRAINER)
    assert admin_client.post(url, {"role": trainer.pk}).status_code == 302
    assert trainer.user_set.filter(pk=other.pk).exists()


def test_the_group_editor_refuses_confidant_permissions_and_renaming_the_confidant_group(
    admin_client, admin_user
):
    for codename in ("change_group", "view_group", "add_group", "delete_group"):
        admin_user.user_permissions.add(Permission.objects.get(codename=codename))
    trainer = Group.objects.get(name=TRAINER)
    profile_permission = Permission.objects.get(
        content_type__app_label="confidants", codename="change_confidantprofile"
    )
    data = {
        "name": trainer.name,
        "permissions": [p.pk for p in trainer.permissions.all() if p.pk in choosable_permissions()]
        + [profile_permission.pk],
    }
    response = admin_client.post(reverse("wagtailusers_groups:edit", args=[trainer.pk]), data)
    assert response.status_code == 200, response.status_code
    with translation.override("nl"):
        assert str(REFUSED_PERMISSIONS) in str(response.context["form"].errors)
    assert not trainer.permissions.filter(pk=profile_permission.pk).exists()

    confidant = confidant_group()
    response = admin_client.post(
        reverse("wagtailusers_groups:edit", args=[confidant.pk]),
        {"name": "Former confidants", "permissions": []},
    )
    assert response.status_code == 200
    assert Group.objects.filter(name=CONFIDANT).exists()
    delete = reverse("wagtailusers_groups:delete", args=[confidant.pk])
    response = admin_client.post(delete)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert Group.objects.filter(name=CONFIDANT).exists()


def test_a_superuser_with_a_second_factor_can_grant_the_confidant_role(client, totp_enrol, demo):
    root = User.objects.create_superuser(email="root@demo.example", password="x")
    assert not user_may_grant_privileges(user=root)  # no second factor yet
    totp_enrol(root)
    assert user_may_grant_privileges(user=root)
    client.force_login(root)
    other = UserFactory(role=EMPLOYEE)
    groups = [Group.objects.get(name=EMPLOYEE).pk, confidant_group().pk]
    response = client.post(
        reverse("wagtailusers_users:edit", args=[other.pk]), user_data(other, groups=groups)
    )
    assert response.status_code == 302
    assert other.groups.filter(name=CONFIDANT).exists()


def test_an_administrator_cannot_take_over_a_confidants_account(admin_client):
    lotte = User.objects.get(email="vertrouwenspersoon@demo.example")
    url = reverse("wagtailusers_users:edit", args=[lotte.pk])
    password = "A long enough password 1"
    for changes in (
        {"email": "beheerder.tweede@demo.example"},
        {"password1": password, "password2": password},
    ):
        response = admin_client.post(url, user_data(lotte, **changes))
        assert response.status_code == 200 and response.context["form"].errors
    lotte.refresh_from_db()
    assert lotte.email == "vertrouwenspersoon@demo.example" and not lotte.check_password(password)
    response = admin_client.post(url, user_data(lotte, first_name="Lotte"))
    assert response.status_code == 302
