"""The importer's inverse of the renderer: parsed blocks of plain text to Markdown.

Scraped text must come out of ``render_markdown`` verbatim (whitespace collapsed), so Markdown
metacharacters are escaped where they would change the meaning, and only there.
"""

import re
from string import punctuation

_LINE_START = re.compile(
    r"""
    (?P<mark>
        \#{1,6}(?=\s|$)            # ATX heading
      | >                          # blockquote
      | [-+](?=\s|$)               # bullet list
      | -(?=[-\s]*$)               # thematic break, also after a list item's own "- "
      | ~(?=~~)                    # code fence
    )
    | \d{1,9}(?P<delim>[.)])(?=\s|$)  # ordered list
    """,
    re.VERBOSE,
)
_ENTITY = re.compile(r"&#?[0-9A-Za-z]+;")
_DELIMITER_CELL = re.compile(r"^:?-+:?$")
_CLOSING_HASHES = re.compile(r"(^|\s)(#+)$")


def blocks_to_markdown(blocks: list[dict]) -> str:
    """Markdown for importer blocks, in the conventions ``render_markdown`` understands.

    Block types: ``paragraph`` (text), ``heading`` (level, text), ``quote`` (text, speaker;
    with a speaker it becomes a pull quote), ``list`` (items, optional ``ordered``) and
    ``table`` (caption, header, rows). Blocks with no text are left out.
    """
    chunks: list[str] = []
    previous_list_marker = None
    for block in blocks:
        kind = block["type"]
        marker = None
        if kind == "paragraph":
            chunk = _escape_block(block["text"])
        elif kind == "heading":
            chunk = _heading(block["text"], block.get("level", 2))
        elif kind == "quote":
            chunk = _quote(block["text"], block.get("speaker"))
        elif kind == "list":
            chunk, marker = _list(block["items"], block.get("ordered", False), previous_list_marker)
        elif kind == "table":
            chunk = _table(block.get("caption"), block.get("header") or [], block.get("rows") or [])
        else:
            raise ValueError(f"unknown block type {kind!r}")
        previous_list_marker = marker
        if chunk:
            chunks.append(chunk)
    return "".join(f"{chunk}\n\n" for chunk in chunks).rstrip("\n") + "\n" if chunks else ""


_INLINE_SPECIAL = re.compile(r"[\\*`\[\]_<&|]")


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def _escape_inline(text: str, *, in_table: bool = False) -> str:
    """Escape what would start emphasis, code, links, autolinks or entities (and cell pipes)."""

    def escape(match: re.Match) -> str:
        i, ch = match.start(), match.group()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "\\":
            needed = after == "" or after in punctuation
        elif ch == "_":
            # Between two letters or digits an underscore never opens or closes emphasis.
            needed = not (before.isalnum() and after.isalnum())
        elif ch == "<":
            needed = after != "" and not after.isspace()
        elif ch == "&":
            needed = bool(_ENTITY.match(text, i))
        elif ch == "|":
            needed = in_table
        else:  # * ` [ ]
            needed = True
        return "\\" + ch if needed else ch

    # Only the few characters that can matter are visited; the rest is copied as is.
    return _INLINE_SPECIAL.sub(escape, text)


def _escape_block(text: str | None) -> str:
    """Escape inline metacharacters and whatever would make the line a different block."""
    escaped = _escape_inline(_collapse(text))
    match = _LINE_START.match(escaped)
    if match and match.group("delim"):
        at = match.start("delim")
    elif match:
        at = 0
    else:
        return escaped
    return f"{escaped[:at]}\\{escaped[at:]}"


def _heading(text: str, level: int) -> str:
    escaped = _escape_inline(_collapse(text))
    if not escaped:
        return ""
    # A trailing run of #s after a space would be read as the optional closing sequence.
    escaped = _CLOSING_HASHES.sub(r"\1\\\2", escaped)
    return f"{'#' * min(max(level, 1), 6)} {escaped}"


def _quote(text: str, speaker: str | None) -> str:
    body = _escape_block(text)
    if not body:
        return ""
    speaker = _escape_inline(_collapse(speaker))
    return f"> {body}\n>\n> — {speaker}" if speaker else f"> {body}"


def _list(items: list[str], ordered: bool, previous: str | None) -> tuple[str, str | None]:
    # Two lists in a row with the same marker would merge into one; alternate the marker.
    choices = (".", ")") if ordered else ("-", "*")
    marker = choices[1] if previous == choices[0] else choices[0]
    lines = []
    for n, item in enumerate(items, start=1):
        bullet = f"{n}{marker}" if ordered else marker
        lines.append(f"{bullet} {_escape_block(item)}".rstrip())
    return "\n".join(lines), (marker if lines else None)


def _cell(text: str) -> str:
    escaped = _escape_inline(_collapse(text), in_table=True)
    # A header row that looks like a delimiter row would turn the caption line into a table.
    return f"\\{escaped}" if _DELIMITER_CELL.match(escaped) else escaped


def _table(caption: str | None, header: list[str], rows: list[list[str]]) -> str:
    width = max([len(header), *(len(row) for row in rows)])
    caption_line = _escape_inline(_collapse(caption))
    if width == 0:
        return _escape_block(caption)

    def row_line(cells: list[str]) -> str:
        padded = [_cell(cell) for cell in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(padded) + " |"

    lines = [f"Table: {caption_line}"] if caption_line else []
    lines += [row_line(header), "|" + " --- |" * width, *(row_line(row) for row in rows)]
    return "\n".join(lines)
