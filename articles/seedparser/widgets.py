"""Multi-line widgets: labelled link blocks, teaser runs, tables of contents, pipe tables.

Each scanner gets the page's lines and the index where the widget may start, and returns how
far it reaches plus what it read; the parser records the claim. None means "not this widget".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import date_line, is_relative_time, teaser_date
from .detectors import (
    LIST_ITEM_RE,
    breadcrumb_parts,
    dated_label,
    is_access_badge,
    is_ad_marker,
    is_app_promo,
    is_author_page_link,
    is_back_to_top,
    is_chrome_word,
    is_comments_closed,
    is_cookie_notice,
    is_copyright,
    is_engagement_count,
    is_feedback_prompt,
    is_follow_prompt,
    is_footer_link,
    is_list_position_marker,
    is_menu_row,
    is_newsletter_box,
    is_page_updated,
    is_paywall,
    is_publisher_notice,
    is_see_all_link,
    is_share_row,
    is_timestamp,
    original_publication,
    strip_numbering,
)
from .labels import (
    ABOUT_AUTHOR_RE,
    CATEGORY_RE,
    COMMENTS_HEADER_RE,
    FOLDED_LINE_LABEL_RE,
    FOLDED_WIDGET_LABEL_RE,
    RELATED_LABEL_RE,
    SITEWIDE_LABEL_RE,
    TAGGED_RE,
    TAGS_LABEL_RE,
    TAGS_LINE_RE,
    TOC_LABEL_RE,
)
from .model import Related
from .people import explicit_byline, is_person_name, split_names
from .text import ends_sentence, is_prose, keyword_text, word_count

# A dash inside the title ("F-35s") is no separator: a dash before the date has a space before it.
_ITEM_DATE_RE = re.compile(
    r"(?:\s+[-–—|·•]\s*|\s*[,|]\s*|\s*\(|\s+(?=\d{4}[-./]\d{2}[-./]\d{2}(?:\s+\d{1,2}:\d{2})?\s*$))"
    r"\s*(?P<date>[^()|]{6,40}?)\)?\s*$"
)
_LABELLED_VALUE_RE = re.compile(r"^[^\W\d][\w.' -]{1,30}?\s+:\s+\S")
# The Arabic comma "،" separates an Arabic tag list.
_TAG_SPLIT_RE = re.compile(r"\s*[,،;|·•#]\s*")
_TAG_SPLIT_BUT_COMMAS_RE = re.compile(r"\s*[;|·•#]\s*")
_CELL_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IN_SECTION_RE = re.compile(r"^In\s+[\"“](?P<section>[^\"”]{1,40})[\"”]$")
MAX_TEASER_TITLE_WORDS = 25


@dataclass(frozen=True)
class Span:
    start: int
    end: int  # exclusive


def _is_widget_label(line: str) -> bool:
    # The two folded labels' patterns hold all of these: one match of each rules them out for
    # most lines.
    folded = keyword_text(line)
    if not (FOLDED_WIDGET_LABEL_RE.match(folded) or FOLDED_LINE_LABEL_RE.match(folded)):
        return False
    return any(
        rx.match(line)
        for rx in (
            RELATED_LABEL_RE,
            SITEWIDE_LABEL_RE,
            TAGS_LABEL_RE,
            TOC_LABEL_RE,
            ABOUT_AUTHOR_RE,
            COMMENTS_HEADER_RE,
            TAGS_LINE_RE,
            TAGGED_RE,
            CATEGORY_RE,
        )
    )


def _is_furniture(line: str) -> bool:
    return (
        is_copyright(line)
        or is_back_to_top(line)
        or is_footer_link(line)
        or is_menu_row(line)
        or is_cookie_notice(line)
        or is_chrome_word(line)
        or is_share_row(line)
        or is_follow_prompt(line)
        or is_newsletter_box(line)
        or is_ad_marker(line)
        or is_see_all_link(line)
        or is_app_promo(line)
        or is_publisher_notice(line)
        or is_comments_closed(line)
        or is_feedback_prompt(line)
        or is_page_updated(line)
        # A paywall's pitch under a most-read list is no teaser ("有料会員になると…").
        or is_paywall(line)
    )


def _item_like(line: str) -> bool:
    if _is_furniture(line):
        return False
    if date_line(line):
        return True
    if breadcrumb_parts(line):
        return False  # "Home / India News": the path to the article, not a teaser
    n = word_count(line)
    return 0 < n <= MAX_TEASER_TITLE_WORDS and not (ends_sentence(line) and n >= 12)


def item_run(lines: list[str], start: int, claimed) -> int:
    """End (exclusive) of the short item lines after a widget label.

    Items run until prose, another widget label, or a blank line not followed by more items.
    """
    j = start
    n = len(lines)
    while j < n and not lines[j]:
        j += 1
    end = start
    bulleted = False
    while j < n:
        line = lines[j]
        if not line:
            k = j
            while k < n and not lines[k]:
                k += 1
            if k >= n or not _item_like(lines[k]) or _is_widget_label(lines[k]):
                break
            if k + 1 < n and lines[k + 1] and not _item_like(lines[k + 1]):
                break
            j = k
            continue
        if claimed(j) or not _item_like(line) or _is_widget_label(line):
            break
        if _heads_the_story(lines, j):
            break
        if end == start:
            bulleted = bool(LIST_ITEM_RE.match(line))
        elif bulleted and _leaves_bullets(line):
            break
        j += 1
        end = j
    return dated_run_end(lines, start, end)


def _heads_the_story(lines: list[str], j: int) -> bool:
    """A line of the story's own header that a sidebar printed over it may run into: a byline
    (not a teaser's writer, over the teaser's date or time) or the credit of a reposted story
    with the day it was first published ("Originally published by … on January 30, 2025")."""
    line = lines[j]
    if line[:1] in "OoFfTt" and original_publication(line):
        return True
    if not explicit_byline(line):
        return False
    following = next((k for k in range(j + 1, len(lines)) if lines[k]), None)
    return following is None or not (
        date_line(lines[following]) or is_relative_time(lines[following])
    )


def _leaves_bullets(line: str) -> bool:
    """Whether a line ends a run of bulleted items: a widget that bullets its links bullets
    every one, so an unbulleted line after them (a photo caption) is not one of them; a
    teaser's date line is."""
    return not LIST_ITEM_RE.match(line) and not date_line(line)


