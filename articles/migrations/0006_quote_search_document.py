"""Quote search reads a stored `search_document` instead of computing `to_tsvector` per row.

With the expression index alone, a common word made PostgreSQL walk the newest quotes and build
each one's vector on the fly (hundreds of milliseconds at 100,000 articles). A stored, generated
column costs a few bytes per quote and keeps that walk cheap; its GIN index serves rare words.
Django does not know the column: PostgreSQL fills it on every insert and update.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_search_index_deferral")]

    operations = [
        migrations.RunSQL(
            "ALTER TABLE articles_quote ADD COLUMN search_document tsvector"
            " GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;"
            "CREATE INDEX quote_search_document_gin ON articles_quote USING gin (search_document);"
            "DROP INDEX IF EXISTS quote_text_search_gin;",
            "CREATE INDEX quote_text_search_gin ON articles_quote"
            " USING gin (to_tsvector('english', text));"
            "ALTER TABLE articles_quote DROP COLUMN search_document;",
        ),
        # Tag pages join taggings to articles on `object_id::bigint = id` (taggit's object_id
        # is an integer): an index on that expression lets PostgreSQL walk the newest articles
        # and probe each one's tags instead of hashing every article.
        migrations.RunSQL(
            "CREATE INDEX taggeditem_object_bigint_idx ON taggit_taggeditem"
            " ((object_id::bigint), tag_id);",
            "DROP INDEX IF EXISTS taggeditem_object_bigint_idx;",
        ),
        # The article search's exact path (articles.search.RANKED_IDS): up to `probe` public
        # matches straight from the GIN index. Planned with sequential and plain index scans
        # off, because a LIMIT tempts the planner into walking rows and building each one's
        # match on the fly, which for a common word costs tens of milliseconds.
        migrations.RunSQL(
            "CREATE FUNCTION articles_search_matches(q tsquery, at timestamptz, probe int)"
            " RETURNS TABLE (id bigint, published_at timestamptz) LANGUAGE sql STABLE"
            " SET enable_seqscan = off SET enable_indexscan = off AS $$"
            " SELECT id, published_at FROM articles_article WHERE search_vector @@ q"
            " AND status = 'published' AND published_at <= at AND NOT is_stub LIMIT probe $$;",
            "DROP FUNCTION IF EXISTS articles_search_matches(tsquery, timestamptz, int);",
        ),
    ]
