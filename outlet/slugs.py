import re

from anyascii import anyascii
from django.utils.text import slugify

# Chinese characters are words of their own, written without spaces: each is transliterated
# apart ("中欧经贸" gives "zhong-ou-jing-mao", not "zhongoujingmao").
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def slug_text(text: str) -> str:
    """`text` as a slug in ASCII: other scripts transliterated by anyascii ("Путин" gives
    "putin", "ไทย" "aithy"), where Django's slugify alone drops them."""
    return slugify(anyascii(_HAN_RE.sub(lambda han: f" {han[0]} ", text)))


def slug_candidates(text: str, count: int, *, max_length: int = 200, fallback: str = "item"):
    """The first `count` slugs `unique_slug` tries for `text`, in its order."""
    base = slug_text(text)[: max_length - 6].strip("-") or fallback
    return [base, *(f"{base}-{n}" for n in range(2, count + 1))]


def unique_slug(queryset, text: str, *, max_length: int = 200, fallback: str = "item") -> str:
    """Return a slug for `text` that no row of `queryset` uses yet (`-2`, `-3`, ... on clashes)."""
    (base,) = slug_candidates(text, 1, max_length=max_length, fallback=fallback)
    slug, n = base, 1
    while queryset.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
