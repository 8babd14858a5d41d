import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, RelatedArticle

pytestmark = pytest.mark.django_db


def test_published_article_without_date_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(title="Undated", status=Article.Status.PUBLISHED)


def test_stub_cannot_be_published(make_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("Only a title", is_stub=True)


def test_slugs_are_unique_in_the_database(make_article):
    make_article("First", slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("Second", slug="same")


def test_slug_is_generated_from_the_title_and_kept_unique(make_article):
    first = make_article("Putin meets Pezeshkian")
    second = make_article("Putin meets Pezeshkian")
    assert first.slug == "putin-meets-pezeshkian"
    assert second.slug == "putin-meets-pezeshkian-2"


def test_article_cannot_relate_to_itself(make_article):
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        RelatedArticle.objects.create(from_article=article, to_article=article)


@pytest.mark.parametrize(
    ("status", "offset_hours", "is_public"),
    [
        (Article.Status.DRAFT, -1, False),
        (Article.Status.REVIEW, -1, False),
        (Article.Status.PUBLISHED, +1, False),
        (Article.Status.PUBLISHED, -1, True),
    ],
)
def test_published_shows_only_live_articles(make_article, status, offset_hours, is_public):
    published_at = timezone.now() + timezone.timedelta(hours=offset_hours)
    article = make_article(status=status, published_at=published_at)
    assert (article in Article.objects.published()) is is_public
    assert article.is_public is is_public


def test_future_article_goes_live_when_its_time_comes(make_article):
    article = make_article(published_at=timezone.now() + timezone.timedelta(seconds=30))
    assert not Article.objects.published().filter(pk=article.pk).exists()
    Article.objects.filter(pk=article.pk).update(
        published_at=timezone.now() - timezone.timedelta(seconds=1)
    )
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_save_renders_body_and_table_of_contents(make_article):
    article = make_article(body="## First part\n\nText.\n\n## Second part\n\nMore.")
    assert [entry["text"] for entry in article.toc] == ["First part", "Second part"]
    assert 'id="first-part"' in article.body_html


def test_pull_quote_caption_links_to_known_speaker(make_article, speaker):
    article = make_article(body="> We agree closely.\n>\n> — Vladimir Putin")
    assert speaker.get_absolute_url() in article.body_html
    assert 'class="pull-quote"' in article.body_html


def test_speaker_is_found_by_alias(speaker):
    speaker.aliases = ["Wladimir Putin"]
    speaker.save()
    assert type(speaker).objects.url_for_name("Wladimir Putin") == speaker.get_absolute_url()
    assert type(speaker).objects.url_for_name("Nobody") is None


def test_model_strings_are_readable(make_article, author, section, speaker):
    assert str(make_article("Title here", section=section)) == "Title here"
    assert str(author) == "Jane Doe" and str(section) == "World" and str(speaker) == speaker.name
