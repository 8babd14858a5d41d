"""Line normalising and the small text predicates every detector shares."""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

from .model import SeedParseError

# \s already covers NBSP and the other Unicode spaces; zero-width characters are not spaces but
# crawlers leave them around words, so they go too. A non-joiner or joiner between two letters
# is spelling, not a crawler's leftover: Persian writes "می‌دهند" and Hindi some conjuncts
# with them, and the word reads wrong without (or with a space instead).
# Indic letters, digits, vowel signs and viramas, without the danda: re counts the signs and
# viramas as no word characters, so "हस्ताक्षर" would be five words without them.
_INDIC = "\u0900-\u0963\u0966-\u0dff"
_LETTER_OR_SIGN = rf"[^\W\d_]|[{_INDIC}]"
_SPACE_RE = re.compile(
    rf"(?:[\s\u200b\u2060\ufeff]|(?<!{_LETTER_OR_SIGN})[\u200c\u200d]"
    rf"|[\u200c\u200d](?!{_LETTER_OR_SIGN}))+"
)
# The same for the lines with no joiner, most of them, without the look-arounds' cost.
_PLAIN_SPACE_RE = re.compile(r"[\s\u200b\u2060\ufeff]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Letters and digits; a single joiner between two of them keeps one word ("don't", "U.S.", "F-35").
_JOINERS = "'’.-"
_WORD_RE = re.compile(
    rf"[^\W_](?:[^\W_]|[{_INDIC}])*(?:[{re.escape(_JOINERS)}][^\W_](?:[^\W_]|[{_INDIC}])*)*"
)
# The ideographic full stop and full-width marks end Chinese and Japanese sentences, the danda
# a Hindi (Devanagari) one.
_TERMINAL = frozenset(".!?…。！？।")
_CLOSERS = "\"”’»)]'」』）"
# Between a browser title's parts: "Opinion - Huaxia Daily", "Business | The Karachi Post".
SITE_NAME_SEPARATOR_RE = re.compile(r"\s[-|–—·:]\s")
_HTML_SNIFF_RE = re.compile(r"<\s*(?:!doctype\s+html|html|head|body)\b", re.I)
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")

MAX_LINE_CHARS = 100_000


def clean(line: str) -> str:
    """Collapse every run of whitespace (NBSP included) to one space and strip the ends."""
    spaces = _SPACE_RE if "\u200c" in line or "\u200d" in line else _PLAIN_SPACE_RE
    return spaces.sub(" ", _CONTROL_RE.sub("", line)).strip()


def split_lines(text: str) -> list[str]:
    """The page's lines, normalised; blank lines are kept as "" because they separate widgets."""
    lines = [_normalised(line) for line in text.splitlines()]
    if "[edit" in text:
        lines = [_without_edit_link(line) if line[-1:] == "]" else line for line in lines]
    return lines


# A wiki's section-edit link, scraped onto the end of its heading: "Sources[edit]",
# "Reactions [edit | edit source]".
_EDIT_LINK_RE = re.compile(r"\s*\[\s*edit(?:\s*\|\s*edit\s+source)?\s*\]$", re.IGNORECASE)


def _without_edit_link(line: str) -> str:
    return _EDIT_LINK_RE.sub("", line) or line


def _normalised(line: str) -> str:
    """``clean(line)``, with its two substitutions only where they can change something.

    A printable line has no control or zero-width characters (they are not printable), and
    its only whitespace is the plain space, so cleaning it only collapses runs of spaces and
    strips the ends.
    """
    if not line.isprintable():
        return clean(line)
    if "  " in line:
        return " ".join(line.split())
    return line.strip(" ")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _char_class(char: str) -> str:
    """How ``_WORD_RE`` sees a character: "a" in a word (``[^\\W_]`` is ``isalnum``), "'" a
    joiner, " " anything else."""
    if char.isalnum():
        return "a"
    return "'" if char in _JOINERS else " "


_ASCII_CLASSES = bytes(ord(_char_class(chr(code))) for code in range(128)).ljust(256, b" ")
# The non-ASCII characters of most English pages, with ASCII characters of their class: they
# are replaced without a pattern, which is then seldom needed. The non-ASCII joiners must be
# among them.
_STAND_INS = tuple(
    (char, _char_class(char))
    for char in dict.fromkeys([*(j for j in _JOINERS if not j.isascii()), *"“”‘—–…«»©"])
)
# Written as X[X]* rather than X+ so that the pattern opens with a character set, which lets
# re skip to the next match instead of attempting one at every position.
_NON_ASCII_ALNUM_RE = re.compile(rf"[^\x00-\x7f\W](?:[^\x00-\x7f\W]|[{_INDIC}])*")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")


# Scripts written without spaces between words: Chinese characters and kana, then Thai, Lao,
# Myanmar and Khmer, whose vowel signs are characters of their own. A run of them is as many
# words as an average word's length goes into it (about two characters in Chinese and
# Japanese, four in the others), so that a paragraph counts as running text and a menu entry
# as a word or two, as they do in spaced scripts.
_UNSPACED_RUN_RE = re.compile(
    r"[\u3005\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
    r"|[\u0e01-\u0e4e\u0e81-\u0ece\u1000-\u103f\u1780-\u17d3]+"
)
_CJK_WORD_CHARS = 2
_SOUTHEAST_ASIAN_WORD_CHARS = 4


def _unspaced_words(match: re.Match) -> str:
    run = match[0]
    size = _CJK_WORD_CHARS if run[0] >= "\u3005" else _SOUTHEAST_ASIAN_WORD_CHARS
    return " a" * -(-len(run) // size) + " "


def _as_ascii(text: str) -> str:
    """``text`` with each run of non-ASCII letters as "a", each non-ASCII joiner as "'", and
    each run of other non-ASCII characters as " ": the same words, in ASCII."""
    for char, stand_in in _STAND_INS:
        text = text.replace(char, stand_in)
    if text.isascii():
        return text
    if _UNSPACED_RUN_RE.search(text):
        text = _UNSPACED_RUN_RE.sub(_unspaced_words, text)
    return _NON_ASCII_RE.sub(" ", _NON_ASCII_ALNUM_RE.sub("a", text))


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    """``len(words(text))``, counted without finding the words one by one: every line of the
    page needs its count, and re's cost per match made this the parser's largest regex cost.

    With each character reduced to its class, a word starts at each letter after a space, and
    at each letter after a joiner that no letter precedes ("'a", but not "a'a").
    """
    if not text.isascii():
        text = _as_ascii(text)
    classes = b" " + text.encode("ascii").translate(_ASCII_CLASSES)
    return classes.count(b" a") + classes.count(b" 'a") + classes.count(b"''a")


# Letters that re.IGNORECASE matches to an ASCII letter but ``str.lower`` does not turn into one
# (the Kelvin sign lowers to "k" by itself).
_IGNORECASE_TWINS = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


@lru_cache(maxsize=65536)
def keyword_text(text: str) -> str:
    """``text`` lower-cased for keyword prechecks: a case-insensitive pattern that matches a
    lower-case ASCII keyword in ``text`` always finds that keyword here, so a line without it
    can skip the pattern, whose search has no fixed prefix to skip ahead with.

    Every character stays one character in its place, keeping its kind (letter, digit,
    space), so a pattern of lower-case ASCII letters matches here case-sensitively exactly
    where it matches ``text`` with re.IGNORECASE."""
    if not text.isascii():
        for twin, letter in _IGNORECASE_TWINS:
            text = text.replace(twin, letter)
    return text.lower()


def folded_pattern(pattern: re.Pattern) -> re.Pattern:
    """``pattern``, case-insensitive, made case-sensitive for ``keyword_text(text)``: it
    matches there exactly where ``pattern`` matches ``text``, with the same spans, and re
    skips each alternative of an alternation on its first letter instead of trying them all
    in turn. Only for patterns whose letters are lower case (escapes and group names aside)."""
    source = pattern.pattern.removeprefix("(?i)")
    if "(?-i" in source or re.search(r"[A-Z]", re.sub(r"\\.|\(\?P<\w+>", "", source)):
        raise ValueError(f"{pattern.pattern!r} has upper-case letters: it cannot be folded")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def has_keyword(text: str, keywords: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``keywords`` (lower-case ASCII, or characters without
    case) as a case-insensitive pattern would see it: the precheck before a pattern that needs
    one of them to match."""
    return any(map(keyword_text(text).__contains__, keywords))


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    # Thai ends a sentence with a space, never a full stop: a dot after a Thai letter closes
    # an abbreviation ("10:15 น.", the hour; "พ.ค.", May).
    return (
        bool(stripped)
        and stripped[-1] in _TERMINAL
        and not (stripped[-1] == "." and "\u0e01" <= stripped[-2:-1] <= "\u0e4e")
    )


@lru_cache(maxsize=65536)
def capital_ratio(text: str) -> float:
    """Share of the longer words that start with a capital: high for Title Case headlines."""
    long_words = [w for w in words(text) if len(w) >= 4 and w[0].isalpha()]
    if not long_words:
        return 1.0 if any(c.isupper() for c in text) else 0.0
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words)


@lru_cache(maxsize=65536)
def is_prose(text: str) -> bool:
    """A sentence-shaped line: long enough and finished, or plainly long running text."""
    n = word_count(text)
    if n >= 20:
        return True
    # A finished line is a headline only in Title Case: a sentence full of names ("… signed by
    # Iranian Oil Minister Mohsen Paknejad and Gazprom CEO Alexei Miller …") still has
    # lower-case words of its own.
    return n >= 7 and ends_sentence(text) and (capital_ratio(text) < 0.8 or _lower_words(text) >= 2)


def _lower_words(text: str) -> int:
    """How many of the longer words start lower-case (the words ``capital_ratio`` counts)."""
    return sum(1 for w in words(text) if len(w) >= 4 and w[0].isalpha() and w[0].islower())


_CJK_SCRIPT_HEADS = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "IDEOGRAPHIC", "HANGUL"}
)


@lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """A coarse script name (LATIN, CJK, ARABIC, ...) from the character's Unicode name."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return ""
    head = name.split(" ", 1)[0]
    # The long-vowel mark ("KATAKANA-HIRAGANA PROLONGED SOUND MARK") and the iteration mark
    # ("IDEOGRAPHIC ITERATION MARK") are letters of Japanese words ("スポーツ", "我々").
    return "CJK" if head in _CJK_SCRIPT_HEADS else head


_OTHER_LETTERS_RE = re.compile(r"[^\W\dA-Za-z_]")


def _other_letters(text: str) -> list[str]:
    """The word characters outside ASCII (letters, marks, numerals other than digits), in
    order. They are looked for in the runs of non-ASCII characters only, once a search has
    found a non-ASCII letter or digit at all: English text with curly quotes has none, and
    these simple searches pass over it several times faster than the full test would."""
    if not _NON_ASCII_ALNUM_RE.search(text):
        return []
    return _OTHER_LETTERS_RE.findall("".join(_NON_ASCII_RE.findall(text)))


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _ascii_letters_in(ascii_bytes: bytes) -> int:
    """A–Z and a–z in the ASCII characters of a text, counted in C (a findall over a long page
    is a hot spot)."""
    return len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LETTERS))


def _ascii_letter_count(text: str) -> int:
    return _ascii_letters_in(text.encode("ascii", "ignore"))


def dominant_script(lines: list[str]) -> str:
    sample = "".join([line[:400] for line in lines[:200]])  # a list: join makes one anyway
    # Encoded once: the letters are counted in its ASCII characters, and the others are those
    # it drops.
    ascii_bytes = sample.encode("ascii", "ignore")
    counts: dict[str, int] = {"LATIN": _ascii_letters_in(ascii_bytes)}
    # No other script can outnumber Latin with fewer characters than it has ASCII letters,
    # and Latin, counted first, wins a tie: most pages need no look at the other characters.
    if counts["LATIN"] >= len(sample) - len(ascii_bytes):
        return "LATIN"
    for char in _other_letters(sample):
        script = script_of(char)
        counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get)


