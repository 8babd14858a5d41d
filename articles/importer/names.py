"""Deciding whether two spellings name the same person or body. Pure: no database.

Bylines and quotes spell names inconsistently ("Arshad Mahmood" / "Arshad Mehmood",
"Massoud" / "Masoud Pezeshkian"). We accept a match when the names have the same number of
words and every word is close, which tolerates a transliteration's odd letter but keeps
"John Smith" and "Joan Smith" apart.
"""

from rapidfuzz.fuzz import ratio

from articles.seedparser.text import fold_accents

WORD_SIMILARITY = 80


def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation removed, whitespace collapsed."""
    cleaned = "".join(c if c.isalnum() else " " for c in fold_accents(name))
    return " ".join(cleaned.split())


def same_name(a: str, b: str) -> bool:
    """True when `a` and `b` are spellings of one name."""
    words_a, words_b = normalise_name(a).split(), normalise_name(b).split()
    if not words_a or len(words_a) != len(words_b):
        return False
    if words_a == words_b:
        return True
    # Initials and one-letter words must agree exactly; fuzziness is for real words only.
    return all(
        x == y if min(len(x), len(y)) < 3 else ratio(x, y) >= WORD_SIMILARITY and x[0] == y[0]
        for x, y in zip(words_a, words_b, strict=True)
    )


def find_same_name(names: list[str], candidates):
    """The first candidate, given as `(candidate, its spellings)`, spelt like one of `names`."""
    for candidate, spellings in candidates:
        if any(same_name(name, spelling) for name in names for spelling in spellings):
            return candidate
    return None


def count_mentions(spelling: str, texts) -> int:
    """How often `spelling` occurs in `texts`, ignoring case."""
    needle = spelling.casefold()
    return sum(text.casefold().count(needle) for text in texts)
