import pytest
from django.urls import reverse

from pages.models import Page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("slug", ["about", "data-protection"])
def test_standing_pages_exist_and_are_linked_from_the_footer(client, slug):
    page = Page.objects.get(slug=slug)
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    assert f"<h1>{page.title}</h1>" in response.text
    footer = client.get(reverse("home")).text.split('<footer class="site-footer">')[1]
    assert f'href="{page.get_absolute_url()}"' in footer


def test_editor_changes_show_rendered_and_sanitised(client):
    page = Page.objects.get(slug="about")
    page.body = "## Team\n\nWe are **three**.\n\n<script>alert(1)</script>"
    page.save()
    html = client.get(page.get_absolute_url()).text
    assert "<strong>three</strong>" in html and 'id="team"' in html
    assert "<script>alert" not in html


def test_editors_edit_pages_in_the_admin(admin_client):
    page = Page.objects.get(slug="data-protection")
    url = reverse("admin:pages_page_change", args=[page.pk])
    assert admin_client.get(url).status_code == 200
