"""Article search's candidates in one function: the newest matches, bounded at any size.

Walking the newest articles and testing each one's stored vector reads (and decompresses) the
whole vector per row: cheap while it is cached, seconds at 100,000 articles when it is not. So
matches come only from the GIN index, which answers without reading any vector:

1. among the newest 1,000 public articles, then the newest 5,000 (`windows`) (found in a partial index of public articles): the
   GIN index now covers `published_at` too (btree_gin), so one index scan finds the matches in
   that date range and only they are fetched; if at least `lim` match, the newest `lim` of
   them are the answer (so a common word reads about lim/frequency rows);
2. otherwise the word is rare (fewer than lim/5,000 of articles match), and all its matches
   are few enough to sort by date.

Planned with sequential and plain index scans off (inside the function only), since a LIMIT
tempts the planner into the walk.
"""

from django.db import migrations

PUBLIC = "a.status = 'published' AND a.published_at <= at AND NOT a.is_stub"
FUNCTION = f"""
CREATE FUNCTION articles_search_candidates(q tsquery, at timestamptz, windows int[], lim int)
RETURNS SETOF bigint LANGUAGE plpgsql STABLE ROWS 200
SET enable_seqscan = on SET enable_indexscan = on SET plan_cache_mode = force_custom_plan
AS $$
DECLARE
    size int;
    since timestamptz;
    ids bigint[];
BEGIN
    IF numnode(q) = 0 THEN
        RETURN;
    END IF;
    FOREACH size IN ARRAY windows LOOP
        PERFORM set_config('enable_seqscan', 'on', true), set_config('enable_indexscan', 'on', true);
        SELECT a.published_at INTO since FROM articles_article a WHERE {PUBLIC}
        ORDER BY a.published_at DESC, a.id DESC OFFSET size LIMIT 1;
        EXIT WHEN since IS NULL;
        PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true);
        SELECT array_agg(m.id ORDER BY m.published_at DESC, m.id DESC) INTO ids FROM (
            SELECT a.id, a.published_at FROM articles_article a
            WHERE a.search_vector @@ q AND {PUBLIC} AND a.published_at >= since
            ORDER BY a.published_at DESC, a.id DESC LIMIT lim
        ) m;
        IF coalesce(array_length(ids, 1), 0) >= lim THEN
            RETURN QUERY SELECT unnest(ids);
            RETURN;
        END IF;
    END LOOP;
    PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true);
    RETURN QUERY SELECT a.id FROM articles_article a WHERE a.search_vector @@ q AND {PUBLIC}
    ORDER BY a.published_at DESC, a.id DESC LIMIT lim;
END
$$;
DROP FUNCTION IF EXISTS articles_search_matches(tsquery, timestamptz, int);
"""

OLD_FUNCTION = (
    "CREATE FUNCTION articles_search_matches(q tsquery, at timestamptz, probe int)"
    " RETURNS TABLE (id bigint, published_at timestamptz) LANGUAGE sql STABLE"
    " SET enable_seqscan = off SET enable_indexscan = off AS $$"
    " SELECT id, published_at FROM articles_article WHERE search_vector @@ q"
    " AND status = 'published' AND published_at <= at AND NOT is_stub LIMIT probe $$;"
    "DROP FUNCTION IF EXISTS articles_search_candidates(tsquery, timestamptz, int[], int);"
)


def search_index_with_dates(apps, schema_editor):
    """GIN over (search_vector, published_at) where btree_gin exists, else over the vector.

    The embedded server's build has no btree_gin; there the date range is checked on the
    rows the index finds, which is slower only at sizes a local site does not reach.
    """
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin'")
        with_dates = cursor.fetchone() is not None
    if with_dates:
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
    columns = "search_vector, published_at" if with_dates else "search_vector"
    schema_editor.execute("DROP INDEX IF EXISTS article_search_gin")
    schema_editor.execute(
        f"CREATE INDEX article_search_gin ON articles_article USING gin ({columns})"
    )


def search_index_without_dates(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS article_search_gin")
    schema_editor.execute(
        "CREATE INDEX article_search_gin ON articles_article USING gin (search_vector)"
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_quote_search_document")]

    operations = [
        migrations.RunPython(search_index_with_dates, search_index_without_dates),
        migrations.RunSQL(
            "CREATE INDEX article_public_pub_idx ON articles_article (published_at DESC, id DESC)"
            " WHERE status = 'published' AND NOT is_stub;",
            "DROP INDEX IF EXISTS article_public_pub_idx;",
        ),
        migrations.RunSQL(FUNCTION, OLD_FUNCTION),
    ]
