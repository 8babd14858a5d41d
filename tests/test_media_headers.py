"""Uploaded media as served in development: never sniffed into HTML, never able to run script."""

import pytest
from django.test import override_settings

HOSTILE = {
    "images/logo.png": b"<html><script>alert(1)</script></html>",
    "images/page.html": b"<html><body><script>alert(1)</script></body></html>",
    "images/drawing.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
}


@pytest.fixture
def media(tmp_path):
    for name, content in HOSTILE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    with override_settings(MEDIA_ROOT=tmp_path, ROOT_URLCONF="tests.media_urls"):
        yield


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_media_is_served_with_nosniff_and_a_policy_without_inline_script(client, media, name):
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert not response.cookies
