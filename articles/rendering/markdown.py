"""Markdown to sanitised HTML plus a table of contents, computed once when an article is saved.

Conventions beyond CommonMark:

- Headings get stable, unique ids and a visible ``#`` self-link. ``#`` becomes ``h2`` (the page
  title is the only ``h1``) and ``#####``/``######`` become ``h4``. Levels 2 and 3 form the toc.
- A top-level blockquote whose last line starts with ``— `` (or ``– `` or ``-- ``) is a pull
  quote: ``<figure class="pull-quote">`` with the speaker in a ``<figcaption>``.
- A paragraph ``Table: Caption`` directly above a pipe table (no blank line) is its caption.
"""

import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .sanitiser import sanitize_html
from .urls import is_external, is_safe_url

SpeakerUrl = Callable[[str], str | None]

EXTERNAL_REL = "noopener noreferrer nofollow"
TOC_LEVELS = (2, 3)
ANCHOR_LABEL = "Link to this section"

_ATTRIBUTION = re.compile(r"^(?:—|–|--)\s+")
# A speaker's page address that the renderer and the sanitiser leave exactly as it is (and
# that `_secure_links_and_images` leaves alone: not protocol-relative).
_PLAIN_PATH = re.compile(r"/(?!/)[A-Za-z0-9/_.~-]*")
_CAPTION = re.compile(r"^table:\s*", re.IGNORECASE)

_md = MarkdownIt("commonmark", {"html": False}).enable("table")
# Replaces markdown-it's deny-list (javascript:, vbscript:, file:, data:) with an allow-list.
_md.validateLink = is_safe_url


@dataclass(frozen=True)
class Rendered:
    """A rendered body: sanitised ``html`` and its ``toc`` entries in document order."""

    html: str
    toc: list[dict]


def render_markdown(source: str, *, speaker_url: SpeakerUrl | None = None) -> Rendered:
    """Render article Markdown to sanitised HTML and a table of contents.

    Raw HTML in ``source`` is shown as text. ``speaker_url(name)`` may return the URL of a pull
    quote speaker's page, or None to leave the name unlinked. toc entries are
    ``{"level": 2 | 3, "id": str, "text": str}``.
    """
    env: dict = {}
    tokens = _md.parse(source, env)
    _attach_table_captions(tokens)
    _make_pull_quotes(tokens, speaker_url)
    toc = _anchor_headings(tokens)
    _secure_links_and_images(tokens)
    html = _md.renderer.render(tokens, _md.options, env)
    return Rendered(html=sanitize_html(html), toc=toc)


@dataclass(frozen=True)
class Unlinked:
    """A rendering whose pull-quote captions link to markers, one per speaker in ``speakers``,
    to be replaced by the speakers' pages with ``link_speakers``."""

    rendered: Rendered
    speakers: tuple[str, ...]
    marker: str


def render_unlinked(source: str) -> Unlinked:
    """``render_markdown`` for a process that cannot look speakers up (the importer's workers).

    The marker is random, so that no body can contain it by chance or design.
    """
    marker = f"/speaker-{secrets.token_hex(8)}-"
    speakers: list[str] = []

    def placeholder(name: str) -> str:
        speakers.append(name)
        return f"{marker}{len(speakers) - 1}/"

    rendered = render_markdown(source, speaker_url=placeholder)
    return Unlinked(rendered, tuple(speakers), marker)


def link_speakers(unlinked: Unlinked, speaker_url: SpeakerUrl) -> Rendered | None:
    """``render_markdown(source, speaker_url=speaker_url)`` for the source of ``unlinked``.

    None when the answer would not be a plain replacement of the markers (a speaker without a
    page, an address that the sanitiser would change): render the source then.
    """
    html = unlinked.rendered.html
    for n, name in enumerate(unlinked.speakers):
        url = speaker_url(name)
        marked = f'href="{unlinked.marker}{n}/"'
        if not url or not _PLAIN_PATH.fullmatch(url) or html.count(marked) != 1:
            return None
        html = html.replace(marked, f'href="{url}"')
    return Rendered(html=html, toc=unlinked.rendered.toc)


def slugify(text: str) -> str:
    """Lower-case, hyphen-separated slug that keeps letters, marks and digits of any script."""
    chars = []
    for ch in unicodedata.normalize("NFKC", text).lower():
        if ch.isspace() or ch == "-":
            chars.append("-")
        elif ch == "_" or unicodedata.category(ch)[0] in "LMN":
            chars.append(ch)
    return re.sub(r"-{2,}", "-", "".join(chars)).strip("-_")


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return " ".join("".join(parts).split())