def foreign_script_share(text: str, main_script: str) -> float:
    if main_script == "LATIN" and text.isascii():
        return 0.0
    other_letters = [c for c in _other_letters(text) if c.isalpha()]
    if main_script == "LATIN" and not other_letters:
        return 0.0  # ASCII letters and punctuation only (curly quotes, dashes): nothing foreign
    ascii_letters = _ascii_letter_count(text)
    letters = ascii_letters + len(other_letters)
    if not letters:
        return 0.0
    foreign = sum(1 for c in other_letters if script_of(c) != main_script)
    if main_script != "LATIN":
        foreign += ascii_letters
    return foreign / letters


def same_text(a: str, b: str) -> bool:
    """Equal up to case and trailing punctuation: how a repeated title or quote is recognised."""
    return text_key(a) == text_key(b)


@lru_cache(maxsize=65536)
def casefolded(text: str) -> str:
    """``text.casefold()``, kept per line: repeated-title checks, keys and hint checks fold the
    same lines several times a page."""
    return text.casefold()


@lru_cache(maxsize=65536)
def text_key(text: str) -> str:
    """``text`` folded and without its closing punctuation, kept per line: the title search,
    the body's repeat checks and the table of contents key every line, some several times."""
    return casefolded(text).rstrip(" .!?,;:…\"”’'")


