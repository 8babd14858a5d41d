"""Synthetic corpora for benchmarks: `generate_corpus(articles=N, seed=S)`.

Realistic shape, not realistic prose: bodies of 400–2,500 words in news-like proportions with
headings, pull quotes and inline quotes; 2–8 tags each from a 2,000-tag vocabulary used with a
long tail (Zipf); 300 authors, 20 sections, 100 speakers, dates over ten years, curated related
links on one article in ten. Words follow a Zipf law too, so search sees common and rare words.

It is fast because the expensive parts are shared: a few hundred bodies are rendered by the real
renderer (`render_markdown`) and reused, each article gets its own rendered lead paragraph in
front, and rows go in with COPY. The search vector is built in one statement at the end from the
same document as the database trigger (migration 0002), the shared bodies' part computed once.
Never for tests' fixtures: tests build the few rows they need.
"""

import json
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils.text import slugify

from articles.models import Article, Section, Speaker
from articles.rendering import render_markdown
from authors.models import Author

COMMON = (
    "the of and to in a is that for on said with as was by it at from his be have are has but "
    "not an they this were their had which will would been also its who more after new government "
    "people year two president minister state first last over could police country military "
    "told security officials week forces war talks city since world public party election million "
    "percent against during national foreign international between report according group says "
    "economic economy trade oil energy prices market border court law leader former united "
    "minister's agreement council support office power region local health crisis attack army "
    "peace deal plan policy budget growth bank rates inflation workers union vote parliament "
    "opposition campaign protest migrants refugees climate water food schools hospital data "
    "company companies industry investment sanctions talks ceasefire troops missile drone "
    "capital province village coast river north south east west central eastern western"
).split()
SYLLABLES = "ka lo mi ren sa tu vel dor an is ur ob ta ne ri ko ma zen pa lu gar hol tin ve".split()
SECTIONS = (
    "World Politics Economy Business Europe Asia Africa Americas Middle East Science Technology "
    "Health Climate Energy Defence Culture Sport Opinion Analysis Investigations"
)


@dataclass(frozen=True)
class Result:
    articles: int
    seconds: float


def _zipf(items: list, r: random.Random, s: float = 1.07):
    weights = [1 / (rank + 1) ** s for rank in range(len(items))]
    total, cumulative = 0.0, []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return lambda k: r.choices(items, cum_weights=cumulative, k=k)


def _pseudo_words(r: random.Random, count: int) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < count:
        words["".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 4)))] = None
    return list(words)


class _Writer:
    def __init__(self, r: random.Random):
        self.r = r
        self.words = _zipf(COMMON + _pseudo_words(r, 30_000), r)

    def sentence(self, low=8, high=24) -> str:
        text = " ".join(self.words(self.r.randint(low, high)))
        return text[0].upper() + text[1:] + "."

    def paragraph(self, sentences=None) -> str:
        return " ".join(self.sentence() for _ in range(sentences or self.r.randint(2, 5)))

    def body(self, words: int, speakers: list[str]) -> tuple[str, list[tuple[str, str, str]]]:
        """Markdown of about `words` words, and its quotes as (text, speaker, kind)."""
        blocks, quotes, count = [], [], 0
        while count < words:
            if blocks and self.r.random() < 0.12:
                blocks.append(f"{'##' if self.r.random() < 0.7 else '###'} {self.sentence(2, 6)}")
            elif blocks and self.r.random() < 0.06:
                text, speaker = self.sentence(10, 25), self.r.choice(speakers)
                blocks.append(f"> {text}\n>\n> — {speaker}")
                quotes.append((text, speaker, "pull"))
            elif self.r.random() < 0.15:
                text, speaker = self.sentence(6, 16), self.r.choice(speakers)
                blocks.append(f"“{text}” said {speaker}. {self.paragraph(2)}")
                quotes.append((text, speaker, "inline"))
            else:
                blocks.append(self.paragraph())
            count += len(blocks[-1].split())
        return "\n\n".join(blocks), quotes


def _length(r: random.Random) -> int:
    """News-like lengths: most 450–1,000 words, a few long reads up to 2,500."""
    return max(400, min(2500, int(r.lognormvariate(6.55, 0.4))))


def _copy(cursor, table: str, columns: list[str], rows) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _next_id(cursor, table: str) -> int:
    cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")  # noqa: S608
    return cursor.fetchone()[0]


def _reset_sequence(cursor, table: str) -> None:
    cursor.execute(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
        f"(SELECT coalesce(max(id), 1) FROM {table}))"
    )


