"""Claims for the multi-line widgets: cookie banners, labelled link blocks, tables of contents,
tag blocks, author boxes, comment threads, pipe tables and unlabelled teaser runs."""

from __future__ import annotations

import re
from operator import methodcaller

from . import detectors as d
from . import labels as lb
from .dates import date_line, has_date, is_reading_time, is_relative_time
from .page import Bio, Page
from .people import (
    JOB_WORDS_RE,
    bare_byline,
    bio_subject,
    bio_text,
    explicit_byline,
    handles_in,
    is_generic_label,
    is_job_opened_bio,
    is_person_name,
    links_in,
    same_person,
    split_names,
    surname_bio,
)
from .text import (
    SITE_NAME_SEPARATOR_RE,
    capital_ratio,
    casefolded,
    ends_sentence,
    is_prose,
    keyword_text,
    same_text,
    text_key,
    word_count,
)
from .widgets import item_run, pipe_table, tag_items, teaser_groups, teaser_items

_BIO_EXTRA_RE = re.compile(
    r"(?i)^(?:follow|email|e-mail|contact|twitter|x|instagram|facebook|linkedin|mastodon|"
    r"threads|bluesky|website|mailto)\b|@\w|https?://"
)


_BANNER_SCAN_LINES = 20


def claim_official_banner(page: Page) -> None:
    """A government site's identity banner at the top of the page ("An official website of
    the United States government", "Here's how you know", what .gov and https mean): chrome
    above the masthead, claimed before the headline is looked for."""
    lines = page.lines
    for i in range(min(len(lines), _BANNER_SCAN_LINES)):
        if page.free(i) and d.official_banner_opener(lines[i]):
            j = i + 1
            while (
                j < len(lines)
                and page.free(j)
                and (not lines[j] or d.is_official_banner_line(lines[j]))
            ):
                j += 1
            page.claim_span(i, j, "discard", "official website banner")
            return


def claim_archive_toolbar(page: Page) -> None:
    """A web archive's toolbar over the page it captured: one block of chrome, claimed before
    the headline is looked for, since its address bar and capture dates would pass for a
    headline and the article's date. What follows "COLLECTED BY" (the collection's name and
    notes) belongs to it up to "TIMESTAMPS"."""
    lines = page.lines
    start = page.next_nonblank(-1)
    if start >= len(lines) or not d.web_archive_opener(lines[start]):
        return
    j = start + 1
    while j < len(lines) and (not lines[j] or d.is_archive_toolbar_line(lines[j])):
        if lines[j].casefold() == "collected by":
            end = min(len(lines), j + d.ARCHIVE_NOTES_MAX_LINES)
            j = next((k for k in range(j + 1, end) if lines[k].casefold() == "timestamps"), j)
        j += 1
    page.claim_span(start, j, "discard", "web archive toolbar")


# A paginated article's links to its other pages ("« Previous page", "Next page »",
# "Continue reading on the next page"), and what is printed beside them: the page's number
# ("Page 2 of 3") and the numbered links ("1", "2", "3").
_PAGE_LINK_RE = re.compile(
    r"(?i)^(?:[«‹<←]\s*)?(?:(?:previous|prev|next)\s+page(?:\s*[»›>→])?|"
    r"(?:continue\s+reading|continued)\s+on\s+(?:the\s+)?next\s+page)$"
)
_PAGE_LINK_OPENERS = frozenset("«‹<←PpNnCc")
_NUMBERED_PAGE_LINK_RE = re.compile(r"^\d{1,3}$")


def _is_pagination_line(line: str) -> bool:
    return bool(
        _NUMBERED_PAGE_LINK_RE.match(line) or d.is_page_number(line) or _PAGE_LINK_RE.match(line)
    )


def claim_pagination(page: Page) -> None:
    """A paginated article's links to its other pages, with the page number and numbered
    links printed among them: one run of pagination links wherever it stands, claimed before
    the running heads are looked for, since its "Page 2 of 3", printed over and under the
    text, is no PDF's page number."""
    lines = page.lines
    for i, line in enumerate(lines):
        if line[:1] not in _PAGE_LINK_OPENERS or not page.free(i) or not _PAGE_LINK_RE.match(line):
            continue
        start = i
        while start > 0 and page.free(start - 1) and _is_pagination_line(lines[start - 1]):
            start -= 1
        end = page.run_end(i + 1, _is_pagination_line)
        page.claim_span(start, end, "discard", "pagination links")


_RUNNING_HEAD_REACH = 2


def claim_running_heads(page: Page) -> None:
    """A PDF's running header and footer: the page numbers ("Page 3 of 9") and the short
    lines printed beside every one of them (the publisher's name, the paper's short title),
    wherever else they are printed, the cover included. Claimed before the headline is looked
    for: repeated on every page, they would pass for a headline printed twice."""
    numbers = [i for i, line in enumerate(page.lines) if d.is_page_number(line) and page.free(i)]
    if len(numbers) < 2:
        return
    beside: dict[str, int] = {}
    for i in numbers:
        for j in range(i - _RUNNING_HEAD_REACH, i + _RUNNING_HEAD_REACH + 1):
            if j != i and 0 <= j < len(page.lines) and 0 < word_count(page.lines[j]) <= 8:
                key = text_key(page.lines[j])
                beside[key] = beside.get(key, 0) + 1
    heads = {key for key, count in beside.items() if count >= 2}
    for i, line in enumerate(page.lines):
        if page.free(i) and line and (i in numbers or text_key(line) in heads):
            page.claim(i, "discard", "PDF running header or footer")


def _menu_end_before_label(page: Page, start: int, end: int) -> int:
    """A menu that runs into the headline may end with the article's own section printed again
    under it ("North Korea" in the menu and once more over the title): that repeated last
    entry is the section label, so the menu ends before it."""
    last = end - 1
    if last <= start or page.next_nonblank(last) != page.title_index:
        return end
    lines = page.lines
    # A badge may sit between the section and the headline ("Politics", "Premium").
    while last - 1 > start and (d.is_access_badge(lines[last]) or d.is_status_badge(lines[last])):
        last -= 1
    if any(same_text(lines[last], lines[k]) for k in range(start, last)):
        return last
    if names_story_subject(page, lines[last]):
        return last
    return end


_SUBJECT_MIN_MENTIONS = 2


def names_story_subject(page: Page, label: str) -> bool:
    """Whether the label over the headline is a proper name the article's text names again
    ("Toronto" over a story on Toronto's rents): a regional desk's label, printed under the
    menu. A menu's own last entry is a section of the site ("Op-ed", "Business"), not what the
    story is about."""
    if is_generic_label(label) or not label[0].isupper():
        return False
    mention = re.compile(rf"(?<!\w){re.escape(label)}(?!\w)")
    mentions = 0
    for line in page.lines[page.title_index + 1 :]:
        if label in line and is_prose(line) and mention.search(line):
            mentions += 1
            if mentions >= _SUBJECT_MIN_MENTIONS:
                return True
    return False


_CHANNEL_SCAN_LINES = 40
_CHANNEL_HEADER_MAX_LINES = 8
_POST_HEADER_MAX_LINES = 6
# A messaging app's web preview of a channel: its prompt to open the app ("If you have
# Telegram, you can view this post and join Caucasus Now right away.").
_CHANNEL_PROMPT_RE = re.compile(
    r"^If\s+you\s+have\s+(?:Telegram|WhatsApp|Viber|Signal)\b[^.]{0,40},\s+you\s+can\s+"
    r"(?:view|join|open)\b"
)
_SUBSCRIBERS_RE = re.compile(
    r"(?i)^\d[\d.,]*\s*[km]?\s+(?:subscribers?|members?|followers?|abonnés|suscriptores)$"
)
_OPENS_PROMPT = methodcaller("startswith", "If you have")
_FORWARDED_RE = re.compile(r"(?i)^forwarded\s+from\s+\S.{0,60}$")
_MEDIA_STUBS = frozenset(("Video", "Audio", "Photo", "GIF"))


def claim_channel_preview(page: Page) -> None:
    """A messaging app's web preview of a channel post, claimed before the headline is looked
    for: the channel's header (its name, subscriber count, description and the app's "View in
    Telegram" prompt) and, with the post's date, the channel's name again, the "Forwarded
    from …" label and the stub of a video. The post's own first line is then the headline."""
    lines = page.lines
    # The prompt's words are looked for in C first: almost no page has them.
    if not any(map(_OPENS_PROMPT, lines[:_CHANNEL_SCAN_LINES])):
        return
    prompt = next(
        (i for i, line in enumerate(lines[:_CHANNEL_SCAN_LINES]) if _CHANNEL_PROMPT_RE.match(line)),
        None,
    )
    if prompt is None:
        return
    count = next(
        (
            k
            for k in range(prompt - 1, max(prompt - _CHANNEL_HEADER_MAX_LINES, 0), -1)
            if _SUBSCRIBERS_RE.match(lines[k])
        ),
        None,
    )
    name_at = page.prev_nonblank(count) if count is not None else -1
    if name_at < 0 or not all(page.free(k) or not lines[k] for k in range(name_at, prompt + 1)):
        return
    name = lines[name_at]
    page.claim_span(name_at, prompt + 1, "discard", "channel header")
    _claim_post_signature(page, prompt)
    _claim_app_furniture(page, prompt)
    top = page.next_nonblank(-1)
    if top < name_at and page.free(top) and _names_channel(lines[top], name):
        page.claim(top, "discard", "browser page title")
        page.claim_span(top + 1, name_at, "discard", "app promotion")
    j = prompt
    for _ in range(_POST_HEADER_MAX_LINES):
        j = page.next_nonblank(j)
        if j >= len(lines) or not page.free(j):
            return
        line = lines[j]
        if same_text(line, name) or _FORWARDED_RE.match(line):
            page.claim(j, "discard", "post header")
        elif line in _MEDIA_STUBS and _over_duration(page, j):
            page.claim_span(j, page.next_nonblank(j) + 1, "discard", "embedded media")
            return
        elif dl := date_line(line):
            page.dates.append((j, dl))  # the post's date bubble
            page.claim(j, "meta", "date")
        else:
            return


