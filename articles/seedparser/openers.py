"""Prechecks read from the patterns themselves: which characters a match can open with, and
copies of long patterns cut down to the branches a text's first character can open.

Both read a compiled pattern's parse with the ``re`` module's own parser and compiler,
CPython's private ``re._parser`` and ``re._compiler``. On a Python where those are missing or
read differently, every precheck lets every line through: slower, never a different result.
"""

from __future__ import annotations

import re
from collections.abc import Callable

try:
    import re._constants as sre
    from re._compiler import compile as sre_compile
    from re._parser import SubPattern
    from re._parser import parse as sre_parse
except ImportError:  # pragma: no cover - a Python whose re keeps its parser elsewhere
    sre = None

# The characters a line can open with that opening_characters sorts: printable ASCII. Any
# other first character is let through to every detector.
ASCII_OPENERS = tuple(map(chr, range(0x20, 0x7F)))
_ASCII_OPENER_SET = frozenset(ASCII_OPENERS)
_CATEGORIES = (
    {}
    if sre is None
    else {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
)
# What reading a parse this module does not know raises: its pattern is then asked of every
# line, as it is.
_UNREADABLE = (ValueError, TypeError, AttributeError, KeyError)
_REPEATS = () if sre is None else (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = () if sre is None else (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _one_character(op, av, flags: int) -> str:
    """The pattern of one parsed character test (a literal, a class, "."), with its flags."""
    if op is sre.LITERAL:
        body = re.escape(chr(av))
    elif op is sre.NOT_LITERAL:
        body = f"[^{re.escape(chr(av))}]"
    elif op is sre.ANY:
        body = "."
    else:
        parts = []
        for item, value in av:
            if item is sre.NEGATE:
                parts.append("^")
            elif item is sre.LITERAL:
                parts.append(re.escape(chr(value)))
            elif item is sre.RANGE:
                parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            else:
                parts.append(_CATEGORIES[value])
        body = f"[{''.join(parts)}]"
    scoped = "".join(f for f, bit in (("i", re.I), ("s", re.S), ("a", re.A)) if flags & bit)
    return f"(?{scoped}:{body})" if scoped else body


def _first_characters(items, flags: int) -> tuple[list[str], bool]:
    """The character tests a match of the parsed ``items`` can open with, and whether it can
    match the empty string (in which case what follows the items may open it)."""
    found: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # an anchor or a look-around consumes nothing
        if op is sre.SUBPATTERN:
            _, on, off, sub = av
            tests, empty = _first_characters(sub, (flags | on) & ~off)
        elif op is sre.ATOMIC_GROUP:
            tests, empty = _first_characters(av, flags)
        elif op is sre.BRANCH:
            tests, empty = [], False
            for branch in av[1]:
                more, can_be_empty = _first_characters(branch, flags)
                tests += more
                empty = empty or can_be_empty
        elif op in _REPEATS:
            tests, empty = _first_characters(av[2], flags)
            empty = empty or av[0] == 0
        elif op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            tests, empty = [_one_character(op, av, flags)], False
        else:
            raise ValueError(f"cannot tell how {op} opens a match")
        found += tests
        if not empty:
            return found, False
    return found, True


def opening_characters(
    *needs: re.Pattern | OpenerPattern | str | Callable,
) -> frozenset[str] | None:
    """The printable ASCII characters that a line can open with where one of ``needs`` holds:
    a pattern matching the line, or its ``keyword_text``, at its start (read from the pattern
    itself, with the parser of the ``re`` module); characters given as a string; a detector
    marked by ``opens_like``. None when a pattern can match nothing at all, so any line."""
    if sre is None:
        return None
    openers: set[str] = set()
    for need in needs:
        if isinstance(need, OpenerPattern):
            need = need.original
        if isinstance(need, str):
            openers.update(need)
            continue
        if isinstance(need, re.Pattern):
            try:
                parsed = sre_parse(need.pattern, need.flags)
                found = _openers_of(parsed, parsed.state.flags)
            except _UNREADABLE:
                return None
            # A character is let through where it opens the line or its keyword_text.
            found = found and {c for c in ASCII_OPENERS if c in found or c.lower() in found}
        else:
            found = need.openers
        if found is None:
            return None
        openers |= found
    return frozenset(openers)


def opens_like(*needs: re.Pattern | OpenerPattern | str | Callable) -> Callable:
    """Mark a detector that accepts only lines where one of ``needs`` holds (see
    ``opening_characters``) or that open with a character outside ASCII: its ``openers``
    let a caller asking many detectors skip it for a line that opens with none of them."""
    openers = opening_characters(*needs)

    def mark(detector: Callable) -> Callable:
        detector.openers = openers
        return detector

    return mark


def _openers_of(items, flags: int) -> frozenset[str] | None:
    """The printable ASCII characters a match of the parsed ``items`` can open with; None if it
    can be empty."""
    tests, empty = _first_characters(items, flags)
    if empty:
        return None
    opener = re.compile("|".join(tests))
    return frozenset(c for c in ASCII_OPENERS if opener.match(c))


# Matches nothing: what a pattern becomes for a character none of its matches opens with.
_NEVER = re.compile(r"(?!)")


class OpenerPattern:
    """``pattern`` matched at the start of a text through a copy of it cut down to the
    branches of its alternations that can open with the text's first character (printable
    ASCII; a text opening otherwise is matched with ``pattern`` itself). re tries the branches
    of an alternation one after another, so a pattern listing many words rules out a line
    opening with none of them many times faster. The matches, spans and groups are the same:
    a branch cut out could not have matched there. Each copy is made (with the parser and
    compiler of the ``re`` module) the first time a text opens with its character, and shared
    by the characters that keep the same branches."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.original = pattern
        self._parsed = None if sre is None else sre_parse(pattern.pattern, pattern.flags)
        self._by_opener: dict[str, re.Pattern] = {}
        # The openers of each branch met, by its id (the parsed pattern keeps them all alive),
        # and the copies made, by the ids of the branches they keep.
        self._branch_openers: dict[int, frozenset[str] | None] = {}
        self._copies: dict[tuple[int, ...], re.Pattern] = {}

    def match(self, text: str) -> re.Match | None:
        pattern = self._by_opener.get(text[:1])
        if pattern is None:
            pattern = self._for(text[:1])
        return pattern.match(text)

    def _for(self, opener: str) -> re.Pattern:
        if opener not in _ASCII_OPENER_SET or self._parsed is None:
            return self.original
        kept: list[int] = []
        try:
            items = self._pruned(self._parsed, self._parsed.state.flags, opener, kept)
        except _UNREADABLE:
            return self.original
        if items is None:
            pattern = _NEVER
        else:
            key = tuple(kept)
            pattern = self._copies.get(key)
            if pattern is None:
                copy = SubPattern(self._parsed.state, items)
                pattern = self._copies[key] = sre_compile(copy, self.original.flags)
        self._by_opener[opener] = pattern
        return pattern

    def _opens_with(self, branch, flags: int, opener: str) -> bool:
        if id(branch) not in self._branch_openers:
            self._branch_openers[id(branch)] = _openers_of(branch, flags)
        openers = self._branch_openers[id(branch)]
        return openers is None or opener in openers

    def _pruned(self, items, flags: int, opener: str, kept: list[int]) -> list | None:
        """The parsed ``items`` with each alternation that opens the match cut down to the
        branches that can open with ``opener`` (their ids added to ``kept``): the same matches,
        in the same order; None if none can. Only the first item that is not zero-width opens
        the match for certain."""
        pruned = list(items)
        for k, (op, av) in enumerate(items):
            if op in _ZERO_WIDTH:
                continue
            if op is sre.SUBPATTERN:
                group, on, off, sub = av
                inner = self._pruned(sub, (flags | on) & ~off, opener, kept)
                if inner is None:
                    return None
                pruned[k] = (op, (group, on, off, SubPattern(sub.state, inner)))
            elif op is sre.BRANCH:
                branches = []
                for branch in av[1]:
                    if self._opens_with(branch, flags, opener):
                        inner = self._pruned(branch, flags, opener, kept)
                        if inner is not None:
                            kept.append(id(branch))
                            branches.append(SubPattern(branch.state, inner))
                if not branches:
                    return None
                pruned[k] = (op, (av[0], branches))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
                # X{m,n} is X X{m-1,n-1}: only the first X opens the match.
                low, high, sub = av
                inner = self._pruned(sub, flags, opener, kept)
                if inner is None:
                    return None
                rest = high if high == sre.MAXREPEAT else high - 1
                pruned[k : k + 1] = [
                    (sre.SUBPATTERN, (None, 0, 0, SubPattern(sub.state, inner))),
                    (op, (low - 1, rest, sub)),
                ]
            elif op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
                openers = _openers_of([(op, av)], flags)
                if opener not in openers:
                    return None
            return pruned
        return pruned
