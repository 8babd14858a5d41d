"""Which link and image targets may reach a page."""

import re
from urllib.parse import unquote

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"http", "https"})

# Browsers drop ASCII whitespace and control characters around and inside a scheme
# ("java\tscript:"), so a scheme is judged with them removed.
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f]")
_PATH_START = re.compile(r"[/?#]")
_EXTERNAL = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


def is_safe_url(url: str, *, image: bool = False) -> bool:
    """Whether ``url`` is relative, a fragment, or uses an allowed scheme.

    Links may use http, https and mailto; images only http and https. A colon before the
    first ``/``, ``?`` or ``#`` counts as a scheme even when it is not a valid one
    (``java%09script:``), and the check is repeated on the percent-decoded form, so
    obfuscated schemes are refused rather than guessed at.
    """
    allowed = IMAGE_SCHEMES if image else LINK_SCHEMES
    for candidate in (url, unquote(url)):
        compact = _INVISIBLE.sub("", candidate)
        head = _PATH_START.split(compact, maxsplit=1)[0]
        if ":" in head and head.split(":", 1)[0].lower() not in allowed:
            return False
    return True


def is_external(url: str) -> bool:
    """Whether ``url`` points to another site (absolute or protocol-relative http/https)."""
    return bool(_EXTERNAL.match(url.strip()))
