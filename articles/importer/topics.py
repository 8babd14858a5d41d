"""Topic tags for an imported article: the countries and people it is about. Pure: no database.

A topic is a country named at least twice (names from `pycountry`, in the short forms news
copy uses), or a person introduced with a title ("President Masoud Pezeshkian") whose full name
occurs at least twice. Whoever the article quotes is a topic too; the saver adds them.
"""

import re
from collections import Counter
from functools import cache

import pycountry

MIN_MENTIONS = 2

# pycountry's names are ISO's ("Russian Federation"); newsrooms write the short forms.
SHORT_NAMES = {
    "RU": "Russia",
    "US": "United States",
    "GB": "United Kingdom",
    "PS": "Palestine",
    "CD": "DR Congo",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "BN": "Brunei",
    "VA": "Vatican City",
    "FM": "Micronesia",
    "MK": "North Macedonia",
    "CI": "Ivory Coast",
}
# Other ways news copy names a country; they count towards the country's short name.
EXTRA_FORMS = {
    "United States": ["United States of America", "U.S.", "USA"],
    "United Kingdom": ["Britain", "UK", "U.K."],
    "Turkey": ["Türkiye"],
    "Czech Republic": ["Czechia"],
}

TITLES = (
    "President|Prime Minister|Foreign Minister|Defence Minister|Defense Minister|Minister|"
    "Chancellor|Secretary of State|Secretary|Senator|Ambassador|King|Queen|Prince|"
    "Supreme Leader|Adviser|Advisor|aide|spokesperson|spokesman|spokeswoman|General|Pope"
)
NAME_WORD = r"[A-Z][\w’'\-]+"
POSSESSIVE = re.compile(r"[’']s$")
TITLED_NAME = re.compile(rf"\b(?:{TITLES})\s+((?:{NAME_WORD}\s){{1,2}}{NAME_WORD})")


@cache
def _country_forms() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern matching every country's forms, and the short name each form stands for."""
    short_name_of = {}
    for country in pycountry.countries:
        short = SHORT_NAMES.get(country.alpha_2) or getattr(country, "common_name", None)
        short = short or country.name
        if "," in short:
            continue
        for form in [short, *EXTRA_FORMS.get(short, [])]:
            short_name_of[form] = short
    alternatives = "|".join(
        re.escape(form) for form in sorted(short_name_of, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)"), short_name_of


def countries_named(text: str) -> list[str]:
    """Countries named at least twice in `text`, in order of first mention."""
    pattern, short_name_of = _country_forms()
    counts = Counter(short_name_of[form] for form in pattern.findall(text))
    return [name for name, count in counts.items() if count >= MIN_MENTIONS]


def titled_people(text: str) -> list[str]:
    """Full names introduced with a title and named at least twice, in order of first mention."""
    people = []
    for match in TITLED_NAME.finditer(text):
        name = POSSESSIVE.sub("", match.group(1))
        if name not in people and text.count(name) >= MIN_MENTIONS:
            people.append(name)
    return people


def article_text(blocks: list[dict]) -> str:
    """All the text of a parse's blocks: paragraphs, headings, quotes, list items, tables."""
    parts = []
    for block in blocks:
        if block.get("text"):
            parts.append(block["text"])
        parts.extend(block.get("items", []))
        if block["type"] == "table":
            parts.append(block.get("caption") or "")
            parts.extend(" ".join(row) for row in [block["header"], *block["rows"]])
    return "\n".join(parts)
