"""Read dates printed in English and Arabic text: bylines, date lines, agency datelines.

Formats: ``May 24, 2026 10:05 am``, ``16 September 2024 9:33pm``, ``2023-04-28T13:53:25Z``,
``11 اغسطس 2015 م`` and ``١١ آب ٢٠١٥`` (month names of both calendars in use, Arabic-Indic
digits), ``2015/08/11``. Hijri dates (``26 شوال 1436 هـ``) are recognised so they are not read
as anything else, but not converted: the Gregorian date printed beside them is used. Relative
times (``1 hr 4 mins ago``, ``منذ 3 ساعات``) are recognised and give no date: a saved page does
not say when "now" was.

Month and day names live in ``lexicons/<lang>/months.txt``, ``hijri_months.txt`` and
``date_words.txt``; time-zone abbreviations in ``lexicons/common/timezones.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from functools import cache, lru_cache

from articlekit.lexicons.loader import entries, labelled, union_labelled
from articlekit.stages.textkey import alternation, fold, plain

__all__ = [
    "DateKind",
    "TextDate",
    "date_word_kind",
    "find_text_dates",
    "first_text_date",
    "has_short_numeric_date",
    "is_date_only",
    "is_elapsed_time",
    "is_short_numeric_date",
    "mentions_time",
    "opens_with_published_date",
    "page_date_order",
    "short_numeric_date",
]

#: Years outside this range are not a news page's publication date (page numbers, counts).
MIN_YEAR = 1990
#: A year printed with two digits is below this; from SHORT_YEAR_PIVOT on it is of the 1900s.
CENTURY = 100
SHORT_YEAR_PIVOT = 69
MAX_YEAR = 2100
#: Lines whose dates are kept for reuse: a byline line is read for dates several times over
#: (as a line, as a date line, part by part), by the byline and the date stages.
DATES_CACHE_SIZE = 4096
#: Languages whose pages write numeric dates day first even when both numbers could be the
#: month (``11/08/2015``); the others say nothing when it cannot be told.
DAY_FIRST_LANGUAGES = frozenset({"ar"})
#: How many of the date patterns name their month (Hijri, "May 24", "24 May"): the others
#: are numeric dates, then relative times.
NAMED_DAY_PATTERNS = 3

#: ``(?<!\d)\d{1,2}`` and ``(?<!\d)\d{4}`` written digit first, the lookbehind after it: a
#: pattern that opens with a digit lets the regex engine skip straight to a line's digits.
_ONE_OR_TWO = r"\d(?<!\d\d)\d?"
_FOUR = r"\d(?<!\d\d)\d{3}"
_ORDINAL = r"(?:st|nd|rd|th)?"
_SPACE = r"[\s,،]*"
_TIME = (
    r"(?:\s*(?:[,،|/@–—-]|\bat\b|الساعة|في)?\s*"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>a\.?m\.?|p\.?m\.?|صباحا|مساء|ص|م)?(?!\w)"
    r"(?:\s*\(?(?P<zone>[a-z]{1,4}|[+-]\d{2}:?\d{2})\)?(?!\w))?)?"
)
_ISO_RE = re.compile(
    rf"(?P<year>{_FOUR})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})"
    r"(?:[t\s](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<zone>z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_YMD_RE = re.compile(rf"(?P<year>{_FOUR})[/.](?P<month>\d{{1,2}})[/.](?P<day>\d{{1,2}})(?!\d)")
_SHORT_DMY_RE = re.compile(r"(?P<a>\d(?<![\d/.-]\d)\d?)/(?P<b>\d{1,2})/(?P<year>\d{2})(?![\d/])")
#: A word that is a numeric date with a two-digit year (10/04/16, 4.10.16): read as a date only
#: before a time (a fraction or a version looks the same), but never a name either.
_SHORT_NUMERIC_WORD_RE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{2}[,.]?")
#: What a line with a date of a two-digit year holds (the date and the time after it).
_SHORT_DATE_TIME_RE = re.compile(r"\d/\d{1,2}/\d\d\s*(?:[,|@–—-]|\bat\b)?\s*\d{1,2}[:.]\d\d")
_DMY_RE = re.compile(r"(?P<a>\d(?<![\d/.-]\d)\d?)[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})(?!\d)")
#: A time of day on its own ("4:30 am", "10:05"), left over beside a date in a date line.
_TIME_ONLY_RE = re.compile(
    rf"{_ONE_OR_TWO}[:.]\d{{2}}(?::\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?|ص|م)?(?!\w)"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_ANY_DIGIT_RE = re.compile(r"\d")
#: Every date that names a day (Hijri or Gregorian) prints a four-digit year: a line without
#: one is searched for relative times only.
_YEAR_RE = re.compile(r"\d{4}")
#: What the numeric dates (ISO, 2015/08/11, 11.08.2015) print between two of their numbers.
_NUMERIC_DATE_RE = re.compile(r"\d[/.-]\d")


class DateKind(StrEnum):
    """What a date found in text is."""

    GREGORIAN = "gregorian"
    HIJRI = "hijri"
    RELATIVE = "relative"


@dataclass(frozen=True, slots=True)
class TextDate:
    """A date found in text: its span, its kind, and its value when it names a day."""

    start: int
    end: int
    kind: DateKind
    value: datetime | None = None
    has_time: bool = False


def _alternation(names: list[str]) -> str:
    ordered = sorted({fold(n) for n in names}, key=len, reverse=True)
    return alternation(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)


@cache
def _month_numbers() -> dict[str, int]:
    return {fold(name): int(number) for number, name in union_labelled("months")}


@cache
def _zone_offsets() -> dict[str, timezone]:
    offsets: dict[str, timezone] = {}
    for offset, name in labelled("common", "timezones"):
        offsets[fold(name)] = _offset(offset) or UTC
    return offsets


@cache
def _date_words() -> dict[str, str]:
    """Folded date word -> kind (weekday, published, modified, unit, ago, filler)."""
    return {fold(word): kind for kind, word in union_labelled("date_words")}


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    months = _alternation(list(_month_numbers()))
    hijri = _alternation([name for _number, name in union_labelled("hijri_months")])
    words = _date_words()
    units = _alternation([w for w, kind in words.items() if kind == "unit"])
    ago = _alternation([w for w, kind in words.items() if kind == "ago"])
    month = rf"(?P<monthname>{months})(?:\s*[/(]\s*(?:{months})\)?)?\.?"
    year = r"(?P<year>\d{4})(?:\s*م(?!\w))?"
    return (  # the first NAMED_DAY_PATTERNS name the month; the numeric ones follow
        # Hijri first, so that its day and year are not read as a Gregorian date.
        re.compile(
            rf"(?P<hday>{_ONE_OR_TWO})\s*(?:{hijri})\s*(?P<hyear>\d{{4}})\s*(?:هـ|ه)?(?!\w)"
        ),
        re.compile(rf"(?<!\w){month}\s+(?P<day>\d{{1,2}}){_ORDINAL}{_SPACE}{year}{_TIME}"),
        re.compile(rf"(?P<day>{_ONE_OR_TWO}){_ORDINAL}\s*(?:of\s+)?{month}{_SPACE}{year}{_TIME}"),
        _ISO_RE,
        re.compile(_YMD_RE.pattern + _TIME),
        re.compile(_DMY_RE.pattern + _TIME),
        # a two-digit year only before a time, which makes it a date ("12/16/16 12:21pm")
        re.compile(_SHORT_DMY_RE.pattern + _TIME.removesuffix(")?") + ")"),
        re.compile(
            rf"(?:(?:\d+\s*(?:{units})\s*)+(?:{ago})(?!\w))|(?:(?:{ago})\s*(?:\d+\s*)?(?:{units})(?!\w))"
        ),
    )


@cache
def _ago_words() -> tuple[str, ...]:
    """The first word of each "ago" phrase: a relative time prints one (``منذ``, ``ago``)."""
    return tuple(sorted({w.split()[0] for w, kind in _date_words().items() if kind == "ago"}))


def _offset(text: str) -> timezone | None:
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", text)
    if not match:
        return None
    minutes = int(match.group(2)) * 60 + int(match.group(3))
    sign = -1 if match.group(1) == "-" else 1
    return timezone(sign * timedelta(minutes=minutes))


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text[0] in "+-":
        return _offset(text)
    return _zone_offsets().get(text)


def _build(year: int, month: int, day: int, groups: dict[str, str | None]) -> datetime | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    hour = minute = second = 0
    if groups.get("hour") is not None:
        hour = int(groups["hour"] or 0)
        minute = int(groups.get("minute") or 0)
        second = int(groups.get("second") or 0)
        ampm = (groups.get("ampm") or "").replace(".", "")
        if ampm in ("pm", "مساء", "م") and hour < 12:
            hour += 12
        elif ampm in ("am", "صباحا", "ص") and hour == 12:
            hour = 0
    try:
        value = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    zone = _zone(groups.get("zone"))
    return value.replace(tzinfo=zone) if zone is not None else value


def _full_year(year: int) -> int:
    """A year printed with two digits in full: "12/16/16": 00-68 are 2000-2068, 69-99 are
    1969-1999 (as strptime reads them)."""
    if year >= CENTURY:
        return year
    return year + (2000 if year < SHORT_YEAR_PIVOT else 1900)


def _read(
    pattern: re.Pattern[str], match: re.Match[str], day_first: bool
) -> tuple[DateKind, datetime | None]:
    groups = match.groupdict()
    patterns = _patterns()
    if pattern is patterns[0]:
        return DateKind.HIJRI, None
    if pattern is patterns[-1]:
        return DateKind.RELATIVE, None
    year = int(groups["year"] or 0)
    year = _full_year(year)
    if groups.get("monthname"):
        month = _month_numbers()[" ".join(groups["monthname"].split())]
        return DateKind.GREGORIAN, _build(year, month, int(groups["day"] or 0), groups)
    if groups.get("a") is not None:
        first, second = int(groups["a"] or 0), int(groups["b"] or 0)
        if first > 12 >= second or (day_first and second <= 12):
            day, month = first, second
        elif second > 12 >= first or groups.get("zone") in entries("common", "month_first_zones"):
            day, month = second, first
        else:
            return DateKind.GREGORIAN, None  # 04/05/2023: day and month cannot be told apart
        return DateKind.GREGORIAN, _build(year, month, day, groups)
    return DateKind.GREGORIAN, _build(
        year, int(groups["month"] or 0), int(groups["day"] or 0), groups
    )


def find_text_dates(text: str, language: str | None = None) -> list[TextDate]:
    """Every date (and relative time) printed in ``text``, in order, without overlaps.

    Args:
        text: a line of the page.
        language: the page's language; Arabic pages read ``11/08/2015`` day first.

    Returns:
        The dates found, spans in ``plain(text)`` (vowel marks removed); ``value`` is
        ``None`` for Hijri and relative dates and for numeric dates whose day and month
        cannot be told apart.
    """
    return list(_text_dates(text, language in DAY_FIRST_LANGUAGES))


@lru_cache(maxsize=DATES_CACHE_SIZE)
def _text_dates(text: str, day_first: bool) -> tuple[TextDate, ...]:
    if not _ANY_DIGIT_RE.search(text):
        return ()  # every date and relative time has a number (folded digits are digits)
    key = fold(plain(text))
    *days, relative = _patterns()
    patterns: list[re.Pattern[str]] = []
    if _YEAR_RE.search(key) or _SHORT_DATE_TIME_RE.search(key):
        named, numeric = days[:NAMED_DAY_PATTERNS], days[NAMED_DAY_PATTERNS:]
        patterns = named + (numeric if _NUMERIC_DATE_RE.search(key) else [])
    if any(word in key for word in _ago_words()):
        patterns.append(relative)
    found: list[TextDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.finditer(key):
            start, end = match.span()
            if start == end or any(s < end and start < e for s, e in taken):
                continue
            kind, value = _read(pattern, match, day_first)
            has_time = match.groupdict().get("hour") is not None
            if value is not None and not has_time:
                before = _time_before(key[:start], value)
                if before is not None:
                    value, has_time, start = before[0], True, before[1]
            taken.append((start, end))
            found.append(TextDate(start, end, kind, value, has_time))
    return tuple(sorted(found, key=lambda d: d.start))


def _time_before(key: str, day: datetime) -> tuple[datetime, int] | None:
    """A time printed just before a date (``10:01 pm PST, Tuesday, November 19, 2019``)."""
    match = _patterns_time_before().search(key)
    if not match:
        return None
    built = _build(day.year, day.month, day.day, match.groupdict())
    return (built, match.start()) if built is not None else None


@cache
def _patterns_time_before() -> re.Pattern[str]:
    weekdays = _alternation([w for w, kind in _date_words().items() if kind == "weekday"])
    return re.compile(
        rf"(?P<hour>{_ONE_OR_TWO})[:.](?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?"
        r"\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?(?:\s+(?P<zone>[a-z]{2,4}))?"
        rf"[\s,|/–—-]*(?:(?:{weekdays})\.?[\s,]*)?$"
    )


def first_text_date(text: str, language: str | None = None) -> TextDate | None:
    """The first publication-like date in ``text`` that names a day ("Updated" ones last)."""
    dates = [d for d in find_text_dates(text, language) if d.value is not None]
    if not dates:
        return None
    key = fold(plain(text))
    published = [d for d in dates if not _after_label(key, d.start, "modified")]
    return (published or dates)[0]


def _after_label(key: str, start: int, kind: str) -> bool:
    """Whether the words just before ``start`` are a label of ``kind`` (e.g. "Updated")."""
    before = key[max(0, start - 24) : start]
    words = _WORD_RE.findall(before)
    table = _date_words()
    return any(len(words) >= size and table.get(" ".join(words[-size:])) == kind for size in (2, 1))


def is_short_numeric_date(word: str) -> bool:
    """Whether ``word`` is a numeric date with a two-digit year ("10/04/16", "4.10.16,")."""
    return _SHORT_NUMERIC_WORD_RE.fullmatch(word) is not None


#: The day and month of a numeric date written with / or . between (10/04/16, 12.09.2016).
_DAY_AND_MONTH = r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2"
#: A numeric date anywhere in a text: its first two numbers tell the page's order when one of
#: them is above 12.
_ORDER_EVIDENCE_RE = re.compile(_DAY_AND_MONTH + r"(?:\d{4}|\d{2})(?![\d/.])")


def page_date_order(texts: Iterable[str]) -> str | None:
    """How a page writes numeric dates, from those that can only be read one way:
    ``"dmy"`` (a first number above 12), ``"mdy"`` (a second one above 12), or ``None``
    when none tells or the page writes both."""
    orders = set()
    for text in texts:
        if "/" not in text and "." not in text:
            continue
        for match in _ORDER_EVIDENCE_RE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second >= 1:
                orders.add("dmy")
            elif second > 12 >= first >= 1:
                orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


#: A date with a two-digit year written alone in a line ("Andrew Husband 12.09.16 ...").
_SHORT_DATE_RE = re.compile(_DAY_AND_MONTH + r"(\d{2})(?![\d/.])")


def has_short_numeric_date(text: str) -> bool:
    """Whether ``text`` prints a date with a two-digit year ("12.09.16")."""
    return _SHORT_DATE_RE.search(text) is not None


def short_numeric_date(text: str, order: str) -> TextDate | None:
    """The first date with a two-digit year in ``text`` ("12.09.16"), read in ``order``
    (``"dmy"`` or ``"mdy"``), or ``None``."""
    match = _SHORT_DATE_RE.search(text)
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    day, month = (first, second) if order == "dmy" else (second, first)
    value = _build(_full_year(int(match.group(4))), month, day, {})
    if value is None:
        return None
    return TextDate(match.start(), match.end(), DateKind.GREGORIAN, value, False)


def date_word_kind(word: str) -> str | None:
    """The kind of a date word (``weekday``, ``published``, ``filler``...) or ``None``."""
    return _date_words().get(fold(word))


def opens_with_published_date(text: str, language: str | None = None) -> bool:
    """Whether ``text`` opens with a publication label and its date (``Published February 24,
    2020 Last updated ...``): a date line, however much it says after."""
    dates = find_text_dates(text, language)
    if not dates or dates[0].value is None:
        return False
    table = _date_words()
    words = _WORD_RE.findall(fold(plain(text))[: dates[0].start])
    kinds = {table.get(word) for word in words}
    return bool(words) and None not in kinds and "published" in kinds


def is_date_only(text: str, language: str | None = None) -> bool:
    """Whether ``text`` is nothing but dates, times and their labels (a date line).

    ``Posted May 24, 2026 10:05 am`` and ``Friday, April 28, 2023`` are; ``4 min read`` and a
    sentence with a date in it are not.
    """
    dates = find_text_dates(text, language)
    if not dates:
        return False
    key = fold(plain(text))
    rest = list(key)
    for date in dates:
        rest[date.start : date.end] = [" "] * (date.end - date.start)
    words = _WORD_RE.findall(_TIME_ONLY_RE.sub(" ", "".join(rest)))
    table = _date_words()
    leftover = [w for w in words if w not in table]
    if not leftover:
        return True
    # two-word labels ("last updated", "first published")
    joined = " ".join(words)
    for label in (w for w in table if " " in w):
        joined = joined.replace(label, " ")
    return not [w for w in joined.split() if w not in table]


@cache
def _elapsed_re() -> re.Pattern[str]:
    words = _date_words()
    units = _alternation([w for w, kind in words.items() if kind == "unit"])
    step = rf"\d+\s*(?:{units})\.?\s*"
    # (?:step)+, written to open with a digit (see _ONE_OR_TWO)
    return re.compile(rf"\d\d*\s*(?:{units})\.?\s*(?:{step})*")


def is_elapsed_time(text: str) -> bool:
    """Whether ``text`` is only an elapsed time without "ago" (``2 days``, ``1 hr 4 mins``)."""
    return bool(_elapsed_re().fullmatch(fold(plain(text)).strip()))


def mentions_time(text: str) -> bool:
    """Whether ``text`` prints a date, a relative time or an elapsed time anywhere in it."""
    if not _ANY_DIGIT_RE.search(text):
        return False
    return bool(_text_dates(text, False) or _elapsed_re().search(fold(plain(text))))
