"""Settings shared by every environment. The environment is read here, through one `env` object."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "people",
    "courses",
    "scenarios",
    "compliance",
    "confidants",
    "scorm",
    "operations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "people.wagtail_users.PeopleWagtailUsersConfig",  # wagtail.users, privileges guarded
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "people.middleware.PrivateCacheControlMiddleware",
    "scorm.middleware.ContentOriginMiddleware",
    "courses.middleware.ContentGenerationMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "people.middleware.LanguageCookieMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "people.middleware.StaffMfaRequiredMiddleware",
    "people.middleware.AdminInputMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "people.middleware.AdminAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "courses.middleware.CachedSiteMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers wait for each other instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Languages: adding one means a line here and a catalogue in locale/, nothing else.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("vi", "Tiếng Việt"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", default="Europe/Amsterdam")
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [
    BASE_DIR / "site" / "static",
    ("vendor/scorm-again", BASE_DIR / "node_modules" / "scorm-again" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on an S3-compatible bucket (MEDIA_STORAGE=s3): private objects, read only by the app,
# which serves them through its access checks at MEDIA_URL (people/media.py, Wagtail's
# document view, the SCORM content origin), never by public or signed bucket addresses.
MEDIA_STORAGE = env("MEDIA_STORAGE", default="local")
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "people.storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": env("S3_BUCKET", default=""),
            "endpoint_url": env("S3_ENDPOINT_URL", default=None),
            "access_key": env("S3_ACCESS_KEY_ID", default=None),
            "secret_key": env("S3_SECRET_ACCESS_KEY", default=None),
            "region_name": env("S3_REGION", default=None),
        },
    }

# Accounts: e-mail login, no usernames, verified addresses, throttled logins.
AUTH_USER_MODEL = "people.User"
SITE_ID = 1
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"  # allauth's form, not Wagtail's own
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
ACCOUNT_ADAPTER = "people.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "people.adapters.SocialAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/ip,5/15m/key",
    "login": "30/m/ip",
    "reset_password": "5/m/ip,3/m/key",
    "confirm_email": "1/3m/key",
}
# The "/ip" limits above key on the client's address. Behind a reverse proxy every request
# comes from the proxy, so five wrong passwords would lock out everyone: allauth then takes the
# address from the proxy's X-Forwarded-For (the entry the nearest trusted proxy added) or from a
# header the proxy sets. make run has no proxy; production has one (production.py).
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER", default=None)
SIGNUP_OPEN = env.bool("SIGNUP_OPEN", default=False)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="Safe Workplace")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Safe Workplace <no-reply@localhost>")
globals().update(env.email("EMAIL_URL", default="consolemail://"))  # EMAIL_BACKEND, EMAIL_HOST, ...

# Single sign-on: JSON in SSO_PROVIDERS, see README.md ("Single sign-on").
SOCIALACCOUNT_PROVIDERS = env.json("SSO_PROVIDERS", default={})
SOCIALACCOUNT_ONLY = False
SSO_SIGNUP_OPEN = env.bool("SSO_SIGNUP_OPEN", default=True)
# A sign-in through SSO reaches an existing account by its e-mail address only for providers
# whose app settings say "email_authentication": true (they verify addresses, e.g. the
# organisation's own Entra ID tenant); then the account is connected to it. Others must have
# signed in through that provider before, or get a new account.
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True

WAGTAIL_SITE_NAME = "Safe Workplace"
WAGTAILADMIN_BASE_URL = env("BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # always through the view and its access checks
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests, not even for avatars

# Tasks wait in the database until a worker (`manage.py db_worker`: `make run` starts one beside
# the dev server, `make worker` and deploy/ in production) runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The public site gets a strict policy; the Wagtail admin needs inline code and is excluded.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Every handler drops records about the confidant pages (confidants/log_filter.py), whichever
# logger they come from; Django's default handlers are replaced so none escapes the filter.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "no_confidant_requests": {"()": "confidants.log_filter.DropConfidantRequests"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "level": env("LOG_LEVEL", default="WARNING"),
            "filters": ["no_confidant_requests"],
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "no_confidant_requests"],
        },
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "level": "INFO",
            "filters": ["no_confidant_requests"],
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": "INFO"},  # and the root's console
        "django.request": {"filters": ["no_confidant_requests"]},
        "django.security.csrf": {"filters": ["no_confidant_requests"]},
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
            "filters": ["no_confidant_requests"],
        },
    },
}

# Confidant module (confidants/README.md). The Argon2id level applies to new keys and receipt
# codes; changing it after launch makes outstanding receipt codes unusable.
CONFIDANT_KDF_LEVEL = env.str("CONFIDANT_KDF_LEVEL", default="moderate")
CONFIDANT_RETENTION_MONTHS = env.int("CONFIDANT_RETENTION_MONTHS", default=12)
CONFIDANT_IDLE_MINUTES = 30
# Intake rate limits without IP addresses (confidants/README.md, "Rate limits"): every form
# POST carries a proof of work of 2**bits SHA-256 hashes on average; the receipt-code form adds
# a bit per wrong code of this browser. Site-wide ceilings per 10 minutes count only requests
# that carried a valid proof.
CONFIDANT_POW_BITS = env.int("CONFIDANT_POW_BITS", default=18)
CONFIDANT_RECEIPT_POW_BITS = env.int("CONFIDANT_RECEIPT_POW_BITS", default=16)
CONFIDANT_POW_SECONDS = env.int("CONFIDANT_POW_SECONDS", default=30 * 60)  # a challenge's life
CONFIDANT_INTAKE_LIMIT = env.int("CONFIDANT_INTAKE_LIMIT", default=600)  # per 10 minutes
CONFIDANT_RECEIPT_FAILURE_LIMIT = env.int("CONFIDANT_RECEIPT_FAILURE_LIMIT", default=600)  # /10 min
# Opening a confidant's key (Argon2id, 256 MiB each): wrong tries per profile before a doubling
# wait, and derivations allowed at once site-wide (confidants/unlock_limits.py).
CONFIDANT_UNLOCK_FREE_FAILURES = env.int("CONFIDANT_UNLOCK_FREE_FAILURES", default=5)
CONFIDANT_UNLOCK_CONCURRENCY = env.int("CONFIDANT_UNLOCK_CONCURRENCY", default=2)

# A learner's course, lesson and scenario pages are kept rendered until something they show
# changes (courses/learner_cache.py); false renders every request afresh.
LEARNER_PAGES_KEPT = env.bool("LEARNER_PAGES_KEPT", default=True)

# SCORM packages (scorm/): upload limits checked before anything is stored. Package files are
# served only from a second origin (another host name of this same site, holding no cookie of
# it), so third-party package scripts never run where the learners' pages live. The embedded
# default: the site on 127.0.0.1:8000, packages on localhost:8000.
SCORM_MAX_UPLOAD_BYTES = env.int("SCORM_MAX_UPLOAD_BYTES", default=200 * 1024 * 1024)
SCORM_MAX_FILES = env.int("SCORM_MAX_FILES", default=5000)
SCORM_MAX_UNCOMPRESSED_BYTES = env.int("SCORM_MAX_UNCOMPRESSED_BYTES", default=1024 * 1024 * 1024)
SCORM_MAX_COMPRESSION_RATIO = env.int("SCORM_MAX_COMPRESSION_RATIO", default=100)
SCORM_CONTENT_ORIGIN = env.str("SCORM_CONTENT_ORIGIN", default="http://localhost:8000")
# What one learner's packages may store (scorm/services.py): commits per minute and bytes per
# day for each learner, and bytes per attempt. Real packages commit every few seconds at most,
# a few kilobytes each; a script that floods the database meets these first.
SCORM_COMMITS_PER_MINUTE = env.int("SCORM_COMMITS_PER_MINUTE", default=60)
SCORM_COMMIT_BYTES_PER_DAY = env.int("SCORM_COMMIT_BYTES_PER_DAY", default=50 * 1024 * 1024)
SCORM_ATTEMPT_QUOTA_BYTES = env.int("SCORM_ATTEMPT_QUOTA_BYTES", default=20 * 1024 * 1024)
