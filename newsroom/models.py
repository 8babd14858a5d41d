from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history import register

from articles.models import Article
from newsroom.images import FORMATS, CleanImage, renditions

PREVIEW_SALT = "newsroom.preview-link"
PREVIEW_DAYS = 7

# Every save of an article keeps a revision, with its user, in newsroom_historicalarticle.
# Derived and bulky fields are left out: they are recomputed from the body on restore.
register(
    Article,
    app="newsroom",
    excluded_fields=["body_html", "toc", "import_discarded", "source_checksum"],
)


class Newsroom(models.Model):
    """No table: it only carries the newsroom's own permissions, which the roles are built from."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("publish_article", "Can publish, schedule and unpublish articles"),
            ("import_seeds", "Can import seed files"),
        ]

    def __str__(self):
        return "Newsroom"


def default_expiry():
    return timezone.now() + timezone.timedelta(days=PREVIEW_DAYS)


class PreviewLink(models.Model):
    """A signed link that shows an unpublished article to someone without an account."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="preview_links")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=default_expiry)
    revoked = models.BooleanField(default=False, help_text="A revoked link shows nothing.")

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Preview of {self.article}"

    def get_absolute_url(self):
        return (
            f"{reverse('article_detail', kwargs={'slug': self.article.slug})}?preview={self.token}"
        )

    @property
    def token(self) -> str:
        return signing.Signer(salt=PREVIEW_SALT).sign(str(self.pk))

    @property
    def is_active(self) -> bool:
        return not self.revoked and self.expires_at > timezone.now()


class LeadImage(models.Model):
    """An article's lead image, with renditions made once at upload for `srcset`."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="lead_image")
    image = models.ImageField(
        upload_to="lead/%Y/%m/",
        width_field="width",
        height_field="height",
        help_text="JPEG, PNG, WebP or GIF; at most 10 MB and 40 megapixels. "
        "Location and camera data are removed.",
    )
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    alt = models.CharField(
        "alt text",
        max_length=300,
        help_text="What the image shows, for readers who cannot see it.",
    )
    caption = models.CharField(max_length=500, blank=True)
    credit = models.CharField(max_length=200, blank=True, help_text="Photographer or agency.")
    renditions = models.JSONField(default=list, blank=True, editable=False)

    SIZES = "(min-width: 48rem) 48rem, 100vw"

    class Meta:
        verbose_name = "lead image"

    def __str__(self):
        return self.alt

    @property
    def url(self) -> str:
        return self.image.url

    def _srcset(self, format: str) -> str:
        return ", ".join(
            f"{default_storage.url(r['name'])} {r['width']}w"
            for r in self.renditions
            if r["format"] == format
        )

    @property
    def original_format(self) -> str:
        formats = {r["format"] for r in self.renditions}
        return next((f for f in formats if f != "WEBP"), "WEBP")

    @property
    def srcset(self) -> str:
        """Renditions in the original format (JPEG, PNG or GIF), for the `<img>` itself."""
        return self._srcset(self.original_format)

    @property
    def webp_srcset(self) -> str:
        return self._srcset("WEBP")

    @property
    def sizes(self) -> str:
        return self.SIZES

    @property
    def og_url(self) -> str:
        """The widest rendition in the original format: the Open Graph and card image."""
        widest = max(
            (r for r in self.renditions if r["format"] == self.original_format),
            key=lambda r: r["width"],
            default=None,
        )
        return default_storage.url(widest["name"]) if widest else self.image.url

    def make_renditions(self) -> None:
        """Write every rendition once and remember them; called after each upload."""
        self.image.open("rb")
        self.image.seek(0)
        clean = CleanImage(self.image.read(), _format_of(self.image.name), self.width, self.height)
        self.image.close()
        for old in self.renditions:
            default_storage.delete(old["name"])
        made = []
        for width, format, data in renditions(clean):
            name = f"renditions/lead/{self.pk}/{width}.{FORMATS[format]}"
            default_storage.delete(name)
            made.append(
                {
                    "width": width,
                    "format": format,
                    "name": default_storage.save(name, ContentFile(data)),
                }
            )
        self.renditions = made
        LeadImage.objects.filter(pk=self.pk).update(renditions=made)


def _format_of(name: str) -> str:
    extension = name.rsplit(".", 1)[-1].lower()
    return {"jpeg": "JPEG", **{ext: fmt for fmt, ext in FORMATS.items()}}[extension]
