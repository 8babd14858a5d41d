"""What a change invalidates in the page cache (`outlet.pagecache`).

Pages record the instances they load (`article:<pk>`, `section:<pk>`, ...) and the list they
show (`list`, `section-list:<slug>`, ...). So a change to an article bumps: the article itself
(its page, and every page or sidebar that lists it), `list` (home, site feeds, sitemaps, search,
quotes), the section, tag, author and speaker lists it is on before and after the change, and its
neighbours in the section, whose previous/next links may now point to it. Renaming a section,
tag, author or speaker bumps that object and `list`.

Inside `batched()` (bulk writers such as the import) the receivers only note what changed, and
the lists and neighbours of every changed article are worked out and bumped once at the end.

Receivers are connected in `ArticlesConfig.ready()`.
"""

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.postgres.aggregates import ArrayAgg
from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_delete, post_init, post_save, pre_delete, pre_save
from taggit.models import Tag, TaggedItem

from articles.models import Article, ArticleAuthor, Quote, RelatedArticle, Section, Speaker
from articles.related import cache_key as related_cache_key
from authors.models import Author
from outlet.pagecache import NEXT_PUBLICATION, bump, bump_listeners, depends

TRACKED = {Article: "article", Section: "section", Author: "author", Tag: "tag", Speaker: "speaker"}
LISTED_BY_SLUG = {Section: "section", Author: "author", Tag: "tag", Speaker: "speaker"}


@dataclass
class _Batch:
    keys: set[str] = field(default_factory=set)
    articles: set = field(default_factory=set)


_batch: contextvars.ContextVar[_Batch | None] = contextvars.ContextVar("invalidation", default=None)


@contextmanager
def batched():
    """Invalidate once, on the way out, for every change made inside.

    Enter it outside the writers' transactions, so the single bump follows their commits; pages
    rendered meanwhile are discarded by it. Nested uses join the outermost. Even when the body
    raises, what it changed is invalidated.
    """
    if _batch.get() is not None:
        yield
        return
    batch = _Batch()
    token = _batch.set(batch)
    try:
        yield
    finally:
        _batch.reset(token)
        _flush(batch)


def _flush(batch: _Batch) -> None:
    keys = set(batch.keys)
    if batch.articles:
        cache.delete_many([NEXT_PUBLICATION, *map(related_cache_key, batch.articles)])
        keys |= articles_keys(batch.articles) | articles_neighbour_keys(batch.articles)
    bump(keys)


def _invalidate(keys: set[str]) -> None:
    batch = _batch.get()
    if batch is None:
        bump(keys)
    else:
        batch.keys |= keys


def article_keys(pk) -> set[str]:
    """The article, `list`, and the section, tag, author and speaker lists it is on now."""
    return articles_keys([pk])


def articles_keys(pks) -> set[str]:
    """`article_keys` of several articles, in one query."""
    keys = {"list", *(f"article:{pk}" for pk in pks)}
    rows = (
        Article.objects.filter(pk__in=list(pks))
        .order_by()
        .values("pk", "section__slug")
        .annotate(
            tag_slugs=ArrayAgg("tags__slug", distinct=True, default=[]),
            author_slugs=ArrayAgg("authors__slug", distinct=True, default=[]),
            speaker_slugs=ArrayAgg("quotes__speaker__slug", distinct=True, default=[]),
        )
    )
    for row in rows:
        if row["section__slug"]:
            keys.add(f"section-list:{row['section__slug']}")
        for kind in ("tag", "author", "speaker"):
            keys.update(f"{kind}-list:{slug}" for slug in row[f"{kind}_slugs"] if slug)
    return keys


def neighbour_keys(article: Article) -> set[str]:
    from articles.views import neighbours

    return {f"article:{item.pk}" for item in neighbours(article) if item is not None}


def articles_neighbour_keys(pks) -> set[str]:
    """`neighbour_keys` of several articles, in one query (the same rule as `views.neighbours`)."""
    same = (
        Article.objects.published()
        .filter(section_id=OuterRef("section_id"))
        .exclude(pk=OuterRef("pk"))
        .values("pk")
    )
    position = OuterRef("published_at"), OuterRef("pk")
    older = same.before(*position).order_by("-published_at", "-pk")[:1]
    newer = same.after(*position).order_by("published_at", "pk")[:1]
    rows = (
        Article.objects.filter(
            pk__in=list(pks), section_id__isnull=False, published_at__isnull=False
        )
        .annotate(older=Subquery(older), newer=Subquery(newer))
        .values_list("older", "newer")
    )
    return {f"article:{pk}" for row in rows for pk in row if pk is not None}


