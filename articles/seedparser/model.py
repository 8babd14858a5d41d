"""The parsed article: frozen dataclasses whose ``to_dict()`` is the import's JSON schema."""

from __future__ import annotations

from dataclasses import dataclass, field


class SeedParseError(ValueError):
    """The input cannot be parsed as a seed page (empty, binary, too large, no article)."""


@dataclass(frozen=True)
class Author:
    name: str
    aliases: tuple[str, ...] = ()
    bio: str | None = None
    links: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "bio": self.bio,
            "links": list(self.links),
            "handles": list(self.handles),
        }


@dataclass(frozen=True)
class Paragraph:
    text: str

    def to_dict(self) -> dict:
        return {"type": "paragraph", "text": self.text}


@dataclass(frozen=True)
class Heading:
    level: int
    text: str

    def to_dict(self) -> dict:
        return {"type": "heading", "level": self.level, "text": self.text}


@dataclass(frozen=True)
class QuoteBlock:
    text: str
    speaker: str | None

    def to_dict(self) -> dict:
        return {"type": "quote", "text": self.text, "speaker": self.speaker}


@dataclass(frozen=True)
class ListBlock:
    items: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"type": "list", "items": list(self.items)}


@dataclass(frozen=True)
class Table:
    caption: str | None
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def to_dict(self) -> dict:
        return {
            "type": "table",
            "caption": self.caption,
            "header": list(self.header),
            "rows": [list(row) for row in self.rows],
        }


Block = Paragraph | Heading | QuoteBlock | ListBlock | Table


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    kind: str  # "pull" or "inline"

    def to_dict(self) -> dict:
        return {"text": self.text, "speaker": self.speaker, "kind": self.kind}


@dataclass(frozen=True)
class Related:
    title: str
    date: str | None = None
    section: str | None = None

    def to_dict(self) -> dict:
        return {"title": self.title, "date": self.date, "section": self.section}


@dataclass(frozen=True)
class Discarded:
    text: str
    reason: str

    def to_dict(self) -> dict:
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class ParsedArticle:
    """One article as parsed from a seed page.

    Besides the schema fields, ``standfirst`` (the summary paragraph printed between the title
    and the byline, when the page has one), ``updated`` (the "last updated" date) and
    ``credits`` (wire reporting/editing credit lines) are exposed as attributes but are not part
    of ``to_dict()``, which is exactly the import schema.
    """

    source: str
    title: str
    section: str | None = None
    tags: tuple[str, ...] = ()
    authors: tuple[Author, ...] = ()
    published: str | None = None
    toc: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    related: tuple[Related, ...] = ()
    discarded: tuple[Discarded, ...] = ()
    standfirst: str | None = field(default=None, compare=False)
    updated: str | None = field(default=None, compare=False)
    credits: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "tags": list(self.tags),
            "authors": [a.to_dict() for a in self.authors],
            "published": self.published,
            "toc": list(self.toc),
            "blocks": [b.to_dict() for b in self.blocks],
            "quotes": [q.to_dict() for q in self.quotes],
            "related": [r.to_dict() for r in self.related],
            "discarded": [d.to_dict() for d in self.discarded],
        }
