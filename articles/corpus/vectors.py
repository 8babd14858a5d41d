"""An article's search vector, exactly as the trigger's `articles_search_document` makes it.

PostgreSQL's text-search parser costs about a millisecond per generated article, as much as
rendering it, so the generator assembles the vector itself from PostgreSQL's own answers for
each distinct whitespace-separated chunk (`to_tsvector('english', chunk)`, asked once per
chunk and memoised). No token of the default parser spans ASCII whitespace, so the document's
vector is its chunks' vectors laid end to end; `||` then offsets each weighted part by the
largest position before it. A body made of pooled blocks is its blocks' chunks end to end too
(each block's HTML begins and ends with a tag), so a block's positions are worked out once.
Where PostgreSQL's limits would cut in (a lexeme with 255
positions, a position past 16,383) `build` returns None and the caller lets PostgreSQL do it.
The generator also compares a sample with `articles_search_document` before it commits.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain, compress, count

# Migration 0002's body text: tags, then entities, replaced by spaces.
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&[#a-zA-Z0-9]+;")
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# Characters str.split() takes for spaces besides those: the rare text with one is split slowly.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# PostgreSQL keeps at most 255 positions of a lexeme from one to_tsvector, 256 after `||`,
# and caps positions at 16,383 (MAXNUMPOS, MAXENTRYPOS): never reached by generated text.
_MAX_POSITIONS = 255
_MAX_POSITION = 16_383
# ":{position}{weight}" for every position a part can reach, so that writing a vector is
# only concatenation (formatting each entry cost about a third of an article's Python).
_POSITIONS = {w: [f":{p}{w}" for p in range(_MAX_POSITION + 1)] for w in "ABC"}

# A chunk's vector is asked for with a made-up word after it: that word's position tells how
# many positions the chunk itself took (stop words take one and leave no lexeme).
LOOKUP_SQL = (
    "SELECT c, u.lexeme, u.positions FROM unnest(%s::text[]) c,"
    " unnest(to_tsvector('english', c || ' zqxcorpusend')) u"
)

Lookup = Callable[[list[str]], Iterable[tuple[str, str, list[int]]]]
# A part of a document: its text, or its slots (`Vectors.slots`), None if unknowable.
Part = str | list[str] | None


def body_text(body_html: str) -> str:
    return _ENTITY.sub(" ", _TAG.sub(" ", body_html))


def _split(text: str) -> list[str]:
    return _SPACE.split(text) if _ODD_SPACE.search(text) else text.split()


class Vectors:
    """Search vectors for documents, asking `lookup` (runs `LOOKUP_SQL`) for unseen chunks."""

    def __init__(self, lookup: Lookup, chunks: dict | None = None):
        self.lookup = lookup
        # chunk -> what each position it takes holds: a lexeme (quoted, as tsvector input
        # writes it) or "" (a stop word); None if two lexemes share a position.
        self.chunks: dict[str, tuple[str, ...] | None] = {} if chunks is None else chunks

    def build(self, parts: tuple[Part, Part, Part]) -> str | None:
        """The vector's text form for a document's parts weighted A, B and C in migration 0002
        (title; standfirst and tag names; body text), or None; KeyError for unknown chunks.

        A part is a text or what `slots` gave for it (a pooled block's, worked out once).
        `||` puts each part after the largest position before it; PostgreSQL's input merges
        a lexeme's positions, in order, as `||` does.
        """
        texts, at, most = [], 0, 0
        for part, weight in zip(parts, "ABC", strict=True):
            slots = self.slots(part) if isinstance(part, str) else part
            if slots is None or at + len(slots) > _MAX_POSITION:
                return None
            text, at, count = self._part(slots, at, weight)
            texts.append(text)
            most += count
        if most >= _MAX_POSITIONS:
            return None
        return " ".join(t for t in texts if t)

    def build_all(self, documents: list[tuple[Part, Part, Part]]) -> list[str | None]:
        """`build` for each document, asking PostgreSQL about all their new chunks at once."""
        built, pending, missing = [], [], set()
        for parts in documents:
            try:
                built.append(self.build(parts))
            except KeyError:
                pending.append(len(built))
                built.append(None)
                missing.update(part for part in parts if isinstance(part, str))
        self.learn_texts(missing)
        for i in pending:
            built[i] = self.build(documents[i])
        return built

    def slots(self, text: str) -> list[str] | None:
        """What each position of `text` holds: a lexeme as tsvector input writes it, or "" (a
        stop word); None if two lexemes share a position. KeyError for unknown chunks."""
        try:
            return list(chain.from_iterable(map(self.chunks.__getitem__, _split(text))))
        except TypeError:  # a chunk whose lexemes share a position
            return None

    def learn_texts(self, texts) -> None:
        """`learn` the chunks of `texts`."""
        self.learn({chunk for text in texts for chunk in _split(text)})

    def learn(self, chunks) -> None:
        """Ask PostgreSQL about the chunks not seen yet, in one query."""
        found = {chunk: [] for chunk in chunks if chunk not in self.chunks}
        if not found:
            return
        for chunk, lexeme, positions in self.lookup(sorted(found)):
            quoted = "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
            found[chunk].extend((p, quoted) for p in positions)
        for chunk, entries in found.items():
            end = max(entries)[0]  # the sentinel's position
            slots = [""] * (end - 1)
            for position, quoted in entries:
                if position != end and slots[position - 1]:
                    slots = None
                    break
                if position != end:
                    slots[position - 1] = quoted
            self.chunks[chunk] = None if slots is None else tuple(slots)

    def _part(self, slots: list[str], at: int, weight: str) -> tuple[str, int, int]:
        """One part's text form with positions after `at`, its last position, and the most
        positions a lexeme has in it."""
        lexemes = list(filter(None, slots))
        if not lexemes:
            return "", at, 0
        # A lexeme once per position: PostgreSQL's input merges them into one entry.
        positions = map(_POSITIONS[weight].__getitem__, compress(count(at + 1), slots))
        text = " ".join(map(str.__add__, lexemes, positions))
        last = len(slots) - next(i for i, slot in enumerate(reversed(slots)) if slot)
        return text, at + last, max(Counter(lexemes).values())
