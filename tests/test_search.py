from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.search import (
    clean_query,
    highlight,
    search_articles,
    search_quotes,
)

pytestmark = pytest.mark.django_db


def titles(query):
    return [article.title for article in search_articles(query)]


def test_search_vector_is_kept_by_the_database_including_tags(make_article):
    article = make_article("Quiet title", body="Nothing here.")
    assert titles("Turkmenistan") == []
    article.tags.add("Turkmenistan")
    assert titles("Turkmenistan") == ["Quiet title"]
    article.tags.clear()
    assert titles("Turkmenistan") == []
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_article SET body_html = '<p>Ashgabat</p>'")
    assert titles("Ashgabat") == ["Quiet title"]


def test_a_long_articles_search_vector_is_stored_uncompressed(make_article):
    words = " ".join(f"ministry{n}" for n in range(1500))
    article = make_article("Long read", body=words)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_compression(search_vector), pg_column_size(search_vector),"
            " length(search_vector) FROM articles_article WHERE id = %s",
            [article.pk],
        )
        compression, size, lexemes = cursor.fetchone()
        # Whatever the server's default compression: pglz gives up on this one, lz4 would not.
        cursor.execute(
            "SELECT attstorage FROM pg_attribute"
            " WHERE attrelid = 'articles_article'::regclass AND attname = 'search_vector'"
        )
        assert cursor.fetchone() == ("e",)
    assert (compression, lexemes) == (None, 1502)
    assert size > 25_000  # whole, about 29 KB: lz4 would have made it 16.5
    assert titles("ministry1499") == ["Long read"]


def test_title_outranks_standfirst_outranks_body(make_article):
    make_article("Other", body="Sanctions are mentioned in the body.")
    make_article("Sanctions in the title")
    make_article("Plain", standfirst="Sanctions in the standfirst.")
    assert titles("sanctions") == ["Sanctions in the title", "Plain", "Other"]


def test_web_search_syntax(make_article):
    make_article("Putin meets Pezeshkian", body="In Ashgabat.")
    make_article("Putin in Beijing", body="Trade talks.")
    make_article("Oil sanctions", body="Ghost fleet.")
    assert titles('"meets Pezeshkian"') == ["Putin meets Pezeshkian"]
    assert titles("putin -ashgabat") == ["Putin in Beijing"]
    assert set(titles("pezeshkian or sanctions")) == {"Putin meets Pezeshkian", "Oil sanctions"}


def test_drafts_and_stubs_are_never_found(make_article, newsroom):
    assert "Secret draft about Iran" not in titles("iran")
    assert "A stub about Iran" not in titles("iran")


def test_snippet_highlights_matches_and_escapes_everything_else():
    raw = "a &lt;script&gt; <b> \ue000Ashgabat\ue001 summit"
    assert highlight(raw) == "a &lt;script&gt; &lt;b&gt; <mark>Ashgabat</mark> summit"


def snippet(query):
    [article] = search_articles(query)
    return highlight(article.snippet_raw)


FILLER = "Nothing of note happened in the capital that week. " * 60


def test_snippet_is_taken_from_around_the_first_match_deep_in_a_long_body(make_article):
    make_article("Long read", body=f"{FILLER}\n\nThe **Ashgabat** summit ended late.")
    shown = snippet("ashgabat")
    assert "<mark>Ashgabat</mark> summit ended late" in shown
    assert "<strong>" not in shown and "strong&gt;" not in shown


def test_snippet_finds_words_whose_stem_ends_differently(make_article):
    # "policies" and "policy" share the stem "polici", which no word of the body starts with.
    make_article("Long read", body=f"{FILLER}\n\nA new policy on grain.")
    assert "<mark>policy</mark> on grain" in snippet("policies")


def test_snippet_of_a_title_only_match_is_the_start_of_the_body(make_article):
    make_article("Ashgabat diary", body=f"First words of the body. {FILLER}")
    shown = snippet("ashgabat")
    assert shown.startswith("First words of the body.") and "<mark>" not in shown


def test_snippet_window_never_shows_half_a_tag(make_article):
    # The window opens 300 characters before the match: inside this link's address.
    link = f"[the report](https://example.org/{'x' * 400})"
    make_article("Links", body=f"{FILLER}\n\nSee {link}. The Ashgabat summit.")
    shown = snippet("ashgabat")
    assert "report . The <mark>Ashgabat</mark> summit" in shown
    assert "xxx" not in shown and "&gt;" not in shown and "href" not in shown


def test_search_page_shows_ranked_highlighted_results_quotes_and_speakers(client, newsroom):
    response = client.get(reverse("search"), {"q": "Ashgabat"})
    html = response.text
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex, follow">' in html
    assert newsroom["first"].title in html and newsroom["second"].title in html
    assert "<mark>Ashgabat</mark>" in html
    html = client.get(reverse("search"), {"q": "Wladimir"}).text
    assert 'href="/quotes/vladimir-putin/"' in html
    assert "We agree closely." in html


def test_result_cards_leave_bodies_and_author_bios_unread(client, newsroom):
    [article, *_] = client.get(reverse("search"), {"q": "Ashgabat"}).context["page"]
    authors = article.authors.all()
    assert authors and {"body", "body_html"} <= article.get_deferred_fields()
    assert all("bio" in author.get_deferred_fields() for author in authors)


