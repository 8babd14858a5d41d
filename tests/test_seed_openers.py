"""The prechecks read from patterns (``articles.seedparser.openers``): the same matches as
the patterns themselves, on edge cases and on every line of every page."""

from __future__ import annotations

import re
import sys

import pytest

from articles.seedparser import openers
from articles.seedparser.openers import OpenerPattern, opening_characters
from articles.seedparser.text import keyword_text, split_lines
from tests.test_seed_parser import PAGES


def test_opening_characters_read_case_and_scoped_flags():
    assert opening_characters(re.compile(r"(?i)^the\s")) == {"T", "t"}
    assert opening_characters(re.compile(r"^(?i:why)|^\d")) == set("Ww0123456789")
    assert opening_characters(re.compile(r"(?i)^(?-i:The)")) == {"T"}
    # A folded pattern's "t" is matched in the line's keyword_text, where "T" is "t".
    assert opening_characters(re.compile(r"^[↑\s]*top"), "|") == {" ", "t", "T", "|"}
    assert opening_characters(re.compile(r"^(?:x)?$")) is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i)^(?:\d+\s+)?(?:comments?|replies)$", "3 replies"),  # an optional opening
        (r"^(?:(?:share|tweet)\s*)+$", "share tweet share"),  # the repeat's first word only
        (r"(?i)^(?:(?-i:The)|then)\s+(?P<rest>.+)$", "THEN Ahead"),  # scoped flags
        (r"^(?:a|b)", "c"),  # no branch can open here
        (r"^(?:x|y)", "éx"),  # any other first character
    ],
)
def test_opener_pattern_matches_as_its_pattern(pattern, text):
    compiled = re.compile(pattern)
    expected, got = compiled.match(text), OpenerPattern(compiled).match(text)
    assert (got and (got.span(), got.groups())) == (
        expected and (expected.span(), expected.groups())
    )


def test_opener_patterns_match_every_line_as_their_patterns():
    """The parser's opener patterns match each line of every page, and its keyword_text,
    with the same spans and groups as the patterns they are cut from."""
    texts = {
        text
        for path, _ in PAGES
        for line in split_lines(path.read_text(encoding="utf-8"))
        if line
        for text in (line, keyword_text(line))
    }
    modules = [m for name, m in sys.modules.items() if name.startswith("articles.seedparser")]
    openers = {id(v): v for m in modules for v in vars(m).values() if isinstance(v, OpenerPattern)}
    assert openers
    for opener in openers.values():
        for text in texts:
            expected, got = opener.original.match(text), opener.match(text)
            assert (got and (got.span(), got.groups())) == (
                expected and (expected.span(), expected.groups())
            ), (opener.original.pattern[:40], text)


def test_without_re_s_parser_every_line_is_let_through(monkeypatch):
    monkeypatch.setattr(openers, "sre", None)
    pattern = re.compile(r"(?i)^(?:share|tweet)\b")
    assert opening_characters(pattern) is None
    opener = OpenerPattern(pattern)
    assert opener.match("Share this").span() == (0, 5)
    assert opener.match("Save this") is None


def test_a_pattern_whose_opening_cannot_be_read_gets_no_precheck():
    # A back-reference opening the match: no character can be read from it.
    assert opening_characters(re.compile(r"(a)?\1")) is None
