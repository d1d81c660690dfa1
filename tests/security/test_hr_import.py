"""Replay of the HR-import takeover: a compliance officer's CSV tried to deactivate a superuser,
rename an administrator and a confidant, and re-address a confidant so that a password reset
went to the new address. Through the real admin views, as an officer uses them."""

import re
import threading
import time

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.urls import reverse
from django.utils import translation

from people.demo import DEMO_PASSWORD
from people.employee_import import employees_read
from people.factories import EmployeeProfileFactory, UserFactory
from people.models import EmployeeProfile, User
from people.roles import COMPLIANCE_OFFICER, EMPLOYEE, TRAINER
from people.services import employees_import, profile_language_set

STAFF_REFUSAL = (
    "This account has a staff role or administrator rights: the import changes employees only. "
    "Ask an administrator."
)
HEADER = (
    "employee_number,first_name,last_name,email,department,manager_email,language,hire_date,active"
)
ANNA = "H1,Anna,Bos,anna@hr.example,Hoofdkantoor/Klantenservice,,nl,2024-03-01,ja"
RESET_LINK = re.compile(r"/accounts/password/reset/key/\S+")


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def officer(client, totp_enrol, demo):
    user = User.objects.get(email="compliance@demo.example")
    assert user.groups.filter(name=COMPLIANCE_OFFICER).exists()
    profile_language_set(user=user, language="en")
    totp_enrol(user)
    client.force_login(user)
    return client


@pytest.fixture
def targets(demo):
    """The accounts the attacker's file names, by what the file tries on them."""
    root = User.objects.create_superuser("root@hr.example", "root-password")
    EmailAddress.objects.create(user=root, email=root.email, verified=True, primary=True)
    EmployeeProfileFactory(user=root, employee_number="R1")
    external = User.objects.get(email="extern.vertrouwenspersoon@demo.example")
    EmployeeProfile.objects.filter(user=external).update(employee_number="C2")
    pim = UserFactory(email="pim@hr.example", first_name="Pim", last_name="Pol", role=EMPLOYEE)
    EmailAddress.objects.create(user=pim, email="pim.second@hr.example", verified=True)
    return {
        "superuser": root,
        "administrator": User.objects.get(email="beheerder@demo.example"),
        "confidant": User.objects.get(email="vertrouwenspersoon@demo.example"),
        "external confidant": external,
        "employee found by e-mail only": pim,
        "employee E1001": User.objects.get(email="medewerker@demo.example"),
        "employee E1002": User.objects.get(email="nhanvien@demo.example"),
    }


ATTACK = [
    "R1,Root,Admin,root@hr.example,Hoofdkantoor,,,,nee",  # 2 (a) deactivate the superuser
    "E1005,Mallory,Smit,beheerder@demo.example,Hoofdkantoor,,nl,2024-03-01,ja",  # 3 (b)
    "X1,Mallory,Visser,vertrouwenspersoon@demo.example,Hoofdkantoor,,,,",  # 4 (c) rename
    "C2,Thanh,Trần,mallory@evil.example,Hoofdkantoor,,,,",  # 5 (d) re-address a confidant
    "N1,Pim,Pol,pim.second@hr.example,Hoofdkantoor,,,,",  # 6 (e) found by e-mail only
    "E1002,Minh,Nguyễn,medewerker@demo.example,Hoofdkantoor,,vi,,",  # 7 A's e-mail, B's number
    ANNA,  # 8: a normal new employee
]


def upload(client, *lines: str) -> str:
    data = "\n".join([HEADER, *lines]).encode()
    response = client.post(
        reverse("people_import_upload"), {"file": SimpleUploadedFile("hr.csv", data)}
    )
    assert response.status_code == 302, response.content[:500]
    return response["Location"]


def snapshot(users) -> dict:
    """Everything the import could write about these accounts."""
    found = {}
    for user in User.objects.filter(pk__in=[u.pk for u in users]).prefetch_related("groups"):
        profile = EmployeeProfile.objects.filter(user=user).values().first()
        addresses = EmailAddress.objects.filter(user=user).values_list(
            "email", "verified", "primary"
        )
        found[user.pk] = (
            (user.email, user.first_name, user.last_name, user.is_active, user.password),
            (user.is_superuser, user.is_staff, sorted(g.name for g in user.groups.all())),
            sorted(addresses),
            profile,
        )
    return found


