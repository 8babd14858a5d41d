"""What a change invalidates in the page cache (`outlet.pagecache`).

Pages record the instances they load (`article:<pk>`, `section:<pk>`, ...) and the list they
show (`list`, `section-list:<slug>`, ...). So a change to an article bumps: the article itself
(its page, and every page or sidebar that lists it), `list` (home, site feeds, sitemaps, search,
quotes), the section, tag, author and speaker lists it is on before and after the change, and its
neighbours in the section, whose previous/next links may now point to it. Renaming a section,
tag, author or speaker bumps that object and `list`.

Receivers are connected in `ArticlesConfig.ready()`.
"""

from django.contrib.postgres.aggregates import ArrayAgg
from django.core.cache import cache
from django.db.models.signals import post_delete, post_init, post_save, pre_delete, pre_save
from taggit.models import Tag, TaggedItem

from articles.models import Article, ArticleAuthor, Quote, RelatedArticle, Section, Speaker
from articles.related import cache_key as related_cache_key
from authors.models import Author
from outlet.pagecache import NEXT_PUBLICATION, bump, depends

TRACKED = {Article: "article", Section: "section", Author: "author", Tag: "tag", Speaker: "speaker"}
LISTED_BY_SLUG = {Section: "section", Author: "author", Tag: "tag", Speaker: "speaker"}


def article_keys(pk) -> set[str]:
    """The article, `list`, and the section, tag, author and speaker lists it is on now."""
    keys = {f"article:{pk}", "list"}
    rows = (
        Article.objects.filter(pk=pk)
        .order_by()
        .values("section__slug")
        .annotate(
            tag_slugs=ArrayAgg("tags__slug", distinct=True, default=[]),
            author_slugs=ArrayAgg("authors__slug", distinct=True, default=[]),
            speaker_slugs=ArrayAgg("quotes__speaker__slug", distinct=True, default=[]),
        )
    )
    row = next(iter(rows), None)
    if row is None:
        return keys
    if row["section__slug"]:
        keys.add(f"section-list:{row['section__slug']}")
    for kind in ("tag", "author", "speaker"):
        keys.update(f"{kind}-list:{slug}" for slug in row[f"{kind}_slugs"] if slug)
    return keys


def neighbour_keys(article: Article) -> set[str]:
    from articles.views import neighbours

    return {f"article:{item.pk}" for item in neighbours(article) if item is not None}


def article_changed(pk, *, before=frozenset(), extra=frozenset()) -> None:
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
    bump(getattr(instance, "_pagecache_before", {f"article:{instance.pk}", "list"}))


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
    bump(keys)


def connect() -> None:
    from newsroom.models import LeadImage
    from pages.models import Page

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
