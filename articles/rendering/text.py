"""Plain-text views of rendered bodies, for word counts, search and excerpts."""

from html.parser import HTMLParser

WORDS_PER_MINUTE = 230

_BLOCK_TAGS = frozenset(
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "figure", "figcaption", "pre", "table", "caption", "tr", "th", "td", "div",
    }
)  # fmt: skip
_SKIPPED_TAGS = frozenset({"script", "style", "template"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        # Heading self-links are navigation, not text.
        if tag in _SKIPPED_TAGS or (tag == "a" and "heading-anchor" in classes):
            self.skipping.append(tag)
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """Text content of an HTML fragment, whitespace collapsed, heading self-links left out."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


def reading_time_minutes(text_or_words: str | int) -> int:
    """Minutes to read a text (or a word count) at about 230 words a minute; at least 1."""
    words = text_or_words if isinstance(text_or_words, int) else len(text_or_words.split())
    return max(1, round(words / WORDS_PER_MINUTE))
