"""The admin upload: who may use it, and upload → dry-run report → import → result."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from people.factories import UserFactory
from people.models import EmployeeProfile, User
from people.roles import ADMINISTRATOR, COMPLIANCE_OFFICER, CONFIDANT, EMPLOYEE, TRAINER
from people.services import profile_language_set

pytestmark = pytest.mark.django_db

HEADER = "personeelsnummer;voornaam;achternaam;e-mail;afdeling;leidinggevende;taal;in dienst;actief"
ANNA = "H1;Anna;Bos;anna@hr.example;Hoofdkantoor/Klantenservice;;nl;2024-03-01;ja"
BRAM = "H2;Bram;Kok;bram@hr.example;Hoofdkantoor;anna@hr.example;en;01-04-2023;ja"
BAD = "H3;Cas;Mol;cas@@hr;Magazijn;;;;"


def upload_file(*lines: str) -> SimpleUploadedFile:
    data = "\n".join([HEADER, *lines]).encode()
    return SimpleUploadedFile("employees.csv", data, content_type="text/csv")


@pytest.fixture
def signed_in(client, totp_enrol):
    def sign_in(role: str):
        user = UserFactory(role=role)
        profile_language_set(user=user, language="en")  # the admin speaks English to them
        if role != EMPLOYEE:
            totp_enrol(user)
        client.force_login(user)
        return client

    return sign_in


def report_url(response) -> str:
    assert response.status_code == 302, response.content[:500]
    return response["Location"]


def test_anonymous_is_sent_to_the_login(client):
    response = client.get(reverse("people_import_upload"))
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize("role", [EMPLOYEE, CONFIDANT])
def test_people_without_admin_access_are_turned_away(signed_in, role):
    client = signed_in(role)
    response = client.post(reverse("people_import_upload"), {"file": upload_file(ANNA)})
    assert response.status_code in {302, 403}
    assert response.status_code == 403 or "login" in response["Location"]
    assert not User.objects.filter(email="anna@hr.example").exists()


def test_trainer_is_forbidden(signed_in):
    client = signed_in(TRAINER)
    assert client.get(reverse("people_import_upload")).status_code == 403
    response = client.post(reverse("people_import_upload"), {"file": upload_file(ANNA)})
    assert response.status_code == 403
    response = client.post(reverse("people_import_report", args=["x"]), {"mode": "all"})
    assert response.status_code == 403


@pytest.mark.parametrize("role", [COMPLIANCE_OFFICER, ADMINISTRATOR])
def test_officer_and_administrator_may_import(signed_in, role, demo):
    client = signed_in(role)
    response = client.get(reverse("people_import_upload"))
    assert response.status_code == 200
    assert "Import employees" in response.content.decode()
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("people_import_upload") in admin_home


def test_upload_report_import_result(signed_in, demo):
    client = signed_in(COMPLIANCE_OFFICER)
    url = report_url(
        client.post(reverse("people_import_upload"), {"file": upload_file(ANNA, BRAM)})
    )
    report = client.get(url)
    page = report.content.decode()
    assert report.status_code == 200
    assert "anna@hr.example" in page and "New: 2" in page
    assert 'value="all" disabled' not in page
    assert not User.objects.filter(email="anna@hr.example").exists()  # a dry run

    result = client.post(url, {"mode": "all"})
    assert result.status_code == 200
    assert "have been imported" in result.content.decode()
    assert EmployeeProfile.objects.get(employee_number="H2").manager.email == "anna@hr.example"
    assert client.get(url).status_code == 302  # the upload is forgotten once imported


def test_invalid_rows_block_import_unless_valid_rows_are_chosen(signed_in, demo):
    client = signed_in(ADMINISTRATOR)
    url = report_url(client.post(reverse("people_import_upload"), {"file": upload_file(ANNA, BAD)}))
    page = client.get(url).content.decode()
    assert 'value="all" disabled' in page
    assert "Import the 1 valid row" in page
    assert "cas@@hr" in page and "Unknown department" in page
    assert "cas@@hr" in client.get(url + "?show=error").content.decode()
    assert "anna@hr.example" not in client.get(url + "?show=error").content.decode()

    response = client.post(url, {"mode": "all"})
    assert response.status_code == 302
    assert not User.objects.filter(email="anna@hr.example").exists()

    result = client.post(url, {"mode": "valid"}).content.decode()
    assert "1 row was not imported" in result and "line 3:" in result
    assert User.objects.filter(email="anna@hr.example").exists()


def test_a_refused_file_is_explained_on_the_form(signed_in):
    client = signed_in(COMPLIANCE_OFFICER)
    data = "\n".join([HEADER, "H9;Zoë;Brouwer;zoe@hr.example;Hoofdkantoor;;;;"]).encode("cp1252")
    response = client.post(
        reverse("people_import_upload"), {"file": SimpleUploadedFile("e.csv", data)}
    )
    assert response.status_code == 200
    assert "not UTF-8 at line 2" in response.content.decode()


def test_another_users_upload_cannot_be_read_or_imported(signed_in, client, demo):
    signed_in(COMPLIANCE_OFFICER)
    url = report_url(client.post(reverse("people_import_upload"), {"file": upload_file(ANNA)}))
    signed_in(ADMINISTRATOR)
    assert client.get(url).status_code == 302
    client.post(url, {"mode": "all"})
    assert not User.objects.filter(email="anna@hr.example").exists()


STAFF_REFUSAL = (
    "This account has a staff role or administrator rights: the import changes employees only. "
    "Ask an administrator."
)
TRAINER_LEAVES = "E1003;Ahmed;Bakker;trainer@demo.example;Hoofdkantoor;;nl;2024-03-01;nee"


@pytest.mark.parametrize("language", ["en", "nl", "vi"])
def test_a_row_that_would_change_a_staff_account_is_refused_on_its_line(signed_in, demo, language):
    client = signed_in(COMPLIANCE_OFFICER)
    officer = User.objects.get(pk=client.session["_auth_user_id"])
    profile_language_set(user=officer, language=language)
    with translation.override(language):
        refusal = gettext(STAFF_REFUSAL)
        heading = gettext("Dry run: nothing has been written yet")  # proves the language
    url = report_url(
        client.post(reverse("people_import_upload"), {"file": upload_file(ANNA, TRAINER_LEAVES)})
    )
    page = client.get(url + "?show=error").content.decode()
    assert refusal in page and "trainer@demo.example" in page and "anna@hr.example" not in page
    page = client.get(url).content.decode()
    assert 'value="all" disabled' in page and heading in page

    result = client.post(url, {"mode": "valid"}).content.decode()
    with translation.override(language):
        line = gettext("line %(line)s: %(error)s") % {"line": 3, "error": refusal}
    assert line in result
    assert User.objects.filter(email="anna@hr.example").exists()
    trainer = User.objects.get(email="trainer@demo.example")
    assert trainer.is_active and trainer.profile.active
