"""Revisions: every save kept with its user; diff, restore, and the stale-save refusal."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from articles.models import Article
from tests.test_newsroom_permissions import change_url, client_for, form_fields, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return make_staff("editor", "Editor")


def save_through_admin(client, article, **changes):
    data = form_fields(client.get(change_url(article)).text)
    data.update(changes)
    return client.post(change_url(article), data)


def revisions_url(article):
    return reverse("admin:articles_article_revisions", args=[article.pk])


def test_every_admin_save_keeps_a_revision_with_its_author(editor, make_article):
    article = make_article("First title", body="One.")
    response = save_through_admin(client_for(editor), article, title="Second title")
    assert response.status_code == 302
    latest, first = article.history.order_by("-history_date")[:2]
    assert (first.title, latest.title) == ("First title", "Second title")
    assert latest.history_user == editor
    assert latest.status == Article.Status.PUBLISHED and latest.standfirst == ""


def test_revisions_page_shows_an_escaped_readable_diff(editor, make_article):
    article = make_article("Title", body="Line one.\n\nLine two.")
    client = client_for(editor)
    save_through_admin(client, article, body="Line one.\n\nLine <script>two</script>.")
    newer, older = article.history.order_by("-history_date")[:2]
    response = client.get(revisions_url(article), {"a": older.history_id, "b": newer.history_id})
    assert response.status_code == 200
    assert "&lt;script&gt;" in response.text
    assert "<script>two" not in response.text
    assert "Body" in response.text and "Title</h3>" not in response.text


def test_restore_brings_back_the_words_as_a_new_revision(editor, make_article):
    article = make_article("Original", body="Original body.")
    client = client_for(editor)
    save_through_admin(client, article, title="Vandalised", body="Nonsense.")
    original = article.history.order_by("history_date").first()
    count = article.history.count()
    response = client.post(
        reverse("admin:articles_article_restore", args=[article.pk, original.history_id])
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.body) == ("Original", "Original body.")
    assert "Original body." in article.body_html
    assert article.history.count() == count + 1
    assert "Restored" in article.history.first().history_change_reason
    assert LogEntry.objects.filter(object_id=str(article.pk), user=editor).exists()


def test_restore_needs_a_post_and_the_right_to_edit(make_article):
    article = make_article("Published piece")
    record = article.history.first()
    url = reverse("admin:articles_article_restore", args=[article.pk, record.history_id])
    contributor = make_staff("writer", "Contributor")
    assert client_for(contributor).post(url).status_code == 404  # not theirs: not even listed
    assert client_for(make_staff("ed", "Editor")).get(url).status_code == 405


def test_a_save_based_on_a_stale_version_is_refused_and_the_other_work_kept(editor, make_article):
    article = make_article("Shared", body="Start.")
    alice, bob = client_for(editor), client_for(make_staff("bob", "Editor"))
    alice_form = form_fields(alice.get(change_url(article)).text)
    assert save_through_admin(bob, article, body="Bob's paragraph.").status_code == 302

    alice_form["body"] = "Alice's paragraph."
    response = alice.post(change_url(article), alice_form)
    assert response.status_code == 200
    assert "Someone else saved this article (bob" in response.text
    assert "Alice&#x27;s paragraph." in response.text  # her text stays in the form to copy
    article.refresh_from_db()
    assert article.body == "Bob's paragraph."


def test_a_save_after_reloading_goes_through(editor, make_article):
    article = make_article("Shared", body="Start.")
    bob = client_for(make_staff("bob", "Editor"))
    save_through_admin(bob, article, body="Bob's paragraph.")
    response = save_through_admin(client_for(editor), article, body="Alice, after reloading.")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "Alice, after reloading."
