"""Search candidates: no date windows for a query PostgreSQL expects few matches of.

After the walk gives up, the windows of migration 0007 look for `lim` matches among the
newest 1,000, then 5,000 public articles, reading the query's posting lists from the GIN
index each time, before the last query reads them once more for all matches. A query that
has fewer than `lim` matches in all gains nothing from them: a rare phrase at 100,000
articles took 5.8-6.2 ms with them and 3.0 without. The planner's estimate of the query's
matches (from the lexeme statistics of ANALYZE, a fraction of a millisecond to plan) now
skips them when it is under `lim`. A single rare word is estimated at the floor of those
statistics (0.5% of the articles), so only combinations of words (phrases, several words)
are estimated that low; a wrong estimate costs time, never a different answer. The function is
otherwise 0016's.
"""

import importlib

from django.db import migrations

quarter = importlib.import_module("articles.migrations.0016_search_walk_quarter")

DECLARED = "    gave_up boolean := false;\n"
# EXPLAIN may only run in a volatile function. The function is only ever called once per
# search, in an uncorrelated subquery, so this changes nothing else.
STABLE = "LANGUAGE plpgsql STABLE ROWS 200"
VOLATILE = "LANGUAGE plpgsql VOLATILE ROWS 200"
WINDOWS = "    FOREACH size IN ARRAY windows LOOP\n"
ESTIMATE = """    EXECUTE 'EXPLAIN (FORMAT JSON) SELECT FROM articles_article a'
        ' WHERE a.search_vector @@ $1' INTO plan USING q;
    IF (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8 < lim THEN
        windows := '{}';
    END IF;
"""


def few_expected() -> str:
    function = quarter.quarter_walk()
    if not all(function.count(part) == 1 for part in (DECLARED, WINDOWS, STABLE)):
        raise RuntimeError("migration 0016's function is not the one this migration rewrites")
    return (
        function.replace(DECLARED, DECLARED + "    plan json;\n")
        .replace(WINDOWS, ESTIMATE + WINDOWS)
        .replace(STABLE, VOLATILE)
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0016_search_walk_quarter")]

    operations = [migrations.RunSQL(few_expected(), quarter.quarter_walk())]