def generate_corpus(*, articles: int, seed: int = 1, bodies: int = 300) -> Result:
    """Add `articles` published articles with their authors, tags, quotes and related links."""
    started = time.perf_counter()
    r = random.Random(seed)  # noqa: S311
    writer = _Writer(r)
    with transaction.atomic():
        sections = [
            Section.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in _section_names()
        ]
        authors = _people(Author, r, 300, seed, "author")
        speakers = _people(Speaker, r, 100, seed, "speaker")
        speaker_urls = {s.name: s.get_absolute_url() for s in speakers}
        speaker_ids = {s.name: s.pk for s in speakers}
        tag_ids = _tags(r, seed)
        shared = []
        for _ in range(min(bodies, articles)):
            markdown, quotes = writer.body(_length(r), list(speaker_urls))
            shared.append((render_markdown(markdown, speaker_url=speaker_urls.get), quotes))
        with connection.cursor() as wrapper:
            _insert(
                wrapper.cursor,
                r,
                writer,
                articles,
                seed,
                sections,
                authors,
                tag_ids,
                shared,
                speaker_ids,
            )
    return Result(articles, time.perf_counter() - started)


def _section_names() -> list[str]:
    words, names = SECTIONS.split(), []
    for word in words:
        if word in ("East",):
            names[-1] += " East"
        else:
            names.append(word)
    return names[:20]


def _people(model, r, count, seed, kind):
    writer = _Writer(r)
    existing = {obj.slug: obj for obj in model.objects.filter(slug__startswith=f"corpus-{kind}")}
    people = []
    for n in range(count):
        slug = f"corpus-{kind}-{seed}-{n}"
        first, last = (w.capitalize() for w in _pseudo_words(r, 2))
        extra = {"bio": writer.sentence()} if model is Author else {}
        if slug in existing:
            people.append(existing[slug])
            continue
        people.append(model(name=f"{first} {last}", slug=slug, **extra))
    model.objects.bulk_create([p for p in people if p.pk is None])
    return list(model.objects.filter(slug__startswith=f"corpus-{kind}-{seed}-").order_by("pk"))


def _tags(r, seed) -> list[int]:
    from taggit.models import Tag

    names = [
        f"{w.capitalize()} {seed}" if seed != 1 else w.capitalize() for w in _pseudo_words(r, 2000)
    ]
    Tag.objects.bulk_create(
        [Tag(name=name, slug=slugify(name)) for name in names], ignore_conflicts=True
    )
    ids = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
    return [ids[name] for name in names]