def test_search_quotes_leave_the_article_body_unread(newsroom, django_assert_num_queries):
    [quote] = search_quotes("closely")
    assert {"body", "body_html"} <= quote.article.get_deferred_fields()
    with django_assert_num_queries(0):
        assert (quote.speaker.name, quote.article.title) == (
            "Vladimir Putin",
            newsroom["first"].title,
        )


def test_result_count_says_when_only_the_newest_matches_are_listed(
    client, make_article, monkeypatch
):
    monkeypatch.setattr("articles.search.CANDIDATES", 3)
    for n in range(3):
        make_article(f"Ashgabat report {n}")
    assert "The 3 newest of the many articles found." in client.get("/search/?q=ashgabat").text
    assert "1 article found." in client.get("/search/?q=report+0").text


def test_hostile_query_is_escaped(client, newsroom):
    html = client.get(reverse("search"), {"q": "<script>alert(1)</script> Ashgabat"}).text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 5000,
        '"',
        "-",
        "or",
        "!!!",
        "a & b | c",
        "'; DROP TABLE x;--",
        "\x00nul",
        "the",
        ":*",
        "((",
        "🙂",
    ],
)
def test_odd_queries_give_a_normal_page(client, newsroom, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200


def test_clean_query_caps_length_and_drops_control_characters():
    assert clean_query("a\x00b\tc") == "abc"
    assert len(clean_query("word " * 1000)) == 200


def test_search_page_query_count_is_fixed(
    client, newsroom, make_article, django_assert_num_queries
):
    """Ranked ids, the page's results, their authors, matching quotes, matching speakers."""
    for i in range(12):
        make_article(f"Ashgabat report {i}")
    with django_assert_num_queries(5):
        client.get(reverse("search"), {"q": "Ashgabat"})
    with django_assert_num_queries(0):
        client.get(reverse("search"))


def test_search_pages_keep_the_query(client, make_article):
    for i in range(12):
        make_article(f"Ashgabat report {i}")
    html = client.get(reverse("search"), {"q": "Ashgabat"}).text
    assert 'href="?q=Ashgabat&amp;page=2"' in html
    assert client.get(reverse("search"), {"q": "Ashgabat", "page": 2}).status_code == 200


def candidates(query, *, windows, limit):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT articles_search_candidates(websearch_to_tsquery('english', %s), %s, %s, %s)",
            [query, timezone.now(), windows, limit],
        )
        return [row[0] for row in cursor.fetchall()]


def dated(make_article, count, body, *, start=0, **fields):
    now = timezone.now()
    return [
        make_article(
            f"Article {start + n}",
            body=body,
            published_at=now - timedelta(hours=start + n),
            **fields,
        )
        for n in range(count)
    ]


def test_candidates_of_a_word_most_articles_carry_are_the_newest_matches(make_article):
    """Walked newest first: the answer comes after about `limit` rows."""
    made = dated(make_article, 6, "Officials said so.")
    make_article("Draft", body="Officials said so.", status=Article.Status.DRAFT)
    assert candidates("said", windows=[1000], limit=4) == [a.pk for a in made[:4]]


def test_candidates_of_a_rarer_word_come_from_the_index(make_article):
    """The walk gives up once fewer than a quarter of the articles it read match; the date
    windows of the GIN index then find the newest matches, the same answer the walk gives."""
    plain = dated(make_article, 60, "Nothing to see.")
    rare = dated(make_article, 4, "Ashgabat again.", start=60)
    rare.insert(0, make_article("Newest", body="Ashgabat first.", published_at=timezone.now()))
    analyze()  # so that PostgreSQL expects five matches, and the windows are tried for three
    assert candidates("ashgabat", windows=[10, 30], limit=3) == [a.pk for a in rare[:3]]
    assert candidates("ashgabat", windows=[10, 30], limit=10) == [a.pk for a in rare]
    assert candidates("nothing", windows=[10, 30], limit=2) == [a.pk for a in plain[:2]]


def test_candidates_of_a_word_in_a_third_of_the_articles_are_the_newest_matches(make_article):
    """Walked, as a third of the articles read match: the newest five, or, asked for twenty,
    all twenty after reading every article."""
    made = [
        dated(make_article, 1, "Nothing to see." if n % 3 else "Parliament sat.", start=n)[0]
        for n in range(60)
    ]
    matching = [a.pk for a in made[::3]]
    assert candidates("parliament", windows=[10, 30], limit=5) == matching[:5]
    assert candidates("parliament", windows=[10, 30], limit=20) == matching


def test_candidates_of_a_phrase_expected_to_be_rare_are_every_match(make_article):
    """PostgreSQL expects fewer matches than asked for, so the windows are skipped: every
    match, newest first."""
    dated(make_article, 40, "Ashgabat talks. Nothing to see in Kabul.")
    phrase = dated(make_article, 3, "Talks in Ashgabat ended.", start=40)
    analyze()
    assert candidates('"ashgabat ended"', windows=[10, 30], limit=20) == [a.pk for a in phrase]


def analyze():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")


def test_candidates_on_a_small_site_are_every_match(make_article):
    made = dated(make_article, 3, "Ashgabat.")
    dated(make_article, 2, "Other news.", start=3)
    assert candidates("ashgabat", windows=[1000, 5000], limit=200) == [a.pk for a in made]
