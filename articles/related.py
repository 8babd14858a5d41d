"""Related posts: the editor's curated ones first, then computed ones, with the reason for each.

Computed candidates share tags with the article (each shared tag weighs more the rarer it is) or
its section; ties go to the same section, then to the newest. The choice (ids and reasons) is
cached per article (dropped by `articles.invalidation` when the article or its links change,
and keyed on its edit time too); the articles themselves are re-read through `published()` on
every request, so a draft or a stub never shows even from a stale cache.
"""

import math
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.aggregates import ArrayAgg
from django.core.cache import cache
from django.db.models import Case, Count, FloatField, OuterRef, Q, Subquery, Sum, Value, When
from taggit.models import Tag, TaggedItem

from articles.models import Article, RelatedArticle

LIMIT = 5
# Computed related posts are chosen among this many newest articles per shared tag and section.
WINDOW = 500


@dataclass(frozen=True)
class Related:
    article: Article
    reason: str


def related_articles(article: Article, *, limit: int = LIMIT) -> list[Related]:
    """Up to `limit` public articles related to `article`: one query on a cache hit, three if not.

    `article.tags.all()` and `article.section` should already be loaded.
    """
    key, edited = cache_key(article.pk), article.updated_at.timestamp()
    cached = cache.get(key)
    if cached is None or cached[0] != edited:
        related = _compute(article, limit)
        cache.set(key, (edited, [(r.article.pk, r.reason) for r in related]))
        return related
    choice = cached[1]
    reasons = dict(choice)
    found = (
        Article.objects.published()
        .select_related("section")
        .defer("body", "body_html", "toc", "review_notes")
        .in_bulk(list(reasons))
    )
    return [Related(found[pk], reasons[pk]) for pk in reasons if pk in found]


def cache_key(pk) -> str:
    return f"related:{pk}"


def _compute(article: Article, limit: int) -> list[Related]:
    visible = (
        Article.objects.published()
        .exclude(pk=article.pk)
        .select_related("section")
        .defer("body", "body_html", "toc", "review_notes")
    )
    links = RelatedArticle.objects.filter(from_article=article)
    position = links.filter(to_article=OuterRef("pk")).values("position")[:1]
    curated = list(
        # Only the linked articles: asking every public one whether it is linked reads the
        # whole archive.
        visible.filter(pk__in=links.values("to_article"))
        .annotate(curated_position=Subquery(position))
        .order_by("curated_position", "-published_at")[:limit]
    )
    related = [Related(item, "Chosen by the editors") for item in curated]
    if len(related) < limit:
        others = visible.exclude(pk__in=[item.pk for item in curated])
        related += _computed(others, article, limit - len(related))
    return related


def _computed(candidates, article: Article, limit: int) -> list[Related]:
    """Shared tags weighted by rarity (1 / ln(1 + uses)), then same section, then recency."""
    tags = {tag.pk: tag.name for tag in article.tags.all()}
    uses = Tag.objects.filter(pk__in=list(tags)).annotate(uses=Count("taggit_taggeditem_items"))
    weights = {tag.pk: 1 / math.log(1 + max(tag.uses, 1)) for tag in uses} if tags else {}
    shares_tag = Q(tags__in=list(tags))
    same_section = Q(section_id=article.section_id) if article.section_id else Q(pk__in=[])
    scored = (
        candidates.filter(pk__in=_nearby(article, list(tags)))
        .filter(shares_tag | same_section)
        .annotate(
            score=Sum(
                Case(
                    *(When(tags__pk=pk, then=Value(w)) for pk, w in weights.items()),
                    default=Value(0.0),
                    output_field=FloatField(),
                )
            )
            if weights
            else Value(0.0, output_field=FloatField()),
            shared=ArrayAgg("tags__name", filter=shares_tag, distinct=True, default=Value([])),
            in_section=Case(When(same_section, then=Value(1)), default=Value(0)),
        )
        .order_by("-score", "-in_section", "-published_at", "-pk")[:limit]
    )
    section_name = article.section.name if article.section_id else ""
    return [
        Related(item, _reason(sorted(item.shared, key=str.casefold), item.in_section, section_name))
        for item in scored
    ]


def _nearby(article: Article, tag_ids: list[int]):
    """The newest `WINDOW` articles carrying each of the article's tags, and the newest
    `WINDOW` of its section: the only ones scored, so the cost stays bounded at any archive size.

    A rare tag's articles are all there, and they are the ones that score most; a tag on tens
    of thousands of articles contributes its newest.
    """
    article_type = ContentType.objects.get_for_model(Article)
    parts = [
        TaggedItem.objects.filter(content_type=article_type, tag_id=pk)
        .order_by("-object_id")
        .values_list("object_id")[:WINDOW]
        for pk in tag_ids
    ]
    if article.section_id:
        parts.append(
            Article.objects.published()
            .filter(section_id=article.section_id)
            .order_by("-published_at")
            .values_list("pk")[:WINDOW]
        )
    if not parts:
        return []
    return parts[0].union(*parts[1:], all=True)


def _reason(shared: list[str], in_section: int, section_name: str) -> str:
    if shared:
        return "Also about: " + ", ".join(shared[:3])
    return f"Also in {section_name}" if in_section else "Recent"
