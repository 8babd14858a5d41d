"""Search candidates: the walk tests an article's vector only when it reaches the article.

The walk of migration 0009 selected `a.search_vector @@ q` beside the ordering. Where the
planner sorts rather than walks an index (a small site: 1,000 articles), that evaluated the
match on every public article before the sort: 6-10 ms for a common word at 1,000 articles,
more than at 100,000. The newest rows are now ordered and limited in a subquery first, and the
loop tests each one as it fetches it, stopping at the `lim`-th match. The function is otherwise
0009's.
"""

import importlib

from django.db import migrations

walk_first = importlib.import_module("articles.migrations.0009_search_walk_first")

EAGER = (
    f"FOR r IN SELECT a.id, a.search_vector @@ q AS hit FROM articles_article a"
    f" WHERE {walk_first.PUBLIC}\n"
    "             ORDER BY a.published_at DESC, a.id DESC LIMIT lim * 4 LOOP"
)
LAZY = (
    "FOR r IN SELECT w.id, w.search_vector @@ q AS hit FROM (\n"
    f"             SELECT a.id, a.search_vector FROM articles_article a WHERE {walk_first.PUBLIC}\n"
    "             ORDER BY a.published_at DESC, a.id DESC LIMIT lim * 4) w LOOP"
)


def lazy_walk() -> str:
    function = walk_first.candidates_function(True)
    if EAGER not in function:
        raise RuntimeError("migration 0009's walk is not the one this migration rewrites")
    return function.replace(EAGER, LAZY)


class Migration(migrations.Migration):
    dependencies = [("articles", "0014_bodies_lz4")]

    operations = [migrations.RunSQL(lazy_walk(), walk_first.candidates_function(True))]
