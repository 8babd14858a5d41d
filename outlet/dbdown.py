"""A plain 503 while the database is unreachable, never a traceback or a half-rendered page.

PostgreSQL restarting, or a failover, surfaces as OperationalError or InterfaceError from
whichever query meets it first. The middleware catches those raised by views; `server_error`,
Django's handler500, catches those raised anywhere else (a session read in middleware).
Cached pages are still served meanwhile: the page cache answers before any of this runs.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.views.defaults import server_error as default_server_error

logger = logging.getLogger(__name__)
UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 5


def unavailable_response() -> HttpResponse:
    response = HttpResponse(
        "Service temporarily unavailable. Please try again in a few seconds.\n",
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Answer 503 when a view fails because the database cannot be reached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, UNAVAILABLE):
            logger.warning("database unavailable on %s: %s", request.path, exception)
            return unavailable_response()
        return None


def server_error(request, *args, **kwargs):
    """Django's 500 page, or the 503 one when the error is the database being away."""
    if isinstance(sys.exc_info()[1], UNAVAILABLE):
        return unavailable_response()
    return default_server_error(request, *args, **kwargs)
