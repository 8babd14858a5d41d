from functools import partial

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from taggit.models import TaggedItem

from articles.models import Article, ArticleAuthor, Quote, RelatedArticle, Section, Speaker
from newsroom import actions, admin_views
from newsroom.forms import ArticleAdminForm, LeadImageForm
from newsroom.models import LeadImage, PreviewLink
from newsroom.roles import author_for, can_publish, is_restricted, may_edit, own_articles

Status = Article.Status


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    autocomplete_fields = ["author"]
    extra = 0
    verbose_name = "author"
    verbose_name_plural = "Authors (in byline order)"


class TaggedItemInline(GenericTabularInline):
    model = TaggedItem
    autocomplete_fields = ["tag"]
    extra = 0
    verbose_name = "tag"
    verbose_name_plural = "Tags"


class QuoteInline(admin.TabularInline):
    model = Quote
    autocomplete_fields = ["speaker"]
    extra = 0
    fields = ["position", "kind", "text", "speaker"]


class RelatedArticleInline(admin.TabularInline):
    model = RelatedArticle
    fk_name = "from_article"
    autocomplete_fields = ["to_article"]
    extra = 0
    verbose_name = "related article"
    verbose_name_plural = "Curated related articles (in order)"


class LeadImageInline(admin.StackedInline):
    model = LeadImage
    form = LeadImageForm
    extra = 0
    max_num = 1
    readonly_fields = ["dimensions"]

    @admin.display(description="Size")
    def dimensions(self, image):
        return f"{image.width} × {image.height} px" if image.pk else "—"


class PreviewLinkInline(admin.TabularInline):
    """Links made with the "Create a preview link" action; revoke one by ticking it."""

    model = PreviewLink
    extra = 0
    max_num = 0
    can_delete = False
    fields = ["link", "created_by", "expires_at", "revoked"]
    readonly_fields = ["link", "created_by", "expires_at"]
    verbose_name_plural = "Preview links for outside reviewers"

    @admin.display(description="Link")
    def link(self, preview):
        state = "active" if preview.is_active else "inactive"
        return format_html('<a href="{0}">{0}</a> ({1})', preview.get_absolute_url(), state)


