"""Full-text search over the database-maintained `search_vector` (migration 0002).

Web-search syntax comes from PostgreSQL's `websearch_to_tsquery`: "quoted phrases", -exclusion
and `or`. It never raises on odd input, so any query gives a normal page. Raw SQL lives here
and in the few other reviewed places that `.semgrep/outlet.yml` names.
"""

import html
from datetime import UTC, datetime

from django.db import connection
from django.db.models import BooleanField, TextField
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.compiled import CompiledQuery
from articles.models import Article, Quote, Speaker

MAX_QUERY_LENGTH = 200
# Only the newest matches are ranked, so a query matching most articles ("government") costs
# about as much as a rare word: ranking and counting stay bounded at any corpus size.
CANDIDATES = 200
QUOTE_CANDIDATES = 5
QUOTE_LIMIT = 10
SPEAKER_LIMIT = 10
# Private-use characters mark the highlights: the snippet is escaped first, then they become
# <mark> tags, so nothing else from the body is ever trusted.
START, STOP = "\ue000", "\ue001"
HEADLINE_OPTIONS = f"StartSel={START}, StopSel={STOP}, MaxWords=40, MinWords=20, MaxFragments=2"
QUERY = "websearch_to_tsquery('english', %s)"


SPEAKER_DOCUMENT = "to_tsvector('simple', %s.name || ' ' || array_to_string(%s.aliases, ' '))"


# Speakers are few; the EXISTS is a one-time test, so no speaker means no walk over quotes.
MATCHING_SPEAKERS = (
    f"SELECT s.id FROM articles_speaker s WHERE {SPEAKER_DOCUMENT % ('s', 's')}"  # noqa: S608
    " @@ websearch_to_tsquery('simple', %s)"
)


def clean_query(raw: str) -> str:
    """The query as searched: NULs and control characters dropped, length capped."""
    text = "".join(ch for ch in raw if ch.isprintable() or ch == " ")
    return " ".join(text.replace(START, "").replace(STOP, "").split())[:MAX_QUERY_LENGTH]


# Candidates are the newest CANDIDATES matches: walked newest first while most articles match
# (migration 0009), else from the GIN index (migration 0007) among the newest 1,000, else
# 5,000 public articles when there are that many, else all matches, which are then few.
WINDOWS = [1000, 5000]
RANKED_IDS = f"""
SELECT a.id FROM articles_article a
WHERE a.id = ANY(ARRAY(SELECT articles_search_candidates(
    {QUERY % "%(q)s"}, %(now)s, %(windows)s, %(limit)s)))
ORDER BY ts_rank_cd(a.search_vector, {QUERY % "%(q)s"}) DESC, a.published_at DESC, a.id DESC
"""  # noqa: S608


def ranked_ids(query: str) -> list[int]:
    """Ids of the newest `CANDIDATES` public articles matching `query`, best first."""
    params = {"q": query, "now": timezone.now(), "windows": WINDOWS, "limit": CANDIDATES}
    with connection.cursor() as cursor:
        cursor.execute(RANKED_IDS, params)
        return [row[0] for row in cursor.fetchall()]


def with_snippets(ids, query: str, now=None):
    """These articles, each with `snippet_raw`: the query's words highlighted in the body
    around their first occurrence (migration 0013). `ids` is one parameter, so the SQL keeps
    its shape for any number of them (`articles.compiled`)."""
    return (
        Article.objects.published(now)
        .filter(_sql("articles_article.id = ANY(%s)", [list(ids)], BooleanField()))
        .annotate(
            snippet_raw=_sql(
                "articles_search_snippet(articles_article.body_html, %s, %s)",
                [query, HEADLINE_OPTIONS],
                TextField(),
            )
        )
    )


def search_articles(query: str) -> list[Article]:
    """The newest `CANDIDATES` public articles matching `query`, best first, with snippets."""
    ids = ranked_ids(query)
    found = {article.pk: article for article in with_snippets(ids, query)}
    return [found[pk] for pk in ids if pk in found]


# What a quote's figure shows: the article's body is not read ten times over.
QUOTE_FIELDS = (
    "text",
    "position",
    "speaker__name",
    "speaker__slug",
    "article__title",
    "article__slug",
    "article__published_at",
)


def search_quotes(query: str) -> list[Quote]:
    """Quotes from public articles whose text or speaker matches `query`, newest first: chosen
    among the newest `QUOTE_CANDIDATES` times `QUOTE_LIMIT` quotes matching on their text, and
    as many on their speaker (a common word matches thousands of quotes)."""
    return _SEARCH_QUOTES(query, timezone.now())


def _quotes(query: str, now):
    # Raw, with its own aliases: inside a Django subquery `articles_quote` would name the
    # outer query's row and make the subquery correlated. Two bounded branches, so each can
    # use its own index (the stored `search_document`, migration 0006; the speaker index);
    # `= ANY(ARRAY(...))` makes the few ids an index lookup rather than a filter on every quote.
    newest = _sql(
        "articles_quote.id = ANY(ARRAY((SELECT q.id FROM articles_quote q"  # noqa: S608
        f" WHERE numnode({QUERY}) > 0 AND q.search_document @@ {QUERY}"
        " ORDER BY q.id DESC LIMIT %s) UNION ALL (SELECT q.id FROM articles_quote q"
        f" WHERE EXISTS ({MATCHING_SPEAKERS})"
        f" AND q.speaker_id = ANY(ARRAY({MATCHING_SPEAKERS}))"
        " ORDER BY q.id DESC LIMIT %s)))",
        [
            query,
            query,
            QUOTE_CANDIDATES * QUOTE_LIMIT,
            query,
            query,
            QUOTE_CANDIDATES * QUOTE_LIMIT,
        ],
        BooleanField(),
    )
    return (
        Quote.objects.filter(newest, article__in=Article.objects.published(now))
        .select_related("speaker", "article")
        .only(*QUOTE_FIELDS)
        .order_by("-article__published_at", "position")[:QUOTE_LIMIT]
    )


# Stand-ins for the values of queries compiled once (`articles.compiled`).
QUERY_STAND_IN = "\x00query"
NOW_STAND_IN = datetime(1, 2, 3, 4, 5, 6, 7, tzinfo=UTC)
_SEARCH_QUOTES = CompiledQuery(_quotes, QUERY_STAND_IN, NOW_STAND_IN)


def search_speakers(query: str) -> list[Speaker]:
    """The first `SPEAKER_LIMIT` speakers whose name or any alias matches `query` (so "Massoud"
    finds Masoud)."""
    return _SEARCH_SPEAKERS(query)


def _speakers(query: str):
    document = SPEAKER_DOCUMENT % ("articles_speaker", "articles_speaker")
    matching = _sql(f"{document} @@ websearch_to_tsquery('simple', %s)", [query], BooleanField())
    return Speaker.objects.filter(matching).only("name", "slug")[:SPEAKER_LIMIT]


_SEARCH_SPEAKERS = CompiledQuery(_speakers, QUERY_STAND_IN)


def highlight(snippet_raw: str) -> SafeString:
    """A `ts_headline` snippet as safe HTML: everything escaped, then the marks restored."""
    text = escape(" ".join(html.unescape(snippet_raw or "").split()))
    return mark_safe(text.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


def _sql(sql: str, params: list, output_field) -> RawSQL:
    """SQL text built only from this module's constants; user input travels as parameters."""
    return RawSQL(sql, params, output_field=output_field)  # noqa: S611