def dated_run_end(lines: list[str], start: int, end: int) -> int:
    """Where a run of title + date teasers really ends: with its last date.

    When every teaser in a run is a title followed by its date, the short lines after the
    last date, which no date follows, are not teasers of the widget: a footer's first lines, a
    publisher's registration notice, or the article's next heading under an inline box.
    """
    rows = [k for k in range(start, end) if lines[k] and not _teaser_counter(lines[k])]
    dated = [k for k in rows if date_line(lines[k])]
    if not dated or dated[-1] == rows[-1]:
        return end
    before = [k for k in rows if k <= dated[-1]]
    # Each teaser is a title and its date, or a section label, a title and its date: the
    # dates fall at the same place in every teaser.
    size = len(before) // len(dated)
    if (
        size not in (2, 3)
        or len(before) != size * len(dated)
        or any(before[p] not in dated for p in range(size - 1, len(before), size))
    ):
        return end
    last = dated[-1] + 1
    while last < end and (not lines[last] or _teaser_counter(lines[last])):
        last += 1  # the last teaser's like count or "2 hours ago" is still the teaser's
    return last


def _teaser_counter(line: str) -> bool:
    """A teaser's like count or stamp with no date to keep: "2 days ago", or a time of day
    alone ("5:12 PM UTC") under a teaser of today's."""
    return is_engagement_count(line) or is_timestamp(line)


# The words a blogging platform's card sets alone on a line before the publication and the
# writer it names on the next.
_CARD_CONNECTORS = frozenset({"In", "in", "by", "By"})


