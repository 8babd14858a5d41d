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
from django.core.cache import cache, caches
from django.db import connection
from django.db.models import Count, OuterRef, Subquery
from taggit.models import Tag, TaggedItem

from articles.models import Article, RelatedArticle

LIMIT = 5
# Computed related posts are chosen among this many newest articles per shared tag and section.
WINDOW = 200
# Only candidates scoring at least the KEEP-th best are looked up (see `SCORED`).
KEEP = 20


@dataclass(frozen=True)
class Related:
    article: Article
    reason: str


def related_articles(article: Article, *, limit: int = LIMIT) -> list[Related]:
    """Up to `limit` public articles related to `article`: one query when the choice is cached.

    `article.tags.all()` and `article.section` should already be loaded.
    """
    key, edited = cache_key(article.pk), article.updated_at.timestamp()
    cached = cache.get(key)
    if cached is None or cached[0] != edited:
        choice = choose(article, limit)
        cache.set(key, (edited, choice))
    else:
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


def choose(article: Article, limit: int = LIMIT) -> list[tuple[int, str]]:
    """The related articles' ids, best first, each with its reason: curated, then computed."""
    links = RelatedArticle.objects.filter(from_article=article)
    position = links.filter(to_article=OuterRef("pk")).values("position")[:1]
    curated = list(
        # Only the linked articles: asking every public one whether it is linked reads the
        # whole archive.
        Article.objects.published()
        .filter(pk__in=links.values("to_article"))
        .annotate(curated_position=Subquery(position))
        .order_by("curated_position", "-published_at")
        .values_list("pk", flat=True)[:limit]
    )
    choice = [(pk, "Chosen by the editors") for pk in curated]
    if len(choice) < limit:
        choice += _computed(article, limit - len(choice), exclude=[article.pk, *curated])
    return choice


def _computed(article: Article, limit: int, *, exclude: list[int]) -> list[tuple[int, str]]:
    """Shared tags weighted by rarity (1 / ln(1 + uses)), then same section, then recency."""
    tags = {tag.pk: tag.name for tag in article.tags.all()}
    rows = _scored(article, tag_weights(list(tags)), limit, exclude=exclude)
    section_name = article.section.name if article.section_id else ""
    return [
        (pk, _reason(sorted((tags[t] for t in shared), key=str.casefold), in_section, section_name))
        for pk, shared, in_section in rows
    ]


def tag_weights(tag_ids: list[int]) -> dict[int, float]:
    """1 / ln(1 + uses) for each tag. Counting a tag on tens of thousands of articles costs
    milliseconds, and a count a few minutes old ranks the same, so each process keeps them."""
    counts = caches["local"]
    keys = {pk: f"tag-uses:{pk}" for pk in tag_ids}
    found = counts.get_many(list(keys.values()))
    uses = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in tag_ids if pk not in uses]
    if missing:
        counted = dict(
            Tag.objects.filter(pk__in=missing)
            .annotate(uses=Count("taggit_taggeditem_items"))
            .values_list("pk", "uses")
        )
        counts.set_many({keys[pk]: counted.get(pk, 0) for pk in missing})
        uses.update({pk: counted.get(pk, 0) for pk in missing})
    return {pk: 1 / math.log(1 + max(n, 1)) for pk, n in uses.items()}


