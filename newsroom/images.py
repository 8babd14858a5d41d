"""Uploaded images: validated from the header before decoding, stripped of metadata, and
rendered once into a few widths (WebP plus the original format) for `srcset`.

Pure Pillow, no database: the admin forms and the tests call the same functions.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
WIDTHS = (480, 960, 1600)

# Pillow refuses anything over twice this with DecompressionBombError, and warns above it;
# the warning is turned into a refusal below, so nothing over 40 MP is ever decoded.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    format: str  # a key of FORMATS
    width: int
    height: int

    @property
    def extension(self) -> str:
        return FORMATS[self.format]


def _refuse_too_big(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise ValidationError(
            f"The image is {width}×{height} pixels ({width * height / 1e6:.0f} megapixels); "
            f"the limit is {MAX_PIXELS // 1_000_000} megapixels."
        )


def clean_image(data: bytes) -> CleanImage:
    """Check an upload and re-encode it without EXIF, GPS or other metadata.

    Format and dimensions are read from the header (`Image.open` is lazy) and checked before
    any pixel is decoded. Raises ValidationError with a message an editor can act on.
    """
    if len(data) > MAX_BYTES:
        raise ValidationError(
            f"The file is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB."
        )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.format not in FORMATS:
                raise ValidationError(
                    f"{image.format} images are not accepted: use JPEG, PNG, WebP or GIF."
                )
            _refuse_too_big(*image.size)
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ValidationError(
                f"The image is too large to open safely; the limit is "
                f"{MAX_PIXELS // 1_000_000} megapixels."
            ) from error
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                "This file is not a readable image: use JPEG, PNG, WebP or GIF."
            ) from error
    source_format = image.format
    # Turn the photo upright before the orientation tag goes with the rest of the EXIF data.
    upright = ImageOps.exif_transpose(image)
    return CleanImage(_encode(upright, source_format), source_format, upright.width, upright.height)


def _encode(image: Image.Image, format: str, width: int | None = None) -> bytes:
    """Encode pixels only: no `exif`, `icc_profile` or text chunks are passed on."""
    if width and width < image.width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGBA" if image.has_transparency_data else "RGB")
    if format == "JPEG" and image.mode == "RGBA":
        image = image.convert("RGB")
    pixels = Image.new(image.mode, image.size)
    pixels.paste(image)
    out = io.BytesIO()
    options = {"JPEG": {"quality": 85, "optimize": True}, "WEBP": {"quality": 80}}
    pixels.save(out, format=format, **options.get(format, {}))
    return out.getvalue()


def rendition_widths(width: int) -> list[int]:
    """The standard widths no wider than the original, or the original width if it is smaller."""
    return [w for w in WIDTHS if w <= width] or [width]


def renditions(clean: CleanImage) -> list[tuple[int, str, bytes]]:
    """(width, format, bytes) for every rendition: each width in WebP and the original format."""
    image = Image.open(io.BytesIO(clean.data))
    image.load()
    formats = ["WEBP"] if clean.format == "WEBP" else ["WEBP", clean.format]
    return [
        (width, format, _encode(image, format, width))
        for width in rendition_widths(clean.width)
        for format in formats
    ]
