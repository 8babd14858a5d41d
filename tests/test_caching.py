"""Whole-page cache: anonymous pages are served from it, every change invalidates exactly the
pages that show it, scheduled articles appear on time, staff and previews are never cached."""

import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import invalidation
from articles.management.commands import import_seeds
from articles.models import Article, RelatedArticle, Section
from newsroom.models import PreviewLink
from outlet import pagecache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_S_MAXAGE = 60
    settings.PAGE_CACHE_STALE_WHILE_REVALIDATE = 30


@pytest.fixture
def cached(client, django_assert_num_queries):
    """GET `url` as a reader and assert it came from the cache (no query at all)."""

    def get(url, **headers):
        with django_assert_num_queries(0):
            return client.get(url, headers=headers)

    return get


def warm(client, *urls):
    for url in urls:
        assert client.get(url).status_code == 200, url


def pages_of(newsroom, section, author, speaker):
    first = newsroom["first"]
    return {
        "article": first.get_absolute_url(),
        "home": reverse("home"),
        "section": section.get_absolute_url(),
        "tag": reverse("tag_detail", args=["sanctions"]),
        "author": author.get_absolute_url(),
        "speaker": speaker.get_absolute_url(),
        "feed": reverse("site_feed"),
        "sitemap": reverse("sitemap_section", args=["articles"]),
        "search": reverse("search") + "?q=Ashgabat",
    }


def test_reader_pages_are_served_from_the_cache_with_public_headers(client, newsroom, cached):
    url = newsroom["first"].get_absolute_url()
    first = client.get(url)
    again = cached(url)
    assert again.content == first.content
    assert not again.cookies
    cache_control = again["Cache-Control"]
    assert "public" in cache_control and "s-maxage=60" in cache_control
    assert "stale-while-revalidate=30" in cache_control
    assert again["ETag"] == first["ETag"] and again["Last-Modified"]
    assert again["Content-Type"] == first["Content-Type"]


def test_conditional_requests_get_304(client, newsroom, cached):
    for url in [newsroom["first"].get_absolute_url(), reverse("site_feed")]:
        response = client.get(url)
        assert cached(url, if_none_match=response["ETag"]).status_code == 304
        assert cached(url, if_modified_since=response["Last-Modified"]).status_code == 304
        assert cached(url, if_none_match='"other"').status_code == 200


def test_editing_an_article_refreshes_every_page_showing_it_and_no_other(
    client, newsroom, section, author, speaker, make_article, cached
):
    elsewhere = Section.objects.create(name="Sport", slug="sport")
    unrelated = make_article("Football results", section=elsewhere)
    urls = pages_of(newsroom, section, author, speaker)
    warm(client, *urls.values(), elsewhere.get_absolute_url(), unrelated.get_absolute_url())

    article = Article.objects.get(pk=newsroom["first"].pk)
    article.title = "Ashgabat summit renamed"
    article.save()

    for name, url in urls.items():
        if name != "sitemap":
            assert "Ashgabat summit renamed" in client.get(url).text, name
    assert "Ashgabat summit renamed" in client.get(newsroom["second"].get_absolute_url()).text
    cached(elsewhere.get_absolute_url())
    cached(unrelated.get_absolute_url())


def test_unpublishing_and_deleting_remove_the_article_everywhere(
    client, newsroom, section, author, speaker
):
    first, second = newsroom["first"], newsroom["second"]
    urls = pages_of(newsroom, section, author, speaker)
    warm(client, *urls.values(), second.get_absolute_url())

    first.status = Article.Status.DRAFT
    first.save()
    assert client.get(urls["article"]).status_code == 404
    for name, url in urls.items():
        if name != "article":
            html = client.get(url).text
            assert first.title not in html and urls["article"] not in html, name
    assert first.title not in client.get(second.get_absolute_url()).text

    warm(client, second.get_absolute_url(), urls["home"])
    second.delete()
    assert client.get(second.get_absolute_url()).status_code == 404
    assert second.title not in client.get(urls["home"]).text


def test_publishing_shows_the_article_and_links_it_from_its_neighbour(
    client, newsroom, section, author
):
    second = newsroom["second"]
    warm(client, reverse("home"), second.get_absolute_url(), section.get_absolute_url())
    draft = newsroom["draft"]
    draft.status = Article.Status.PUBLISHED
    draft.published_at = timezone.now() - timezone.timedelta(minutes=1)
    draft.save()
    assert draft.title in client.get(reverse("home")).text
    assert draft.title in client.get(section.get_absolute_url()).text
    assert (
        f'rel="next" href="{draft.get_absolute_url()}"'
        in client.get(second.get_absolute_url()).text
    )


def test_editing_bylines_tags_section_quotes_and_related_links(
    client, newsroom, section, author, speaker, make_article
):
    first, second = newsroom["first"], newsroom["second"]
    article_url = first.get_absolute_url()
    other_section = Section.objects.create(name="Energy", slug="energy")
    tag_url = reverse("tag_detail", args=["oil"])
    pick = make_article("The editors pick")
    make_article("Something about oil", tags=["Oil"])
    warm(client, article_url, other_section.get_absolute_url(), tag_url, speaker.get_absolute_url())

    author.name = "Jane Q. Doe"
    author.save()
    assert "Jane Q. Doe" in client.get(article_url).text

    first.tags.add("Oil")
    assert first.title in client.get(tag_url).text
    assert 'href="/tags/oil/"' in client.get(article_url).text

    first.section = other_section
    first.save()
    assert first.title in client.get(other_section.get_absolute_url()).text
    assert first.title not in client.get(section.get_absolute_url()).text

    second.quotes.all().delete()
    first.quotes.all().delete()
    assert client.get(speaker.get_absolute_url()).status_code == 404

    RelatedArticle.objects.create(from_article=first, to_article=pick)
    assert pick.title in client.get(article_url).text


