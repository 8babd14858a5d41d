"""Synthetic corpora for benchmarks: `generate_corpus(articles=N, seed=S)`.

Realistic shape, not realistic prose: bodies of 400–2,500 words in news-like proportions with
headings, pull quotes and inline quotes; 2–8 tags each from a 2,000-tag vocabulary used with a
long tail (Zipf); 300 authors, 20 sections, 100 speakers, dates over ten years, curated related
links on one article in ten. Words follow a Zipf law too, so search sees common and rare words;
its exponent (`WORDS_ZIPF`) gives an article about as many distinct words as real news has.

Bodies are made of pooled blocks: paragraphs, headings, pull quotes and paragraphs opening with
an inline quote, a few thousand of each (more for a larger corpus), each written once and
rendered once by the real renderer (`render_markdown`). An article's body is its own sequence of
them (about a dozen, chosen by its own draws, headings never twice), its Markdown the blocks'
Markdown and its HTML and table of contents the blocks' in order, which is what
`render_markdown` gives for the whole body (top-level blocks render alone; headings' ids are
unique across the pool); a sample is rendered again and compared before the load commits.
Rendering every body took about 1.5 ms an article, most of its Python. So a paragraph recurs
in about 40 articles (fewer in a small corpus): common words are in most articles, a rare word
in the few that drew its blocks; titles and standfirsts are written afresh for each article, so
each article has words of its own too. A quote recurs with its block: its `Quote` row (text
and speaker) is repeated for each article that drew it.

Search vectors are equal to what the trigger would store: the workers assemble them from
PostgreSQL's own lexemes (`vectors.py`), worked out once per block and per title chunk, since
PostgreSQL's parser costs about a millisecond an article, and written in tsvector's binary
form, which PostgreSQL reads without parsing or sorting. Articles are built in worker
processes, one per core, which write them in COPY's binary format (their quotes, bylines and
tags in its text format), while this process streams
them into PostgreSQL with COPY and a thread merges the search indexes' pending lists from
another connection (`_PendingListMerger`), so that PostgreSQL's work is spread over two
backends; each article depends only on (seed, its number), so the corpus is the same whatever
the number of workers.
Never for tests' fixtures: tests build the few rows they need.
"""

import json
import multiprocessing
import multiprocessing.util
import os
import random
import struct
import threading
import time
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from operator import attrgetter
from queue import Empty

import psycopg
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils.text import slugify

from articles.corpus.text import (
    COMMON,
    HEADING,
    INLINE_QUOTE,
    PARAGRAPH,
    PULL_QUOTE,
    Writer,
    Zipf,
    layout,
    length,
    pseudo_words,
)
from articles.corpus.vectors import LOOKUP_SQL, Vectors, body_text
from articles.models import Article, Section, Speaker
from articles.rendering import render_markdown
from articles.rendering import slugify as anchor
from authors.models import Author

__all__ = ["COMMON", "Result", "generate_corpus"]

