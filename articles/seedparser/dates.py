"""Dates as news pages print them, reduced to ``YYYY-MM-DD``.

English month-name, ISO and numeric dates are read directly from the regex groups: that is exact,
and dateparser costs about a millisecond a call, which made it the slowest part of a parse.
dateparser reads what the regexes cannot, such as "14. März 2024" or "3 de marzo de 2024", and
only ever sees a substring a cheap regex already matched; results are cached. Numeric dates are
day first ("03/04/2024" is 3 April) unless the second number cannot be a month ("10/28/2025");
an ambiguous one yields to the same date printed with its month spelled out beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import dateparser
import jdatetime

from .openers import opens_like
from .text import word_count

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# Scrapes run the year into the time after it ("October 14, 20255:01 PM ET"): a year ends at a
# word boundary, or right before an hour and minutes, never inside a longer run of digits.
_YEAR_END = r"(?:\b|(?=[0-2]?\d:[0-5]\d(?!\d)))"
# The Solar Hijri months, as Iranian and Afghan sites print their dates ("۲۱ اسفند ۱۴۰۳", or
# year first in numbers, "۱۴۰۳/۱۲/۲۱"); read with jdatetime, since no Gregorian parser knows
# the calendar.
_JALALI_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "فروردین",
            "اردیبهشت",
            "خرداد",
            "تیر",
            "مرداد امرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ],
        1,
    )
    for name in names.split()
}
_JALALI_MONTH = "|".join(sorted(_JALALI_MONTHS, key=len, reverse=True))
# Thai months, spelled out or abbreviated with their dots ("12 มี.ค. 2568"); Thai sites count
# years in the Buddhist era, 543 ahead of the Gregorian one.
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "มกราคม ม.ค.",
            "กุมภาพันธ์ ก.พ.",
            "มีนาคม มี.ค.",
            "เมษายน เม.ย.",
            "พฤษภาคม พ.ค.",
            "มิถุนายน มิ.ย.",
            "กรกฎาคม ก.ค.",
            "สิงหาคม ส.ค.",
            "กันยายน ก.ย.",
            "ตุลาคม ต.ค.",
            "พฤศจิกายน พ.ย.",
            "ธันวาคม ธ.ค.",
        ],
        1,
    )
    for name in names.split()
}
_THAI_MONTH = "|".join(re.escape(m) for m in sorted(_THAI_MONTHS, key=len, reverse=True))
_BUDDHIST_ERA_OFFSET = 543
# A month's name in another language; re counts neither Devanagari's vowel signs nor its virama
# as word characters, so Hindi's "मार्च" needs them named (and its May, "मई", is two letters).
_MONTH_WORD = r"(?:[^\W\d_]|[\u0900-\u0963])"
# Persian, Arabic and Devanagari digits, read as the ASCII ones the patterns expect.
_NATIVE_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙", "0123456789" * 4)
_DATE_RE = re.compile(
    rf"""(?ix)
    (?P<iso>\b{_YEAR}-[01]?\d-[0-3]?\d(?!\d))
    | (?P<ymd>\b{_YEAR}(?P<ysep>[/.])[01]?\d(?P=ysep)[0-3]?\d\b)  # and Korea's "2025.09.22"
    | (?P<num>\b[0-3]?\d[/.\-][0-3]?\d[/.\-](?:{_YEAR}|\d\d)\b)
    | (?P<named>\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}){_YEAR_END}
      | \b(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}){_YEAR_END})
    | (?P<jalali>\b(?P<jd>[0-3]?\d)\s+(?P<jm>{_JALALI_MONTH})(?:[\s\u200c]?ماه)?\s+
      (?P<jy>1[34]\d\d)\b)
    | (?P<jnum>\b(?P<jny>1[34]\d\d)(?P<jsep>[/.\-])(?P<jnm>[01]?\d)(?P=jsep)(?P<jnd>[0-3]?\d)\b)
    # Thai months ("12 มี.ค. 2568", with a Buddhist-era year, which only a Thai month takes)
    # are read here too, rather than in an alternative of their own that every position of
    # every line would try.
    | (?P<foreign>\b(?P<fd>[0-3]?\d)\.?\s+(?:de\s+)?
      (?:(?P<tm>{_THAI_MONTH})|{_MONTH_WORD}{{3,12}}|मई)\.?,?\s+(?:de\s+)?(?P<fy>(?(tm)25\d\d|(?!))|{_YEAR})\b)
    # Chinese, Japanese and Korean: "2025年3月12日", "2025년 3월 12일".
    | (?P<cjk>(?<!\d){_YEAR}\s?[年년]\s?(?P<m3>[01]?\d)\s?[月월]\s?(?P<d3>[0-3]?\d)\s?[日일])
    """
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
    for name in [names]
}
_TIME_RE = re.compile(
    r"(?i)\b(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\.\d+)?\s*(?:[ap]\.?m\.?|h\b|uhr\b)?"
    # French and Spanish hours ("18h45", "18 h 45").
    r"|\b[0-2]?\d\s?h\s?[0-5]\d\b"
    r"|\b[0-2]?\d\s*[ap]\.?m\.?\b|T[0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?"
    r"|(?:Z|[+-][01]\d:?[0-5]\d)\b"
    # Chinese, Japanese and Korean hours and minutes: "18時05分", "18시 05분".
    r"|(?:午前|午後|上午|下午|오전|오후)?\s?[0-2]?\d\s?[時时시](?:\s?[0-5]?\d\s?[分분])?"
)
_ZONE_RE = re.compile(
    r"\b(?:UTC|GMT|[ECMP][SD]T|BST|CET|CEST|EET|EEST|IST|PKT|AFT|AST|JST|KST|AEST|AEDT|MSK|WAT"
    r"|EAT|SAST|HKT|SGT|ET|PT)\b(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?"
)
_WEEKDAY_RE = re.compile(
    r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    # Persian ("سه‌شنبه", with or without its non-joiner) and Hindi.
    r"|(?<!\w)(?:(?:یک|دو|سه|چهار|پنج)[\u200c ]?)?شنبه(?!\w)|(?<!\w)جمعه(?!\w)"
    r"|(?<!\w)(?:सोम|मंगल|बुध|गुरु|बृहस्पति|शुक्र|शनि|रवि)वार"
)
# The labels in English, French, German, Spanish, Italian, Portuguese, Dutch, Polish and
# Russian.
_UPDATED_WORDS = (
    r"updated?|modified|edited|revised|amended|modifié|mis\s+à\s+jour|actualisé|aktualisiert|"
    r"geändert|actualizado|actualización|aggiornato|atualizado|atualização|bijgewerkt|"
    r"geüpdatet|gewijzigd|aktualizacja|zaktualizowano|обновлено|изменено|تحديث|"
    # Hebrew ("updated") and Japanese ("updated").
    r"עודכן|עדכון|更新|"
    # Persian ("به‌روزرسانی", often written without its non-joiner) and Hindi.
    r"به[\u200c ]?روز[\u200c ]?رسانی|بروزرسانی|अपडेटेड|अपडेट|"
    # Korean ("modified": "입력 2025.03.12 14:05 수정 2025.03.12 15:30").
    r"수정|"
    # Thai and Vietnamese.
    r"อัปเดต|อัพเดท|แก้ไขล่าสุด|cập\s+nhật"
)
_PUBLISHED_WORDS = (
    r"published|posted|created|first|date|dated|issued|publié|publiée|veröffentlicht|"
    r"erschienen|publicado|pubblicato|gepubliceerd|geplaatst|opublikowano|publikacja|"
    r"опубликовано|פורסם|公開|配信|تاریخ\s+انتشار|انتشار|प्रकाशित|เผยแพร่|đăng\s+(?:lúc|ngày)|"
    # Korean ("entered", the story's first posting; "registered") and Chinese ("released").
    r"입력|등록|发布(?:时间)?"
)
_UPDATED_RE = re.compile(rf"(?i)\b(?:{_UPDATED_WORDS})(?!\w)")
_PUBLISHED_RE = re.compile(rf"(?i)\b(?:{_PUBLISHED_WORDS})(?!\w)")
# What else a date line may say around its dates: the labels, and the words joining them.
_FILLER_RE = re.compile(
    rf"(?i)\b(?:{_UPDATED_WORDS}|{_PUBLISHED_WORDS}|last|on|at|am|pm|time|local|le|à|a\s+las|"
    r"el|um|uhr|stand|alle|às|om|op|laatst|godz|года|آخر)(?!\w)"
)
READING_TIME_RE = re.compile(
    r"(?i)(?:\b\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|m|hours?|hrs?)\.?\s*(?:of\s+|to\s+)?"
    r"(?:read(?:ing)?|listen)(?:\s+time)?\b|\breading\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?)?"
    # "Lesezeit: 4 Min.", "4 Min. Lesezeit", "Temps de lecture : 5 min", "3 min de lectura",
    # "Leestijd 4 minuten", "Czas czytania: 4 minuty", "Время чтения: 4 мин", "Timp de citire: 4
    # minute".
    r"|\b(?:lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|"
    r"tempo\s+de\s+leitura|leestijd|leesduur|czas\s+czytania|время\s+чтения|lästid|læsetid|"
    r"lesetid|час\s+читання|timp\s+de\s+citire|waktu\s+baca)\s*:?\s*"
    r"(?:ca\.\s*)?\d+\s*(?:min(?:uten|utes|utos|ute|uti|uty|ut|uter)?\.?|мин(?:ут[аы]?)?\.?|"
    r"хв(?:илин[аи]?)?\.?)?"
    # Persian ("زمان مطالعه: ۴ دقیقه", "۴ دقیقه مطالعه") and Hindi ("3 मिनट में पढ़ें").
    r"|زمان\s+(?:تقریبی\s+)?مطالعه\s*:?\s*\d+\s*دقیقه|\b\d+\s*دقیقه\s+(?:زمان\s+)?مطالعه"
    r"|\b\d+\s*मिनट\s+(?:में\s+)?पढ़ें"
    # "Lecture" and "Lectura" alone only with minutes: "Lecture 3: Markets" is a heading.
    r"|\b(?:lecture|lectura)\s*:?\s*\d+\s*min(?:utes|utos)?\b\.?"
    r"|\b\d+\s*(?:min(?:uten|utes|utos|uty|ut)?|мин(?:ут[аы]?)?)\.?\s*(?:lesezeit|lesedauer|"
    r"de\s+lecture|de\s+lectura|leestijd|leesduur|czytania|чтения)(?!\w)"
    # A duration alone on its line ("3 min" under the dates) is the reading time too.
    r"|^\d{1,3}\s*min(?:ute)?s?\.?$)"
)
_LEFTOVER_RE = re.compile(r"[^\W\d_]{2,}")
# "Published October 3, 2025 Updated about 4 hours ago": the relative update time beside a
# date has no date to read, and its words must not make the line read as a sentence.
# "about 4 hours ago", in a line (``_TIME_AGO_RE``) or as the whole of it (``_RELATIVE_TIME_RE``).
_AGO = (
    r"(?:about\s+)?(?:\d{1,3}|an?|one)\s*"
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\.?\s+ago"
)
_TIME_AGO_RE = re.compile(
    rf"(?i)\b{_AGO}\b"
    r"|(?:\bvor|\bil\s+y\s+a|\bhace|(?<!\w)há)\s+(?:etwa\s+|environ\s+|unos?\s+)?\d{1,3}\s*(?:min(?:uten?|utes?|utos?)?"
    r"|stunden?|std|heures?|horas?|h|tagen?|jours?|días?)\b\.?"
)

_DIGIT_RE = re.compile(r"\d")
MAX_DATE_LINE_WORDS = 3
# Chinese portals print the story's source after its date ("2025-03-12 09:30:15 来源：新华社"):
# the agency's name is no word of a sentence.
_CJK_SOURCE_TAIL_RE = re.compile(r"(?:来源|來源)\s?[：:]\s?\S{1,20}\s*$")


@dataclass(frozen=True)
class DateLine:
    """A line that is nothing but one or more dates, with their labels."""

    published: str | None
    updated: str | None
    bare: bool  # no "published"/"updated" label: a date printed on its own
    # The published date read month first, when it was an ambiguous numeric ("11/05/2025").
    published_month_first: str | None = None


# "\b([0-3]?\d)/…", written to open with \d and check the word boundary behind that digit: a
# pattern that opens with a character set lets the search over the whole page skip to the next
# digit instead of trying a match at every position.
_NUMERIC_DATE_RE = re.compile(
    r"(\d(?<!\w\d)(?:(?<=[0-3])\d)?)[/.\-]([0-3]?\d)[/.\-](?:19|20)\d\d\b"
)


def _has_numeric_year(text: str) -> bool:
    """Whether "19" or "20" follows a / . - anywhere, as where every numeric date's year
    begins: two scans of the page and a look at each hit, where a pattern would test every
    character."""
    for century in ("19", "20"):
        at = text.find(century, 1)
        while at != -1:
            if text[at - 1] in "/.-":
                return True
            at = text.find(century, at + 1)
    return False


def prints_month_first(text: str) -> bool:
    """Whether the page writes numeric dates month first: one of them ("10/28/2025") cannot be
    read day first, and none of them ("28/10/2025") cannot be read month first."""
    if not _has_numeric_year(text):
        return False  # no numeric date at all: most pages, and the scan is over the whole page
    month_first = day_first = False
    for first, second in _NUMERIC_DATE_RE.findall(text):
        month_first = month_first or int(second) > 12 >= int(first)
        day_first = day_first or int(first) > 12 >= int(second)
    return month_first and not day_first


def first_published(lines: list[DateLine], *, month_first: bool = False) -> str | None:
    """The first-publication date of the page's date lines, in page order.

    A numeric date that reads either way ("11/05/2025") is day first, unless the page writes
    its numeric dates month first (``month_first``) or another date line prints it month first
    with the month spelled out ("November 5, 2025"): US-style sites print both.
    """
    published = next((dl for dl in lines if dl.published), None)
    if published is None:
        return None
    alt = published.published_month_first
    if alt and (
        month_first or any(dl.published == alt and dl.published_month_first is None for dl in lines)
    ):
        return alt
    return published.published


def teaser_date(dl: DateLine, *, month_first: bool = False) -> str | None:
    """The date a teaser prints, read in the page's own order: an ambiguous numeric date
    ("11/05/2025") is month first on a page whose unambiguous numeric dates are."""
    if month_first and dl.published_month_first:
        return dl.published_month_first
    return dl.published or dl.updated


# translate() looks each character up in a table: costly for a paragraph, and few lines have
# a digit of another script to translate.
_NATIVE_DIGIT_RE = re.compile(r"[۰-۹٠-٩०-९๐-๙]")


def _ascii_digits(text: str) -> str:
    if text.isascii() or not _NATIVE_DIGIT_RE.search(text):
        return text
    return text.translate(_NATIVE_DIGITS)


# Every date has a digit: a line without one need not try the pattern at each position.
def has_date(text: str) -> bool:
    return bool(_DIGIT_RE.search(text)) and _DATE_RE.search(_ascii_digits(text)) is not None


def find_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None."""
    if not _DIGIT_RE.search(text):
        return None
    for match in _DATE_RE.finditer(_ascii_digits(text)):
        parsed = _parse_match(match)
        if parsed:
            return parsed
    return None


