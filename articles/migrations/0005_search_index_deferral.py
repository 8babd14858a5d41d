"""Let a writer defer search indexing to the end of its transaction.

An import stores an article and then its tags; each write re-indexed the whole article, so the
search document (the costliest part of an import) was computed twice or more. A transaction
that runs `SET LOCAL outlet.search_deferred = 'on'` skips the triggers and indexes each article
it wrote once, before it commits (`articles.search.search_index_deferred`).
"""

from django.db import migrations

TRIGGERS = [
    (
        "articles_article_search",
        "articles_article",
        "BEFORE INSERT OR UPDATE OF title, standfirst, body_html ON articles_article FOR EACH ROW",
        "articles_article_search_trigger",
    ),
    (
        "articles_tagged_items_insert_search",
        "taggit_taggeditem",
        "AFTER INSERT ON taggit_taggeditem REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT",
        "articles_tagged_items_search_trigger",
    ),
    (
        "articles_tagged_items_update_search",
        "taggit_taggeditem",
        "AFTER UPDATE ON taggit_taggeditem"
        " REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items FOR EACH STATEMENT",
        "articles_tagged_items_search_trigger",
    ),
    (
        "articles_tagged_items_delete_search",
        "taggit_taggeditem",
        "AFTER DELETE ON taggit_taggeditem REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT",
        "articles_tagged_items_search_trigger",
    ),
]
NOT_DEFERRED = "WHEN (current_setting('outlet.search_deferred', true) IS DISTINCT FROM 'on')"


def recreate(condition: str) -> str:
    return "\n".join(
        f"DROP TRIGGER {name} ON {table};\n"
        f"CREATE TRIGGER {name} {definition} {condition} EXECUTE FUNCTION {function}();"
        for name, table, definition, function in TRIGGERS
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_quote_search_index")]

    operations = [migrations.RunSQL(recreate(NOT_DEFERRED), recreate(""))]
