import functools

from django.conf import settings
from django.urls import reverse

from articles.seo import logo_url


def site(request):
    """Site identity for every template: name, base URL, description and logo are settings;
    the addresses every page links to."""
    return {
        "URLS": site_urls(),
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "SITE_DESCRIPTION": settings.SITE_DESCRIPTION,
        "SITE_LOGO_URL": logo_url(),
        "SITE_TWITTER": settings.SITE_TWITTER,
    }


@functools.cache
def site_urls() -> dict[str, str]:
    """Reversed once per process: `{% url %}` costs half of rendering the page frame."""
    return {
        **{
            name: reverse(name)
            for name in ("home", "quote_index", "search", "site_feed", "site_atom")
        },
        "about": reverse("page_detail", args=["about"]),
        "data_protection": reverse("page_detail", args=["data-protection"]),
    }