@lru_cache(maxsize=16384)
def date_line(text: str) -> DateLine | None:
    """Read a line made only of dates, times, zones, a weekday and labels; None otherwise.

    The first-publication date is the one labelled "published"/"posted", or the first unlabelled
    one; an "updated"/"modified" date never becomes the published date.
    """
    if len(text) > 160 or not _DIGIT_RE.search(text):
        return None
    text = _ascii_digits(text)
    if not _DATE_RE.search(text):
        return None
    rest = _DATE_RE.sub(" ", text)
    rest = READING_TIME_RE.sub(" ", rest)
    rest = _TIME_RE.sub(" ", rest)
    rest = _ZONE_RE.sub(" ", rest)
    rest = _WEEKDAY_RE.sub(" ", rest)
    rest = _FILLER_RE.sub(" ", rest)
    if "ago" in rest or "vor" in rest or "il y a" in rest or "hace" in rest:
        rest = _TIME_AGO_RE.sub(" ", rest)
    if "源" in rest:
        rest = _CJK_SOURCE_TAIL_RE.sub(" ", rest)
    leftover = _LEFTOVER_RE.findall(rest)
    # A run of Chinese or Japanese is a phrase, not a word: counted in words, the rest of a
    # sentence that opens with a date ("2025年3月12日、ロンドンで開かれた…") is no label.
    if (len(leftover) if rest.isascii() else word_count(" ".join(leftover))) > (
        MAX_DATE_LINE_WORDS - 1
    ):
        return None
    return labelled_dates(text)


