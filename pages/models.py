from django.db import models
from django.urls import reverse

from articles.rendering import render_markdown


class Page(models.Model):
    """A standing page of the site, such as About or the Data Protection Policy."""

    class Kind(models.TextChoices):
        ABOUT = "about", "About"
        DATA_PROTECTION = "data-protection", "Data Protection Policy"

    slug = models.SlugField(
        max_length=40, unique=True, choices=Kind.choices, help_text="Which page this is."
    )
    title = models.CharField(max_length=200)
    description = models.CharField(
        max_length=300, blank=True, help_text="One line for search engines and link previews."
    )
    body = models.TextField(help_text="Markdown, as in articles.")
    body_html = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body).html
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "body_html"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("page_detail", kwargs={"slug": self.slug})
