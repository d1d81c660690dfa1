"""The production settings, run for real in a subprocess (they read only the environment)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "prod-k9Zq3xV8mW2pL7rT5yB1nC6vD4hJ0gF8sA3eK7uQ2iO9-x7Ylw"
# Everything production needs, and nothing more (the database is never reached by `check`).
PRODUCTION = {
    "SECRET_KEY": SECRET,
    "ALLOWED_HOSTS": "learn.example.org,scorm.example.org",
    "BASE_URL": "https://learn.example.org",
    "SCORM_CONTENT_ORIGIN": "https://scorm.example.org",
    "DATABASE_URL": "postgres://app@db.example.org:5432/safe_workplace",
    "CACHE_URL": "redis://cache.example.org:6379/1",
    "EMAIL_URL": "smtp+tls://app:secret@mail.example.org:587",
    "MEDIA_STORAGE": "local",
    "MEDIA_ROOT": "/srv/safe-workplace/media",
}
# Read by the production settings: the outer environment's values never leak into a test.
_PRODUCTION_VARIABLES = {
    *PRODUCTION,
    "ALLOW_SQLITE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "S3_BUCKET",
    "S3_ENDPOINT_URL",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_REGION",
}


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value for key, value in os.environ.items() if key not in _PRODUCTION_VARIABLES
    }
    environment.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
