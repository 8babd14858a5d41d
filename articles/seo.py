"""Sharing and search-engine metadata: absolute URLs, JSON-LD, author profile links."""

import json
from datetime import timedelta

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article

# An import or a save stamps `updated_at` a moment after the publication data it writes.
EDIT_GRACE = timedelta(minutes=1)
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def absolute(path: str) -> str:
    """`path` on the public site (SITE_URL), or `path` itself when already absolute."""
    return path if path.startswith(("http://", "https://")) else settings.SITE_URL + path


def logo_url() -> str:
    return absolute(
        settings.SITE_LOGO if "://" in settings.SITE_LOGO else static(settings.SITE_LOGO)
    )


def updated_after_publication(article: Article):
    """When an editor changed the article after it went out (or was written or imported)."""
    if article.published_at is None:
        return None
    since = max(filter(None, [article.published_at, article.imported_at, article.created_at]))
    return article.updated_at if article.updated_at - since > EDIT_GRACE else None


def profile_url(handle: str) -> str | None:
    """A social media handle as a link: @user@host is a Fediverse profile, @user one on X."""
    handle = handle.strip()
    if handle.startswith(("https://", "http://")):
        return handle
    parts = handle.lstrip("@").split("@")
    if len(parts) == 2 and all(parts) and "." in parts[1]:
        return f"https://{parts[1]}/@{parts[0]}"
    if len(parts) == 1 and parts[0].replace("_", "").isalnum():
        return f"https://x.com/{parts[0]}"
    return None


def json_ld(data) -> SafeString:
    """JSON for a `<script type="application/ld+json">`, safe against `</script>` in content."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES))  # noqa: S308


def article_json_ld(article: Article) -> list[dict]:
    """`NewsArticle` and `BreadcrumbList` for an article whose authors, tags, section are loaded."""
    url = absolute(article.get_absolute_url())
    updated = updated_after_publication(article) or article.published_at
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.standfirst,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": updated.isoformat() if updated else None,
        "author": [
            {"@type": "Person", "name": author.name, "url": absolute(author.get_absolute_url())}
            for author in article.authors.all()
        ],
        "publisher": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": settings.SITE_URL + "/",
            "logo": {"@type": "ImageObject", "url": logo_url()},
        },
        "keywords": [tag.name for tag in article.tags.all()],
    }
    if article.section:
        news["articleSection"] = article.section.name
    crumbs = [("Home", settings.SITE_URL + reverse("home"))]
    if article.section:
        crumbs.append((article.section.name, absolute(article.section.get_absolute_url())))
    crumbs.append((article.title, url))
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": item}
            for i, (name, item) in enumerate(crumbs, start=1)
        ],
    }
    return [{k: v for k, v in news.items() if v not in (None, "")}, breadcrumbs]
