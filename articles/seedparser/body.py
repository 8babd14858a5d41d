"""Header, body and tail: what the lines no detector claimed are, and the final assembly.

The body runs from the first to the last line of running text. Before it, short lines are
labels, bare bylines and dates; after it, nothing is article text any more, so anything left is
discarded. Inside it, lines are paragraphs, headings, lists and pull quotes.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import methodcaller

from . import detectors as d
from . import labels as lb
from .claims import names_site_category, names_story_subject
from .dates import date_line, is_relative_time
from .model import SeedParseError
from .page import Page
from .people import (
    JOB_WORDS_RE,
    agency_byline,
    bare_byline,
    is_country,
    is_person_name,
    is_section_name,
    names_speaker,
    same_person,
    speaker_turn,
    split_names,
)
from .quotes import MIN_INLINE_WORDS, SPEECH_VERB_RE, bare_quote_line
from .text import (
    capital_ratio,
    casefolded,
    ends_sentence,
    is_prose,
    same_text,
    text_key,
    word_count,
)

_META_KINDS = ("meta", "bio")
# A lead-in ends with a colon, the full-width one in Chinese and Japanese ("主要共识包括：").
_COLONS = (":", "：")


# A newsletter's item under its rubric in capitals ("HAPPY BIRTHDAY: Sen. Priya Menon …"),
# text however many names it lists.
_RUBRIC_RE = re.compile(r"^[A-Z][A-Z'’ -]{3,40}(?::|\s[—–])\s+\S")
_RUBRIC_ITEM_MIN_WORDS = 8


def _is_content(line: str) -> bool:
    if is_prose(line) or d.is_footnote(line) or d.is_life_dates(line):
        return True
    if (
        line[:2].isupper()
        and _RUBRIC_RE.match(line)
        and ends_sentence(line)
        and word_count(line) >= _RUBRIC_ITEM_MIN_WORDS
    ):
        return True
    if line.endswith(_COLONS) and word_count(line) >= 5 and capital_ratio(line) < 0.8:
        return True
    return ends_sentence(line) and word_count(line) >= 4 and capital_ratio(line) < 0.8


def _is_dek(line: str, *, under_title: bool = False) -> bool:
    """A standfirst: eight words or more, in sentence case unless right under the headline
    (a magazine capitalises its dek like its headline)."""
    return (
        word_count(line) >= 8
        and (under_title or capital_ratio(line) < 0.6)
        and not d.LIST_ITEM_RE.match(line)
    )


def classify_zones(page: Page) -> None:
    lines, claims = page.lines, page.claims
    # page.free(i) without the call, on every line: line is lines[i], and i is in range.
    content = [
        i
        for i, line in enumerate(lines)
        if (claims[i] is None and line and _is_content(line))
        or (claims[i] and claims[i].kind in ("quote", "table"))
    ]
    content = [i for i in content if i > page.title_index]
    if not content:
        raise SeedParseError("no article body: no running text after the title")
    content = _before_footer(page, content)
    first, last = content[0], content[-1]
    last = _list_end(page, _sources_end(page, _signature_end(page, _closing_words_end(page, last))))
    if page.toc:
        # The first listed section may open the body before any running text does.
        first = next(
            (
                i
                for i in range(page.title_index + 1, first)
                if page.free(i) and page.in_toc(page.lines[i])
            ),
            first,
        )
    first = _summary_box_start(page, first)
    first = _first_heading(page, first)
    page.speakers = _debate_speakers(page, last)
    if page.speakers:
        first = _first_turn(page, first)
    top_end = first
    later = [i for i in content if i > first]
    if (
        later
        and page.claims[first] is None
        and _is_content(lines[first])
        and _has_meta_between(page, first, later[0])
        and not _dek_over_header(page, first)
    ):
        page.standfirst = lines[first]
        top_end = _first_heading(page, later[0])
    _classify_top(page, top_end, skip=first if page.standfirst else None)
    _classify_body(page, first, last)
    _classify_tail(page, last)


def _debate_speakers(page: Page, last: int) -> frozenset[str]:
    """The people a debate record's speaker lines name ("The Minister for Europe (Sarah
    Whitcombe)"), so that their later turns, printed with the name alone, are known too."""
    lines = page.lines
    # The bracket is looked for in C, over all lines at once: most pages have no such line.
    closing = compress(range(len(lines)), map(_ENDS_WITH_BRACKET, lines))
    return frozenset(
        name for i in closing if page.title_index < i <= last and (name := speaker_turn(lines[i]))
    )


_ENDS_WITH_BRACKET = methodcaller("endswith", ")")


_FORMULA_MAX_WORDS = 8


def _first_turn(page: Page, first: int) -> int:
    """The speaker line over the record's first speech, with the formula that opens a motion
    ("I beg to move,") between them: the record starts there, not at the motion's text."""
    j = page.prev_nonblank(first)
    if page.free(j) and _is_formula(page.lines[j]):
        j = page.prev_nonblank(j)
    if j > page.title_index and page.free(j) and speaker_turn(page.lines[j]):
        return j
    return first


def _is_formula(line: str) -> bool:
    """A short line ending in a comma that the paragraph under it completes ("I beg to
    move,", "Resolved,", "Dear Sir,")."""
    return line[-1:] == "," and word_count(line) <= _FORMULA_MAX_WORDS and line[:1].isupper()


def _is_turn(page: Page, i: int) -> bool:
    line = page.lines[i]
    return bool(speaker_turn(line)) or names_speaker(line, page.speakers)


def _dek_over_header(page: Page, first: int) -> bool:
    """Whether a standfirst already sits over the byline or date lines above ``first``: then
    ``first`` opens the body (a live page's pinned post, with a time stamp under it), not a
    second standfirst."""
    header_seen = False
    for i in range(first - 1, page.title_index, -1):
        line = page.lines[i]
        if not line:
            continue
        claim = page.claims[i]
        if claim and claim.kind == "meta" or page.free(i) and _header_line(page, i):
            header_seen = True
        elif header_seen and page.free(i) and _is_dek(line):
            return True
    return False


