"""The benchmark corpus generator: realistic shape, real rendering, searchable, repeatable."""

import random

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from taggit.models import Tag

from articles.corpus import KEPT, _PendingListMerger, generate_corpus
from articles.corpus.text import HEADING, PARAGRAPH, PULL_QUOTE, layout
from articles.corpus.vectors import LOOKUP_SQL, Vectors
from articles.models import Article, Quote, RelatedArticle, Section, Speaker
from articles.rendering import render_markdown
from articles.search import search_articles
from authors.models import Author

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(capsys):
    call_command("generate_corpus", "--articles", "50", "--seed", "3")
    return capsys.readouterr().out


def test_generates_published_articles_with_real_rendered_bodies(corpus):
    assert "50 articles" in corpus
    articles = Article.objects.published()
    assert articles.count() == 50
    assert Section.objects.count() == 20 and Author.objects.count() == 300
    for article in articles:
        words = len(article.body_html.split())
        assert 400 <= words <= 4000, words
        assert article.body_html.startswith("<p>")
        if len(article.toc) >= 2:
            assert f'id="{article.toc[0]["id"]}"' in article.body_html
    assert any(len(a.toc) >= 2 for a in articles)
    assert any('class="pull-quote"' in a.body_html for a in articles)


def test_each_body_is_its_own_markdown_rendered_as_a_save_would(corpus):
    articles = list(Article.objects.all())
    assert len({a.body for a in articles}) == len(articles)
    for article in articles:
        rendered = render_markdown(article.body, speaker_url=Speaker.objects.url_for_name)
        assert (article.body_html, article.toc) == (rendered.html, rendered.toc)
        ids = [entry["id"] for entry in article.toc]
        assert len(set(ids)) == len(ids) and not any(i.endswith("-2") for i in ids)


def test_bodies_share_pooled_paragraphs_in_their_own_order(corpus):
    paragraphs = [p for a in Article.objects.all() for p in a.body.split("\n\n")]
    assert len(set(paragraphs)) < len(paragraphs)


def test_layout_opens_with_text_reaches_its_length_and_never_repeats_a_heading():
    lengths = [[60] * 50, [4] * 3, [20] * 5, [50] * 5]
    for seed in range(30):
        blocks = layout(random.Random(seed), 1500, lengths)  # noqa: S311
        assert blocks[0][0] not in (HEADING, PULL_QUOTE)
        assert sum(lengths[kind][i] for kind, i in blocks) >= 1500
        headings = [i for kind, i in blocks if kind == HEADING]
        assert len(headings) == len(set(headings))
        assert sum(kind == PARAGRAPH for kind, _ in blocks) > len(blocks) / 2


def test_search_vectors_are_the_triggers(corpus):
    """The generator writes vectors itself; they must be what the trigger stores on a save."""
    assert _articles_and_vectors_unlike_the_triggers() == (50, 0)
    article = Article.objects.first()
    expected = _vector(article.pk)
    article.save()
    assert _vector(article.pk) == expected


def _articles_and_vectors_unlike_the_triggers() -> tuple[int, int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), count(*) FILTER (WHERE search_vector IS DISTINCT FROM"
            " articles_search_document(id, title, standfirst, body_html)) FROM articles_article"
        )
        return cursor.fetchone()


def _vector(pk):
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM articles_article WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def test_words_capitalised_or_before_a_stop_or_comma_are_read_as_postgresql_reads_them():
    """The generator takes such a chunk's lexemes from its word in lower case, unasked."""
    text = "The Minister. said, US. I A. Reports, reports. Running, ran The. it Its, ABC."
    asked = []
    with connection.cursor() as wrapper:
        cursor = wrapper.cursor

        def lookup(chunks):
            asked.extend(chunks)
            return cursor.execute(LOOKUP_SQL, [chunks]).fetchall()

        vectors = Vectors(lookup)
        vectors.learn_texts([text.lower().replace(".", "").replace(",", "")])
        asked.clear()
        vectors.learn_texts([text])
        part = vectors.part(text)
        cursor.execute("SELECT lexeme, positions FROM unnest(to_tsvector('english', %s))", [text])
        expected = {lexeme: list(positions) for lexeme, positions in cursor.fetchall()}
    names = {number: lexeme for lexeme, number in vectors.ids.items()}
    read = {}
    for lexeme, position in zip(part.lexemes.tolist(), part.positions.tolist(), strict=True):
        read.setdefault(names[lexeme], []).append(position)
    assert asked == []
    assert read == expected


def test_articles_have_bylines_tags_quotes_and_dates_over_years(corpus):
    for article in Article.objects.prefetch_related("tags", "authors"):
        assert 2 <= len(article.tags.all()) <= 8
        assert 1 <= len(article.authors.all()) <= 3
    assert Tag.objects.count() == 2000
    assert Quote.objects.exists() and RelatedArticle.objects.exists()
    years = {d.year for d in Article.objects.values_list("published_at", flat=True)}
    assert len(years) >= 5


