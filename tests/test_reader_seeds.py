"""The issue's "done when", on the imported sample articles."""

import json
from pathlib import Path

import feedparser
import pytest
from django.urls import reverse

from articles.models import Speaker

pytestmark = pytest.mark.django_db


def test_seed_002_shows_its_eight_chapters_and_000_none(client, seeds):
    html = client.get(seeds["002"].get_absolute_url()).text
    toc = html[html.index('aria-label="Contents"') :]
    toc = toc[: toc.index("</nav>")]
    chapters = json.loads(Path("fixtures/seeds/expected/002_71e46f3a71b2d994.json").read_text())
    top_level = [e["text"] for e in seeds["002"].toc if e["level"] == 2]
    assert set(chapters["toc"]) <= set(top_level)
    assert any(e["level"] == 3 for e in seeds["002"].toc)
    assert "<ol><li>" in toc.split("</li>", 1)[0]  # sub-headings nest under their chapter
    for entry in seeds["002"].toc:
        assert f'href="#{entry["id"]}"' in toc
        assert f'id="{entry["id"]}"' in html
    assert 'aria-label="Contents"' not in client.get(seeds["000"].get_absolute_url()).text


def test_seed_000_pull_quotes_author_box_and_related(client, seeds):
    html = client.get(seeds["000"].get_absolute_url()).text
    assert html.count('<figure class="pull-quote">') == 3
    assert "Arshad Mahmood" in html and "conflict zone journalist" in html
    assert ">@RajaAajtv</a>" in html
    related = html[html.index('<aside class="related"') :]
    assert seeds["002"].title in related
    reverse_html = client.get(seeds["002"].get_absolute_url()).text
    assert seeds["000"].title in reverse_html[reverse_html.index('<aside class="related"') :]


def test_seed_quotes_appear_under_their_speakers(client, seeds):
    for name in ["Vladimir Putin", "Masoud Pezeshkian", "Jack Sullivan", "US Treasury Department"]:
        speaker = Speaker.objects.matching_name(name).get()
        html = client.get(speaker.get_absolute_url()).text
        assert seeds["000"].title in html, name
    html = client.get(reverse("search"), {"q": "Massoud"}).text
    assert Speaker.objects.matching_name("Masoud Pezeshkian").get().get_absolute_url() in html


def test_searching_ashgabat_finds_both_and_feeds_and_sitemap_list_both(client, seeds):
    html = client.get(reverse("search"), {"q": "Ashgabat"}).text
    assert seeds["000"].title in html and seeds["002"].title in html
    feed = feedparser.parse(client.get(reverse("site_feed")).content)
    assert {seeds["000"].title, seeds["002"].title} <= {e.title for e in feed.entries}
    sitemap = client.get(reverse("sitemap_section", args=["articles"])).text
    assert seeds["000"].get_absolute_url() in sitemap and seeds["002"].get_absolute_url() in sitemap


def test_seed_pages_stay_within_the_query_and_size_budgets(
    client, seeds, django_assert_max_num_queries
):
    """At most 11 queries on a first view (which stores the page's parts), one on the next; the
    page and its one stylesheet under 60 KB."""
    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/outlet.css")).read_bytes()
    for article in seeds.values():
        with django_assert_max_num_queries(11):
            response = client.get(article.get_absolute_url())
        with django_assert_max_num_queries(1):
            assert client.get(article.get_absolute_url()).content == response.content
        assert len(response.content) + len(css) < 60 * 1024