def labelled_dates(text: str) -> DateLine | None:
    """The published/updated dates anywhere in ``text`` (a byline with a date, say)."""
    published = updated = month_first = None
    bare = True
    start = 0
    text = _ascii_digits(text)
    for match in _DATE_RE.finditer(text):
        value = _parse_match(match)
        label = text[start : match.start()]
        start = match.end()
        if value is None:
            continue
        if _UPDATED_RE.search(label):
            bare = False
            updated = updated or value
        else:
            if _PUBLISHED_RE.search(label):
                bare = False
            if published is None:
                published = value
                month_first = _month_first_reading(match)
    if published is None and updated is None:
        return None
    return DateLine(published, updated, bare, month_first)


def _month_first_reading(match: re.Match) -> str | None:
    """The other reading of an ambiguous numeric date ("11/05/2025" as 5 November)."""
    if not match.group("num"):
        return None
    first, second, year = (int(p) for p in re.split(r"[/.\-]", match.group(0)))
    if first == second or first > 12 or second > 12:
        return None
    try:
        return date(year + 2000 if year < 100 else year, first, second).isoformat()
    except ValueError:
        return None


_RELATIVE_TIME_RE = re.compile(
    rf"(?i)^(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s+)?{_AGO}$"
    # "Today, 3:45 pm": the day's time with no date.
    r"|^(?:just\s+now|(?:yesterday|today)(?:,?\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)?)$"
    # The other languages: "há 5 horas", "hace 3 días", "vor 2 Stunden", "ontem", "ayer".
    r"|^(?:vor|il\s+y\s+a|hace|há)\s+(?:\d{1,3}|um|uma|una?)\s+(?:min(?:uten?|utes?|utos?)?|"
    r"stunden?|heures?|horas?|tagen?|jours?|días?|dias?)$"
    r"|^(?:ontem|anteontem|ayer|anteayer|gestern|hier|ieri)$"
    # A feed reader's compact age: "2h", "5h", "1d".
    r"|^\d{1,2}[mhdw]$"
)


