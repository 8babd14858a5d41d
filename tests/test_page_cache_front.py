"""The page cache's WSGI front: a page this process has answered from the cache is answered again
before Django builds a request, until anything is bumped; everything else still reaches Django.

The application is called as gunicorn calls `outlet.wsgi.application`, with a raw environ.
"""

import io
import time
from dataclasses import dataclass

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from articles.models import Article
from outlet import pagecache

pytestmark = pytest.mark.django_db


@dataclass
class Answer:
    status: str
    headers: dict
    body: bytes


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    pagecache._checked.clear()
    yield
    pagecache._checked.clear()


@pytest.fixture
def reached():
    """The paths of the requests that reached Django, in order."""
    return []


@pytest.fixture
def front(reached):
    """`PageCacheFront` around Django's WSGI handler, recording what reaches Django."""
    django = WSGIHandler()

    def counted(environ, start_response):
        reached.append(environ["PATH_INFO"])
        return django(environ, start_response)

    # As Django's test client does: the test's transaction holds the connection, which the
    # end of a request must not close.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield pagecache.PageCacheFront(counted)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def https_only(settings):
    """Production's redirect to HTTPS (set before the handler reads it)."""
    settings.SECURE_SSL_REDIRECT = True


def call(
    application, path, *, query="", method="GET", host="testserver", https=True, **headers
) -> Answer:
    environ = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        **{"HTTP_" + name.upper(): value for name, value in headers.items()},
    }
    if https:
        environ["HTTP_X_FORWARDED_PROTO"] = "https"
    started = []

    def start_response(status, header_list, exc_info=None):
        started.append((status, header_list))

    body = application(environ, start_response)
    try:
        content = b"".join(body)
    finally:
        getattr(body, "close", lambda: None)()
    status, header_list = started[0]
    return Answer(status, dict(header_list), content)


def test_a_page_answered_from_the_cache_is_answered_again_before_django(front, reached, newsroom):
    url = newsroom["first"].get_absolute_url()
    first = call(front, url)
    again = call(front, url)
    assert reached == [url]
    assert again.status == first.status == "200 OK"
    assert again.body == first.body and newsroom["first"].title.encode() in again.body
    assert again.headers == first.headers
    assert again.headers["Content-Length"] == str(len(again.body))
    assert "s-maxage" in again.headers["Cache-Control"]
    assert again.headers["X-Frame-Options"] and again.headers["Content-Security-Policy"]


def test_an_edit_sends_the_next_request_to_django_and_shows_the_change(front, reached, newsroom):
    url = newsroom["first"].get_absolute_url()
    call(front, url)
    article = Article.objects.get(pk=newsroom["first"].pk)
    article.title = "Ashgabat summit renamed"
    article.save()

    changed = call(front, url)
    assert reached == [url, url]
    assert b"Ashgabat summit renamed" in changed.body
    assert call(front, url).body == changed.body
    assert reached == [url, url]


def test_an_edit_elsewhere_is_checked_by_django_and_the_page_kept(front, reached, newsroom):
    """Any bump moves the counter, so Django checks the page's own dependencies once more."""
    url = newsroom["first"].get_absolute_url()
    first = call(front, url)
    pagecache.bump({"tag-list:unrelated"})
    assert call(front, url).body == first.body
    assert reached == [url, url]
    call(front, url)
    assert reached == [url, url]


def test_conditional_requests_get_304_before_django(front, reached, newsroom):
    url = newsroom["first"].get_absolute_url()
    first = call(front, url)
    by_tag = call(front, url, if_none_match=first.headers["ETag"])
    by_date = call(front, url, if_modified_since=first.headers["Last-Modified"])
    other = call(front, url, if_none_match='"other"')
    assert (by_tag.status, by_tag.body) == ("304 Not Modified", b"")
    assert by_tag.headers["ETag"] == first.headers["ETag"]
    assert by_date.status == "304 Not Modified"
    assert other.status == "200 OK" and other.body == first.body
    assert reached == [url]


@pytest.mark.parametrize(
    ("request_kwargs", "status"),
    [
        ({"method": "POST"}, "403 Forbidden"),  # no CSRF token
        ({"cookie": "sessionid=abc"}, "200 OK"),
        ({"cookie": "messages=abc"}, "200 OK"),
        ({"host": "elsewhere.example"}, "400 Bad Request"),
        ({"https": False}, "301 Moved Permanently"),
    ],
)
def test_requests_the_front_must_not_answer_reach_django(
    https_only, front, reached, newsroom, request_kwargs, status
):
    url = newsroom["first"].get_absolute_url()
    call(front, url)
    answer = call(front, url, **request_kwargs)
    assert reached == [url, url]
    assert answer.status == status


def test_a_session_answer_is_private_although_the_page_is_cached(front, reached, newsroom):
    url = newsroom["first"].get_absolute_url()
    call(front, url)
    answer = call(front, url, cookie="sessionid=abc")
    assert "no-store" in answer.headers["Cache-Control"]
    assert reached == [url, url]


def test_a_page_past_its_lifetime_goes_to_django(front, reached, newsroom, monkeypatch):
    url = newsroom["first"].get_absolute_url()
    call(front, url)
    later = time.time() + 601
    monkeypatch.setattr(time, "time", lambda: later)
    call(front, url)
    assert reached == [url, url]


def test_an_address_django_keeps_private_is_never_answered_by_the_front(front, reached, newsroom):
    url = newsroom["first"].get_absolute_url()
    call(front, url)
    for _ in range(2):
        answer = call(front, url, query="preview=unknown")
        assert "no-store" in answer.headers["Cache-Control"]
    assert reached == [url, url, url]
