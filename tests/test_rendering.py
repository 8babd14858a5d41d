"""render_markdown, blocks_to_markdown and the text helpers (pure Python, no database)."""

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.rendering import (
    Rendered,
    Unlinked,
    blocks_to_markdown,
    link_speakers,
    plain_text,
    reading_time_minutes,
    render_markdown,
    render_unlinked,
    sanitize_html,
    slugify,
)


class _Elements(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def elements(html: str, tag: str) -> list[dict[str, str | None]]:
    return [attrs for name, attrs in _Elements(html).elements if name == tag]


def html_of(source: str, **kwargs) -> str:
    return render_markdown(source, **kwargs).html


# Headings and the table of contents


def test_heading_ids_are_slugs_of_the_text():
    rendered = render_markdown("## The Shifting Sands of Geopolitics: Why Putin Meets with Iran")
    [heading] = elements(rendered.html, "h2")
    assert heading["id"] == "the-shifting-sands-of-geopolitics-why-putin-meets-with-iran"


def test_heading_ids_keep_letters_of_any_script():
    assert slugify("Путин и Пезешкиан") == "путин-и-пезешкиан"
    assert slugify("हिन्दी समाचार") == "हिन्दी-समाचार"
    assert slugify("Israel-Iran Tensions — Why?") == "israel-iran-tensions-why"


def test_duplicate_headings_get_numbered_ids():
    source = "## Context\n\n### Context\n\n## Context\n\n## Context 2"
    ids = [entry["id"] for entry in render_markdown(source).toc]
    assert ids == ["context", "context-2", "context-3", "context-2-2"]


def test_headings_without_letters_fall_back_to_section():
    ids = [entry["id"] for entry in render_markdown("## ???\n\n## !!!\n\n## 2024").toc]
    assert ids == ["section", "section-2", "2024"]


@given(
    st.lists(st.sampled_from(["A", "a", "A 2", "a-2", "A-2-2", "", "?", "Section 2"]), max_size=12)
)
def test_heading_ids_are_always_unique_and_match_the_toc(texts):
    rendered = render_markdown("\n\n".join(f"## {text}" for text in texts))
    ids = [entry["id"] for entry in rendered.toc]
    assert len(set(ids)) == len(ids) == len(texts)
    assert [heading["id"] for heading in elements(rendered.html, "h2")] == ids


def test_same_source_gives_same_ids_and_html():
    source = "## One\n\n### Two\n\n## One"
    assert render_markdown(source) == render_markdown(source)


def test_toc_lists_levels_two_and_three_in_order_without_the_anchor():
    source = "# Top\n\n## First *part*\n\nText.\n\n### Detail `code`\n\n#### Fine print\n\n## Last"
    assert render_markdown(source).toc == [
        {"level": 2, "id": "top", "text": "Top"},
        {"level": 2, "id": "first-part", "text": "First part"},
        {"level": 3, "id": "detail-code", "text": "Detail code"},
        {"level": 2, "id": "last", "text": "Last"},
    ]


def test_h1_becomes_h2_and_h5_becomes_h4():
    html = html_of("# Big\n\n##### Small")
    assert [tag for tag, _ in _Elements(html).elements if tag[0] == "h"] == ["h2", "h4"]


def test_heading_carries_a_self_link():
    html = html_of("## Key Players")
    assert html == (
        '<h2 id="key-players">Key Players <a class="heading-anchor" href="#key-players"'
        ' aria-label="Link to this section">#</a></h2>\n'
    )


# Pull quotes

PULL_QUOTE = (
    "> Active collaboration in the international sphere is ongoing.\n>\n> — Vladimir Putin\n"
)


def test_pull_quote_links_the_speaker_when_speaker_url_knows_them():
    html = html_of(PULL_QUOTE, speaker_url=lambda name: f"/quotes/speakers/{slugify(name)}/")
    assert html == (
        '<figure class="pull-quote">\n<blockquote>\n'
        "<p>Active collaboration in the international sphere is ongoing.</p>\n"
        "</blockquote>\n"
        '<figcaption>— <a href="/quotes/speakers/vladimir-putin/">Vladimir Putin</a></figcaption>\n'
        "</figure>\n"
    )


def test_pull_quote_names_the_speaker_without_a_link_when_speaker_url_returns_none():
    html = html_of(PULL_QUOTE, speaker_url=lambda name: None)
    assert "<figcaption>— Vladimir Putin</figcaption>" in html
    assert elements(html, "a") == []


def test_pull_quote_without_speaker_url_escapes_the_name():
    html = html_of("> Quote\n>\n> — Smith & <Jones>")
    assert "<figcaption>— Smith &amp; &lt;Jones&gt;</figcaption>" in html


@pytest.mark.parametrize("dash", ["—", "–", "--"])
def test_pull_quote_attribution_accepts_dashes_on_the_last_line(dash):
    html = html_of(f"> Quote\n> {dash} Someone")
    assert '<figure class="pull-quote">' in html
    assert "<p>Quote</p>" in html
    assert "<figcaption>— Someone</figcaption>" in html


def test_unsafe_speaker_url_is_not_linked():
    html = html_of(PULL_QUOTE, speaker_url=lambda name: "javascript:alert(1)")
    assert elements(html, "a") == []
    assert "<figcaption>— Vladimir Putin</figcaption>" in html


TWO_PULL_QUOTES = PULL_QUOTE + "\n## Later\n\n> Talks go on.\n>\n> — Masoud Pezeshkian\n"


@pytest.mark.parametrize(
    "pages",
    [
        {"Vladimir Putin": "/speakers/vladimir-putin/", "Masoud Pezeshkian": "/speakers/mp-2/"},
        {"Vladimir Putin": "/speakers/vladimir-putin/", "Masoud Pezeshkian": None},
        {"Vladimir Putin": "//elsewhere.example/", "Masoud Pezeshkian": "/speakers/mp/"},
        {"Vladimir Putin": "/speakers/a&b/", "Masoud Pezeshkian": "/speakers/mp/"},
    ],
)
def test_rendering_unlinked_then_linking_is_rendering_with_the_speakers_pages(pages):
    """The importer's workers render without the database; linking the speakers afterwards
    gives exactly what rendering with their pages gives, or None, and the saver renders."""
    linked = link_speakers(render_unlinked(TWO_PULL_QUOTES), pages.get)
    plain = all(url and url.startswith("/speakers/") and "&" not in url for url in pages.values())
    if plain:
        assert linked == render_markdown(TWO_PULL_QUOTES, speaker_url=pages.get)
    else:
        assert linked is None


def test_a_marker_that_occurs_twice_is_not_replaced():
    """Text never shows a marker (it is random), but if it did, linking would refuse."""
    unlinked = render_unlinked(PULL_QUOTE)
    text = f'<p>href="{unlinked.marker}0/"</p>\n'
    rendered = Rendered(html=text + unlinked.rendered.html, toc=[])
    twice = Unlinked(rendered, unlinked.speakers, unlinked.marker)
    assert link_speakers(twice, lambda name: "/speakers/putin/") is None


def test_blockquote_without_attribution_stays_a_plain_blockquote():
    html = html_of("> Just a quote.\n>\n> Still quoting.")
    assert "<figure" not in html
    assert html.startswith("<blockquote>")


def test_blockquote_that_is_only_an_attribution_stays_a_plain_blockquote():
    assert html_of("> — Nobody") == "<blockquote>\n<p>— Nobody</p>\n</blockquote>\n"


def test_empty_blockquote_stays_a_blockquote():
    assert html_of(">") == "<blockquote></blockquote>\n"


# Tables

CAPTIONED_TABLE = """\
Table: Masoud Pezeshkian: Key Personal Data
| Attribute | Detail |
|-----------|--------|
| Full Name | Masoud Pezeshkian |
| Nationality | Iranian |
"""


def test_table_caption_line_becomes_the_caption():
    html = html_of(CAPTIONED_TABLE)
    assert "<table>\n<caption>Masoud Pezeshkian: Key Personal Data</caption>\n<thead>" in html
    assert "<p>" not in html


def test_table_has_head_and_body():
    html = html_of(CAPTIONED_TABLE)
    assert [attrs for attrs in elements(html, "thead")] == [{}]
    assert len(elements(html, "th")) == 2
    assert len(elements(html, "td")) == 4


def test_table_caption_separated_by_a_blank_line_stays_a_paragraph():
    html = html_of("Table: Loose\n\n| a |\n|---|\n| 1 |")
    assert "<p>Table: Loose</p>" in html
    assert "<caption>" not in html


def test_table_without_outer_pipes():
    html = html_of("Name | Role\n---- | ----\nPutin | President")
    assert "<thead>" in html and "<tbody>" in html
    assert plain_text(html) == "Name Role Putin President"


def test_table_alignment_survives_sanitising():
    html = html_of("| a | b |\n|:--|--:|\n| 1 | 2 |")
    assert elements(html, "td")[1] == {"style": "text-align:right"}


# Lists, emphasis, links, code, images


def test_lists_emphasis_and_code_render_as_commonmark():
    html = html_of("- one *two*\n- **three**\n\n1. `four`\n2. five")
    assert html == (
        "<ul>\n<li>one <em>two</em></li>\n<li><strong>three</strong></li>\n</ul>\n"
        "<ol>\n<li><code>four</code></li>\n<li>five</li>\n</ol>\n"
    )


def test_external_links_get_rel_and_internal_links_do_not():
    html = html_of(
        "[out](https://example.org/a) [in](/articles/x/) [mail](mailto:desk@example.org)"
    )
    assert [link.get("rel") for link in elements(html, "a")] == [
        "noopener noreferrer nofollow",
        None,
        None,
    ]


def test_images_are_lazy_and_keep_alt():
    [image] = elements(html_of('![Putin in Ashgabat](/media/lead/a.jpg "t")'), "img")
    assert image == {"src": "/media/lead/a.jpg", "alt": "Putin in Ashgabat", "loading": "lazy"}


@pytest.mark.parametrize("src", ["https://img.example/a.jpg", "//img.example/a.jpg"])
def test_images_on_other_sites_become_links_so_the_page_makes_no_third_party_request(src):
    html = html_of(f"![Putin in Ashgabat]({src})")
    assert elements(html, "img") == []
    [link] = elements(html, "a")
    assert link["href"] == src and "nofollow" in link["rel"]
    assert "Putin in Ashgabat" in html


@pytest.mark.parametrize(
    "src", ["javascript:alert(1)", "data:image/png;base64,iVBORw0KGgo=", "mailto:x@example.org"]
)
def test_images_with_other_schemes_are_dropped_to_their_alt_text(src):
    html = html_of(f"![alt]({src})")
    assert elements(html, "img") == []


# Untrusted input


@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
def test_raw_html_is_escaped_not_rendered(raw):
    html = html_of(f"Before {raw} after")
    assert [tag for tag, _ in _Elements(html).elements] == ["p"]
    assert plain_text(html) == f"Before {raw} after"


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java&#x09;script:alert(1)",
        " javascript:alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "java%09script:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "<javascript:alert(1)>",
    ],
)
def test_dangerous_link_targets_never_become_links(target):
    assert elements(html_of(f"[x]({target})"), "a") == []


