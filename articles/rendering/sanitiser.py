"""The one HTML sanitiser: every fragment shown with ``|safe`` goes through ``sanitize_html``."""

import nh3

from .urls import LINK_SCHEMES

# Exactly what render_markdown produces; anything else is dropped (its text is kept).
ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "a", "em", "strong", "code", "pre",
        "blockquote", "figure", "figcaption", "ul", "ol", "li", "img",
        "table", "caption", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": set(),  # nh3 otherwise allows lang and title everywhere
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "a": {"href", "title", "aria-label", "rel"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start"},
    # Column alignment from pipe tables; the style value is filtered to text-align only.
    "th": {"style"},
    "td": {"style"},
}
ALLOWED_CLASSES = {"a": {"heading-anchor"}, "figure": {"pull-quote"}}

# Dropped with their content: their text is code, markup or a parser trap (mutation XSS
# through <noscript>, <svg> and <math> parsing differences), never article prose.
DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "template", "iframe", "frame", "frameset", "object", "embed",
        "svg", "math", "noscript", "noembed", "noframes", "textarea", "title", "xmp",
        "select", "plaintext",
    }
)  # fmt: skip

_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(DROPPED_WITH_CONTENT),
    attributes=ALLOWED_ATTRIBUTES,
    allowed_classes=ALLOWED_CLASSES,
    url_schemes=set(LINK_SCHEMES),
    filter_style_properties={"text-align"},
    # rel is set by the renderer on external links only, so nh3 must not add it everywhere.
    link_rel=None,
    strip_comments=True,
)


def sanitize_html(html: str) -> str:
    """Return ``html`` reduced to the tags, attributes and URL schemes the renderer produces.

    Idempotent: sanitising the output again returns it unchanged.
    """
    # A carriage return written as a character reference comes out as a literal one, which the
    # next parse would read as a newline; writing it as a newline keeps this idempotent.
    return _cleaner.clean(html).replace("\r", "\n")