def _over_duration(page: Page, i: int) -> bool:
    """Whether a media stub's running time ("0:48") is under it."""
    j = page.next_nonblank(i)
    return j < len(page.lines) and page.free(j) and d.is_media_duration(page.lines[j])


_VIEWS_RE = re.compile(r"(?i)^(?:👁\ufe0f?\s*[\d.,]+\s*[km]?|[\d.,]+\s*[km]?\s+views)$")


def _claim_post_signature(page: Page, start: int) -> None:
    """The name a channel signs its post with, printed after the post's view count ("👁
    52.1K" / "Nino Kapanadze" / "edited 14:05"): the post's author, where the channel's own
    name over the post is its publisher."""
    lines = page.lines
    for i in range(start + 1, len(lines)):
        if lines[i][:1] in "👁0123456789" and _VIEWS_RE.match(lines[i]):
            j = page.next_nonblank(i)
            if j < len(lines) and page.free(j) and is_person_name(lines[j]):
                page.add_byline([lines[j]], lines[j])
                page.claim(j, "meta", "byline")
            return


_SIMILAR_CHANNELS_RE = re.compile(r"(?i)^(?:similar|related|recommended)\s+channels$")
_APP_FOOTER_RE = re.compile(
    r"(?i)^don['’]t\s+have\s+(?:Telegram|WhatsApp|Viber|Signal)\s+yet\b.{0,40}$"
)
_CHANNEL_NAME_MAX_WORDS = 6


def _claim_app_furniture(page: Page, start: int) -> None:
    """Under a channel's post: the app's list of similar channels (each name over its
    subscriber count), and its own footer, which opens with a pitch for the app ("Don't have
    Telegram yet? Try it now!") over the download line and the app's links."""
    lines = page.lines
    for i in range(start + 1, len(lines)):
        if not page.free(i):
            continue
        if _SIMILAR_CHANNELS_RE.match(lines[i]):
            j = page.next_nonblank(i)
            while j < len(lines) and page.free(j) and _is_channel_entry(page, j):
                j = page.next_nonblank(j)
            page.claim_span(i, j, "discard", "channel recommendations")
        elif _APP_FOOTER_RE.match(lines[i]):
            page.claim(i, "discard", "footer")
            j = page.next_nonblank(i)
            if j < len(lines) and page.free(j) and d.is_app_download_line(lines[j]):
                page.claim(j, "discard", "footer")
            return


def _is_channel_entry(page: Page, i: int) -> bool:
    """A recommended channel's name, over its subscriber count, or the count."""
    line = page.lines[i]
    if _SUBSCRIBERS_RE.match(line):
        return True
    following = page.next_nonblank(i)
    return (
        word_count(line) <= _CHANNEL_NAME_MAX_WORDS
        and not ends_sentence(line)
        and following < len(page.lines)
        and bool(_SUBSCRIBERS_RE.match(page.lines[following]))
    )


def _names_channel(line: str, name: str) -> bool:
    """The browser's title of a channel's page: the channel's name and the app's ("Caucasus
    Now – Telegram")."""
    return line.startswith(name) and bool(SITE_NAME_SEPARATOR_RE.match(line, len(name)))


def claim_page_bars(page: Page) -> None:
    """A browser's translation bar ("Translated from Arabic by Google", "Show original") and
    its rating box, and an air-raid alert ticker (two lines or more), claimed before the
    headline is looked for: they open the page."""
    for i, line in enumerate(page.lines):
        if d.is_translation_bar(line) and page.free(i):
            end = page.run_end(i + 1, d.is_translation_bar_line)
            page.claim_span(i, end, "discard", "browser translation bar")
        elif d.is_alert_ticker(line) and page.free(i):
            end = page.run_end(i, d.is_alert_ticker)
            if end - i >= 2:
                page.claim_span(i, end, "discard", "air-raid alert ticker")


def claim_widgets(page: Page) -> None:
    lines, claims = page.lines, page.claims
    prose_seen = False
    # Prose lines after the headline, counted up to the standfirst and one more: the header
    # ends with the first paragraph of the body.
    prose_lines = 0
    for i, line in enumerate(lines):
        if claims[i] is not None or not line:  # not page.free(i), without the call
            continue
        # One match rules out all the widget labels below for most lines.
        labelled = lb.FOLDED_WIDGET_LABEL_RE.match(keyword_text(line)) is not None
        if d.is_cookie_notice(line):
            above = page.prev_nonblank(i)
            if page.free(above) and d.is_cookie_title(lines[above]):
                page.claim(above, "discard", "cookie banner")
            page.claim(i, "discard", "cookie banner")
            j = i + 1
            while j < len(lines) and lines[j] and d.COOKIE_BUTTON_RE.match(lines[j]):
                page.claim(j, "discard", "cookie banner")
                j += 1
        elif i > page.title_index and d.is_reaction_prompt(line):
            first = page.next_nonblank(i)
            counted = first < len(lines) and d.is_counted_reaction_answer(lines[first])
            answer = d.is_counted_reaction_answer if counted else d.is_reaction_answer
            end = page.run_end(i + 1, answer)
            page.claim_span(i, end, "discard", "reader reaction widget")
        elif i > page.title_index and line[-1] == "?" and _over_reaction_counts(page, i):
            end = page.run_end(i + 1, _is_reaction_count)
            page.claim_span(i, end, "discard", "reader reaction widget")
        elif i > page.title_index and d.is_feedback_prompt(line):
            _claim_feedback(page, i)
        elif labelled and i > page.title_index and lb.CALENDAR_LABEL_RE.match(line):
            end = page.run_end(i + 1, _is_calendar_line)
            page.claim_span(i, end, "discard", "community calendar")
        elif labelled and i > page.title_index and lb.CONTACTS_LABEL_RE.match(line):
            _claim_press_contacts(page, i)
        elif labelled and prose_seen and lb.SIDEBAR_LABEL_RE.match(line):
            end = page.run_end(i + 1, _is_menu_link)
            if end - i > _LEAST_SIDEBAR_LINKS:
                # Its own reason: the menus after the text are otherwise taken for the footer,
                # which this one is printed apart from.
                page.claim_span(i, end, "discard", "sidebar navigation")
        elif (
            labelled
            and i > page.title_index
            and lb.BLOG_SIDEBAR_LABEL_RE.match(line)
            and (end := _blog_sidebar_end(page, i))
        ):
            page.claim_span(i, end, "discard", "blog sidebar")
        elif labelled and i > page.title_index and lb.DOCUMENTS_LABEL_RE.match(line):
            _claim_documents(page, i)
        elif labelled and i > page.title_index and lb.NEXT_EVENT_LABEL_RE.match(line):
            end = page.run_end(i + 1, _is_event_date)
            if end > i + 1:
                page.claim_span(i, end, "discard", "event details")
        elif i > page.title_index and d.is_coverage_promo(line):
            following = page.next_nonblank(i)
            end = i + 1
            if (
                following < len(lines)
                and page.free(following)
                and d.is_bare_address(lines[following])
            ):
                end = following + 1
            page.claim_span(i, end, "discard", "link to other coverage")
        elif labelled and lb.STOCKS_LABEL_RE.match(line):
            end = item_run(lines, i + 1, page.claimed)
            page.claim_span(i, end, "discard", "stock quote widget")
        elif labelled and i > page.title_index and lb.SPEAKERS_LABEL_RE.match(line):
            _claim_speakers(page, i)
        elif labelled and lb.TOC_LABEL_RE.match(line):
            _claim_toc(page, i)
        elif labelled and lb.SITEWIDE_LABEL_RE.match(line):
            end = item_run(lines, i + 1, page.claimed)
            # Above the headline, "Latest News" is an entry of the site's menu.
            if i < page.title_index:
                end, reason = _menu_end_before_label(page, i, end), "site navigation"
            else:
                end, reason = _before_masthead(page, i + 1, end), _sitewide_reason(line)
                end = _reading_list_end(page, end)
                if end < len(lines) and page.free(end) and d.is_see_all_link(lines[end]):
                    end += 1  # "See all": the list's own link
            page.claim_span(i, max(end, i + 1), "discard", reason)
        elif labelled and i < page.title_index and lb.RELATED_LABEL_RE.match(line):
            _claim_menu_from(page, i)  # "More from ABC" in the top bar: the site's menu
        elif labelled and lb.RELATED_LABEL_RE.match(line):
            _claim_related_block(page, i)
        elif labelled and lb.TAGS_LABEL_RE.match(line) and i < page.title_index:
            _claim_menu_from(page, i)
        elif labelled and lb.TAGS_LABEL_RE.match(line):
            _claim_tag_block(page, i)
        elif labelled and i > page.title_index and lb.LIVE_INDEX_LABEL_RE.match(line):
            _claim_live_index(page, i)
        elif labelled and i > page.title_index and lb.CITE_LABEL_RE.match(line):
            _claim_citation(page, i)
        elif labelled and lb.ABOUT_AUTHOR_RE.match(line):
            _claim_about_author(page, i)
        elif i > page.title_index and _is_button_under_pleas(page, i):
            _claim_appeal_over_button(page, i)
        elif i > page.title_index and d.is_support_appeal(line):
            _claim_support_box(page, i)
        elif i > page.title_index and _is_support_button(page, line):
            _claim_appeal_over_button(page, i)
        elif i > page.title_index and d.is_paywall(line):
            _claim_paywall_box(page, i)
        elif i > page.title_index and line[:1] == "#" and _HASHTAGS_RE.match(line):
            page.tags.extend(tag.lstrip("#") for tag in line.split())
            page.claim(i, "tags")
        elif i > page.title_index and line[:1] == "#" and _HASHTAG_LINE_RE.match(line):
            _claim_hashtags(page, i)
        elif labelled and i > page.title_index and lb.REPUBLISH_LABEL_RE.match(line):
            _claim_republish_box(page, i)
        elif i > page.title_index and d.is_figure_number(line):
            _claim_chart(page, i)
        elif i > page.title_index and d.is_notice_promo(line):
            _claim_notice_promo(page, i)
        elif i > page.title_index and d.is_share_prompt(line):
            _claim_share_box(page, i)
        elif prose_seen and line[:1] in "SsLlVv" and _MORE_COMMENTS_RE.match(line):
            _claim_thread_above(page, i)
        elif prose_seen and line[:1] in "Ss" and _SIGN_IN_WALL_RE.match(line):
            _claim_closing_wall(page, i)
        elif i > page.title_index and line[:1] in "Pp" and (found := _PUBLISHED_IN_RE.match(line)):
            _claim_published_in(page, i, found["name"])
        elif (
            labelled
            and prose_lines < _HEADER_PROSE_LINES
            and i > page.title_index
            and line[-1:] == ")"
            and lb.COMMENTS_HEADER_RE.match(line)
            and _beside_share_row(page, i)
        ):
            page.claim(i, "discard", "comments section")  # the link to the thread
        elif (
            labelled
            and prose_seen
            and i > page.title_index
            and lb.COMMENTS_HEADER_RE.match(line)
            and not _in_share_row(page, i)
        ):
            _claim_comments(page, i)
        elif "|" in line and i > page.title_index:
            _claim_table(page, i)
        elif not prose_seen and i > page.title_index and _details_box_end(page, i):
            page.claim_span(i, _details_box_end(page, i), "discard", "case details box")
        elif prose_lines < _HEADER_PROSE_LINES and i > page.title_index and is_prose(line):
            prose_lines += 1
            prose_seen = True


