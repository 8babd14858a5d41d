from django.conf import settings

from articles.seo import logo_url


def site(request):
    """Site identity for every template: name, base URL, description and logo are settings."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "SITE_DESCRIPTION": settings.SITE_DESCRIPTION,
        "SITE_LOGO_URL": logo_url(),
        "SITE_TWITTER": settings.SITE_TWITTER,
    }