def _first_heading(page: Page, first: int) -> int:
    """A headline-shaped line right over the first paragraph, with the standfirst above it
    and header lines (byline, dates, time stamps) between them, is the body's first heading
    (a live post's headline, say), not a second standfirst."""
    j = page.prev_nonblank(first)
    if j <= page.title_index or not page.free(j) or not d.is_heading_like(page.lines[j]):
        return first
    if _header_line(page, j):
        return first
    header_seen = False
    for k in range(j - 1, page.title_index, -1):
        if not page.lines[k]:
            continue
        if not page.free(k) or _header_line(page, k):
            header_seen = True
        elif header_seen and (_is_content(page.lines[k]) or _is_dek(page.lines[k])):
            return j
        else:
            return first
    return first


def _header_line(page: Page, i: int) -> bool:
    line = page.lines[i]
    return bool(date_line(line) or bare_byline(line) or d.is_label(line))


def _list_end(page: Page, last: int) -> int:
    """A list whose first items are running text ends with the list: its last items (endnotes
    that are bare references) are not page furniture after the article."""
    while d.LIST_ITEM_RE.match(page.lines[last]):
        j = page.next_nonblank(last)
        if j >= len(page.lines) or not page.free(j) or not d.LIST_ITEM_RE.match(page.lines[j]):
            break
        last = j
    return last


# A speech's or letter's last words, too short to read as running text; "Thanks for
# reading" speaks for the site and is not among them.
_CLOSING_WORDS_RE = re.compile(
    r"(?i)^(?:thank\s+you(?:\s+(?:all|everyone|very\s+much|so\s+much))?|"
    r"thanks(?:\s+(?:all|everyone))?|god\s+bless(?:\s+\w+){0,2})[.!]$"
)


def _closing_words_end(page: Page, last: int) -> int:
    """ "Thank you." right under the last paragraph closes the text."""
    following = page.next_nonblank(last)
    if (
        following < len(page.lines)
        and page.free(following)
        and _CLOSING_WORDS_RE.match(page.lines[following])
    ):
        return following
    return last


def _signature_end(page: Page, last: int) -> int:
    """The last letter's signature under the text ends the body."""
    following = page.next_nonblank(last)
    if (
        following < len(page.lines)
        and page.free(following)
        and _signs_a_letter(page, following, page.lines[following])
    ):
        return following
    return last


def _sources_end(page: Page, last: int) -> int:
    """A "Sources" label over a list, right after the text, is the article's: it ends with
    the list's first item, which `_list_end` carries on to the last."""
    label = page.next_nonblank(last)
    # A wiki prints its related news between the text and the sources.
    while label < len(page.lines) and (claim := page.claims[label]) and claim.kind == "related":
        label = page.next_nonblank(label)
    if label >= len(page.lines) or not page.free(label):
        return last
    if not lb.SOURCES_LABEL_RE.match(page.lines[label]):
        return last
    item = page.next_nonblank(label)
    if item < len(page.lines) and page.free(item) and d.LIST_ITEM_RE.match(page.lines[item]):
        return item
    return last


def _summary_box_start(page: Page, first: int) -> int:
    """A "Key points:" box over a bullet list between the byline and the running text is
    article content: the body opens with it."""
    for i in range(page.title_index + 1, first):
        if page.free(i) and _summary_label(page, i):
            return i
    return first


def _summary_label(page: Page, i: int) -> bool:
    # Asked of every body line: the label comes first, and only a label's next line is sought.
    if not lb.SUMMARY_LABEL_RE.match(page.lines[i]):
        return False
    following = page.next_nonblank(i)
    return following < len(page.lines) and bool(d.LIST_ITEM_RE.match(page.lines[following]))


def _before_footer(page: Page, content: list[int]) -> list[int]:
    """Running text below the site footer ("Terms of Use", "Privacy" …) is a site-wide notice,
    not the article: the body ends at the last content line above two footer links."""
    footer_links = 0
    kept = content[:1]
    for previous, i in zip(content, content[1:], strict=False):
        footer_links += sum(
            1
            for j in range(previous + 1, i)
            if page.lines[j] and page.claimed(j) and d.is_footer_link(page.lines[j])
        )
        if footer_links >= 2:
            break
        kept.append(i)
    return kept


def _has_meta_between(page: Page, start: int, end: int) -> bool:
    for i in range(start + 1, end):
        claim = page.claims[i]
        if claim and claim.kind == "meta":
            return True
        if page.free(i) and (bare_byline(page.lines[i]) or date_line(page.lines[i])):
            return True
    return False


def _over_title(page: Page) -> int:
    """The line over the headline, past the story's number that agencies print between the
    two ("News ID: 85917342"), and past the section's follow button ("+ FOLLOW")."""
    i = page.prev_nonblank(page.title_index)
    while i >= 0 and (d.is_article_id(page.lines[i]) or d.is_follow_button(page.lines[i])):
        i = page.prev_nonblank(i)
    return i


def _classify_top(page: Page, end: int, skip: int | None) -> None:
    """Lines around the title: breadcrumbs, labels, a bare byline and a bare date."""
    labels: list[tuple[int, str]] = []
    over_title = right_over_title = _over_title(page)
    if over_title >= 0 and page.free(over_title) and _claim_writer_over_title(page, over_title):
        over_title = right_over_title = page.prev_nonblank(over_title)  # the section's place
    if over_title >= 0 and (
        d.is_status_badge(page.lines[over_title]) or d.is_access_badge(page.lines[over_title])
    ):
        over_title = page.prev_nonblank(over_title)  # the section sits over the badge
    elif over_title >= 0 and (
        d.is_genre_label(page.lines[over_title]) or date_line(page.lines[over_title])
    ):
        above = page.prev_nonblank(over_title)
        # …or over the genre or the date ("News Release" over "April 9, 2025"), unless that is
        # the page's first line: the site's name.
        if above > page.next_nonblank(-1):
            over_title = above
    following_title = page.next_nonblank(page.title_index)
    for i in range(0, end):
        if i == skip or not page.free(i):
            continue
        line = page.lines[i]
        if i == right_over_title and (stamped := d.stamped_label(line)):
            labels.append((i, stamped))
            continue
        crumbs = d.breadcrumb_parts(line)
        dl = date_line(line)
        names = (bare_byline(line) or agency_byline(line)) if i > page.title_index else None
        following = page.next_nonblank(i)
        if (
            lb.SUMMARY_LABEL_RE.match(line)
            and following < len(page.lines)
            and d.LIST_ITEM_RE.match(page.lines[following])
        ):
            page.claim(i, "heading")
        elif crumbs:
            if same_text(crumbs[-1], page.title) and len(crumbs) > 2:
                crumbs = crumbs[:-1]
            page.crumbs.append((i, crumbs[-1]))
            page.claim(i, "meta", "breadcrumbs")
        elif i < over_title and _parent_crumb(page, i, over_title):
            page.claim(i, "discard", "breadcrumb")
        elif dl and (i > page.title_index or i == right_over_title):
            page.dates.append((i, dl))
            page.claim(i, "meta", "date")
        elif dl:
            # A masthead shows today's date, not the article's.
            page.claim(i, "discard", "site navigation")
        elif names:
            page.add_byline(names, line)
            page.claim(i, "meta", "byline")
        elif i > page.title_index and _job_under_byline(page, i):
            page.claim(i, "discard", "author's job title")
        elif d.is_label(line) and (
            i > page.title_index
            or i == right_over_title
            or (
                i == over_title
                # the badge between the section and the headline may be claimed already
                and (page.free(page.next_nonblank(i)) or page.next_nonblank(i) == right_over_title)
            )
        ):
            # "News|Business and Economy": a path, whose last part is the section; "Explainer
            # · Public finance": the genre, then the section.
            labels.append(
                (
                    i,
                    d.genre_and_section(line)
                    or _section_of_site(page, i, line)
                    or line.rsplit("|", 1)[-1].strip()
                    or line,
                )
            )
        elif i > page.title_index and (
            _is_content(line) or _is_dek(line, under_title=following_title == i)
        ):
            # A summary line between the title and the body is a standfirst even unpunctuated.
            page.claim(i, "paragraph")
            page.standfirst = page.standfirst or line
        elif i > page.title_index and _in_toolbar(page, i):
            page.claim(i, "discard", "share buttons")
        else:
            page.claim(i, "discard", "site navigation" if i < page.title_index else "page chrome")
    _choose_section(page, labels)


