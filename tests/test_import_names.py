import pytest

from articles.importer.names import count_mentions, find_same_name, normalise_name, same_name
from articles.importer.topics import article_text, countries_named, titled_people


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Arshad Mahmood", "Arshad Mehmood"),
        ("Massoud Pezeshkian", "Masoud Pezeshkian"),
        ("José Álvarez", "jose alvarez"),
        ("Jane  Doe", "JANE DOE"),
    ],
)
def test_spellings_of_one_name_match(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Smith", "Joan Smith"),
        ("Jane Doe", "Jane Doe Smith"),
        ("A. Khan", "B. Khan"),
        ("Iran", "Iraq"),
        ("", ""),
    ],
)
def test_different_names_do_not_match(a, b):
    assert not same_name(a, b)


def test_normalise_name_drops_accents_case_and_punctuation():
    assert normalise_name("  Zoë O’Brien-Smith ") == "zoe o brien smith"


def test_find_same_name_returns_the_candidate_with_a_matching_alias():
    candidates = [("first", ["Jane Doe"]), ("second", ["Masoud Pezeshkian", "Massoud P."])]
    assert find_same_name(["Massoud Pezeshkian"], candidates) == "second"
    assert find_same_name(["Nobody Known"], candidates) is None


def test_count_mentions_ignores_case():
    assert count_mentions("Masoud", ["masoud and MASOUD", "Massoud"]) == 2


def test_country_named_twice_is_a_topic_but_once_is_not():
    text = "Russia and Iran met. Russia said so. Kazakhstan attended."
    assert countries_named(text) == ["Russia"]


def test_countries_are_found_by_their_news_names():
    text = "Britain and the UK; the United States and the U.S.; Syria, Syria."
    assert set(countries_named(text)) == {"United Kingdom", "United States", "Syria"}


def test_titled_person_named_twice_is_a_topic_without_possessive():
    text = (
        "President Masoud Pezeshkian spoke. Masoud Pezeshkian's aides agreed. "
        "President Joe Biden was absent."
    )
    assert titled_people(text) == ["Masoud Pezeshkian"]


def test_article_text_includes_list_items_and_table_cells():
    blocks = [
        {"type": "paragraph", "text": "Intro."},
        {"type": "list", "items": ["First item"]},
        {"type": "table", "caption": "Cap", "header": ["A"], "rows": [["Cell"]]},
    ]
    assert article_text(blocks).split("\n") == ["Intro.", "First item", "Cap", "A", "Cell"]
