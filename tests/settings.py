"""Test settings: the real ones, made cheap where safety does not depend on it."""

import os

# Production refuses to start without a secret; tests sign nothing that outlives them.
os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")

from outlet.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The test client speaks plain HTTP; HTTPS redirects are covered by the deploy-settings tests.
SECURE_SSL_REDIRECT = False
# Tests render templates without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from the finders, so no collectstatic run is needed for the live server.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# One process: a local memory cache, cleared by conftest before each test. Whole-page caching
# is off so view tests see their queries; tests/test_caching.py turns it on.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"},
}
PAGE_CACHE_SECONDS = 0
