"""Admin pages of the newsroom: Markdown preview, seed import, revisions with diff and restore.

ArticleAdmin.get_urls wraps each in `admin_site.admin_view`, which requires an active staff
member and protects against CSRF; each view then checks the role it needs.
"""

import difflib
from pathlib import PurePath

from django.contrib import messages
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape
from django.views.decorators.http import require_POST

from articles.importer import import_seed
from articles.models import Article, Section, Speaker
from articles.rendering import plain_text, reading_time_minutes, render_markdown
from newsroom.forms import ImportForm
from newsroom.roles import IMPORT, may_edit

DIFF_FIELDS = ["title", "standfirst", "body", "status", "published_at", "slug", "section"]
RESTORED_FIELDS = ["title", "standfirst", "body", "section_id"]
MAX_PREVIEW_CHARS = 500_000


@require_POST
def markdown_preview(request, model_admin):
    if not model_admin.has_add_permission(request) and not model_admin.has_change_permission(
        request
    ):
        raise PermissionDenied
    text = request.POST.get("body", "")[:MAX_PREVIEW_CHARS]
    html = render_markdown(text, speaker_url=Speaker.objects.url_for_name).html
    words = len(plain_text(html).split())
    return JsonResponse({"html": html, "words": words, "minutes": reading_time_minutes(words)})


def import_seeds(request, model_admin):
    if not request.user.has_perm(IMPORT):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    results = []
    if request.method == "POST" and form.is_valid():
        for upload in form.cleaned_data["files"]:
            source = PurePath(upload.name).name
            result = import_seed(
                upload.read(),
                source=source,
                force=form.cleaned_data["force"],
                as_draft=form.cleaned_data["as_draft"],
            )
            _log_import(request.user, result)
            results.append(result)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Import seed files",
        "form": form,
        "results": results,
    }
    return TemplateResponse(request, "newsroom/import.html", context)


def _log_import(user, result) -> None:
    article = Article.objects.filter(pk=result.article_id).first() if result.article_id else None
    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Article),
        object_id=str(article.pk) if article else None,
        object_repr=(str(article) if article else result.source)[:200],
        action_flag=ADDITION if result.status == "created" else CHANGE,
        change_message=f"Import of {result.source}: {result.status}"
        + (f" ({result.message})" if result.message else ""),
    )


def _editable_article(request, model_admin, object_id):
    article = get_object_or_404(model_admin.get_queryset(request), pk=object_id)
    if not model_admin.has_view_permission(request, article):
        raise PermissionDenied
    return article


def revisions(request, model_admin, object_id):
    """The article's revisions, newest first, and the diff between two chosen ones."""
    article = _editable_article(request, model_admin, object_id)
    history = list(article.history.select_related("history_user").order_by("-history_date"))
    by_id = {record.history_id: record for record in history}
    diff = None
    older, newer = _chosen(request.GET.get("a"), by_id), _chosen(request.GET.get("b"), by_id)
    if older and newer:
        if older.history_date > newer.history_date:
            older, newer = newer, older
        diff = revision_diff(older, newer)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": f"Revisions of “{article}”",
        "article": article,
        "history": history,
        "diff": diff,
        "chosen": (older, newer),
        "can_restore": model_admin.has_change_permission(request, article),
    }
    return TemplateResponse(request, "newsroom/revisions.html", context)


def _chosen(value, by_id):
    try:
        return by_id.get(int(value))
    except (TypeError, ValueError):
        return None


def revision_diff(older, newer) -> list[dict]:
    """Per changed field, an HTML side-by-side diff; `difflib.HtmlDiff` escapes the text."""
    differ = difflib.HtmlDiff(wrapcolumn=70)
    changed = []
    for field in DIFF_FIELDS:
        before, after = _text(older, field), _text(newer, field)
        if before != after:
            table = differ.make_table(
                before.splitlines(),
                after.splitlines(),
                escape(_label(older)),
                escape(_label(newer)),
                context=field == "body",
                numlines=2,
            )
            changed.append({"field": field, "table": table})
    return changed


def _text(record, field) -> str:
    value = getattr(record, field)
    return "" if value is None else str(value)


def _label(record) -> str:
    return f"{record.history_date:%d %b %Y %H:%M} by {record.history_user or 'import or script'}"


@require_POST
def restore(request, model_admin, object_id, history_id):
    """Bring back a revision's words (not its status or date): the restore is a new revision."""
    article = _editable_article(request, model_admin, object_id)
    if not (
        model_admin.has_change_permission(request, article) and may_edit(request.user, article)
    ):
        raise PermissionDenied
    record = get_object_or_404(article.history, history_id=history_id)
    for field in RESTORED_FIELDS:
        setattr(article, field, getattr(record, field))
    if article.section_id and not Section.objects.filter(pk=article.section_id).exists():
        article.section_id = None  # the section has since been deleted
    article._change_reason = f"Restored the revision of {_label(record)}"
    article.save()
    model_admin.log_change(request, article, article._change_reason)
    messages.success(request, f"{article._change_reason}. Its status and dates are unchanged.")
    return redirect(reverse("admin:articles_article_change", args=[article.pk]))
