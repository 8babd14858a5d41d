from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Func, IntegerField, Lookup, OuterRef, Q, Subquery
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from taggit.managers import TaggableManager

from articles.rendering import render_markdown
from authors.models import Author
from outlet.slugs import unique_slug


class Section(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True, help_text="Shown at the top of the section page.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("section_detail", kwargs={"slug": self.slug})


class AnyOf(Lookup):
    """`lhs = ANY(rhs)`: whether a value is in an array (a pk in one probes the pk index)."""

    lookup_name = "any_of"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", (*lhs_params, *rhs_params)


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """What the public may see: every public read starts here.

        Comparing with the clock at query time is what makes a future-dated article go live on
        time without a scheduler. (`now` is for SQL compiled once and run with each request's
        clock: `articles.parts`.)
        """
        return self.filter(
            status=Article.Status.PUBLISHED,
            published_at__lte=timezone.now() if now is None else now,
            is_stub=False,
        )

    def with_parts(self, now=None):
        """What an article page reads: the article, its stored parts (`parts_head`, ...; see
        `articles.parts`) and how many of the articles they link to are still public."""
        shown = (
            Article.objects.published(now)
            .filter(AnyOf(F("pk"), OuterRef("parts__shows")))
            .order_by()
            .values(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
        )
        stored = {f"parts_{name}": F(f"parts__{name}") for name in ArticleParts.STORED}
        return self.defer("body", "review_notes", "import_discarded").annotate(
            **stored, parts_public_shown=Subquery(shown)
        )

    def before(self, published_at, pk):
        """Articles that come before the position (`published_at`, `pk`) in publication order;
        values or `OuterRef`s. A plain bound on the date lets a date index start at the
        position; the tie-break on id then filters the few rows that share its date."""
        return self.filter(published_at__lte=published_at).exclude(
            published_at=published_at, pk__gte=pk
        )

    def after(self, published_at, pk):
        """Articles that come after the position (`published_at`, `pk`); see `before`."""
        return self.filter(published_at__gte=published_at).exclude(
            published_at=published_at, pk__lte=pk
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True, help_text="The article's address.")
    standfirst = models.TextField(blank=True, help_text="One or two sentences under the title.")
    body = models.TextField(
        blank=True,
        help_text="Markdown. ## and ### make headings (and the table of contents); a blockquote "
        "whose last line starts with '— ' is a pull quote; 'Table: caption' above a table "
        "captions it.",
    )
    body_html = models.TextField(blank=True, editable=False)
    toc = models.JSONField(default=list, blank=True, editable=False)
    section = models.ForeignKey(
        Section, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    authors = models.ManyToManyField(
        Author, through="ArticleAuthor", blank=True, related_name="articles"
    )
    tags = TaggableManager(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="A future date schedules the article: it goes live at that moment.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    related = models.ManyToManyField(
        "self",
        through="RelatedArticle",
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text="Curated related articles, shown before the computed ones.",
    )
    is_stub = models.BooleanField(
        default=False,
        help_text="Only the title is known (made from a related-article teaser on import).",
    )
    needs_review = models.BooleanField(default=False)
    review_notes = models.TextField(blank=True)
    source_ref = models.CharField(
        max_length=255,
        unique=True,
        null=True,
        blank=True,
        help_text="The imported file this article came from.",
    )
    source_checksum = models.CharField(max_length=64, blank=True)
    imported_at = models.DateTimeField(null=True, blank=True, editable=False)
    import_discarded = models.JSONField(
        default=list,
        blank=True,
        help_text="Lines of the source that the import left out, with the reason for each.",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_status_pub_idx"),
            # Section pages, previous/next and related posts read a section's public articles
            # newest first, from the index alone.
            models.Index(
                fields=["section", "-published_at", "-id"],
                condition=Q(status="published", is_stub=False),
                name="article_section_public_idx",
            ),
            models.Index(fields=["-updated_at"], name="article_updated_idx"),
            # The import finds related-article teasers and stubs by title, ignoring case.
            models.Index(Upper("title"), name="article_title_upper_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="published_article_has_date",
                violation_error_message="A published article needs a publication date.",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(is_stub=False),
                name="stub_is_never_published",
                violation_error_message="A stub (title only) cannot be published.",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, speaker_url=None, rendered=None, **kwargs):
        """Save, rendering the body; `speaker_url(name)` may stand in for the speaker lookups
        of the pull-quote captions when the caller already holds the speakers, and `rendered`
        for the rendering when the caller has rendered this body so already (the importer's
        workers do)."""
        if not self.slug:
            self.slug = unique_slug(
                Article.objects.exclude(pk=self.pk), self.title, fallback="article"
            )
        rendered = rendered or render_markdown(
            self.body, speaker_url=speaker_url or Speaker.objects.url_for_name
        )
        self.body_html, self.toc = rendered.html, rendered.toc
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "body_html", "toc"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("article_detail", kwargs={"slug": self.slug})

    @property
    def is_edited_since_import(self):
        """Import stamps `imported_at` with the save's `updated_at`; an editor's save moves on."""
        return self.imported_at is not None and self.updated_at > self.imported_at

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and not self.is_stub
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )


class ArticleAuthor(models.Model):
    """Byline order: the first author is the primary one."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")
        ]

    def __str__(self):
        return f"{self.author} on {self.article}"


class RelatedArticle(models.Model):
    from_article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    to_article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_article", "to_article"], name="unique_related_article"
            ),
            models.CheckConstraint(
                condition=~Q(from_article=models.F("to_article")), name="related_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.from_article} → {self.to_article}"


class ArticleParts(models.Model):
    """An article page's HTML around its body, built from rows besides the article's own, so
    that a reader's page needs only the article's row and this one (`articles.parts`)."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="parts"
    )
    head = models.TextField()
    top = models.TextField()
    bottom = models.TextField()
    deps = ArrayField(
        models.CharField(max_length=250),
        help_text="What the parts show, as page-cache keys: a change to any deletes them.",
    )
    shows = ArrayField(
        models.BigIntegerField(),
        default=list,
        help_text="The other articles they link to: each read must find them all still public.",
    )
    expires_at = models.DateTimeField(
        null=True, help_text="The next scheduled publication in the article's section."
    )
    version = models.CharField(
        max_length=16, help_text="Of the templates, code and settings they were rendered with."
    )
    built_at = models.DateTimeField(auto_now=True)

    STORED = ("head", "top", "bottom", "deps", "shows", "expires_at", "version")

    class Meta:
        ordering = ["-built_at"]
        indexes = [GinIndex(fields=["deps"], name="article_parts_deps_gin")]
        verbose_name_plural = "article parts"

    def __str__(self):
        return f"Page parts of article {self.article_id}"

    def get_absolute_url(self):
        return self.article.get_absolute_url()


class SpeakerQuerySet(models.QuerySet):
    def matching_name(self, name: str):
        return self.filter(Q(name__iexact=name) | Q(aliases__contains=[name]))

    def url_for_name(self, name: str) -> str | None:
        """The speaker page for a pull quote's caption, or None for an unknown speaker."""
        speaker = self.matching_name(name).only("slug").first()
        return speaker.get_absolute_url() if speaker else None


class Speaker(models.Model):
    """A person or body that is quoted."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    aliases = ArrayField(
        models.CharField(max_length=200),
        default=list,
        blank=True,
        help_text="Other spellings of the name, comma-separated.",
    )
    description = models.CharField(
        max_length=300, blank=True, help_text="A role, such as “Russian President”."
    )

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [GinIndex(fields=["aliases"], name="speaker_aliases_gin")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("speaker_detail", kwargs={"slug": self.slug})


class Quote(models.Model):
    class Kind(models.TextChoices):
        PULL = "pull", "Pull quote"
        INLINE = "inline", "Inline quote"

    text = models.TextField()
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="quotes")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    kind = models.CharField(max_length=6, choices=Kind.choices, default=Kind.INLINE)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order of the quote in the article."
    )

    class Meta:
        ordering = ["article", "position", "id"]
        indexes = [models.Index(fields=["speaker", "article"], name="quote_speaker_idx")]

    def __str__(self):
        return f"“{self.text[:60]}” — {self.speaker}"

    def get_absolute_url(self):
        return self.speaker.get_absolute_url()
