"""Production: secrets and services must come from the environment; nothing falls back
silently. Each missing variable stops the start with one line that names it."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, MIDDLEWARE, STORAGES, WAGTAILADMIN_BASE_URL, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
if len(SECRET_KEY) < 50 or not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Production needs SECRET_KEY (50+ characters) and ALLOWED_HOSTS.")


def _required(name: str, what: str) -> str:
    value = env.str(name, default="")
    if not value:
        raise ImproperlyConfigured(f"Production needs {name}: {what}.")
    return value


_required(
    "DATABASE_URL", "a PostgreSQL database, e.g. postgres://user@db.example.org/safe_workplace"
)
# SQLite serves one host only: allowed for single-host trials and benchmarks, when asked for.
_engine = DATABASES["default"]["ENGINE"]
if _engine != "django.db.backends.postgresql" and not env.bool("ALLOW_SQLITE", default=False):
    raise ImproperlyConfigured(
        "Production needs DATABASE_URL to be PostgreSQL (SQLite only with ALLOW_SQLITE=true, "
        "for single-host trials and benchmarks)."
    )
CACHES = {
    "default": env.cache_url_config(
        _required("CACHE_URL", "a shared cache, e.g. redis://cache.example.org:6379/1")
    )
}
globals().update(
    env.email_url_config(
        _required("EMAIL_URL", "outgoing mail, e.g. smtp+tls://user:pass@mail.example.org:587")
    )
)
MEDIA_STORAGE = _required("MEDIA_STORAGE", "'s3' or 'local' (where uploaded files live)")
if MEDIA_STORAGE == "local":
    _required(
        "MEDIA_ROOT", "the media folder for MEDIA_STORAGE=local, e.g. /srv/safe-workplace/media"
    )
elif MEDIA_STORAGE == "s3":  # the bucket itself is configured in base.py (people/storage.py)
    _missing = [
        name
        for name in ("S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY")
        if not env.str(name, default="")
    ]
    if _missing:
        raise ImproperlyConfigured(
            f"S3 media storage is not configured: set {', '.join(_missing)}."
        )
else:
    raise ImproperlyConfigured(
        "Production needs MEDIA_STORAGE: 's3' or 'local' (where uploaded files live)."
    )
if CONFIDANT_KDF_LEVEL not in {"moderate", "interactive"}:  # noqa: F405
    raise ImproperlyConfigured("CONFIDANT_KDF_LEVEL must be 'moderate' or 'interactive'.")

# Package scripts run only on a second host name of the site, which none of its cookies reach
# (the site's cookies are host-only: no *_COOKIE_DOMAIN is set anywhere).
SCORM_CONTENT_ORIGIN = env("SCORM_CONTENT_ORIGIN", default="")
_content_host = urlsplit(SCORM_CONTENT_ORIGIN).hostname
if not _content_host or _content_host == urlsplit(WAGTAILADMIN_BASE_URL).hostname:
    raise ImproperlyConfigured(
        "Production needs SCORM_CONTENT_ORIGIN: a second host name of this site for SCORM "
        "package files, e.g. https://scorm-content.example.org (not the site's own host)."
    )

# WhiteNoise serves the collected static files right after the security middleware.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Production runs behind one TLS proxy (above): sign-in throttles key on the address it reports.
# Set TRUSTED_PROXY_COUNT to the number of proxies in front, or TRUSTED_CLIENT_IP_HEADER
# (e.g. X-Real-IP) when the proxy sets one; 0 only when gunicorn faces the clients itself.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# Persistent database connections: a new PostgreSQL connection costs more than a whole bare
# request (measured: about 2 of 3.8 ms); health checks drop connections the server closed
# (a restarted or failed-over database) before a request uses them.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=300)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
