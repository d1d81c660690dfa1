import pytest
from django.conf import settings
from production_env import SECRET, run_manage


def test_languages_are_dutch_first_then_english_and_vietnamese():
    assert settings.LANGUAGE_CODE == "nl"
    assert [code for code, _ in settings.LANGUAGES] == ["nl", "en", "vi"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.WAGTAIL_I18N_ENABLED


def test_production_refuses_to_start_without_secrets():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_manage("check", SECRET_KEY="short", ALLOWED_HOSTS="learn.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.slow
def test_production_passes_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="learn.example.org,scorm.example.org",
        BASE_URL="https://learn.example.org",
        SCORM_CONTENT_ORIGIN="https://scorm.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("content_origin", ["", "https://learn.example.org"])
def test_production_refuses_to_run_packages_on_the_sites_own_origin(content_origin):
    result = run_manage(
        "check",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="learn.example.org",
        BASE_URL="https://learn.example.org",
        SCORM_CONTENT_ORIGIN=content_origin,
    )
    assert result.returncode != 0
    assert "SCORM_CONTENT_ORIGIN" in result.stderr


def test_database_url_switches_the_database():
    import environ

    config = environ.Env.db_url_config("postgres://app:pw@db.internal:5432/learning")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert settings.DATABASES["default"]["ENGINE"] in {
        "django.db.backends.sqlite3",
        "django.db.backends.postgresql",
    }
