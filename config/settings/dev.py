"""Local development: the embedded default (SQLite, local media, e-mail on the console)."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-secret-key-not-for-production-use-0123456789")
INTERNAL_IPS = ["127.0.0.1"]