_DETAILS_BOX_MIN_ROWS = 3


def _details_box_end(page: Page, start: int) -> int | None:
    """Where a details box under the headline ends ("Court: … / Case number: … / Before: …"):
    three or more short "Field: value" rows in a row, a sidebar the story itself tells. One or
    two such lines are the section's label or a byline's."""
    j = start
    while j < len(page.lines) and page.free(j) and d.is_detail_row(page.lines[j]):
        j += 1
    return j if j - start >= _DETAILS_BOX_MIN_ROWS else None


def _claim_share_box(page: Page, prompt: int) -> None:
    """A share box's prompt and what it offers under it: the page's address to copy and the
    share buttons."""
    end = page.run_end(prompt + 1, lambda line: d.is_link_field(line) or d.is_share_row(line))
    page.claim_span(prompt, end, "discard", "share buttons")


def _in_share_row(page: Page, i: int) -> bool:
    """A "Comments" link among the share buttons under the byline ("Udostępnij", "Skopiuj
    link", "Komentarze") jumps to the thread; it does not head it. So does the thread's count
    over the share buttons ("34 תגובות" over "שתפו בפייסבוק"). Over the thread's own button
    ("Show Comments"), it is the thread's label, whatever row it closes."""
    above, below = page.prev_nonblank(i), page.next_nonblank(i)
    if below < len(page.lines) and lb.COMMENTS_HEADER_RE.match(page.lines[below]):
        return False
    if above >= 0 and d.is_share_row(page.lines[above]) and d.is_share_row(page.lines[i]):
        return True
    return (
        below < len(page.lines)
        and d.is_engagement_count(page.lines[i])
        and d.is_share_row(page.lines[below])
    )


_HEADER_PROSE_LINES = 2


def _beside_share_row(page: Page, i: int) -> bool:
    """A comment count right over or under the share buttons in the header ("Diskuse (187)"
    over "Sdílet na Facebooku", "Коментари (56)" under "Копирај линк") is the link to the
    thread under the article: it heads no thread there."""
    return any(
        0 <= k < len(page.lines) and d.is_share_row(page.lines[k])
        for k in (page.prev_nonblank(i), page.next_nonblank(i))
    )


def _before_masthead(page: Page, start: int, end: int) -> int:
    """A list under the article ends where the footer prints the site's name, alone or with
    a word or two ("The Karachi Post Media Group", "ABC News homepage")."""
    if page.site_name:
        return next((k for k in range(start, end) if _names_site_in_footer(page, k)), end)
    return end


_FOOTER_NAME_EXTRA_WORDS = 2


# The site describing itself after its name ("The Valley Dispatch is a reader-funded newsroom
# …"): the footer's blurb over its links, or the publisher's notice under a release.
SITE_DESCRIPTION_RE = re.compile(r"\s+is\s+(?:a|an|the)\s+\S")


def _names_site_in_footer(page: Page, i: int) -> bool:
    line = page.lines[i]
    name = page.site_short_name
    if page.names_site(line) or _spells_domain(line, name):
        return True
    if line.startswith(name) and SITE_DESCRIPTION_RE.match(line, len(name)):
        return True
    return (
        line.casefold().startswith(name.casefold() + " ")
        and word_count(line) <= word_count(name) + _FOOTER_NAME_EXTRA_WORDS
    )


def _spells_domain(line: str, domain: str) -> bool:
    """Whether the line is the site's name that its domain runs together ("Maple Falls Herald"
    for "maplefallsherald.com")."""
    if " " in domain or "." not in domain or len(line) > 60:
        return False
    key = domain.casefold().removeprefix("www.").split(".")[0]
    return "".join(filter(str.isalnum, line)).casefold() == key


def _claim_menu_from(page: Page, label: int) -> None:
    """Above the headline, "Topics", "Tags" or "More from …" is an entry of the site's menu,
    and so are the short lines under it ("Regions", "Experts", "Events"): no tags or related
    articles of the article."""
    end = _menu_end_before_label(page, label, item_run(page.lines, label + 1, page.claimed))
    page.claim_span(label, max(end, label + 1), "discard", "site navigation")


def _claim_live_index(page: Page, label: int) -> None:
    """A live page's index of its posts ("Key updates" over "- 11:32 AM: Turnout reaches
    27.6%"): links that jump to the posts below, whose headlines the body prints again."""
    j = page.next_nonblank(label)
    end = label + 1
    while j < len(page.lines) and page.free(j) and d.LIST_ITEM_RE.match(page.lines[j]):
        end = j = j + 1
    if end > label + 1:
        page.claim_span(label, end, "discard", "index of live posts")


# A reading list's card among a platform's recommendations: its name over "812 stories", a
# separator and "1621 saves".
_LIST_COUNT_RE = re.compile(r"(?i)^\d[\d,.]*\s*[km]?\s+(?:stories|saves|posts|articles)$")


def _reading_list_end(page: Page, end: int) -> int:
    """The end of a recommendations list with the reading-list cards that close it."""
    lines = page.lines
    while end < len(lines) and page.free(end) and _is_publication_name(lines[end]):
        count = page.next_nonblank(end)
        if count >= len(lines) or not _LIST_COUNT_RE.match(lines[count]):
            break
        end = count + 1
        while (
            end < len(lines)
            and page.free(end)
            and (d.is_separator_line(lines[end]) or _LIST_COUNT_RE.match(lines[end]))
        ):
            end += 1
    return end


def _sitewide_reason(label: str) -> str:
    """Name a site-wide teaser widget by its label: recommendations from the platform or
    partners, or a most-read / latest list."""
    if lb.RECOMMENDATION_LABEL_RE.match(label):
        return "site-wide recommendations"
    return "site-wide most-read list"


_SUPPORT_BOX_MAX_LINES = 8


def _claim_support_box(page: Page, start: int) -> None:
    """A box asking readers to pay: its opener, the pleas under it and the donate button."""
    j = start + 1
    end = min(len(page.lines), start + _SUPPORT_BOX_MAX_LINES)
    while j < end and page.free(j) and page.lines[j]:
        line = page.lines[j]
        if d.is_donate_button(line):
            j += 1
            break
        if not d.is_appeal_line(line):
            break
        j += 1
    page.claim_span(start, j, "discard", "donation appeal")


_TOP_APPEAL_SCAN_LINES = 40


def claim_top_appeal(page: Page) -> None:
    """A support box among the page's first lines ("Поддержите «Вольную газету»", its plea
    and the "Поддержать" button), claimed before the headline is looked for: above the
    headline, its plea would read as the first paragraph. Only a whole box counts there,
    opener, pleas and button, as a lone "Support us" at the top is an entry of the menu."""
    lines = page.lines
    for i in range(min(len(lines), _TOP_APPEAL_SCAN_LINES)):
        if not (page.free(i) and d.is_support_appeal(lines[i])):
            continue
        j = page.next_nonblank(i)
        end = min(len(lines), j + _SUPPORT_BOX_MAX_LINES)
        pleas = 0
        while j < end and page.free(j) and not d.is_donate_button(lines[j]):
            if not d.is_appeal_line(lines[j]):
                break
            pleas, j = pleas + 1, page.next_nonblank(j)
        if pleas and j < end and page.free(j) and d.is_donate_button(lines[j]):
            page.claim_span(i, j + 1, "discard", "donation appeal")
            return


