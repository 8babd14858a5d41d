import pytest
from django.urls import reverse

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_home_lists_published_articles_only(client, make_article):
    make_article("Live story")
    make_article("Secret draft", status=Article.Status.DRAFT)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "Live story" in response.text
    assert "Secret draft" not in response.text


def test_published_article_shows_title_byline_date_and_body(client, make_article, author):
    article = make_article("Live story", body="Body **text**.", authors=[author])
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Live story" in response.text
    assert "Jane Doe" in response.text
    assert "<strong>text</strong>" in response.text
    assert "<time datetime=" in response.text


def test_draft_is_404_for_anonymous(client, make_article):
    draft = make_article("Secret draft", status=Article.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_draft_is_a_marked_preview_for_staff(client, make_article, admin_user):
    draft = make_article("Secret draft", status=Article.Status.DRAFT)
    client.force_login(admin_user)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Preview — not public" in response.text
    assert 'name="robots" content="noindex' in response.text


def test_hostile_title_is_escaped(client, make_article):
    article = make_article('<script>alert("x")</script>')
    response = client.get(article.get_absolute_url())
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;" in response.text


def test_section_author_and_speaker_pages_load(client, make_article, section, author, speaker):
    article = make_article("Live story", section=section, authors=[author])
    article.quotes.create(text="We agree.", speaker=speaker, kind="pull")
    for url in [section.get_absolute_url(), author.get_absolute_url(), speaker.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Live story" in response.text