def _scored(article, weights, limit, *, exclude) -> list[tuple[int, list[int], bool]]:
    """(id, shared tag ids, in section) of the best `limit` public candidates, best first.

    The candidates are the newest `WINDOW` articles carrying each of the article's tags (read
    from the tag index alone; a tag counts for the articles in its window) and the newest
    `WINDOW` public ones of its section, so the cost stays bounded at any archive size: a rare
    tag's articles are all there, and they are the ones that score most. See `SCORED`.
    """
    public = Article.objects.published().order_by()
    if article.section_id:
        section = (
            public.filter(section_id=article.section_id)
            .order_by("-published_at", "-pk")
            .values_list("pk", "published_at")[:WINDOW]
        )
        section_sql, section_params = section.query.sql_with_params()
    else:
        section_sql, section_params = "SELECT NULL::int, NULL::timestamptz WHERE false", ()
    # Unordered: the join probes it by id.
    visible = public.values_list("pk", "section_id", "published_at")
    visible_sql, visible_params = visible.query.sql_with_params()
    sql = SCORED.format(tagged=TaggedItem._meta.db_table, section=section_sql, visible=visible_sql)
    params = [
        list(weights),
        list(weights.values()),
        ContentType.objects.get_for_model(Article).pk,
        WINDOW,
        *section_params,
        exclude,
        exclude,
        article.section_id,
        *visible_params,
        max(KEEP, limit) - 1,
        max(KEEP, limit),
        limit,
        limit,
        limit,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


# Scoring needs no article row, only the tag index. Article rows (for what is public and for
# the tie-breaks) are read only for the pool: the candidates scoring at least the KEEP-th best
# score (KEEP: at least `limit`), and the KEEP newest of the section sharing no tag (all
# public, and the only ones that can rank among themselves). The pool's best are the best
# overall when `limit` of them share tags or no tagged candidate was left out; otherwise
# (drafts and stubs among the best-scoring few) every candidate is read: still bounded. What
# is public comes from Django's own SQL; values travel as parameters.
SCORED = """
WITH weight(tag_id, weight) AS (SELECT * FROM unnest(%s::int[], %s::float8[])),
tagged AS MATERIALIZED (
    SELECT item.object_id AS id, weight.tag_id, weight.weight FROM weight CROSS JOIN LATERAL (
        SELECT object_id FROM {tagged} WHERE content_type_id = %s AND tag_id = weight.tag_id
        ORDER BY object_id DESC LIMIT %s
    ) AS item
),
section(id, published_at) AS MATERIALIZED ({section}),
scored AS MATERIALIZED (
    SELECT id, SUM(weight) AS score FROM tagged WHERE id <> ALL(%s) GROUP BY id
    UNION ALL
    SELECT id, 0 FROM section WHERE id <> ALL(%s) AND id NOT IN (SELECT id FROM tagged)
),
ranked AS NOT MATERIALIZED (
    SELECT scored.id, scored.score, v.published_at,
        COALESCE(v.section_id = %s, false) AS in_section
    FROM scored JOIN ({visible}) AS v(id, section_id, published_at) ON v.id = scored.id
),
pool AS MATERIALIZED (
    SELECT id, score FROM scored WHERE score > 0 AND score >= COALESCE(
        (SELECT score FROM scored ORDER BY score DESC OFFSET %s LIMIT 1), 0)
    UNION ALL (
        SELECT section.id, 0 FROM section JOIN scored USING (id) WHERE scored.score = 0
        ORDER BY section.published_at DESC, section.id DESC LIMIT %s
    )
),
best AS MATERIALIZED (
    SELECT * FROM ranked WHERE id IN (SELECT id FROM pool)
    ORDER BY score DESC, in_section DESC, published_at DESC, id DESC LIMIT %s
),
exact AS (
    SELECT (SELECT count(*) FROM best WHERE score > 0) = %s
        OR NOT EXISTS (SELECT FROM scored WHERE score > 0 AND id NOT IN (SELECT id FROM pool))
        AS yes
)
SELECT id, ARRAY(SELECT tag_id FROM tagged WHERE tagged.id = chosen.id), in_section FROM (
    SELECT * FROM best WHERE (SELECT yes FROM exact)
    UNION ALL (
        SELECT * FROM ranked WHERE NOT (SELECT yes FROM exact)
        ORDER BY score DESC, in_section DESC, published_at DESC, id DESC LIMIT %s
    )
) AS chosen
ORDER BY score DESC, in_section DESC, published_at DESC, id DESC
"""


def _reason(shared: list[str], in_section: int, section_name: str) -> str:
    if shared:
        return "Also about: " + ", ".join(shared[:3])
    return f"Also in {section_name}" if in_section else "Recent"
