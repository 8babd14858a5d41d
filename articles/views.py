from django.db.models import Count, Exists, OuterRef, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from taggit.models import Tag

from articles import search as site_search
from articles import seo
from articles.compiled import CompiledQuery
from articles.models import Article, Quote, Section, Speaker
from articles.parts import build_parts, page_article, stored_parts
from authors.models import Author
from newsroom.preview import preview_link_grants
from outlet.slugs import slug_text

PAGE_SIZE = 20
SEARCH_PAGE_SIZE = 10


def article_cards(queryset, authors=None):
    """Everything a list of article cards shows, in a fixed number of queries."""
    return queryset.select_related("section", "lead_image").prefetch_related(
        byline_authors(authors)
    )


def byline_authors(authors=None):
    authors = Author.objects.all() if authors is None else authors
    return Prefetch("authors", queryset=authors.order_by("articleauthor__position"))


class Page:
    """One page of a list, read without counting the whole list: counting every public article
    costs more than showing twenty, and grows with the archive. Newer/Older links need only to
    know whether one more row exists."""

    def __init__(self, items, number: int, size: int, total: int | None = None):
        self.object_list = list(items[: size + 1]) if total is None else list(items)
        self.number = number
        self.has_next = len(self.object_list) > size if total is None else number * size < total
        self.object_list = self.object_list[:size]
        self.count = total

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_previous or self.has_next

    def previous_page_number(self):
        return self.number - 1

    def next_page_number(self):
        return self.number + 1


def page_number(request) -> int:
    try:
        return max(1, min(int(request.GET.get("page", 1)), 10_000))
    except ValueError:
        return 1


def paginate(request, queryset, size=PAGE_SIZE):
    number = page_number(request)
    return Page(queryset[(number - 1) * size : number * size + 1], number, size)


def list_cards(queryset):
    """Cards for a list page, without the bodies and author bios a card never shows."""
    return article_cards(queryset, card_bylines()).defer("body", "body_html", "toc", "review_notes")


def card_bylines():
    return Author.objects.only("name", "slug")


# A search page's cards, compiled once (`articles.compiled`).
_SEARCH_CARDS = CompiledQuery(
    lambda ids, query, now: list_cards(site_search.with_snippets(ids, query, now)),
    [-1],
    site_search.QUERY_STAND_IN,
    site_search.NOW_STAND_IN,
)


def home(request):
    page = paginate(request, list_cards(Article.objects.published()))
    # One index probe per section (20 or so), not a join over every public article.
    public_here = Article.objects.published().filter(section=OuterRef("pk"))
    sections = Section.objects.filter(Exists(public_here))
    return render(request, "articles/home.html", {"page": page, "sections": sections})


def article_detail(request, slug):
    """Public articles for everyone; drafts and scheduled ones only for staff, as a preview.

    Anonymous visitors get 404, never 403, so a draft's existence does not leak.
    """
    previewing = request.user.is_staff or preview_link_grants(request, slug)
    if previewing:
        article = get_object_or_404(Article.objects.defer("body", "review_notes"), slug=slug)
        parts = build_parts(request, article)
    else:
        article = page_article(slug)
        if article is None:
            raise Http404("No article at this address.")
        parts = stored_parts(request, article)
    context = {"article": article, "parts": parts, "is_preview": not article.is_public}
    return render(request, "articles/article_detail.html", context)


def neighbours(article):
    """The previous and next public articles in the article's section, in one query."""
    if not (article.section_id and article.published_at):
        return None, None
    key = (article.published_at, article.pk)
    same = (
        Article.objects.published()
        .filter(section_id=article.section_id)
        .exclude(pk=article.pk)
        .only("title", "slug", "published_at")
    )
    rows = list(
        same.before(*key)
        .order_by("-published_at", "-pk")[:1]
        .union(same.after(*key).order_by("published_at", "pk")[:1], all=True)
    )
    previous = next((row for row in rows if (row.published_at, row.pk) < key), None)
    following = next((row for row in rows if (row.published_at, row.pk) > key), None)
    return previous, following


def section_detail(request, slug):
    section = get_object_or_404(Section, slug=slug)
    page = paginate(request, list_cards(Article.objects.published().filter(section=section)))
    return render(request, "articles/section_detail.html", {"section": section, "page": page})


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = paginate(request, list_cards(Article.objects.published().filter(tags=tag)))
    return render(request, "articles/tag_detail.html", {"tag": tag, "page": page})


def quote_index(request):
    public = Article.objects.published()
    quotes = Quote.objects.filter(article__in=public).select_related("speaker", "article")
    speakers = (
        Speaker.objects.filter(quotes__article__in=public)
        .annotate(quote_count=Count("quotes"))
        .order_by("name")
    )
    context = {"quotes": quotes.order_by("-article__published_at", "position")[:30]}
    return render(request, "articles/quote_index.html", {**context, "speakers": speakers})


def speaker_detail(request, slug):
    speaker = Speaker.objects.filter(slug=slug).first() or _speaker_by_alias(slug)
    if speaker.slug != slug:
        return redirect(speaker, permanent=True)
    quotes = (
        Quote.objects.filter(speaker=speaker, article__in=Article.objects.published())
        .select_related("article")
        .order_by("-article__published_at", "position")
    )
    if not quotes and not request.user.is_staff:
        raise Http404("No public quotes")
    return render(request, "articles/speaker_detail.html", {"speaker": speaker, "quotes": quotes})


def _speaker_by_alias(slug):
    """A speaker one of whose aliases slugifies to `slug` (say, /quotes/massoud-pezeshkian/)."""
    for speaker in Speaker.objects.exclude(aliases=[]).only("slug", "aliases"):
        if any(slug_text(alias) == slug for alias in speaker.aliases):
            return speaker
    raise Http404("No such speaker")


@require_safe
def search(request):
    query = site_search.clean_query(request.GET.get("q", ""))
    context = {"query": query, "page": None, "quotes": [], "speakers": []}
    if query:
        ranked = site_search.ranked_ids(query)
        number, size = page_number(request), SEARCH_PAGE_SIZE
        shown = ranked[(number - 1) * size : number * size]
        articles = {a.pk: a for a in _SEARCH_CARDS(shown, query, timezone.now())}
        context["page"] = Page(
            [articles[pk] for pk in shown if pk in articles], number, size, total=len(ranked)
        )
        context["capped"] = len(ranked) >= site_search.CANDIDATES
        context["quotes"] = site_search.search_quotes(query)
        context["speakers"] = site_search.search_speakers(query)
    return render(request, "articles/search.html", context)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {seo.absolute(reverse('sitemap_index'))}",
        f"Sitemap: {seo.absolute(reverse('news_sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
