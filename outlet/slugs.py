from django.utils.text import slugify


def unique_slug(queryset, text: str, *, max_length: int = 200, fallback: str = "item") -> str:
    """Return a slug for `text` that no row of `queryset` uses yet (`-2`, `-3`, ... on clashes)."""
    base = slugify(text)[: max_length - 6].strip("-") or fallback
    slug, n = base, 1
    while queryset.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
