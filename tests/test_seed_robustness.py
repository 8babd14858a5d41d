"""Bad input: the parser and the decoder either succeed or raise SeedParseError, nothing else."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.seedparser import ParsedArticle, SeedParseError, decode_seed_bytes, parse_seed

SEED = (
    Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "000_dfc4c9cd3a653c2d.txt"
).read_text(encoding="utf-8")

_line = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(
        [
            "",
            "By Jane Doe",
            "March 3, 2024",
            "“A quoted sentence of more than six words here,” Jane Doe said.",
            "- item",
            "a | b",
            "---|---",
            "Tags: x, y",
            "Read also: something",
            "\x00",
            "\ufeff",
            "\r",
            "Comments",
            "Table of Contents",
            "<html>",
            "x" * 5000,
        ]
    ),
)
_pages = st.lists(_line, max_size=40).map(lambda lines: "\n".join(lines))
_crlf_pages = _pages.map(lambda text: text.replace("\n", "\r\n"))


def _parses_or_rejects(text: str) -> None:
    try:
        result = parse_seed(text, source="fuzz.txt")
    except SeedParseError as exc:
        assert str(exc)
    else:
        assert isinstance(result, ParsedArticle)
        result.to_dict()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_pages, _crlf_pages, st.text()))
def test_parse_seed_returns_an_article_or_raises_seed_parse_error(text):
    _parses_or_rejects(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=len(SEED)), st.text(max_size=50))
def test_seed_with_random_insertions_still_parses_or_is_rejected(position, noise):
    _parses_or_rejects(SEED[:position] + noise + SEED[position:])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_returns_text_or_raises_seed_parse_error(data):
    try:
        text = decode_seed_bytes(data)
    except SeedParseError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cc", "Cs"]), max_size=300))
def test_decode_round_trips_utf8_text(text):
    assert decode_seed_bytes(text.encode("utf-8")) == text


def test_decode_strips_a_utf8_bom():
    assert decode_seed_bytes(codecs.BOM_UTF8 + "Título".encode()) == "Título"


def test_decode_reads_utf16_with_bom():
    assert decode_seed_bytes("Título\nBody".encode("utf-16")) == "Título\nBody"


def test_decode_falls_back_to_cp1252_for_smart_quotes():
    assert decode_seed_bytes("“Déjà vu,” she said.".encode("cp1252")) == "“Déjà vu,” she said."


def test_decode_honours_a_declared_charset():
    data = '<meta charset="iso-8859-7">\nΑθήνα'.encode("iso-8859-7")
    assert decode_seed_bytes(data).endswith("Αθήνα")


def test_decode_rejects_nul_bytes():
    with pytest.raises(SeedParseError, match="NUL"):
        decode_seed_bytes(b"Title\x00\x00body")


def test_decode_rejects_mostly_non_printable_data():
    with pytest.raises(SeedParseError, match="binary"):
        decode_seed_bytes(bytes(range(1, 32)) * 20)


def test_decode_rejects_data_over_two_megabytes():
    with pytest.raises(SeedParseError, match="2 MB"):
        decode_seed_bytes(b"a" * (2 * 1024 * 1024 + 1))


def test_parse_rejects_text_over_two_megabytes():
    with pytest.raises(SeedParseError, match="2 MB"):
        parse_seed("Title line here\n" + "word " * 500_000, source="big.txt")


def test_crlf_and_nbsp_parse_like_lf_and_spaces():
    crlf = SEED.replace("\n", "\r\n").replace(" ", "\u00a0", 50)
    assert parse_seed(crlf, source="s").to_dict() == parse_seed(SEED, source="s").to_dict()
