"""Slugs for titles and names in any script: readable ASCII addresses, never a bare fallback."""

import pytest
from django.urls import reverse

from articles.models import Speaker
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
