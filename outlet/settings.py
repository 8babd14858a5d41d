"""Outlet's one settings module, driven by environment variables and safe by default.

Every variable is listed in README.md. Unset, the site runs locally on an embedded PostgreSQL
with a secret key generated into `.local/`; production sets `DATABASE_URL`, `SECRET_KEY` and
`ALLOWED_HOSTS`, and gets HTTPS-only cookies, HSTS and the rest of Django's deploy checklist.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
LOCAL_DIR = Path(os.environ.get("OUTLET_LOCAL_DIR", BASE_DIR / ".local"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
DATABASE_URL = os.environ.get("DATABASE_URL", "")
EMBEDDED_DATABASE = not DATABASE_URL

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not (DEBUG or EMBEDDED_DATABASE):
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off and DATABASE_URL is.")
    from outlet.localdata import local_secret_key

    SECRET_KEY = local_secret_key(LOCAL_DIR)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Django's admin on the newsroom's site: two-factor login (newsroom/two_factor.py).
    "outlet.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "taggit",
    "simple_history",
    "authors",
    "articles",
    "pages",
    "newsroom",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    # First, so a cached page is answered before any other middleware runs (outlet/pagecache.py).
    "outlet.pagecache.PageCacheMiddleware",
    # A view that cannot reach the database answers a plain 503 (outlet/dbdown.py).
    "outlet.dbdown.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "outlet.security.SecurityHeadersMiddleware",
    "outlet.security.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Whether this session gave a two-factor token at login (request.user.is_verified()).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records who made each article revision.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its 429 answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "outlet.urls"
WSGI_APPLICATION = "outlet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "outlet.context_processors.site",
            ],
        },
    },
]

if EMBEDDED_DATABASE:
    from outlet.localdata import embedded_database

    DATABASES = {"default": embedded_database(LOCAL_DIR)}
else:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
            conn_health_checks=True,
        )
    }
    # While the database is away, a request fails fast (libpq's minimum is 2 seconds) rather
    # than holding a worker; a refused connection on the same host fails at once.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "2"))
    )
# Optional read replica: anonymous reads of public pages go there (outlet/routers.py).
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL and not EMBEDDED_DATABASE:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["outlet.routers.ReplicaRouter"]
# Pages rendered this soon after a change are not cached when a replica may lag behind.
REPLICA_MAX_LAG = float(os.environ.get("REPLICA_MAX_LAG", "5"))
if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
    raise ImproperlyConfigured("Outlet runs on PostgreSQL only: DATABASE_URL must be postgres://")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: five failed logins lock that user name from that address for an hour,
# and while locked even the right password is refused (429).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# A wrong two-factor token counts as a failed login too; its value is not kept in the log.
AXES_SENSITIVE_PARAMETERS = ["otp_token"]
# Other administrators see that someone has a two-factor device, never its secret.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", LOCAL_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Content-hashed names let whitenoise serve static files with far-future caching.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

TAGGIT_CASE_INSENSITIVE = True

SITE_NAME = os.environ.get("SITE_NAME") or "Outlet"
SITE_URL = (os.environ.get("SITE_URL") or "http://127.0.0.1:8000").rstrip("/")
SITE_DESCRIPTION = (
    os.environ.get("SITE_DESCRIPTION") or "Independent reporting on geopolitics and world affairs."
)
# A static file path (such as img/logo.svg) or an absolute https:// URL.
SITE_LOGO = os.environ.get("SITE_LOGO") or "img/logo.svg"
# The publisher's social media handle for Twitter cards, such as @outlet; empty for none.
SITE_TWITTER = os.environ.get("SITE_TWITTER", "")
# The account's name in staff members' authenticator apps.
OTP_TOTP_ISSUER = SITE_NAME

# Whole pages and related-article choices. The cache is shared by every worker: files on one
# host, or Redis (REDIS_URL) when several hosts serve the site.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "TIMEOUT": int(os.environ.get("CACHE_TIMEOUT", "900")),
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "outlet"),
    }
    if REDIS_URL
    else {
        "BACKEND": "outlet.cache.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", str(LOCAL_DIR / "cache")),
        "TIMEOUT": int(os.environ.get("CACHE_TIMEOUT", "900")),
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "outlet"),
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "20000"))},
    },
    # Per process, for figures that may be minutes old and are read on every request.
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "TIMEOUT": 900,
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
}
# Anonymous GETs of public pages are cached whole for this long (0: off); `outlet.pagecache`
# keeps them exact. A CDN may keep them s-maxage seconds, then serve stale while revalidating.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "60"))
PAGE_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE", "30"))

# Production hardening: on unless DEBUG, each switchable for an unusual deployment.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Everything the site and the admin load comes from this origin; no inline script or style.
CONTENT_SECURITY_POLICY = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self'",
    "font-src": "'self'",
    "connect-src": "'self'",
    "manifest-src": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'none'",
}

DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# The largest legitimate request is a seed import: 50 files of at most 2 MB each. Django's
# DATA_UPLOAD_MAX_NUMBER_FILES (100) stays, so the import form can explain its own limit of 50.
MAX_REQUEST_BYTES = 110 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # The embedded server's bookkeeping is noise for everyone but its own debugging.
    "loggers": {"pgserver": {"level": "WARNING"}},
}
