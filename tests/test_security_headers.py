"""Production settings pass Django's deploy checklist, and every response behind a TLS terminator
carries the security headers: public pages, feeds, sitemaps, errors, static files and the admin.

`make test` runs with DEBUG=1, so the production values are read from a fresh interpreter with
DEBUG off and applied here: the test checks what production sends, not what tests configure.
"""

import json
import os
import secrets
import subprocess
import sys
from http.cookies import SimpleCookie

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse

from tests.test_newsroom_permissions import make_staff

pytestmark = pytest.mark.django_db

PRODUCTION_KEYS = [
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE",
    "SECURE_PROXY_SSL_HEADER", "SILENCED_SYSTEM_CHECKS", "DEBUG",
]  # fmt: skip
HTTPS = {"secure": True, "HTTP_X_FORWARDED_PROTO": "https"}


def production_env() -> dict:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SETTINGS_MODULE": "outlet.settings",
    }
    # The browser tests allow sync database calls from async code; production never does.
    for name in (
        "SECURE_SSL_REDIRECT",
        "SECURE_COOKIES",
        "SECURE_HSTS_SECONDS",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    ):
        env.pop(name, None)
    return env


@pytest.fixture(scope="module")
def production():
    code = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{k: getattr(s, k) for k in {PRODUCTION_KEYS!r}}}))"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=production_env(), capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture
def prod_settings(settings, production):
    for name, value in production.items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    return settings


def test_deploy_checklist_passes_with_production_settings_and_nothing_silenced(production):
    assert production["DEBUG"] is False
    assert production["SILENCED_SYSTEM_CHECKS"] == []
    out = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=production_env(),
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no issues (0 silenced)" in out.stdout


def test_production_app_freezes_the_objects_its_start_made():
    """Full garbage collections then skip them: about 60 ms each in some request otherwise."""
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import gc, outlet.wsgi; print(gc.get_freeze_count())"],
        env=production_env(),
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.split()[-1]) > 20_000


def assert_security_headers(response, url):
    h = response.headers
    assert h.get("Strict-Transport-Security") == "max-age=31536000; includeSubDomains; preload", url
    csp = dict((part.split(" ", 1) + [""])[:2] for part in h["Content-Security-Policy"].split("; "))
    assert csp["default-src"] in ("'none'", "'self'"), url
    assert csp["script-src"] == "'self'", url
    assert "unsafe" not in h["Content-Security-Policy"], url
    assert csp["form-action"] == "'self'" and csp["frame-ancestors"] == "'none'", url
    assert csp["base-uri"] == "'none'", url
    assert h["X-Content-Type-Options"] == "nosniff", url
    assert h["Referrer-Policy"] == "strict-origin-when-cross-origin", url
    assert h["Cross-Origin-Opener-Policy"] == "same-origin", url
    assert h["Cross-Origin-Resource-Policy"] == "same-origin", url
    # Static files leave before XFrameOptionsMiddleware; frame-ancestors covers them.
    assert h.get("X-Frame-Options", "DENY") == "DENY", url


def public_urls(newsroom):
    first = newsroom["first"]
    return [
        "/",
        first.get_absolute_url(),
        reverse("section_detail", args=[first.section.slug]),
        reverse("tag_detail", args=["russia"]),
        reverse("author_detail", args=["jane-doe"]),
        reverse("quote_index"),
        reverse("speaker_detail", args=["vladimir-putin"]),
        reverse("search") + "?q=iran",
        reverse("site_feed"),
        reverse("site_atom"),
        reverse("sitemap_index"),
        reverse("news_sitemap"),
        reverse("robots_txt"),
        "/no-such-page/",
        newsroom["draft"].get_absolute_url(),  # 404
        "/static/css/outlet.css",
    ]


def test_every_public_response_carries_the_headers(prod_settings, newsroom):
    client = Client()
    for url in public_urls(newsroom):
        response = client.get(url, **HTTPS)
        assert response.status_code in (200, 404), url
        assert_security_headers(response, url)
        assert not response.cookies, url


def test_plain_http_is_redirected_to_https(prod_settings):
    response = Client().get("/", HTTP_X_FORWARDED_PROTO="http")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def admin_urls(article):
    return [
        reverse("admin:index"),
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_add"),
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_article_revisions", args=[article.pk]),
        reverse("admin:articles_article_import"),
        reverse("admin:authors_author_changelist"),
        reverse("admin:password_change"),
    ]


def test_admin_login_sets_secure_httponly_lax_cookies_and_every_page_has_the_headers(
    prod_settings, newsroom
):
    make_staff("editor", "Editor")
    client = Client(enforce_csrf_checks=True)
    login = client.get(reverse("admin:login"), **HTTPS)
    assert_security_headers(login, "login")
    token = login.cookies["csrftoken"].value
    response = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "pw", "csrfmiddlewaretoken": token},
        HTTP_REFERER="https://testserver/admin/login/",
        **HTTPS,
    )
    assert response.status_code == 302, response.content[:500]
    assert_security_headers(response, "login POST")
    cookies = SimpleCookie()
    for name in ("sessionid", "csrftoken"):
        cookies.load(response.cookies[name].output(header=""))
        assert cookies[name]["secure"] is True, name
        assert cookies[name]["httponly"] is True, name
        assert cookies[name]["samesite"] == "Lax", name
    for url in admin_urls(newsroom["first"]):
        page = client.get(url, **HTTPS)
        assert page.status_code == 200, url
        assert_security_headers(page, url)


def test_csp_allows_no_inline_script_in_the_policy_itself():
    policy = django_settings.CONTENT_SECURITY_POLICY
    assert policy["script-src"] == "'self'"
    assert all("unsafe" not in value and "data:" not in value for value in policy.values())
