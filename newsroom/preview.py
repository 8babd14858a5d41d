"""Signed preview links: who may see an unpublished article at its public address."""

from django.core import signing
from django.utils import timezone

from newsroom.models import PREVIEW_SALT, PreviewLink


def preview_link_grants(request, slug: str) -> bool:
    """True if the request carries an unexpired, unrevoked preview link for article `slug`."""
    token = request.GET.get("preview")
    if not token:
        return False
    try:
        pk = int(signing.Signer(salt=PREVIEW_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return False
    return PreviewLink.objects.filter(
        pk=pk, article__slug=slug, revoked=False, expires_at__gt=timezone.now()
    ).exists()
