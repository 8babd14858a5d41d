"""RSS 2.0 and Atom feeds with full content, for the site and each section, tag and author."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from taggit.models import Tag

from articles.models import Article, Section
from articles.views import article_cards
from authors.models import Author

FEED_SIZE = 20


class FullContentRss(Rss201rev2Feed):
    """RSS 2.0 with the whole article in `content:encoded`."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["content"])


class FullContentAtom(Atom1Feed):
    """Atom with the whole article in `<content type="html">`."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content"], {"type": "html"})


class LatestFeed(Feed):
    feed_type = FullContentRss

    def title(self, obj=None):
        return f"{obj} · {settings.SITE_NAME}" if obj else settings.SITE_NAME

    def link(self, obj=None):
        return obj.get_absolute_url() if obj else "/"

    def description(self, obj=None):
        return (
            getattr(obj, "description", "") or getattr(obj, "bio", "") or settings.SITE_DESCRIPTION
        )

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        return article_cards(self.articles(obj)).prefetch_related("tags")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst or item.title

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def item_extra_kwargs(self, item):
        return {"content": item.body_html}


class SectionFeed(LatestFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def articles(self, obj):
        return Article.objects.published().filter(section=obj)


class TagFeed(LatestFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def link(self, obj=None):
        return reverse("tag_detail", kwargs={"slug": obj.slug})

    def description(self, obj=None):
        return f"Articles tagged {obj.name}"

    def articles(self, obj):
        return Article.objects.published().filter(tags=obj)


class AuthorFeed(LatestFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def articles(self, obj):
        return Article.objects.published().filter(authors=obj)


def atom(feed_class):
    """The Atom twin of an RSS feed class."""
    return type(
        f"{feed_class.__name__}Atom",
        (feed_class,),
        {"feed_type": FullContentAtom, "subtitle": feed_class.description},
    )
