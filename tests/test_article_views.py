import json
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import related as related_module
from articles.models import Article, RelatedArticle
from articles.related import related_articles
from articles.views import neighbours
from authors.models import Author

pytestmark = pytest.mark.django_db


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.json_ld, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and ("type", "application/ld+json") in attrs

    def handle_data(self, data):
        if self._inside:
            self.json_ld.append(json.loads(data))
            self._inside = False


def json_ld(html):
    parser = _Scripts()
    parser.feed(html)
    return {item["@type"]: item for item in parser.json_ld}


def test_article_page_has_header_breadcrumb_and_reading_time(client, newsroom, section):
    response = client.get(newsroom["first"].get_absolute_url())
    html = response.text
    assert response.status_code == 200
    assert 'aria-label="Breadcrumb"' in html
    assert f'href="{section.get_absolute_url()}"' in html
    assert "A summit in Turkmenistan." in html
    assert 'href="/authors/jane-doe/"' in html and 'href="/authors/sam-roe/"' in html
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT', html)
    assert "min read" in html
    assert "Updated" not in html


def test_article_edited_after_publication_says_updated(client, newsroom):
    article = newsroom["first"]
    Article.objects.filter(pk=article.pk).update(
        updated_at=article.updated_at + timezone.timedelta(hours=2)
    )
    assert "Updated <time" in client.get(article.get_absolute_url()).text


def test_table_of_contents_is_nested_and_links_to_heading_ids(client, newsroom):
    html = client.get(newsroom["first"].get_absolute_url()).text
    toc = html[html.index('<nav class="toc" aria-label="Contents">') :]
    toc = toc[: toc.index("</nav>")]
    assert re.findall(r'href="#([^"]+)"', toc) == ["first-chapter", "a-detail", "second-chapter"]
    assert re.search(r"First chapter</a><ol><li><a href=\"#a-detail\"", toc)
    for anchor in ["first-chapter", "a-detail", "second-chapter"]:
        assert f'id="{anchor}"' in html
        assert f'class="heading-anchor" href="#{anchor}"' in html or f'href="#{anchor}"' in html


def test_article_without_two_headings_has_no_table_of_contents(client, newsroom):
    html = client.get(newsroom["second"].get_absolute_url()).text
    assert 'aria-label="Contents"' not in html


def test_pull_quote_links_to_speaker_and_author_box_shows_bio_and_handle(client, newsroom, speaker):
    html = client.get(newsroom["first"].get_absolute_url()).text
    assert '<figure class="pull-quote">' in html
    assert f'href="{speaker.get_absolute_url()}"' in html
    assert "Covers diplomacy." in html and "Writes about energy." in html
    assert 'href="https://x.com/samroe"' in html
    assert 'href="https://example.org/sam"' in html
    assert 'href="/tags/russia/"' in html


def test_related_sidebar_lists_each_other_with_reason_never_drafts(client, newsroom):
    first, second = newsroom["first"], newsroom["second"]
    html = client.get(first.get_absolute_url()).text
    aside = html[html.index('<aside class="related"') :]
    assert second.title in aside
    assert "Also about: Iran, Russia" in aside
    assert "Secret draft" not in aside and "A stub" not in aside
    assert first.title in client.get(second.get_absolute_url()).text.split('class="related"')[1]


def test_curated_related_come_first(newsroom, make_article):
    first = newsroom["first"]
    pick = make_article("An editor's pick about nothing in common")
    RelatedArticle.objects.create(from_article=first, to_article=pick)
    related = related_articles(Article.objects.get(pk=first.pk))
    assert [r.article for r in related][:2] == [pick, newsroom["second"]]
    assert related[0].reason == "Chosen by the editors"


def test_related_never_shows_an_article_unpublished_after_caching(client, newsroom):
    first, second = newsroom["first"], newsroom["second"]
    client.get(first.get_absolute_url())
    Article.objects.filter(pk=second.pk).update(status=Article.Status.DRAFT)
    html = client.get(first.get_absolute_url()).text
    assert second.title not in html