_SECTION_SITE_RE = re.compile(r"^(?P<section>\S.{0,40}?)\s[–—-]\s(?P<site>\S.{1,60})$")


def _section_of_site(page: Page, i: int, line: str) -> str | None:
    """The section of a category feed's name, "Environment – The Tidewater Ledger": the
    section, then the site, named by the logo over it ("The Tidewater Ledger favicon") or by
    the browser title."""
    if " – " not in line and " — " not in line and " - " not in line:
        return None
    match = _SECTION_SITE_RE.match(line)
    if not match:
        return None
    site = match["site"]
    above = page.prev_nonblank(i)
    logo = (
        above >= 0 and page.lines[above].startswith(site + " ") and d.is_logo_alt(page.lines[above])
    )
    return match["section"] if logo or page.names_site(site) else None


def _in_toolbar(page: Page, i: int) -> bool:
    """A link naming the article itself printed with its share buttons ("View all <headline>
    debates" over "Download text", "Share this debate"): one of the article's tools, listed
    with them."""
    line = page.lines[i]
    if len(line) <= len(page.title) or page.title not in line or ends_sentence(line):
        return False
    return any(
        0 <= j < len(page.lines)
        and (claim := page.claims[j]) is not None
        and claim.reason == "share buttons"
        for j in (page.prev_nonblank(i), page.next_nonblank(i))
    )


def _parent_crumb(page: Page, i: int, section: int) -> bool:
    """A label right over the section's, under a menu that lists it ("Hong Kong" over
    "Transport", under a menu with "Hong Kong" in it): the breadcrumb's first crumb, printed
    apart from the menu."""
    line = page.lines[i]
    return (
        page.next_nonblank(i) == section
        and d.is_label(line)
        and d.is_label(page.lines[section])
        and not same_text(line, page.lines[section])
        and any(same_text(line, page.lines[k]) for k in range(i))
    )


_JOB_TITLE_MAX_WORDS = 6


def _job_under_byline(page: Page, i: int) -> bool:
    """A line naming a job right under the byline ("Senior Correspondent", "Dziennikarz
    działu Kraj") is the author's job title: no section label, though it may name a desk."""
    line, above = page.lines[i], page.prev_nonblank(i)
    claim = page.claims[above] if above >= 0 else None
    return (
        bool(claim and claim.kind == "meta" and claim.reason == "byline")
        and word_count(line) <= _JOB_TITLE_MAX_WORDS
        and not ends_sentence(line)
        and bool(JOB_WORDS_RE.search(line) or _DESK_AND_PLACE_RE.match(line))
    )


# The newsroom an author files for and where from: "BBC News, Nairobi", "BBC World Service,
# Lagos", "Al Jazeera Digital, Doha".
_DESK_AND_PLACE_RE = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){1,3}(?:News|Newsroom|Service|Radio|TV|Television|Online|Digital|"
    r"Verify)\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$"
)


_HOME_LINK_RE = re.compile(
    r"(?i)^(?:home(?:\s*page)?|homepage|front\s+page|startseite|accueil|inicio|início|portada|"
    r"voorpagina|strona\s+główna|главная)$"
)
_MIN_MENU_ENTRIES = 3
# A run from the top of the page into the headline with no Home link: a menu from this many.
_MIN_BARE_MENU_ENTRIES = 4


def _menu_over_title(page: Page) -> set[int]:
    """A site menu printed right above the headline: a run of short lines that opens with
    the Home link and runs unbroken into the headline, with three or more section names under
    it, or that runs from the top of the page with four or more. Its last entry sits where a
    section label would, but it is the menu's; only when that entry repeats or narrows one
    above it is it the article's section printed under the menu."""
    run: list[int] = []
    j = page.prev_nonblank(page.title_index)
    while j >= 0:
        line, claim = page.lines[j], page.claims[j]
        if _HOME_LINK_RE.match(line):
            break
        navigation = claim is None or claim.reason == "site navigation"
        if not (navigation and d.is_label(line)):
            if _under_masthead(page, run, j):
                break
            return set()
        run.append(j)
        j = page.prev_nonblank(j)
    entries = [k for k in run if not d.is_chrome_word(page.lines[k])]
    if len(entries) < (_MIN_BARE_MENU_ENTRIES if j < 0 else _MIN_MENU_ENTRIES) and not (
        _under_masthead(page, run, j)
    ):
        return set()
    # Under the menu, a genre label ("Analysis") may sit between the section and the headline.
    first = next((n for n, k in enumerate(run[:-1]) if not _badge_or_genre(page.lines[k])), 0)
    nearest = page.lines[run[first]]
    if any(_same_or_narrower(nearest, page.lines[k]) for k in run[first + 1 :]):
        return set()
    if first + 1 < len(run) and d.is_chrome_word(page.lines[run[first + 1]]):
        return set()  # the menu bar ends at its Search or Menu button: the label under it is apart
    if names_story_subject(page, nearest) or names_site_category(page, nearest):
        return set()
    return set(run)


