"""Template helpers for the reader's site; none of them runs a query."""

from functools import lru_cache
from urllib.parse import urlsplit

from django import template
from django.template.loader import render_to_string
from django.utils.dates import MONTHS
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
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
# quotes of a search page cost more than all of its queries.


@register.simple_tag
def article_card(article, snippet: str = "") -> SafeString:
    """An article's card for lists and search results; `snippet` is safe HTML or empty."""
    section = article.section
    parts = [
        render_to_string("newsroom/lead_image.html", {"article": article, "lazy": True})
        if getattr(article, "lead_image", None)
        else "",
        format_html('<a class="kicker" href="{}">{}</a>', section.get_absolute_url(), section.name)
        if section
        else "",
        format_html(
            '<h2 class="card-title"><a href="{}">{}</a></h2>',
            article.get_absolute_url(),
            article.title,
        ),
        format_html('<p class="card-standfirst">{}</p>', article.standfirst)
        if article.standfirst
        else "",
        format_html('<p class="snippet">{}</p>', snippet) if snippet else "",
        format_html(
            '<p class="meta">{}{}</p>',
            byline(article),
            format_html(" {}", _time(article.published_at)) if article.published_at else "",
        ),
    ]
    return format_html(
        '<article class="card">\n{}\n</article>\n',
        format_html_join("\n", "  {}", ((part,) for part in parts if part)),
    )


@register.simple_tag
def byline(article) -> SafeString | str:
    """The byline "By A, B and C", each name linking to its author's page; empty if none."""
    authors = [(author.get_absolute_url(), author.name) for author in article.authors.all()]
    if not authors:
        return ""
    *rest, last = authors
    names = format_html('<a href="{}">{}</a>', *last)
    if rest:
        names = format_html("{} and {}", format_html_join(", ", '<a href="{}">{}</a>', rest), names)
    return format_html('<span class="byline">By {}</span>', names)


@register.simple_tag
def quote_figure(quote, show_speaker: bool = False) -> SafeString:
    """A quote with its speaker (when shown) and the article it came from."""
    article = quote.article
    source = format_html('<a href="{}">{}</a>', article.get_absolute_url(), article.title)
    if show_speaker:
        speaker = quote.speaker
        said = format_html(
            '<a href="{}">{}</a>, in {}', speaker.get_absolute_url(), speaker.name, source
        )
    else:
        said = format_html("In {}", source)
    return format_html(
        '<figure class="quote">\n  <blockquote><p>{}</p></blockquote>\n'
        "  <figcaption>{}{}</figcaption>\n</figure>\n",
        quote.text,
        said,
        format_html(", {}", _time(article.published_at)) if article.published_at else "",
    )


def _time(value) -> SafeString:
    """A date as the templates' `date` filter shows it ("c", "j F Y") in the current time zone,
    without its format lookups: they cost more than the rest of a card."""
    local = template_localtime(value)
    shown = f"{local.day} {MONTHS[local.month]} {local.year}"
    return format_html('<time datetime="{}">{}</time>', local.isoformat(), shown)