def _is_support_button(page: Page, line: str) -> bool:
    """ "Donate", "Support us", or "Support" and the site's name ("Support Prastora")."""
    if len(line) > _SUPPORT_BUTTON_MAX_CHARS:
        return False
    if d.is_donate_button(line):
        return True
    name = page.site_name
    return bool(name) and casefolded(line) == casefolded(f"Support {name}")


_SUPPORT_BUTTON_MAX_CHARS = 60
_APPEAL_MAX_LINES = 3
# "$50", "€5 / month", and the field for one's own ("Other amount").
_AMOUNT_RE = re.compile(
    r"^(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£])(?:\s*(?:/|a|per)\s*month)?$"
    r"|^(?i:other|custom|any)\s+amount$"
)
# A reporter's own appeal: "Hi, this is Yuliia Savchuk. I wrote this story …"
_GREETING_RE = re.compile(
    r"(?i)^(?:hi|hello|dear\s+readers?)[,!]?\s+(?:this\s+is|i['’]m|it['’]s)\b"
)
# "We", "our", "you" and "your", and in Dutch, Polish and Russian (but the Polish "my" and
# "was", which are English words too).
_FIRST_PERSON_RE = re.compile(
    r"(?i)\b(?:we|our|us|you|your|wij|ons|onze|jouw|uw|nas|nasz\w*|wy|wasz\w*|мы|нас|наш\w*|"
    r"вы|вас|ваш\w*)(?!\w)"
)


def _claim_appeal_over_button(page: Page, button: int) -> None:
    """A support box with no opener: the pleas over its button, up to three lines that ask in
    the site's voice ("We exist thanks to our readers …", "Prastora has been declared …")."""
    start, k, pleas = button, page.prev_nonblank(button), 0
    while k > page.title_index and pleas < _APPEAL_MAX_LINES and _free_or_notice(page, k):
        line = page.lines[k]
        if not _AMOUNT_RE.match(line):  # the amounts to choose from ("$50", "$100")
            if not _pleads_in_own_voice(page, line):
                break
            pleas += 1
        start, k = k, page.prev_nonblank(k)
    for k in range(start, button + 1):
        if page.lines[k]:
            page.claim(k, "discard", "donation appeal")


def _free_or_notice(page: Page, i: int) -> bool:
    """Free, or the site describing itself ("Tracewell is a non-profit newsroom …"), read as
    a publisher notice before the button under it showed it to be a plea of the box."""
    claim = page.claims[i]
    return claim is None or claim.kind == "discard" and claim.reason == "publisher notice"


def _pleads_in_own_voice(page: Page, line: str) -> bool:
    if _GREETING_RE.match(line):
        return True
    own_name = bool(page.site_name) and line.startswith(page.site_name + " ")
    appeal = d.is_appeal_line(line)
    # The site may plead in the third person, naming itself ("The Ledger is reader-funded.").
    return bool(_FIRST_PERSON_RE.search(line)) and (appeal or own_name) or own_name and appeal


def _is_button_under_pleas(page: Page, i: int) -> bool:
    """ "Support us" closing the pleas above it is their button, though it could open a box."""
    if not _is_support_button(page, page.lines[i]):
        return False
    above = page.prev_nonblank(i)
    return (
        above > page.title_index
        and page.free(above)
        and _pleads_in_own_voice(page, page.lines[above])
    )


# A ticker shows at least this many posts; a live blog's first post under its label is
# followed by its text, not by another time and headline.
_TICKER_LEAST_POSTS = 2


def claim_top_ticker(page: Page) -> None:
    """A live-news ticker in the page's header, claimed before the headline is looked for, as
    its headlines have a headline's shape: "Live updates", then the newest posts, each a
    relative time and a headline in either order, and the link to them all."""
    lines = page.lines
    for i, line in enumerate(lines):
        if is_prose(line) and not d.is_cookie_notice(line):
            return  # the header is over; a cookie banner may open it
        if page.free(i) and lb.LIVE_INDEX_LABEL_RE.match(line):
            end = _ticker_end(page, i)
            if end:
                page.claim_span(i, end, "discard", "live news ticker")
            return
        if (
            page.free(i)
            and len(line) <= _BREAKING_LABEL_MAX_CHARS
            and lb.BREAKING_LABEL_RE.match(line)
        ):
            end = _breaking_ticker_end(page, i)
            if end:
                page.claim_span(i, end, "discard", "site-wide latest news list")
                return


_BREAKING_LABEL_MAX_CHARS = 16
_HEADLINE_LEAST_WORDS = 4


# A blogging platform's publication: its follow button, the byline's "Published in" over its
# name, and its box after the post ("Published in Eastern Frontiers" over its follower count).
_FOLLOW_PUBLICATION_RE = re.compile(r"(?i)^follow\s+(?:this\s+)?publication$")
_PUBLISHED_IN_RE = re.compile(r"(?i)^published\s+in(?:\s+(?P<name>\S.{0,60}))?$")
_PUBLICATION_NAME_MAX_WORDS = 6
_PUBLICATION_BOX_MAX_LINES = 8


def claim_publication_bar(page: Page) -> None:
    """The bar over a post in a publication on a blogging platform: the publication's name,
    a separator and "Follow publication", claimed before the headline is looked for, so that
    the name is read neither as the menu's last entry nor as the post's section."""
    lines = page.lines
    for i, line in enumerate(lines):
        if is_prose(line):
            return
        if not (line[:1] in "Ff" and _FOLLOW_PUBLICATION_RE.match(line)):
            continue
        start = page.prev_nonblank(i)
        if start >= 0 and d.is_separator_line(lines[start]):
            start = page.prev_nonblank(start)
        if start < 0 or not _is_publication_name(lines[start]):
            start = i
        page.claim_span(start, i + 1, "discard", "follow button")
        return


def _is_publication_name(line: str) -> bool:
    return 0 < word_count(line) <= _PUBLICATION_NAME_MAX_WORDS and not ends_sentence(line)


# The link under the comments shown, where the thread has no heading of its own; a reply
# button marks the lines above it as comments.
_MORE_COMMENTS_RE = re.compile(r"(?i)^(?:see|load|show|view)\s+(?:more|previous|all)\s+comments$")
_SIGN_IN_TO_COMMENT_RE = re.compile(r"(?i)^to\s+view\s+or\s+add\s+a\s+comment,\s+sign\s+in$")
_REPLY_RE = re.compile(r"(?i)^(?:reply|répondre|responder|antworten|odpowiedz)$")
_THREAD_MAX_LINES = 60


def _claim_thread_above(page: Page, link: int) -> None:
    """Comments printed with no heading, between the post's action bar ("Like", "Comment",
    "Repost", "Send") and the link to the rest of the thread: the lines up to the bar, when a
    reply button is among them, are one comments section, with the sign-in line under it."""
    lines = page.lines
    start = link
    k = page.prev_nonblank(link)
    replies = 0
    while k > page.title_index and link - k <= _THREAD_MAX_LINES and page.free(k):
        above = page.prev_nonblank(k)
        if d.is_share_row(lines[k]) and above >= 0 and d.is_share_row(lines[above]):
            break  # the post's action bar
        replies += bool(_REPLY_RE.match(lines[k]))
        start, k = k, above
    if not replies:
        start = link
    end = link + 1
    following = page.next_nonblank(link)
    if following < len(lines) and _SIGN_IN_TO_COMMENT_RE.match(lines[following]):
        end = following + 1
    page.claim_span(start, end, "discard", "comments section")


# A login box captured at the end of the page ("Sign in to view more content", its form):
# from its first line to the end, when only short lines follow it.
_SIGN_IN_WALL_RE = re.compile(r"(?i)^sign\s+in\s+to\s+(?:view|see|read|continue)\b.{0,40}$")
_WALL_MAX_LINES = 20
_WALL_LINE_MAX_WORDS = 30


def _claim_closing_wall(page: Page, start: int) -> None:
    lines = page.lines
    rest = range(start, len(lines))
    if len(rest) > _WALL_MAX_LINES or any(
        word_count(lines[k]) > _WALL_LINE_MAX_WORDS or not page.free(k) for k in rest
    ):
        return
    page.claim_span(start, len(lines), "discard", "paywall notice")


def _claim_published_in(page: Page, i: int, name: str | None) -> None:
    """Under the byline, "Published in" over the publication's name: a label, not a second
    author. After the post, "Published in Eastern Frontiers" over its follower count opens
    the publication's box, through its description and its follow button."""
    lines = page.lines
    following = page.next_nonblank(i)
    if following >= len(lines) or not page.free(following):
        return
    if name is None:
        if _is_publication_name(lines[following]):
            page.claim_span(i, following + 1, "discard", "label under the headline")
        return
    if not d.is_engagement_count(lines[following]):
        return
    j = following
    for _ in range(_PUBLICATION_BOX_MAX_LINES):
        j = page.next_nonblank(j)
        if j >= len(lines) or not page.free(j):
            return
        if lines[j] == "Follow" or d.is_follow_button(lines[j]):
            page.claim_span(i, j + 1, "discard", "site promotion")
            return