def _unique(base: str, used: dict[str, int]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free; ``used`` maps ids to next n."""
    candidate, n = base, used.get(base, 2)
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used[base] = n
    used.setdefault(candidate, 2)
    return candidate


def _anchor_headings(tokens: list[Token]) -> list[dict]:
    """Give each heading an id and a self-link; return the toc of levels 2 and 3."""
    used: dict[str, int] = {}
    toc = []
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        level = min(max(int(token.tag[1]), 2), 4)
        token.tag = tokens[i + 2].tag = f"h{level}"
        inline = tokens[i + 1]
        text = _inline_text(inline.children or [])
        anchor = _unique(slugify(text) or "section", used)
        token.attrSet("id", anchor)
        attrs = {"class": "heading-anchor", "href": f"#{anchor}", "aria-label": ANCHOR_LABEL}
        link = Token("link_open", "a", 1, attrs=attrs)
        inline.children = [
            *(inline.children or []),
            Token("text", "", 0, content=" " if text else ""),
            link,
            Token("text", "", 0, content="#"),
            Token("link_close", "a", -1),
        ]
        if level in TOC_LEVELS:
            toc.append({"level": level, "id": anchor, "text": text})
    return toc


def _attach_table_captions(tokens: list[Token]) -> None:
    """Turn a ``Table: ...`` paragraph directly above a table into the table's caption."""
    for i in range(len(tokens) - 1, 2, -1):
        table = tokens[i]
        if table.type != "table_open":
            continue
        opening, inline, closing = tokens[i - 3 : i]
        if not (
            opening.type == "paragraph_open"
            and closing.type == "paragraph_close"
            and opening.map
            and table.map
            and opening.map[1] == table.map[0]
            and _CAPTION.match(inline.content)
        ):
            continue
        children = inline.children or []
        first = children[0] if children else None
        if first is None or first.type != "text" or not _CAPTION.match(first.content):
            continue
        first.content = _CAPTION.sub("", first.content)
        if not _inline_text(children):
            continue
        tokens[i - 3 : i + 1] = [
            table,
            Token("caption_open", "caption", 1, block=True),
            inline,
            Token("caption_close", "caption", -1, block=True),
        ]


def _make_pull_quotes(tokens: list[Token], speaker_url: SpeakerUrl | None) -> None:
    """Wrap attributed top-level blockquotes in ``<figure class="pull-quote">``."""
    spans, start = [], None
    for i, token in enumerate(tokens):
        if token.level == 0 and token.type == "blockquote_open":
            start = i
        elif token.level == 0 and token.type == "blockquote_close":
            spans.append((start, i))
    # From the end, so that edits never shift a span still to be processed.
    for start, end in reversed(spans):
        speaker = _split_attribution(tokens, start, end)
        if speaker is None:
            continue
        end = next(
            i
            for i in range(start, len(tokens))
            if tokens[i].level == 0 and tokens[i].type == "blockquote_close"
        )
        tokens[end + 1 : end + 1] = [
            Token("figcaption_open", "figcaption", 1, block=True),
            Token("inline", "", 0, children=_speaker_tokens(speaker, speaker_url)),
            Token("figcaption_close", "figcaption", -1, block=True),
            Token("figure_close", "figure", -1, block=True),
        ]
        figure = Token("figure_open", "figure", 1, attrs={"class": "pull-quote"}, block=True)
        tokens.insert(start, figure)


def _split_attribution(tokens: list[Token], start: int, end: int) -> str | None:
    """Remove the attribution line from the blockquote at ``start..end``; return the speaker.

    The attribution is the last line of the quote's last paragraph, either a paragraph of its
    own or after a line break. A quote that is nothing but an attribution stays a blockquote.
    """
    if end - start < 4:
        return None
    opening, inline, closing = tokens[end - 3 : end]
    if not (opening.type == "paragraph_open" and closing.type == "paragraph_close"):
        return None
    children = inline.children or []
    breaks = [i for i, child in enumerate(children) if child.type in ("softbreak", "hardbreak")]
    cut = breaks[-1] if breaks else -1
    tail = children[cut + 1 :]
    if not tail or tail[0].type != "text" or not _ATTRIBUTION.match(tail[0].content):
        return None
    speaker = _ATTRIBUTION.sub("", _inline_text(tail))
    if not speaker:
        return None
    if cut >= 0:
        inline.children = children[:cut]
    elif end - 3 > start + 1:
        del tokens[end - 3 : end]
    else:
        return None
    return speaker


def _speaker_tokens(speaker: str, speaker_url: SpeakerUrl | None) -> list[Token]:
    url = speaker_url(speaker) if speaker_url else None
    name = Token("text", "", 0, content=speaker)
    if not url or not is_safe_url(url):
        return [Token("text", "", 0, content="— "), name]
    return [
        Token("text", "", 0, content="— "),
        Token("link_open", "a", 1, attrs={"href": url}),
        name,
        Token("link_close", "a", -1),
    ]


def _secure_links_and_images(tokens: list[Token]) -> None:
    """Mark external links ``rel=nofollow``; keep only same-site images, lazily loaded."""
    for token in tokens:
        if not token.children:
            continue
        children = []
        for child in token.children:
            if child.type == "link_open" and is_external(str(child.attrGet("href") or "")):
                child.attrSet("rel", EXTERNAL_REL)
            elif child.type == "image":
                src = str(child.attrGet("src") or "")
                alt = _inline_text(child.children or [])
                if not is_safe_url(src, image=True):
                    child = Token("text", "", 0, content=alt)
                elif is_external(src):
                    # Pages make no third-party requests: a reader may follow the link instead.
                    children.extend(_external_image_link(src, alt))
                    continue
                else:
                    child.attrSet("loading", "lazy")
            children.append(child)
        token.children = children


def _external_image_link(src: str, alt: str) -> list[Token]:
    link = Token("link_open", "a", 1, attrs={"href": src, "rel": EXTERNAL_REL})
    return [link, Token("text", "", 0, content=alt or src), Token("link_close", "a", -1)]
