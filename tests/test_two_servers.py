"""Two app servers sharing PostgreSQL and Redis: a change through one shows through the other.

Each server is a gunicorn subprocess on its own loopback port, reading the test database
(committed rows: `transactional_db`) and one Redis page cache under a key prefix of its own.
The test process writes through the ORM with the same cache, as an editor's save through either
server would, and its invalidation must reach pages that the other server has cached.
"""

import os
import time
import uuid
from urllib.parse import quote

import pytest
import redis
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from articles.models import Article
from outlet.loopback import LoopbackServer

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


def until(check, seconds: float):
    """Poll `check` until it returns something true or `seconds` pass; return its last value."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value


@pytest.fixture
def shared_cache():
    prefix = f"outlet-test-{uuid.uuid4().hex[:12]}"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        },
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=caches, PAGE_CACHE_SECONDS=600):
        yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture
def servers(transactional_db, shared_cache):
    database = connection.settings_dict
    # The embedded server listens on a socket folder: a URL carries it percent-encoded.
    host = quote(database["HOST"] or "127.0.0.1", safe="")
    url = f"postgres://{database['USER']}@{host}:{database['PORT'] or 5432}/{database['NAME']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "outlet.settings",
        "DATABASE_URL": url,
        "DEBUG": "1",  # static files from the finders, no collectstatic needed
        "SECRET_KEY": "two-servers-test-only",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": shared_cache,
        "PAGE_CACHE_SECONDS": "600",
        "LOG_LEVEL": "WARNING",
    }
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    started = [LoopbackServer(env, workers=1), LoopbackServer(env, workers=1)]
    try:
        for server in started:
            server.wait_until_ready()
        yield started
    finally:
        for server in started:
            server.stop()


def test_an_article_published_is_visible_through_the_other_server_within_a_second(servers):
    first, second = servers
    article = Article.objects.create(title="Shared cache dispatch", status=Article.Status.DRAFT)
    for server in servers:
        home = server.get("/")
        assert home[0] == 200 and b"Shared cache dispatch" not in home[1]
        assert server.get("/")[1] == home[1]  # now served from the shared cache
        assert server.get(article.get_absolute_url())[0] == 404

    article.status = Article.Status.PUBLISHED
    article.published_at = timezone.now() - timezone.timedelta(seconds=1)
    article.save()

    for server in (second, first):
        shown = until(lambda s=server: b"Shared cache dispatch" in s.get("/")[1], 1.0)
        assert shown, f"home on port {server.port} still cached without the article"
        assert server.get(article.get_absolute_url())[0] == 200

    article.status = Article.Status.DRAFT
    article.save()
    for server in servers:
        gone = until(lambda s=server: b"Shared cache dispatch" not in s.get("/")[1], 1.0)
        assert gone, "an unpublished article stayed on a cached page"
        assert server.get(article.get_absolute_url())[0] == 404
