"""sanitize_html and render_markdown never let active content through, whatever the input.

Outputs are checked by parsing them with html.parser, the way a browser would read them, not by
looking for substrings. tests/xss_payloads.txt (one payload a line) is shared with the browser
tests.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.rendering import blocks_to_markdown, plain_text, render_markdown, sanitize_html

PAYLOADS = Path(__file__).with_name("xss_payloads.txt").read_text(encoding="utf-8").splitlines()

SAFE_SCHEMES = {"http", "https", "mailto"}
# Every tag the renderer may emit; the sanitiser must never let anything else through.
RENDERER_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "a", "em", "strong", "code", "pre", "blockquote",
    "figure", "figcaption", "ul", "ol", "li", "img", "table", "caption", "thead", "tbody",
    "tr", "th", "td",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster",
    "background", "cite", "lowsrc", "dynsrc",
}  # fmt: skip
# What a browser ignores when it reads a URL's scheme (WHATWG URL parser).
_URL_NOISE_AROUND = "".join(chr(c) for c in range(0x21))
_URL_NOISE_INSIDE = re.compile("[\t\n\r]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


class _Audit(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag not in RENDERER_TAGS:
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{name} handler on <{tag}>")
            if name in URL_ATTRIBUTES:
                url = _URL_NOISE_INSIDE.sub("", (value or "").strip(_URL_NOISE_AROUND))
                scheme = _SCHEME.match(url)
                if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
                    self.problems.append(f"{name}={value!r} on <{tag}>")

    handle_startendtag = handle_starttag


def active_content(html: str) -> list[str]:
    """Everything in ``html`` that could run script or leave the allow-list."""
    problems = _Audit(html).problems
    if "<script" in html.lower():
        problems.append("<script substring")
    return problems


def echo_url(name: str) -> str:
    """The worst speaker_url: it hands the (attacker-controlled) name back as a URL."""
    return name


def markdown_contexts(payload: str) -> dict[str, str]:
    return {
        "paragraph": payload,
        "heading": f"## {payload}",
        "list item": f"- {payload}",
        "table cell": f"| Head |\n|---|\n| {payload} |",
        "link target": f"[x]({payload})",
        "angle link target": f"[x](<{payload}>)",
        "image source": f"![x]({payload})",
        "pull quote speaker": f"> Quoted words.\n>\n> — {payload}",
    }


def block_contexts(payload: str) -> dict[str, dict]:
    return {
        "paragraph": {"type": "paragraph", "text": payload},
        "heading": {"type": "heading", "level": 2, "text": payload},
        "list item": {"type": "list", "items": [payload]},
        "table cell": {
            "type": "table",
            "caption": payload,
            "header": [payload],
            "rows": [[payload]],
        },
        "pull quote speaker": {"type": "quote", "text": payload, "speaker": payload},
    }


def test_there_are_at_least_200_payloads_one_a_line():
    assert len(PAYLOADS) >= 200
    assert all(line.strip() for line in PAYLOADS)
    assert len(set(PAYLOADS)) == len(PAYLOADS)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_inert_in_every_markdown_context(payload):
    for context, source in markdown_contexts(payload).items():
        html = render_markdown(source, speaker_url=echo_url).html
        assert active_content(html) == [], (context, html)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_imported_as_text_stays_text(payload):
    for context, block in block_contexts(payload).items():
        html = render_markdown(blocks_to_markdown([block]), speaker_url=echo_url).html
        assert active_content(html) == [], (context, html)
        assert " ".join(payload.split()) in plain_text(html), (context, html)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_as_html_is_sanitised_and_stable(payload):
    clean = sanitize_html(payload)
    assert active_content(clean) == []
    assert sanitize_html(clean) == clean


FRAGMENTS = [
    "<script>", "</script>", "<script", "<img", "<svg", "<math>", "<a", "</a>", "<p", "</p>",
    "<iframe", "<style>", "</style>", "<noscript>", "</noscript>", "<template>", "<textarea>",
    "<title>", "<xmp>", "<table>", "<td>", "<figure", "<h2", "<!--", "-->", "--!>", "<![CDATA[",
    "]]>", "<!DOCTYPE html>", "<?", ">", "/>", "<", "/", " ", "\t", "\n", "=", '"', "'", "`",
    " src=", " href=", " xlink:href=", " srcset=", " formaction=", " style=", " id=", " class=",
    " onerror=", " onload=", " OnClick=", " onfocus=", " autofocus", "alert(1)",
    "javascript:", "JaVaScRiPt:", "java\tscript:", "java&#x09;script:", "&#106;avascript:",
    "javascript&colon;", "&#x6A;", "&#0000106", " javascript:", "\x01javascript:",
    "vbscript:", "data:text/html,", "data:image/svg+xml;base64,", "mailto:", "https://", "//",
    "#", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&#", "&#x", ";", "x", "heading-anchor",
    "pull-quote", "text-align:right", "expression(", "url(",
]  # fmt: skip
DANGEROUS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=25).map(
    "".join
)
ANY = st.one_of(st.text(), DANGEROUS)


@given(ANY)
def test_sanitising_twice_changes_nothing(html):
    clean = sanitize_html(html)
    assert sanitize_html(clean) == clean


@given(ANY)
def test_sanitised_html_has_no_active_content(html):
    assert active_content(sanitize_html(html)) == []


@given(ANY)
def test_rendered_markdown_has_no_active_content(source):
    rendered = render_markdown(source, speaker_url=echo_url)
    assert active_content(rendered.html) == []
    assert sanitize_html(rendered.html) == rendered.html


def test_carriage_return_reference_survives_a_second_pass():
    assert sanitize_html("<p>a&#13;b</p>") == sanitize_html(sanitize_html("<p>a&#13;b</p>"))