# A label under a longer menu is printed apart from it: the section the menu highlights
# ("… Opinion" over "Letters").
_SHORT_MENU_ENTRIES = 3


def _under_masthead(page: Page, run: list[int], j: int) -> bool:
    """A run of three short lines stacked over the headline right under the masthead ("The
    Gulf Courier" over "News", "Opinion", "Podcasts"): the site's whole menu, whose last
    entry is no section label, even without a Home link. The run's top line is the site's
    name when it is one of the page's first two (a motto or a skip link may open the page);
    a section and its subsection under the name ("World", "Asia") are two entries only, and
    a path ("News|Business and Economy") is the section's label."""
    if not run:
        return False
    # The page's first two lines: the most a masthead prints over its menu.
    first = page.next_nonblank(-1)
    second = page.next_nonblank(first)
    if j > second:
        return False
    top = run[-1]
    if top <= second and not d.is_chrome_word(page.lines[top]):
        run = run[:-1]  # the site's name
    entries = [k for k in run if not _menu_control(page.lines[k])]
    if not _MIN_MENU_ENTRIES <= len(entries) <= _SHORT_MENU_ENTRIES:
        return False
    if any(_PATH_MARK_RE.search(page.lines[k]) for k in entries):
        return False
    if any(_names_place(page.lines[k]) for k in entries):
        return False  # "News", "World", "Asia": a path narrowing to a place, not a menu
    return not any(is_prose(page.lines[k]) for k in (first, second) if k <= j)


# The world and its regions, as sections name them.
_PLACE_SECTIONS = frozenset(
    """world africa asia europe americas america oceania pacific arctic antarctica caribbean
    balkans caucasus gulf levant maghreb sahel""".split()
)
_PLACE_WORDS_RE = re.compile(
    r"(?i)\b(?:middle\s+east|latin\s+america|north\s+america|south\s+america|central\s+asia|"
    r"south(?:east)?\s+asia|east\s+asia|asia[- ]pacific|indo[- ]pacific|eastern\s+europe|"
    r"sub-saharan\s+africa|north\s+africa|west\s+africa|east\s+africa)\b"
)


def _names_place(line: str) -> bool:
    """A section named for a place: the world, a region or a country ("World", "Middle
    East", "Ukraine")."""
    return (
        casefolded(line) in _PLACE_SECTIONS
        or is_country(line)
        or _PLACE_WORDS_RE.search(line) is not None
    )


_PATH_MARK_RE = re.compile(r"[|·•›»>/]")
# A chrome word that is also a menu's section ("News"), which the controls are not.
_SECTION_CHROME = frozenset(("news",))


def _menu_control(line: str) -> bool:
    """A control printed with the menu ("Menu", "Search", "Sign in"), which is none of its
    sections."""
    return d.is_chrome_word(line) and casefolded(line) not in _SECTION_CHROME


def _badge_or_genre(line: str) -> bool:
    """What may sit between the section and the headline: a genre ("Analysis") or a badge
    ("Live", "Premium")."""
    return d.is_genre_label(line) or d.is_status_badge(line) or d.is_access_badge(line)


def _same_or_narrower(label: str, entry: str) -> bool:
    """Whether a label under a menu repeats one of its entries, or narrows it ("Local News"
    under "News"): the article's section, printed under the menu."""
    if same_text(label, entry):
        return True
    words = {w for w in casefolded(label).split() if len(w) >= 3}
    return casefolded(entry) in words


def _menu_label_by_date(page: Page) -> list[tuple[int, str]]:
    """The section printed beside the story's date under the headline ("City · Saturday,
    October 18, 2025"), when it is an entry of the menu above the headline."""
    for i, _ in page.dates:
        label = d.dated_label(page.lines[i]) if i > page.title_index else None
        if label and any(same_text(label, page.lines[k]) for k in range(page.title_index)):
            return [(i, label)]
    return []


def _choose_section(page: Page, labels: list[tuple[int, str]]) -> None:
    """The label nearest the title is the section; a genre label yields to a breadcrumb, and
    the site's name repeated over the headline (the page's first line again, or the name in the
    browser title) is no section."""
    top = page.next_nonblank(-1)
    site = page.lines[top] if top < len(page.lines) else ""
    menu = _menu_over_title(page)
    eligible = [
        item
        for item in labels
        if item[0] not in menu
        and not (page.crumbs and d.is_genre_label(item[1]))
        and not (item[0] > top and same_text(item[1], site))
        and not (page.site_name and same_text(item[1], page.site_name))
        and not _names_byline_outlet(page, item[1])
        and not _is_story_agency(page, *item)
        and not _is_dateline(page, *item)
        and not _is_tagline(item[1])
        and not d.is_staff_desk(item[1])
        and not _DOMAIN_RE.match(item[1])
        and casefolded(item[1]) not in _BOX_LABELS
    ]
    eligible = [item for item in eligible if not d.is_status_badge(item[1])]
    # A genre label ("Analysis") under a section's name ("Health") is the weaker of the two.
    if any(not d.is_genre_label(item[1]) for item in eligible):
        eligible = [item for item in eligible if not d.is_genre_label(item[1])]
    nearest = min(eligible, key=lambda item: abs(item[0] - page.title_index), default=None)
    for item in labels:
        if item == nearest:
            page.labels.append(item)
            page.claim(item[0], "meta", "section")
        elif d.is_genre_label(item[1]):
            page.claim(item[0], "discard", "genre label")
        elif _is_dateline(page, *item):
            page.claim(item[0], "discard", "dateline")
        elif _is_story_agency(page, *item):
            page.claim(item[0], "discard", "original publisher logo")
        elif item[0] > page.title_index:
            page.claim(item[0], "discard", "label under the headline")
            _claim_stamp_under_label(page, item[0])
        else:
            page.claim(item[0], "discard", "site navigation")
    if nearest is None:
        # The date's line is claimed already: it gives the section as well.
        page.labels.extend(_menu_label_by_date(page))


