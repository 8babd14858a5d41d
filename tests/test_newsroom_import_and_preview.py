"""The admin's seed import page and the live Markdown preview endpoint."""

from pathlib import Path

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from newsroom.forms import MAX_IMPORT_BYTES, MAX_IMPORT_FILES
from tests.test_newsroom_permissions import client_for, make_staff

pytestmark = pytest.mark.django_db

SEEDS = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))
IMPORT_URL = "admin:articles_article_import"


def seed_upload(path: Path):
    return SimpleUploadedFile(path.name, path.read_bytes(), "text/plain")


@pytest.fixture
def editor(db):
    return make_staff("editor", "Editor")


def test_editor_imports_seed_files_and_sees_the_per_file_report(editor):
    client = client_for(editor)
    response = client.post(
        reverse(IMPORT_URL),
        {
            "files": [seed_upload(p) for p in SEEDS]
            + [SimpleUploadedFile("junk.txt", b"\x00\x01", "text/plain")],
            "as_draft": "on",
        },
    )
    assert response.status_code == 200
    rows = {r.source: r for r in response.context["results"]}
    assert {rows[p.name].status for p in SEEDS} == {"created"}
    assert rows["junk.txt"].status == "failed"
    for path in SEEDS:
        assert path.name in response.text
    imported = Article.objects.filter(source_ref__in=[p.name for p in SEEDS])
    assert imported.count() == len(SEEDS)
    assert set(imported.values_list("status", flat=True)) == {Article.Status.DRAFT}
    logged = LogEntry.objects.filter(user=editor).values_list("change_message", flat=True)
    assert {f"Import of {p.name}: created" for p in SEEDS} <= set(logged)
    assert any("junk.txt: failed" in message for message in logged)
    assert {revision.history_user for a in imported for revision in a.history.all()} == {editor}


def test_reimporting_the_same_file_reports_unchanged(editor):
    client = client_for(editor)
    client.post(reverse(IMPORT_URL), {"files": [seed_upload(SEEDS[0])]})
    response = client.post(reverse(IMPORT_URL), {"files": [seed_upload(SEEDS[0])]})
    assert [r.status for r in response.context["results"]] == ["unchanged"]


def test_files_over_the_size_limit_are_refused_before_importing(editor):
    big = SimpleUploadedFile("big.txt", b"a" * (MAX_IMPORT_BYTES + 1), "text/plain")
    response = client_for(editor).post(reverse(IMPORT_URL), {"files": [big]})
    assert "Over the 2 MB limit: big.txt" in response.text
    assert not response.context["results"]


def test_too_many_files_are_refused(editor):
    files = [
        SimpleUploadedFile(f"{n}.txt", b"x", "text/plain") for n in range(MAX_IMPORT_FILES + 1)
    ]
    response = client_for(editor).post(reverse(IMPORT_URL), {"files": files})
    assert f"At most {MAX_IMPORT_FILES} files" in response.text


def test_contributors_cannot_import(db):
    client = client_for(make_staff("writer", "Contributor"))
    assert client.get(reverse(IMPORT_URL)).status_code == 403
    assert client.post(reverse(IMPORT_URL), {"files": [seed_upload(SEEDS[0])]}).status_code == 403
    assert not Article.objects.exists()


def test_import_requires_the_csrf_token(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse(IMPORT_URL), {"files": [seed_upload(SEEDS[0])]})
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_change_list_links_to_the_import_page_for_editors_only(editor):
    url = reverse("admin:articles_article_changelist")
    assert reverse(IMPORT_URL) in client_for(editor).get(url).text
    writer = client_for(make_staff("writer", "Contributor"))
    assert reverse(IMPORT_URL) not in writer.get(url).text


# Live preview.

PREVIEW_URL = "admin:articles_article_markdown_preview"


def test_markdown_preview_renders_with_the_real_renderer_and_counts_words(editor):
    body = (
        "## A heading\n\nSome words here.\n\n> We will prevail.\n>\n> — A Speaker\n\n"
        "<script>x</script>"
    )
    response = client_for(editor).post(reverse(PREVIEW_URL), {"body": body})
    assert response.status_code == 200
    data = response.json()
    assert '<h2 id="a-heading"' in data["html"]
    assert "pull" in data["html"] and "<script>" not in data["html"]
    assert data["words"] >= 8 and data["minutes"] == 1


def test_markdown_preview_is_for_staff_with_article_rights_and_post_only(client, editor):
    assert client.post(reverse(PREVIEW_URL), {"body": "x"}).status_code == 302  # to login
    assert client_for(editor).get(reverse(PREVIEW_URL)).status_code == 405
    no_role = client_for(make_staff("nobody", None))
    assert no_role.post(reverse(PREVIEW_URL), {"body": "x"}).status_code == 403


def test_article_form_wires_the_preview_script_without_inline_script(editor):
    response = client_for(editor).get(reverse("admin:articles_article_add"))
    assert f'data-preview-url="{reverse(PREVIEW_URL)}"' in response.text
    assert "newsroom/markdown_preview.js" in response.text
    assert "onclick=" not in response.text