def _breaking_ticker_end(page: Page, label: int) -> int | None:
    """The end of a breaking-news ticker ("Flash info", "SON DAKİKA") over its headlines, two
    or more, when the menu or the breadcrumb trail resumes under them: a ticker that runs into
    the headline could be the page's own title."""
    lines = page.lines
    j, posts = page.next_nonblank(label), 0
    while (
        j < len(lines)
        and page.free(j)
        and word_count(lines[j]) >= _HEADLINE_LEAST_WORDS
        and not is_prose(lines[j])
        and not d.breadcrumb_parts(lines[j])
    ):
        j, posts = page.next_nonblank(j), posts + 1
    if posts < _TICKER_LEAST_POSTS or j >= len(lines):
        return None
    if d.is_label(lines[j]) or d.breadcrumb_parts(lines[j]):
        return page.prev_nonblank(j) + 1
    return None


def _ticker_end(page: Page, label: int) -> int | None:
    lines = page.lines
    first = page.next_nonblank(label)
    time_first = first < len(lines) and is_relative_time(lines[first])
    j, posts = first, 0
    while j < len(lines):
        k = page.next_nonblank(j)
        time, headline = (j, k) if time_first else (k, j)
        if not (
            k < len(lines)
            and page.free(j)
            and page.free(k)
            and is_relative_time(lines[time])
            and not is_relative_time(lines[headline])
            and not is_prose(lines[headline])
        ):
            break
        j, posts = page.next_nonblank(k), posts + 1
    if posts < _TICKER_LEAST_POSTS:
        return None
    if j < len(lines) and page.free(j) and d.is_see_all_link(lines[j]):
        j += 1
    return j


def _claim_paywall_box(page: Page, start: int) -> None:
    """Where a paywall cuts the article, or an offer follows it: the box's name above its
    pitch, and the pitches, buttons, price and sign-in link under it."""
    end = page.run_end(start + 1, d.is_subscription_line)
    page.claim_span(_paywall_box_start(page, start), end, "discard", "paywall notice")


# Lines of pitch and price a box may print between its name and the sign-in line that gives
# it away ("Unlock the full Beacon experience", a pitch, "Subscribe now – ₪9.90 …").
_PAYWALL_BOX_REACH = 3
_PITCH_MAX_WORDS = 25


def _paywall_box_start(page: Page, start: int) -> int:
    """The box's first line: its name, or the access badge over it ("Premium"), when the
    lines between it and ``start`` are short pitches; otherwise ``start``."""
    first, j = start, start
    for _ in range(_PAYWALL_BOX_REACH + 1):
        j = page.prev_nonblank(j)
        if j <= page.title_index or not page.free(j):
            break
        line = page.lines[j]
        if d.is_subscription_box_title(line) or d.is_access_badge(line):
            first = j
        elif word_count(line) > _PITCH_MAX_WORDS:
            break
    return first


# "#Development Road": a topic link printed with its hash (a Markdown heading has a space).
_HASHTAG_LINE_RE = re.compile(r"^#(?P<tag>[^\s#]\S*(?:\s+\S+){0,4})$")
# A post's hashtags on one line ("#Georgia #Stepantsminda #UpperLars"): its tags.
_HASHTAGS_RE = re.compile(r"^#\w+(?:\s+#\w+)+$")


def _claim_hashtags(page: Page, start: int) -> None:
    """Topic links printed one to a line with a hash and no label: two or more are the tags."""
    j, tags = start, []
    while j < len(page.lines) and page.free(j) and (match := _HASHTAG_LINE_RE.match(page.lines[j])):
        tags.append(match["tag"])
        j += 1
    if len(tags) >= 2:
        page.tags.extend(tags)
        page.claim_span(start, j, "tags")


# How far a chart's number may be from its credit line: its title, legend, controls, axis
# ticks and bar labels are one short line each.
_CHART_MAX_LINES = 25
_CHART_LINE_MAX_WORDS = 12


def _claim_chart(page: Page, number: int) -> None:
    """An interactive chart ("Figure 2"): the number, title, legend, controls, "Loading
    chart…", the tick and bar labels the page leaked as lines, and its note, down to the
    credit line that closes it ("Chart: … • Source: …"). Without that line it is left alone."""
    j = number + 1
    while j < min(len(page.lines), number + _CHART_MAX_LINES) and page.free(j):
        line = page.lines[j]
        if d.is_chart_credit(line):
            page.claim_span(number, j + 1, "discard", "embedded chart")
            return
        if word_count(line) > _CHART_LINE_MAX_WORDS:
            return
        j += 1


def _claim_republish_box(page: Page, label: int) -> None:
    """A nonprofit's "Republish this article" box: its licence and copy button."""
    end = page.run_end(label + 1, d.is_republish_line)
    if end > label + 1:
        page.claim_span(label, end, "discard", "republication notice")


_END_MARK_RE = re.compile(r"^(?:#{3}|-\s?30\s?-|ends|end)$", re.IGNORECASE)
_CONTACT_NAME_MAX_WORDS = 10


def _claim_press_contacts(page: Page, label: int) -> None:
    """A release's press contacts ("For more information, please contact:", "Media Contact"):
    the press office's name, addresses and numbers under it, and an end mark ("###") above."""
    start, above = label, page.prev_nonblank(label)
    if above > page.title_index and page.free(above) and _END_MARK_RE.match(page.lines[above]):
        start = above
    j, end = label + 1, label + 1
    while j < len(page.lines) and page.free(j) and page.lines[j]:
        line = page.lines[j]
        if d.is_contact_line(line):
            end = j + 1
        elif (
            word_count(line) > _CONTACT_NAME_MAX_WORDS
            or ends_sentence(line)
            or lb.WIDGET_LABEL_RE.match(line)
        ):
            break
        j += 1
    page.claim_span(start, end, "discard", "press contacts")


# A blog's category with its number of posts ("Middle East (112)").
_COUNTED_CATEGORY_RE = re.compile(r"^\S.{0,60}\s\(\d[\d,.]*\)$")
_LEAST_BLOG_WIDGET_ITEMS = 2


def _blog_sidebar_end(page: Page, label: int) -> int | None:
    """Where a blog's sidebar ends: its widgets one under the other, each a label and two or
    more links ("Archives" over the months, "Blogroll" over other blogs' names), "Categories"
    over categories with their post counts ("Europe (87)"): the blog's navigation, not the
    article's tags, which its own "Tags:" line gives. None when the label heads no such list."""
    lines, end, j = page.lines, None, label
    while j < len(lines) and page.free(j) and lb.BLOG_SIDEBAR_LABEL_RE.match(lines[j]):
        counted = lines[j][:1] in "Cc"
        items = page.run_end(j + 1, _counted_category if counted else _blog_link)
        if items - j - 1 < _LEAST_BLOG_WIDGET_ITEMS:
            break
        end = _before_masthead(page, j + 1, items)
        if end < items:
            break
        j = page.next_nonblank(end - 1)
    return end


def _counted_category(line: str) -> bool:
    return len(line) <= 70 and bool(_COUNTED_CATEGORY_RE.match(line))


def _blog_link(line: str) -> bool:
    """A sidebar list's link: a short line, no sidebar label, nor the footer's copyright line
    or links under the sidebar."""
    return (
        _is_menu_link(line)
        and not lb.BLOG_SIDEBAR_LABEL_RE.match(line)
        and not d.is_copyright(line)
        and not d.is_footer_link(line)
    )


def names_site_category(page: Page, label: str) -> bool:
    """Whether the label over the headline is one of the categories the blog's sidebar lists
    with its post count ("Middle East" and "Middle East (112)"): the post's category, printed
    under the menu."""
    prefix = label + " ("
    return any(
        line.startswith(prefix) and _counted_category(line)
        for line in page.lines[page.title_index + 1 :]
    )


_LEAST_SIDEBAR_LINKS = 3
_MENU_LINK_MAX_WORDS = 4


def _is_menu_link(line: str) -> bool:
    return word_count(line) <= _MENU_LINK_MAX_WORDS and not ends_sentence(line)


_REACTION_PROMPT_MAX_WORDS = 8


def _over_reaction_counts(page: Page, i: int) -> bool:
    """A short question over counts of pictograms ("What do you think?" / "👍 1,204" / "😮 87"):
    the readers' reactions, even when the question reads as a comments header."""
    j = page.next_nonblank(i)
    return (
        word_count(page.lines[i]) <= _REACTION_PROMPT_MAX_WORDS
        and page.free(j)
        and _is_reaction_count(page.lines[j])
    )


def _is_reaction_count(line: str) -> bool:
    return line[:1] >= "\u2190" and d.is_engagement_count(line)


_DOCUMENT_LINK_MAX_WORDS = 8


def _claim_documents(page: Page, label: int) -> None:
    """An institution's box of files under a release ("Related documents" / "Monetary policy
    statement (PDF, 184 KB)" / "Press conference: live stream and recording"): the file links
    and the short links among them, with one file link at least. A short line over a paragraph
    is a heading of the text again."""
    j, end, files = page.next_nonblank(label), label + 1, 0
    while j < len(page.lines) and page.free(j):
        line, following = page.lines[j], page.next_nonblank(j)
        if d.is_download_link(line):
            files += 1
        elif (
            word_count(line) > _DOCUMENT_LINK_MAX_WORDS
            or ends_sentence(line)
            or lb.WIDGET_LABEL_RE.match(line)
            or following < len(page.lines)
            and is_prose(page.lines[following])
        ):
            break
        end, j = j + 1, following
    if files:
        page.claim_span(label, end, "discard", "report download links")


_EVENT_LINE_MAX_WORDS = 12


def _is_event_date(line: str) -> bool:
    """A line of a next-meeting box: its dates, and when the decision is announced."""
    return word_count(line) <= _EVENT_LINE_MAX_WORDS and has_date(line)


