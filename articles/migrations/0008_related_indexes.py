from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_search_candidates"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="article", name="article_section_pub_idx"),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("is_stub", False), ("status", "published")),
                fields=["section", "-published_at", "-id"],
                name="article_section_public_idx",
            ),
        ),
        # Related posts read the newest articles carrying a tag from this index alone;
        # taggit's own index on tag_id alone makes that a sort of every use of a common tag.
        migrations.RunSQL(
            "CREATE INDEX taggeditem_tag_newest_idx"
            " ON taggit_taggeditem (tag_id, content_type_id, object_id DESC);",
            "DROP INDEX IF EXISTS taggeditem_tag_newest_idx;",
        ),
    ]
