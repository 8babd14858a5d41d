"""An article page's stored parts (`articles.parts`): one query to read, never stale."""

import pytest
from django.utils import timezone
from taggit.models import Tag

from articles import parts as parts_module
from articles.models import Article, ArticleParts
from outlet import pagecache

pytestmark = pytest.mark.django_db


def view(client, article) -> str:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.text


def test_first_view_stores_the_parts_and_the_next_reads_them_in_one_query(
    client, newsroom, django_assert_num_queries
):
    first = newsroom["first"]
    html = view(client, first)
    stored = ArticleParts.objects.get(article=first)
    assert "Jane Doe" in stored.bottom and "Jane Doe" in html
    assert f"article:{first.pk}" in stored.deps
    with django_assert_num_queries(1):
        assert view(client, first) == html


def test_an_author_bio_edit_shows_on_the_next_view(client, newsroom, author):
    first = newsroom["first"]
    view(client, first)
    author.bio = "Now covers energy markets."
    author.save()
    assert not ArticleParts.objects.filter(article=first).exists()
    assert "Now covers energy markets." in view(client, first)


def test_a_renamed_tag_and_section_show_on_the_next_view(client, newsroom, section):
    first = newsroom["first"]
    view(client, first)
    tag = Tag.objects.get(name="Sanctions")
    tag.name = "Embargoes"
    tag.save()
    section.name = "Foreign affairs"
    section.save()
    html = view(client, first)
    assert "Embargoes" in html and "Sanctions" not in html
    assert "Foreign affairs" in html


def test_a_retitled_related_article_updates_the_sidebar(client, newsroom):
    first, second = newsroom["first"], newsroom["second"]
    view(client, first)
    second.title = "Iran and Russia sign a wider treaty"
    second.save()
    assert "Iran and Russia sign a wider treaty" in view(client, first)


def test_unpublishing_a_linked_article_without_signals_still_hides_it(client, newsroom):
    """A queryset update sends no signal; the read checks the linked articles are public."""
    first, second = newsroom["first"], newsroom["second"]
    assert second.title in view(client, first)
    Article.objects.filter(pk=second.pk).update(status=Article.Status.DRAFT)
    assert second.title not in view(client, first)


def test_a_new_neighbour_shows_as_next(client, newsroom, make_article, section):
    second = newsroom["second"]
    assert 'rel="next"' not in view(client, second)
    make_article("A newer one in the section", section=section)
    assert "A newer one in the section" in view(client, second)


def test_parts_expire_at_the_next_scheduled_publication_in_the_section(
    client, newsroom, make_article, section
):
    second = newsroom["second"]
    going_live = timezone.now() + timezone.timedelta(hours=1)
    make_article("Scheduled in the section", section=section, published_at=going_live)
    make_article("Scheduled elsewhere", published_at=going_live - timezone.timedelta(minutes=5))
    html = view(client, second)
    assert "Scheduled in the section" not in html
    assert ArticleParts.objects.get(article=second).expires_at == going_live
    # Time passes: the scheduled article is live, and the stored parts have expired.
    Article.objects.filter(title="Scheduled in the section").update(
        published_at=timezone.now() - timezone.timedelta(seconds=1)
    )
    ArticleParts.objects.filter(article=second).update(expires_at=timezone.now())
    assert "Scheduled in the section" in view(client, second)


def test_parts_built_while_what_they_show_changes_are_not_kept(client, newsroom, monkeypatch):
    first = newsroom["first"]
    build = parts_module.build_parts

    def build_then_change(request, article):
        built = build(request, article)
        pagecache.bump({f"author:{newsroom['other'].pk}"})  # an edit commits meanwhile
        return built

    monkeypatch.setattr(parts_module, "build_parts", build_then_change)
    view(client, first)
    assert not ArticleParts.objects.filter(article=first).exists()


def test_previews_are_built_every_time_and_never_stored(admin_client, newsroom):
    draft = newsroom["draft"]
    response = admin_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Preview — not public" in response.text
    assert not ArticleParts.objects.filter(article=draft).exists()


def test_only_the_plain_address_stores_parts(client, newsroom):
    first = newsroom["first"]
    assert client.get(first.get_absolute_url() + "?page=2").status_code == 200
    assert not ArticleParts.objects.filter(article=first).exists()
    view(client, first)
    assert "?page=2" not in ArticleParts.objects.get(article=first).head


def test_the_first_view_after_the_cache_was_emptied_keeps_its_parts(client, newsroom):
    """No dependency has a version yet (a new cache): what the build read is current."""
    from django.core.cache import cache

    first = newsroom["first"]
    cache.clear()
    view(client, first)
    assert ArticleParts.objects.filter(article=first).exists()


def test_parts_rendered_by_an_earlier_deploy_are_built_again(client, newsroom, settings):
    first = newsroom["first"]
    view(client, first)
    ArticleParts.objects.filter(article=first).update(top="Rendered by an old template")
    assert "Rendered by an old template" in view(client, first)
    ArticleParts.objects.filter(article=first).update(version="an-older-one")
    assert "Rendered by an old template" not in view(client, first)
    assert ArticleParts.objects.get(article=first).version == parts_module.version()


def test_the_version_follows_the_site_settings(settings):
    before = parts_module.version()
    parts_module.version.cache_clear()
    settings.SITE_NAME = "Another name"
    try:
        assert parts_module.version() != before
    finally:
        parts_module.version.cache_clear()


def test_a_database_refusing_the_write_still_serves_the_page(client, newsroom, monkeypatch):
    from django.db import DatabaseError

    def refuse(*args, **kwargs):
        raise DatabaseError("cannot execute INSERT in a read-only transaction")

    monkeypatch.setattr(ArticleParts.objects, "bulk_create", refuse)
    assert "Jane Doe" in view(client, newsroom["first"])
    assert not ArticleParts.objects.exists()
