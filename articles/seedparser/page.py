"""Per-line claims: which field, block or discard reason each line of the page ended up in."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .dates import DateLine
from .detectors import strip_numbering
from .model import Related
from .people import handles_in
from .text import SITE_NAME_SEPARATOR_RE, same_text, text_key

TOC_MATCH_RATIO = 92


def _close_lengths(a: int, b: int) -> bool:
    """Whether strings of these lengths can reach the ratio at all: ``fuzz.ratio`` never
    exceeds 100 * (1 - |a - b| / (a + b))."""
    return 100 * abs(a - b) <= (100 - TOC_MATCH_RATIO) * (a + b)


def _close_wording(key: str, entry: str) -> bool:
    """Whether two keys differ by small wording changes (``fuzz.ratio`` of 92 or more).

    The call is skipped when the lengths alone rule a match out: a paragraph tested against
    a short entry would otherwise pay for rapidfuzz's set-up over the whole paragraph.
    """
    return _close_lengths(len(key), len(entry)) and fuzz.ratio(key, entry) >= TOC_MATCH_RATIO


@dataclass
class Claim:
    kind: str  # discard, title, meta, related, toc, paragraph, heading, quote, list, table, ...
    reason: str = ""
    data: object = None


@dataclass
class Bio:
    index: int
    name: str | None
    text: str
    links: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    header: str | None = None  # the byline name printed over the bio in an author box


@dataclass
class Page:
    """The lines of one page and everything read from them so far."""

    lines: list[str]
    claims: list[Claim | None] = field(init=False)
    title: str = ""
    title_index: int = -1
    labels: list[tuple[int, str]] = field(default_factory=list)
    crumbs: list[tuple[int, str]] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    dates: list[tuple[int, DateLine]] = field(default_factory=list)
    bios: list[Bio] = field(default_factory=list)
    byline_handles: list[tuple[str, str]] = field(default_factory=list)  # (name, "@handle")
    toc: list[str] = field(default_factory=list)
    related: list[tuple[int, Related]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    standfirst: str | None = None
    site_name: str | None = None
    teaser_keys: set = field(default_factory=set)
    month_first: bool = False  # the page writes its numeric dates month first (10/28/2025)
    speakers: frozenset[str] = frozenset()  # the people a debate record's speaker lines name
    _keyed_toc: list[str] | None = field(default=None, init=False, repr=False)
    _toc_keys: tuple[str, ...] = field(default=(), init=False, repr=False)
    _longest_toc_key: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        self.claims = [None] * len(self.lines)

    def free(self, i: int) -> bool:
        # Asked several hundred times a page: comparisons only, no call to bool().
        return 0 <= i < len(self.lines) and self.claims[i] is None and self.lines[i] != ""

    @property
    def site_short_name(self) -> str | None:
        """The site's name without the section a browser title's suffix may carry with it
        ("Business - The Karachi Post" gives "The Karachi Post")."""
        return SITE_NAME_SEPARATOR_RE.split(self.site_name)[-1] if self.site_name else None

    def names_site(self, text: str) -> bool:
        """Whether ``text`` is the site's name, with or without that section."""
        return bool(self.site_name) and (
            same_text(text, self.site_name) or same_text(text, self.site_short_name)
        )

    def claimed(self, i: int) -> bool:
        return self.claims[i] is not None

    def claim(self, i: int, kind: str, reason: str = "", data: object = None) -> None:
        self.claims[i] = Claim(kind, reason, data)

    def claim_span(self, start: int, end: int, kind: str, reason: str = "") -> None:
        for i in range(start, end):
            if self.lines[i] and self.claims[i] is None:
                self.claims[i] = Claim(kind, reason)

    def add_byline(self, names: list[str], line: str) -> None:
        """The byline's names, and the handle printed on its line ("Lydia Farrell
        @lydiafarrell", "Jane Doe (@jdoe)"): the last name's, as one under the byline is."""
        self.bylines.extend(names)
        handles = handles_in(line) if "@" in line else []
        if len(handles) == 1:
            self.byline_handles.append((names[-1], handles[0]))

    def in_toc(self, text: str) -> bool:
        """Whether a heading is one the table of contents lists (numbering and small wording
        differences aside)."""
        key = text_key(strip_numbering(text))
        keys = self._keys_of_toc()
        if key in keys:
            return True
        longest = self._longest_toc_key
        if len(key) > longest and not _close_lengths(len(key), longest):
            return False  # too long for every entry: what most body lines, paragraphs, are
        return any(_close_wording(key, entry) for entry in keys)

    def _keys_of_toc(self) -> tuple[str, ...]:
        """The entries' keys, worked out once per table of contents: every line of the body
        is tested against all of them."""
        if self._keyed_toc is not self.toc:
            self._keyed_toc = self.toc
            self._toc_keys = tuple(text_key(entry) for entry in self.toc)
            self._longest_toc_key = max(map(len, self._toc_keys), default=0)
        return self._toc_keys

    def run_end(self, start: int, belongs) -> int:
        """The end (exclusive) of the run of unclaimed lines from ``start`` that ``belongs``
        accepts: a box's lines under its opener."""
        j = start
        while j < len(self.lines) and self.free(j) and belongs(self.lines[j]):
            j += 1
        return j

    def box_start(self, start: int, is_title) -> int:
        """``start``, or the unclaimed line above it under the headline that ``is_title``
        takes for the box's name ("Get the Magazine" over an offer)."""
        above = self.prev_nonblank(start)
        if above > self.title_index and self.free(above) and is_title(self.lines[above]):
            return above
        return start

    def next_nonblank(self, i: int) -> int:
        j = i + 1
        while j < len(self.lines) and not self.lines[j]:
            j += 1
        return j

    def prev_nonblank(self, i: int) -> int:
        j = i - 1
        while j >= 0 and not self.lines[j]:
            j -= 1
        return j
