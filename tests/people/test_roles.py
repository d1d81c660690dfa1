import pytest
from django.contrib.auth.models import Group

from courses.models import CourseIndexPage
from people.factories import UserFactory
from people.roles import ADMINISTRATOR, COMPLIANCE_OFFICER, CONFIDANT, EMPLOYEE, ROLES, TRAINER

pytestmark = pytest.mark.django_db


def test_exactly_the_five_roles_exist_as_groups():
    assert set(Group.objects.values_list("name", flat=True)) == {r.name for r in ROLES}
    assert len(ROLES) == 5


@pytest.mark.parametrize(
    ("role", "admin_access"),
    [
        (EMPLOYEE, False),
        (TRAINER, True),
        (COMPLIANCE_OFFICER, True),
        (CONFIDANT, False),
        (ADMINISTRATOR, True),
    ],
)
def test_admin_access_per_role(role, admin_access):
    user = UserFactory(role=role)
    assert user.has_perm("wagtailadmin.access_admin") is admin_access


def test_trainer_can_author_and_publish_pages_but_not_manage_users(demo):
    trainer = UserFactory(role=TRAINER)
    perms = CourseIndexPage.objects.first().permissions_for_user(trainer)
    assert perms.can_add_subpage()
    assert perms.can_publish()
    assert trainer.has_perm("wagtail_localize.submit_translation")
    assert not trainer.has_perm("people.change_user")


def test_administrator_manages_people_but_cannot_author_pages(demo):
    admin = UserFactory(role=ADMINISTRATOR)
    assert admin.has_perm("people.change_user")
    assert admin.has_perm("people.add_department")
    assert admin.has_perm("wagtailcore.change_site")
    assert not CourseIndexPage.objects.first().permissions_for_user(admin).can_publish()


def test_compliance_officer_only_reads_people():
    officer = UserFactory(role=COMPLIANCE_OFFICER)
    assert officer.has_perm("people.view_employeeprofile")
    assert not officer.has_perm("people.change_employeeprofile")
    assert not officer.has_perm("people.change_user")


def test_confidant_and_employee_have_no_admin_permissions():
    for role in (CONFIDANT, EMPLOYEE):
        assert Group.objects.get(name=role).permissions.count() == 0


def test_administrator_manages_departments_in_the_admin(client, totp_enrol):
    from django.urls import reverse

    from people.factories import DepartmentFactory

    admin = UserFactory(role=ADMINISTRATOR)
    totp_enrol(admin)
    client.force_login(admin)
    DepartmentFactory(name="Magazijn")
    response = client.get(reverse("wagtailsnippets_people_department:list"))
    assert response.status_code == 200
    assert "Magazijn" in response.content.decode()


def test_compliance_officer_cannot_edit_departments_in_the_admin(client, totp_enrol):
    from django.urls import reverse

    officer = UserFactory(role=COMPLIANCE_OFFICER)
    totp_enrol(officer)
    client.force_login(officer)
    assert client.get(reverse("wagtailsnippets_people_department:add")).status_code in {302, 403}
