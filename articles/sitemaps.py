"""`sitemap.xml`: an index of articles, sections, tags, authors, speakers, pages; news sitemap.

The index names every page of every sitemap without counting the archive, so it costs the same
at any size: the article sitemap has one page per month (page 1 is the newest article's month),
so its pages are the months between the oldest and the newest public article, two index probes;
the other sitemaps page over all their rows (small tables, counted quickly) and each page lists
those of its rows that have a public article.
"""

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core import paginator
from django.db.models import Max, OuterRef, Subquery
from django.db.models.lookups import IsNull
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from taggit.models import Tag

from articles.models import Article, Section, Speaker
from authors.models import Author
from pages.models import Page


def has_public(**lookup):
    """A test for a public article related by `lookup`, written as a probe for the first one.

    Written as EXISTS, PostgreSQL plans a hash join over every tagged item for tags (170 ms of
    the index's 190 ms at 100,000 articles) and, for each speaker and author, a bitmap of all
    their quotes or bylines (90 and 22 ms); the probe stops at the first match (5 ms each).
    """
    first = Article.objects.published().filter(**lookup).order_by().values("pk")[:1]
    return IsNull(Subquery(first), False)


class SiteSitemap(Sitemap):
    """URLs on SITE_URL's host and scheme, whatever host the request came in on."""

    limit = 5000

    @property
    def protocol(self):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class MonthPaginator(paginator.Paginator):
    """Page n of the public articles is the n-th month back from the newest one's (local time).

    A month's articles fit one sitemap file (50,000 addresses: over 1,600 articles a day); a
    month without articles is an empty page.
    """

    def __init__(self, articles):
        super().__init__(articles, per_page=Sitemap.limit)

    @cached_property
    def newest(self):
        first = self.object_list.order_by("-published_at").values_list("published_at", flat=True)
        return _month(first.first())

    @cached_property
    def num_pages(self):
        oldest = self.object_list.order_by("published_at").values_list("published_at", flat=True)
        oldest = _month(oldest.first())
        if oldest is None:
            return 1
        return (self.newest[0] - oldest[0]) * 12 + self.newest[1] - oldest[1] + 1

    def page(self, number):
        number = self.validate_number(number)
        if self.newest is None:
            if number > 1:
                raise paginator.EmptyPage("That page contains no results")
            return paginator.Page(self.object_list.none(), number, self)
        months_back = self.newest[0] * 12 + self.newest[1] - 1 - (number - 1)
        start = _month_start(months_back)
        articles = self.object_list.filter(
            published_at__gte=start, published_at__lt=_month_start(months_back + 1)
        )
        return paginator.Page(articles, number, self)


def _month(moment) -> tuple[int, int] | None:
    if moment is None:
        return None
    local = timezone.localtime(moment)
    return local.year, local.month


def _month_start(months: int) -> datetime:
    """The first moment of the month `months` months after January of year 0 (local time)."""
    return timezone.make_aware(datetime(months // 12, months % 12 + 1, 1))


class ArticleSitemap(SiteSitemap):
    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at")

    @property
    def paginator(self):
        return MonthPaginator(self.items())

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # Django's default loads every item to take the maximum: one aggregate instead.
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class ShownOnPage(paginator.Paginator):
    """Pages over every row; each page keeps the rows annotated `public`."""

    def page(self, number):
        page = super().page(number)
        page.object_list = [item for item in page.object_list if item.public]
        return page


class ProbedSitemap(SiteSitemap):
    """Rows of `model`, by name, listed only while they have a public article (related to them
    by `lookup`)."""

    model = None
    lookup = ""

    def rows(self):
        return self.model.objects.order_by("name", "pk")

    def items(self):
        return self.rows().annotate(public=has_public(**{self.lookup: OuterRef("pk")}))

    @property
    def paginator(self):
        return ShownOnPage(self.items(), self.limit)


class SectionSitemap(ProbedSitemap):
    model, lookup = Section, "section"


class TagSitemap(ProbedSitemap):
    model, lookup = Tag, "tags"

    def rows(self):
        return super().rows().exclude(slug="")

    def location(self, item):
        return reverse("tag_detail", kwargs={"slug": item.slug})


class AuthorSitemap(ProbedSitemap):
    model, lookup = Author, "authors"


class SpeakerSitemap(ProbedSitemap):
    model, lookup = Speaker, "quotes__speaker"


class PageSitemap(SiteSitemap):
    def items(self):
        return Page.objects.all()

    def lastmod(self, item):
        return item.updated_at


class NewsSitemap(SiteSitemap):
    """Google News: articles published in the last two days (the template adds `news:` data)."""

    def items(self):
        since = timezone.now() - timedelta(days=2)
        return Article.objects.published().filter(published_at__gte=since).order_by("-published_at")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    "speakers": SpeakerSitemap,
    "pages": PageSitemap,
}