def test_dangerous_autolinks_never_become_links():
    assert elements(html_of("<javascript:alert(1)>"), "a") == []


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ("<style>p{color:red}</style><p>x</p>", "<p>x</p>"),
        ('<iframe src="https://evil.example"></iframe><p>x</p>', "<p>x</p>"),
        ('<p onclick="alert(1)" onmouseover=alert(1)>x</p>', "<p>x</p>"),
        ('<svg onload="alert(1)"><circle r="1"/></svg><p>x</p>', "<p>x</p>"),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        ('<a href="JAVA\tSCRIPT:alert(1)">x</a>', "<a>x</a>"),
        ('<img src="x" onerror="alert(1)">', '<img src="x">'),
        ('<h2 id="a" class="b" style="color:red">h</h2>', '<h2 id="a">h</h2>'),
    ],
)
def test_sanitize_html_strips_what_the_renderer_never_produces(dirty, clean):
    assert sanitize_html(dirty) == clean


def test_sanitize_html_keeps_everything_the_renderer_produces():
    source = PULL_QUOTE + "\n## H\n\n" + CAPTIONED_TABLE + "\n[a](https://x.example) ![i](/i.png)"
    html = render_markdown(source, speaker_url=lambda name: "/s/").html
    assert sanitize_html(html) == html