# A calendar's entry opens with its day ("Thursday, Oct. 9 — …"); its footer asks for events.
_CALENDAR_ENTRY_RE = re.compile(
    r"(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\.?\s+\d)|^to\s+(?:add|submit|list)\s+(?:your|an)\s+event\b"
)


def _is_calendar_line(line: str) -> bool:
    return bool(_CALENDAR_ENTRY_RE.match(line))


def _claim_notice_promo(page: Page, start: int) -> None:
    """The paper's notices box: its label ("Announcements") and its offers and button."""
    start = page.box_start(start, lambda line: word_count(line) <= 2 and not ends_sentence(line))
    page.claim_span(start, page.run_end(start + 1, d.is_notice_promo), "discard", "site promotion")


_ROLE_PREFIX_RE = re.compile(r"(?i)^(?:chair|moderator|host|discussant|speaker)\s*:\s*")
_SPEAKER_LINE_MAX_WORDS = 20


def _claim_speakers(page: Page, label: int) -> None:
    """An event's "Speakers" list ("Dr Amara Nwosu, Senior Fellow, …", "Chair: Tom Ellery,
    …"): part of the event's text under its heading, and no byline; the summary's quotes name
    the speakers by surname."""
    end = page.run_end(label + 1, _is_speaker_line)
    if end == label + 1:
        return
    page.claim(label, "heading")
    for k in range(label + 1, end):
        page.claim(k, "paragraph")


def _is_speaker_line(line: str) -> bool:
    if word_count(line) > _SPEAKER_LINE_MAX_WORDS or line.endswith(".") or "," not in line:
        return False
    name = _ROLE_PREFIX_RE.sub("", line).split(",", 1)[0]
    return bool(split_names(name))


def _claim_feedback(page: Page, start: int) -> None:
    """A page-feedback widget: its question, a second prompt and the answer buttons."""
    j = start + 1
    while j < len(page.lines) and page.free(j) and page.lines[j]:
        line = page.lines[j]
        if not (d.FEEDBACK_ANSWER_RE.match(line) or d.is_feedback_prompt(line)):
            break
        j += 1
    page.claim_span(start, j, "discard", "feedback widget")


def _claim_toc(page: Page, label: int) -> None:
    """A labelled table of contents; its entries (numbering, dot leaders and page numbers
    dropped) become ``toc``."""
    lines = page.lines
    j = page.next_nonblank(label)
    entries: list[str] = []
    while j < len(lines) and lines[j] and page.free(j):
        item = d.LIST_ITEM_RE.match(lines[j])
        text = d.strip_leader(d.strip_numbering(item["item"] if item else lines[j]))
        if entries and same_text(text, entries[0]):
            break
        if word_count(text) > 20 or not item and not d.is_heading_like(text):
            break
        entries.append(text)
        j += 1
    if len(entries) < 2:
        page.claim(label, "discard", "table of contents label")
        return
    page.toc = entries
    page.claim_span(label, j, "toc")


def _claim_related_block(page: Page, label: int) -> None:
    """A labelled related-articles block; its title [+ date] items become ``related``."""
    tab = label + 1
    if tab < len(page.lines) and page.free(tab) and lb.RELATED_LABEL_RE.match(page.lines[tab]):
        # The box's tabs ("RELATED ARTICLES" / "MORE FROM AUTHOR") over the one list shown.
        _claim_related_block(page, tab)
        if page.claims[tab].kind == "related":
            page.claim(label, "related")
            return
    end = _before_masthead(page, label + 1, item_run(page.lines, label + 1, page.claimed))
    # A wiki's next section ("Related news" / … / "Sources"): the box ends at its heading.
    end = next((k for k in range(label + 1, end) if lb.SOURCES_LABEL_RE.match(page.lines[k])), end)
    items = teaser_items(page.lines[label + 1 : end], month_first=page.month_first)
    # A headline has three words or more: one- or two-word lines closing the run are the
    # footer's first links ("Apps"), which the run swept in.
    while len(items) > 1 and word_count(items[-1][0].title) < 3 and not items[-1][0].date:
        end = label + 1 + items.pop()[1][0]
    if len(items) > 1 and _heading_after_box(page, items, label + 1 + items[-1][1][-1]):
        end = label + 1 + items.pop()[1][0]
    # The site's name under the label is the masthead or footer starting, not a teaser.
    masthead = page.lines[page.next_nonblank(-1)]
    items = [(rel, offsets) for rel, offsets in items if not same_text(rel.title, masthead)]
    if not items:
        page.claim(label, "discard", "empty related-articles label")
        return
    known = {text_key(rel.title) for _, rel in page.related}
    if all(text_key(rel.title) in known for rel, _ in items):
        page.claim_span(label, end, "discard", "repeated related-posts block")
        return
    page.claim(label, "related")
    for rel, offsets in items:
        page.related.append((label + 1 + offsets[0], rel))
        for off in offsets:
            page.claim(label + 1 + off, "related")
    # "list 1 of 3" markers number the teasers: part of the widget, not items of it.
    for j in range(label + 1, end):
        if page.free(j) and d.is_list_position_marker(page.lines[j]):
            page.claim(j, "related")


_BOX_HEADING_MAX_WORDS = 4


def _heading_after_box(page: Page, items: list, last: int) -> bool:
    """A related box inside the text ends where the text goes on: a short line closing the run
    right above running text, under longer teaser headlines ("Gat in de begroting" under "Lees
    ook" and its teaser), is the article's next section heading, not a teaser."""
    closing = items[-1][0]
    following = page.next_nonblank(last)
    return (
        closing.date is None
        and word_count(closing.title) <= _BOX_HEADING_MAX_WORDS
        and all(word_count(rel.title) > word_count(closing.title) for rel, _ in items[:-1])
        and following < len(page.lines)
        and is_prose(page.lines[following])
    )


def _claim_tag_block(page: Page, label: int) -> None:
    """A "Tags" label followed by one tag per line (or one comma-separated line)."""
    end = item_run(page.lines, label + 1, page.claimed)
    # One tag per line: a comma then belongs to the tag ("Business, Economics and Finance").
    one_per_line = sum(1 for j in range(label + 1, end) if page.lines[j]) > 1
    tags = []
    last = label + 1
    for j in range(label + 1, end):
        line = page.lines[j]
        if not line:
            continue
        if (
            lb.WIDGET_LABEL_RE.match(line)
            or d.is_subscription_box_title(line)
            or d.is_channel_promo(line)
        ):
            # The next box's label ("Most Visited", "Get unlimited access") or the site's
            # channel ("Пратите нас и на Телеграму", "Follow our Telegram channel"): no tag.
            break
        parts = tag_items(d.LIST_ITEM_RE.sub(r"\g<item>", line), at_commas=not one_per_line)
        if not all(word_count(p) <= 5 for p in parts):
            break
        if page.site_name and line.casefold().startswith(page.site_name.casefold()):
            break  # "Property Times 2024": the footer's first line, not a tag
        tags.extend(parts)
        last = j + 1
    closing = page.next_nonblank(last - 1)
    if closing < len(page.lines) and page.free(closing) and d.is_see_all_link(page.lines[closing]):
        # "Explore topics" over "Sales", "Marketing" … "See All": the site's directory of
        # topics, the same under every article, not this article's tags.
        page.claim_span(label, closing + 1, "discard", "site's topic directory")
        return
    page.tags.extend(tags)
    page.claim_span(label, last, "tags")


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _claim_citation(page: Page, label: int) -> None:
    """A "Cite this" box: the formatted reference to the page itself and its copy buttons.
    It repeats the title, author and date; it is not text of the article."""
    j = label + 1
    while j < len(page.lines) and j <= label + 4 and page.free(j):
        line = page.lines[j]
        if line and not (lb.CITATION_TOOL_RE.match(line) or _YEAR_RE.search(line)):
            break
        j += 1
    page.claim_span(label, j, "discard", "citation box")


def _claim_about_author(page: Page, label: int) -> None:
    """The bio under an "About the author" label, and under "About the authors" the bios that
    follow it, each opening with its author's name."""
    j = page.next_nonblank(label)
    page.claim(label, "bio")
    if j < len(page.lines) and page.free(j) and word_count(page.lines[j]) >= 5:
        line = page.lines[j]
        name = bio_subject(line)
        while True:
            page.bios.append(Bio(j, name, line, links_in(line), handles_in(line)))
            page.claim(j, "bio")
            absorb_bio_extras(page, j)
            j = page.next_nonblank(j)
            if j >= len(page.lines) or not page.free(j):
                break
            line = page.lines[j]
            name = bio_subject(line)
            if name is None:
                break
    elif j < len(page.lines) and page.free(j):
        _claim_named_box(page, j)


_BOX_NAME_MAX_WORDS = 4
_BOX_BIO_MIN_WORDS = 8


def _claim_named_box(page: Page, name_line: int) -> None:
    """Under its label, an author box may print the name, a job title, then a bio that does
    not name the author ("この記事を書いた人" / "佐藤健一" / "ロンドン支局長" / "2003年入社。…"):
    the label vouches that the bio is the named author's. A bio that opens with a name is left
    to ``claim_bios``, which reads the name from it."""
    lines = page.lines
    name = lines[name_line]
    if word_count(name) > _BOX_NAME_MAX_WORDS or ends_sentence(name) or date_line(name):
        return
    k = page.next_nonblank(name_line)
    job = None
    if k < len(lines) and page.free(k) and _is_job_title(lines[k]) and not ends_sentence(lines[k]):
        job, k = k, page.next_nonblank(k)
    if k >= len(lines) or not page.free(k):
        return
    bio = lines[k]
    if word_count(bio) < _BOX_BIO_MIN_WORDS or not ends_sentence(bio) or bio_subject(bio):
        return
    page.claim(name_line, "bio")
    if job is not None:
        # A bio has no job-title field: claimed with it, the line would vanish.
        page.claim(job, "discard", "author's job title")
    page.bios.append(Bio(k, name, bio, links_in(bio), handles_in(bio)))
    page.claim(k, "bio")
    absorb_bio_extras(page, k)


