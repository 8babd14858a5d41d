"""Article bodies: Markdown in, sanitised HTML out, and back to Markdown for the importer.

Pure Python, no Django import: the same functions run from ``Article.save()``, the importer and
the tests. ``render_markdown`` is the single trust boundary for stored body HTML; everything it
returns has been through ``sanitize_html``.
"""

from .blocks import blocks_to_markdown
from .markdown import Rendered, render_markdown, slugify
from .sanitiser import sanitize_html
from .text import plain_text, reading_time_minutes
from .urls import is_safe_url

__all__ = [
    "Rendered",
    "blocks_to_markdown",
    "is_safe_url",
    "plain_text",
    "reading_time_minutes",
    "render_markdown",
    "sanitize_html",
    "slugify",
]
