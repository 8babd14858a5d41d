"""Template helpers for the reader's site; none of them runs a query."""

from functools import lru_cache
from urllib.parse import urlsplit

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

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