def _unnumbered(line: str) -> str:
    """A teaser's line without its list number; a date that opens with the day's ordinal
    ("10. března 2025", "6. marca 2025") keeps it, as it is no number of the list."""
    if not LIST_ITEM_RE.match(line):
        return line
    dl = date_line(line)
    return line if dl and (dl.published or dl.updated) else LIST_ITEM_RE.sub(r"\g<item>", line)


def teaser_items(lines: list[str], *, month_first: bool = False) -> list[tuple[Related, list[int]]]:
    """Read title [+ date] teasers, with an optional short section label before a title.
    Ambiguous numeric dates follow the page's order (``month_first``)."""
    rows = [
        (i, _unnumbered(line))
        for i, line in enumerate(lines)
        if line and not is_list_position_marker(line)
    ]
    items: list[tuple[Related, list[int]]] = []
    pending_label: tuple[int, str] | None = None
    pending_date: str | None = None  # the date printed beside the label ("Report | 12 Feb 2025")
    badges: list[int] = []  # "Premium" over a teaser: its access badge, not its section
    credited = -1  # the row naming a card's publication or writer after "In" or "by"
    for pos, (i, line) in enumerate(rows):
        if pos == credited:
            continue
        if line in _CARD_CONNECTORS and pos + 1 < len(rows):
            # "In" / "Eastern Frontiers" / "by" / "Rasa Jankauskaitė" over a platform's card:
            # where and by whom it was published, kept with the card but not its section.
            badges += [i, rows[pos + 1][0]]
            credited = pos + 1
            continue
        if is_access_badge(line):
            badges.append(i)
            continue
        in_section = _IN_SECTION_RE.match(line)
        if in_section and items and items[-1][0].section is None:
            rel, idx = items[-1]
            items[-1] = (Related(rel.title, rel.date, in_section["section"]), idx + [i])
            continue
        if _teaser_counter(line) and items:
            items[-1] = (items[-1][0], items[-1][1] + [i])  # "2 days ago": no date to keep
            continue
        dl = date_line(line)
        if dl and (dl.published or dl.updated) and items and items[-1][0].date is None:
            rel, idx = items[-1]
            date = teaser_date(dl, month_first=month_first)
            items[-1] = (Related(rel.title, date, rel.section), idx + [i])
            continue
        nxt = rows[pos + 1][1] if pos + 1 < len(rows) else None
        if items and items[-1][0].date is None and _teaser_byline(line, nxt):
            items[-1] = (items[-1][0], items[-1][1] + [i])  # the teaser's writer: not kept
            continue
        if pending_label is None and nxt and (dated := _dated_type(line, nxt, month_first)):
            # "Report | 12 Feb 2025" over an undated title: the card's type and its date.
            pending_label, pending_date = (i, dated[0]), dated[1]
            continue
        if (
            pending_label is None
            and word_count(line) <= 3
            and nxt
            and word_count(nxt) > word_count(line)
            and not date_line(nxt)
        ):
            pending_label = (i, line)
            continue
        title, date = split_item_date(strip_numbering(line), month_first=month_first)
        own_date = date_line(nxt) if date and nxt else None
        if own_date and (own_date.published or own_date.updated):
            # The card prints its date on the next line: a date in the title is the title's
            # ("Spokesperson's Press Briefing – October 9, 2025" / "October 9, 2025").
            title, date = strip_numbering(line), None
        section = pending_label[1] if pending_label else None
        date = date or pending_date
        idx = badges + ([pending_label[0]] if pending_label else []) + [i]
        pending_label, pending_date, badges = None, None, []
        items.append((Related(title, date, section), idx))
    return _without_writer_labels(items)


def _without_writer_labels(
    items: list[tuple[Related, list[int]]],
) -> list[tuple[Related, list[int]]]:
    """A commentary box prints each piece's writer over its title ("Jane Roe" / "The Baltic
    states are right to be nervous"): where every label over the titles is a different
    person's name, the labels are the cards' writers, kept with them but not their sections."""
    labels = [rel.section for rel, _ in items]
    if (
        len(labels) < 2
        or None in labels
        or len(set(labels)) < len(labels)
        or not all(is_person_name(label) for label in labels)
    ):
        return items
    return [(Related(rel.title, rel.date, None), idx) for rel, idx in items]


