"""``parse_seed``: the passes that turn a crawled page into a ``ParsedArticle``.

1. claim unlabelled teaser runs (so their dates and headlines cannot pass for the article's);
2. find the title; 3. claim multi-line widgets (cookie banners, labelled link blocks, tables of
contents, tag blocks, author boxes, comment threads, tables); 4. claim single lines (bylines,
dates, credits, pull quotes, chrome) and bios; 5. split what is left into header, body and tail
zones and classify it (``body.py``); 6. assemble (``assembly.py``). Every non-blank line ends up
claimed exactly once: ``explain_lines`` shows where.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from rapidfuzz import fuzz

from . import detectors as d
from . import labels as lb
from .assembly import build as assemble
from .body import classify_zones
from .claims import (
    SITE_DESCRIPTION_RE,
    claim_archive_toolbar,
    claim_author_card,
    claim_bios,
    claim_byline_handles,
    claim_channel_preview,
    claim_header_teaser,
    claim_official_banner,
    claim_page_bars,
    claim_pagination,
    claim_publication_bar,
    claim_running_heads,
    claim_social_embeds,
    claim_teasers,
    claim_top_appeal,
    claim_top_ticker,
    claim_topic_chips,
    claim_widgets,
)
from .dates import (
    date_line,
    is_reading_time,
    is_relative_time,
    labelled_dates,
    prints_month_first,
)
from .model import ParsedArticle, Related, SeedParseError
from .openers import ASCII_OPENERS, opening_characters
from .page import Page
from .people import (
    bare_byline,
    bio_subject,
    caseless_byline,
    cjk_dateline_byline,
    explicit_byline,
    is_credit,
    is_section_name,
)
from .quotes import pull_quote
from .text import (
    MAX_LINE_CHARS,
    SITE_NAME_SEPARATOR_RE,
    capital_ratio,
    dominant_script,
    ends_sentence,
    foreign_script_share,
    html_to_text,
    is_prose,
    keyword_text,
    looks_like_html,
    same_text,
    split_lines,
    text_key,
    without_pictograms,
    word_count,
)
from .widgets import split_item_date, tag_items

MAX_TEXT_CHARS = 2_000_000
_SITE_SUFFIX_RE = re.compile(r"^(?P<title>.{8,}?)\s+(?:\||–|—|-|::|·|•)\s+(?P<site>[^|–—]{2,40})$")
_TITLE_SCAN_LINES = 80
_SUFFIX_START_RE = re.compile(r"\s+(?:\||–|—|-|::|·|•)\s+\S")
# "Headline- The Peninsular Express": the separator glued to the headline, which only the
# printed headline on the page shows to end there. Chinese and Japanese sites set a full-width
# colon or bar between the two, without spaces ("見出し：東西新聞デジタル"); Chinese portals an
# underscore before the section and the site ("标题_国际新闻_华夏网").
_GLUED_SUFFIX_START_RE = re.compile(r"(?:\||–|—|-)\s+\S|\s*[：｜_]\s*\S")


def parse_seed(text: str, *, source: str) -> ParsedArticle:
    """Parse the text of a crawled page into a ``ParsedArticle``.

    ``text`` is one block per line as a crawler saw it. An HTML document (rather than a text
    dump) is accepted: its visible text is extracted first with the standard library's
    ``html.parser``, one block element per line. Raises ``SeedParseError`` for empty input, input
    over 2 MB, or a page with no recognisable title or body.
    """
    return assemble(_read_page(text), source)


def explain_lines(text: str) -> list[tuple[str, str, str]]:
    """Where each non-blank line went: (line, kind, reason), kind being the block type, a
    metadata field, "discard", or "consumed" for the inner lines of a table or list. A debugging
    aid, and how the tests check that no line is lost."""
    page = _read_page(text)
    assemble(page, "")
    return [
        (line, claim.kind if claim else "", claim.reason if claim else "")
        for line, claim in zip(page.lines, page.claims, strict=True)
        if line
    ]


def _read_page(text: str) -> Page:
    if not isinstance(text, str):
        raise SeedParseError(f"expected str, got {type(text).__name__}; decode bytes first")
    if len(text) > MAX_TEXT_CHARS:
        raise SeedParseError(f"seed text is {len(text)} characters, over the 2 MB limit")
    if not text.strip():
        raise SeedParseError("seed text is empty")
    if looks_like_html(text):
        text = html_to_text(text)
    lines = split_lines(text)
    if not any(lines):
        raise SeedParseError("seed text has no visible text")
    if max(map(len, lines)) > MAX_LINE_CHARS:  # lines is not empty: one of them has text
        raise SeedParseError(f"a line is over {MAX_LINE_CHARS} characters; not a page dump")
    page = Page(lines)
    _join_drop_caps(page)
    page.month_first = prints_month_first(text)
    claim_archive_toolbar(page)
    claim_teasers(page)
    claim_top_ticker(page)
    claim_publication_bar(page)
    claim_official_banner(page)
    claim_page_bars(page)
    claim_pagination(page)
    claim_running_heads(page)
    claim_top_appeal(page)
    claim_channel_preview(page)
    _find_title(page)
    _claim_motto(page)
    claim_header_teaser(page)
    claim_widgets(page)
    claim_social_embeds(page)
    claim_byline_handles(page)
    _claim_lines(page, dominant_script(lines))
    claim_topic_chips(page)
    claim_author_card(page)
    claim_bios(page)
    classify_zones(page)
    _claim_about_us_blurb(page)
    return page


_ABOUT_US_RE = re.compile(r"(?i)^about\s+us:?$")


def _claim_about_us_blurb(page: Page) -> None:
    """The site's description under the footer's "About us" heading ("The Valley Ledger is an
    independent news site …") is that footer block's text, over its contact line: one widget
    with them, not a publisher notice of its own."""
    claims = page.claims
    for i in [
        i for i, line in enumerate(page.lines) if line[:1] in "Aa" and _ABOUT_US_RE.match(line)
    ]:
        blurb = i + 1
        if not (claims[i] and claims[i].reason == "footer" and blurb + 1 < len(claims)):
            continue
        claim, after = claims[blurb], claims[blurb + 1]
        if claim and claim.reason == "publisher notice" and after and after.reason == "footer":
            claim.reason = "footer"
    _claim_site_blurb_over_footer(page)


def _claim_site_blurb_over_footer(page: Page) -> None:
    """The site's description between a widget after the text and the footer's links ("The
    Valley Dispatch is a reader-funded newsroom …" under "Most read", over "About | Contact")
    is the footer's text, as under an "About us" heading."""
    claims = page.claims
    for i, claim in enumerate(claims):
        if claim is None or claim.reason != "publisher notice":
            continue
        above, below = page.prev_nonblank(i), page.next_nonblank(i)
        after = claims[below] if below < len(claims) else None
        if above >= 0 and _after_furniture(claims[above]) and after and after.reason == "footer":
            claim.reason = "footer"


# A drop cap: a paragraph's first letter, set large, scraped onto a line of its own ("O" over
# "n a windless morning in March, …"). The paragraph under it is running prose.
_DROP_CAP_MIN_WORDS = 8


def _join_drop_caps(page: Page) -> None:
    """Give each drop cap back to the paragraph right under it, which then opens with the
    whole word; the letter's own line is consumed.

    A letter that is a word of the page itself ("A", "I"; "в" in Russian) may be one: it is
    taken for a drop cap only when the paragraph's first word is no word of the page on its
    own ("s" of "As", "t" of "It") and the joined word is one ("As", "It").
    """
    lines = page.lines
    for i in [i for i, line in enumerate(lines[:-1]) if len(line) == 1]:
        letter, rest = lines[i], lines[i + 1]
        if not (letter.isupper() and rest[:1].islower() and page.free(i)):
            continue
        if word_count(rest) < _DROP_CAP_MIN_WORDS or not ends_sentence(rest):
            continue  # an index's or a glossary's entry under its letter
        others = "\n".join(lines[:i] + lines[i + 2 :])
        if _has_word(others, letter):
            fragment = re.match(r"\w+", rest)
            if not fragment or _has_word(others, fragment[0]):
                continue
            if not _has_word(others, letter + fragment[0]):
                continue
        lines[i + 1] = letter + rest
        page.claim(i, "consumed", "drop cap")


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands as a word of its own in ``text``, in any case: the "t" of
    "don't" and the "s" of "port's" are parts of theirs."""
    pattern = rf"(?<![\w'’]){re.escape(word)}(?![\w'’])"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _title_like(line: str) -> bool:
    n = word_count(line)
    if not 2 <= n <= 35 or len(line) > 300:
        return False
    if line.endswith(".") and n >= 8 or line[-1] in ",;:":
        return False
    return not (
        d.is_skip_link(line)
        or d.is_chrome_word(line)
        or d.is_menu_row(line)
        or d.is_share_row(line)
        or d.is_cookie_notice(line)
        or d.is_ad_marker(line)
        or d.is_show_line(line)
        or d.is_release_notice(line)
        or d.is_timestamp(line)
        or d.breadcrumb_parts(line)
        or d.is_account_links(line)
        or date_line(line)
        or d.stamped_label(line)
        or d.is_article_id(line)
        or explicit_byline(line)
        or d.LIST_ITEM_RE.match(line)
        or d.is_label(line)
        and n < 3
    )


def _find_title(page: Page) -> None:
    """The headline: the first headline-shaped line after the site chrome.

    A browser title ("Headline | Site") on the first line yields to the headline printed in the
    page, which is then discarded as the browser's copy; without one, the suffix is cut off.
    """
    lines, claims = page.lines, page.claims
    # page.free(i) without the call, on every line: line is lines[i], and i is in range.
    candidates = [i for i, line in enumerate(lines) if claims[i] is None and line]
    candidates = candidates[:_TITLE_SCAN_LINES]
    if not candidates:
        raise SeedParseError("no recognisable title: the page is only teaser links")
    first = candidates[0]
    match = _SITE_SUFFIX_RE.match(lines[first])
    # A site name is short and capitalised ("BBC News", "jpost.com"); "- what happens next"
    # is part of the headline.
    suffixed = bool(
        match
        and word_count(match["site"]) <= 5
        and word_count(match["title"]) >= max(3, word_count(match["site"]))
        and (capital_ratio(match["site"]) >= 0.6 or "." in match["site"])
    )
    printed = _printed_headline(page, candidates)
    if printed is not None:
        site = match["site"] if suffixed else _glued_site(lines[first], lines[printed])
        _set_printed_title(page, first, printed, site)
        return
    if suffixed and not any(same_text(lines[i], lines[first]) for i in candidates[1:]):
        for i in candidates[1:]:
            if same_text(lines[i], match["title"]):
                _set_printed_title(page, first, i, match["site"])
                return
        prefixed = _prefixed_headline(page, candidates, match["title"])
        if prefixed is not None:
            _set_printed_title(page, first, prefixed, match["site"])
            return
        # A word or two changed for search engines ("Tàu Philippines …" over the printed
        # "Tàu tuần duyên Philippines …"): the site's masthead may pass for a byline under the
        # browser title, so the printed copy is looked for first.
        reworded = next(
            (i for i in candidates[1:] if _reworded_copy(match["title"], lines[i])), None
        )
        if reworded is None:
            reworded = next(
                (i for i in candidates[1:] if _reworded_ending(match["title"], lines[i])), None
            )
        if reworded is not None:
            _set_printed_title(page, first, reworded, match["site"])
            return
    subject = None if suffixed else _subject_headline(page, candidates)
    if subject is not None:
        _set_printed_title(page, first, subject)
        return
    above = _headlines_above_body(page, candidates)
    chosen = _repeated_headline(page, above)
    if chosen == first:
        printed = _last_copy(page, above, first)
        if printed != first:
            _set_printed_title(page, first, printed)
            return
    if chosen is None:
        chosen = _title_above_byline(page, candidates, standfirst=not suffixed)
        if chosen is not None and chosen != first:
            if suffixed:
                page.claim(first, "discard", "browser page title")
                page.site_name = match["site"].strip()
            elif _SUFFIX_START_RE.search(lines[first]) and _same_opening(
                lines[first], lines[chosen]
            ):
                page.claim(first, "discard", "browser page title")
                # What follows the last separator is the site's name, however long.
                page.site_name = re.split(r"\s(?:\||–|—|-|::|·|•)\s", lines[first])[-1].strip()
            elif _reworded_copy(lines[first], lines[chosen]):
                page.claim(first, "discard", "browser page title")
    if chosen is None and suffixed:
        printed = _headline_over_byline(page, candidates, match["site"])
        if printed is not None:
            _set_printed_title(page, first, printed, match["site"])
            return
        _set_title(page, first, match["title"].strip())
        return
    if chosen is None:
        # The first long one, past a masthead over its menu (a think tank's long name).
        chosen = next(
            (i for i in above if word_count(lines[i]) >= 5 and not _over_site_menu(page, i)),
            above[0] if above else None,
        )
    if chosen is None:
        chosen = next((i for i in candidates if _title_like(lines[i])), None)
    if chosen is None:
        raise SeedParseError("no recognisable title in the first lines of the page")
    _set_title(page, chosen, lines[chosen])


def _claim_motto(page: Page) -> None:
    """The masthead's motto right over the headline is the site's, never a section label;
    a section's name of several words is a name, capitalised ("Business and Economy")."""
    above = page.prev_nonblank(page.title_index)
    if above < 0 or not page.free(above):
        return
    line = page.lines[above]
    if (
        _title_like(line)
        and _motto_over_headline(line, page.title)
        and not (d.is_label(line) and capital_ratio(line) >= _LABEL_CAPITALS)
    ):
        page.claim(above, "discard", "site navigation")


# A section's name capitalises half its words or more ("Local government").
_LABEL_CAPITALS = 0.5


def _set_printed_title(page: Page, browser: int, index: int, site: str | None = None) -> None:
    """The headline printed at ``index``, of which the browser title at ``browser`` is a copy;
    ``site`` is the site's name that copy gives, if it gives one."""
    page.claim(browser, "discard", "browser page title")
    if site is not None:
        page.site_name = site.strip()
    _set_title(page, index, page.lines[index])


_SAME_OPENING_WORDS = 3


def _same_opening(browser_title: str, headline: str) -> bool:
    """A browser title reworded for search engines ("Troops deploy to flood-hit north - Long
    Ministry Name") still opens with the printed headline's first words."""
    head = headline.casefold().split()[:_SAME_OPENING_WORDS]
    return (
        len(head) == _SAME_OPENING_WORDS
        and browser_title.casefold().split()[:_SAME_OPENING_WORDS] == head
    )


_REWORDED_RATIO = 90


def _reworded_copy(browser_title: str, headline: str) -> bool:
    """A browser title that is the printed headline with a word or two changed ("… setting up
    fight with airlines" over "… setting up a fight with airlines") or moved ("Council budget
    vote delayed …" over "Council vote on the budget delayed …"): the browser's copy."""
    a, b = text_key(browser_title), text_key(headline)
    # fuzz.ratio never exceeds 100 * (1 - |a - b| / (a + b)): lengths far apart are no copy.
    if 100 * abs(len(a) - len(b)) > (100 - _REWORDED_RATIO) * (len(a) + len(b)):
        return False
    return fuzz.ratio(a, b) >= _REWORDED_RATIO or fuzz.token_sort_ratio(a, b) >= _REWORDED_RATIO


_LONG_OPENING_WORDS = 8


def _reworded_ending(browser_title: str, headline: str) -> bool:
    """A browser title that keeps the printed headline's opening and rewrites its end ("… when
    he killed cyclist, 67, jailed" over "… when he killed grandfather cycling to work is
    jailed"): the browser's copy, the two sharing their first eight words or more."""
    opening = browser_title.casefold().split(maxsplit=_LONG_OPENING_WORDS)[:_LONG_OPENING_WORDS]
    return (
        len(opening) == _LONG_OPENING_WORDS
        and headline.casefold().split(maxsplit=_LONG_OPENING_WORDS)[:_LONG_OPENING_WORDS] == opening
        and _title_like(headline)
    )


_HEADLINE_PREFIX_MAX_WORDS = 4
_PREFIX_END = frozenset(":)]|–—-")


def _prefixed_headline(page: Page, candidates: list[int], title: str) -> int | None:
    """The printed headline may carry a short prefix that the browser title leaves out
    ("Episode 214: Why the Rhine is running dry", "Watch: …", "(LEAD) …"), or the browser
    title one the page prints as a label: a line that ends with the other after a few words
    closed by a colon, dash or bracket."""
    cut = _SUFFIX_START_RE.search(title)  # "Headline | Show | Site": the headline alone
    key = (title[: cut.start()] if cut else title).strip()
    if word_count(key) < 3:
        return None
    for i in candidates[1:]:
        line = page.lines[i]
        # Either the printed headline or the browser's carries the prefix ("Press review:
        # Columnists split …" over a "Press review" label and the bare headline).
        longer, shorter = (line, key) if len(line) > len(key) else (key, line)
        if word_count(shorter) < 3 or len(longer) == len(shorter) or not longer.endswith(shorter):
            continue
        prefix = longer[: -len(shorter)].rstrip()
        if (
            prefix
            and prefix[-1] in _PREFIX_END
            and word_count(prefix) <= _HEADLINE_PREFIX_MAX_WORDS
        ):
            return i
    return None


def _subject_headline(page: Page, candidates: list[int]) -> int | None:
    """An email's subject over its web view names the newsletter and the issue before the
    headline ("The Long Run #87: Why water utilities are the next credit risk"): the line
    printing what follows the colon is the headline."""
    prefix, colon, rest = page.lines[candidates[0]].partition(": ")
    if not colon or word_count(prefix) > _HEADLINE_PREFIX_MAX_WORDS or word_count(rest) < 3:
        return None
    try:
        i = page.lines.index(rest, candidates[0] + 1)
    except ValueError:
        return None
    return i if i in candidates else None


_MASTHEAD_MAX_LINE = 3


def _printed_headline(page: Page, candidates: list[int]) -> int | None:
    """The headline printed in the page when the first line is the browser's title: that
    headline followed by a separator and anything ("Headline | Section | Site", "Headline –
    latest updates"). The suffix is dropped wherever it starts."""
    first = page.lines[candidates[0]]
    for k, i in enumerate(candidates[1:_TITLE_SCAN_LINES], 1):
        line = page.lines[i]
        # The prefix test first: it rules out nearly every line for less than counting words.
        if (
            len(first) > len(line)
            and first.startswith(line)
            and word_count(line) >= 3
            and (
                _SUFFIX_START_RE.match(first, len(line))
                or _GLUED_SUFFIX_START_RE.match(first, len(line))
                or _colon_site_suffix(first[len(line) :])
            )
            # "Site Name - tagline" over a "Site Name" masthead: the suffix outweighs it. A
            # masthead opens the page; a line printed under the menu is the headline, however
            # long a ministry's name after it.
            and (k > _MASTHEAD_MAX_LINE or word_count(line) > word_count(first[len(line) :]))
        ):
            return i
    return None


_COLON_SUFFIX_RE = re.compile(r"\s+:\s+(?=\S)")
_SITE_PART_MAX_WORDS = 4


def _glued_site(browser_title: str, headline: str) -> str | None:
    """The site's name after a separator glued to the headline ("Headline- The Peninsular
    Express"), once the printed headline shows where the headline ends."""
    if not _GLUED_SUFFIX_START_RE.match(browser_title, len(headline)):
        return None
    rest = browser_title[len(headline) :].lstrip("|–—-：｜_ ").strip()
    # "_国际新闻_华夏网": the section, then the site, last.
    return rest.rsplit("_", 1)[-1].strip() or None


def _colon_site_suffix(rest: str) -> bool:
    """Public radio joins its browser titles with " : " ("Headline : Shots - Health News :
    NRN"), but French puts the same spaced colon inside headlines ("Guerre en Ukraine : ce que
    l'on sait"): after the printed headline it is the site's suffix only when every part of
    what follows is a short capitalised name."""
    match = _COLON_SUFFIX_RE.match(rest)
    if not match:
        return False
    parts = SITE_NAME_SEPARATOR_RE.split(rest[match.end() :])
    return all(
        word_count(part) <= _SITE_PART_MAX_WORDS and capital_ratio(part) >= 0.6 for part in parts
    )


def _headlines_above_body(page: Page, candidates: list[int]) -> list[int]:
    """Headline-shaped lines above the first paragraph."""
    above: list[int] = []
    for pos, i in enumerate(candidates):
        line = page.lines[i]
        if is_prose(line) and not _kicker_line(page, candidates, pos):
            if _site_notice(line):
                continue  # a reprint, cookie or access notice over the byline and headline
            break
        if _title_like(line):
            above.append(i)
    return above


def _site_notice(line: str) -> bool:
    """A sentence of the site's own above the headline, not the article's first paragraph: a
    print view's reprint notice, a cookie notice, how to reach a blocked site."""
    return d.is_publisher_notice(line) or d.is_cookie_notice(line) or d.is_access_notice(line)


def _repeated_headline(page: Page, above: list[int]) -> int | None:
    """The first of them that the page prints again further down: themes repeat the title at
    the foot, and a browser title repeats the printed headline."""
    last_seen = {text_key(line): i for i, line in enumerate(page.lines) if line}
    return next(
        (
            i
            for i in above
            if last_seen[text_key(page.lines[i])] > i
            and not _masthead_repeat(page, above, last_seen[text_key(page.lines[i])])
            and not _over_site_menu(page, i)
            and not _heads_footer(page, last_seen[text_key(page.lines[i])])
        ),
        None,
    )


_FOOTER_LOOKAHEAD = 4


def _heads_footer(page: Page, i: int) -> bool:
    """The paper's name printed again over its footer (address, copyright, legal links): the
    masthead repeated, not the headline."""
    j = i
    for _ in range(_FOOTER_LOOKAHEAD):
        j = page.next_nonblank(j)
        if j >= len(page.lines):
            return False
        line = page.lines[j]
        if d.is_copyright(line) or d.is_footer_link(line):
            return True
    return False


def _last_copy(page: Page, above: list[int], first: int) -> int:
    """The browser title printed again in the header, once or more (a share box may print
    it too): the last copy, the one over the standfirst and byline, is the page's headline."""
    return max((i for i in above if same_text(page.lines[i], page.lines[first])), default=first)


def _over_site_menu(page: Page, i: int) -> bool:
    """A name printed over the site's menu ("Menu", "About Us", "Search") is the masthead,
    even when the footer prints it again: a headline is followed by its standfirst, byline or
    date, never by the menu."""
    j = page.next_nonblank(i)
    if j >= len(page.lines) or not page.free(j) or not _may_be_site_name(page.lines[i]):
        return False
    line = page.lines[j]
    if d.is_chrome_word(line) or d.is_footer_link(line) or d.is_menu_row(line):
        return True
    # A menu of section names first ("Research", "Experts", "Events"), its controls last
    # ("Support Us", "Search"): short labels run from under the name to a control.
    entries = 0
    while j < len(page.lines) and entries < _MENU_RUN_SCAN and page.free(j):
        line = page.lines[j]
        if not (d.is_label(line) and word_count(line) <= _MENU_ENTRY_MAX_WORDS):
            return False
        if d.is_chrome_word(line):
            return entries >= _MIN_MENU_RUN
        entries += 1
        j = page.next_nonblank(j)
    return False


# A menu's entries are a word or three; a run of three is a menu, and its control (Search) is
# looked for within a dozen lines.
_MENU_ENTRY_MAX_WORDS = 3
_MIN_MENU_RUN = 3
_MENU_RUN_SCAN = 12


def _masthead_repeat(page: Page, above: list[int], last: int) -> bool:
    """A publication name printed twice in the header ("The Harbour Letter" in the top bar
    and over the post) with another headline under its second copy: the masthead, not the
    title."""
    name = page.lines[last]
    return _may_be_site_name(name) and any(
        i > last and word_count(page.lines[i]) >= 4 and not same_text(page.lines[i], name)
        for i in above
    )


def _title_above_byline(page: Page, candidates: list[int], *, standfirst: bool) -> int | None:
    """The headline sits just above the byline or dateline (a standfirst may come between).

    Without a browser title naming the site, a sentence between a headline-shaped line and
    the byline is read as the standfirst under the headline; a browser title that does name
    it is left to be matched against the page's masthead.
    """
    for pos, i in enumerate(candidates[:40]):
        line = page.lines[i]
        if is_prose(line) and not (line.endswith("?") and _title_like(line)):
            if _site_notice(line):
                continue  # a cookie banner over the headline is no paragraph
            if standfirst and _standfirst_under_headline(page, candidates, pos):
                return candidates[pos - 1]  # the headline over its standfirst
            return None  # a question is a headline's shape too
        if not (explicit_byline(line) or date_line(line)):
            continue
        above_lines = list(reversed(candidates[:pos]))
        for k, j in enumerate(above_lines):
            above = page.lines[j]
            if bare_byline(above) or _meta_under_date(above):
                continue
            if _title_like(above):
                chosen = _headline_over_dek(page, j, above_lines[k + 1] if k + 1 < pos else None)
                if chosen == candidates[0] and _may_be_site_name(page.lines[chosen]):
                    return _headline_under_date(page, candidates, pos) or chosen
                return chosen
            if d.breadcrumb_parts(above):
                # A breadcrumb trail opens the article's header: with only labels between it
                # and the date, the headline is printed under the date (a press release's
                # "Home › Press" / "Press release" / "11 March 2025" / headline).
                return _headline_under_date(page, candidates, pos)
            if not (is_prose(above) or d.is_label(above)):
                return None
        return None
    return None


def _standfirst_under_headline(page: Page, candidates: list[int], pos: int) -> bool:
    """A sentence between a headline-shaped line and the byline or date: the standfirst."""
    if pos == 0 or pos + 1 >= len(candidates):
        return False
    below = page.lines[candidates[pos + 1]]
    return (explicit_byline(below) or date_line(below)) is not None and _title_like(
        page.lines[candidates[pos - 1]]
    )


_MASTHEAD_SCAN = 10


def _headline_over_byline(page: Page, candidates: list[int], site: str) -> int | None:
    """When the browser title's site ("SEO title – Site") is printed as the masthead, the
    first line is the browser's whatever its wording: the headline is the line over the
    byline or date, past one standfirst between them."""
    if not any(same_text(page.lines[i], site) for i in candidates[1:_MASTHEAD_SCAN]):
        return None
    for pos, i in enumerate(candidates[1:40], start=1):
        if not (explicit_byline(page.lines[i]) or date_line(page.lines[i])):
            continue
        prose = 0
        for j in reversed(candidates[1:pos]):
            line = page.lines[j]
            if is_prose(line):
                prose += 1
                if prose > 1:
                    return None
            elif _title_like(line):
                return j
            elif not (bare_byline(line) or is_reading_time(line)):
                return None
        return None
    return None


_KICKER_MAX_WORDS = 12
_KICKER_SCAN = 10


def _kicker_line(page: Page, candidates: list[int], pos: int) -> bool:
    """A short sentence at the top of the page over a headline-shaped line: the kicker's
    description ("An expert's point of view on a current event."), not the article's first
    paragraph, which is longer and comes under the headline."""
    if pos >= _KICKER_SCAN or pos + 1 >= len(candidates):
        return False
    line = page.lines[candidates[pos]]
    return word_count(line) <= _KICKER_MAX_WORDS and _title_like(page.lines[candidates[pos + 1]])


def _headline_under_date(page: Page, candidates: list[int], pos: int) -> int | None:
    """A blog prints its name, then the day's date, then the post's title over the post: the
    headline-shaped line right under the date, when prose follows it."""
    pos += 1
    # Agencies print the story's number or its reading time between date and headline.
    while pos < len(candidates) and _meta_under_date(page.lines[candidates[pos]]):
        pos += 1
    if pos + 1 >= len(candidates):
        return None
    headline, following = candidates[pos], pos + 1
    # The page's print and share buttons, or links to the text as a file, may come between
    # the headline and the text.
    while following < len(candidates) and _tool_under_headline(page.lines[candidates[following]]):
        following += 1
    if following >= len(candidates):
        return None
    if not _title_like(page.lines[headline]) or not _opens_text(page.lines[candidates[following]]):
        return None
    return headline


_LEAD_IN_MIN_WORDS = 7


def _opens_text(line: str) -> bool:
    """A paragraph, or the sentence leading into a list ("At its meeting on 10–11 March, the
    Committee decided:")."""
    return is_prose(line) or line[-1] == ":" and word_count(line) >= _LEAD_IN_MIN_WORDS


def _tool_under_headline(line: str) -> bool:
    return d.is_share_row(line) or d.is_download_link(line)


def _meta_under_date(line: str) -> bool:
    return d.is_article_id(line) or is_reading_time(line) or bool(date_line(line))


def _headline_over_dek(page: Page, lower: int, upper: int | None) -> int:
    """Of two headline-shaped lines in a row, the upper is the headline when the lower is
    clearly longer (a standfirst printed between the headline and the byline), unless the
    upper one is the site name printed again."""
    if upper is None or upper != page.prev_nonblank(lower) or not _title_like(page.lines[upper]):
        return lower
    if _may_be_site_name(page.lines[upper]) and any(
        _names_site(page.lines[k], page.lines[upper]) for k in range(upper)
    ):
        return lower  # the upper line repeats the masthead: a site name, not a headline
    if _motto_over_headline(page.lines[upper], page.lines[lower]) or (
        d.is_label(page.lines[upper]) and is_section_name(page.lines[upper])
    ):
        return lower  # the masthead's motto or a section's name over the headline
    upper_words, lower_words = word_count(page.lines[upper]), word_count(page.lines[lower])
    if lower_words >= upper_words + 3:
        return upper
    # Too long for a kicker and no longer than what follows: a headline over a short subtitle
    # (a newsletter's "Why the ceasefire talks in Doha keep stalling" over "Three sticking
    # points, and who is holding out on each").
    if upper_words >= _LABEL_OVER_HEADLINE_MAX_WORDS and lower_words >= upper_words:
        return upper
    return lower


# A label over a headline ("Analysis", "Middle East and North Africa") is shorter than this.
_LABEL_OVER_HEADLINE_MAX_WORDS = 6
# A motto is a short phrase; a standfirst runs long or is a finished sentence. Headlines
# mostly fall between the two.
_MOTTO_MAX_WORDS = 6
_STANDFIRST_MIN_WORDS = 12
# A motto speaks of the paper and its readers; a short headline over a short standfirst with
# no full stop ("Ceasefire collapses in Gaza" over "Talks stall as strikes resume") does not.
_MOTTO_WORDS_RE = re.compile(
    r"(?i)\b(?:since\s+\d{4}|est(?:ablished|\.)?\s+(?:in\s+)?\d{4}|founded\s+(?:in\s+)?\d{4}|"
    r"journalism|journalists|news|newspaper|reporting|voice|window|truth|trusted|independent|"
    r"your|readers?|every\s+day|daily|weekly)\b"
)


def _motto_over_headline(upper: str, lower: str) -> bool:
    """A short phrase about the paper over a line too short and unfinished for a standfirst
    ("Independent journalism since 1921" over "Kuwait caps desalination output as summer
    demand breaks records"): the masthead's motto over the headline, not a headline over its
    standfirst."""
    return (
        word_count(upper) <= _MOTTO_MAX_WORDS
        and _MOTTO_WORDS_RE.search(upper) is not None
        and word_count(lower) < _STANDFIRST_MIN_WORDS
        and not ends_sentence(lower)
    )


_SITE_NAME_MAX_WORDS = 6


def _may_be_site_name(line: str) -> bool:
    """A site's name is short ("The Harbour Letter"): a long line printed twice in the header
    is the headline repeated (a newsletter prints it in the browser title, the share box and
    over the post), not the masthead."""
    return word_count(line) <= _SITE_NAME_MAX_WORDS


def _names_site(earlier: str, name: str) -> bool:
    """Whether an earlier line is ``name`` itself, or ``name`` with a tagline or a browser
    title beside it ("The Ledger - Korea's English daily", "Headline | The Ledger")."""
    if same_text(earlier, name):
        return True
    if earlier.startswith(name) and _SUFFIX_START_RE.match(earlier, len(name)):
        return True
    head = earlier[: len(earlier) - len(name)]
    return earlier.endswith(name) and bool(re.search(r"\s(?:\||–|—|-|::|·|•)\s$", head))


# A later page of a paginated article numbers its headline ("… (page 2)", "… (Page 2 of 3)"):
# the number is the page's, not the headline's.
_PAGE_SUFFIX_RE = re.compile(
    r"(?i)\s+[(\[](?:page|seite|página|pagina)\s+\d+(?:\s+of\s+\d+)?[)\]]$"
)


def _set_title(page: Page, index: int, title: str) -> None:
    # "🚨 Mudslide cuts …": a post's pictogram is no part of its headline.
    if title[-1:] in ")]":
        title = _PAGE_SUFFIX_RE.sub("", title)
    page.title, page.title_index = without_pictograms(title), index
    page.claim(index, "title")


def _claim_lines(page: Page, main_script: str) -> None:
    lines, claims = page.lines, page.claims
    for i, line in enumerate(lines):
        if claims[i] is not None or not line:  # not page.free(i), without the call
            continue
        if i > page.title_index and same_text(line, page.title):
            page.claim(i, "discard", "repeated title")
            continue
        if i > page.title_index and line[:1] in _FIGURE_OPENERS and _claim_key_figures(page, i):
            continue
        nxt = page.next_nonblank(i)
        pull = pull_quote(line, lines[nxt] if nxt < len(lines) and page.free(nxt) else None)
        if pull and len(line) < 2000:
            quote, used_next = pull
            page.claim(i, "quote", data=quote)
            if used_next:
                page.claim(nxt, "consumed")
            continue
        if i < page.title_index and d.stamped_label(line):
            continue  # the section over the headline, read with the labels around it
        if (
            i < page.title_index
            and line[:1] in "Hh"
            and (crumbs := d.piped_trail_parts(line))
            and page.next_nonblank(i) == page.title_index
        ):
            page.crumbs.append((i, crumbs[-1]))
            page.claim(i, "meta", "breadcrumbs")
            continue
        if i > page.title_index and line[:1] >= "\u4e00" and (names := cjk_dateline_byline(line)):
            page.add_byline(names, line)  # the paragraph stays the article's first
        meta_row = d.meta_row_parts(line, page.site_name)
        if meta_row:
            _claim_meta_row(page, i, meta_row)
            continue
        if _is_newsletter_pitch(line) or _opens_sign_up_form(page, i, line):
            if i < page.title_index and d.breadcrumb_parts(line):
                continue  # "Newsletters › Daybook": the trail to the newsletter's own section
            if i < page.title_index and word_count(line) <= _MENU_LINK_MAX_WORDS:
                page.claim(i, "discard", "site navigation")  # "Newsletter" in the menu
            else:
                _claim_newsletter(page, i)
            continue
        if (
            i > page.title_index
            and (d.photo_credit_line(line) or d.is_labelled_credit(line))
            and not explicit_byline(line)
            and not is_credit(line)
            and not d.is_footer_link(line)
        ):
            _claim_credited_caption(page, i)
            continue
        if (
            i > page.title_index
            and ("," in line or "،" in line)
            and _claim_dated_caseless_byline(page, i, line)
        ):
            continue
        reason = _single_line_reason(page, i, line, main_script)
        if reason == "share buttons" and _menu_entry_among_labels(page, i):
            reason = "site navigation"
        if reason == _TIME_REASON and i < page.title_index and line.isalpha():
            reason = "site navigation"  # a bare "Today" over the headline: the menu's entry
        if reason == "site promotion" and d.is_app_promo(line):
            reason = "app promotion"
        if reason in _CHROME_ABOVE_TITLE and i < page.title_index:
            reason = (
                "site navigation"  # above the headline, footer links and skip links are the menu
            )
        if reason:
            page.claim(i, "discard", reason)
        if reason == "app promotion":
            _claim_promo_title(page, i, reason)
        elif reason == "embedded media" and d.is_video_player_notice(line):
            _claim_player_header(page, i)
            _claim_video_button(page, i)
        elif reason == "embedded media":
            _claim_player_under_link(page, i)
            _claim_media_card(page, i)
        elif reason == "audio player":
            _claim_player_menu(page, i)
        elif reason == _READER_REASON:
            _claim_reader_toolbar(page, i)
        elif reason == "advertisement marker":
            _claim_ad_card(page, i)
        elif reason == "advertisement" and d.is_sponsor_message(line):
            _claim_next(page, i, reason)  # the sponsor's text under its label
        elif reason == "messaging channel promotion":
            _claim_next(page, i, reason, d.is_channel_button)  # its button: "Click here"
        elif reason == "citation box":
            # The reference's buttons under it ("Copy citation") are the box's.
            j = page.next_nonblank(i)
            while j < len(page.lines) and page.free(j) and lb.CITATION_TOOL_RE.match(lines[j]):
                page.claim(j, "discard", reason)
                j = page.next_nonblank(j)
        elif reason == "comments section" and d.is_comments_closed(line):
            _claim_next(page, i, reason, d.is_comments_off_reason)
        elif (
            reason == "image caption or credit"
            and i > page.title_index
            and word_count(line) <= _BARE_CREDIT_MAX_WORDS
            and d.is_image_credit(line)
        ):
            _claim_next(page, i, reason, lambda text: _caption_under_credit(page, text))


# A credit alone on its line ("Getty Images", "AFP via Getty Images") is printed over its
# caption by some sites; the caption has no full stop ("Kenyan police officers have been on
# the mission since June 2024"), where the paragraph under a picture without one has.
_BARE_CREDIT_MAX_WORDS = 5
_CAPTION_UNDER_CREDIT_MIN_WORDS = 4


def _caption_under_credit(page: Page, line: str) -> bool:
    return (
        _CAPTION_UNDER_CREDIT_MIN_WORDS <= word_count(line) <= _CAPTION_MAX_WORDS
        and not ends_sentence(line)
        and not line.endswith(":")
        and not page.in_toc(line)
    )


def _claim_next(page: Page, i: int, reason: str, accepts=None) -> None:
    """Discard the line under line i with it, if that line is free (and `accepts` it)."""
    j = page.next_nonblank(i)
    if j < len(page.lines) and page.free(j) and (accepts is None or accepts(page.lines[j])):
        page.claim(j, "discard", reason)


def _claim_dated_caseless_byline(page: Page, i: int, line: str) -> bool:
    """A "Name, City" line in a script without capitals right over the story's date is the
    byline ("अमित कुमार सिंह, नई दिल्ली" over "प्रकाशित: 12 मार्च 2025")."""
    names = caseless_byline(line)
    below = page.next_nonblank(i)
    if not names or below >= len(page.lines) or not date_line(page.lines[below]):
        return False
    page.add_byline(names, line)
    page.claim(i, "meta", "byline")
    return True


_AD_CARD_MAX_LINES = 3


def _claim_ad_card(page: Page, marker: int) -> None:
    """A sponsored card under its marker, closed by the advertiser's bare domain ("Sponsored"
    / "Meet Lumen, the notes app …" / "lumenapp.example"): one advertisement."""
    card = []
    j = marker
    for _ in range(_AD_CARD_MAX_LINES):
        j = page.next_nonblank(j)
        if j >= len(page.lines) or not page.free(j):
            return
        card.append(j)
        if d.is_bare_domain(page.lines[j]):
            break
    else:
        return
    if len(card) < 2:
        return
    for k in [marker, *card]:
        page.claim(k, "discard", "advertisement")


def _claim_reader_toolbar(page: Page, control: int) -> None:
    """The share button among a feed reader's controls ("Open in browser", "Mark as read",
    "Share") is the reader's toolbar, listed with it."""
    j = page.next_nonblank(control)
    while j < len(page.lines) and page.free(j) and d.is_share_row(page.lines[j]):
        page.claim(j, "discard", _READER_REASON)
        j = page.next_nonblank(j)


_FIGURE_OPENERS = frozenset("0123456789U$€£")
_LEAST_KEY_FIGURES = 2


def _claim_key_figures(page: Page, first: int) -> bool:
    """A report's key figures, each number over what it counts ("312,000" / "people in
    flood-affected areas" / "41" / "deaths confirmed"): the report's text, kept line by line,
    not counters of likes and stray labels. Two such pairs at least."""
    pairs: list[int] = []
    j = first
    while j < len(page.lines) and page.free(j) and d.is_key_figure(page.lines[j]):
        label = page.next_nonblank(j)
        if not (page.free(label) and d.is_figure_label(page.lines[label])):
            break
        pairs += [j, label]
        j = page.next_nonblank(label)
    if len(pairs) < 2 * _LEAST_KEY_FIGURES:
        return False
    for k in pairs:
        page.claim(k, "paragraph")
    return True


def _claim_player_menu(page: Page, control: int) -> None:
    """The buttons under an audio player's control are the player's, even those that alone
    would read as a heading or a share button ("Transcript", "Download")."""
    j = page.next_nonblank(control)
    while j < len(page.lines) and page.free(j) and d.is_player_menu_item(page.lines[j]):
        page.claim(j, "discard", "audio player")
        j = page.next_nonblank(j)


def _claim_promo_title(page: Page, promo: int, reason: str) -> None:
    above = page.prev_nonblank(promo)
    if above > page.title_index and page.free(above) and d.is_app_promo_title(page.lines[above]):
        page.claim(above, "discard", reason)
    _claim_next(page, promo, reason, d.is_app_button)


_MEDIA_CARD_MAX_LINES = 5
_VIDEO_TITLE_MAX_WORDS = 15


def _claim_player_header(page: Page, notice: int) -> None:
    """The video's title and running time over the player's notice ("02:37" / "Why small
    hospitals struggle" / "To view this video please enable JavaScript…"): the player's own
    lines, not a heading and a live post's time. The running time was read first, as a time."""
    j = page.prev_nonblank(notice)
    line = page.lines[j] if j > page.title_index else ""
    if page.free(j) and word_count(line) <= _VIDEO_TITLE_MAX_WORDS and not ends_sentence(line):
        page.claim(j, "discard", "embedded media")
        j = page.prev_nonblank(j)
    if j <= page.title_index or not d.is_media_duration(page.lines[j]):
        return
    claim = page.claims[j]
    if claim is None or claim.reason == _TIME_REASON:
        page.claim(j, "discard", "embedded media")


def _claim_player_under_link(page: Page, link: int) -> None:
    """The video's title and its player under a link to watch it ("Assista ao vídeo" /
    "Valadares explica o bloqueio" / "0:00 / 2:47" / "Tela cheia"): the player's lines, not a
    paragraph and a heading. Only a short unpunctuated title over the player's progress is
    taken for one."""
    title = page.next_nonblank(link)
    progress = page.next_nonblank(title)
    if (
        progress >= len(page.lines)
        or not d.is_player_progress(page.lines[progress])
        or not (page.free(title) and page.free(progress))
        or word_count(page.lines[title]) > _VIDEO_TITLE_MAX_WORDS
        or ends_sentence(page.lines[title])
    ):
        return
    page.claim(title, "discard", "embedded media")
    page.claim(progress, "discard", "embedded media")
    j = page.next_nonblank(progress)
    while j < len(page.lines) and page.free(j) and d.is_player_menu_item(page.lines[j]):
        page.claim(j, "discard", "embedded media")
        j = page.next_nonblank(j)


def _claim_video_button(page: Page, notice: int) -> None:
    """A play button under a video player's notice ("Play now") is the video's, not an
    audio player of its own."""
    j = page.next_nonblank(notice)
    if j < len(page.lines) and page.free(j) and d.is_player_control(page.lines[j]):
        page.claim(j, "discard", "embedded media")


def _claim_media_card(page: Page, embed: int) -> None:
    """The player card under a video's embed line: the video's title again, its age ("5
    months ago") and running time, and then, only in a card that repeated the title, the
    video's one-line description. Without that repeat, prose under the embed line is the
    article going on."""
    title = d.media_embed_title(page.lines[embed])
    repeats_title = timed = False
    j = embed
    for _ in range(_MEDIA_CARD_MAX_LINES):
        j = page.next_nonblank(j)
        if j >= len(page.lines) or not page.free(j):
            return
        line = page.lines[j]
        if not repeats_title and same_text(line, title):
            repeats_title = True
        elif d.is_media_duration(line) or is_relative_time(line):
            timed = True
        elif repeats_title and timed and is_prose(line):
            page.claim(j, "discard", "embedded media")
            return
        else:
            return
        page.claim(j, "discard", "embedded media")


# The fields of a blog's entry footer besides its category: "Tagged Armenia" (one tag needs no
# comma there) and the comments' count or link.
_FILED_TAGS_RE = re.compile(r"(?i)^(?:tagged(?:\s+with)?|tags?)\s*:?\s+(?P<tags>\S.*)$")
_COMMENTS_LINK_RE = re.compile(
    r"(?i)^(?:(?:\d+|no|one)\s+comments?|leave\s+a\s+(?:comment|reply)|comments\s+(?:off|closed))$"
)


# A blog theme's entry footer as a sentence: "This entry was posted in News and tagged Armenia,
# Azerbaijan on November 27, 2025 by Anna Petrosyan. Bookmark the permalink." The date and the
# author repeat the header's.
_ENTRY_META_RE = re.compile(
    r"(?i)^this\s+(?:entry|post)\s+was\s+posted\s+in\s+(?P<category>[^.]{1,60}?)"
    r"(?:\s+and\s+tagged\s+(?P<tags>[^.]{1,200}?))?(?:\s+on\s+[^.]{4,40}?)?"
    r"(?:\s+by\s+[^.]{2,60}?)?\."
    r"(?:\s+bookmark\s+the\s+permalink\.)?$"
)


def _claim_entry_footer(page: Page, i: int, line: str) -> bool:
    """A blog's entry footer gives the article's category and tags: a row of fields between
    bars ("Posted in News | Tagged Armenia, Azerbaijan | 3 Comments"), each read alone rather
    than the whole row as one category, or a sentence (``_ENTRY_META_RE``)."""
    categories, tags = [], []
    if " | " in line:
        for part in (p.strip() for p in line.split(" | ")):
            if category := lb.CATEGORY_RE.match(part):
                categories.append(category["category"])
            elif filed := _FILED_TAGS_RE.match(part):
                tags.extend(tag_items(filed["tags"]))
            elif not _COMMENTS_LINK_RE.match(part):
                return False
    elif line[:4] in ("This", "THIS") and (entry := _ENTRY_META_RE.match(line)):
        categories.append(entry["category"])
        tags.extend(tag_items(entry["tags"] or ""))
    if not categories:
        return False
    page.categories.extend(categories)
    page.tags.extend(tags)
    page.claim(i, "meta", "category")
    return True


def _claim_meta_row(page: Page, i: int, parts: list[str]) -> None:
    """Read a metadata row field by field: its dates, byline names and desk credits; the
    source agency and view counts in it are consumed with the row."""
    for part in parts:
        dl = date_line(part)
        if not dl and page.names_site(part):
            continue  # "By Liu Wenjing | Huaxia Daily | Updated: …": the outlet, no author
        names = None if dl else explicit_byline(part) or bare_byline(part)
        if dl:
            page.dates.append((i, dl))
        elif names:
            page.add_byline(names, part)
        elif is_credit(part):
            page.credits.append(part)
    page.claim(i, "meta", "date")


_CAPTION_MAX_WORDS = 40


def _claim_credited_caption(page: Page, credit: int) -> None:
    """A photographer's credit line and the short caption right above it are one image
    caption; a quotation above it is left alone."""
    page.claim(credit, "discard", "image caption or credit")
    above = page.prev_nonblank(credit)
    line = page.lines[above] if above > page.title_index else ""
    if (
        page.free(above)
        and word_count(line) <= _CAPTION_MAX_WORDS
        and not any(q in line for q in '“”"')
        and not date_line(line)
        and not explicit_byline(line)
        and not _standfirst_over_credit(page, above, line)
    ):
        page.claim(above, "discard", "image caption or credit")


_STRAY_COUNTER_MAX_WORDS = 2


def _standfirst_over_credit(page: Page, i: int, line: str) -> bool:
    """The standfirst over a picture printed with its credit alone ("Photo credit: press
    service of the Ministry"): an unfinished sentence of a standfirst's length with only the
    headline's metadata and furniture above it (a bare date or a counter, "3 412", not read
    yet). A caption says what the picture shows in a sentence of its own."""
    if ends_sentence(line) or word_count(line) < _STANDFIRST_MIN_WORDS:
        return False
    j = page.prev_nonblank(i)
    while j > page.title_index:
        claim = page.claims[j]
        if claim is None and not (
            word_count(page.lines[j]) <= _STRAY_COUNTER_MAX_WORDS or date_line(page.lines[j])
        ):
            return False
        if claim is not None and claim.kind not in ("meta", "discard"):
            return False
        j = page.prev_nonblank(j)
    return j == page.title_index


def _is_newsletter_pitch(line: str) -> bool:
    """A newsletter box's pitch, but not an author bio that mentions one ("Jane Doe is our
    health reporter and writes a weekly newsletter")."""
    return d.is_newsletter_box(line) and not bio_subject(line)


def _opens_sign_up_form(page: Page, i: int, line: str) -> bool:
    """A sign-up form's field ("Your email") opens its box like a pitch; a lone "Email" is a
    share button."""
    return i > page.title_index and " " in line and d.is_email_field(line)


def _claim_newsletter(page: Page, start: int) -> None:
    """A newsletter box: its title, pitch, email field and button lines go together."""
    above = page.prev_nonblank(start)
    # "Subscribe" over the box was taken for a menu link, a line before the box was seen.
    if (
        above > page.title_index
        and (page.free(above) or page.claims[above].reason == "site navigation")
        and d.is_newsletter_title(page.lines[above])
    ):
        page.claim(above, "discard", "newsletter box")
    j = start
    has_field = False
    while (
        j < len(page.lines)
        and page.free(j)
        and (
            j == start
            or d.is_newsletter_line(page.lines[j])
            # "Subscribe to the magazine" over its price ("from $39 a year").
            or j == start + 1
            and d.is_subscription_price(page.lines[j])
        )
    ):
        page.claim(j, "discard", "newsletter box")
        has_field = has_field or d.is_email_field(page.lines[j])
        j += 1
    # A sign-up form (pitch, email field, button) under a short name that says nothing of a
    # newsletter ("Balkan Record Weekly"): the name is the newsletter's.
    if (
        has_field
        and above > page.title_index
        and page.free(above)
        and d.is_box_name(page.lines[above])
    ):
        page.claim(above, "discard", "newsletter box")
        return
    # The form's field first: a short pitch that names no newsletter ("Our best analysis on
    # conflict, trade and security, every Thursday.") under the newsletter's name, or under the
    # box's own title ("Subscribe to Daybook"), is the box's too.
    name = page.prev_nonblank(above)
    if (
        d.is_email_field(page.lines[start])
        and name > page.title_index
        and page.free(above)
        and word_count(page.lines[above]) <= _FORM_PITCH_MAX_WORDS
        and (
            d.is_box_name(page.lines[name])
            if page.free(name)
            else page.claims[name].reason == "newsletter box"
        )
    ):
        page.claim(name, "discard", "newsletter box")
        page.claim(above, "discard", "newsletter box")


_FORM_PITCH_MAX_WORDS = 12


def _single_line_reason(page: Page, i: int, line: str, main_script: str) -> str | None:
    """Claim metadata lines in place; return a discard reason for furniture, else None."""
    names = explicit_byline(line)
    if names:
        page.add_byline(names, line)
        dates = labelled_dates(line)
        if dates:
            page.dates.append((i, dates))
        page.claim(i, "meta", "byline")
        return None
    if is_credit(line):
        page.credits.append(line)
        page.claim(i, "meta", "credit")
        return None
    dl = date_line(line)
    if dl is None and line[:1] in "OoFfTt":
        dl = d.original_publication(line)  # "Originally published by … on January 30, 2025"
    if dl and not dl.bare:
        page.dates.append((i, dl))
        page.claim(i, "meta", "date")
        return None
    if is_reading_time(line):
        return "reading time"
    labelled = lb.FOLDED_LINE_LABEL_RE.match(keyword_text(line)) is not None
    read_also = labelled and lb.READ_ALSO_RE.match(line)
    # Thai runs words together: its title alone tells a teaser from a sentence, as counting its
    # characters with the label's reads even a short headline as running text.
    if (
        read_also
        and word_count(read_also["title"]) >= 3
        and not is_prose(read_also["title"] if "\u0e01" <= line[:1] <= "\u0e7f" else line)
    ):
        title, date = split_item_date(read_also["title"].strip(), month_first=page.month_first)
        page.related.append((i, Related(title, date, None)))
        page.claim(i, "related")
        return None
    pinned = line[:1] >= "\u2190" and i > page.title_index and d.pinned_teaser(line)
    if pinned:
        page.related.append((i, Related(pinned, None, None)))
        page.claim(i, "related")
        return None
    if _claim_entry_footer(page, i, line):
        return None
    category = labelled and lb.CATEGORY_RE.match(line)
    if category and not d.is_print_edition_note(line):
        page.categories.append(category["category"])
        page.claim(i, "meta", "category")
        return None
    tags = labelled and (lb.TAGS_LINE_RE.match(line) or lb.TAGGED_RE.match(line))
    if tags and len(line) < 300:
        page.tags.extend(tag_items(tags["tags"]))
        page.claim(i, "tags")
        return None
    n = word_count(line)
    if i < page.title_index and d.is_breaking_ticker(line):
        return "breaking news ticker"  # over the headline: the site's newest story, not ours
    if i < page.title_index and d.is_search_box(line):
        return "site navigation"
    opener = line[:1]
    within = _NOTICES_BY_OPENER.get(opener, _ALL_NOTICES)[bisect_left(_NOTICE_LIMITS, n)]
    for detector, reason in within:
        if detector(line):
            return reason
    if (
        n <= d.PUBLISHER_NOTICE_MAX_WORDS
        and i > page.title_index
        and _describes_site(page, i, line)
    ):
        return "publisher notice"
    if is_prose(line) and not d.is_cookie_notice(line) and not d.is_paywall(line):
        if d.is_image_credit(line) or _translated_caption(page, i, line, main_script):
            return "image caption or credit"
        if d.is_media_embed(line):
            return "embedded media"  # "Watch: Why has piracy returned?": a video's own title
        return None
    for detector, reason in _LINES_BY_OPENER.get(opener, _LINE_DETECTORS):
        if detector(line):
            return reason
    if line[:1].isupper() and d.is_currency_rate(line) and _stacked_rates(page, i):
        return "market data"
    if d.is_foreign_caption(line, main_script):
        # Above the headline a short line in another script is the language switch.
        return "image caption or credit" if i > page.title_index else "site navigation"
    return None


def _stacked_rates(page: Page, i: int) -> bool:
    """A header's exchange rates one a line ("USD 498.12" over "EUR 541.37"): a lone code and
    number may be a table's cell, two together are the ticker."""
    return any(
        0 <= j < len(page.lines) and d.is_currency_rate(page.lines[j])
        for j in (page.prev_nonblank(i), page.next_nonblank(i))
    )


_NOTICE_REASONS = frozenset({"publisher notice", "press release notice"})


def _describes_site(page: Page, i: int, line: str) -> bool:
    """The publisher describing itself under a release ("The Permanent International Court
    is the judicial organ established by …"), the site's name from its browser title opening
    it: boilerplate when it follows the publisher's other notices, or closes the text with
    the page's furniture under it (a newsletter box over it too). A paragraph about the
    institution has more text under it; one among the footer's links is the footer's."""
    name = page.site_short_name
    if not name:
        return False
    name, text = name.removeprefix("The "), line.removeprefix("The ")
    if not text.startswith(name) or not SITE_DESCRIPTION_RE.match(text, len(name)):
        return False
    above, below = page.prev_nonblank(i), page.next_nonblank(i)
    claim = page.claims[above] if above >= 0 else None
    if claim is not None and claim.reason in _NOTICE_REASONS:
        return True
    return (
        above >= 0
        and (
            is_prose(page.lines[above])
            or _after_furniture(claim)
            or claim is not None
            and claim.reason == "newsletter box"
        )
        and (below >= len(page.lines) or not is_prose(page.lines[below]))
    )


_SITEWIDE_LIST_REASONS = frozenset(
    {"site-wide most-read list", "site-wide recommendations", "site-wide latest news list"}
)


def _after_furniture(claim) -> bool:
    """Whether the line above closes a site-wide list after the text ("Most read", "Latest
    news"): the site's description under it opens the footer."""
    return claim is not None and claim.reason in _SITEWIDE_LIST_REASONS


_TRANSLATION_MAX_WORDS = 20


def _translated_caption(page: Page, i: int, line: str, main_script: str) -> bool:
    """A sentence next to an image caption in the other script (one in the page's script next
    to a credited caption in another) is the caption's other-language version (alt text, the
    agency's original), not article text. Only a short, unquoted sentence in the page's own
    script is taken for one, so that the paragraph after a caption is not."""
    foreign = foreign_script_share(line, main_script) >= 0.5
    if not foreign and (word_count(line) > _TRANSLATION_MAX_WORDS or _has_quote_mark(line)):
        return False
    return any(
        0 <= j < len(page.lines)
        and page.title_index < j
        and d.is_image_credit(page.lines[j])
        and (foreign or foreign_script_share(page.lines[j], main_script) >= 0.5)
        for j in (page.prev_nonblank(i), page.next_nonblank(i))
    )


def _has_quote_mark(line: str) -> bool:
    return any(map(line.__contains__, '"“”«»'))


def _menu_entry_among_labels(page: Page, i: int) -> bool:
    """A one-word share control over the headline between two section names ("World",
    "Comment", "Business"): the menu's entry for the opinion pages, not a share button."""
    if i > page.title_index or word_count(page.lines[i]) != 1:
        return False
    above, below = page.prev_nonblank(i), page.next_nonblank(i)
    return (
        above >= 0
        and below < page.title_index
        and all(
            d.is_label(page.lines[k]) and not d.is_share_row(page.lines[k]) for k in (above, below)
        )
    )


_MENU_LINK_MAX_WORDS = 2
_READER_REASON = "feed reader controls"
_CHROME_ABOVE_TITLE = frozenset(
    {
        "footer",
        "skip link",
        "audio player",
        "site promotion",
        "app promotion",
        "messaging channel promotion",
        "link to the translated article",
        _READER_REASON,
    }
)
# Furniture that may read as a sentence, so it is looked for before the prose test. With the
# most words each detector allows, so that most paragraphs, longer than that, skip the call.
_TIME_REASON = "live post timestamp"
_NOTICE_DETECTORS = (
    (d.is_release_notice, "press release notice", d.RELEASE_NOTICE_MAX_WORDS),
    (d.is_publisher_notice, "publisher notice", d.PUBLISHER_NOTICE_MAX_WORDS),
    (d.is_archive_notice, "publisher notice", d.ARCHIVE_NOTICE_MAX_WORDS),
    (d.is_page_updated, "footer", d.PAGE_UPDATED_MAX_WORDS),
    (d.is_print_edition_note, "print edition note", d.PRINT_EDITION_MAX_WORDS),
    (d.is_access_notice, "site notice", d.ACCESS_NOTICE_MAX_WORDS),
    (d.is_typo_prompt, "page chrome", d.TYPO_PROMPT_MAX_WORDS),
    (d.is_copyright_notice, "footer", d.COPYRIGHT_NOTICE_MAX_WORDS),
    (d.is_reuse_notice, "footer", d.REUSE_NOTICE_MAX_WORDS),
    (d.is_media_registration, "footer", d.MEDIA_REGISTRATION_MAX_WORDS),
    (d.is_age_rating, "footer", 1),
    (d.is_email_footer, "footer", d.EMAIL_FOOTER_MAX_WORDS),
    (d.is_land_acknowledgement, "footer", d.LAND_ACKNOWLEDGEMENT_MAX_WORDS),
    (lb.CITATION_LINE_RE.match, "citation box", math.inf),
    (d.is_coverage_promo, "link to other coverage", d.COVERAGE_PROMO_MAX_WORDS),
    (d.is_site_promo, "site promotion", d.SITE_PROMO_MAX_WORDS),
    (d.is_reader_prompt, "site promotion", d.READER_PROMPT_MAX_WORDS),
    (d.is_aggregator_follow, "site promotion", d.CHANNEL_PROMO_MAX_WORDS),
    (d.is_channel_promo, "messaging channel promotion", d.CHANNEL_PROMO_MAX_WORDS),
    (d.is_original_title, "original title", d.ORIGINAL_TITLE_MAX_WORDS),
    (d.is_feed_footer, "link to the original article", d.FEED_FOOTER_MAX_WORDS),
    (d.is_upgrade_prompt, "site promotion", d.UPGRADE_PROMPT_MAX_WORDS),
    (d.is_video_player_notice, "embedded media", d.VIDEO_PLAYER_NOTICE_MAX_WORDS),
    (d.is_noscript_notice, "page chrome", d.NOSCRIPT_NOTICE_MAX_WORDS),
    (d.is_transcript_end, "transcript end marker", d.TRANSCRIPT_END_MAX_WORDS),
    (d.is_timestamp, _TIME_REASON, math.inf),
    (d.is_comments_closed, "comments section", d.COMMENTS_CLOSED_MAX_WORDS),
    (d.is_reporting_restrictions, "legal notice", d.REPORTING_RESTRICTIONS_MAX_WORDS),
    (d.is_comment_policy, "comments section", d.COMMENT_POLICY_MAX_WORDS),
)
_LINE_DETECTORS = (
    (d.is_engagement_count, "engagement counts"),
    (d.is_separator_line, "separator"),
    (d.is_wire_note, "note to editors"),
    (d.is_media_timestamp, "transcript time code"),
    (d.is_player_control, "audio player"),
    (d.is_show_line, "programme credit"),
    (d.is_caption_control, "image caption or credit"),
    (d.is_logo_alt, "image caption or credit"),
    (d.is_reader_control, _READER_REASON),
    (d.is_printed_address, "printed article address"),
    (d.is_market_quote, "market data"),
    (d.is_rate_ticker, "market data"),
    (d.is_weather_widget, "weather widget"),
    (d.is_download_link, "file download link"),
    (d.is_jump_line, "print jump lines"),
    (d.is_print_column, "print column number"),
    (d.is_labelled_ad, "advertisement"),
    (d.is_sponsor_message, "advertisement"),
    (d.is_see_all_link, "link to more teasers"),
    (d.is_skip_link, "skip link"),
    (d.is_language_link, "link to the translated article"),
    (d.is_article_id, "article number"),
    (d.is_office_byline, "unnamed staff byline"),
    (d.is_author_page_link, "link to the author's page"),
    (d.is_share_row, "share buttons"),
    (d.is_chrome_word, "site navigation"),
    (d.is_ad_marker, "advertisement marker"),
    (d.is_back_to_top, "back-to-top link"),
    (d.is_list_position_marker, "page chrome"),
    (d.is_post_chrome, "page chrome"),
    (d.is_access_badge, "paywall notice"),
    (d.is_follow_prompt, "social links"),
    (d.is_follow_button, "follow button"),
    (d.is_new_tab_link, "page chrome"),
    (d.is_media_embed, "embedded media"),
    (d.is_media_link, "embedded media"),
    (d.is_email_link, "email web-view and forward links"),
    (d.is_cookie_notice, "cookie banner"),
    (d.is_paywall, "paywall notice"),
    # No newsletter pitch here: _claim_lines claims those before it asks _single_line_reason.
    (d.is_language_choice, "footer"),
    # Before the copyright: a photo agency's "© Getty Images / Name" credits an image.
    (d.is_image_credit, "image caption or credit"),
    (d.is_copyright, "footer"),
    (d.is_footer_link, "footer"),
    (d.is_footer_row, "footer"),
    (d.is_menu_row, "site navigation"),
)


def _openers(detector) -> frozenset[str] | None:
    """The ASCII characters a line that ``detector`` accepts may open with (None: any)."""
    pattern = getattr(detector, "__self__", None)
    if isinstance(pattern, re.Pattern) and detector == pattern.match:
        return opening_characters(pattern)
    return getattr(detector, "openers", None)


def _by_opener(detectors: tuple[tuple, ...]) -> dict[str, tuple[tuple, ...]]:
    """For each printable ASCII character, the ``detectors`` entries (detector first) that can
    accept a line opening with it, in their order: the first to accept a line is the same,
    and most lines skip most detectors without a call. A line opening with another character
    is asked of them all."""
    openers = [_openers(entry[0]) for entry in detectors]
    return {
        c: tuple(
            entry
            for entry, opening in zip(detectors, openers, strict=True)
            if opening is None or c in opening
        )
        for c in ASCII_OPENERS
    }


# Each word limit of the notice detectors, in order (the last is infinite): a line of n words
# is within the limits from the first at least n on.
_NOTICE_LIMITS = sorted({most_words for _, _, most_words in _NOTICE_DETECTORS})


def _by_limit(entries: tuple[tuple, ...]) -> list[tuple[tuple, ...]]:
    """For each of ``_NOTICE_LIMITS``, the (detector, reason) of the ``entries`` that allow
    that many words, in their order: a paragraph, over most limits, skips most detectors
    without even a comparison."""
    return [
        tuple((detector, reason) for detector, reason, most in entries if most >= limit)
        for limit in _NOTICE_LIMITS
    ]


_ALL_NOTICES = _by_limit(_NOTICE_DETECTORS)
_NOTICES_BY_OPENER = {c: _by_limit(entries) for c, entries in _by_opener(_NOTICE_DETECTORS).items()}
_LINES_BY_OPENER = _by_opener(_LINE_DETECTORS)
