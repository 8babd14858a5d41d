"""Article bodies: Markdown in, sanitised HTML out, and back to Markdown for the importer.

Pure Python, no Django import: the same functions run from ``Article.save()``, the importer and
the tests. ``render_markdown`` is the single trust boundary for stored body HTML; everything it
returns has been through ``sanitize_html``.
"""

from .blocks import blocks_to_markdown
from .markdown import Rendered, Unlinked, link_speakers, render_markdown, render_unlinked, slugify
from .sanitiser import sanitize_html
from .text import plain_text, reading_time_minutes
from .urls import is_safe_url

__all__ = [
    "Rendered",
    "Unlinked",
    "blocks_to_markdown",
    "is_safe_url",
    "link_speakers",
    "plain_text",
    "reading_time_minutes",
    "render_markdown",
    "render_unlinked",
    "sanitize_html",
    "slugify",
]
