"""Template helpers for the reader's site; none of them runs a query."""

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.dates import MONTHS
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import template_localtime

from articles import search, seo
from articles.rendering import plain_text, reading_time_minutes

register = template.Library()


@register.filter
def toc_tree(entries):
    """Flat toc entries ({level, id, text}) as a tree: each node is (entry, children)."""
    root: list = []
    stack: list[tuple[int, list]] = [(0, root)]
    for entry in entries or []:
        level = entry.get("level", 2)
        while len(stack) > 1 and stack[-1][0] >= level:
            stack.pop()
        children: list = []
        stack[-1][1].append((entry, children))
        stack.append((level, children))
    return root


@register.filter
def toc_html(entries) -> SafeString:
    """The table of contents as nested lists, built in Python: a recursive template include
    per level cost more than the rest of the article page."""
    return _toc_list(toc_tree(entries))


def _toc_list(nodes) -> SafeString:
    items = format_html_join(
        "",
        '<li><a href="#{}">{}</a>{}</li>',
        (
            (entry.get("id"), entry.get("text"), _toc_list(children) if children else "")
            for entry, children in nodes
        ),
    )
    return format_html("<ol>{}</ol>", items)


@register.filter
@lru_cache(maxsize=256)
def reading_minutes(html: str) -> int:
    # Cached per body: reading the text out of the HTML is the page's costliest filter.
    return reading_time_minutes(plain_text(html or ""))


@register.filter
def profile_url(handle: str) -> str | None:
    return seo.profile_url(handle)


@register.filter
def host(url: str) -> str:
    return urlsplit(url).netloc.removeprefix("www.") or url


@register.filter
def json_ld(data):
    return seo.json_ld(data)


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page on the public site; a later page of a list keeps its page number."""
    request = context["request"]
    page = request.GET.get("page", "")
    suffix = f"?page={page}" if page.isdigit() and page != "1" else ""
    return seo.absolute(request.path) + suffix


@register.filter
def highlight(snippet_raw: str):
    return search.highlight(snippet_raw)


# Cards, bylines and quotes are built in Python: as template includes, the ten cards and ten
# quotes of a search page cost more than all of its queries. Each value is escaped once here
# (`_escape`) and the escaped pieces joined as plain strings: format_html and reverse() on every
# piece cost more than the rest of a card.


@register.simple_tag
def article_card(article, snippet: str = "") -> SafeString:
    """An article's card for lists and search results; `snippet` is safe HTML or empty."""
    section = article.section
    parts = []
    if getattr(article, "lead_image", None):
        parts.append(
            render_to_string("newsroom/lead_image.html", {"article": article, "lazy": True})
        )
    if section:
        href = _slug_url("section_detail", section.slug)
        parts.append(f'<a class="kicker" href="{href}">{_escape(section.name)}</a>')
    href = _slug_url("article_detail", article.slug)
    parts.append(f'<h2 class="card-title"><a href="{href}">{_escape(article.title)}</a></h2>')
    if article.standfirst:
        parts.append(f'<p class="card-standfirst">{_escape(article.standfirst)}</p>')
    if snippet:
        parts.append(f'<p class="snippet">{_escape(snippet)}</p>')
    published = f" {_time(article.published_at)}" if article.published_at else ""
    parts.append(f'<p class="meta">{byline(article)}{published}</p>')
    cards = "\n".join(f"  {part}" for part in parts)
    return mark_safe(f'<article class="card">\n{cards}\n</article>\n')  # noqa: S308


@register.simple_tag
def byline(article) -> SafeString | str:
    """The byline "By A, B and C", each name linking to its author's page; empty if none."""
    links = [
        f'<a href="{_slug_url("author_detail", author.slug)}">{_escape(author.name)}</a>'
        for author in article.authors.all()
    ]
    if not links:
        return ""
    *rest, last = links
    names = f"{', '.join(rest)} and {last}" if rest else last
    return mark_safe(f'<span class="byline">By {names}</span>')  # noqa: S308


@register.simple_tag
def quote_figure(quote, show_speaker: bool = False) -> SafeString:
    """A quote with its speaker (when shown) and the article it came from."""
    article = quote.article
    source = f'<a href="{_slug_url("article_detail", article.slug)}">{_escape(article.title)}</a>'
    if show_speaker:
        speaker = quote.speaker
        href = _slug_url("speaker_detail", speaker.slug)
        said = f'<a href="{href}">{_escape(speaker.name)}</a>, in {source}'
    else:
        said = f"In {source}"
    published = f", {_time(article.published_at)}" if article.published_at else ""
    return mark_safe(  # noqa: S308
        f'<figure class="quote">\n  <blockquote><p>{_escape(quote.text)}</p></blockquote>\n'
        f"  <figcaption>{said}{published}</figcaption>\n</figure>\n"
    )


def _time(value) -> str:
    """A date as the templates' `date` filter shows it ("c", "j F Y") in the current time zone,
    without its format lookups: they cost more than the rest of a card."""
    local = template_localtime(value)
    shown = f"{local.day} {MONTHS[local.month]} {local.year}"
    return f'<time datetime="{_escape(local.isoformat())}">{_escape(shown)}</time>'


def _escape(value) -> str:
    """`conditional_escape` without its lazy-string wrapper: safe HTML as is, the rest escaped."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")


def _slug_url(name: str, slug: str) -> str:
    """reverse(name, kwargs={"slug": slug}), escaped for an attribute: a slug needs neither
    quoting nor escaping, so the address is the reversed prefix and suffix around it."""
    if not SLUG.match(slug):
        return _escape(reverse(name, kwargs={"slug": slug}))
    prefix, suffix = _slug_url_parts(name, get_script_prefix(), get_urlconf())
    return prefix + slug + suffix


@lru_cache(maxsize=64)
def _slug_url_parts(name: str, script_prefix: str, urlconf) -> tuple[str, str]:
    prefix, _, suffix = reverse(name, kwargs={"slug": _SLUG_MARK}).partition(_SLUG_MARK)
    return _escape(prefix), _escape(suffix)


_SLUG_MARK = "slug-stand-in"
