"""Response headers Django 5.2's SecurityMiddleware does not set: CSP and CORP.

A fixed policy needs no library: nothing here renders an inline script (the admin's JSON data
blocks are not scripts to the browser), so there are no nonces to thread through templates, and
Django 6 brings its own CSP middleware to replace this one when the project moves to it.
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest


def content_security_policy() -> str:
    return "; ".join(f"{name} {value}" for name, value in settings.CONTENT_SECURITY_POLICY.items())


class SecurityHeadersMiddleware:
    """Add Content-Security-Policy and Cross-Origin-Resource-Policy to every response.

    A view that needs a different policy sets the header itself; it is never overwritten.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.SECURE_CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response


class RequestSizeLimitMiddleware:
    """Answer 413 to a request whose declared body is over MAX_REQUEST_BYTES, unread.

    Django limits form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) and the number of files, but streams
    any size of file upload to disk; this caps the whole body before anything is read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponseBadRequest("Bad Content-Length", content_type="text/plain")
        if length > settings.MAX_REQUEST_BYTES:
            return HttpResponse("Request body too large", status=413, content_type="text/plain")
        return self.get_response(request)