RELATIVE_TIME_MAX_CHARS = 40


@opens_like(_RELATIVE_TIME_RE)
def is_relative_time(text: str) -> bool:
    """A teaser's or live post's "2 hours ago": a time with no date to read."""
    return len(text) <= RELATIVE_TIME_MAX_CHARS and bool(_RELATIVE_TIME_RE.match(text))


def is_reading_time(text: str) -> bool:
    """A "5 min read" / "Reading time: 4 minutes" line, possibly with a date beside it."""
    if len(text) > 80 or not _DIGIT_RE.search(text) or not READING_TIME_RE.search(text):
        return False
    rest = READING_TIME_RE.sub(" ", _DATE_RE.sub(" ", text))
    return len(_LEFTOVER_RE.findall(rest)) <= 1


def _parse_match(match: re.Match) -> str | None:
    raw = match.group(0)
    try:
        if match.group("iso") or match.group("ymd"):
            year, month, day = (int(p) for p in re.split(r"[-/.]", raw))
            return date(year, month, day).isoformat()
        if match.group("num"):
            first, second, year = (int(p) for p in re.split(r"[/.\-]", raw))
            if year < 100:
                year += 2000
            day, month = (second, first) if second > 12 >= first else (first, second)
            return date(year, month, day).isoformat()
        if match.group("cjk"):
            year = int(raw[:4])
            return date(year, int(match.group("m3")), int(match.group("d3"))).isoformat()
        if match.group("named"):
            month = _MONTHS[(match.group("m1") or match.group("m2"))[:3].casefold()]
            day = int(re.match(r"\d+", match.group("d1") or match.group("d2")).group(0))
            return date(int(match.group("y1") or match.group("y2")), month, day).isoformat()
        if match.group("jalali"):
            month = _JALALI_MONTHS[match.group("jm")]
            day, year = int(match.group("jd")), int(match.group("jy"))
            return jdatetime.date(year, month, day).togregorian().isoformat()
        if match.group("tm"):
            # A year of the 2500s is the Buddhist era's; 19xx and 20xx are Gregorian already.
            year = int(match.group("fy"))
            year -= _BUDDHIST_ERA_OFFSET if match.group("fy").startswith("25") else 0
            day, month = int(match.group("fd")), _THAI_MONTHS[match.group("tm")]
            return date(year, month, day).isoformat()
        if match.group("jnum"):
            year, month, day = (int(match.group(g)) for g in ("jny", "jnm", "jnd"))
            return jdatetime.date(year, month, day).togregorian().isoformat()
    except ValueError:
        return None
    return _parse_foreign(raw)


@lru_cache(maxsize=4096)
def _parse_foreign(raw: str) -> str | None:
    """A day-month-year date in another language, left to dateparser's language detection."""
    try:
        parsed = dateparser.parse(
            raw,
            settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None
