"""While PostgreSQL is away every query fails; readers get a plain 503, never a traceback."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client
from django.urls import reverse


def database_gone(error):
    """Every query raises `error`, as when the server restarts under the site."""
    return mock.patch.object(CursorWrapper, "execute", side_effect=error)


@pytest.fixture
def anonymous():
    return Client(raise_request_exception=False)


def assert_plain_503(response):
    assert response.status_code == 503
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Retry-After"] == "5"
    body = response.content.decode()
    assert "unavailable" in body
    for leak in ("Traceback", "Error", "connection", "<"):
        assert leak not in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    "error",
    [
        OperationalError("server closed the connection unexpectedly"),
        InterfaceError("connection already closed"),
    ],
)
@pytest.mark.parametrize(
    "url", [reverse("home"), reverse("quote_index"), reverse("search") + "?q=iran"]
)
def test_public_pages_answer_a_plain_503_while_the_database_is_away(anonymous, url, error):
    with database_gone(error):
        response = anonymous.get(url)
    assert_plain_503(response)
    assert not response.cookies


@pytest.mark.django_db
def test_a_session_read_in_middleware_also_answers_503(anonymous, admin_user):
    anonymous.force_login(admin_user)
    with database_gone(OperationalError("the database system is shutting down")):
        response = anonymous.get(reverse("admin:index"))
    assert_plain_503(response)


@pytest.mark.django_db
def test_other_errors_still_answer_500(anonymous):
    with mock.patch.object(CursorWrapper, "execute", side_effect=ValueError("a bug")):
        response = anonymous.get(reverse("home"))
    assert response.status_code == 500


@pytest.mark.django_db
def test_the_site_answers_again_once_the_database_is_back(anonymous):
    with database_gone(OperationalError("gone")):
        assert anonymous.get(reverse("home")).status_code == 503
    assert anonymous.get(reverse("home")).status_code == 200