def test_articles_have_about_as_many_distinct_words_as_real_news(corpus):
    # Articles of 500-1,000 words parsed from the seed and layout pages have 0.38 distinct
    # lexemes a word; each is an entry of the search index that a load must merge.
    words = r"array_length(regexp_split_to_array(body, '\s+'), 1)"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT avg(length(search_vector)::numeric / {words}), count(*)"  # noqa: S608
            f" FROM articles_article WHERE {words} BETWEEN 500 AND 1000"
        )
        density, articles = cursor.fetchone()
    assert articles >= 20
    assert 0.34 <= density <= 0.44, density


def test_corpus_is_searchable_and_pages_load(client, corpus):
    article = Article.objects.published().first()
    word = max(article.title.split(), key=len)  # not a stop word
    assert article in search_articles(word)
    tag = article.tags.first()
    assert article in search_articles(tag.name)
    for url in [article.get_absolute_url(), reverse("home"), f"/tags/{tag.slug}/"]:
        assert client.get(url).status_code == 200, url


def test_same_seed_gives_the_same_corpus_with_or_without_workers():
    fields = ["title", "slug", "body", "body_html", "toc", "section__slug", "standfirst"]
    generate_corpus(articles=40, seed=9, workers=0)
    first = list(Article.objects.order_by("pk").values_list(*fields))
    Article.objects.all().delete()
    generate_corpus(articles=40, seed=9, workers=2)
    assert list(Article.objects.order_by("pk").values_list(*fields)) == first


def _indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index"
            " WHERE indrelid::regclass::text LIKE ANY(ARRAY['articles_%', 'taggit_%'])"
        )
        return dict(cursor.fetchall())


def test_load_leaves_every_index_as_the_migrations_made_it():
    before = _indexes()
    generate_corpus(articles=30, seed=4, workers=2)
    assert _indexes() == before
    with connection.cursor() as cursor:
        for index in KEPT:  # kept up during the load, with nothing left in its pending list
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
            assert cursor.fetchone()[0] == 0, index


def test_search_index_is_merged_by_another_session_while_the_load_is_open():
    """The merger moves the load's index entries from another connection before it commits."""
    section = Section.objects.create(name="Merging", slug="merging")
    article = Article.objects.create(
        title="Zyxquorp pending", slug="zyxquorp", body_html="<p>x</p>", section=section
    )
    merger = _PendingListMerger(connection.settings_dict)
    merger.start()
    merger.stop()
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('article_search_gin')")
        assert cursor.fetchone()[0] == 0  # nothing left: the merger took it
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "SELECT id FROM articles_article WHERE search_vector @@ to_tsquery('zyxquorp')"
        )
        assert cursor.fetchall() == [(article.pk,)]


def test_a_failing_worker_stops_the_load_with_its_traceback_and_writes_nothing(monkeypatch):
    import articles.corpus as corpus

    build = corpus._build_articles

    def fail_on_second_batch(start):
        if start >= corpus.BATCH:
            raise ValueError("no such block")
        return build(start)

    monkeypatch.setattr(corpus, "_build_articles", fail_on_second_batch)
    with pytest.raises(RuntimeError, match="(?s)a corpus worker failed.*no such block"):
        generate_corpus(articles=3 * corpus.BATCH, seed=5, workers=2)
    assert not Article.objects.exists()


def test_a_worker_that_dies_without_a_word_stops_the_load_instead_of_hanging(monkeypatch):
    import os

    import articles.corpus as corpus

    build = corpus._build_articles

    def die_on_second_batch(start):
        if start >= corpus.BATCH:
            os._exit(3)
        return build(start)

    monkeypatch.setattr(corpus, "_build_articles", die_on_second_batch)
    with pytest.raises(RuntimeError, match=r"exit code 3"):
        generate_corpus(articles=3 * corpus.BATCH, seed=5, workers=2)
    assert not Article.objects.exists()


@pytest.mark.parametrize(("learnt_from", "asks_while_loading"), [(1, False), (10**9, True)])
def test_a_corpus_that_learns_its_whole_vocabulary_first_never_asks_while_loading(
    monkeypatch, learnt_from, asks_while_loading
):
    """From `VOCABULARY_LEARNT_FROM` articles the set-up learns every form of every word, so the
    batches find all their chunks known; below, they ask PostgreSQL as they meet new ones.
    Either way the vectors are the database's own."""
    from articles import corpus as corpus_module

    monkeypatch.setattr(corpus_module, "VOCABULARY_LEARNT_FROM", learnt_from)
    loading, asked = [], []
    load, ask = corpus_module._load, Vectors._ask

    def recording_load(cursor, built):
        loading.append(True)
        return load(cursor, built)

    def recording_ask(self, chunks):
        if loading:
            asked.extend(chunks)
        return ask(self, chunks)

    monkeypatch.setattr(corpus_module, "_load", recording_load)
    monkeypatch.setattr(Vectors, "_ask", recording_ask)
    generate_corpus(articles=40, seed=9, workers=0)
    assert bool(asked) == asks_while_loading
    assert _articles_and_vectors_unlike_the_triggers() == (40, 0)