class _TextExtractor(HTMLParser):
    _BLOCK = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer nav "
        "blockquote figure figcaption title aside main pre dt dd hr".split()
    )
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))


def looks_like_html(text: str) -> bool:
    head = text[:4000]
    if _HTML_SNIFF_RE.search(head):
        return True
    return len(_TAG_RE.findall(head)) >= 8


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, one block element per line (stdlib ``html.parser``)."""
    extractor = _TextExtractor()
    try:
        extractor.feed(text)
        extractor.close()
    except Exception as exc:  # html.parser is lenient; anything it still rejects is unusable
        raise SeedParseError(f"could not extract text from HTML input: {exc}") from exc
    return "".join(extractor.parts)


def fold_accents(text: str) -> str:
    """``text`` case-folded, without its accents ("Áine Ní" → "aine ni")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Pictograms a post sets before its lines (🚨 📍 ➡️ 👍): arrows, symbols, dingbats, emoji,
# with their variation selectors and joiners.
_PICTOGRAMS_RE = re.compile(
    "^[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\U0001f000-\U0001faff\ufe0f\u200d]+\\s*"
)


def without_pictograms(line: str) -> str:
    """``line`` without the pictograms that open it, as a bullet is dropped from a list item."""
    if not line or line[0] < "\u2190":
        return line
    return _PICTOGRAMS_RE.sub("", line, count=1)