def test_an_import_refreshes_the_pages_it_changes_with_one_bump_per_run(
    client, newsroom, speaker, make_article, cached, monkeypatch
):
    """A bulk import is one change: one bump after all its files, not a few per file."""
    seeds = Path(settings.BASE_DIR) / "fixtures" / "seeds"
    title = (seeds / "000_dfc4c9cd3a653c2d.txt").read_text().splitlines()[0]
    elsewhere = Section.objects.create(name="Sport", slug="sport")
    unrelated = make_article("Football results", section=elsewhere)
    urls = [reverse("home"), reverse("tag_detail", args=["russia"]), speaker.get_absolute_url()]
    warm(client, *urls, unrelated.get_absolute_url())
    bumped = []
    bump = pagecache._bump
    monkeypatch.setattr(pagecache, "_bump", lambda keys: bumped.append(keys) or bump(keys))

    call_command("import_seeds", str(seeds))

    assert len(bumped) == 1
    for url in urls:
        assert title in client.get(url).text, url
    cached(unrelated.get_absolute_url())


def test_a_long_import_refreshes_pages_after_each_slice_of_files(
    client, newsroom, cached, monkeypatch
):
    """Pages show what a long run has committed so far, even if the run is later killed."""
    seeds = Path(settings.BASE_DIR) / "fixtures" / "seeds"
    first, second = sorted(seeds.glob("*.txt"))
    home = reverse("home")
    bumped = []
    bump = pagecache._bump
    monkeypatch.setattr(import_seeds, "REFRESH_EVERY", 1)
    monkeypatch.setattr(pagecache, "_bump", lambda keys: bumped.append(keys) or bump(keys))
    seen_during_run = []
    import_batch = import_seeds.Command.import_batch

    def look_then_import(command, paths, **options):
        if second in paths:
            seen_during_run.append(client.get(home).text)
        return import_batch(command, paths, **options)

    monkeypatch.setattr(import_seeds.Command, "import_batch", look_then_import)
    warm(client, home)

    call_command("import_seeds", str(first), str(second))

    assert len(bumped) == 2
    assert first.read_text().splitlines()[0] in seen_during_run[0]


def test_batched_invalidation_finds_the_same_keys_as_one_article_at_a_time(newsroom, make_article):
    second = newsroom["second"]
    later = make_article("Later in the section", section=second.section)
    articles = [*newsroom.values()][:4] + [later]
    pks = [article.pk for article in articles]
    assert invalidation.articles_keys(pks) == set().union(*map(invalidation.article_keys, pks))
    assert invalidation.articles_neighbour_keys(pks) == set().union(
        *map(invalidation.neighbour_keys, articles)
    )


def test_a_scheduled_article_appears_on_time_although_pages_are_cached(
    client, newsroom, monkeypatch
):
    soon = timezone.now() + timezone.timedelta(minutes=5)
    scheduled = newsroom["draft"]
    scheduled.status, scheduled.published_at = Article.Status.PUBLISHED, soon
    scheduled.save()
    home = reverse("home")
    assert scheduled.title not in client.get(home).text

    later = soon + timezone.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(pagecache.time, "time", lambda: later.timestamp())
    assert scheduled.title in client.get(home).text
    assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_staff_never_get_or_leave_cached_pages(client, newsroom, django_assert_max_num_queries):
    staff = User.objects.create_user("editor", password="pw", is_staff=True, is_superuser=True)
    editor = Client()
    editor.force_login(staff)
    public_url = newsroom["first"].get_absolute_url()
    draft_url = newsroom["draft"].get_absolute_url()

    warm(client, public_url)
    response = editor.get(public_url)
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "ETag" not in response

    preview = editor.get(draft_url)
    assert "Preview — not public" in preview.text
    assert "no-store" in preview["Cache-Control"]
    assert client.get(draft_url).status_code == 404

    editor.get(reverse("home"))
    html = client.get(reverse("home")).text
    assert newsroom["draft"].title not in html and "logout" not in html.lower()


def test_preview_links_are_private_and_never_cached(client, newsroom):
    draft = newsroom["draft"]
    link = PreviewLink.objects.create(article=draft)
    response = client.get(link.get_absolute_url())
    assert "Preview — not public" in response.text
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(link.get_absolute_url()).status_code == 200


def test_a_page_rendered_while_a_change_commits_is_not_kept(client, newsroom):
    """A bump between the start of rendering and storing discards the stored page."""
    url = newsroom["first"].get_absolute_url()
    started = pagecache.current_sequence()
    pagecache.bump({f"article:{newsroom['first'].pk}"})
    entry = {"started": started, "deps": [f"article:{newsroom['first'].pk}"]}
    entry["expires"] = time.time() + 60
    assert not pagecache.PageCacheMiddleware._is_fresh(entry)
    assert client.get(url).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_bump_outside_a_transaction_is_made_once(monkeypatch):
    """Inside a transaction a bump is made again on commit, for pages rendered from the old rows
    meanwhile; outside one the change is committed already (a bulk import's end of run), and
    writing its keys twice would only double the cost."""
    bumped = []
    monkeypatch.setattr(pagecache, "_bump", bumped.append)
    pagecache.bump({"list"})
    assert bumped == [{"list"}]
    with transaction.atomic():
        pagecache.bump({"article:1"})
        assert bumped == [{"list"}, {"article:1"}]
    assert bumped == [{"list"}, {"article:1"}, {"article:1"}]
