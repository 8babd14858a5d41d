from xml.etree import ElementTree

import feedparser
import pytest
from django.urls import reverse

from articles.models import Article, Section
from authors.models import Author

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return feed


@pytest.mark.parametrize("kind", ["feed", "atom"])
def test_every_feed_parses_cleanly_with_full_content(client, newsroom, section, author, kind):
    for url in [
        reverse(f"site_{kind}"),
        reverse(f"section_{kind}", args=[section.slug]),
        reverse(f"tag_{kind}", args=["iran"]),
        reverse(f"author_{kind}", args=[author.slug]),
    ]:
        feed = parse(client, url)
        assert [e.title for e in feed.entries] == [
            newsroom["second"].title,
            newsroom["first"].title,
        ]
        first = feed.entries[1]
        assert 'class="pull-quote"' in first.content[0].value
        assert first.link.endswith(newsroom["first"].get_absolute_url())
        assert {t.term for t in first.tags} == {"Russia", "Iran", "Sanctions"}


def test_feed_escapes_hostile_titles(client, make_article):
    make_article('<script>alert("x")</script> & co')
    feed = parse(client, reverse("site_feed"))
    assert feed.entries[0].title == '<script>alert("x")</script> & co'
    assert b"<script>alert" not in client.get(reverse("site_feed")).content


def test_unknown_feed_object_is_404(client, db):
    assert client.get(reverse("tag_feed", args=["nope"])).status_code == 404


def locations(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    tree = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    return [loc.text for loc in tree.iter(f"{SITEMAP}loc")]


def test_sitemap_index_lists_articles_sections_tags_authors(client, newsroom, settings):
    index = locations(client, reverse("sitemap_index"))
    assert {url.rsplit("/", 1)[1] for url in index} >= {
        "sitemap-articles.xml",
        "sitemap-sections.xml",
        "sitemap-tags.xml",
        "sitemap-authors.xml",
    }
    articles = locations(client, reverse("sitemap_section", args=["articles"]))
    assert settings.SITE_URL + newsroom["first"].get_absolute_url() in articles
    assert not any("secret-draft" in url or "stub" in url for url in articles)
    assert b"<lastmod>" in client.get(reverse("sitemap_section", args=["articles"])).content
    tags = locations(client, reverse("sitemap_section", args=["tags"]))
    assert settings.SITE_URL + "/tags/iran/" in tags


def test_sitemaps_list_only_what_has_a_public_article(client, make_article, settings):
    hidden_section = Section.objects.create(name="Embargoed", slug="embargoed")
    hidden_author = Author.objects.create(name="Ghost Writer", slug="ghost-writer")
    make_article(
        "Under embargo",
        status=Article.Status.DRAFT,
        section=hidden_section,
        authors=[hidden_author],
        tags=["Secret plans"],
    )
    make_article(
        "In the open",
        tags=["Open talks"],
        authors=[Author.objects.create(name="Pat Lee", slug="pat-lee")],
    )
    listed = {
        kind: locations(client, reverse("sitemap_section", args=[kind]))
        for kind in ["tags", "sections", "authors"]
    }
    assert settings.SITE_URL + "/tags/open-talks/" in listed["tags"]
    assert not any("secret-plans" in url for url in listed["tags"])
    assert not any("embargoed" in url for url in listed["sections"])
    authors = " ".join(listed["authors"])
    assert "pat-lee" in authors and "ghost-writer" not in authors


def test_news_sitemap_has_the_last_two_days(client, newsroom, make_article):
    from django.utils import timezone

    make_article("Old news", published_at=timezone.now() - timezone.timedelta(days=3))
    response = client.get(reverse("news_sitemap"))
    tree = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    news = "{http://www.google.com/schemas/sitemap-news/0.9}"
    titles = [t.text for t in tree.iter(f"{news}title")]
    assert titles == [newsroom["second"].title, newsroom["first"].title]


def test_robots_txt_points_at_the_sitemaps(client, settings):
    text = client.get(reverse("robots_txt")).text
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in text
    assert f"Sitemap: {settings.SITE_URL}/news-sitemap.xml" in text


def test_article_sitemap_pages_are_months_newest_first(client, make_article, settings):
    """The index names a page per month from the newest public article back to the oldest,
    without counting the archive; each page lists its month's articles."""
    from django.utils import timezone

    now = timezone.localtime()
    this_month = now.replace(day=1, hour=12)
    three_back = (this_month - timezone.timedelta(days=80)).replace(day=15)
    recent = make_article("This month", published_at=min(this_month, now))
    older = make_article("Three months back", published_at=three_back)
    make_article("Drafted long ago", status=Article.Status.DRAFT, published_at=three_back)
    months = (this_month.year - three_back.year) * 12 + this_month.month - three_back.month + 1
    index = locations(client, reverse("sitemap_index"))
    pages = [url for url in index if "sitemap-articles.xml" in url]
    assert len(pages) == months
    newest = locations(client, reverse("sitemap_section", args=["articles"]))
    oldest = locations(client, reverse("sitemap_section", args=["articles"]) + f"?p={months}")
    assert newest == [settings.SITE_URL + recent.get_absolute_url()]
    assert oldest == [settings.SITE_URL + older.get_absolute_url()]
    beyond = reverse("sitemap_section", args=["articles"]) + f"?p={months + 1}"
    assert client.get(beyond).status_code == 404
