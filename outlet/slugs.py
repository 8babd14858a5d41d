from django.utils.text import slugify


def slug_candidates(text: str, count: int, *, max_length: int = 200, fallback: str = "item"):
    """The first `count` slugs `unique_slug` tries for `text`, in its order."""
    base = slugify(text)[: max_length - 6].strip("-") or fallback
    return [base, *(f"{base}-{n}" for n in range(2, count + 1))]


def unique_slug(queryset, text: str, *, max_length: int = 200, fallback: str = "item") -> str:
    """Return a slug for `text` that no row of `queryset` uses yet (`-2`, `-3`, ... on clashes)."""
    (base,) = slug_candidates(text, 1, max_length=max_length, fallback=fallback)
    slug, n = base, 1
    while queryset.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
