"""SSO reaches an existing account by its e-mail address only through a provider marked as
verifying addresses ("email_authentication": true in its app settings). Driven through
allauth's own OpenID Connect views; only the identity provider's side is played here."""

import json
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from django.test import override_settings
from django.urls import reverse

from people.factories import UserFactory
from people.models import User
from people.roles import EMPLOYEE

pytestmark = pytest.mark.django_db

IDP = "https://idp.example.org"


def app(provider_id: str, **settings) -> dict:
    return {
        "provider_id": provider_id,
        "name": provider_id.title(),
        "client_id": f"{provider_id}-client",
        "secret": "s3cret",
        "settings": {"server_url": f"{IDP}/{provider_id}", **settings},
    }


PROVIDERS = {
    "openid_connect": {
        "APPS": [app("tenant", email_authentication=True), app("elsewhere")],
    }
}


class IdentityProvider:
    """The identity provider's end of the OpenID Connect code flow, for one person."""

    def __init__(self, claims: dict):
        self.claims = claims

    def respond(self, session, method, url, *args, **kwargs):
        response = requests.Response()
        response.status_code = 200
        response.headers["Content-Type"] = "application/json"
        base = url.split("/.well-known/")[0]
        if url.endswith("/.well-known/openid-configuration"):
            body = {
                "issuer": base,
                "authorization_endpoint": f"{base}/authorize",
                "token_endpoint": f"{base}/token",
                "userinfo_endpoint": f"{base}/userinfo",
                "jwks_uri": f"{base}/jwks",
                "token_endpoint_auth_methods_supported": ["client_secret_post"],
            }
        elif url.endswith("/token"):
            body = {"access_token": "access-123", "token_type": "Bearer", "expires_in": 3600}
        elif url.endswith("/userinfo"):
            body = self.claims
        else:
            response.status_code = 404
            body = {}
        response._content = json.dumps(body).encode()
        return response


def sso_sign_in(client, provider_id: str, claims: dict):
    idp = IdentityProvider(claims)
    with mock.patch.object(requests.Session, "request", autospec=True, side_effect=idp.respond):
        start = client.post(reverse("openid_connect_login", kwargs={"provider_id": provider_id}))
        assert start.status_code == 302, start.content
        assert start["Location"].startswith(f"{IDP}/{provider_id}/authorize")
        state = parse_qs(urlsplit(start["Location"]).query)["state"][0]
        callback = reverse("openid_connect_callback", kwargs={"provider_id": provider_id})
        return client.get(callback, {"code": "code-456", "state": state})


@pytest.fixture
def existing(db):
    return UserFactory(role=EMPLOYEE, email="sam.jansen@example.org")


def claims_for(email: str) -> dict:
    return {"sub": "idp-7", "email": email, "email_verified": True, "name": "Sam Jansen"}


@override_settings(SOCIALACCOUNT_PROVIDERS=PROVIDERS)
def test_a_provider_that_verifies_addresses_signs_in_to_the_existing_account(client, existing):
    response = sso_sign_in(client, "tenant", claims_for(existing.email))
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(existing.pk)
    account = SocialAccount.objects.get(provider="tenant", uid="idp-7")
    assert account.user == existing  # connected: the next sign-in needs no address


@override_settings(SOCIALACCOUNT_PROVIDERS=PROVIDERS)
def test_any_other_provider_does_not_reach_the_account_by_its_address(client, existing):
    response = sso_sign_in(client, "elsewhere", claims_for(existing.email))
    assert client.session.get("_auth_user_id") != str(existing.pk)
    assert not SocialAccount.objects.filter(user=existing).exists()
    # As for any sign-up with a taken address: "check your e-mail", no second account.
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email__iexact=existing.email).count() == 1
