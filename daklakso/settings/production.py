"""Production: every secret and host comes from the environment.

The module refuses to load with DEBUG on or without a real SECRET_KEY, so a
mis-configured server fails at start-up instead of running insecurely.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if os.environ.get("DEBUG", "").lower() in {"1", "true", "yes", "on"}:
    raise ImproperlyConfigured("DEBUG must be off in production; unset the DEBUG variable.")

if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):  # noqa: F405
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a long random value (at least 50 characters), e.g. "
        "python -c 'import secrets; print(secrets.token_urlsafe(64))'"
    )

if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the site's host names, comma-separated.")

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Hashed names (nginx lets browsers keep them a year) and a .gz beside each text file
# (nginx's gzip_static): see daklakso/staticfiles.py and deploy/nginx.conf.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "daklakso.staticfiles.CompressedManifestStaticFilesStorage"
}

# Redis, shared by every gunicorn worker: the page cache's generation counter must be seen by
# all of them. A short socket timeout: a hung Redis degrades to a miss (core/cache.py) quickly.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "daklakso"),
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    CACHE_SHARED_BY_PROCESSES = True
else:  # one process's memory: an edit made through one worker would not reach the others' pages
    PAGE_CACHE_SECONDS = 0
