"""The search GIN index over the vector alone, as before migration 0007 added the date.

With the date in the GIN index (btree_gin), a window of the newest 5,000 articles was a range
over 5,000 distinct dates inside the GIN index: about 25 ms at 100,000 articles even for a
word nothing matches. Now the words that made the date worth it (in most articles) are walked
(migration 0009), and for the rest PostgreSQL ANDs the word's bitmap from this index with the
date range's from the partial index of public articles: a third of the time or less.
"""

import importlib

from django.db import migrations

search_index = importlib.import_module("articles.migrations.0007_search_candidates")


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_search_walk_first")]

    operations = [
        migrations.RunPython(
            search_index.search_index_without_dates, search_index.search_index_with_dates
        )
    ]
