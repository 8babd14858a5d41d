"""An article page's parts around its body, stored so that a reader's page needs one query.

Besides its own row, an article page shows its section, byline and author boxes, tags, lead
image, previous and next in the section, and related posts: several queries and most of the
page's rendering time. Their HTML is stored (`ArticleParts`) and read with the article's row.

The parts are never stale. While they are built, every tracked row they load is recorded as a
page-cache dependency (`outlet.pagecache`: `article:12`, `author:3`, ...), and every bump of
those keys (`articles.invalidation`) deletes the parts that depend on a bumped key, so the next
view rebuilds them. A change that lands while they are being built is caught the way the page
cache catches it: the parts are kept only if none of their dependencies was bumped since the
build started. A scheduled article going live changes its section neighbours' previous/next
links without any write, so parts expire at the next scheduled publication in their section;
and a deploy that changes what renders them (templates, code, site settings) changes their
`version`, so each is built again on its next view. Previews are built on every request and
never stored.
"""

import functools
import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from articles import seo
from articles.compiled import CompiledQuery
from articles.models import Article, ArticleParts
from articles.related import related_articles
from outlet import pagecache

PARTS = ("head", "top", "bottom")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Parts:
    head: SafeString
    top: SafeString
    bottom: SafeString
    shows: tuple[int, ...] = ()


def page_article(slug: str) -> Article | None:
    """The public article at `slug`, with its stored parts, in one query compiled once per
    process (`CompiledQuery`): compiling it took longer than running it."""
    return next(iter(_PAGE_ARTICLE(slug, timezone.now())), None)


_PAGE_ARTICLE = CompiledQuery(
    lambda slug, now: Article.objects.published(now).with_parts(now).filter(slug=slug).order_by(),
    "\x00slug",
    datetime(1, 2, 3, 4, 5, 6, 7, tzinfo=UTC),
)


def stored_parts(request, article: Article) -> Parts:
    """The public article's stored parts, built and stored first if there are none (or they
    are out of date). `article` comes from `page_article` (or `Article.objects.with_parts()`)."""
    if (
        article.parts_version == version()
        and (article.parts_expires_at is None or article.parts_expires_at > timezone.now())
        # Rows changed without signals (a queryset update) are caught here.
        and article.parts_public_shown == len(article.parts_shows)
    ):
        # A page cached around these parts must be dropped by what they show.
        pagecache.depends(*article.parts_deps)
        return Parts(*(mark_safe(getattr(article, f"parts_{name}")) for name in PARTS))  # noqa: S308
    started = pagecache.current_sequence()
    with pagecache.recording() as deps:
        parts = build_parts(request, article)
    if request.GET:
        return parts  # the canonical link keeps some parameters: store only the plain address
    try:
        _store(article, parts, deps | {f"article:{article.pk}"}, started)
    except DatabaseError:
        # A database that takes no writes (a replica promoted late, a full disk) still serves.
        logger.warning("Could not store the parts of article %s", article.pk, exc_info=True)
    return parts


def _store(article: Article, parts: Parts, deps: set[str], started: int) -> None:
    row = ArticleParts(
        article_id=article.pk,
        deps=sorted(deps),
        shows=list(parts.shows),
        expires_at=_expiry(article),
        version=version(),
        **{name: str(getattr(parts, name)) for name in PARTS},
    )
    ArticleParts.objects.bulk_create(
        [row],
        update_conflicts=True,
        unique_fields=["article"],
        update_fields=[*PARTS, "deps", "shows", "expires_at", "version", "built_at"],
    )
    if pagecache.bumped_since(deps, started):
        # Built from rows that changed meanwhile: the next view builds them again.
        ArticleParts.objects.filter(pk=article.pk).delete()


def build_parts(request, article: Article) -> Parts:
    """Render the parts from the rows they show, in a fixed number of queries."""
    from articles.views import article_cards, neighbours

    full = (
        article_cards(Article.objects.filter(pk=article.pk))
        .defer("body", "review_notes")
        .prefetch_related("tags")
        .get()
    )
    previous, following = neighbours(full)
    context = {
        "article": full,
        "robots": "" if full.is_public else "noindex, nofollow",
        "updated_at": seo.updated_after_publication(full),
        "related": related_articles(full),
        "previous": previous,
        "next": following,
        "json_ld": seo.article_json_ld(full),
    }
    shown = [item.article for item in context["related"]] + [previous, following]
    return Parts(
        *(render_to_string(f"articles/parts/{name}.html", context, request) for name in PARTS),
        shows=tuple(sorted({item.pk for item in shown if item is not None})),
    )


# What renders the parts besides the rows they show.
RENDERED_BY = ["templates", "articles/parts.py", "articles/related.py", "articles/seo.py",
               "articles/templatetags"]  # fmt: skip
SHOWN_SETTINGS = ["SITE_NAME", "SITE_URL", "SITE_DESCRIPTION", "SITE_TWITTER", "STATIC_URL",
                  "MEDIA_URL", "TIME_ZONE"]  # fmt: skip


@functools.cache
def version() -> str:
    """A digest of the files and settings that render the parts, once per process."""
    digest = hashlib.sha256()
    for name in RENDERED_BY:
        path = Path(settings.BASE_DIR, name)
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and file.suffix in (".html", ".py"):
                digest.update(file.read_bytes())
    for name in SHOWN_SETTINGS:
        digest.update(repr(getattr(settings, name, None)).encode())
    return digest.hexdigest()[:16]


def forget(keys) -> None:
    """Delete the parts that show anything `keys` name (a `pagecache.bump` listener)."""
    # Parts record the rows they load, never a list (`list`, `tag-list:<slug>`, ...).
    shown = sorted(key for key in keys if key != "list" and "-list:" not in key)
    if shown:
        ArticleParts.objects.filter(deps__overlap=shown).delete()


def _expiry(article: Article):
    if not article.section_id:
        return None
    return (
        Article.objects.filter(
            status=Article.Status.PUBLISHED,
            is_stub=False,
            section_id=article.section_id,
            published_at__gt=timezone.now(),
        )
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
