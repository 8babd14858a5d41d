"""Images: checked from the header before decoding, stripped of metadata, rendered once."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse
from PIL import Image

from authors.models import Author
from newsroom.images import MAX_BYTES, clean_image
from newsroom.models import LeadImage
from tests.test_newsroom_permissions import change_url, client_for, form_fields, make_staff

GPS_IFD = 0x8825


def jpeg_with_gps(width=2000, height=1000) -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"  # camera make
    exif[GPS_IFD] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size: a decompression bomb's calling card."""
    out = io.BytesIO()
    Image.new("L", (1, 1)).save(out, format="PNG")
    data = bytearray(out.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def test_exif_and_gps_data_are_stripped():
    source = jpeg_with_gps()
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(GPS_IFD)
    clean = clean_image(source)
    cleaned = Image.open(io.BytesIO(clean.data))
    assert not cleaned.getexif()
    assert b"SpyCam" not in clean.data
    assert (clean.format, clean.width, clean.height) == ("JPEG", 2000, 1000)


@pytest.mark.parametrize(("width", "height"), [(20_000, 20_000), (7_000, 7_000)])
def test_decompression_bombs_are_refused_before_decoding(width, height):
    with pytest.raises(ValidationError, match="megapixels"):
        clean_image(png_claiming(width, height))


def test_files_over_ten_megabytes_are_refused():
    with pytest.raises(ValidationError, match="10 MB"):
        clean_image(b"\xff\xd8" + b"0" * MAX_BYTES)


@pytest.mark.parametrize("format", ["BMP", "TIFF"])
def test_only_jpeg_png_webp_and_gif_are_accepted(format):
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format=format)
    with pytest.raises(ValidationError, match="not accepted"):
        clean_image(out.getvalue())


def test_a_file_that_is_not_an_image_is_refused_clearly():
    with pytest.raises(ValidationError, match="not a readable image"):
        clean_image(b"<html>not an image</html>")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def upload_lead_image(client, article, data: bytes, alt="A red square"):
    form = form_fields(client.get(change_url(article)).text)
    form.update(
        {
            "lead_image-TOTAL_FORMS": "1",
            "lead_image-0-alt": alt,
            "lead_image-0-caption": "Red, square",
            "lead_image-0-credit": "Staff photographer",
            "lead_image-0-image": SimpleUploadedFile("photo.jpg", data, "image/jpeg"),
        }
    )
    return client.post(change_url(article), form)


@pytest.mark.django_db
def test_a_lead_image_uploaded_in_the_admin_gets_renditions_used_in_srcset(media, make_article):
    article = make_article("Pictured")
    response = upload_lead_image(client_for(make_staff("ed", "Editor")), article, jpeg_with_gps())
    assert response.status_code == 302
    image = LeadImage.objects.get(article=article)
    assert (image.width, image.height) == (2000, 1000)
    assert b"SpyCam" not in image.image.read()
    made = {(r["width"], r["format"]) for r in image.renditions}
    assert made == {(w, f) for w in (480, 960, 1600) for f in ("WEBP", "JPEG")}
    for rendition in image.renditions:
        assert (media / rendition["name"]).exists()
    assert Image.open(media / image.renditions[0]["name"]).width == 480

    html = render_to_string("newsroom/lead_image.html", {"article": article})
    assert 'type="image/webp"' in html and ".webp 480w" in html and ".jpg 1600w" in html
    assert 'width="2000" height="1000"' in html and 'alt="A red square"' in html
    assert 'sizes="' in html and "Staff photographer" in html
    assert image.og_url.endswith("1600.jpg")


@pytest.mark.django_db
def test_lead_image_needs_alt_text(media, make_article):
    article = make_article("Pictured")
    response = upload_lead_image(
        client_for(make_staff("ed", "Editor")), article, jpeg_with_gps(), alt=""
    )
    assert response.status_code == 200
    assert not LeadImage.objects.exists()


@pytest.mark.django_db
def test_a_bomb_uploaded_in_the_admin_gets_a_clear_message(media, make_article):
    article = make_article("Pictured")
    response = upload_lead_image(
        client_for(make_staff("ed", "Editor")), article, png_claiming(20_000, 20_000)
    )
    assert response.status_code == 200
    assert "megapixels" in response.text
    assert not LeadImage.objects.exists()


@pytest.mark.django_db
def test_author_photos_are_stripped_of_exif_too(media):
    author = Author.objects.create(name="Photographed", slug="photographed")
    client = client_for(make_staff("ed", "Editor"))
    url = reverse("admin:authors_author_change", args=[author.pk])
    form = form_fields(client.get(url).text)
    form["photo"] = SimpleUploadedFile("me.jpg", jpeg_with_gps(400, 400), "image/jpeg")
    assert client.post(url, form).status_code == 302
    author.refresh_from_db()
    with author.photo.open("rb") as photo:
        assert b"SpyCam" not in photo.read()
    assert not Image.open(author.photo.path).getexif()


def test_an_article_without_a_lead_image_renders_nothing(db, make_article):
    assert render_to_string("newsroom/lead_image.html", {"article": make_article()}).strip() == ""


@pytest.mark.django_db
def test_lead_image_is_shown_on_the_article_page_cards_and_open_graph(
    media, make_article, client, settings
):
    article = make_article("Pictured")
    upload_lead_image(client_for(make_staff("ed", "Editor")), article, jpeg_with_gps())
    image = LeadImage.objects.get(article=article)

    page = client.get(article.get_absolute_url()).text
    assert 'srcset="' in page and 'width="2000" height="1000"' in page
    assert f'<meta property="og:image" content="{settings.SITE_URL}{image.og_url}">' in page
    assert 'name="twitter:card" content="summary_large_image"' in page

    home = client.get(reverse("home")).text
    assert 'loading="lazy"' in home and ".webp 480w" in home


@pytest.mark.django_db
def test_author_photo_is_shown_in_the_author_box_with_its_size(media, make_article, client):
    author = Author.objects.create(name="Photographed", slug="photographed")
    editor = client_for(make_staff("ed", "Editor"))
    url = reverse("admin:authors_author_change", args=[author.pk])
    form = form_fields(editor.get(url).text)
    form["photo"] = SimpleUploadedFile("me.jpg", jpeg_with_gps(400, 300), "image/jpeg")
    assert editor.post(url, form).status_code == 302
    article = make_article("With portrait", authors=[author])
    page = client.get(article.get_absolute_url()).text
    assert 'class="author-photo"' in page and 'width="400" height="300"' in page