# The comment form's submit button, or the link to the whole thread under the comments shown
# ("See all 12 comments"): the thread ends there.
_COMMENT_SUBMIT_RE = re.compile(
    r"(?i)^(?:(?:post|submit|add|publish|leave)\s+(?:a\s+|your\s+)?comment"
    r"|(?:see|view|read|show)\s+all\s+(?:\d+\s+)?comments"
    # French: WordPress's "Publier le commentaire".
    r"|publier\s+(?:le|un|mon|votre)\s+commentaire"
    # Korean ("write a comment") and Chinese ("post"): the form's button.
    r"|댓글\s?(?:쓰기|작성|등록)|发表(?:评论)?)$"
)


def _claim_comments(page: Page, start: int) -> None:
    """Reader comments after the article: everything up to the footer or the next widget, or
    through the comment form's submit button or a notice that comments are closed."""
    lines = page.lines
    j = start
    while j < len(lines):
        line = lines[j]
        # A closed thread has no comments after its notice: the footer follows it.
        if j > start and (_COMMENT_SUBMIT_RE.match(line) or d.is_comments_closed(line)):
            j += 1
            break
        if (
            line
            and j > start
            and (
                d.is_copyright(line)
                or d.is_back_to_top(line)
                or d.is_footer_link(line)
                or d.is_menu_row(line)
                or d.is_cookie_notice(line)
                # a newsletter box's title under the thread ("Abonează-te la newsletter"); the
                # comment form's own email field is the thread's
                or d.is_newsletter_heading(line)
                or lb.SITEWIDE_LABEL_RE.match(line)
                or lb.RELATED_LABEL_RE.match(line)
                or lb.TAGS_LABEL_RE.match(line)
                # the footer's first line: the site's name ("South China Ledger")
                or (page.site_name and _names_site_in_footer(page, j))
            )
        ):
            break
        j += 1
    page.claim_span(start, j, "discard", "comments section")


def _claim_table(page: Page, start: int) -> None:
    found = pipe_table(page.lines, start)
    if not found:
        return
    span, header, rows = found
    caption = None
    before = start - 1
    if before > page.title_index and page.free(before):
        line = page.lines[before]
        if any(same_text(line, entry) for entry in page.toc):
            line = ""
        if (
            line
            and not d.is_lead_in(line)
            and (word_count(line) <= 25 and not ends_sentence(line) or line.startswith("Table"))
        ):
            caption = line
            page.claim(before, "caption")
    page.claim_span(span.start, span.end, "consumed")
    page.claim(span.start, "table", data=(caption, header, rows))


def claim_teasers(page: Page) -> None:
    """Unlabelled teaser runs: the first copy feeds ``related``; a repeat is discarded.

    Themes often print the same block twice (desktop and mobile), sometimes back to back, so a
    run is also checked for repeating its own first groups.
    """
    seen = page.teaser_keys
    for run in teaser_groups(page.lines, page.claimed, month_first=page.month_first):
        _claim_teaser_run(page, run, seen)


def claim_header_teaser(page: Page) -> None:
    """A single labelled teaser (label, Title Case headline, date) between the title and the
    body; once the title is known it can no longer be mistaken for the page's own header. Its
    later copies are discarded as repeats."""
    first_prose = next(
        (
            i
            for i in range(page.title_index + 1, len(page.lines))
            if page.free(i) and is_prose(page.lines[i])
        ),
        len(page.lines),
    )
    for run in teaser_groups(page.lines, page.claimed, min_groups=1, month_first=page.month_first):
        key = tuple(_group_key(page, span) for span, _ in run)
        if key in page.teaser_keys or all(
            page.title_index < span.start < first_prose
            and rel.section
            # "Emeka Okafor, Ministry Spokesperson" over the place and the date: the byline.
            and not bare_byline(rel.section)
            # A toolbar's "Listen to this article", "Share" or "5 min read" over the byline
            # and the date: the article's own header, not a teaser.
            and not _is_toolbar_control(rel.section)
            and not explicit_byline(rel.title)
            and capital_ratio(rel.title) >= 0.6
            and not same_text(rel.title, page.title)
            for span, rel in run
        ):
            _claim_teaser_run(page, run, page.teaser_keys)


def _is_toolbar_control(line: str) -> bool:
    return d.is_share_row(line) or d.is_player_control(line) or is_reading_time(line)


def _claim_teaser_run(page: Page, run, seen: set) -> None:
    keys = [_group_key(page, span) for span, _ in run]
    period = _period(keys)
    for k in range(0, len(run), period):
        chunk = run[k : k + period]
        chunk_key = tuple(keys[k : k + period])
        start, end = chunk[0][0].start, chunk[-1][0].end
        if chunk_key in seen:
            page.claim_span(start, end, "discard", "repeated related-posts block")
            continue
        seen.add(chunk_key)
        page.claim_span(start, end, "related")
        for span, rel in chunk:
            page.related.append((span.start, rel))


def _group_key(page: Page, span) -> str:
    return "\n".join(text_key(line) for line in page.lines[span.start : span.end] if line)


