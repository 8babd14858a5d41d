"""The import's statements written by hand, where the ORM cost more than the work.

Building these in the ORM took the writing process longer than PostgreSQL took to run them,
and the import writes one file after another on one connection. Values are always parameters;
only table and column names from the models' own metadata are put into the text.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.db import connection

# For each wanted spelling (1-based `n`), the first row in the model's order matching it.
FIRST_MATCHES = """
SELECT wanted.n, found.*
FROM unnest(%s::text[]) WITH ORDINALITY AS wanted(spelling, n)
CROSS JOIN LATERAL (
    SELECT {columns} FROM {table} c
    WHERE ({condition}) AND c.id IS DISTINCT FROM %s
    ORDER BY {order} LIMIT 1
) found
"""
# The same tests as `save.exactly([s])` (name ignoring case, or an alias) and as
# `title__iexact=s`.
NAMED = "upper(c.name) = upper(wanted.spelling) OR c.aliases && ARRAY[wanted.spelling]::varchar[]"
TITLED = "upper(c.title) = upper(wanted.spelling)"

# An imported article's own rows and its revision (as simple_history would write it, from the
# row as saved), in one statement. Tags are matched by name ignoring case; the answer says which
# exist (each `n` of `tags`, 1-based, with its id).
STORE_PARTS = """
WITH revision AS (
    INSERT INTO {history_table} ({history_columns},
        history_date, history_type, history_user_id, history_change_reason)
    SELECT {article_columns}, %(history_date)s, %(history_type)s, %(history_user)s, NULL
    FROM articles_article c WHERE c.id = %(article)s
),
wanted AS (
    SELECT name, n FROM unnest(%(tags)s::text[]) WITH ORDINALITY AS wanted(name, n)
),
found AS (
    SELECT DISTINCT ON (wanted.n) wanted.n, tag.id
    FROM wanted JOIN taggit_tag tag ON upper(tag.name) = upper(wanted.name)
    ORDER BY wanted.n, tag.id
),
tagged AS (
    INSERT INTO taggit_taggeditem (tag_id, content_type_id, object_id)
    SELECT id, %(content_type)s, %(article)s FROM found
    ON CONFLICT DO NOTHING
),
bylines AS (
    INSERT INTO articles_articleauthor (article_id, author_id, position)
    SELECT %(article)s, author, n - 1
    FROM unnest(%(authors)s::bigint[]) WITH ORDINALITY AS byline(author, n)
),
quotes AS (
    INSERT INTO articles_quote (article_id, text, speaker_id, kind, position)
    SELECT %(article)s, text, speaker, kind, n - 1
    FROM unnest(%(quote_texts)s::text[], %(quote_speakers)s::bigint[], %(quote_kinds)s::text[])
        WITH ORDINALITY AS quote(text, speaker, kind, n)
),
links AS (
    INSERT INTO articles_relatedarticle (from_article_id, to_article_id, position)
    SELECT %(article)s, target, position
    FROM unnest(%(targets)s::bigint[], %(positions)s::int[]) AS link(target, position)
)
SELECT n, id FROM found
"""


# The first row in the model's order named any of the spellings, ignoring case, or with one
# of them as an alias (`exactly(spellings)`); without `{aliases}`, by name only (`name__iexact`).
FIRST_NAMED = """
SELECT {columns} FROM {table} c
WHERE upper(c.name) = ANY(SELECT upper(s) FROM unnest(%(spellings)s::text[]) s) {aliases}
ORDER BY {order} LIMIT 1
"""
OR_ALIAS = "OR c.aliases && %(spellings)s::varchar[]"

# This file's article, and stubs it may fill in (`title__iexact`), locked for the file's
# transaction, whose writes are indexed for search once, at its end (`INDEX_IMPORTED`).
LOCKED_ARTICLES = """
SET LOCAL outlet.search_deferred = 'on';
SELECT {columns} FROM articles_article c
WHERE c.source_ref = %(source)s OR (c.is_stub AND upper(c.title) = upper(%(title)s))
ORDER BY {order} FOR UPDATE
"""

# The first candidate slug no row has.
FREE_SLUG = """
SELECT candidate FROM unnest(%s::text[]) WITH ORDINALITY AS wanted(candidate, n)
WHERE NOT EXISTS (SELECT FROM {table} c WHERE c.slug = wanted.candidate)
ORDER BY n LIMIT 1
"""

NOT_DEFERRED = "SET LOCAL outlet.search_deferred = 'off'"
# The deferral ended (the rest of an enclosing transaction is indexed as usual), and the search
# documents of the article and of the stubs it made (the related articles never indexed) built
# once; the article's import stamp (the updated_at of this very save; see
# Article.is_edited_since_import) goes in the same row version.
INDEX_IMPORTED = """
SET LOCAL outlet.search_deferred = 'off';
UPDATE articles_article
SET search_vector = articles_search_document(id, title, standfirst, body_html),
    imported_at = CASE WHEN id = %(article)s THEN updated_at ELSE imported_at END
