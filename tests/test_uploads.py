"""Oversized and hostile uploads are refused: bodies, file counts, SVG and HTML as images."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse

from newsroom.models import LeadImage
from tests.test_newsroom_permissions import form_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def boss_client():
    client = Client()
    client.force_login(User.objects.create_superuser("boss", password="pw"))
    return client


def test_a_form_body_over_the_limit_is_refused_with_400(boss_client, settings):
    url = reverse("admin:articles_article_add")
    big = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    assert boss_client.post(url, {"title": "Big", "body": big}).status_code == 400


def test_more_files_than_the_limit_are_refused_with_400(boss_client, settings):
    files = [
        SimpleUploadedFile(f"{n}.txt", b"Title\n\nBody.\n")
        for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
    ]
    response = boss_client.post(reverse("admin:articles_article_import"), {"files": files})
    assert response.status_code == 400


@override_settings(MAX_REQUEST_BYTES=1000)
def test_a_body_declared_over_the_request_limit_is_refused_with_413_unread(boss_client):
    response = boss_client.generic(
        "POST",
        reverse("admin:articles_article_import"),
        b"x" * 10,
        content_type="application/octet-stream",
        CONTENT_LENGTH="1001",
    )
    assert response.status_code == 413
    assert (
        Client().post("/search/", b"", content_type="text/plain", CONTENT_LENGTH="x").status_code
        == 400
    )


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("logo.svg", SVG, "image/svg+xml"),
        ("photo.png", SVG, "image/png"),
        ("page.html", HTML, "text/html"),
        ("photo.jpg", HTML, "image/jpeg"),
    ],
)
def test_svg_and_html_lead_images_are_refused(
    boss_client, make_article, name, content, content_type
):
    article = make_article("With a picture")
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_fields(boss_client.get(url).text)
    data.update(
        {
            "lead_image-TOTAL_FORMS": "1",
            "lead_image-0-alt": "A picture",
            "lead_image-0-image": SimpleUploadedFile(name, content, content_type),
        }
    )
    response = boss_client.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert "errorlist" in response.text
    assert not LeadImage.objects.exists()
