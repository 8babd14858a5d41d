"""Slugs for titles and names in any script: readable ASCII addresses, never a bare fallback."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from taggit.models import Tag

from articles.models import Article, Speaker
from outlet.slugs import slug_candidates, slug_text


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Israel-Iran Tensions — Why?", "israel-iran-tensions-why"),
        ("Путин и Пезешкиан", "putin-i-pezeshkian"),
        ("Straße nach København", "strasse-nach-kobenhavn"),
        # Chinese characters are words of their own: one syllable each.
        ("中欧经贸高层对话", "zhong-ou-jing-mao-gao-ceng-dui-hua"),
    ],
)
def test_titles_in_any_script_give_ascii_slugs(text, slug):
    assert slug_text(text) == slug


@pytest.mark.parametrize(
    "title",
    [
        "อาเซียนเร่งเปิดระเบียงมนุษยธรรมชายแดนไทย",
        "تهران و ایروان برای امنیت مرز سیونیک",
        "ישראל, יוון וקפריסין חתמו על הסכם",
        "英仏、ウクライナ停戦監視に欧州部隊派遣で合意",
    ],
)
def test_a_title_without_latin_letters_gets_a_slug_of_its_own(title):
    (slug,) = slug_candidates(title, 1, fallback="article")
    assert slug != "article" and slug.isascii() and len(slug) > 10


def test_an_article_titled_in_thai_is_served_at_its_transliterated_address(client, make_article):
    article = make_article("อาเซียนเร่งเปิดระเบียงมนุษยธรรมชายแดนไทย")
    assert article.slug == slug_text(article.title) and article.slug.isascii()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert article.title in response.content.decode()


def test_an_alias_in_another_script_redirects_to_its_speaker(client, db):
    speaker = Speaker.objects.create(
        name="Vladimir Putin", slug="vladimir-putin", aliases=["Путин Владимир Владимирович"]
    )
    response = client.get(reverse("speaker_detail", args=["vladimir-putin-1"]))
    assert response.status_code == 404
    response = client.get(reverse("speaker_detail", args=["putin-vladimir-vladimirovich"]))
    assert response.status_code == 301
    assert response["Location"] == speaker.get_absolute_url()


def test_a_tag_in_thai_gets_a_transliterated_address(client, make_article):
    article = make_article("Border talks")
    article.tags.add("ธีรวัฒน์ ศรีสุข")
    tag = Tag.objects.get(name="ธีรวัฒน์ ศรีสุข")
    # taggit's own slug would be "ธรวฒน-ศรสข": letters kept, vowel signs lost.
    assert tag.slug == slug_text(tag.name) and tag.slug.isascii()
    response = client.get(reverse("tag_detail", args=[tag.slug]))
    assert response.status_code == 200
    assert article.title in response.content.decode()


def test_tags_that_transliterate_alike_get_distinct_addresses(db):
    Tag.objects.create(name="Cafe")
    Tag.objects.create(name="Café")
    assert Tag.objects.get(name="Cafe").slug == "cafe"
    assert Tag.objects.get(name="Café").slug == "cafe-2"


def test_a_tag_slug_typed_by_an_editor_is_kept(db):
    tag = Tag.objects.create(name="Ελλάδα", slug="ελλάδα-θέμα")
    tag.refresh_from_db()
    assert tag.slug == "ελλάδα-θέμα"


def test_renaming_a_tag_keeps_its_address(db):
    tag = Tag.objects.create(name="Ελλάδα")
    assert tag.slug == "ellada"
    tag.name = "Ελληνικά νέα"
    tag.save()
    tag.refresh_from_db()
    assert tag.slug == "ellada"


def test_imported_tags_in_thai_get_ascii_addresses(db, tmp_path):
    page = Path(__file__).parent / "layouts" / "thai_language_news.txt"
    (tmp_path / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    call_command("import_seeds", str(tmp_path), verbosity=0)
    (article,) = Article.objects.filter(is_stub=False)
    slugs = dict(article.tags.values_list("name", "slug"))
    # The page's five tags and the topics the import adds (countries, people named twice).
    assert len(slugs) >= 5 and all(slug.isascii() and slug for slug in slugs.values())
    assert slugs["อาเซียน"] == slug_text("อาเซียน")