SECTIONS = (
    "World Politics Economy Business Europe Asia Africa Americas Middle East Science Technology "
    "Health Climate Energy Defence Culture Sport Opinion Analysis Investigations"
)
TEN_YEARS = 10 * 365 * 86400
# The tables the generator fills, and the columns of the COPY lines it writes for each.
TABLES = [
    "articles_article",
    "articles_articleauthor",
    "taggit_taggeditem",
    "articles_quote",
    "articles_relatedarticle",
]
COLUMNS = [
    "id, title, slug, standfirst, body, body_html, toc, section_id, status, published_at,"
    " created_at, updated_at, is_stub, needs_review, review_notes, source_ref, source_checksum,"
    " imported_at, import_discarded, search_vector",
    "article_id, author_id, position",
    "tag_id, object_id, content_type_id",
    "text, speaker_id, kind, article_id, position",
    "from_article_id, to_article_id, position",
]
# COPY's binary format (the articles' rows): its header and trailer, a row's field count, a
# bigint field and the fields every generated article shares, from its status to its
# import_discarded (`COLUMNS`). Timestamps are microseconds since 2000, jsonb its version first.
_BINARY_HEADER = b"PGCOPY\n\xff\r\n\0" + bytes(8)
_BINARY_TRAILER = b"\xff\xff"
_BINARY_ROW = len(COLUMNS[0].split(",")).to_bytes(2, "big")
_BINARY_INT8 = struct.Struct(">iq")
_BINARY_NULL = b"\xff\xff\xff\xff"
_POSTGRES_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_BINARY_PUBLISHED = b"\0\0\0\x09published"
_BINARY_UNSOURCED = b"".join((
    b"\0\0\0\x01\0", b"\0\0\0\x01\0",  # is_stub, needs_review: false
    bytes(4), _BINARY_NULL,  # review_notes, source_ref
    bytes(4), _BINARY_NULL,  # source_checksum, imported_at
    b"\0\0\0\x03\x01[]",  # import_discarded
))  # fmt: skip
# Indexes kept up during the load rather than built after it. Building the article search
# index took a third of a 100,000-article run on one core while the workers sat idle; kept,
# its pending list is merged into it by another session while the COPY goes on.
KEPT = ["article_search_gin", "quote_search_document_gin"]
# Seconds between merges of their pending lists (`_PendingListMerger`), which does them all:
# the COPY's backend would merge a list itself on reaching `gin_pending_list_limit`, stopping
# the load for seconds while the workers, their queues full, sat idle too, so the limit is
# set beyond what a merger keeping up lets a list reach (`_load`). Fewer, larger merges
# rewrite fewer posting lists, but the last one, after the load, can make the run wait.
# Measured over 100,000 articles on one machine, in articles/s: every 5 s, 1,810-2,170
# (22 runs); every 7 s, 1,985-2,160 (8); every 10 s, 2,040-2,120 (4, the last merge outlasting
# the index builds by 2-4 s); every 25 s with the COPY's backend merging at 256 MB as well,
# as before, 1,860-1,960 (10).
MERGE_EVERY = 7.0
# The words' Zipf exponent. With it, an article of 500-1,000 words has about 0.40 distinct
# lexemes a word in its search vector, a little above the 0.38 of the articles of that length
# parsed from the seed and layout pages (tests/layouts). The 1.07 used before gave 0.48: a
# quarter more search-index entries than real news, whose merging is most of a load's work.
WORDS_ZIPF = 1.13
# Below this many articles, workers cost more to start than they save.
POOL_THRESHOLD = 500
# Pooled blocks of each kind: one per so many articles, within bounds. An article has about
# ten paragraphs, one or two headings and inline quotes, and a pull quote in two.
POOL = {
    PARAGRAPH: (4, 200, 25_000),
    HEADING: (10, 100, 10_000),
    PULL_QUOTE: (40, 50, 2_500),
    INLINE_QUOTE: (20, 50, 5_000),
}
# The corpus size from which the set-up learns the whole vocabulary (`_pool_blocks`). Over
# 1,000 articles that took 1.5-1.6 s against 1.2 s; over 100,000, learning each batch's new
# words instead cost a worker 0.7-0.8 s for every 50,000 articles. Between, not measured.
VOCABULARY_LEARNT_FROM = 10_000
# Articles a worker builds at a time, asking PostgreSQL about their new words in one query.
BATCH = 32
# Batches a worker may build ahead of the load (`_built_by_workers`), about half a megabyte
# each. 256 kept the workers building while the COPY's backend merged a pending list itself,
# which it no longer does (`MERGE_EVERY`); over 100,000 articles, alternated, 32 gave
# 2,392/2,787/2,365 articles/s against 2,382/2,702/2,520, with an eighth of the memory.
AHEAD = 32
# Batches written by one COPY per table.
CHUNK = 64
# How many sampled articles' vectors are checked against the database's own function, and
# how many bodies are rendered again whole and compared with their blocks' rendering.
CHECKED = 200
RENDERED = 20


@dataclass(frozen=True)
class Result:
    articles: int
    seconds: float


