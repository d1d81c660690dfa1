import pytest
from django.conf import settings
from production_env import PRODUCTION, run_manage


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
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def without(name: str) -> dict[str, str]:
    return {key: value for key, value in PRODUCTION.items() if key != name}


@pytest.mark.parametrize(
    "name",
    [
        "DATABASE_URL",
        "CACHE_URL",
        "EMAIL_URL",
        "MEDIA_STORAGE",
        "MEDIA_ROOT",
        "SCORM_CONTENT_ORIGIN",
    ],
)
def test_production_refuses_to_start_without_each_service(name):
    result = run_manage("check", **without(name))
    assert result.returncode != 0
    assert f"Production needs {name}" in result.stderr


@pytest.mark.parametrize("media_storage", ["", "ftp"])
def test_production_knows_only_two_media_storages(media_storage):
    result = run_manage("check", **{**PRODUCTION, "MEDIA_STORAGE": media_storage})
    assert result.returncode != 0
    assert "Production needs MEDIA_STORAGE: 's3' or 'local'" in result.stderr


def test_production_refuses_sqlite_unless_asked_for_a_single_host_trial():
    sqlite = {**PRODUCTION, "DATABASE_URL": "sqlite:////tmp/wt_e_trial.sqlite3"}
    refused = run_manage("check", **sqlite)
    assert refused.returncode != 0
    assert "DATABASE_URL to be PostgreSQL" in refused.stderr
    allowed = run_manage("check", **sqlite, ALLOW_SQLITE="true")
    assert allowed.returncode == 0, allowed.stderr


def test_s3_media_names_the_missing_s3_variables():
    result = run_manage("check", **{**without("MEDIA_ROOT"), "MEDIA_STORAGE": "s3"}, S3_BUCKET="m")
    assert result.returncode != 0
    assert "S3 media storage is not configured: set S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY" in (
        result.stderr
    )


def test_production_keeps_checked_persistent_database_connections():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["300", "True"]


@pytest.mark.parametrize("content_origin", ["", "https://learn.example.org"])
def test_production_refuses_to_run_packages_on_the_sites_own_origin(content_origin):
    result = run_manage("check", **{**PRODUCTION, "SCORM_CONTENT_ORIGIN": content_origin})
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
