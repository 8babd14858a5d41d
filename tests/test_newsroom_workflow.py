"""Workflow, scheduling and previews: what the public sees, and when."""

from unittest import mock

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from newsroom.models import PreviewLink
from tests.test_newsroom_permissions import client_for, make_staff

pytestmark = pytest.mark.django_db

Status = Article.Status

PUBLIC_PAGES = [
    ("home", {}),
    ("site_feed", {}),
    ("news_sitemap", {}),
]


@pytest.fixture
def editor(db):
    return make_staff("editor", "Editor")


def seen_publicly(article) -> dict[str, bool]:
    """On each public page, whether an anonymous visitor finds the article."""
    client = Client()
    seen = {
        name: article.slug in client.get(reverse(name, kwargs=kw)).text for name, kw in PUBLIC_PAGES
    }
    seen["article_page"] = client.get(article.get_absolute_url()).status_code == 200
    return seen


def test_an_article_scheduled_a_minute_ahead_goes_live_on_time_with_nothing_running(
    make_article,
):
    article = make_article(
        "Scheduled story", published_at=timezone.now() + timezone.timedelta(minutes=1)
    )
    assert not any(seen_publicly(article).values())
    later = timezone.now() + timezone.timedelta(minutes=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert all(seen_publicly(article).values())


def test_drafts_and_review_articles_leave_no_public_trace(make_article):
    for status in (Status.DRAFT, Status.REVIEW):
        article = make_article(f"Hidden {status}", status=status)
        assert not any(seen_publicly(article).values())


def test_publish_action_publishes_now_or_keeps_a_future_date_as_a_schedule(editor, make_article):
    ahead = timezone.now() + timezone.timedelta(hours=3)
    now_one = make_article("Now", status=Status.REVIEW)
    later_one = make_article("Later", status=Status.REVIEW, published_at=ahead)
    response = client_for(editor).post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [now_one.pk, later_one.pk]},
        follow=True,
    )
    assert "Published 1, scheduled 1." in response.text
    now_one.refresh_from_db(), later_one.refresh_from_db()
    assert now_one.is_public
    assert later_one.status == Status.PUBLISHED and later_one.published_at == ahead
    assert not later_one.is_public


def test_stubs_are_never_published(editor, make_article):
    stub = make_article("Only a title", status=Status.DRAFT, is_stub=True)
    response = client_for(editor).post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [stub.pk]},
        follow=True,
    )
    assert "being stubs" in response.text
    stub.refresh_from_db()
    assert stub.status == Status.DRAFT


def test_unpublish_returns_to_draft_and_is_logged(editor, make_article):
    article = make_article("Live")
    client_for(editor).post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    entry = LogEntry.objects.get(object_id=str(article.pk))
    assert entry.user == editor and "Returned to draft" in entry.get_change_message()


def test_publishing_without_a_date_in_the_form_means_now(admin_client, make_article):
    from tests.test_newsroom_permissions import change_url, form_fields

    article = make_article("Draft", status=Status.DRAFT)
    data = form_fields(admin_client.get(change_url(article)).text)
    data["status"] = "published"
    response = admin_client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_public


def test_change_list_shows_scheduled_status_and_filters_on_it(editor, make_article):
    make_article("Future piece", published_at=timezone.now() + timezone.timedelta(days=1))
    make_article("Live piece")
    client = client_for(editor)
    url = reverse("admin:articles_article_changelist")
    assert "Scheduled" in client.get(url).text
    scheduled = client.get(url, {"state": "scheduled"}).text
    assert "Future piece" in scheduled and "Live piece" not in scheduled
    live = client.get(url, {"state": "live"}).text
    assert "Live piece" in live and "Future piece" not in live


@pytest.mark.parametrize("param", ["needs_review__exact=1", "is_stub__exact=1", "state=draft"])
def test_change_list_filters_answer(editor, make_article, param):
    make_article("Flagged", status=Status.DRAFT, needs_review=True, is_stub=True)
    response = client_for(editor).get(f"{reverse('admin:articles_article_changelist')}?{param}")
    assert response.status_code == 200 and "Flagged" in response.text


# Previews.


def test_anonymous_visitors_get_404_for_a_draft(client, make_article):
    article = make_article("Secret", status=Status.DRAFT)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_staff_see_a_draft_with_the_preview_banner_and_noindex(make_article):
    article = make_article("Secret", status=Status.DRAFT)
    response = client_for(make_staff("writer", "Contributor")).get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Preview — not public" in response.text
    assert 'content="noindex' in response.text


def _link(article, editor, **fields):
    return PreviewLink.objects.create(article=article, created_by=editor, **fields)


def test_a_signed_preview_link_shows_the_draft_to_an_outsider(editor, make_article):
    article = make_article("Under embargo", status=Status.DRAFT)
    response = Client().get(_link(article, editor).get_absolute_url())
    assert response.status_code == 200
    assert "Preview — not public" in response.text and 'content="noindex' in response.text


def test_a_preview_link_expires_after_seven_days(editor, make_article):
    article = make_article("Under embargo", status=Status.DRAFT)
    url = _link(article, editor).get_absolute_url()
    eight_days_on = timezone.now() + timezone.timedelta(days=8)
    with mock.patch("django.utils.timezone.now", return_value=eight_days_on):
        assert Client().get(url).status_code == 404


def test_a_revoked_preview_link_shows_nothing(editor, make_article):
    article = make_article("Under embargo", status=Status.DRAFT)
    link = _link(article, editor)
    link.revoked = True
    link.save()
    assert Client().get(link.get_absolute_url()).status_code == 404


def test_a_preview_link_is_for_one_article_and_cannot_be_forged(editor, make_article):
    article = make_article("Under embargo", status=Status.DRAFT)
    other = make_article("Other draft", status=Status.DRAFT)
    link = _link(article, editor)
    assert Client().get(f"{other.get_absolute_url()}?preview={link.token}").status_code == 404
    forged = f"{link.pk}:{'A' * 27}"
    assert Client().get(f"{article.get_absolute_url()}?preview={forged}").status_code == 404


def test_editors_create_and_revoke_links_in_the_admin(editor, make_article):
    article = make_article("Under embargo", status=Status.DRAFT)
    client = client_for(editor)
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "create_preview_link", "_selected_action": [article.pk]},
        follow=True,
    )
    link = PreviewLink.objects.get(article=article)
    assert (
        link.get_absolute_url().replace("&", "&amp;") in response.text
        or link.token in response.text
    )
    assert (link.expires_at - timezone.now()).days == 6  # seven days, less a moment

    from tests.test_newsroom_permissions import change_url, form_fields

    data = form_fields(client.get(change_url(article)).text)
    data["preview_links-0-revoked"] = "on"
    assert client.post(change_url(article), data).status_code == 302
    link.refresh_from_db()
    assert link.revoked
    assert Client().get(link.get_absolute_url()).status_code == 404
