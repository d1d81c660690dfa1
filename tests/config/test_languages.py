from django.core.management import call_command
from wagtail.models import Locale

from people.models import EmployeeProfile


def test_a_fourth_language_needs_settings_and_a_catalogue_only(client, demo, employee, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("pl", "Polski")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)  # no schema change
    Locale.objects.create(language_code="pl")

    html = client.get("/nl/").content.decode()
    assert 'hreflang="pl"' in html
    response = client.get("/pl/")
    assert response.status_code == 200
    assert '<html lang="pl">' in response.content.decode()
    client.force_login(employee)
    response = client.post("/pl/accounts/language/", {"language": "pl"})
    assert response.status_code == 302
    assert EmployeeProfile.objects.get(user=employee).preferred_language == "pl"


def test_single_sign_on_is_configured_through_settings(client, db, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "entra",
                    "name": "Microsoft Entra ID",
                    "client_id": "client",
                    "secret": "secret",
                    "settings": {"server_url": "https://login.example.org/tenant/v2.0"},
                }
            ]
        }
    }
    html = client.get("/nl/accounts/login/").content.decode()
    assert "Microsoft Entra ID" in html
    assert "/accounts/oidc/entra/login/" in html
