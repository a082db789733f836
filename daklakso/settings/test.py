"""Settings for the test suite (pytest picks this module, see pyproject.toml)."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="daklakso-test-media-"))  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# A test session never shares a search index or a test database with another one (a second
# `make test`, a developer's server): both are named after this process. The search_index
# fixture (tests/conftest.py) empties the indexes before each test and deletes them after.
_search = WAGTAILSEARCH_BACKENDS["default"]  # noqa: F405
if "URLS" in _search:  # an OpenSearch / Elasticsearch node
    _search["INDEX_PREFIX"] = f"{_search.get('INDEX_PREFIX', 'daklakso_')}test_{os.getpid()}_"
    # Plain indexes, no aliases: an index that is an alias (left by an atomic rebuild)
    # cannot be deleted by name ("matches an alias, specify the corresponding concrete indices").
    _search["ATOMIC_REBUILD"] = False
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}  # noqa: F405

# The full-page cache is off by default, so a test that changes what a page shows without an
# editorial signal (settings, the clock) still sees it; tests/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0

# Existing admin tests sign in with force_login, which has no second factor;
# tests/test_admin_login.py turns this back on to prove it is enforced.
ADMIN_2FA_REQUIRED = False
