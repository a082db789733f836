"""Settings shared by every environment.

Everything that differs between a laptop and a server comes from environment
variables (see README); the defaults here are safe for local use only.
"""

import os
from datetime import timedelta
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
    "accounts",  # admin sign-in: lock-out message, two-factor pages, idle sessions
    "home",
    "guides",
    "lessons",
    "videos",
    "news",
    "search",
    "campaigns",  # the movement: campaign targets and progress, classes, digital teams
    "kiosks",  # public touch-screen kiosks, server-side QR codes, the offline service worker
    "translations",  # translation status, term base; before wagtail_localize (editor template)
    "backups",  # manage.py backup / restore: database dump + media in one checked archive
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
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
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
    # The full-page cache, first: a hit skips every other middleware (and their queries). It
    # stores the response with the security headers added below (they depend only on the
    # scheme and path, both in the key), and sees the cookies sessions, CSRF and messages set,
    # so it never stores such a response.
    "core.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.security.SecurityHeadersMiddleware",  # Content-Security-Policy, Permissions-Policy
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.pagecache.KnownSiteMiddleware",  # after CommonMiddleware: allowed hosts only
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.OTPMiddleware",  # django-otp's: request.user.is_verified()
    "accounts.middleware.AdminSessionMiddleware",  # idle admin sessions end; second factor first
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as axes asks: turns its lock-out flag into the response
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
if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # SQLite creates the file, not its folder
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

# Security headers (core/security.py adds the Content-Security-Policy and Permissions-Policy;
# the admin, which still needs inline scripts, gets a looser policy under these prefixes).
CSP_ADMIN_PATH_PREFIXES = ["/admin/"]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views allow same-origin framing themselves
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # no script reads it: forms carry the token, the admin gets it in its page
CSRF_COOKIE_SAMESITE = "Lax"

# Admin sign-in. Sessions end when the browser closes (library and commune office computers
# are shared), after SESSION_COOKIE_AGE in any case, and after ADMIN_SESSION_IDLE_SECONDS with no
# admin request (accounts/middleware.py; an open page editor keeps its session alive through
# Wagtail's editing-session ping, so unsaved work is not lost).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", 12 * 60 * 60))
ADMIN_SESSION_IDLE_SECONDS = int(os.environ.get("ADMIN_SESSION_IDLE_SECONDS", 60 * 60))
# Two-factor authentication (TOTP, django-otp): required of superusers, and of any editor who
# turned it on in their account settings. Off only in the test settings.
ADMIN_2FA_REQUIRED = True
OTP_TOTP_ISSUER = "Đắk Lắk số"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.login.AdminLoginForm"
# django-axes: ADMIN_LOCKOUT_FAILURES wrong passwords for one username from one address lock
# it out for ADMIN_LOCKOUT_MINUTES (a right password is refused too; each try restarts the wait).
# Unlock early: manage.py axes_reset_username NAME. Behind nginx, the client's address comes
# from the same header as the search rate limit (SEARCH_CLIENT_IP_HEADER).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("ADMIN_LOCKOUT_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("ADMIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "search.ratelimit.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.login.lockout_response"

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
    "renditions": {"BACKEND": "core.storage.RenditionStorage"},  # names nobody can guess
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"

# Wagtail's page editor posts many fields for long StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Đắk Lắk số"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to the internet
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # nor load avatars from gravatar.com (blocked by the CSP too)

# Uploads: clear limits so an editor gets a message rather than a server error.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx", "txt", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILMEDIA = {
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
    "MEDIA_FORM_BASE": "core.forms.CheckedMediaForm",
}
VIDEO_MAX_UPLOAD_SIZE = 300 * 1024 * 1024
AUDIO_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
CAPTION_MAX_UPLOAD_SIZE = 512 * 1024
# Every admin upload form checks the real type and size of the file (core/validators.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.forms.CheckedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.forms.CheckedDocumentForm"
# Documents go through Wagtail's view, which enforces a collection's view restriction; nginx
# refuses /media/documents/ so a private document has no direct address.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

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

# Cache: local memory here (no server needed for `make run` or the tests); production.py uses
# Redis when REDIS_URL is set. The full-page cache (core/pagecache.py) keeps anonymous public
# pages PAGE_CACHE_SECONDS (0: off) and drops them all the moment an editor changes content.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "daklakso"}}
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
CACHE_SHARED_BY_PROCESSES = False  # True with Redis: parts of pages are kept too (core/pagecache.py)
# With Redis, each worker also keeps this much of the most asked-for pages and parts in its own
# memory (core/local_copies.py): a page then costs no round trip to Redis.
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_MB", "32")) * 2**20

# A CDN or caching proxy in front of the site (optional): FRONTEND_CACHE_PURGE_URL is where
# Wagtail's front-end cache invalidation sends PURGE requests for the changed pages (nginx
# with a purge module, Varnish…); CLOUDFLARE_API_TOKEN + CLOUDFLARE_ZONE_ID purge Cloudflare.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"daklakso": {"level": "INFO"}},
}

SITE_TITLE = _("Đắk Lắk số")