def _claim_writer_over_title(page: Page, i: int) -> bool:
    """A columnist's name printed alone over the headline ("Jane Roe" under "Opinion"), which
    the bio closing the piece confirms ("Jane Roe, a former ambassador, is …"): the byline,
    not the section."""
    label = page.lines[i]
    if not page.bios or not is_person_name(label):
        return False
    if not any(bio.name and same_person(label, bio.name) for bio in page.bios):
        return False
    page.add_byline([label], page.lines[i])
    page.claim(i, "meta", "byline")
    return True


def _claim_stamp_under_label(page: Page, label: int) -> None:
    """The "2 hours ago" right under a name under the headline (the outlet an aggregator's
    card credits the story to) is that card's time stamp, read first as a live post's: one
    piece of furniture with the name. A label that reads as the stamp's own ("Published" over
    "2 weeks ago" in a split date row) leaves it alone."""
    j = page.next_nonblank(label)
    claim = page.claims[j] if j < len(page.lines) else None
    if (
        claim
        and claim.reason == "live post timestamp"
        and is_relative_time(page.lines[j])
        and not is_relative_time(page.lines[label] + " " + page.lines[j])
    ):
        page.claim(j, "discard", "label under the headline")


# Labels over the header's boxes (the author card, the funders): never the section.
_BOX_LABELS = frozenset(("author", "authors", "contributors", "partners", "disclosure statement"))


# "lakeshoretribune.com" under the masthead: the site's address, never a section.
_DOMAIN_RE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")


def _is_tagline(label: str) -> bool:
    """The site's motto under its name ("Academic rigour, journalistic flair"): a phrase with a
    comma and lower-case words, where a section's name is a name."""
    return "," in label and capital_ratio(label) < 0.5


def _is_dateline(page: Page, i: int, label: str) -> bool:
    """A city on its own line under the headline, where the story was filed: in capitals
    between the byline and the text ("ANKARA"), or between the byline and the date in any
    case ("ISTANBUL", "Ankara" under "By Elif Karaca"). Not its section."""
    if i <= page.title_index or word_count(label) > _DATELINE_MAX_WORDS:
        return False
    if is_section_name(label):
        return False  # "World", "Foreign Affairs": the section, printed with the byline
    following = page.next_nonblank(i)
    if following >= len(page.lines):
        return False
    line = page.lines[following]
    if label.isupper() and is_prose(line):
        return True
    claim = page.claims[page.prev_nonblank(i)]
    return (
        claim is not None
        and claim.reason == "byline"
        and _place_name(label)
        and bool(date_line(line))
    )


_DATELINE_MAX_WORDS = 3
# The small words inside a place's name ("Rio de Janeiro", "Dar es Salaam").
_PLACE_PARTICLES = frozenset("de da do del des du es el al la le sur am an upon on".split())


def _place_name(label: str) -> bool:
    """Each word capitalised but its particles, and no digits: a place's name, as a section's
    name of several words is not ("Local government")."""
    return not any(map(str.isdigit, label)) and all(
        word[0].isupper() or word in _PLACE_PARTICLES for word in label.replace("-", " ").split()
    )


# "WASHINGTON (MP) — …": a wire story's dateline with the agency's initials.
_AGENCY_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}\((?P<agency>[A-Z]{2,6})\)\s*[—–-]")
_AGENCY_DATELINE_SCAN = 12


def _is_story_agency(page: Page, i: int, label: str) -> bool:
    """A portal prints the logo of the agency whose story it carries under the headline
    ("Meridian Press"): no section, but the name the story's credit line opens with
    ("Meridian Press writer … contributed to this report") or the initials its dateline
    gives ("WASHINGTON (MP) — …")."""
    if i < page.title_index or not d.is_label(label):
        return False
    key = label.casefold() + " "
    if any(credit.casefold().startswith(key) for credit in page.credits):
        return True
    initials = "".join(word[0] for word in label.split() if word[0].isupper())
    if len(initials) < 2:
        return False
    j = i
    for _ in range(_AGENCY_DATELINE_SCAN):
        j = page.next_nonblank(j)
        if j >= len(page.lines):
            return False
        match = _AGENCY_DATELINE_RE.match(page.lines[j])
        if match:
            return match["agency"] == initials
    return False


def _names_byline_outlet(page: Page, label: str) -> bool:
    """Whether a label is the outlet a byline names ("Levant Today" over "By Levant Today
    English"): the site's name printed over the headline, not a section."""
    key = label.casefold()
    return any(name.casefold().startswith(key) for name in page.bylines)


def _list_run(page: Page, start: int, stop: int) -> int:
    """The list items from `start`, all numbered or all bulleted: "2. Who does it apply to?"
    after a bullet list opens the next section."""
    numbered = page.lines[start][:1].isdecimal()
    j = start
    while j <= stop and page.free(j) and d.LIST_ITEM_RE.match(page.lines[j]):
        if page.lines[j][:1].isdecimal() != numbered:
            break
        j += 1
    return j


_NUMBER_RE = re.compile(r"^(\d{1,2})[.)]\s")
_NUMBERED_HEADING_MAX_WORDS = 14


def _numbered_sections(page: Page, first: int, last: int) -> set[int]:
    """Numbered section headings ("1. What is changing?" … "6. Why now?"): short unfinished
    lines numbered 1, 2, 3 … through the body, each over text rather than the next number,
    as an explainer numbers its questions."""
    found: list[int] = []
    for i in range(first, last + 1):
        line = page.lines[i]
        # The pattern before page.free(i): few lines open with a number.
        number = _NUMBER_RE.match(line)
        if not number or not page.free(i) or int(number[1]) != len(found) + 1:
            continue
        item = line[number.end() :].strip()
        following = page.next_nonblank(i)
        if (
            word_count(item) > _NUMBERED_HEADING_MAX_WORDS
            or item[-1:] in ".,;:"
            or following > last
            or _NUMBER_RE.match(page.lines[following])
        ):
            continue
        found.append(i)
    return set(found) if len(found) >= 2 else set()


