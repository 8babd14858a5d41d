"""Whole-page cache for anonymous readers, invalidated exactly and never stale.

The middleware sits first in `MIDDLEWARE`, so a hit is answered before any other middleware
runs; after that, `PageCacheFront` (around the WSGI application) answers the same page again
before Django builds a request, for as long as nothing is bumped.

A page is cached with the *dependencies* it was built from: every tracked model instance
loaded while rendering it (`article:12`, `author:3`, ...) and the lists its address shows
(`list` for home, feeds, sitemaps and search; `tag-list:<slug>` for a tag page, ...). Writes
`bump()` those keys (`articles.invalidation` decides which); a cached page is served only while
none of its dependencies was bumped after the page *started* rendering.

Versions come from one counter in the cache, not from a clock, so several app servers sharing a
Redis cache agree on them. Bumps happen when a change is saved and again when its transaction
commits, so a page rendered from the old rows in between is discarded too.

Staff, preview links and anything with a session are never served from or stored in the cache,
and get `Cache-Control: private, no-store`.
"""

import contextvars
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager
from datetime import UTC, datetime
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_http_date_safe

from outlet.routers import public_reads, replica_configured

SEQUENCE = "pagecache:seq"
LAST_CHANGE = "pagecache:last-change"
PREFIX = "pagecache:page:"
VERSION = "pagecache:v:"

_tracking: contextvars.ContextVar[set | None] = contextvars.ContextVar("pagecache", default=None)


def depends(*keys: str) -> None:
    """Record that the page being rendered shows what `keys` name (no-op outside a request)."""
    deps = _tracking.get()
    if deps is not None:
        deps.update(keys)


@contextmanager
def recording():
    """Collect the dependencies recorded inside into the set it yields; an enclosing recording
    (the page around a part built inside) gets them too."""
    outer = _tracking.get()
    deps: set[str] = set()
    token = _tracking.set(deps)
    try:
        yield deps
    finally:
        _tracking.reset(token)
        if outer is not None:
            outer.update(deps)


# Called with the keys of every bump, after their versions moved: stores of rendered parts
# outside the cache (`articles.parts`) forget what depended on them.
bump_listeners: list[Callable[[set[str]], None]] = []


def bump(keys) -> None:
    """Invalidate every cached page that depends on any of `keys`, now and again on commit.

    Outside a transaction the change is committed already, and once is enough (a bulk import
    bumps its thousands of keys there).
    """
    keys = set(keys)
    if not keys:
        return
    _bump(keys)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _bump(keys))


def _bump(keys: set[str]) -> None:
    sequence = _next_sequence()
    cache.set_many({VERSION + key: sequence for key in keys}, timeout=None)
    for listener in bump_listeners:
        listener(keys)
    if replica_configured():
        cache.set(LAST_CHANGE, time.time(), timeout=None)
    # Moving the counter on again tells every process that its checked pages need a recheck.
    _next_sequence()


