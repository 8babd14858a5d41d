"""Pure-Python parser for seed pages: crawled news pages turned into structured articles.

No Django here: the importer saves what ``parse_seed`` returns.
"""

from .decode import decode_seed_bytes
from .model import ParsedArticle, SeedParseError
from .parser import explain_lines, parse_seed

__all__ = ["ParsedArticle", "SeedParseError", "decode_seed_bytes", "explain_lines", "parse_seed"]
