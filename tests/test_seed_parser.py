"""Golden-file tests for the seed parser: both real seeds and every layout page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from articles.seedparser import ParsedArticle, SeedParseError, explain_lines, parse_seed
from articles.seedparser import parser as seed_parser
from articles.seedparser.text import split_lines, without_pictograms

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
LAYOUTS = Path(__file__).resolve().parent / "layouts"


def _pages() -> list[tuple[Path, Path]]:
    seeds = [(p, SEEDS / "expected" / (p.stem + ".json")) for p in sorted(SEEDS.glob("*.txt"))]
    layouts = [(p, p.with_suffix(".json")) for p in sorted(LAYOUTS.glob("*.txt"))]
    return seeds + layouts


PAGES = _pages()
IDS = [text.name for text, _ in PAGES]


def _parse(path: Path) -> ParsedArticle:
    return parse_seed(path.read_text(encoding="utf-8"), source=path.name)


@pytest.mark.parametrize(("text_path", "expected_path"), PAGES, ids=IDS)
def test_golden_parse_matches_expected_fields(text_path, expected_path):
    got = _parse(text_path).to_dict()
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for key in expected:
        if key == "discarded":
            continue
        assert got[key] == expected[key], key


@pytest.mark.parametrize(("text_path", "expected_path"), PAGES, ids=IDS)
def test_golden_parse_discards_every_expected_widget(text_path, expected_path):
    got = {entry["text"] for entry in _parse(text_path).to_dict()["discarded"]}
    expected = json.loads(expected_path.read_text(encoding="utf-8"))["discarded"]
    missing = [entry["text"] for entry in expected if entry["text"] not in got]
    assert missing == []


def test_to_dict_has_exactly_the_schema_keys():
    article = _parse(PAGES[0][0])
    assert list(article.to_dict()) == [
        "source", "title", "section", "tags", "authors", "published",
        "toc", "blocks", "quotes", "related", "discarded",
    ]  # fmt: skip


@pytest.mark.parametrize(("text_path", "expected_path"), PAGES, ids=IDS)
def test_no_line_is_lost_and_nothing_is_invented(text_path, expected_path):
    text = text_path.read_text(encoding="utf-8")
    article = parse_seed(text, source=text_path.name)
    placed = explain_lines(text)
    unplaced = [line for line, kind, _ in placed if not kind]
    assert unplaced == []
    discarded_lines = {line for d in article.discarded for line in d.text.split("\n")}
    for line, kind, _ in placed:
        if kind == "discard":
            assert line in discarded_lines
    input_lines = {line for line, _, _ in placed}
    # A paragraph is a line of the page, without the pictograms (🚨 📍) that may open it.
    input_lines |= {without_pictograms(line) for line in input_lines}
    normalised = " ".join(line for line, _, _ in placed)
    for block in article.to_dict()["blocks"]:
        if block["type"] == "paragraph":
            assert block["text"] in input_lines
        elif block["type"] in ("heading", "quote"):
            assert block["text"] in normalised
    for quote in article.quotes:
        assert quote.text in normalised


def test_discarded_lines_are_never_also_paragraphs():
    for text_path, _ in PAGES:
        article = _parse(text_path)
        paragraphs = {b.text for b in article.blocks if type(b).__name__ == "Paragraph"}
        for entry in article.discarded:
            assert not set(entry.text.split("\n")) & paragraphs, text_path.name


def test_standfirst_is_the_dek_between_title_and_byline():
    article = _parse(LAYOUTS / "opinion_column.txt")
    assert article.standfirst == (
        "The new rules promise speed and fairness. They are likely to deliver neither."
    )
    assert article.blocks[0].text == article.standfirst


def test_page_without_dek_has_no_standfirst():
    assert _parse(SEEDS / "000_dfc4c9cd3a653c2d.txt").standfirst is None


def test_updated_date_is_kept_apart_from_published():
    article = _parse(LAYOUTS / "wire_agency.txt")
    assert (article.published, article.updated) == ("2024-03-03", "2024-03-04")


def test_wire_credits_are_consumed_not_bylines():
    article = _parse(LAYOUTS / "wire_agency.txt")
    assert [a.name for a in article.authors] == ["Jane Doe", "Omar Farooq"]
    assert article.credits == ("Reporting by Jane Doe and Omar Farooq; Editing by Mark Heinrich",)


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\u00a0\n\u2003"])
def test_empty_text_is_rejected(text):
    with pytest.raises(SeedParseError, match="empty"):
        parse_seed(text, source="empty.txt")


def test_page_of_chrome_only_has_no_title_or_body():
    with pytest.raises(SeedParseError):
        parse_seed("Menu\nSearch\nLog in\n© 2024 Site", source="chrome.txt")


def test_title_without_body_is_rejected():
    with pytest.raises(SeedParseError, match="no article body"):
        parse_seed("A headline with nothing under it\nShare\nMenu", source="x.txt")


def test_bytes_are_rejected_with_a_hint_to_decode():
    with pytest.raises(SeedParseError, match="decode"):
        parse_seed(b"Title\nBody", source="x.txt")


def test_html_page_is_reduced_to_its_text_before_parsing():
    html = (
        "<!DOCTYPE html><html><head><title>Ignored</title><script>var x = 1;</script></head>"
        "<body><nav><a href='/'>Home</a></nav><h1>Rains return to the Sahel after a dry decade</h1>"
        "<p class='byline'>By Awa Diallo</p>"
        "<p>Farmers in northern Mali planted early this year after the first heavy rains in a "
        "decade arrived in May, weeks ahead of the usual season.</p>"
        "<p>Agronomists warned that one good season would not undo years of soil erosion.</p>"
        "</body></html>"
    )
    article = parse_seed(html, source="page.html")
    assert article.title == "Rains return to the Sahel after a dry decade"
    assert [a.name for a in article.authors] == ["Awa Diallo"]
    assert len(article.blocks) == 2
    assert all("<" not in b.text and "var x" not in b.text for b in article.blocks)


def test_parser_package_never_imports_django():
    code = "import sys, articles.seedparser; assert not [m for m in sys.modules if 'django' in m]"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)  # noqa: S603
    sources = (ROOT / "articles" / "seedparser").glob("*.py")
    assert not any("django" in path.read_text(encoding="utf-8") for path in sources)


def test_unpunctuated_dek_under_the_title_is_a_standfirst_paragraph():
    text = (
        "Council delays the budget vote\n"
        "Auditors want two more weeks and the mayor is running out of patience\n"
        "By Ana Lima\n"
        "The council met on Monday to discuss the budget for the coming year, officials said.\n"
    )
    article = parse_seed(text, source="x.txt")
    assert article.standfirst == article.blocks[0].text
    assert article.blocks[0].text.startswith("Auditors want")


def test_no_detector_accepts_a_line_opening_otherwise_than_its_openers():
    """``_single_line_reason`` asks a detector only of lines opening with one of its openers
    (or with a character outside ASCII): none of them accepts a line of any page opening with
    another ASCII character, so no line's reason changes."""
    lines = {
        line
        for path, _ in PAGES
        for line in split_lines(path.read_text(encoding="utf-8"))
        if line and line[0].isascii()
    }
    for detector, *_ in (*seed_parser._NOTICE_DETECTORS, *seed_parser._LINE_DETECTORS):
        openers = seed_parser._openers(detector)
        if openers is not None:
            assert not [line for line in lines if line[0] not in openers and detector(line)]