def _classify_body(page: Page, first: int, last: int) -> None:
    lines = page.lines
    later_lines = {text_key(line) for line in lines[first:] if line}
    for i in _numbered_sections(page, first, last):
        page.claim(i, "heading", data=d.strip_numbering(lines[i]))
    i = first
    faq = False  # under a "Frequently Asked Questions" heading: its questions head the answers
    while i <= last:
        if not page.free(i):
            i += 1
            continue
        line = lines[i]
        if faq and _faq_question(page, i, line, last):
            page.claim(i, "heading")
            i += 1
            continue
        dl = date_line(line)
        if dl and _next_to_byline(page, i):
            # A summary box over the byline opens the body above the article's dates.
            page.dates.append((i, dl))
            page.claim(i, "meta", "date")
            i += 1
            continue
        if d.LIST_ITEM_RE.match(line):
            end = _list_run(page, i, last)
            _classify_list(page, i, end, later_lines)
            i = end
            continue
        if line[-1:] == ";" and (items := _unbulleted_items(page, i, last)):
            end = items[-1] + 1
            page.claim_span(i, end, "consumed")
            page.claim(i, "list", data=[lines[j] for j in items])
            i = end
            continue
        page.claim(i, *_body_line(page, i, line, last))
        if page.claims[i].kind == "heading":
            faq = bool(lb.FAQ_HEADING_RE.match(line)) or faq and line[-1] == "?"
        i += 1


_FAQ_QUESTION_MAX_WORDS = 20


def _faq_question(page: Page, i: int, line: str, last: int) -> bool:
    """A question of a FAQ over its answer: however long, the same shape as the short ones
    taken for headings beside it."""
    return (
        line[-1] == "?"
        and word_count(line) <= _FAQ_QUESTION_MAX_WORDS
        and line[0].isupper()
        and _content_follows(page, i, last)
    )


_UNBULLETED_MIN_ITEMS = 3
_UNBULLETED_ITEM_MAX_WORDS = 40


def _unbulleted_items(page: Page, start: int, last: int) -> list[int]:
    """A list printed without bullets, its items one a line, each but the last ending in a
    semicolon ("a new container terminal at Aktau;" … "reduced port fees from 1 July."): the
    punctuation a list's items take in running text, which paragraphs never end with. Three
    items at least, so that a lone line cut at a semicolon is not one."""
    items: list[int] = []
    j = start
    while j <= last and j < len(page.lines) and page.free(j):
        line = page.lines[j]
        if word_count(line) > _UNBULLETED_ITEM_MAX_WORDS or d.LIST_ITEM_RE.match(line):
            break
        items.append(j)
        if line[-1:] != ";":
            break
        j = page.next_nonblank(j)
    if len(items) < _UNBULLETED_MIN_ITEMS or page.lines[items[-1]][-1:] not in ".;":
        return []
    return items


def _next_to_byline(page: Page, i: int) -> bool:
    """Whether the line is next to the byline, or to a credit printed under it ("By Jane Doe"
    over "Data analysis: John Roe")."""
    for step in (page.prev_nonblank, page.next_nonblank):
        j = step(i)
        claim = page.claims[j] if 0 <= j < len(page.lines) else None
        while claim and claim.kind == "meta" and claim.reason == "credit":
            j = step(j)
            claim = page.claims[j] if 0 <= j < len(page.lines) else None
        if claim and claim.kind == "meta" and claim.reason == "byline":
            return True
    return False


def _is_dialogue(line: str, lead_in: str | None) -> bool:
    """A lone sentence opened by a dash, not under a lead-in ending with a colon: direct
    speech as Nordic, Spanish and Portuguese papers print it ("– Vi beklagar …, säger …"),
    not a one-item list."""
    return (
        line[:1] in "–—"
        and ends_sentence(line)
        and word_count(line) >= _DIALOGUE_MIN_WORDS
        and not (lead_in or "").endswith(_COLONS)
    )


_DIALOGUE_MIN_WORDS = 6


def _classify_list(page: Page, start: int, end: int, later_lines: set[str]) -> None:
    items = [d.LIST_ITEM_RE.match(page.lines[j])["item"] for j in range(start, end)]
    entries = [d.strip_numbering(item) for item in items]
    reappearing = sum(1 for e in entries if text_key(e) in later_lines)
    lead = page.prev_nonblank(start)
    lead_in = page.lines[lead] if lead >= 0 else None
    following = page.next_nonblank(end - 1)
    if (
        end - start == 1
        and d.is_heading_like(items[0])
        and (
            following < len(page.lines)
            and _is_content(page.lines[following])
            or page.toc
            and page.in_toc(entries[0])
        )
    ):
        # A lone numbered line over a paragraph is a numbered heading, not a one-item list.
        page.claim(start, "heading")
    elif end - start == 1 and _is_dialogue(page.lines[start], lead_in):
        page.claim(start, "paragraph")
    elif not page.toc and len(entries) >= 2 and reappearing >= 0.6 * len(entries):
        page.toc = entries
        page.claim_span(start, end, "toc")
    elif d.is_injected_link_list(items, lead_in):
        page.claim_span(start, end, "discard", "injected link list")
    else:
        page.claim_span(start, end, "consumed")
        page.claim(start, "list", data=items)


# "Local angle:", "What happens next:": a subheading printed with its colon. "He said:" over
# a quotation is a sentence going on, and a line over a list introduces the list.
_LABEL_HEADING_RE = re.compile(r"^[A-Z][\w'’ -]{2,40}:$")
_LABEL_HEADING_MAX_WORDS = 5


def _is_label_heading(line: str) -> bool:
    return (
        word_count(line) <= _LABEL_HEADING_MAX_WORDS
        and bool(_LABEL_HEADING_RE.match(line))
        and not SPEECH_VERB_RE.search(line)
    )


# "Bronnen:", "Källa:": the colon of a source line's label comes within its first characters.
_SOURCE_LABEL_END = 9


def _body_line(page: Page, i: int, line: str, last: int) -> tuple[str, str]:
    markdown = lb.MARKDOWN_HEADING_RE.match(line)
    if markdown or _summary_label(page, i):
        return "heading", ""
    if date_line(line) and word_count(line) <= 8:
        return "discard", "stray date"
    if page.toc and page.in_toc(line):
        return "heading", ""
    quoted = bare_quote_line(line)
    if quoted:
        return ("heading" if _quoted_heading(page, i, quoted, last) else "barequote"), ""
    if (
        _signs_a_letter(page, i, line)
        or i == last
        and _CLOSING_WORDS_RE.match(line)
        or line.find(":", 0, _SOURCE_LABEL_END) > 0
        and lb.SOURCE_LINE_RE.match(line)
    ):
        return "paragraph", ""
    if page.speakers and (_is_turn(page, i) or _is_turn(page, max(page.prev_nonblank(i), 0))):
        return "paragraph", ""  # a speaker line, and the speech under it however short
    if line[-1:] == "," and _is_formula(line) and _content_follows(page, i, last):
        return "paragraph", ""
    if d.is_heading_like(line) and _content_follows(page, i, last):
        return "heading", ""
    if (
        _is_label_heading(line)
        and _content_follows(page, i, last)
        and not _introduces_list(page, i, last)
    ):
        return "heading", ""
    if _is_content(line) or d.is_qa_line(line):
        return "paragraph", ""
    if word_count(line) >= 6 and capital_ratio(line) < 0.6:
        return "paragraph", ""
    if _introduces_list(page, i, last):
        return "paragraph", ""
    return "discard", "stray page furniture"


