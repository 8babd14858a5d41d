from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse


class Author(models.Model):
    """A byline. Bylines need no user account; staff who write can be linked to theirs."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    aliases = ArrayField(
        models.CharField(max_length=200),
        default=list,
        blank=True,
        help_text="Other spellings of the same name, comma-separated. The importer matches them.",
    )
    bio = models.TextField(blank=True)
    links = ArrayField(
        models.URLField(max_length=500),
        default=list,
        blank=True,
        help_text="Web pages about the author, comma-separated.",
    )
    handles = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        help_text="Social media handles such as @name, comma-separated.",
    )
    photo = models.ImageField(
        upload_to="authors/",
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
        help_text="A square portrait works best. Location and camera data are removed.",
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
        help_text="The staff account of an author who writes in the admin.",
    )

    class Meta:
        ordering = ["name"]
        indexes = [GinIndex(fields=["aliases"], name="author_aliases_gin")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("author_detail", kwargs={"slug": self.slug})
