"""An article's search vector, exactly as the trigger's `articles_search_document` makes it,
in tsvector's binary form for a binary COPY.

PostgreSQL's text-search parser costs about a millisecond per generated article, as much as
rendering it, so the generator assembles the vector itself from PostgreSQL's own answers for
each distinct whitespace-separated chunk (`to_tsvector('english', chunk)`, asked once per
chunk and memoised). No token of the default parser spans ASCII whitespace, so the document's
vector is its chunks' vectors laid end to end; `||` then offsets each weighted part by the
largest position before it. A body made of pooled blocks is its blocks' chunks end to end too
(each block's HTML begins and ends with a tag), so a block's lexemes and positions are worked
out once and pooled with the others' (`Vectors.block`), whence a batch's bodies are gathered.

The vector goes in binary, its lexemes sorted and each one's positions grouped, as PostgreSQL
stores it: reading the text form (about 1,000 entries, one a position, to parse and sort) was
about a tenth of a millisecond of the COPY's backend an article. NumPy groups the positions:
the same grouping in Python cost more than PostgreSQL saved.
Where PostgreSQL's limits would cut in (a lexeme with 255 positions, a position past 16,383)
`build_all` gives None and the caller lets PostgreSQL do it. The generator also compares a
sample with `articles_search_document` before it commits.
"""

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain

import numpy as np

