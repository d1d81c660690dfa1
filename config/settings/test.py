"""Test runs: fast hashing, mail kept in memory, same database choice as dev (DATABASE_URL)."""

from .base import *  # noqa: F403
from .base import BASE_DIR, STORAGES, env

SECRET_KEY = "test-secret-key-only-for-the-test-suite-0123456789abcdef"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default=BASE_DIR / "var" / "test-media")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
SCORM_CONTENT_ORIGIN = "http://scorm-content.testserver"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver", "scorm-content.testserver"]
CONFIDANT_KDF_LEVEL = "min"  # Argon2id at its minimum: the suite derives many keys
CONFIDANT_POW_BITS = 4  # proofs of work solved in a few hashes (Python and Chromium alike)
CONFIDANT_RECEIPT_POW_BITS = 4
# Tasks run at once, inside the request that enqueues them; tests of the worker and of the
# progress pages switch to the database backend (tests/compliance/test_task_progress.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
