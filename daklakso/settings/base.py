"""Settings shared by every environment.

Everything that differs between a laptop and a server comes from environment
variables (see README); the defaults here are safe for local use only.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from daklakso.languages import register_languages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "guides",
    "lessons",
    "videos",
    "news",
    "search",
    "campaigns",  # the movement: campaign targets and progress, classes, digital teams
    "kiosks",  # public touch-screen kiosks, server-side QR codes, the offline service worker
    "translations",  # translation status, term base; before wagtail_localize (editor template)
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "wagtail.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "daklakso.urls"
WSGI_APPLICATION = "daklakso.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# DATABASE_URL, e.g. postgres://user:pass@127.0.0.1:5432/daklakso.
# Unset: an SQLite file under var/, so `make run` needs no database server.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Vietnamese is the source language, served without a URL prefix; the others live
# under /<code>/. To add one (say Tày, "tyz"), add an entry here, a catalogue under locale/,
# and create its locale in the admin (Settings → Locales): no code migration is needed.
# Codes are ISO 639-3 where ISO 639-1 has none: Ê Đê "rad", J'rai "jra", and for M'Nông
# "mng" (Eastern Mnong: the Gar, Rlâm and Kuênh varieties spoken in Đắk Lắk; Central
# Mnong, "cmo", is the variety of the former Đắk Nông and Bình Phước provinces).
SITE_LANGUAGES = [
    {"code": "vi", "name": "Vietnamese", "name_local": "Tiếng Việt"},
    {"code": "rad", "name": "Rade (Ê Đê)", "name_local": "Ê Đê"},
    {"code": "jra", "name": "Jarai (J'rai)", "name_local": "J'rai"},
    {"code": "mng", "name": "Eastern Mnong (M'Nông)", "name_local": "M'Nông"},
    {"code": "en", "name": "English", "name_local": "English"},
]
LANGUAGE_CODE = "vi"
LANGUAGES = [(language["code"], language["name_local"]) for language in SITE_LANGUAGES]
register_languages(SITE_LANGUAGES)
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["daklakso.formats"]
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None  # off: nothing is sent to an outside service
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor posts many fields for long StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Đắk Lắk số"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to the internet

# Uploads: clear limits so an editor gets a message rather than a server error.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx", "txt", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILMEDIA = {"AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg"], "VIDEO_EXTENSIONS": ["mp4", "webm"]}
CAPTION_MAX_UPLOAD_SIZE = 512 * 1024

# Search: Wagtail's database backend unless SEARCH_URL names an OpenSearch node. With
# OpenSearch, the database backend is kept up to date too and answers when the node is down.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
DATABASE_SEARCH = {"BACKEND": "search.backends.database"}
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch2",
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "daklakso_"),
            "TIMEOUT": float(os.environ.get("SEARCH_TIMEOUT", "1.5")),
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "fallback": DATABASE_SEARCH,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH}
SEARCH_ENGINE_RETRY_SECONDS = float(os.environ.get("SEARCH_ENGINE_RETRY_SECONDS", "30"))
SEARCH_RATE_LIMIT = os.environ.get("SEARCH_RATE_LIMIT", "1200/m")
SEARCH_CLIENT_IP_HEADER = os.environ.get("SEARCH_CLIENT_IP_HEADER", "")  # e.g. HTTP_X_REAL_IP behind nginx

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"daklakso": {"level": "INFO"}},
}

SITE_TITLE = _("Đắk Lắk số")
