"""Turn a fully claimed page into the ``ParsedArticle``: blocks, quotes, authors, discards."""

from __future__ import annotations

from . import detectors as d
from . import labels as lb
from .dates import first_published
from .model import (
    Author,
    Discarded,
    Heading,
    ListBlock,
    Paragraph,
    ParsedArticle,
    Quote,
    QuoteBlock,
    Related,
    Table,
)
from .page import Page
from .people import credit_reporters, same_person
from .quotes import NameIndex, PullQuote, bare_quote_line, inline_quotes
from .text import text_key, without_pictograms
from .widgets import split_run_together


def _published(page: Page) -> str | None:
    return first_published([dl for _, dl in page.dates], month_first=page.month_first)


def build(page: Page, source: str) -> ParsedArticle:
    blocks, quotes = _blocks_and_quotes(page)
    return ParsedArticle(
        source=source,
        title=page.title,
        section=_section(page),
        tags=_tags(page),
        authors=_authors(page),
        published=_published(page),
        toc=tuple(page.toc),
        blocks=tuple(blocks),
        quotes=tuple(quotes),
        related=_related(page),
        discarded=tuple(_discards(page)),
        standfirst=page.standfirst,
        updated=next((dl.updated for _, dl in page.dates if dl.updated), None),
        credits=tuple(page.credits),
    )


def _related(page: Page) -> tuple[Related, ...]:
    """Each related article once, where it first appears: a teaser in the text ("READ MORE:
    …") repeated in the related box at the end takes the date and section the box gives."""
    related: dict[str, Related] = {}
    for _, rel in sorted(page.related, key=lambda item: item[0]):
        key = text_key(rel.title)
        first = related.get(key)
        if first is None:
            related[key] = rel
        elif not (first.date and first.section) and (rel.date or rel.section):
            related[key] = Related(
                first.title, first.date or rel.date, first.section or rel.section
            )
    return tuple(related.values())


def _tags(page: Page) -> tuple[str, ...]:
    text = "\n".join(
        [page.title or ""]
        + [page.lines[i] for i, c in enumerate(page.claims) if c and c.kind == "paragraph"]
    )
    return tuple(dict.fromkeys(name for tag in page.tags for name in split_run_together(tag, text)))


def _section(page: Page) -> str | None:
    if page.labels:
        return page.labels[0][1]
    if page.crumbs:
        return page.crumbs[-1][1]
    return page.categories[0] if page.categories else None


def _blocks_and_quotes(page: Page) -> tuple[list, list[Quote]]:
    lines, claims = page.lines, page.claims
    body_text = [lines[i] for i, c in enumerate(claims) if c and c.kind in ("paragraph", "quote")]
    pull_speakers = [c.data.speaker for c in claims if c and c.kind == "quote" and c.data.speaker]
    names = NameIndex("\n".join(body_text + pull_speakers))
    inline_by_line = {
        i: inline_quotes(lines[i], names, _paragraph_above(page, i))
        for i, c in enumerate(claims)
        if c and c.kind == "paragraph"
    }
    all_inline = [q for found in inline_by_line.values() for _, q in found]
    blocks: list = []
    entries: list[tuple[tuple[int, int], Quote]] = []
    for i, claim in enumerate(claims):
        if claim is None:
            continue
        kind = claim.kind
        if kind == "barequote":
            text = bare_quote_line(lines[i])
            match = next((q for q in all_inline if _overlaps(q.text, text)), None)
            if match:
                claim.kind, claim.data = "quote", PullQuote(text, match.speaker)
                kind = "quote"
            else:
                kind = "paragraph"
                speaker = _continued_speaker(page, i, inline_by_line)
                if speaker:
                    entries.append(((i, 0), Quote(text, speaker, "inline")))
        if kind == "paragraph":
            # "📍 About 340 trucks …": a post's pictogram, dropped as a list item's bullet is.
            line = lines[i]
            blocks.append(Paragraph(without_pictograms(line) if line[0] >= "\u2190" else line))
            for offset, q in inline_by_line.get(i, []):
                entries.append(((i, offset), Quote(q.text, q.speaker, "inline")))
        elif kind == "quote":
            pull = claim.data
            blocks.append(QuoteBlock(pull.text, pull.speaker))
            entries.append(((i, 0), Quote(pull.text, names.resolve_speaker(pull.speaker), "pull")))
        elif kind == "heading":
            blocks.append(_heading(page, claim.data or lines[i]))
        elif kind == "list":
            blocks.append(ListBlock(tuple(claim.data)))
        elif kind == "table":
            caption, header, rows = claim.data
            blocks.append(Table(caption, tuple(header), tuple(tuple(r) for r in rows)))
    return _fix_levels(page, blocks), _merge_quotes(entries)


_OPENING_QUOTE_MARKS = "\"“„«‘'"


def _paragraph_above(page: Page, i: int) -> str:
    """The paragraph right above one that opens with a quotation, whose last sentence may
    name the "he" of a "“…,” he said." paragraph; "" for any other line."""
    if page.lines[i][:1] not in _OPENING_QUOTE_MARKS:
        return ""
    above = page.prev_nonblank(i)
    claim = page.claims[above] if above >= 0 else None
    return page.lines[above] if claim and claim.kind == "paragraph" else ""