# Migration 0002's body text: tags, then entities, replaced by spaces.
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&[#a-zA-Z0-9]+;")
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# Characters str.split() takes for spaces besides those: the rare text with one is split slowly.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# A chunk of ASCII letters, capitalised or not, then at most a full stop or a comma: the parser
# reads one word from it, which the dictionary lowercases, and a blank, so it takes the slots of
# its letters in lower case. A sentence's first word and its last come this way.
_PLAIN_WORD = re.compile(r"([A-Za-z]+)[.,]?")
# PostgreSQL keeps at most 255 positions of a lexeme from one to_tsvector, 256 after `||`,
# and caps positions at 16,383 (MAXNUMPOS, MAXENTRYPOS): never reached by generated text.
_MAX_POSITIONS = 255
_MAX_POSITION = 16_383
# A position's weight in its top two bits (WordEntryPos): A, B and C of the three parts.
_WEIGHTS = (3 << 14, 2 << 14, 1 << 14)
STOP = -1  # a position a stop word takes
# Lexemes' ranks (`Vectors.rank`) are below 2**_RANK_BITS, and _RANK_GAP apart when ranked
# afresh: about 16 lexemes learnt later fit in any gap. An entry's sort key holds its
# document's number, then its lexeme's rank, then its position (without its weight, in
# _POSITION_BITS): unique, so that NumPy's default sort, three times as fast as its stable one
# on these keys, keeps each lexeme's positions in order. The number takes the bits left.
_RANK_BITS = 40
_RANK_GAP = 1 << 16
_POSITION_BITS = _MAX_POSITION.bit_length()
_DOCUMENTS = 1 << (63 - _RANK_BITS - _POSITION_BITS)  # at most, in one `_binary`

# A chunk's vector is asked for with a made-up word after it: that word's position tells how
# many positions the chunk itself took (stop words take one and leave no lexeme).
LOOKUP_SQL = (
    "SELECT c, u.lexeme, u.positions FROM unnest(%s::text[]) c,"
    " unnest(to_tsvector('english', c || ' zqxcorpusend')) u"
)

Lookup = Callable[[list[str]], Iterable[tuple[str, str, list[int]]]]


@dataclass(frozen=True)
class Part:
    """A text's lexemes (ids in `Vectors`) and their positions from 1, and how many positions
    the text takes, stop words included."""

    lexemes: np.ndarray
    positions: np.ndarray
    span: int

    @property
    def last(self) -> int:
        """The last position holding a lexeme, which `||` offsets the next part by."""
        return int(self.positions[-1]) if len(self.positions) else 0


# Title, standfirst and tag names, body: texts, or for the body the numbers of its blocks in
# the pool (`Vectors.block`), None if one is unknowable.
Document = tuple[str, str, "list[int] | None"]

# A document's title and standfirst parts, each with what its positions are raised by (its
# weight too), its body's blocks (`Vectors.block`) and the position its body follows.
_Pieces = tuple[list[tuple[Part, int]], list[int], int]


def body_text(body_html: str) -> str:
    return _ENTITY.sub(" ", _TAG.sub(" ", body_html))


def _split(text: str) -> list[str]:
    return _SPACE.split(text) if _ODD_SPACE.search(text) else text.split()


class Vectors:
    """Search vectors for documents, asking `lookup` (runs `LOOKUP_SQL`) for unseen chunks."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        # chunk -> the lexeme id or STOP at each position it takes; None if two lexemes share
        # a position.
        self.chunks: dict[str, tuple[int, ...] | None] = {}
        self.ids: dict[str, int] = {}  # lexeme -> id
        self.ordered: list[str] = []  # the lexemes, sorted
        # By id: a number that sorts as PostgreSQL sorts lexemes (bytewise, as Python's str),
        # spaced so that new lexemes fit between, and where the lexeme, as tsvector's binary
        # form writes it, lies in `bytes`.
        self.rank = np.zeros(0, dtype=np.int64)
        self.start = np.zeros(0, dtype=np.int64)
        self.size = np.zeros(0, dtype=np.int64)
        self.bytes = np.zeros(0, dtype=np.uint8)
        self.used = 0  # of `bytes`
        self.blocks: list[Part] = []  # the pool of body blocks
        self._pooled: tuple[np.ndarray, ...] | None = None  # their parts end to end

    def build_all(self, documents: list[Document]) -> list[bytes | None]:
        """The binary vectors of documents, or None for those PostgreSQL must make, asking
        PostgreSQL about all their new chunks at once.

        A document is its parts weighted A, B and C in migration 0002 (title; standfirst and
        tag names; body text), each a text or, for the body, pooled blocks laid end to end.
        `||` puts each part after the largest position before it.
        """
        try:
            pieces = list(map(self._pieces, documents))
        except KeyError:  # a chunk not seen yet: learn all the batch's at once
            self.learn_texts({text for doc in documents for text in doc[:2]})
            pieces = list(map(self._pieces, documents))
        return [
            vector
            for at in range(0, len(pieces), _DOCUMENTS)
            for vector in self._binary(pieces[at : at + _DOCUMENTS])
        ]

    def part(self, text: str) -> Part | None:
        """`text`'s part, None if two lexemes share a position. KeyError for unknown chunks."""
        try:
            slots = list(chain.from_iterable(map(self.chunks.__getitem__, _split(text))))
        except TypeError:  # a chunk whose lexemes share a position
            return None
        held = [i for i, slot in enumerate(slots, 1) if slot != STOP]
        return Part(
            np.array([slots[i - 1] for i in held], dtype=np.int32),
            np.array(held, dtype=np.uint16),
            len(slots),
        )

    def block(self, text: str) -> int | None:
        """Add `text`'s part to the pool of body blocks and give its number there, or None if
        two lexemes share a position. KeyError for unknown chunks."""
        part = self.part(text)
        if part is None:
            return None
        self.blocks.append(part)
        self._pooled = None
        return len(self.blocks) - 1

    def _pieces(self, document: Document) -> _Pieces | None:
        """A document's `_Pieces`; None if a part is unknowable."""
        title, standfirst, body = document
        if body is None:
            return None
        heads, at = [], 0
        for text, weight in zip((title, standfirst), _WEIGHTS[:2], strict=True):
            part = self.part(text)
            if part is None:
                return None
            heads.append((part, at + weight))
            at += part.last
        return heads, body, at

    def _binary(self, documents: list[_Pieces | None]) -> list[bytes | None]:
        """tsvector's binary form of each document: how many lexemes, then each lexeme in
        order with its positions in order. One pass of NumPy over all the documents, None
        for those past PostgreSQL's limits."""
        known = [k for k, doc in enumerate(documents) if doc]
        if not known:
            return [None] * len(documents)
        heads = [(k, *head) for k in known for head in documents[k][0]]
        owners, parts, raises = zip(*heads, strict=True)
        counts = [len(part.lexemes) for part in parts]
        # The bodies: each block raised by the positions of the blocks before it in its body.
        lexeme_pool, position_pool, block_start, block_count, block_span = self._pool()
        blocks = [documents[k][1] for k in known]
        lengths = list(map(len, blocks))
        block = np.fromiter(chain.from_iterable(blocks), dtype=np.int64, count=sum(lengths))
        spans = np.concatenate(([0], np.cumsum(block_span[block])))
        firsts = np.cumsum(lengths) - lengths
        at = np.array([documents[k][2] for k in known])
        too_long = set(
            np.array(known)[at + spans[firsts + lengths] - spans[firsts] > _MAX_POSITION].tolist()
        )
        block_raise = np.repeat(at + _WEIGHTS[2] - spans[firsts], lengths) + spans[:-1]
        entries = block_count[block]
        taken = _spread(block_start[block], entries)
        lexemes = np.concatenate([*(part.lexemes for part in parts), lexeme_pool[taken]])
        positions = np.concatenate(
            [*(part.positions for part in parts), position_pool[taken]]
        ) + np.concatenate((np.repeat(raises, counts), np.repeat(block_raise, entries)))
        owner = np.concatenate(
            (np.repeat(owners, counts), np.repeat(np.repeat(known, lengths), entries))
        )
        # By document, then lexeme, then position.
        order = (
            (owner << (_RANK_BITS + _POSITION_BITS))
            | (self.rank[lexemes] << _POSITION_BITS)
            | (positions & _MAX_POSITION)
        ).argsort()
        lexemes, positions, owner = lexemes[order], positions[order], owner[order]
        # Groups: one lexeme of one document, with its positions.
        first = np.empty(len(lexemes), dtype=bool)
        first[0] = True
        first[1:] = (lexemes[1:] != lexemes[:-1]) | (owner[1:] != owner[:-1])
        starts = np.flatnonzero(first)
        sizes = np.diff(np.append(starts, len(lexemes)))
        lexeme, owner = lexemes[starts], owner[starts]
        length = self.size[lexeme]
        group_bytes = length + 2 + 2 * sizes
        # Each document: how many groups (4 bytes), then its groups.
        group_start = np.cumsum(group_bytes) - group_bytes + 4 * (owner + 1)
        document_bytes = np.bincount(owner, weights=group_bytes, minlength=len(documents))
        document_start = np.concatenate(([0], np.cumsum(document_bytes.astype(np.int64) + 4)))
        out = np.zeros(document_start[-1], dtype=np.uint8)
        header = np.bincount(owner, minlength=len(documents)).astype(">i4").view(np.uint8)
        out[np.repeat(document_start[:-1], 4) + np.tile(np.arange(4), len(documents))] = header
        out[_spread(group_start, length)] = self.bytes[_spread(self.start[lexeme], length)]
        at = group_start + length
        out[at], out[at + 1] = sizes >> 8, sizes & 0xFF
        out[_spread(at + 2, 2 * sizes)] = positions.astype(">u2").view(np.uint8)
        data = out.tobytes()
        too_many = too_long | set(owner[sizes >= _MAX_POSITIONS].tolist())
        bounds = document_start.tolist()
        return [
            None if doc is None or k in too_many else data[bounds[k] : bounds[k + 1]]
            for k, doc in enumerate(documents)
        ]

    def _pool(self) -> tuple[np.ndarray, ...]:
        """The pooled blocks' lexemes and positions end to end, and each block's first entry
        there, number of entries and span."""
        if self._pooled is None:
            count = np.array([len(part.lexemes) for part in self.blocks], dtype=np.int64)
            self._pooled = (
                np.concatenate([np.zeros(0, np.int32), *(p.lexemes for p in self.blocks)]),
                np.concatenate([np.zeros(0, np.uint16), *(p.positions for p in self.blocks)]),
                np.cumsum(count) - count,
                count,
                np.array([part.span for part in self.blocks], dtype=np.int64),
            )
        return self._pooled

    def learn_texts(self, texts) -> None:
        """`learn` the chunks of `texts`."""
        self.learn({chunk for text in texts for chunk in _split(text)})

    def learn(self, chunks) -> None:
        """Ask PostgreSQL about the chunks not seen yet, in one query, but for those that are
        another form of a word (`_PLAIN_WORD`): only the word is asked about."""
        unseen = {chunk for chunk in chunks if chunk not in self.chunks}
        if not unseen:
            return
        words = {}
        for chunk in unseen:
            plain = _PLAIN_WORD.fullmatch(chunk)
            if plain and (word := plain[1].lower()) != chunk:
                words[chunk] = word
        asked = (unseen - words.keys()) | {w for w in words.values() if w not in self.chunks}
        if asked:
            self._ask(asked)
        for chunk, word in words.items():
            self.chunks[chunk] = self.chunks[word]

    def _ask(self, chunks: set[str]) -> None:
        found = {chunk: [] for chunk in chunks}
        rows = list(self.lookup(sorted(found)))
        self._add_lexemes({lexeme for _, lexeme, _ in rows if lexeme not in self.ids})
        for chunk, lexeme, positions in rows:
            found[chunk].extend((p, self.ids[lexeme]) for p in positions)
        for chunk, entries in found.items():
            end = max(entries)[0]  # the sentinel's position
            slots = [STOP] * (end - 1)
            for position, lexeme in entries:
                if position != end and slots[position - 1] != STOP:
                    slots = None
                    break
                if position != end:
                    slots[position - 1] = lexeme
            self.chunks[chunk] = None if slots is None else tuple(slots)

    def _add_lexemes(self, lexemes: set[str]) -> None:
        """Give new lexemes ids, their bytes, and ranks between their neighbours'."""
        new = sorted(lexemes)
        encoded = [lexeme.encode() + b"\0" for lexeme in new]
        first, end = len(self.ids), len(self.ids) + len(new)
        if end > len(self.rank):
            capacity = 2 * end
            self.rank, self.start, self.size = (
                np.resize(a, capacity) for a in (self.rank, self.start, self.size)
            )
        sizes = [len(b) for b in encoded]
        if self.used + sum(sizes) > len(self.bytes):
            self.bytes = np.resize(self.bytes, 2 * (self.used + sum(sizes)))
        self.size[first:end] = sizes
        self.start[first:end] = self.used + np.cumsum([0, *sizes[:-1]])
        self.bytes[self.used : self.used + sum(sizes)] = np.frombuffer(b"".join(encoded), np.uint8)
        self.used += sum(sizes)
        self.ids.update(zip(new, range(first, end), strict=True))
        if len(new) > len(self.ordered) // 8:  # many at once: sort them all
            self.ordered = sorted(self.ordered + new)
            self._rank_all()
            return
        for lexeme in new:
            at = bisect_left(self.ordered, lexeme)
            low = int(self.rank[self.ids[self.ordered[at - 1]]]) if at else 0
            high = int(self.rank[self.ids[self.ordered[at]]]) if at < len(self.ordered) else None
            self.ordered.insert(at, lexeme)
            middle = low + _RANK_GAP if high is None else (low + high) // 2
            if low < middle < (high or 1 << _RANK_BITS):
                self.rank[self.ids[lexeme]] = middle
            else:  # no number left between its neighbours'
                self._rank_all()

    def _rank_all(self) -> None:
        if len(self.ordered) * _RANK_GAP >= 1 << _RANK_BITS:
            raise ValueError("too many lexemes to rank")
        for rank, lexeme in enumerate(self.ordered, 1):
            self.rank[self.ids[lexeme]] = rank * _RANK_GAP


def _spread(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indexes of the runs of `lengths` beginning at `starts`, one run after another."""
    before = np.cumsum(lengths) - lengths
    return np.repeat(starts - before, lengths) + np.arange(int(lengths.sum()))
