"""/health/ready/ tries each shared service for real and names only its state."""

import pytest
from django.core.files.storage import default_storage

READY = "/health/ready/"


def test_a_ready_host_says_ok_for_every_service_it_uses(client, db):
    response = client.get(READY)
    assert response.status_code == 200
    assert response.json() == {
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
        "worker": "not used",  # the test settings run tasks in the web process
    }
    assert response["Cache-Control"] == "no-store"
    assert not default_storage.exists("health") or not default_storage.listdir("health")[1]


def test_an_unreachable_cache_makes_the_host_not_ready(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/14",  # nothing listens on port 1
        }
    }
    response = client.get(READY)
    assert response.status_code == 503
    assert response.json() == {
        "database": "ok",
        "cache": "failing",
        "storage": "ok",
        "worker": "not used",
    }
    assert "127.0.0.1" not in response.content.decode()


def test_a_storage_that_cannot_write_makes_the_host_not_ready(client, db, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the media folder should be")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(blocker / "media")},
        },
    }
    response = client.get(READY)
    assert response.status_code == 503
    assert response.json()["storage"] == "failing"
    assert response.json()["database"] == "ok"
    assert str(tmp_path) not in response.content.decode()
    assert "Error" not in response.content.decode()


@pytest.mark.parametrize("path", ["/health/", READY])
def test_health_answers_signed_out_visitors_without_redirecting(client, db, path):
    assert client.get(path).status_code == 200


def test_a_failing_part_is_logged_once_as_a_warning_not_mailed(client, db, settings, mailoutbox):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/14",
        }
    }
    settings.ADMINS = [("Operator", "ops@example.org")]
    assert client.get(READY).status_code == 503
    assert mailoutbox == []