@dataclass(frozen=True)
class _Block:
    markdown: str
    html: str
    toc: list[dict]
    words: int
    part: int | None  # its search vector's part, pooled (`Vectors.block`)
    # As an article's COPY writes them, encoded once here rather than in every article:
    markdown_bytes: bytes
    html_bytes: bytes
    toc_json: bytes  # its entries' JSON, comma-separated, as in the article's list
    quote_fields: str | None  # its quote's text, speaker and kind; the article's id follows


@dataclass
class _Plan:
    """Everything an article is built from; workers inherit it when they fork."""

    seed: int
    count: int
    first_id: int
    now: datetime
    now_field: int  # `now` as a binary COPY writes a timestamp: microseconds since 2000
    content_type: int
    words: Zipf
    tags: Zipf
    sections: Zipf
    authors: Zipf
    tag_names: dict[int, str]
    speakers: list[str]
    speaker_ids: dict[str, int]
    speaker_urls: dict[str, str | None]
    database: dict
    vectors: Vectors | None  # what the blocks' chunks and lexemes are, learnt once
    blocks: list[list[_Block]]  # by kind
    lengths: list[list[int]]  # their word counts
    rendered: set[int]  # the ids of the articles whose bodies are rendered again and compared


_plan: _Plan | None = None
_vectors: Vectors | None = None
_lookup_db: psycopg.Connection | None = None