# blocks_to_markdown


def test_blocks_to_markdown_uses_the_renderer_conventions():
    markdown = blocks_to_markdown(
        [
            {"type": "heading", "level": 2, "text": "Key Players"},
            {"type": "paragraph", "text": "Putin met *Pezeshkian*."},
            {"type": "quote", "text": "We align.", "speaker": "Vladimir Putin"},
            {"type": "list", "items": ["one", "two"]},
            {"type": "table", "caption": "Data", "header": ["A", "B"], "rows": [["1", "2|3"]]},
        ]
    )
    assert markdown == (
        "## Key Players\n\n"
        "Putin met \\*Pezeshkian\\*.\n\n"
        "> We align.\n>\n> — Vladimir Putin\n\n"
        "- one\n- two\n\n"
        "Table: Data\n| A | B |\n| --- | --- |\n| 1 | 2\\|3 |\n"
    )


def test_blocks_to_markdown_does_not_escape_needlessly():
    text = "Iran's snake_case 3.5% rise (2024) - a < b, AT&T! #1 C# 1. ok"
    assert blocks_to_markdown([{"type": "paragraph", "text": text}]) == text + "\n"


def test_consecutive_lists_stay_separate():
    markdown = blocks_to_markdown(
        [{"type": "list", "items": ["a"]}, {"type": "list", "items": ["b"]}]
    )
    assert len(elements(html_of(markdown), "ul")) == 2