def article_changed(pk, *, before=frozenset(), extra=frozenset()) -> None:
    batch = _batch.get()
    if batch is not None:
        batch.articles.add(pk)
        batch.keys |= set(before) | set(extra)
        return
    cache.delete_many([NEXT_PUBLICATION, related_cache_key(pk)])
    keys = article_keys(pk) | set(before) | set(extra)
    article = Article.objects.filter(pk=pk).only("section_id", "published_at").first()
    if article is not None:
        keys |= neighbour_keys(article)
    bump(keys)


def _track(sender, instance, **kwargs):
    if instance.pk is not None:
        depends(f"{TRACKED[sender]}:{instance.pk}")


def _article_pre_save(sender, instance, raw=False, **kwargs):
    if instance.pk is not None and not raw:
        instance._pagecache_before = article_keys(instance.pk)


def _article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        article_changed(instance.pk, before=getattr(instance, "_pagecache_before", ()))


def _article_pre_delete(sender, instance, **kwargs):
    instance._pagecache_before = article_keys(instance.pk) | neighbour_keys(instance)


def _article_deleted(sender, instance, **kwargs):
    cache.delete(NEXT_PUBLICATION)
    _invalidate(getattr(instance, "_pagecache_before", {f"article:{instance.pk}", "list"}))


def _part_changed(sender, instance, raw=False, **kwargs):
    """A byline, tagging, quote, related link or lead image of an article."""
    if raw:
        return
    if sender is TaggedItem:
        if instance.content_type.model_class() is not Article:
            return
        article_id, extra = instance.object_id, {f"tag-list:{instance.tag.slug}"}
    elif sender is ArticleAuthor:
        article_id, extra = instance.article_id, {f"author-list:{instance.author.slug}"}
    elif sender is Quote:
        article_id, extra = instance.article_id, {f"speaker-list:{instance.speaker.slug}"}
    elif sender is RelatedArticle:
        article_id, extra = instance.from_article_id, set()
    else:
        article_id, extra = instance.article_id, set()
    article_changed(article_id, extra=extra)


def _object_changed(sender, instance, raw=False, **kwargs):
    """A section, author, tag, speaker or site page: its own pages and everything listing it."""
    if raw:
        return
    name = TRACKED.get(sender, "page")
    keys = {f"{name}:{instance.pk}", "list"}
    if sender in LISTED_BY_SLUG:
        keys.add(f"{name}-list:{instance.slug}")
    _invalidate(keys)


def connect() -> None:
    from articles.parts import forget
    from newsroom.models import LeadImage
    from pages.models import Page

    if forget not in bump_listeners:
        bump_listeners.append(forget)

    for model in TRACKED:
        post_init.connect(_track, sender=model, dispatch_uid=f"pagecache-track-{model.__name__}")
    post_init.connect(
        lambda sender, instance, **kw: depends(f"page:{instance.pk}"),
        sender=Page,
        weak=False,
        dispatch_uid="pagecache-track-page",
    )
    pre_save.connect(_article_pre_save, sender=Article, dispatch_uid="pagecache-article-pre")
    post_save.connect(_article_saved, sender=Article, dispatch_uid="pagecache-article")
    pre_delete.connect(_article_pre_delete, sender=Article, dispatch_uid="pagecache-article-del")
    post_delete.connect(_article_deleted, sender=Article, dispatch_uid="pagecache-article-del")
    for model in (TaggedItem, ArticleAuthor, Quote, RelatedArticle, LeadImage):
        for signal in (post_save, post_delete):
            signal.connect(_part_changed, sender=model, dispatch_uid=f"pagecache-{model.__name__}")
    for model in (Section, Author, Tag, Speaker, Page):
        for signal in (post_save, post_delete):
            signal.connect(
                _object_changed, sender=model, dispatch_uid=f"pagecache-obj-{model.__name__}"
            )