def test_computed_related_are_chosen_among_the_newest_per_shared_tag(make_article, monkeypatch):
    """A bounded window per tag keeps the choice cheap at any archive size; a rare tag's
    articles all stay candidates."""
    monkeypatch.setattr(related_module, "WINDOW", 2)
    article = make_article("Subject", tags=["Common", "Rare"])
    old_rare = make_article("Old, sharing the rare tag", tags=["Rare"])
    old_common = make_article("Old, sharing the common tag", tags=["Common"])
    newer = [make_article(f"Newer {n}", tags=["Common"]) for n in range(3)]
    chosen = [r.article for r in related_articles(Article.objects.get(pk=article.pk))]
    assert old_rare in chosen
    assert old_common not in chosen
    assert set(newer[-2:]) <= set(chosen)


def test_drafts_scoring_best_do_not_hide_public_articles_sharing_tags(
    make_article, section, monkeypatch
):
    """Only the best-scoring few are read at first; when drafts crowd them out, every
    candidate is read, so a public article sharing a tag still beats one only in the section."""
    monkeypatch.setattr(related_module, "KEEP", 2)
    article = make_article("Subject", tags=["Common", "Rare"], section=section)
    for n in range(3):
        make_article(f"Draft {n}", tags=["Rare", "Common"], status=Article.Status.DRAFT)
    sharing = make_article("Public, sharing the common tag", tags=["Common"])
    for n in range(3):
        make_article(f"Filler {n}", tags=["Common"], status=Article.Status.DRAFT)
    in_section = make_article("Newer, in the section only", section=section)
    chosen = related_articles(Article.objects.get(pk=article.pk))
    assert [r.article for r in chosen] == [sharing, in_section]
    assert [r.reason for r in chosen] == ["Also about: Common", "Also in World"]


def test_section_only_candidates_are_the_newest_of_the_section(make_article, section, monkeypatch):
    monkeypatch.setattr(related_module, "KEEP", 2)
    article = make_article("Subject", section=section)
    now = timezone.now()
    ages = [5, 1, 3, 2, 4]
    made = {
        age: make_article(
            f"{age} hours old", section=section, published_at=now - timezone.timedelta(hours=age)
        )
        for age in ages
    }
    chosen = [r.article for r in related_articles(Article.objects.get(pk=article.pk), limit=3)]
    assert chosen == [made[1], made[2], made[3]]


def test_rare_tags_weigh_more_than_common_ones(make_article):
    article = make_article("Subject", tags=["Common", "Rare"])
    common = make_article("Shares the common tag", tags=["Common"])
    rare = make_article("Shares the rare tag", tags=["Rare"])
    for i in range(3):
        make_article(f"Filler {i}", tags=["Common"])
    related = related_articles(Article.objects.prefetch_related("tags").get(pk=article.pk))
    assert related[0].article == rare
    assert common in [r.article for r in related]


def test_previous_and_next_in_section(client, newsroom):
    first, second = newsroom["first"], newsroom["second"]
    html = client.get(first.get_absolute_url()).text
    assert f'rel="next" href="{second.get_absolute_url()}"' in html
    html = client.get(second.get_absolute_url()).text
    assert f'rel="prev" href="{first.get_absolute_url()}"' in html


def test_articles_published_at_the_same_moment_are_ordered_by_id(make_article, section):
    moment = timezone.now() - timezone.timedelta(hours=2)
    a, b, c = (
        make_article(f"Same moment {n}", section=section, published_at=moment) for n in "abc"
    )
    assert neighbours(b) == (a, c)
    assert neighbours(a)[1] == b and neighbours(c)[0] == b


