import pytest
from django.core import mail
from django.urls import reverse

from people.factories import EmployeeProfileFactory, UserFactory
from people.models import EmployeeProfile

PASSWORD = "correct-horse-battery"


def login(client, email, password=PASSWORD, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": password}, **extra)


def test_login_with_email_and_no_username(client, employee):
    response = login(client, employee.email.upper())
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(employee.pk)
    assert not hasattr(employee, "username") or employee.username is None


def test_login_sends_people_to_home_in_their_preferred_language(client, demo):
    profile = EmployeeProfileFactory(preferred_language="vi")
    response = login(client, profile.user.email)
    assert response["Location"] == "/vi/"


def test_wrong_password_gets_a_clear_error_and_is_throttled(client, employee):
    response = login(client, employee.email, "wrong-password")
    assert response.status_code == 200
    assert "wachtwoord" in response.content.decode()  # Dutch error message
    for _ in range(6):
        response = login(client, employee.email, "wrong-password")
    assert "Te veel inlogpogingen" in response.content.decode()
    # Even the right password is refused while throttled.
    response = login(client, employee.email)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_unverified_address_gets_a_verification_email(client, db):
    user = UserFactory(verified=False)
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    response = login(client, user.email, follow=True)
    assert "_auth_user_id" not in client.session
    assert response.redirect_chain[-1][0] == reverse("account_email_verification_sent")
    assert len(mail.outbox) == 1
    assert user.email in mail.outbox[0].to


def test_password_reset_mails_a_link(client, employee):
    response = client.post(reverse("account_reset_password"), {"email": employee.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_password_reset_for_unknown_address_reveals_nothing(client, db):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert response.status_code == 302


def test_logout_needs_post(client, employee):
    client.force_login(employee)
    client.get(reverse("account_logout"))
    assert "_auth_user_id" in client.session
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_wagtail_admin_login_goes_through_allauth(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_signup_is_closed_by_default(client, db):
    profiles = EmployeeProfile.objects.count()
    client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert EmployeeProfile.objects.count() == profiles
    from people.models import User

    assert not User.objects.filter(email="new@example.org").exists()


def test_language_preference_is_saved_and_used(client, employee):
    client.force_login(employee)
    url = reverse("language_preference")
    assert client.get(url).status_code == 200
    response = client.post(url, {"language": "vi"})
    assert response.status_code == 302
    assert response["Location"] == "/vi/accounts/language/"
    assert EmployeeProfile.objects.get(user=employee).preferred_language == "vi"
    from wagtail.users.models import UserProfile

    assert UserProfile.get_for_user(employee).preferred_language == "vi"


def test_language_preference_rejects_unknown_language(client, employee):
    client.force_login(employee)
    response = client.post(reverse("language_preference"), {"language": "xx"})
    assert response.status_code == 200
    assert "form-errors" in response.content.decode()
    assert not EmployeeProfile.objects.filter(user=employee).exists()


def test_language_preference_needs_sign_in(client, db):
    response = client.get(reverse("language_preference"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


@pytest.mark.parametrize("language", ["nl", "vi"])
def test_login_page_speaks_the_language(client, db, language):
    html = client.get(f"/{language}/accounts/login/").content.decode()
    assert {"nl": "Inloggen", "vi": "Đăng nhập"}[language] in html
    assert "Sign in" not in html
    assert "Forgot your password" not in html
    assert html.count("/accounts/password/reset/") == 1


def test_signup_works_when_the_organisation_opens_it(client, db, settings):
    from people.models import User

    settings.SIGNUP_OPEN = True
    client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert User.objects.filter(email="new@example.org").exists()