def _insert(cursor, r, writer, count, seed, sections, authors, tag_ids, shared, speaker_ids):
    from taggit.models import Tag

    content_type = ContentType.objects.get_for_model(Article).pk
    pick_tags = _zipf(tag_ids, r)
    pick_section = _zipf([s.pk for s in sections], r, 0.8)
    pick_author = _zipf([a.pk for a in authors], r, 0.9)
    first_id = _next_id(cursor, "articles_article")
    now = datetime.now(UTC)
    ten_years = 10 * 365 * 86400
    rows, bylines, taggings, quotes, related, documents = [], [], [], [], [], []
    for n in range(count):
        pk = first_id + n
        title = writer.sentence(5, 12).rstrip(".")
        lead = writer.paragraph(3)
        body_index = r.randrange(len(shared))
        rendered, body_quotes = shared[body_index]
        lead_html = render_markdown(lead).html
        published = now - timedelta(seconds=r.randrange(ten_years))
        slug = f"{slugify(title)[:150]}-{seed}-{n}"
        rows.append((
            pk, title, slug, writer.sentence(), lead + "\n\n[…]", lead_html,
            _json(rendered.toc), pick_section(1)[0], "published", published, published,
            published, False, False, "", None, "", None, "[]",
        ))  # fmt: skip
        for position, author in enumerate(dict.fromkeys(pick_author(r.choice((1, 1, 1, 2, 3))))):
            bylines.append((pk, author, position))
        tags = list(dict.fromkeys(pick_tags(r.randint(2, 8))))
        taggings.extend((tag, pk, content_type) for tag in tags)
        for position, (text, speaker, kind) in enumerate(body_quotes):
            quotes.append((text, speaker_ids[speaker], pk, kind, position))
        if n > 10 and r.random() < 0.1:
            picks = {first_id + r.randrange(n) for _ in range(r.randint(1, 3))}
            related.extend((pk, to, position) for position, to in enumerate(sorted(picks)))
        documents.append((body_index, lead, tags))
    columns = [
        "id", "title", "slug", "standfirst", "body", "body_html", "toc", "section_id", "status",
        "published_at", "created_at", "updated_at", "is_stub", "needs_review", "review_notes",
        "source_ref", "source_checksum", "imported_at", "import_discarded",
    ]  # fmt: skip
    tag_names = dict(Tag.objects.filter(pk__in=tag_ids).values_list("pk", "name"))
    cursor.execute(
        "CREATE TEMP TABLE corpus_article ON COMMIT DROP AS "  # noqa: S608
        f"SELECT {', '.join(columns)} FROM articles_article WITH NO DATA"  # noqa: S608
    )
    # Its body_html holds only the lead's HTML: the shared body is appended in the INSERT below
    # from corpus_body, so each body's HTML crosses the wire once, not once per article.
    cursor.execute("ALTER TABLE corpus_article ADD body_id int, ADD lead text, ADD tags text")
    _copy(
        cursor,
        "corpus_article",
        [*columns, "body_id", "lead", "tags"],
        (
            (*row, body_id, lead, " ".join(tag_names[t] for t in tags))
            for row, (body_id, lead, tags) in zip(rows, documents, strict=True)
        ),
    )
    _shared_vectors(cursor, shared)
    # Generated rows are consistent by construction: skip the foreign-key and search triggers
    # (the search vector is computed here). This needs a superuser, as benchmark databases have.
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending checks, so the index can go
    cursor.execute("SET LOCAL session_replication_role = replica")
    if _has_lz4(cursor):
        cursor.execute("SET LOCAL default_toast_compression = 'lz4'")
    cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
    # Rebuilt after the load exactly as migration 0007 made it on this server.
    cursor.execute("SELECT pg_get_indexdef('article_search_gin'::regclass)")
    search_index = cursor.fetchone()[0]
    cursor.execute("DROP INDEX article_search_gin")
    selected = ["a.body_html || b.html" if c == "body_html" else "a." + c for c in columns]
    cursor.execute(
        f"""
        INSERT INTO articles_article ({", ".join(columns)}, search_vector)
        SELECT {", ".join(selected)},
            setweight(to_tsvector('english', a.title), 'A')
            || setweight(to_tsvector('english', a.standfirst || ' ' || a.tags), 'B')
            || setweight(to_tsvector('english', a.lead) || v.vector, 'C')
        FROM corpus_article a JOIN corpus_body_vector v ON v.id = a.body_id
        JOIN corpus_body b ON b.id = a.body_id
        """  # noqa: S608
    )
    _copy(cursor, "articles_articleauthor", ["article_id", "author_id", "position"], bylines)
    _copy(cursor, "taggit_taggeditem", ["tag_id", "object_id", "content_type_id"], taggings)
    _copy(
        cursor, "articles_quote", ["text", "speaker_id", "article_id", "kind", "position"], quotes
    )
    _copy(
        cursor,
        "articles_relatedarticle",
        ["from_article_id", "to_article_id", "position"],
        related,
    )
    cursor.execute("SET LOCAL session_replication_role = origin")
    cursor.execute("DROP TABLE corpus_article, corpus_body, corpus_body_vector")
    cursor.execute(search_index)
    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    tables = ["articles_article", "articles_articleauthor", "taggit_taggeditem", "articles_quote"]
    for table in [*tables, "articles_relatedarticle"]:
        _reset_sequence(cursor, table)
        cursor.execute(f"ANALYZE {table}")


def _shared_vectors(cursor, shared) -> None:
    """The body part of the trigger's document, computed once per shared body."""
    cursor.execute("CREATE TEMP TABLE corpus_body (id int PRIMARY KEY, html text) ON COMMIT DROP")
    _copy(cursor, "corpus_body", ["id", "html"], enumerate(r.html for r, _ in shared))
    cursor.execute(
        "CREATE TEMP TABLE corpus_body_vector ON COMMIT DROP AS SELECT id, to_tsvector('english',"
        " regexp_replace(regexp_replace(html, '<[^>]*>', ' ', 'g'), '&[#a-zA-Z0-9]+;', ' ', 'g'))"
        " AS vector FROM corpus_body"
    )


def _json(value) -> str:
    return json.dumps(value)


def _has_lz4(cursor) -> bool:
    """Whether this server was built with lz4 (the embedded one was not)."""
    cursor.execute(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    )
    return bool(cursor.fetchone()[0])