def _continued_speaker(page: Page, i: int, inline_by_line: dict) -> str | None:
    """A paragraph that is only a quotation, under a paragraph opening with a quotation and
    its speaker ("'…,' Ms Donnelly said."), goes on with that speaker's words: the papers'
    convention for a quotation run over several paragraphs."""
    above = page.prev_nonblank(i)
    found = inline_by_line.get(above)
    if not found or page.lines[above][:1] not in _OPENING_QUOTE_MARKS:
        return None
    return found[-1][1].speaker


def _overlaps(a: str, b: str) -> bool:
    ka, kb = text_key(a), text_key(b)
    return bool(ka and kb) and (ka.startswith(kb) or kb.startswith(ka))


def _heading(page: Page, line: str) -> Heading:
    markdown = lb.MARKDOWN_HEADING_RE.match(line)
    if markdown:
        return Heading(min(3, max(2, len(markdown["hashes"]))), markdown["text"])
    return Heading(2, d.strip_numbering(line) if page.toc else line)


def _fix_levels(page: Page, blocks: list) -> list:
    """With a table of contents, its entries are level 2 and other headings level 3, except a
    closing heading ("Conclusion") after the last listed section."""
    if not page.toc:
        return _levels_by_case(blocks)
    listed = {i for i, b in enumerate(blocks) if isinstance(b, Heading) and page.in_toc(b.text)}
    last_listed = max(listed, default=-1)
    fixed = []
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            is_listed = i in listed
            closing = i > last_listed and lb.CLOSING_HEADING_RE.match(block.text)
            block = Heading(2 if is_listed or closing else 3, block.text)
        fixed.append(block)
    return fixed


_LEAST_CAPITAL_HEADINGS = 2


def _levels_by_case(blocks: list) -> list:
    """Without a table of contents, headings in capitals over headings in ordinary case
    ("HUMANITARIAN RESPONSE" over "Health") are the sections and the others their
    subsections, when the first heading is in capitals and at least two are."""
    capitals = [b.text.isupper() for b in blocks if isinstance(b, Heading) and b.level == 2]
    if sum(capitals) < _LEAST_CAPITAL_HEADINGS or all(capitals) or not capitals[0]:
        return blocks
    return [
        Heading(3, b.text)
        if isinstance(b, Heading) and b.level == 2 and not b.text.isupper()
        else b
        for b in blocks
    ]


def _merge_quotes(entries: list[tuple[tuple[int, int], Quote]]) -> list[Quote]:
    """A pull quote repeating an inline quote word for word is listed once, as pull, at the
    earlier of the two places; quotes that differ in length are both kept."""
    entries.sort(key=lambda item: item[0])
    pulls: dict[str, tuple[int, int]] = {}
    for pos, quote in entries:
        if quote.kind == "pull":
            pulls.setdefault(text_key(quote.text), pos)
    first_seen: dict[str, tuple[int, int]] = {}
    kept = []
    for pos, quote in entries:
        key = text_key(quote.text)
        if quote.kind == "inline" and key in pulls:
            first_seen[key] = min(first_seen.get(key, pos), pos)
            continue
        kept.append((pos, quote))
    placed = [
        (min(pos, first_seen.get(text_key(q.text), pos)) if q.kind == "pull" else pos, q)
        for pos, q in kept
    ]
    placed.sort(key=lambda item: item[0])
    return [q for _, q in placed]


def _authors(page: Page) -> tuple[Author, ...]:
    names: list[str] = []
    for name in page.bylines:
        if not any(same_person(name, known) for known in names):
            names.append(name)
    if not names:
        names = [bio.name for bio in page.bios[:1] if bio.name]
    if not names:
        # A wire story republished with no byline: its reporters are in the credit under it.
        names = next(filter(None, map(credit_reporters, page.credits)), [])
    authors = []
    for name in names:
        bio = next(
            (b for b in page.bios if b.header == name or b.name and same_person(b.name, name)),
            None,
        )
        if bio is None and len(names) == 1:
            bio = next((b for b in page.bios if not b.name), None)
        aliases: tuple[str, ...] = ()
        if bio and bio.name and bio.name.casefold() != name.casefold():
            aliases = (bio.name,)
        handles = list(bio.handles) if bio else []
        handles += [h for who, h in page.byline_handles if who == name and h not in handles]
        authors.append(
            Author(
                name=name,
                aliases=aliases,
                bio=bio.text if bio else None,
                links=tuple(bio.links) if bio else (),
                handles=tuple(handles),
            )
        )
    return tuple(authors)


def _discards(page: Page) -> list[Discarded]:
    """Adjacent discarded lines with the same reason form one widget entry."""
    out: list[Discarded] = []
    previous = -2
    for i, claim in enumerate(page.claims):
        if not claim or claim.kind != "discard":
            continue
        line = page.lines[i]
        if out and previous == i - 1 and out[-1].reason == claim.reason:
            out[-1] = Discarded(out[-1].text + "\n" + line, claim.reason)
        else:
            out.append(Discarded(line, claim.reason))
        previous = i
    return out