class StateFilter(admin.SimpleListFilter):
    """Status as an editor thinks of it: published articles dated ahead are "scheduled"."""

    title = "status"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", "Draft"),
            ("review", "In review"),
            ("scheduled", "Scheduled"),
            ("live", "Published and live"),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        return {
            "draft": lambda: queryset.filter(status=Status.DRAFT),
            "review": lambda: queryset.filter(status=Status.REVIEW),
            "scheduled": lambda: queryset.filter(status=Status.PUBLISHED, published_at__gt=now),
            "live": lambda: queryset.filter(status=Status.PUBLISHED, published_at__lte=now),
        }.get(self.value(), lambda: queryset)()


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = ["title", "state", "date", "section", "needs_review", "is_stub"]
    list_filter = [
        StateFilter,
        "needs_review",
        "is_stub",
        "section",
        ("authors", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["section"]
    search_fields = ["title", "standfirst", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["section"]
    actions = [
        actions.publish,
        actions.unpublish,
        actions.send_to_review,
        actions.create_preview_link,
    ]
    inlines = [
        LeadImageInline,
        ArticleAuthorInline,
        TaggedItemInline,
        QuoteInline,
        RelatedArticleInline,
        PreviewLinkInline,
    ]
    # Contributors neither pick bylines nor curate links to other people's articles.
    EDITOR_INLINES = (ArticleAuthorInline, RelatedArticleInline, PreviewLinkInline)
    CONTRIBUTOR_READONLY = ["status", "published_at", "needs_review", "review_notes", "is_stub"]
    readonly_fields = [
        "created_at",
        "updated_at",
        "table_of_contents",
        "source_ref",
        "source_checksum",
        "imported_at",
        "import_report",
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body", "section", "version"]}),
        ("Publication", {"fields": ["status", "published_at", "needs_review", "review_notes"]}),
        ("Derived", {"classes": ["collapse"], "fields": ["table_of_contents"]}),
        (
            "Import",
            {
                "classes": ["collapse"],
                "fields": ["is_stub", "source_ref", "source_checksum", "imported_at"]
                + ["import_report"],
            },
        ),
        ("History", {"classes": ["collapse"], "fields": ["created_at", "updated_at"]}),
    ]

    class Media:
        css = {"all": ["newsroom/admin.css"]}
        js = ["newsroom/markdown_preview.js"]

    # Roles: model permissions come from the groups; these add the per-article rules.

    def get_queryset(self, request):
        articles = super().get_queryset(request)
        if is_restricted(request.user):
            return articles.filter(pk__in=own_articles(request.user).values("pk"))
        return articles

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and may_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not is_restricted(request.user)

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly + self.CONTRIBUTOR_READONLY if is_restricted(request.user) else readonly

    def get_inlines(self, request, obj):
        if is_restricted(request.user):
            return [i for i in self.inlines if i not in self.EDITOR_INLINES]
        return self.inlines

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if "body" in form.base_fields:
            # The live preview script finds its endpoint here: no inline script needed.
            form.base_fields["body"].widget.attrs.update(
                {
                    "data-preview-url": reverse("admin:articles_article_markdown_preview"),
                    "rows": 24,
                }
            )
        return form

    def save_model(self, request, obj, form, change):
        if is_restricted(request.user) and not change:
            # Read-only fields are never taken from the POST; this only restates the rule.
            obj.status, obj.published_at = Status.DRAFT, None
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if is_restricted(request.user) and not change:
            ArticleAuthor.objects.get_or_create(
                article=form.instance, author=author_for(request.user)
            )

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is LeadImage:
            for image_form in formset.forms:
                if image_form.instance.pk and "image" in image_form.changed_data:
                    image_form.instance.make_renditions()

    # The change list at a glance.

    @admin.display(description="Status", ordering="status")
    def state(self, article):
        if article.status == Status.PUBLISHED and not article.is_public:
            return "Scheduled"
        return article.get_status_display()

    @admin.display(description="Date", ordering="published_at")
    def date(self, article):
        when = article.published_at or article.updated_at
        label = "" if article.published_at else "edited "
        return f"{label}{date_format(timezone.localtime(when), 'SHORT_DATETIME_FORMAT')}"

    @admin.display(description="Table of contents")
    def table_of_contents(self, article):
        return (
            format_html_join(
                "\n", "<div>{} {}</div>", ((f"H{e['level']}", e["text"]) for e in article.toc)
            )
            or "—"
        )

    @admin.display(description="Lines the import left out")
    def import_report(self, article):
        return (
            format_html_join(
                "\n",
                "<p><strong>{}</strong><br><pre class='newsroom-pre'>{}</pre></p>",
                (
                    (line.get("reason", ""), line.get("text", ""))
                    for line in article.import_discarded
                ),
            )
            or "—"
        )

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(partial(function, model_admin=self))

        return [
            path(
                "import/",
                view(admin_views.import_seeds),
                name="articles_article_import",
            ),
            path(
                "markdown-preview/",
                view(admin_views.markdown_preview),
                name="articles_article_markdown_preview",
            ),
            path(
                "<path:object_id>/revisions/",
                view(admin_views.revisions),
                name="articles_article_revisions",
            ),
            path(
                "<path:object_id>/revisions/<int:history_id>/restore/",
                view(admin_views.restore),
                name="articles_article_restore",
            ),
            *super().get_urls(),
        ]


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "description", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    """Editors only: contributors edit quotes inline, on their own articles."""

    list_display = ["text", "speaker", "kind", "article"]
    list_filter = ["kind"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker__name"]
    autocomplete_fields = ["speaker", "article"]

    def has_module_permission(self, request):
        return can_publish(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return can_publish(request.user) and super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return can_publish(request.user) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return can_publish(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return can_publish(request.user) and super().has_delete_permission(request, obj)