def test_the_takeover_file_is_refused_line_by_line_and_changes_nothing(officer, targets):
    before = snapshot(targets.values())
    url = upload(officer, *ATTACK)
    page = officer.get(url).content.decode()
    by_line = {
        int(line): row
        for line, row in re.findall(r"<tr[^>]*>\s*<td>(\d+)</td>(.*?)</tr>", page, re.S)
    }
    for line in (2, 3, 4, 5):  # superuser, administrator, confidant, confidant
        assert STAFF_REFUSAL in by_line[line], line
    assert "found by e-mail only" in by_line[6]
    assert "already belongs to employee number E1001" in by_line[7]
    assert "Error" not in by_line[8] and "New" in by_line[8]

    officer.post(url, {"mode": "all"})  # every row or none: none
    assert not User.objects.filter(email="anna@hr.example").exists()

    result = officer.post(url, {"mode": "valid"}).content.decode()
    assert "6 rows were not imported" in result
    assert f"line 2: {STAFF_REFUSAL}" in result and f"line 5: {STAFF_REFUSAL}" in result
    assert User.objects.get(email="anna@hr.example").profile.employee_number == "H1"
    assert snapshot(targets.values()) == before
    assert not User.objects.filter(email="mallory@evil.example").exists()
    assert not EmailAddress.objects.filter(email="mallory@evil.example").exists()


def reset_mails(client, mailoutbox, email: str) -> list:
    mailoutbox.clear()
    response = client.post(reverse("account_reset_password"), {"email": email})
    assert response.status_code == 302
    return list(mailoutbox)


def test_an_employees_email_change_by_number_moves_login_and_reset_and_tells_the_old_address(
    officer, targets, mailoutbox, django_capture_on_commit_callbacks
):
    sanne = targets["employee E1001"]
    new = "E1001,Sanne,de Vries,sanne.devries@hr.example,Hoofdkantoor/Klantenservice,,nl,,"
    url = upload(officer, new)
    with django_capture_on_commit_callbacks(execute=True):
        assert "have been imported" in officer.post(url, {"mode": "all"}).content.decode()
    sanne.refresh_from_db()
    assert sanne.email == "sanne.devries@hr.example"
    assert list(EmailAddress.objects.filter(user=sanne).values_list("email", "verified")) == [
        ("sanne.devries@hr.example", True)
    ]
    (notice,) = mailoutbox
    assert notice.to == ["medewerker@demo.example"]
    assert "s***@h***.example" in notice.body and "sanne.devries" not in notice.body
    assert "HR" in notice.body and "Eva Jansen" in notice.body

    officer.logout()
    # The old address reaches nobody's account: allauth only says there is no account.
    (unknown,) = reset_mails(officer, mailoutbox, "medewerker@demo.example")
    assert unknown.to == ["medewerker@demo.example"] and not RESET_LINK.search(unknown.body)
    # The new address gets the reset link, and only it.
    (reset,) = reset_mails(officer, mailoutbox, "sanne.devries@hr.example")
    assert reset.to == ["sanne.devries@hr.example"] and RESET_LINK.search(reset.body)

    login = reverse("account_login")
    response = officer.post(login, {"login": "medewerker@demo.example", "password": DEMO_PASSWORD})
    assert "_auth_user_id" not in officer.session and response.status_code == 200
    officer.post(login, {"login": "sanne.devries@hr.example", "password": DEMO_PASSWORD})
    assert officer.session["_auth_user_id"] == str(sanne.pk)


@pytest.fixture
def demo_back_afterwards(django_db_setup, django_db_blocker):
    """A transactional test ends with an empty database: put the demo back for the tests
    that follow (and for the next --reuse-db run). Set up before the transactional database,
    so this runs after its flush."""
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


def test_rights_given_while_the_import_runs_are_waited_for_and_refused(
    demo_back_afterwards, django_db_serialized_rollback, transactional_db
):
    """The write locks the accounts it changes before checking them again: an administrator
    saving the account as superuser with a trainer role at that moment is committed first and
    seen, never overwritten by the file."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    profile = EmployeeProfileFactory(employee_number="H7", user__email="soon@hr.example")
    rows = employees_read(
        f"{HEADER}\nH7,Soon,Renamed,soon@hr.example,{profile.department},,,,\n".encode()
    )
    saving = threading.Event()

    def administrator_saves():
        with transaction.atomic():
            user = User.objects.get(pk=profile.user_id)
            user.is_superuser = True
            user.save()
            user.groups.add(Group.objects.get(name=TRAINER))
            saving.set()
            time.sleep(1)  # the import reads the account meanwhile, before this commits
        connection.close()

    thread = threading.Thread(target=administrator_saves)
    thread.start()
    assert saving.wait(10)
    report = employees_import(rows=rows, valid_only=False, actor=None)
    thread.join()
    assert not report.imported
    assert report.rejected[0].errors == [STAFF_REFUSAL]
    user = User.objects.get(pk=profile.user_id)
    assert user.is_superuser and user.last_name == profile.user.last_name
