"""Store articles' search vectors uncompressed (out of line when large, like any big value).

A tsvector barely compresses: its positions are packed binary and its lexemes already sorted.
Over the 119 seed and layout articles whose vectors pass 2 KB, where TOAST tries to compress
them, lz4 saved 2.6% (3,098 bytes against 3,181), and pglz, the default, gives up after its
first kilobyte and stores them whole. Trying cost the database's CPU on every save: inserting
20,000 corpus vectors took 838-948 ms with pglz's failed attempts, 486-488 with lz4 and
228-309 with none.
Existing values keep their form until they are rewritten.
"""

from django.db import migrations

ALTER = "ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE {}"


class Migration(migrations.Migration):
    dependencies = [("articles", "0017_search_few_expected")]

    operations = [migrations.RunSQL(ALTER.format("EXTERNAL"), ALTER.format("EXTENDED"))]