def test_article_metadata_and_json_ld(client, newsroom, settings):
    article = newsroom["first"]
    html = client.get(article.get_absolute_url()).text
    url = settings.SITE_URL + article.get_absolute_url()
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert f"<title>{article.title} · {settings.SITE_NAME}</title>" in html
    data = json_ld(html)
    news = data["NewsArticle"]
    assert news["headline"] == article.title
    assert news["mainEntityOfPage"]["@id"] == url
    assert [a["name"] for a in news["author"]] == ["Jane Doe", "Sam Roe"]
    assert all(a["@type"] == "Person" and a["url"].startswith("http") for a in news["author"])
    assert news["publisher"]["@type"] == "Organization"
    assert news["publisher"]["logo"]["url"].startswith("http")
    assert news["articleSection"] == "World"
    assert sorted(news["keywords"]) == ["Iran", "Russia", "Sanctions"]
    assert news["datePublished"] and news["dateModified"]
    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Home", "World", article.title]


def test_hostile_names_are_escaped_everywhere(client, make_article, section, author, speaker):
    hostile = '</script><script>alert("x")</script>'
    author.name = author.bio = speaker.name = section.name = hostile
    author.handles = ['"><img src=x onerror=alert(1)>']
    for obj in (author, speaker, section):
        obj.save()
    article = make_article(hostile, standfirst=hostile, section=section, authors=[author])
    article.tags.add(hostile)
    article.quotes.create(text=hostile, speaker=speaker)
    for url in [
        article.get_absolute_url(),
        section.get_absolute_url(),
        author.get_absolute_url(),
        speaker.get_absolute_url(),
        reverse("quote_index"),
        reverse("home"),
    ]:
        html = client.get(url).text
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
    assert "\\u003c/script\\u003e" in client.get(article.get_absolute_url()).text