def _next_sequence() -> int:
    try:
        return cache.incr(SEQUENCE)
    except ValueError:
        # First use, or the counter was evicted: restart above any value it can have had.
        cache.add(SEQUENCE, time.time_ns() // 1000, timeout=None)
        return cache.incr(SEQUENCE)


def bumped_since(deps, started: int) -> bool:
    """Whether any of `deps` was bumped at or after the counter value `started`.

    A dependency with no version yet gets one just before `started`: what was built from it
    is kept, and anything older that depends on it is stale. (A version bumped during the build
    is the most recently used key of the cache, the last one it would evict.)
    """
    return any(version >= started for version in _versions(deps, started - 1).values())


def _versions(deps, unknown: int | None = None) -> dict[str, int]:
    """The versions of `deps`, by cache key. One with none is set to `unknown`, by default to
    now: it may have been bumped and evicted, so it is counted as bumped."""
    versions = cache.get_many([VERSION + dep for dep in deps])
    missing = {
        VERSION + dep: _next_sequence() if unknown is None else unknown
        for dep in deps
        if VERSION + dep not in versions
    }
    if missing:
        cache.set_many(missing, timeout=None)
    return versions | missing


def current_sequence() -> int:
    """The counter now: what is built from here on is stale if a dependency is bumped later."""
    value = cache.get(SEQUENCE)
    return value if value is not None else _next_sequence()


class _Page:
    """A cached page as this process answers it, with the counter value it was checked at."""

    __slots__ = ("entry", "sequence", "status", "headers", "not_modified_headers")

    def __init__(self, entry: dict, sequence: int):
        self.entry = entry
        self.sequence = sequence
        self.status = f"{entry['status']} {HTTPStatus(entry['status']).phrase}"
        validators = [
            ("ETag", entry["etag"]),
            ("Last-Modified", http_date(entry["last_modified"])),
            (
                "Cache-Control",
                f"public, max-age=0, s-maxage={settings.PAGE_CACHE_S_MAXAGE}, "
                f"stale-while-revalidate={settings.PAGE_CACHE_STALE_WHILE_REVALIDATE}",
            ),
        ]
        self.not_modified_headers = validators
        self.headers = [
            *entry["headers"].items(),
            ("Content-Length", str(len(entry["content"]))),
            *validators,
        ]

    def is_not_modified(self, meta) -> bool:
        """Whether the request whose headers are `meta` already holds this page."""
        if_none_match = meta.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return self.entry["etag"] in tags or "*" in tags
        since = parse_http_date_safe(meta.get("HTTP_IF_MODIFIED_SINCE", ""))
        return since is not None and self.entry["last_modified"] <= since

    def response(self, request) -> HttpResponse:
        if self.is_not_modified(request.META):
            response, headers = HttpResponseNotModified(), self.not_modified_headers
        else:
            response = HttpResponse(self.entry["content"], status=self.entry["status"])
            headers = self.headers
        for name, value in headers:
            response[name] = value
        return response


class _Checked(OrderedDict):
    """This process's recently answered pages, by the address `PageCacheFront` saw them at.

    While the shared counter has not moved, nothing was bumped, so such a page is still fresh:
    a hit costs one read of the shared cache instead of one per dependency.
    """

    SIZE = 500
    # Threads of one process (runserver's, gunicorn's gthread workers) remember pages at once:
    # another thread's eviction between storing a page and moving it to the end would fail.
    _lock = threading.Lock()

    def fresh(self, address) -> _Page | None:
        """The page remembered at `address`, if nothing was bumped since it was checked."""
        page = self.get(address)
        if page is None or page.entry["expires"] <= time.time():
            return None
        return page if page.sequence == current_sequence() else None

    def remember(self, address, page: _Page) -> None:
        with self._lock:
            self[address] = page
            self.move_to_end(address)
            if len(self) > self.SIZE:
                self.popitem(last=False)


_checked = _Checked()

# Where `PageCacheFront` leaves a request's address for the middleware (in the WSGI environ).
_FRONT_ADDRESS = "outlet.pagecache.address"

# What the middleware's choice to answer from the cache depends on besides the method and the
# cookies: the address, and what `request.get_host()` and `request.is_secure()` read (with the
# header of `SECURE_PROXY_SSL_HEADER`, `PageCacheFront`). Taken from the environ as the server
# gave it, before Django decodes the path in place.
_ADDRESS = (
    "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING", "HTTP_HOST", "SERVER_NAME", "SERVER_PORT",
    "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PORT", "wsgi.url_scheme",
)  # fmt: skip


class PageCacheFront:
    """WSGI: answers the pages this process has checked before Django builds a request.

    Such a hit needs no request object, no signals and no middleware: only the shared counter,
    to know that nothing was bumped since. Everything else goes to Django, where
    `PageCacheMiddleware` decides what may be cached and remembers each page it answers under
    the address this front saw. So a request is answered here only if one with the same
    address, host and scheme was answered from the cache there; this front makes no choice of
    its own beyond the method and the cookies, which are not part of that address.
    """

    def __init__(self, application):
        self.application = application
        proxy_header = settings.SECURE_PROXY_SSL_HEADER
        self.address = (*_ADDRESS, proxy_header[0]) if proxy_header else _ADDRESS

    def __call__(self, environ, start_response):
        if self._may_answer(environ):
            address = tuple(environ.get(name) for name in self.address)
            page = _checked.fresh(address)
            if page is not None:
                if page.is_not_modified(environ):
                    start_response("304 Not Modified", page.not_modified_headers)
                    return []
                start_response(page.status, page.headers)
                return [page.entry["content"]]
            environ[_FRONT_ADDRESS] = address
        return self.application(environ, start_response)

    @staticmethod
    def _may_answer(environ) -> bool:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
            return False
        # Any mention of the session or messages cookie goes to Django, which parses cookies.
        cookies = environ.get("HTTP_COOKIE", "")
        return settings.SESSION_COOKIE_NAME not in cookies and _messages_cookie() not in cookies


def _messages_cookie() -> str:
    return getattr(settings, "MESSAGE_COOKIE_NAME", "messages")


class PageCacheMiddleware:
    """Serve and store whole anonymous GET pages; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if request.method not in ("GET", "HEAD") or request.path.startswith(_SKIPPED_PREFIXES):
            return self.get_response(request)
        if self._is_private(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_store=True)
            return response
        if not seconds or not self._may_use_cache(request):
            with public_reads():
                return self.get_response(request)
        key = PREFIX + hashlib.md5(request.get_full_path().encode()).hexdigest()  # noqa: S324
        sequence = current_sequence()
        entry = cache.get(key)
        if entry is not None and self._is_fresh(entry):
            return self._answer(request, entry, sequence)
        started = sequence
        rendered_at = time.time()
        with recording() as deps, public_reads():
            response = self.get_response(request)
        if not self._may_store(request, response) or _replica_may_lag(rendered_at):
            return response
        lists = page_lists(request)
        # Every change bumps `list`, so a page showing a list needs nothing else.
        deps = lists if "list" in lists else deps | lists
        entry = self._store(key, response, started, deps, seconds)
        return self._answer(request, entry, started)

    @staticmethod
    def _is_private(request) -> bool:
        """Staff (or anyone with a session) and preview links: never cached anywhere."""
        return settings.SESSION_COOKIE_NAME in request.COOKIES or "preview" in request.GET

    @staticmethod
    def _may_use_cache(request) -> bool:
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return False  # SecurityMiddleware redirects it to HTTPS
        if _messages_cookie() in request.COOKIES:
            return False
        try:
            request.get_host()
        except DisallowedHost:
            return False
        return True

    @staticmethod
    def _may_store(request, response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and request.resolver_match is not None
            and request.resolver_match.url_name in PAGE_LISTS
            and "private" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _is_fresh(entry: dict) -> bool:
        if entry["expires"] <= time.time():
            return False
        versions = cache.get_many([VERSION + dep for dep in entry["deps"]])
        if len(versions) != len(entry["deps"]):
            return False  # a version was evicted: nothing is known about it
        return all(version < entry["started"] for version in versions.values())

    @staticmethod
    def _store(key, response, started, deps, seconds) -> dict:
        now = time.time()
        expires = min(now + seconds, next_publication(now))
        content = response.content
        _versions(deps)
        headers = {
            name: value
            for name, value in response.items()
            if name.lower() not in ("content-length", "cache-control", "etag", "last-modified")
        }
        entry = {
            "started": started,
            "deps": sorted(deps),
            "expires": expires,
            "status": response.status_code,
            "headers": headers,
            "content": content,
            "etag": f'"{hashlib.md5(content).hexdigest()}"',  # noqa: S324
            "last_modified": int(now),
        }
        if expires - now >= 1:
            cache.set(key, entry, timeout=int(expires - now))
        return entry

    @staticmethod
    def _answer(request, entry: dict, sequence: int) -> HttpResponse:
        """`entry`, fresh at the counter value `sequence`, as the answer to `request`."""
        page = _Page(entry, sequence)
        address = request.META.get(_FRONT_ADDRESS)
        if address is not None:
            _checked.remember(address, page)
        return page.response(request)


def _replica_may_lag(rendered_at: float) -> bool:
    """Whether this page may have been read from a replica that had not yet seen a change."""
    if not replica_configured():
        return False
    changed = cache.get(LAST_CHANGE)
    return changed is not None and rendered_at - changed < settings.REPLICA_MAX_LAG


_SKIPPED_PREFIXES = ("/admin/", "/static/", "/media/")


def page_lists(request) -> set[str]:
    """The list keys of the page at this address: what it shows besides the objects it loads."""
    match = request.resolver_match
    kind = PAGE_LISTS[match.url_name]
    if kind is None:
        return set()
    if kind == "list":
        return {"list"}
    return {f"{kind}-list:{match.kwargs['slug']}"}


# Which pages may be cached, and which list each shows. A page not named here is never stored.
PAGE_LISTS = {
    "home": "list",
    "site_feed": "list",
    "site_atom": "list",
    "search": "list",
    "quote_index": "list",
    "sitemap_index": "list",
    "sitemap_section": "list",
    "news_sitemap": "list",
    "robots_txt": "list",
    "page_detail": "list",
    "article_detail": None,
    "section_detail": "section",
    "section_feed": "section",
    "section_atom": "section",
    "tag_detail": "tag",
    "tag_feed": "tag",
    "tag_atom": "tag",
    "author_detail": "author",
    "author_feed": "author",
    "author_atom": "author",
    "speaker_detail": "speaker",
}

NEXT_PUBLICATION = "pagecache:next-publication"


def next_publication(now: float) -> float:
    """When the next scheduled article goes live (epoch seconds), or infinity.

    Cached pages expire by then, so a scheduled article appears on time. The value is kept for
    a minute at most and dropped by every article change.
    """
    value = cache.get(NEXT_PUBLICATION)
    if value is None:
        from articles.models import Article

        upcoming = (
            Article.objects.filter(status=Article.Status.PUBLISHED, is_stub=False)
            .filter(published_at__gt=datetime.fromtimestamp(now, tz=UTC))
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        value = upcoming.timestamp() if upcoming else float("inf")
        cache.set(NEXT_PUBLICATION, value, timeout=60)
    return value