WHERE id = %(article)s OR (id = ANY(%(related)s) AND search_vector IS NULL)
"""


@cache
def model_order(model) -> str:
    """The model's default order, as `first()` applies it, for rows aliased `c`."""
    meta = model._meta
    return ", ".join(
        f"c.{connection.ops.quote_name(meta.get_field(name.lstrip('-')).column)}"
        + (" DESC" if name.startswith("-") else "")
        for name in meta.ordering
    )


@cache
def model_columns(model, pk_only: bool) -> tuple[str, list[str], list[tuple[int, list, object]]]:
    """The select list of `model`'s columns (or its primary key's) for rows aliased `c`, their
    attribute names, and the converters each column's value needs, as `raw()` applies them."""
    fields = [model._meta.pk] if pk_only else model._meta.concrete_fields
    columns = ", ".join(f"c.{connection.ops.quote_name(field.column)}" for field in fields)
    converters = [
        (i, converters, field)
        for i, field in enumerate(fields)
        if (converters := field.get_db_converters(connection))
    ]
    return columns, [field.attname for field in fields], converters


@dataclass(frozen=True)
class Lookup:
    """A query of `model`'s rows, whose `{columns}` stands for the model's columns after
    `leading` other values, and what makes its answer of the rows it returns (each row's
    leading values followed by the instance its columns make). Without a model, the query's
    text is final and its rows are answered as they are."""

    model: Any
    query: str
    params: Any
    answer: Callable[[list[tuple]], Any] = list
    pk_only: bool = False
    leading: int = 0


def load(model, query: str, params, *, pk_only: bool = False, leading: int = 0) -> list[tuple]:
    """Run `query` (see `Lookup`): each row's leading values followed by its instance.

    `raw()` worked out the columns' fields and converters on every query, which cost the
    import more than the queries did.
    """
    return load_together([Lookup(model, query, params, pk_only=pk_only, leading=leading)])[0]


def load_together(lookups: list[Lookup]) -> list:
    """The answers of several lookups, asked in one round trip (each after a leading SET, if
    its query has one): their texts with their values bound by psycopg, as it binds every
    query of this project (on the client), joined into one."""
    with connection.cursor() as cursor:
        texts = [
            cursor.mogrify(
                lookup.query.format(columns=model_columns(lookup.model, lookup.pk_only)[0])
                if lookup.model
                else lookup.query,
                lookup.params,
            )
            for lookup in lookups
        ]
        cursor.execute(";\n".join(texts))
        answers = []
        for lookup in lookups:
            # A SET answers nothing: the rows are the next result.
            while cursor.description is None and cursor.nextset():
                pass
            answers.append(lookup.answer(instances(lookup, cursor.fetchall())))
            cursor.nextset()
    return answers


def instances(lookup: Lookup, rows: list[tuple]) -> list[tuple]:
    if lookup.model is None:
        return rows
    _, names, converters = model_columns(lookup.model, lookup.pk_only)
    found = []
    for row in rows:
        values = list(row[lookup.leading :])
        for i, functions, field in converters:
            for function in functions:
                values[i] = function(values[i], field, connection)
        found.append(
            (*row[: lookup.leading], lookup.model.from_db(connection.alias, names, values))
        )
    return found


def first_matches_lookup(model, spellings: list[str], *, titles: bool, excluding) -> Lookup:
    """Each spelling's first row of `model` (a speaker, by name or alias; with `titles`, an
    article by title, loaded with its id only), leaving out the row `excluding`."""
    query = FIRST_MATCHES.format(
        columns="{columns}",
        table=connection.ops.quote_name(model._meta.db_table),
        condition=TITLED if titles else NAMED,
        order=model_order(model),
    )
    return Lookup(
        model,
        query,
        [spellings, excluding],
        answer=lambda rows: {spellings[n - 1]: row for n, row in rows},
        pk_only=titles,
        leading=1,
    )


