"""Quote search matches `to_tsvector('english', text)`: index that expression, so searching
quotes does not read every quote."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_article_title_upper_idx")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX quote_text_search_gin ON articles_quote "
            "USING gin (to_tsvector('english', text));",
            "DROP INDEX IF EXISTS quote_text_search_gin;",
        )
    ]