def test_unknown_block_type_is_an_error():
    with pytest.raises(ValueError, match="figure"):
        blocks_to_markdown([{"type": "figure"}])


def test_seed_table_round_trips_with_caption():
    block = {
        "type": "table",
        "caption": "Masoud Pezeshkian: Key Personal Data (Based on Public Information & Context)",
        "header": ["Attribute", "Detail"],
        "rows": [
            ["Full Name", "Masoud Pezeshkian"],
            ["Role", "President of Iran (recently elected)"],
        ],
    }
    html = html_of(blocks_to_markdown([block]))
    assert (
        "<caption>Masoud Pezeshkian: Key Personal Data (Based on Public Information &amp;" in html
    )
    assert len(elements(html, "tr")) == 3


# Any plain text must come back verbatim. Control characters and surrogates are not text a page
# can hold; everything else in Unicode, including other whitespace, is fair game.
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=60)
NASTY = st.lists(
    st.sampled_from(
        ["*", "_", "`", "[", "]", "(", ")", "<", ">", "#", "-", "+", "1.", "2)", "|", "\\", "&",
         "&amp;", "&#42;", "~~~", "---", "===", "!", ":", "Table:", "— ", "-- ", " ", "a", "é",
         "<http://x.y>", "a@b.c", "    ", "\u00a0", "\t"]
    ),
    max_size=12,
).map("".join)  # fmt: skip
ANY_TEXT = st.one_of(TEXT, NASTY)


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def round_trip(blocks: list[dict]) -> str:
    return plain_text(render_markdown(blocks_to_markdown(blocks)).html)


@given(ANY_TEXT)
def test_paragraph_text_survives_verbatim(text):
    assert round_trip([{"type": "paragraph", "text": text}]) == collapse(text)


@given(ANY_TEXT, st.sampled_from([2, 3]))
def test_heading_text_survives_verbatim(text, level):
    rendered = render_markdown(
        blocks_to_markdown([{"type": "heading", "level": level, "text": text}])
    )
    assert plain_text(rendered.html) == collapse(text)
    assert [entry["text"] for entry in rendered.toc] == ([collapse(text)] if collapse(text) else [])


@given(st.lists(ANY_TEXT, max_size=4), st.booleans())
def test_list_items_survive_verbatim(items, ordered):
    html = render_markdown(
        blocks_to_markdown([{"type": "list", "items": items, "ordered": ordered}])
    ).html
    assert plain_text(html) == collapse(" ".join(items))
    assert len(elements(html, "li")) == len(items)


@given(
    ANY_TEXT,
    st.lists(ANY_TEXT, min_size=1, max_size=3),
    st.lists(st.lists(ANY_TEXT, max_size=3), max_size=3),
)
def test_table_cells_survive_verbatim(caption, header, rows):
    block = {"type": "table", "caption": caption, "header": header, "rows": rows}
    html = render_markdown(blocks_to_markdown([block])).html
    expected = collapse(" ".join([caption, *header, *(cell for row in rows for cell in row)]))
    assert plain_text(html) == expected
    assert len(elements(html, "caption")) == (1 if collapse(caption) else 0)


@given(ANY_TEXT.filter(lambda text: collapse(text)), ANY_TEXT)
def test_quote_text_and_speaker_survive_verbatim(text, speaker):
    html = render_markdown(
        blocks_to_markdown([{"type": "quote", "text": text, "speaker": speaker}])
    ).html
    if collapse(speaker):
        assert plain_text(html) == collapse(f"{text} — {speaker}")
        assert len(elements(html, "figure")) == 1
    else:
        assert plain_text(html) == collapse(text)
        assert elements(html, "figure") == []


# Text helpers


def test_plain_text_separates_blocks_and_skips_heading_anchors():
    html = html_of("## Title\n\nOne&nbsp;two.\n\n- three\n- four")
    assert plain_text(html) == "Title One two. three four"


@pytest.mark.parametrize(
    ("words", "minutes"), [(0, 1), (100, 1), (230, 1), (460, 2), (1000, 4), (2300, 10)]
)
def test_reading_time_is_about_230_words_a_minute(words, minutes):
    assert reading_time_minutes(words) == minutes
    assert reading_time_minutes("word " * words) == minutes