def first_matches(model, spellings: list[str], *, titles: bool, excluding) -> dict:
    """`first_matches_lookup`'s answer."""
    return load_together(
        [first_matches_lookup(model, spellings, titles=titles, excluding=excluding)]
    )[0]


def first_named_lookup(model, spellings: list[str], *, aliases: bool = True) -> Lookup:
    """The first row of `model` named one of `spellings` ignoring case or, with `aliases`,
    with one of them as an alias; None if there is none."""
    query = FIRST_NAMED.format(
        columns="{columns}",
        table=connection.ops.quote_name(model._meta.db_table),
        aliases=OR_ALIAS if aliases else "",
        order=f"{model_order(model)}, c.id",
    )
    return Lookup(
        model,
        query,
        {"spellings": spellings},
        answer=lambda rows: next((row for (row,) in rows), None),
    )


def first_named(model, spellings: list[str], *, aliases: bool = True):
    """`first_named_lookup`'s answer."""
    return load_together([first_named_lookup(model, spellings, aliases=aliases)])[0]


def free_slug_lookup(model, candidates: list[str]) -> Lookup:
    """The first of `candidates` that no row of `model` has as its slug; None if all do."""
    return Lookup(
        None,
        FREE_SLUG.format(table=connection.ops.quote_name(model._meta.db_table)),
        [candidates],
        answer=lambda rows: next((slug for (slug,) in rows), None),
    )


def locked_articles(model, source: str, title: str) -> list:
    """The article imported from `source` and the stubs titled `title` (ignoring case), in the
    model's order, each row locked until the transaction ends.

    It defers search indexing until `index_imported()`, or `not_deferred()` for a file that
    writes nothing.
    """
    return load_together([locked_articles_lookup(model, source, title)])[0]


def locked_articles_lookup(model, source: str, title: str) -> Lookup:
    """`locked_articles`, to ask with other lookups."""
    query = LOCKED_ARTICLES.format(columns="{columns}", order=model_order(model))
    return Lookup(
        model,
        query,
        {"source": source, "title": title},
        answer=lambda rows: [row for (row,) in rows],
    )


def not_deferred() -> None:
    with connection.cursor() as cursor:
        cursor.execute(NOT_DEFERRED)


def index_imported(article: int, related: list[int]) -> None:
    """End the deferral: index the article and the stubs among the `related` articles it
    links to, and stamp the article's import."""
    with connection.cursor() as cursor:
        cursor.execute(INDEX_IMPORTED, {"article": article, "related": related})


@cache
def revision_columns(model) -> tuple[str, str, str]:
    """The revisions' table, their columns of the model's fields, and those fields' columns in
    the model's table (aliased `c`)."""
    history = getattr(model, model._meta.simple_history_manager_attribute).model
    fields = [f for f in history._meta.concrete_fields if not f.name.startswith("history_")]
    quote = connection.ops.quote_name
    return (
        quote(history._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(f"c.{quote(model._meta.get_field(field.name).column)}" for field in fields),
    )


def store_parts(
    model,
    article: int,
    *,
    revision: dict,
    content_type: int,
    tags: list[str],
    authors: list[int],
    quotes: list[tuple[str, int, str]],
    related: dict[int, int],
) -> dict[int, int]:
    """Tag the article with the existing tags named `tags`, write its bylines (author ids in
    order), quotes (text, speaker id, kind) and related links (target id: position), and its
    revision (`history_date`, `history_type` and `history_user` as simple_history sets them);
    the answer maps the 1-based place in `tags` of each tag found to its id."""
    table, columns, article_columns = revision_columns(model)
    query = STORE_PARTS.format(
        history_table=table, history_columns=columns, article_columns=article_columns
    )
    with connection.cursor() as cursor:
        cursor.execute(
            query,
            {
                **revision,
                "article": article,
                "tags": tags,
                "content_type": content_type,
                "authors": authors,
                "quote_texts": [text for text, _, _ in quotes],
                "quote_speakers": [speaker for _, speaker, _ in quotes],
                "quote_kinds": [kind for _, _, kind in quotes],
                "targets": list(related),
                "positions": list(related.values()),
            },
        )
        return dict(cursor.fetchall())