def _dated_type(line: str, following: str, month_first: bool) -> tuple[str, str] | None:
    """A card's type and date over its title ("Report | 12 Feb 2025" over the title): the
    label and the date, when the title under it is longer and prints no date of its own."""
    label = dated_label(line)
    if not label or word_count(following) <= word_count(label) or date_line(following):
        return None
    if split_item_date(following, month_first=month_first)[1] is not None:
        return None
    rest, date = split_item_date(line, month_first=month_first)
    return (rest, date) if date and rest == label else None


def _teaser_byline(line: str, following: str | None) -> bool:
    """A teaser's byline between its title and its date ("Leila Nasirova", "By Jo Hart")."""
    if following is None or not date_line(following):
        return False
    return bool(explicit_byline(line) or split_names(line))


def split_item_date(text: str, *, month_first: bool = False) -> tuple[str, str | None]:
    """A teaser's title and the date printed after it ("Title - 11/05/2025"), if any."""
    match = _ITEM_DATE_RE.search(text)
    dl = date_line(match.group("date")) if match else None
    if dl:
        date = teaser_date(dl, month_first=month_first)
        if date:
            return text[: match.start()].strip(), date
    return text, None


# Chinese writes words without spaces, so that a space is what separates its tags ("中欧关系
# 电动汽车 反补贴").
_SPACED_CJK_TAGS_RE = re.compile(r"^[\u4e00-\u9fff]+(?:\s+[\u4e00-\u9fff]+)+$")


def tag_items(text: str, *, at_commas: bool = True) -> list[str]:
    if text[:1] >= "\u4e00" and _SPACED_CJK_TAGS_RE.match(text):
        return text.split()
    # A list that separates its items with bars keeps the commas in them ("Categories: March
    # 11, 2025 | Netherlands | Rail transport").
    split = _TAG_SPLIT_RE if at_commas and " | " not in text else _TAG_SPLIT_BUT_COMMAS_RE
    return [
        t
        for t in (p.strip() for p in split.split(text))
        if t and not _MAINTENANCE_CATEGORY_RE.match(t) and not date_line(t)
    ]


# A wiki files every article under its date and its state ("Published", "Archived") as well
# as under its topics: only the topics are tags.
_MAINTENANCE_CATEGORY_RE = re.compile(
    r"(?i)^(?:published|archived|developing|under\s+review|original\s+reporting|"
    r"featured\s+articles?|(?:pages|articles)\s+(?:with|using|needing|lacking)\b.*)$"
)


# Names a run-together tag list is split into have at most this many words; a tag of fewer
# words than the next figure is taken as printed ("Iran Nuclear Deal" is one tag).
_MOST_NAME_WORDS = 3
_LEAST_RUN_TOGETHER_WORDS = 4


def split_run_together(tag: str, text: str) -> list[str]:
    """A tag list whose separators the scrape lost ("Saudi Arabia Iran Abbas Araghchi"), as
    the names it runs together, if the article's `text` names each of them mid-sentence;
    otherwise the tag as printed. Only what the article itself names is split off, so no
    tag is made up, and a capitalised word found only opening a sentence does not count."""
    words = tag.split()
    if len(words) < _LEAST_RUN_TOGETHER_WORDS or not all(w[:1].isupper() for w in words):
        return [tag]
    if _named_in(tag, text):
        return [tag]
    names, start = [], 0
    while start < len(words):
        for end in range(min(len(words), start + _MOST_NAME_WORDS), start, -1):
            name = " ".join(words[start:end])
            if _named_in(name, text):
                names.append(name)
                start = end
                break
        else:
            return [tag]
    return names


def _named_in(name: str, text: str) -> bool:
    after = r"(?:(?<=[^.!?\"“\n] )|(?<=[(\[]))"  # a word or a bracket, not a sentence's end
    return re.search(rf"{after}{re.escape(name)}(?!\w)", text) is not None