def _period(keys: list[str]) -> int:
    """The shortest p such that the key sequence is its first p keys repeated."""
    for p in range(1, len(keys) // 2 + 1):
        if all(keys[k] == keys[k - p] for k in range(p, len(keys))):
            return p
    return len(keys)


def absorb_bio_extras(page: Page, index: int) -> None:
    """Contact lines right under a bio ("Follow her on X @jdoe") belong to it, not the next
    author's bio with its own ("John Roe is … He is on Bluesky at @jroe")."""
    bio = page.bios[-1]
    j = index + 1
    while j < len(page.lines) and page.free(j) and _BIO_EXTRA_RE.search(page.lines[j]):
        line = page.lines[j]
        if word_count(line) > 30 or bio_subject(line):
            break
        bio.links.extend(link for link in links_in(line) if link not in bio.links)
        bio.handles.extend(h for h in handles_in(line) if h not in bio.handles)
        page.claim(j, "bio")
        j += 1


def _absorb_box_header(
    page: Page, index: int, name: str, body_start: int, authors: list[str]
) -> None:
    """An author box below the article prints the name, then a job title or employer, then
    the bio: those lines belong to it rather than passing for headings. Above the headline the
    box is the article's byline, its name line the byline. A box headed by a byline name whose
    bio spells the name another way ("Catherine O'Donnell" over "Kate O'Donnell is …") is that
    author's, the bio's spelling an alias."""
    found = _box_header(page, index, name, body_start, authors)
    if found is None:
        return
    above, author = found
    for k in above:
        if k == above[-1] and k < page.title_index and (names := bare_byline(page.lines[k])):
            page.add_byline(names, page.lines[k])
            page.claim(k, "meta", "byline")
        elif k != above[-1] and _is_job_title(page.lines[k]):
            # A bio has no job-title field: claimed with it, the line would vanish.
            page.claim(k, "discard", "author's job title")
        else:
            page.claim(k, "bio")
    page.bios[-1].header = author


def _box_header(
    page: Page, index: int, name: str | None, body_start: int, authors: list[str]
) -> tuple[list[int], str | None] | None:
    """The lines of an author box over its bio at ``index``, up to the line naming the author
    (a byline's name, or the bio's ``name``), and the byline's name if it is one."""
    above: list[int] = []
    j = page.prev_nonblank(index)
    while j > body_start and page.free(j) and len(above) < 3:
        line = page.lines[j]
        if word_count(line) > 8 or ends_sentence(line):
            return None
        above.append(j)
        author = next((a for a in authors if same_person(line, a)), None)
        if author or name and same_person(line, name):
            return above, author
        j = page.prev_nonblank(j)
    return None


_JOB_TITLE_MAX_WORDS = 6


def _is_job_title(line: str) -> bool:
    """The job printed under the name in an author box ("Senior Reporter"), where the
    employer may sit instead ("CBC Toronto"). The beat may follow the job after a comma
    ("Senior Analyst, South Caucasus and Black Sea"): the job alone is measured."""
    return word_count(line.split(",", 1)[0]) <= _JOB_TITLE_MAX_WORDS and bool(
        JOB_WORDS_RE.search(line)
    )


_AUTHOR_NOTE_RE = re.compile(r"(?i)^the\s+(?:author|writer)\s+(?:is|was)\s+(?:a|an|the)\s")


def claim_bios(page: Page) -> None:
    """Author bios: a paragraph opening with the byline's name (or a close spelling of it), or
    a journalist's bio that opens or closes the page."""
    lines, claims = page.lines, page.claims
    # page.free(i) without the call, on every line: line is lines[i], and i is in range.
    prose = [i for i, line in enumerate(lines) if claims[i] is None and line and is_prose(line)]
    if not prose:
        return
    provisional = list(page.bylines)
    for i in range(page.title_index + 1, prose[0]):
        if page.free(i):
            provisional.extend(bare_byline(page.lines[i]) or [])
    # The name printed under the standfirst ("Katarzyna Nowak" under the headline's summary).
    under = page.next_nonblank(prose[0])
    if prose[0] > page.title_index and under < len(lines) and page.free(under):
        provisional.extend(bare_byline(lines[under]) or [])
    for i, line in enumerate(lines):
        # not page.free(i), without the call
        if claims[i] is not None or not line or word_count(line) < 8:
            continue
        name = bio_subject(line) or surname_bio(line, provisional)
        if not name and i > prose[0] and _AUTHOR_NOTE_RE.match(line):
            # "The author is a reporter with Huaxia Daily.": the byline's author's bio.
            page.bios.append(Bio(i, None, line, links_in(line), handles_in(line)))
            page.claim(i, "bio")
            continue
        if not name and i > prose[0]:
            name = _name_over_bio(page, i, provisional)
        if not name or page.names_site(name):
            # "Masar Online is the English-language news website of …": the site's own line.
            continue
        matches = any(same_person(name, author) for author in provisional)
        # Or a box over it names a byline's author: the bio spells the name another way.
        boxed = not matches and i > prose[0] and _box_header(page, i, None, prose[0], provisional)
        if matches or boxed or i >= prose[-1] or (i <= prose[0] and not provisional):
            line = page.lines[i]
            page.bios.append(Bio(i, name, bio_text(line), links_in(line), handles_in(line)))
            page.claim(i, "bio")
            if i > prose[0]:
                _absorb_box_header(page, i, name, prose[0], provisional)
            elif i < page.title_index:
                _absorb_box_header(page, i, name, -1, provisional)
            absorb_bio_extras(page, i)
            _claim_more_by_author(page, i)


def _claim_more_by_author(page: Page, bio: int) -> None:
    """A bare "Read more" under an author card's bio ("और पढ़ें") links to the author's page."""
    j = page.next_nonblank(bio)
    if j < len(page.lines) and page.free(j) and d.is_read_more_link(page.lines[j]):
        page.claim(j, "discard", "link to the author's page")


def _name_over_bio(page: Page, i: int, authors: list[str]) -> str | None:
    """The byline author whose name alone is printed over a bio that opens with the trade
    ("ليلى منصور" over "صحفية متخصصة في شؤون البيئة …"): an author card below the article."""
    line = page.lines[i]
    if not ends_sentence(line):
        return None
    above = page.prev_nonblank(i)
    if not page.free(above) or word_count(page.lines[above]) > 4:
        return None
    # Or opens with the name again, which a script without capitals gives no other shape
    # ("अमित कुमार सिंह" over "अमित कुमार सिंह समाचार भारती में … संवाददाता हैं।").
    if not is_job_opened_bio(line) and not line.startswith(page.lines[above] + " "):
        return None
    return next((a for a in authors if same_person(page.lines[above], a)), None)


_CARD_SCAN_LINES = 6
_CARD_MIN_PARAGRAPHS = 3


def _card_openers(page: Page) -> list[int]:
    """Lines opening an author card under the article text: a byline printed below a few
    paragraphs ("Written by Jane Doe") or an "About the author" label. (A byline under just a
    standfirst is the article's own header.)"""
    candidates = [
        i
        for i, claim in enumerate(page.claims)
        if i > page.title_index
        and claim
        and (
            (claim.kind == "meta" and claim.reason == "byline")
            or (claim.kind == "bio" and lb.ABOUT_AUTHOR_RE.match(page.lines[i]))
        )
    ]
    if not candidates:
        return []
    seen = 0
    for i in range(page.title_index + 1, candidates[-1]):
        seen += is_prose(page.lines[i])
        if seen >= _CARD_MIN_PARAGRAPHS:
            return [k for k in candidates if k > i]
    return []


def claim_topic_chips(page: Page) -> None:
    """Topic chips between the article and its author card or bio: two or more short
    capitalised labels, one per line, right above the card's first line or the author's bio.
    Platforms print a story's tags this way, without a "Tags" label. A box the platform sets
    between the chips and the card (the publication's, "Published in …") is stepped over."""
    for opener in _card_openers(page) + _bios_under_labels(page):
        chips: list[int] = []
        j = page.prev_nonblank(opener)
        while j > page.title_index and _in_box_between(page, j):
            j = page.prev_nonblank(j)
        while (
            j > page.title_index
            and page.free(j)
            and d.is_label(page.lines[j])
            and page.lines[j][0].isupper()
        ):
            chips.append(j)
            j = page.prev_nonblank(j)
        if len(chips) >= 2 and not page.free(j):
            for k in reversed(chips):
                page.tags.append(page.lines[k])
                page.claim(k, "tags")
    _chips_under_share_row(page)


# The widgets a story's unlabelled tags sit over, under the share buttons after the text.
_CHIPS_OVER = frozenset(("site-wide most-read list", "comments section"))


def _chips_under_share_row(page: Page) -> None:
    """Topic chips under the share buttons after the text and over a widget ("Chia sẻ" /
    "Facebook" / "Biển Đông" / "Philippines" / "Tin liên quan"): news sites print a story's
    tags there, one short label a line, without a "Tags" label. Lowercase ones too: a topic
    may be a common noun ("bãi cạn Scarborough")."""
    lines, claims = page.lines, page.claims
    # The share buttons' lines, found in one pass: most pages have a row or two.
    rows = [
        i
        for i, claim in enumerate(claims)
        if claim is not None and claim.reason == "share buttons" and i > page.title_index
    ]
    for i in rows:
        chips = []
        j = page.next_nonblank(i)
        while j < len(lines) and page.free(j) and d.is_label(lines[j]):
            chips.append(j)
            j = page.next_nonblank(j)
        below = claims[j] if j < len(lines) else None
        if (
            len(chips) >= 2
            and below
            and (below.kind == "related" or below.reason in _CHIPS_OVER)
            # An author's name over a job title ("Jane Doe" / "Senior Reporter") is a card.
            and not any(JOB_WORDS_RE.search(lines[k]) for k in chips)
            and _paragraphs_between(page, page.title_index, i) >= _CARD_MIN_PARAGRAPHS
        ):
            for k in chips:
                page.tags.append(lines[k])
                page.claim(k, "tags")


def _paragraphs_between(page: Page, start: int, end: int) -> int:
    return sum(1 for k in range(start + 1, end) if page.free(k) and is_prose(page.lines[k]))


def _in_box_between(page: Page, i: int) -> bool:
    claim = page.claims[i]
    return claim is not None and claim.kind == "discard" and claim.reason == "site promotion"


def _bios_under_labels(page: Page) -> list[int]:
    """Author bios ("Daniel Whitcombe is the transport reporter for …") right under a run of
    two or more free label lines, after a few paragraphs."""
    found, labels, prose = [], [], 0
    for i in range(page.title_index + 1, len(page.lines)):
        line = page.lines[i]
        if not line:
            continue
        if page.claims[i] is None and d.is_label(line) and line[0].isupper():  # page.free(i)
            labels.append(line)
            continue
        subject = bio_subject(line) if len(labels) >= 2 and prose >= _CARD_MIN_PARAGRAPHS else None
        # An author card's name and employer over the bio are no topics.
        if subject and page.free(i) and not any(same_person(subject, label) for label in labels):
            found.append(i)
        labels = []
        prose += is_prose(line)
    return found


def claim_author_card(page: Page) -> None:
    """The bio in an author card under the article: the first sentence-shaped line a few
    lines below "Written by Jane Doe", past follower counts and a follow button, is that
    author's bio even when it does not open with the name ("Engineer in Toronto. I write
    about …")."""
    for opener in _card_openers(page):
        names = explicit_byline(page.lines[opener])
        j = page.next_nonblank(opener)
        steps = 0
        # A bio already read under the opener is the card's: a line past it is not.
        while (
            j < len(page.lines)
            and not page.free(j)
            and page.claims[j].kind != "bio"
            and steps < _CARD_SCAN_LINES
        ):
            j, steps = page.next_nonblank(j), steps + 1
        if j >= len(page.lines) or not page.free(j):
            continue
        line = page.lines[j]
        if word_count(line) < 8 or not ends_sentence(line) or line[0] in '“"‘':
            continue
        name = names[0] if names else bio_subject(line)
        page.bios.append(Bio(j, name, line, links_in(line), handles_in(line)))
        page.claim(j, "bio")
        absorb_bio_extras(page, j)


def claim_social_embeds(page: Page) -> None:
    """An embedded social post under the headline: its attribution line ("— Jane Doe
    (@janedoe) October 16, 2024") and the post's text right above it, which quotes the
    account, not the article."""
    claims = page.claims
    for i in range(page.title_index + 1, len(page.lines)):
        # not page.free(i), without the call: i is in range.
        if claims[i] is not None or not page.lines[i] or not d.is_embed_attribution(page.lines[i]):
            continue
        above = page.prev_nonblank(i)
        text = page.lines[above] if above > page.title_index and page.free(above) else ""
        if text and (d.has_embed_link(text) or word_count(text) <= d.EMBED_TEXT_MAX_WORDS):
            page.claim_span(above, i + 1, "discard", "embedded social post")
        else:
            page.claim(i, "discard", "embedded social post")


def claim_byline_handles(page: Page) -> None:
    """A handle printed under the byline ("Rashid Al-Harbi" over "Follow @rharbi_gc") is that
    author's, not a social-links widget of the site."""
    claims = page.claims
    for i in range(page.title_index + 1, len(page.lines)):
        if claims[i] is not None or not page.lines[i]:  # not page.free(i), without the call
            continue
        handle = d.author_handle(page.lines[i])
        above = page.prev_nonblank(i)
        if not handle or above <= page.title_index:
            continue
        line = page.lines[above]
        names = page.free(above) and (explicit_byline(line) or bare_byline(line))
        if names:
            page.byline_handles.append((names[-1], handle))
            page.claim(i, "meta", "author handle")
