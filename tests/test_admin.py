import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article

pytestmark = pytest.mark.django_db

MODELS = [model for model in admin.site._registry]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_changelist_and_add_form_load_for_superuser(admin_client, model, make_article):
    make_article("Listed article")
    opts = model._meta
    changelist = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    add = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    # django-axes' records of login attempts are read-only: no one adds one by hand.
    assert add.status_code == (403 if opts.app_label == "axes" else 200)


def test_article_change_form_shows_import_report_read_only(admin_client, make_article):
    article = make_article(
        "Imported", import_discarded=[{"text": "Accept cookies", "reason": "cookie banner"}]
    )
    response = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert response.status_code == 200
    assert "cookie banner" in response.text
    assert 'name="import_discarded"' not in response.text


def test_editor_can_create_article_through_admin(admin_client):
    data = {
        "title": "Written in the admin",
        "slug": "written-in-the-admin",
        "standfirst": "",
        "body": "## Heading\n\nText.",
        "section": "",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "review_notes": "",
    }
    response = admin_client.get(reverse("admin:articles_article_add"))
    for formset in response.context["inline_admin_formsets"]:
        prefix = formset.formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = admin_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="written-in-the-admin")
    assert article.toc == [{"level": 2, "id": "heading", "text": "Heading"}]