def test_article_page_query_count_is_fixed(
    client, newsroom, make_article, author, django_assert_num_queries
):
    """First view: the article with its stored parts (none yet); then, to build them, the
    article again with its authors and tags; related (on a cold cache: curated, tag weights,
    scored candidates, then the chosen articles); previous/next in one query; the section's next
    scheduled publication; storing them. Later views: one query. More tags, authors, quotes or
    related articles add none."""
    first = newsroom["first"]
    for i in range(6):
        extra = make_article(f"More on Iran {i}", tags=["Iran", f"T{i}"], authors=[author])
        extra.quotes.create(text="Quoted.", speaker=newsroom["first"].quotes.first().speaker)
        first.tags.add(f"T{i}")
        if i < 3:
            RelatedArticle.objects.create(from_article=first, to_article=extra, position=i)
    with django_assert_num_queries(11):
        assert client.get(first.get_absolute_url()).status_code == 200
    with django_assert_num_queries(1):
        assert client.get(first.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("name", ["home", "section", "tag", "author", "speaker", "quotes"])
def test_list_page_query_count_is_fixed(
    client, newsroom, section, author, speaker, name, make_article, django_assert_num_queries
):
    """A page of articles (one row more, for the Older link: no count), plus their authors;
    section list (home); the object itself."""
    for i in range(5):
        more = make_article(f"More {i}", section=section, authors=[author], tags=["Russia"])
        more.quotes.create(text="Said.", speaker=speaker)
    url, queries = {
        "home": (reverse("home"), 3),
        "section": (section.get_absolute_url(), 3),
        "tag": (reverse("tag_detail", args=["russia"]), 3),
        "author": (author.get_absolute_url(), 3),
        "speaker": (speaker.get_absolute_url(), 2),
        "quotes": (reverse("quote_index"), 2),
    }[name]
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


def test_article_page_html_and_css_stay_under_60_kb(client, newsroom):
    from django.contrib.staticfiles import finders

    html = client.get(newsroom["first"].get_absolute_url()).content
    css = open(finders.find("css/outlet.css"), "rb").read()  # noqa: SIM115
    assert len(html) + len(css) < 60 * 1024


def test_home_has_lead_story_and_sections(client, newsroom, section):
    html = client.get(reverse("home")).text
    assert '<div class="lead-story">' in html
    assert html.index(newsroom["second"].title) < html.index(newsroom["first"].title)
    assert f'href="{section.get_absolute_url()}"' in html


def test_card_shows_kicker_title_standfirst_byline_in_order_and_date(
    client, newsroom, section, author
):
    third = Author.objects.create(name="Ann Lee", slug="ann-lee")
    article = newsroom["first"]
    article.articleauthor_set.create(author=third, position=2)
    html = client.get(reverse("section_detail", args=[section.slug])).text
    card = html[html.index('<article class="card">', html.index(article.title) - 400) :]
    card = card[: card.index("</article>")]
    assert f'<a class="kicker" href="{section.get_absolute_url()}">World</a>' in card
    assert f'<a href="{article.get_absolute_url()}">{article.title}</a></h2>' in card
    assert '<p class="card-standfirst">A summit in Turkmenistan.</p>' in card
    links = [
        f'<a href="{person.get_absolute_url()}">{person.name}</a>'
        for person in (author, newsroom["other"], third)
    ]
    assert f'<span class="byline">By {links[0]}, {links[1]} and {links[2]}</span>' in card
    local = timezone.localtime(article.published_at)
    assert f'<time datetime="{local.isoformat()}">{local.day} {local:%B %Y}</time>' in card


def test_quote_caption_names_speaker_article_and_date(client, newsroom, speaker):
    article = newsroom["first"]
    local = timezone.localtime(article.published_at)
    caption = (
        f'<figcaption><a href="{speaker.get_absolute_url()}">{speaker.name}</a>, in '
        f'<a href="{article.get_absolute_url()}">{article.title}</a>, '
        f'<time datetime="{local.isoformat()}">{local.day} {local:%B %Y}</time></figcaption>'
    )
    assert caption in client.get(reverse("quote_index")).text
    on_speaker_page = client.get(speaker.get_absolute_url()).text
    assert f'<figcaption>In <a href="{article.get_absolute_url()}">' in on_speaker_page


def test_quotes_index_and_speaker_page(client, newsroom, speaker):
    html = client.get(reverse("quote_index")).text
    assert "We agree closely." in html and "A real breakthrough." in html
    assert f'href="{speaker.get_absolute_url()}"' in html
    html = client.get(speaker.get_absolute_url()).text
    assert "Also written as Wladimir Putin" in html
    assert newsroom["first"].title in html and newsroom["second"].title in html


def test_speaker_alias_address_redirects_to_the_speaker(client, newsroom, speaker):
    response = client.get(reverse("speaker_detail", args=["wladimir-putin"]))
    assert response.status_code == 301
    assert response["Location"] == speaker.get_absolute_url()
    assert client.get(reverse("speaker_detail", args=["nobody"])).status_code == 404


def public_urls(newsroom, section, author, speaker):
    article = newsroom["first"]
    return [
        reverse("home"),
        reverse("home") + "?page=2",
        article.get_absolute_url(),
        newsroom["second"].get_absolute_url(),
        section.get_absolute_url(),
        reverse("tag_detail", args=["iran"]),
        author.get_absolute_url(),
        speaker.get_absolute_url(),
        reverse("quote_index"),
        reverse("search"),
        reverse("search") + "?q=Ashgabat",
        reverse("site_feed"),
        reverse("site_atom"),
        reverse("section_feed", args=[section.slug]),
        reverse("tag_atom", args=["iran"]),
        reverse("author_feed", args=[author.slug]),
        reverse("sitemap_index"),
        reverse("sitemap_section", args=["articles"]),
        reverse("news_sitemap"),
        reverse("robots_txt"),
        reverse("page_detail", args=["about"]),
        reverse("page_detail", args=["data-protection"]),
        reverse("sitemap_section", args=["pages"]),
    ]


def test_every_public_url_loads_without_setting_cookies(client, newsroom, section, author, speaker):
    for url in public_urls(newsroom, section, author, speaker):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url


def test_drafts_stubs_and_unknown_pages_are_styled_404s(client, newsroom):
    for url in [
        newsroom["draft"].get_absolute_url(),
        newsroom["stub"].get_absolute_url(),
        "/no/such/page/",
        reverse("tag_detail", args=["no-such-tag"]),
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
    assert "Page not found" in response.text


def test_server_error_page_is_styled_and_standalone(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
    assert b"css/outlet.css" in response.content
