"""Full-text search kept up to date by PostgreSQL itself.

`articles_article.search_vector` is deliberately not a model field: only the database writes it.
Title weighs most (A), then standfirst and tag names (B), then the body's text (C). Tags live in
taggit's tables, so a generated column cannot see them: triggers on the article, on tagged items
and on tag renames recompute the vector instead.
"""

from django.db import migrations

FORWARD = r"""
ALTER TABLE articles_article ADD COLUMN search_vector tsvector;

CREATE FUNCTION articles_search_document(article_id bigint, title text, standfirst text, body_html text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(standfirst, '') || ' ' || coalesce((
             SELECT string_agg(tag.name, ' ')
             FROM taggit_taggeditem item
             JOIN taggit_tag tag ON tag.id = item.tag_id
             JOIN django_content_type ct ON ct.id = item.content_type_id
             WHERE item.object_id = article_id AND ct.app_label = 'articles' AND ct.model = 'article'
         ), '')), 'B')
      || setweight(to_tsvector('english', regexp_replace(regexp_replace(
             coalesce(body_html, ''), '<[^>]*>', ' ', 'g'), '&[#a-zA-Z0-9]+;', ' ', 'g')), 'C')
$$;

CREATE FUNCTION articles_article_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := articles_search_document(NEW.id, NEW.title, NEW.standfirst, NEW.body_html);
  RETURN NEW;
END $$;

CREATE TRIGGER articles_article_search
BEFORE INSERT OR UPDATE OF title, standfirst, body_html ON articles_article
FOR EACH ROW EXECUTE FUNCTION articles_article_search_trigger();

CREATE FUNCTION articles_refresh_search(article_id bigint) RETURNS void LANGUAGE sql AS $$
  UPDATE articles_article
  SET search_vector = articles_search_document(id, title, standfirst, body_html)
  WHERE id = article_id
$$;

-- Statement-level, so an article whose tags are set in one statement is re-indexed once,
-- not once per tag row.
CREATE FUNCTION articles_tagged_items_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE articles_article a
    SET search_vector = articles_search_document(a.id, a.title, a.standfirst, a.body_html)
    WHERE a.id IN (
      SELECT item.object_id FROM new_items item
      JOIN django_content_type ct ON ct.id = item.content_type_id
      WHERE ct.app_label = 'articles' AND ct.model = 'article');
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE articles_article a
    SET search_vector = articles_search_document(a.id, a.title, a.standfirst, a.body_html)
    WHERE a.id IN (
      SELECT item.object_id FROM old_items item
      JOIN django_content_type ct ON ct.id = item.content_type_id
      WHERE ct.app_label = 'articles' AND ct.model = 'article');
  END IF;
  RETURN NULL;
END $$;

-- PostgreSQL allows transition tables on single-event triggers only, hence three.
CREATE TRIGGER articles_tagged_items_insert_search
AFTER INSERT ON taggit_taggeditem REFERENCING NEW TABLE AS new_items
FOR EACH STATEMENT EXECUTE FUNCTION articles_tagged_items_search_trigger();

CREATE TRIGGER articles_tagged_items_update_search
AFTER UPDATE ON taggit_taggeditem REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items
FOR EACH STATEMENT EXECUTE FUNCTION articles_tagged_items_search_trigger();

CREATE TRIGGER articles_tagged_items_delete_search
AFTER DELETE ON taggit_taggeditem REFERENCING OLD TABLE AS old_items
FOR EACH STATEMENT EXECUTE FUNCTION articles_tagged_items_search_trigger();

CREATE FUNCTION articles_tag_rename_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM articles_refresh_search(item.object_id)
  FROM taggit_taggeditem item
  JOIN django_content_type ct ON ct.id = item.content_type_id
  WHERE item.tag_id = NEW.id AND ct.app_label = 'articles' AND ct.model = 'article';
  RETURN NULL;
END $$;

CREATE TRIGGER articles_tag_rename_search
AFTER UPDATE OF name ON taggit_tag
FOR EACH ROW EXECUTE FUNCTION articles_tag_rename_search_trigger();

UPDATE articles_article
SET search_vector = articles_search_document(id, title, standfirst, body_html);

CREATE INDEX article_search_gin ON articles_article USING gin (search_vector);
"""

REVERSE = r"""
DROP TRIGGER IF EXISTS articles_tag_rename_search ON taggit_tag;
DROP TRIGGER IF EXISTS articles_tagged_items_insert_search ON taggit_taggeditem;
DROP TRIGGER IF EXISTS articles_tagged_items_update_search ON taggit_taggeditem;
DROP TRIGGER IF EXISTS articles_tagged_items_delete_search ON taggit_taggeditem;
DROP TRIGGER IF EXISTS articles_article_search ON articles_article;
DROP FUNCTION IF EXISTS articles_tag_rename_search_trigger();
DROP FUNCTION IF EXISTS articles_tagged_items_search_trigger();
DROP FUNCTION IF EXISTS articles_refresh_search(bigint);
DROP FUNCTION IF EXISTS articles_article_search_trigger();
DROP FUNCTION IF EXISTS articles_search_document(bigint, text, text, text);
DROP INDEX IF EXISTS article_search_gin;
ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunSQL(FORWARD, REVERSE)]