def teaser_groups(
    lines: list[str], claimed, min_groups: int = 2, *, month_first: bool = False
) -> list[list[tuple[Span, Related]]]:
    """Unlabelled teaser runs: two or more [label] title date groups in a row.

    A run of teasers with dates is how themes print "related posts" without a heading. A single
    title+date pair is not enough: that is also how an article's own header looks. Returns one
    list of (group span, teaser) per run.
    """
    groups: list[tuple[int, int, Related]] = []
    for i, line in enumerate(lines):
        if not line or i < 1 or claimed(i):  # the call last: blank lines skip it
            continue
        dl = date_line(line)
        if not dl or not dl.bare or word_count(line) > 8:
            continue
        if i + 1 < len(lines) and lines[i + 1] and _dated_type(line, lines[i + 1], month_first):
            continue  # "Report | 12 Feb 2025" over a title: the next card's, not this one's date
        t = i - 1
        title = lines[t]
        if not title or claimed(t) or date_line(title) or is_prose(title):
            continue
        if is_author_page_link(title):
            continue  # "More by this Author" between the byline and the date
        if any(map(title.__contains__, "›»→")) and breadcrumb_parts(title):
            continue  # "Home › Hansard › Commons Chamber" over the sitting's date
        if not 3 <= word_count(title) <= MAX_TEASER_TITLE_WORDS:
            continue
        start, section = t, None
        if t >= 1 and lines[t - 1] and not claimed(t - 1) and word_count(lines[t - 1]) <= 4:
            label = lines[t - 1]
            if not date_line(label) and not ends_sentence(label) and not _is_widget_label(label):
                start, section = t - 1, label
        date = teaser_date(dl, month_first=month_first)
        groups.append((start, i + 1, Related(title, date, section)))
    runs: list[list[tuple[Span, Related]]] = []
    current: list[tuple[int, int, Related]] = []
    for group in groups + [None]:
        if group and current and _only_blank_between(lines, current[-1][1], group[0]):
            current.append(group)
            continue
        # Runs under a label ("Most read", "Related") are left to the labelled-widget scanner.
        if len(current) >= min_groups and not _labelled(lines, current[0][0]):
            runs.append([(Span(start, end), rel) for start, end, rel in current])
        current = [group] if group else []
    return runs


def _labelled(lines: list[str], start: int) -> bool:
    k = start - 1
    while k >= 0 and not lines[k]:
        k -= 1
    return k >= 0 and _is_widget_label(lines[k])


def _only_blank_between(lines: list[str], end: int, start: int) -> bool:
    return end <= start and all(not lines[k] for k in range(end, start))


def split_row(line: str) -> list[str]:
    cells = [c.strip() for c in line.strip().split("|")]
    if cells and not cells[0] and line.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1] and line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def pipe_table(lines: list[str], start: int) -> tuple[Span, list[str], list[list[str]]] | None:
    """A pipe table (with or without outer pipes) starting at ``start``.

    It needs a separator row or at least two rows with the same number of cells, so a single
    "Home | World | Sport" menu line is not a table.
    """
    rows: list[list[str]] = []
    has_separator = False
    j = start
    while j < len(lines) and "|" in lines[j]:
        if _CELL_SEPARATOR_RE.match(lines[j]):
            has_separator = True
        else:
            cells = split_row(lines[j])
            if len(cells) < 2:
                break
            rows.append(cells)
        j += 1
    if not rows or (not has_separator and (len(rows) < 2 or len({len(r) for r in rows}) > 1)):
        return None
    if not has_separator and all(_LABELLED_VALUE_RE.match(row[0]) for row in rows):
        return None  # a publisher's imprint: "Editorial Inquiries : +82-2-… | desk@…" rows
    if not has_separator and explicit_byline(rows[0][0]):
        return None  # "Por Jane Roe | Corresponsal" over "14 de octubre de 2025 | 06:30 hrs"
    if not has_separator and all(date_line(" ".join(row)) for row in rows):
        return None  # "11.03.25 | 09:47" over "עודכן: 11.03.25 | 13:20": dates and their times
    if j - start < 2:
        return None
    return Span(start, j), rows[0], rows[1:]
