"""Workflow actions on the article change list. Each saves article by article, so every change
keeps a revision and an admin log entry, and each checks the role it needs."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.formats import date_format

from articles.models import Article
from newsroom.models import PreviewLink
from newsroom.roles import may_edit

Status = Article.Status


def _save(modeladmin, request, article, message):
    article.save()
    modeladmin.log_change(request, article, message)


@admin.action(permissions=["publish"], description="Publish (or schedule, if dated ahead)")
def publish(modeladmin, request, queryset):
    now, live, scheduled, stubs = timezone.now(), 0, 0, []
    for article in queryset.exclude(status=Status.PUBLISHED):
        if article.is_stub:
            stubs.append(article.title)
            continue
        article.status = Status.PUBLISHED
        article.published_at = article.published_at or now
        _save(modeladmin, request, article, "Published" if article.is_public else "Scheduled")
        live, scheduled = (live + 1, scheduled) if article.is_public else (live, scheduled + 1)
    modeladmin.message_user(request, f"Published {live}, scheduled {scheduled}.")
    if stubs:
        modeladmin.message_user(
            request,
            f"Not published, being stubs with only a title: {'; '.join(stubs)}.",
            messages.WARNING,
        )


@admin.action(permissions=["publish"], description="Unpublish (return to draft)")
def unpublish(modeladmin, request, queryset):
    count = 0
    for article in queryset.exclude(status=Status.DRAFT):
        article.status = Status.DRAFT
        _save(modeladmin, request, article, "Returned to draft")
        count += 1
    modeladmin.message_user(request, f"Returned {count} to draft.")


@admin.action(permissions=["change"], description="Send to review")
def send_to_review(modeladmin, request, queryset):
    count = 0
    for article in queryset.filter(status=Status.DRAFT):
        if may_edit(request.user, article) and not article.is_stub:
            article.status = Status.REVIEW
            _save(modeladmin, request, article, "Sent to review")
            count += 1
    modeladmin.message_user(request, f"Sent {count} to review.")


@admin.action(permissions=["publish"], description="Create a preview link (valid 7 days)")
def create_preview_link(modeladmin, request, queryset):
    for article in queryset:
        link = PreviewLink.objects.create(article=article, created_by=request.user)
        modeladmin.log_change(request, article, "Created a preview link")
        expires = date_format(timezone.localtime(link.expires_at), "DATETIME_FORMAT")
        modeladmin.message_user(
            request,
            f"Preview link for “{article}”, valid until {expires}: "
            f"{request.build_absolute_uri(link.get_absolute_url())}",
        )
