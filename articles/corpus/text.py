"""Synthetic news-shaped text: a Zipf vocabulary of real and pseudo words, sentences, bodies."""

import random
from array import array

COMMON = (
    "the of and to in a is that for on said with as was by it at from his be have are has but "
    "not an they this were their had which will would been also its who more after new government "
    "people year two president minister state first last over could police country military "
    "told security officials week forces war talks city since world public party election million "
    "percent against during national foreign international between report according group says "
    "economic economy trade oil energy prices market border court law leader former united "
    "minister's agreement council support office power region local health crisis attack army "
    "peace deal plan policy budget growth bank rates inflation workers union vote parliament "
    "opposition campaign protest migrants refugees climate water food schools hospital data "
    "company companies industry investment sanctions talks ceasefire troops missile drone "
    "capital province village coast river north south east west central eastern western"
).split()
SYLLABLES = "ka lo mi ren sa tu vel dor an is ur ob ta ne ri ko ma zen pa lu gar hol tin ve".split()


class Zipf:
    """Draws from `items` with Zipf weights (rank r has weight 1/r**s).

    A table of 2**bits slots, each item owning as many as its weight deserves, turns a draw
    into one table lookup, so a batch of k draws costs one `randbytes` call and a list.
    """

    def __init__(self, items: list, s: float = 1.07, bits: int = 20):
        size = 1 << bits
        weights = [1 / (rank + 1) ** s for rank in range(len(items))]
        total, cumulative, table = sum(weights), 0.0, []
        for item, weight in zip(items, weights, strict=True):
            cumulative += weight
            table.extend([item] * (round(cumulative / total * size) - len(table)))
        self.items, self.table, self.shift = items, table, 32 - bits

    def __call__(self, r: random.Random, k: int) -> list:
        table, shift = self.table, self.shift
        return [table[x >> shift] for x in array("I", r.randbytes(4 * k))]


def pseudo_words(r: random.Random, count: int) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < count:
        words["".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 4)))] = None
    return list(words)


class Writer:
    """Sentences, paragraphs and the blocks of article bodies drawn with `r` from `words`."""

    def __init__(self, r: random.Random, words: Zipf):
        self.r, self.words = r, words

    def sentence(self, low=8, high=24) -> str:
        text = " ".join(self.words(self.r, self.r.randint(low, high)))
        return text[0].upper() + text[1:] + "."

    def paragraph(self, sentences=None) -> str:
        return " ".join(self.sentence() for _ in range(sentences or self.r.randint(2, 5)))

    def heading(self) -> str:
        return f"{'##' if self.r.random() < 0.7 else '###'} {self.sentence(2, 6)}"

    def pull_quote(self, speakers: list[str]) -> tuple[str, tuple[str, str, str]]:
        text, speaker = self.sentence(10, 25), self.r.choice(speakers)
        return f"> {text}\n>\n> — {speaker}", (text, speaker, "pull")

    def inline_quote(self, speakers: list[str]) -> tuple[str, tuple[str, str, str]]:
        text, speaker = self.sentence(6, 16), self.r.choice(speakers)
        return f"“{text}” said {speaker}. {self.paragraph(2)}", (text, speaker, "inline")


# Kinds of body blocks.
PARAGRAPH, HEADING, PULL_QUOTE, INLINE_QUOTE = range(4)


def layout(r: random.Random, words: int, lengths: list[list[int]]) -> list[tuple[int, int]]:
    """A body of about `words` words as (kind, index) of blocks; `lengths[kind][index]` is a
    block's word count. It opens with a paragraph and never repeats a heading, whose id must be
    unique in its body."""
    blocks, headings, count = [], set(), 0
    while count < words:
        if blocks and r.random() < 0.12:
            kind = HEADING
        elif blocks and r.random() < 0.06:
            kind = PULL_QUOTE
        elif r.random() < 0.15:
            kind = INLINE_QUOTE
        else:
            kind = PARAGRAPH
        index = r.randrange(len(lengths[kind]))
        if kind == HEADING:
            if index in headings:
                continue
            headings.add(index)
        blocks.append((kind, index))
        count += lengths[kind][index]
    return blocks


def length(r: random.Random) -> int:
    """News-like lengths: most 450–1,000 words, a few long reads up to 2,500."""
    return max(400, min(2500, int(r.lognormvariate(6.55, 0.4))))