def _quoted_heading(page: Page, i: int, quoted: str, last: int) -> bool:
    """A section heading that quotes someone («Зачистка поля», “A clean sweep”) over the
    text: a quotation of fewer words than any listed quote, unfinished, and text follows."""
    return (
        word_count(quoted) < MIN_INLINE_WORDS
        and not ends_sentence(quoted)
        and _content_follows(page, i, last)
    )


_SIGNATURE_RE = re.compile(
    r"^(?P<names>[^,]{3,60}),\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$"
)


def _signs_a_letter(page: Page, i: int, line: str) -> bool:
    """A reader's letter signed under its text ("Margaret Ellison, Kettlewell"): the
    letter's last line, not the heading of what follows."""
    # Neither the names nor the place has a comma: a line with another one is no signature.
    match = _SIGNATURE_RE.match(line) if line.count(",") == 1 else None
    names = split_names(match["names"], min_tokens=1) if match else None
    if not names or all(len(name.split()) < 2 for name in names):  # "Ann and Colin Baxter"
        return False
    above = page.prev_nonblank(i)
    return above > page.title_index and ends_sentence(page.lines[above])


def _introduces_list(page: Page, i: int, last: int) -> bool:
    """A short line ending in a colon right above a list ("Funding for this round:") is the
    list's lead-in, a sentence of the article however short."""
    line = page.lines[i]
    if not line.endswith(_COLONS) or word_count(line) < 2 or word_count(line) > 30:
        return False
    j = page.next_nonblank(i)
    return j <= last and j < len(page.lines) and bool(d.LIST_ITEM_RE.match(page.lines[j]))


_IN_TEXT_FURNITURE = frozenset(
    {"transcript time code", "advertisement marker", "credit", "PDF running header or footer"}
)
_FURNITURE_SKIP = 3


def _content_follows(page: Page, i: int, last: int) -> bool:
    """Whether text follows a heading-shaped line, looking past a note on the text ("This
    transcript was generated automatically"), a time code or an ad slot under the heading."""
    j = page.next_nonblank(i)
    for _ in range(_FURNITURE_SKIP):
        claim = page.claims[j] if j < len(page.lines) else None
        if not (claim and claim.reason in _IN_TEXT_FURNITURE and j < last):
            break
        j = page.next_nonblank(j)
    if j > last or j >= len(page.lines):
        return False
    claim = page.claims[j]
    if claim:
        return claim.kind in ("quote", "table", "caption", "paragraph")
    line = page.lines[j]
    return (
        _is_content(line)
        or bool(d.LIST_ITEM_RE.match(line))
        or line[-1:] == ";"
        and bool(_unbulleted_items(page, j, last))
        or d.is_heading_like(line)
        or _introduces_list(page, j, last)  # "To the Government of Kazakhstan:" over a list
    )


def _classify_tail(page: Page, last: int) -> None:
    """After the last paragraph nothing is article text; keep only lists introduced by ":"."""
    _closing_byline(page, last)
    for i in range(last + 1, len(page.lines)):
        claim = page.claims[i]
        if claim and claim.reason == "site navigation":
            claim.reason = "footer"
        if not page.free(i):
            continue
        line = page.lines[i]
        if d.LIST_ITEM_RE.match(line) and page.lines[page.prev_nonblank(i)].endswith(_COLONS):
            end = _list_run(page, i, len(page.lines) - 1)
            _classify_list(page, i, end, set())
            continue
        if d.is_editors_initials(line):
            page.claim(i, "discard", "editors' initials")
        elif (d.is_image_credit(line) or d.is_source_caption(line)) and not _is_site_tagline(
            page, line
        ):
            # "NRB – Norsk Radio og Bilde AS" ends like a caption's source, but the site's
            # name opens it: the footer's masthead, which _join_footer gives the footer.
            page.claim(i, "discard", "image caption or credit")
        elif _WEBSITE_LINK_RE.match(line) and _follows_share_row(page, i):
            page.claim(i, "discard", "share buttons")
        else:
            page.claim(i, "discard", "page furniture after the article")
    _join_document_list(page, last)
    _join_follow_row(page, last)
    _join_footer(page, last)


def _closing_byline(page: Page, last: int) -> None:
    """A bare name right under the text, over the credit of the agencies the story draws on
    ("Minh Anh" / "Theo Reuters"): the writer signs at the end, as Vietnamese papers print
    it, when no byline heads the story."""
    i = page.next_nonblank(last)
    if page.bylines or i >= len(page.lines) or not page.free(i):
        return
    credit = page.next_nonblank(i)
    claim = page.claims[credit] if credit < len(page.lines) else None
    if not (claim and claim.kind == "meta" and claim.reason == "credit"):
        return
    names = bare_byline(page.lines[i])
    if names:
        page.add_byline(names, page.lines[i])
        page.claim(i, "meta", "byline")


_FOLLOW_LABEL_RE = re.compile(
    r"^(?:Follow|Find)\s+(?:us|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})$"
)


def _join_follow_row(page: Page, last: int) -> None:
    """ "Follow OCHA" or "Follow us on" over a row of social networks ("X", "Facebook",
    "LinkedIn") after the article: the label of the site's social links, and the row is those
    links rather than share buttons."""
    for i in range(last + 1, len(page.lines)):
        claim = page.claims[i]
        if not claim or not (
            claim.reason == "page furniture after the article"
            and page.lines[i][:1] == "F"
            and _FOLLOW_LABEL_RE.match(page.lines[i])
            # "تابعونا على" ("follow us on"), already the site's social links.
            or claim.reason == "social links"
            and d.is_follow_prompt(page.lines[i])
        ):
            continue
        j = page.next_nonblank(i)
        if j >= len(page.lines) or page.claims[j].reason != "share buttons":
            continue
        claim.reason = "social links"
        while j < len(page.lines) and page.claims[j].reason == "share buttons":
            page.claims[j].reason = "social links"
            j = page.next_nonblank(j)


