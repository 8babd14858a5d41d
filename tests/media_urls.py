"""Outlet's URLs with /media/ served as `make run` (DEBUG) serves it, without DEBUG."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from outlet.urls import urlpatterns as site_urlpatterns


def serve_media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


# First, so that it wins over the pattern outlet.urls adds when it was imported with DEBUG on,
# which serves the real MEDIA_ROOT.
urlpatterns = [re_path(r"^media/(?P<path>.*)$", serve_media), *site_urlpatterns]
