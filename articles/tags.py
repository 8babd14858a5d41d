"""Tag addresses in ASCII, like the site's other addresses."""

import re

from taggit.models import Tag

from outlet.slugs import unique_slug

_TAG_SLUG_LENGTH = Tag._meta.get_field("slug").max_length


def ascii_slug_for_new_tag(sender, instance, raw=False, **kwargs):
    """Give a new tag a transliterated slug where django-taggit made a Unicode one.

    taggit's slugify keeps letters but drops vowel signs ("ธีรวัฒน์" gives "ธรวฒน"), and makes
    addresses that differ in script from every other on the site. A pre-save receiver catches
    every way a tag is made (the article form, the import, the tag admin); a slug an editor
    typed is kept.
    """
    if raw or not instance._state.adding or (instance.slug and instance.slug.isascii()):
        return
    made = instance.slugify(instance.name)
    # taggit's own retry after a clash adds "_1", "_2", ...
    if instance.slug == made or re.fullmatch(rf"{re.escape(made)}_\d+", instance.slug):
        instance.slug = unique_slug(
            Tag.objects.all(), instance.name, max_length=_TAG_SLUG_LENGTH, fallback="tag"
        )
