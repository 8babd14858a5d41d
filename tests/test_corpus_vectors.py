"""The corpus generator's binary search vectors, against a plain reading of the same document.

No database: the lookup stands in for `to_tsvector`, one lexeme a word, "the" and "of" stop
words that take a position and leave no lexeme. The generator's own tests compare its vectors
with PostgreSQL's.
"""

import struct

from articles.corpus.vectors import Vectors

STOP_WORDS = {"the", "of"}
WEIGHTS = {3: "A", 2: "B", 1: "C"}


def _lookup(asked: list):
    def lookup(chunks):
        asked.append(sorted(chunks))
        rows = []
        for chunk in chunks:
            word = chunk.strip(".,").lower()
            if word not in STOP_WORDS:
                rows.append((chunk, word, [1]))
            rows.append((chunk, "zqxcorpusend", [2]))
        return rows

    return lookup


def _decode(data: bytes) -> list[tuple[str, list[str]]]:
    """tsvector's binary form as [(lexeme, ["3A", "7C", …])]."""
    (count,), at, entries = struct.unpack_from(">i", data), 4, []
    for _ in range(count):
        end = data.index(b"\0", at)
        lexeme, at = data[at:end].decode(), end + 1
        (size,) = struct.unpack_from(">H", data, at)
        values = struct.unpack_from(f">{size}H", data, at + 2)
        at += 2 + 2 * size
        entries.append((lexeme, [f"{v & 0x3FFF}{WEIGHTS[v >> 14]}" for v in values]))
    assert at == len(data)
    return entries


def _expected(title: str, standfirst: str, blocks: list[str]) -> list[tuple[str, list[str]]]:
    """The same vector read plainly: `||` puts a part after the last lexeme before it, a
    body's blocks follow one another word for word."""
    found: dict[str, list[str]] = {}
    at = 0
    for text, weight in ((title, "A"), (standfirst, "B"), (" ".join(blocks), "C")):
        last = 0
        for position, word in enumerate(text.split(), 1):
            word = word.strip(".,").lower()
            if word not in STOP_WORDS:
                found.setdefault(word, []).append(f"{at + position}{weight}")
                last = position
        at += last
    return sorted(found.items(), key=lambda item: item[0].encode())


def _vectors(known: str = "") -> tuple[Vectors, list]:
    asked = []
    vectors = Vectors(_lookup(asked))
    vectors.learn_texts([known])
    return vectors, asked


def test_lexemes_are_sorted_and_each_ones_positions_grouped_in_order():
    vectors, _ = _vectors()
    blocks = ["Markets fell in the morning.", "Markets rose again of the", "evening markets, calm."]
    vectors.learn_texts(blocks)
    body = [vectors.block(block) for block in blocks]
    documents = [
        ("Markets and the evening", "Calm markets rose", body),
        ("The", "", body[1:]),
    ]
    built = vectors.build_all(documents)
    assert _decode(built[0]) == _expected(documents[0][0], documents[0][1], blocks)
    assert _decode(built[1]) == _expected("The", "", blocks[1:])


def test_lexemes_learnt_later_sort_among_those_known():
    vectors, asked = _vectors("bravo delta foxtrot hotel")
    # Forty new lexemes in one gap exhaust its room and rank every lexeme afresh.
    title = " ".join(["alpha", "charlie", "echo", "zulu", *(f"delta{n:02}" for n in range(40))])
    built = vectors.build_all([(title, "hotel bravo", [])])
    assert _decode(built[0]) == _expected(title, "hotel bravo", [])
    assert len(asked) == 2  # the new words of a batch are asked for at once


def test_a_known_word_capitalised_or_before_a_stop_or_comma_is_not_asked_for():
    vectors, asked = _vectors("markets rose")
    built = vectors.build_all([("Markets rose,", "Rose. Markets, of Calm", [])])
    assert _decode(built[0]) == _expected("Markets rose,", "Rose. Markets, of Calm", [])
    assert asked[1:] == [["calm", "of"]]  # the new words, once each, in lower case


def test_lexeme_past_postgresqls_255_positions_is_left_to_postgresql():
    vectors, _ = _vectors()
    block = " ".join(["drone"] * 255)
    vectors.learn_texts([block])
    body = [vectors.block(block)]
    assert vectors.build_all([("Drones", "", body), ("Drones", "", [])])[0] is None
    assert vectors.build_all([("Drones", "", [vectors.block("drone " * 254)])])[0] is not None


def test_position_past_postgresqls_16383_is_left_to_postgresql():
    vectors, _ = _vectors()
    block = " ".join(f"drone{n % 100}" for n in range(4_200))
    vectors.learn_texts([block])
    body = [vectors.block(block)] * 4
    built = vectors.build_all([("Drones", "", body), ("Drones", "", body[1:])])
    assert built[0] is None  # 16,801 positions
    assert _decode(built[1]) == _expected("Drones", "", [block] * 3)


def test_document_with_an_unknowable_block_is_left_to_postgresql():
    vectors, _ = _vectors()
    assert vectors.build_all([("Title words", "standfirst", None)]) == [None]


def test_more_documents_than_one_sort_key_can_number_are_all_built():
    vectors, _ = _vectors()
    documents = [(f"Markets{n} fell", f"calm{n % 7} markets", []) for n in range(1_100)]
    built = vectors.build_all(documents)
    assert [_decode(vector) for vector in built] == [
        _expected(title, standfirst, []) for title, standfirst, _ in documents
    ]