_DOCUMENT_ENTRY_MAX_WORDS = 20


def _join_document_list(page: Page, last: int) -> None:
    """After the article, the unpunctuated line over a file's download link names the document
    ("Mr. Gordon Feld, President, Tri-County Electric Cooperative" over "Download testimony
    (PDF)"), and a label over the first entry ("Other Witnesses") names the list: one widget of
    documents, not stray lines between links."""
    leftover = "page furniture after the article"
    for i in range(last + 1, len(page.lines)):
        claim = page.claims[i]
        if not claim or claim.reason != "file download link":
            continue
        entry = page.prev_nonblank(i)
        line = page.lines[entry] if entry > last else ""
        if (
            page.claims[entry].reason != leftover
            or word_count(line) > _DOCUMENT_ENTRY_MAX_WORDS
            or ends_sentence(line)
        ):
            continue
        page.claims[entry].reason = claim.reason
        label = page.prev_nonblank(entry)
        if label > last and page.claims[label].reason == leftover and d.is_label(page.lines[label]):
            page.claims[label].reason = claim.reason


# The last icon of a row of social networks: the site's own ("LinkedIn", "Bluesky", "Website").
_WEBSITE_LINK_RE = re.compile(r"(?i)^(?:(?:our\s+)?website|web|homepage|home\s+page)$")


def _follows_share_row(page: Page, i: int) -> bool:
    claim = page.claims[page.prev_nonblank(i)] if page.prev_nonblank(i) >= 0 else None
    return bool(claim) and claim.reason == "share buttons"


# The publisher's postal address in its footer ("214 N. Main St., Alder Falls, WI 54499").
_STREET_ADDRESS_RE = re.compile(
    r"^\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|"
    r"Boulevard|Ln|Lane|Dr|Drive|Sq|Square|Way|Pl|Place)\b.{0,60}$"
)


# Discarded lines that join a footer they stand next to; a player control: "RSS" is both a
# podcast's feed button and the footer's feed link.
_FOOTER_NAME_MAX_WORDS = 4
_JOINS_FOOTER = frozenset({"page furniture after the article", "audio player"})


# Between two footer lines, these are the footer's too, whatever their length: an ad marker
# (the Polish "Reklama", "Advertising", is also the footer's advertise-with-us link), the
# publisher's imprint ("MCI (P) 041/10/2025. Published by Tribune Media Limited. …") and its
# links to the paper's services ("Place a Classified Ad", "Subscribe to the print edition").
_BETWEEN_FOOTER_LINES = frozenset(
    {
        "advertisement marker",
        "page furniture after the article",
        "site promotion",
        "app promotion",
        "messaging channel promotion",
    }
)


def _join_footer(page: Page, last: int) -> None:
    """Short leftover links among footer links ("Work for us" between "Sitemap" and the
    copyright line) belong to the footer, so the footer is listed as one widget."""
    tail = [i for i in range(last + 1, len(page.lines)) if page.lines[i]]
    for order in (tail, tail[::-1]):
        previous = None
        for i in order:
            claim = page.claims[i]
            if (
                previous == "footer"
                and claim.kind == "discard"
                and (
                    claim.reason in _JOINS_FOOTER
                    and (
                        word_count(page.lines[i]) <= 6
                        or _STREET_ADDRESS_RE.search(page.lines[i])
                        # The imprint's masthead line ("VietTien News – English edition of …").
                        or _is_site_tagline(page, page.lines[i])
                        or _repeats_masthead(page, i)
                    )
                    # A language link in another script ("中文") reads as a foreign caption.
                    or claim.reason == "image caption or credit"
                    and word_count(page.lines[i]) == 1
                    # The site's name over the copyright line ("LinkedIn" over "© 2025").
                    or word_count(page.lines[i]) <= _FOOTER_NAME_MAX_WORDS
                    and page.names_site(page.lines[i])
                )
            ):
                claim.reason = "footer"
            previous = claim.reason if claim.kind == "discard" else None
    # A run of such lines between two footer lines is the footer's too when they are links
    # ("Subscribe to the print edition", "Place a classified ad", "Submit a letter to the
    # editor"); a box of teasers between them ("More Stories From …") stands apart.
    run: list[int] = []
    after_footer = False
    for i in tail:
        reason = page.claims[i].reason
        if reason == "footer":
            if after_footer and (len(run) == 1 or all(word_count(page.lines[j]) <= 6 for j in run)):
                for j in run:
                    page.claims[j].reason = "footer"
            run, after_footer = [], True
        elif after_footer and page.claims[i].kind == "discard" and _between_footer(page, i):
            run.append(i)
        else:
            run, after_footer = [], False
    _join_small_print(page, tail)


def _between_footer(page: Page, i: int) -> bool:
    """Whether a discarded line may be the footer's between two footer lines; of the lines
    the newsletter rule takes, only a subscription link that names no newsletter ("Subscribe
    to the print edition"), as a box naming one ("Newsletter") stays a widget of its own."""
    reason = page.claims[i].reason
    if reason == "newsletter box":
        return not d.is_newsletter_heading(page.lines[i])
    return reason in _BETWEEN_FOOTER_LINES


def _is_site_tagline(page: Page, line: str) -> bool:
    """A tagline naming the site; a sentence about it ("… is published by …") stands apart."""
    if not page.site_name:
        return False
    # The site's name alone over its footer is the footer's masthead.
    return line == page.site_name or (
        line.startswith(page.site_name + " ") and not ends_sentence(line)
    )


def _repeats_masthead(page: Page, i: int) -> bool:
    """The site's name printed over the footer as it is above the headline ("House Committee on
    Energy, Water and Grid Resilience"): the footer's, however long."""
    line = page.lines[i]
    return any(line == page.lines[k] for k in range(max(page.title_index, 0)))


def _join_small_print(page: Page, tail: list[int]) -> None:
    """What the page prints below its footer links, to its end (the wire services' rights, a
    time-zone legend), is the footer's small print."""
    below = []
    for i in reversed(tail):
        reason = page.claims[i].reason
        if reason == "footer":
            for j in below:
                page.claims[j].reason = "footer"
            return
        if reason != "page furniture after the article":
            return
        below.append(i)