def generate_corpus(*, articles: int, seed: int = 1, workers: int | None = None) -> Result:
    """Add `articles` published articles with their authors, tags, quotes and related links.

    `workers` processes build the articles (default: one per core; none for small corpora).
    """
    global _plan, _vectors, _lookup_db
    started = time.perf_counter()
    r = random.Random(seed)  # noqa: S311
    words = Zipf(COMMON + pseudo_words(r, 30_000), WORDS_ZIPF)
    with transaction.atomic():
        sections = [
            Section.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in _section_names()
        ]
        authors = _people(Author, r, words, 300, seed, "author")
        speakers = _people(Speaker, r, words, 100, seed, "speaker")
        tag_names = _tags(r, seed)
        with connection.cursor() as wrapper:
            cursor = wrapper.cursor
            now = datetime.now(UTC)
            _plan = _Plan(
                seed=seed,
                count=articles,
                first_id=_next_id(cursor, "articles_article"),
                now=now,
                now_field=(now - _POSTGRES_EPOCH) // timedelta(microseconds=1),
                content_type=ContentType.objects.get_for_model(Article).pk,
                words=words,
                tags=Zipf(list(tag_names)),
                sections=Zipf([s.pk for s in sections], 0.8, bits=16),
                authors=Zipf([a.pk for a in authors], 0.9, bits=16),
                tag_names=tag_names,
                speakers=[s.name for s in speakers],
                speaker_ids={s.name: s.pk for s in speakers},
                speaker_urls={s.name: Speaker.objects.url_for_name(s.name) for s in speakers},
                database=connection.settings_dict,
                vectors=None,
                blocks=[],
                lengths=[],
                rendered=set(),
            )
            first, step = _plan.first_id, max(1, articles // RENDERED)
            _plan.rendered = set(range(first, first + articles, step)[:RENDERED])
            if workers is None:
                workers = (os.cpu_count() or 1) if articles >= POOL_THRESHOLD else 0
            try:
                _pool_blocks(cursor, workers)
                batches = range(0, articles, BATCH)
                if workers:
                    _load(cursor, _built_by_workers(batches, workers))
                else:
                    _load(cursor, map(_build_articles, batches))
            finally:
                if _lookup_db is not None:
                    _lookup_db.close()
                _plan = _vectors = _lookup_db = None
    return Result(articles, time.perf_counter() - started)


def _pool_blocks(cursor, workers: int) -> None:
    """Write the plan's pooled blocks, render them (in `workers` processes if any) and learn
    their chunks' lexemes."""
    plan = _plan
    writer = Writer(random.Random(f"{plan.seed}:blocks"), plan.words)  # noqa: S311
    sizes = {
        kind: max(low, min(high, plan.count // per)) for kind, (per, low, high) in POOL.items()
    }
    headings = {}  # by anchor, so that no two share an id
    while len(headings) < sizes[HEADING]:
        heading = writer.heading()
        headings.setdefault(anchor(heading.lstrip("#")), heading)
    written = [
        [(writer.paragraph(), None) for _ in range(sizes[PARAGRAPH])],
        [(heading, None) for heading in headings.values()],
        [writer.pull_quote(plan.speakers) for _ in range(sizes[PULL_QUOTE])],
        [writer.inline_quote(plan.speakers) for _ in range(sizes[INLINE_QUOTE])],
    ]
    markdown = [text for kind in written for text, _ in kind]
    if workers:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            rendered = pool.map(_render_block, markdown, chunksize=256)
    else:
        rendered = list(map(_render_block, markdown))
    vectors = plan.vectors = Vectors(lambda chunks: cursor.execute(LOOKUP_SQL, [chunks]).fetchall())
    # With the tags' names and, for a large corpus, every word a title or standfirst may draw,
    # in every form a sentence gives it, so that the workers seldom meet a chunk they have not
    # seen (`Vectors.learn`). A small corpus draws too few of the words to be worth it.
    searchable = [body_text(html) for html, _ in rendered]
    forms = []
    if plan.count >= VOCABULARY_LEARNT_FROM:
        cases = (case for word in plan.words.items for case in (word, word.capitalize()))
        forms = [form for case in cases for form in (case, f"{case}.")]
    vectors.learn_texts([*searchable, *forms, *plan.tag_names.values()])
    rendered, searchable = iter(rendered), iter(searchable)
    for kind in written:
        blocks = []
        for text, quote in kind:
            html, toc = next(rendered)
            quote_fields = None
            if quote:
                quote_text, speaker, kind = quote
                quote_fields = f"{_field(quote_text)}\t{plan.speaker_ids[speaker]}\t{kind}\t"
            blocks.append(
                _Block(
                    text, html, toc, len(text.split()), vectors.block(next(searchable)),
                    text.encode(), html.encode(), ", ".join(map(json.dumps, toc)).encode(),
                    quote_fields,
                )
            )  # fmt: skip
        plan.blocks.append(blocks)
        plan.lengths.append(list(map(attrgetter("words"), blocks)))


def _render_block(markdown: str) -> tuple[str, list[dict]]:
    rendered = render_markdown(markdown, speaker_url=_plan.speaker_urls.get)
    return rendered.html, rendered.toc


def _section_names() -> list[str]:
    words, names = SECTIONS.split(), []
    for word in words:
        if word in ("East",):
            names[-1] += " East"
        else:
            names.append(word)
    return names[:20]


def _people(model, r, words, count, seed, kind):
    writer = Writer(r, words)
    existing = {obj.slug: obj for obj in model.objects.filter(slug__startswith=f"corpus-{kind}")}
    people = []
    for n in range(count):
        slug = f"corpus-{kind}-{seed}-{n}"
        first, last = (w.capitalize() for w in pseudo_words(r, 2))
        extra = {"bio": writer.sentence()} if model is Author else {}
        if slug in existing:
            people.append(existing[slug])
            continue
        people.append(model(name=f"{first} {last}", slug=slug, **extra))
    model.objects.bulk_create([p for p in people if p.pk is None])
    return list(model.objects.filter(slug__startswith=f"corpus-{kind}-{seed}-").order_by("pk"))


def _tags(r, seed) -> dict[int, str]:
    """The 2,000 tags' ids and names, most used first."""
    from taggit.models import Tag

    names = [
        f"{w.capitalize()} {seed}" if seed != 1 else w.capitalize() for w in pseudo_words(r, 2000)
    ]
    Tag.objects.bulk_create(
        [Tag(name=name, slug=slugify(name)) for name in names], ignore_conflicts=True
    )
    ids = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
    return {ids[name]: name for name in names}


def _built_by_workers(batches: range, workers: int):
    """`_build_articles` of each batch, in order, built by `workers` forked processes (which
    share the plan and its tables without copying), batch i by worker i % workers.

    Not `multiprocessing.Pool`: its thread that keeps the workers alive also waits on the
    results' pipe, and spun while each result of about a megabyte was read, costing as much
    CPU as reading them. Here each worker sends on a queue of its own, up to `AHEAD` batches
    ahead of the load, so that it keeps a core busy while the COPY waits for PostgreSQL."""
    context = multiprocessing.get_context("fork")
    queues, processes = [], []
    try:
        for worker in range(workers):
            queue = context.Queue(AHEAD)
            process = context.Process(
                target=_work, args=(batches[worker::workers], queue), daemon=True
            )
            process.start()
            queues.append(queue)
            processes.append(process)
        for i in range(len(batches)):
            built, failure = _next_batch(queues[i % workers], processes[i % workers])
            if failure:
                raise RuntimeError(f"a corpus worker failed:\n{failure}")
            yield built
        for process in processes:
            process.join()
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
                process.join()


def _next_batch(queue, worker):
    """The worker's next batch from its queue; an error if it died without sending one."""
    while True:
        try:
            return queue.get(timeout=1)
        except Empty:
            if worker.exitcode is not None and queue.empty():
                raise RuntimeError(
                    f"a corpus worker stopped (exit code {worker.exitcode}) before its last batch"
                ) from None


def _work(batches: range, queue) -> None:
    """A worker's share of the batches, sent one by one, or the traceback of its failure."""
    try:
        for start in batches:
            queue.put((_build_articles(start), None))
    except Exception:  # noqa: BLE001  the main process raises it
        queue.put((None, traceback.format_exc()))


def _build_articles(start: int) -> tuple[list[bytes], list[int]]:
    """Articles `start` to `start + BATCH - 1` (at most) as COPY data for each of `TABLES`,
    asking PostgreSQL about their new words at once, and the ids of those whose search vector
    PostgreSQL must make.

    The workers write COPY's formats themselves (binary for articles, text for the others),
    so that the main process only passes bytes on: formatting rows there, and pickling them
    to it, cost about 0.2 ms an article on the core the COPY's backend needs."""
    built = [_build_article(n) for n in range(start, min(start + BATCH, _plan.count))]
    vectors = _worker_vectors().build_all([parts for _, _, parts in built])
    lines, unvectored = [[] for _ in TABLES], []
    for (pk, (article, *rows), _), vector in zip(built, vectors, strict=True):
        if vector is None:
            unvectored.append(pk)
        lines[0] += (article, _BINARY_NULL if vector is None else _binary_field(vector))
        for table, table_rows in zip(lines[1:], rows, strict=True):
            table += table_rows
    return [b"".join(lines[0]), *("".join(table).encode() for table in lines[1:])], unvectored


def _build_article(n: int):
    """Article number `n`: its id, its COPY data (but its search vector, the last field of its
    binary row) and the parts of its search document."""
    plan = _plan
    r = random.Random(f"{plan.seed}:{n}")  # noqa: S311
    writer = Writer(r, plan.words)
    pk = plan.first_id + n
    title = writer.sentence(5, 12).rstrip(".")
    standfirst = writer.sentence()
    blocks = [plan.blocks[kind][index] for kind, index in layout(r, length(r), plan.lengths)]
    published = _BINARY_INT8.pack(8, plan.now_field - r.randrange(TEN_YEARS) * 1_000_000)
    # The trigger's document joins the tag names in whatever order its plan reads them: in
    # id order, the order they are written in too, every plan agrees.
    wanted, tags = r.randint(2, 8), set()
    while len(tags) < wanted:
        tags.update(plan.tags(r, wanted - len(tags)))
    tags = sorted(tags)
    tag_text = " ".join(plan.tag_names[t] for t in tags)
    if pk in plan.rendered:
        _check_rendering(pk, blocks)
    toc = b"\x01[" + b", ".join([block.toc_json for block in blocks if block.toc_json]) + b"]"
    article = b"".join((
        _BINARY_ROW, _BINARY_INT8.pack(8, pk), _binary_field(title.encode()),
        _binary_field(f"{slugify(title)[:150]}-{plan.seed}-{n}".encode()),
        _binary_field(standfirst.encode()),
        _binary_field(b"\n\n".join([block.markdown_bytes for block in blocks])),
        _binary_field(b"".join([block.html_bytes for block in blocks])), _binary_field(toc),
        _BINARY_INT8.pack(8, plan.sections(r, 1)[0]), _BINARY_PUBLISHED,
        published, published, published, _BINARY_UNSOURCED,
    ))  # fmt: skip
    authors = dict.fromkeys(plan.authors(r, r.choice((1, 1, 1, 2, 3))))
    related = []
    if n > 10 and r.random() < 0.1:
        picks = {plan.first_id + r.randrange(n) for _ in range(r.randint(1, 3))}
        related = [f"{pk}\t{to}\t{position}\n" for position, to in enumerate(sorted(picks))]
    quotes = [block.quote_fields for block in blocks if block.quote_fields]
    lines = (
        article,
        [f"{pk}\t{author}\t{position}\n" for position, author in enumerate(authors)],
        [f"{tag}\t{pk}\t{plan.content_type}\n" for tag in tags],
        [f"{fields}{pk}\t{position}\n" for position, fields in enumerate(quotes)],
        related,
    )
    body = [block.part for block in blocks]
    return pk, lines, (title, f"{standfirst} {tag_text}", None if None in body else body)


def _worker_vectors() -> Vectors:
    """This process's memo of lexemes, asked of PostgreSQL on a connection of its own (the
    main one is busy with COPY, and a worker must not touch it)."""
    global _vectors, _lookup_db
    if _vectors is None:
        db = _lookup_db = _connect(_plan.database)
        multiprocessing.util.Finalize(db, db.close, exitpriority=1)
        _vectors = _plan.vectors
        _vectors.lookup = lambda chunks: db.execute(LOOKUP_SQL, [chunks]).fetchall()
    return _vectors


def _connect(settings: dict) -> psycopg.Connection:
    """A connection of its own to the database of Django's `settings`, outside its transaction."""
    return psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or None,
        autocommit=True,
    )


class _PendingListMerger(threading.Thread):
    """Merges the pending lists of the `KEPT` indexes into their trees from a connection of
    its own, that is on another core than the COPY's backend, until told to `finish`; its
    last merge then runs while the load's session builds the other indexes and analyzes the
    tables.

    Merging is most of what keeping the search index up costs (about 0.3 ms an article). The
    pending pages hold only index entries, which another session may move into the tree
    while the load's transaction is open, as autovacuum does for any writer; the COPY's
    backend, finding a merge under way, appends to the list and moves on.
    """

    def __init__(self, database: dict):
        super().__init__(daemon=True)
        self.database = database
        self.stopping = threading.Event()
        self.failure = None

    def run(self):
        try:
            with _connect(self.database) as db:
                db.execute("SET maintenance_work_mem = '512MB'")
                finishing = False
                while not finishing:
                    finishing = self.stopping.wait(MERGE_EVERY)
                    for index in KEPT:
                        db.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
        except Exception as failure:  # noqa: BLE001  reported by stop(), in the main thread
            self.failure = failure

    def finish(self):
        """Merge once more, now, and stop."""
        self.stopping.set()

    def stop(self):
        """`finish`, and wait for it."""
        self.finish()
        self.join()
        if self.failure:
            raise self.failure


def _load(cursor, built) -> None:
    """COPY the built articles in, then their bylines, taggings, quotes and related links."""
    # Generated rows are consistent by construction and carry their search vectors: skip the
    # foreign-key and search triggers. This needs a superuser, as benchmark databases have.
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending checks, so indexes can go
    cursor.execute("SET LOCAL session_replication_role = replica")
    cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
    # The merger merges the pending lists (see `MERGE_EVERY`); this backend only if one grows
    # past this size, the merger falling behind, and then with plenty of memory.
    cursor.execute("SET LOCAL work_mem = '512MB'")
    cursor.execute("SET LOCAL gin_pending_list_limit = '1GB'")
    # Other indexes built once after the load cost less than kept up row by row: they are made
    # again exactly as the migrations made them here.
    indexes = _drop_indexes(cursor, TABLES)
    by_database = []
    merger = _PendingListMerger(_plan.database)
    merger.start()
    try:
        # The other tables are written every `CHUNK` batches (their quotes' search documents
        # made) while the workers build the next ones, rather than all after the articles.
        while others := _copy_articles(cursor, islice(built, CHUNK), by_database):
            for table, columns, data in zip(
                TABLES[1:], COLUMNS[1:], zip(*others, strict=True), strict=True
            ):
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:  # noqa: S608
                    for block in data:
                        copy.write(block)
    finally:
        merger.finish()
    cursor.execute("SET LOCAL session_replication_role = origin")
    count, first_id = _plan.count, _plan.first_id
    if by_database:
        cursor.execute(
            "UPDATE articles_article SET search_vector ="
            " articles_search_document(id, title, standfirst, body_html) WHERE id = ANY(%s)",
            [by_database],
        )
    _check_vectors(cursor, [first_id + n * count // CHECKED for n in range(min(count, CHECKED))])
    for index in indexes:
        cursor.execute(index)
    for table in TABLES:  # while the merger's last merge goes on
        _reset_sequence(cursor, table)
        cursor.execute(f"ANALYZE {table}")
    merger.stop()
    for index in KEPT:  # so that searches need not scan what is left of the pending list
        cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
    cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _copy_articles(cursor, built, by_database: list[int]) -> list[list[bytes]]:
    """COPY the articles of `built` batches, add those without a vector to `by_database`;
    return the batches' data for the other tables."""
    others = []
    sql = f"COPY articles_article ({COLUMNS[0]}) FROM STDIN (FORMAT BINARY)"  # noqa: S608
    with cursor.copy(sql) as copy:
        copy.write(_BINARY_HEADER)
        for (articles, *rest), unvectored in built:
            copy.write(articles)
            others.append(rest)
            by_database += unvectored
        copy.write(_BINARY_TRAILER)
    return others


def _check_rendering(pk: int, blocks: list[_Block]) -> None:
    """Refuse to commit an article whose blocks' rendering is not its whole body's."""
    body = "\n\n".join(block.markdown for block in blocks)
    rendered = render_markdown(body, speaker_url=_plan.speaker_urls.get)
    html, toc = "".join(block.html for block in blocks), [e for b in blocks for e in b.toc]
    if (rendered.html, rendered.toc) != (html, toc):
        raise RuntimeError(f"article {pk}'s body renders differently from its blocks")


def _binary_field(value: bytes) -> bytes:
    """`value` as a field of COPY's binary format: its length, then itself."""
    return len(value).to_bytes(4, "big") + value


def _field(value: str) -> str:
    """`value` as a field of COPY's text format."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


def _check_vectors(cursor, ids: list[int]) -> None:
    """Refuse to commit if any sampled article's vector differs from the trigger's."""
    cursor.execute(
        "SELECT id FROM articles_article WHERE id = ANY(%s) AND search_vector IS DISTINCT FROM"
        " articles_search_document(id, title, standfirst, body_html)",
        [ids],
    )
    wrong = [row[0] for row in cursor.fetchall()]
    if wrong:
        raise RuntimeError(f"generated search vectors differ from the database's: {wrong[:10]}")


def _drop_indexes(cursor, tables: list[str]) -> list[str]:
    """Drop the indexes of `tables` that no constraint owns, but `KEPT`; return their
    definitions."""
    cursor.execute(
        "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index"
        " WHERE indrelid = ANY(%s::regclass[])"
        " AND NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = indexrelid)"
        " AND indexrelid::regclass::text <> ALL(%s)",
        [tables, KEPT],
    )
    indexes = cursor.fetchall()
    for name, _ in indexes:
        cursor.execute(f"DROP INDEX {name}")
    return [definition for _, definition in indexes]


def _next_id(cursor, table: str) -> int:
    cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")  # noqa: S608
    return cursor.fetchone()[0]


def _reset_sequence(cursor, table: str) -> None:
    cursor.execute(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
        f"(SELECT coalesce(max(id), 1) FROM {table}))"
    )
