"""Find the publication date.

Where the evidence is, best first: the JSON-LD article's ``datePublished``; the published-date
``<meta>`` tags named in ``lexicons/common/date_meta.txt``; a ``<time datetime>`` in the
headline region; a date printed in the byline or a date line near the headline (English and
Arabic month names of both calendars, Arabic-Indic digits, Hijri beside Gregorian). Only
when none of these exists, the modified date (JSON-LD ``dateModified``, modified-date meta).
Dates in scripts, comments, related-article teasers and captions are never read, nor dates
inside running text. The value keeps the time zone the page gives; a date without a time
is midnight, without a zone.

Reads: text, role, hints, chrome of the blocks in the headline region; the page's metadata.
Sets: nothing.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from itertools import islice

from dateutil import parser as date_parser

from articlekit.blocks import Block, ChromeReason, Role
from articlekit.lexicons.loader import labelled
from articlekit.page import PageMeta
from articlekit.stages.authors import article_objects
from articlekit.stages.byline import (
    LEAD_WORDS,
    WIDE_AFTER,
    WIDE_BEFORE,
    first_title,
    has_hint,
    head_window,
)
from articlekit.stages.textdates import (
    MAX_YEAR,
    MIN_YEAR,
    TextDate,
    date_word_kind,
    find_text_dates,
    first_text_date,
    has_short_numeric_date,
    is_date_only,
    opens_with_published_date,
    page_date_order,
    short_numeric_date,
)

__all__ = ["find_date", "parse_declared_date"]

#: A byline is short; a longer block with a date in it is running text.
MAX_DATE_LINE_WORDS = 30
#: A line with a date and no byline/date class is a date line only when this short.
SHORT_DATE_LINE_WORDS = 12

#: Blocks whose dates are never the article's: other articles, comments, ads, captions.
_NEVER_READ = frozenset(
    {
        ChromeReason.RELATED,
        ChromeReason.COMMENTS,
        ChromeReason.FOOTER,
        ChromeReason.ADVERTISEMENT,
        ChromeReason.NEWSLETTER,
        ChromeReason.POLL,
        ChromeReason.CAPTION,
        ChromeReason.HIDDEN,
    }
)
#: Byline lines: a date printed in them is the article's, wherever they are.
_BYLINE_LINES = frozenset({ChromeReason.BYLINE, ChromeReason.DATELINE})
#: Lines the byline stage read: their dates are the article's.
_CREDIT_LINES = frozenset(
    {ChromeReason.BYLINE, ChromeReason.DATELINE, ChromeReason.METADATA, ChromeReason.CREDIT}
)
#: UTC offsets in use run from -12:00 to +14:00, in steps of 15 minutes.
MAX_UTC_OFFSET = timedelta(hours=14)
OFFSET_STEP = timedelta(minutes=15)
ONE_DAY = timedelta(days=1)
#: Two defaults far apart: a value that parses to different dates under them lacks a part.
_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))
_WORD_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"\d")
_NUMBER_ONLY_RE = re.compile(r"^\s*\d+\s*$")

#: Punctuation around a word of a date line ("Updated:", "—Updated").
_WORD_EDGE = ",.;:()[]-–—|"


@cache
def _meta_names(kind: str) -> frozenset[str]:
    return frozenset(name for label, name in labelled("common", "date_meta") if label == kind)


def parse_declared_date(value: str) -> datetime | None:
    """A date declared in metadata (ISO 8601 and the usual variants), or ``None``.

    A value lacking its year, month or day, or outside the years of news, gives ``None``.
    """
    text = value.strip()
    if not text or _NUMBER_ONLY_RE.match(text) or len(text) > 64:
        return None
    try:
        parsed = date_parser.isoparse(text)
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names: the date is still right
            try:
                parsed = _parse_whole_date(text)
            except (ValueError, OverflowError):
                found = first_text_date(text)
                return found.value if found else None
        if parsed is None:
            return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed


def _parse_whole_date(text: str) -> datetime | None:
    """dateutil's reading of ``text``, or ``None`` when it lacks its year, month or day.

    A part the text lacks is taken from the default, so it differs under two defaults far
    apart; the second reading is needed only when the first could have taken a part.
    """
    first = date_parser.parse(text, default=_DEFAULTS[0])
    if not _may_be_default(first, _DEFAULTS[0]):
        return first
    second = date_parser.parse(text, default=_DEFAULTS[1])
    return first if first.date() == second.date() else None


def _may_be_default(parsed: datetime, default: datetime) -> bool:
    return parsed.year == default.year or parsed.month == default.month or parsed.day == default.day


def _title(blocks: Sequence[Block]) -> str | None:
    title = first_title(blocks, len(blocks))
    return blocks[title].text if title < len(blocks) else None


def _json_ld(meta: PageMeta, title: str | None, *keys: str) -> Iterator[str]:
    for item in article_objects(meta, title):
        for key in keys:
            value = item.get(key)
            if isinstance(value, str):
                yield value


def _meta(meta: PageMeta, kind: str) -> Iterator[str]:
    names = _meta_names(kind)
    for name, values in meta.meta.items():
        if name in names:
            yield from values


def _first(values: Iterator[str]) -> datetime | None:
    for value in values:
        parsed = parse_declared_date(value)
        if parsed is not None:
            return parsed
    return None


def _more_words(text: str, limit: int) -> bool:
    """Whether ``text`` has more than ``limit`` words (only that many are looked for)."""
    return (
        len(text) > limit and next(islice(_WORD_RE.finditer(text), limit, None), None) is not None
    )


def _readable(block: Block) -> bool:
    return block.chrome not in _NEVER_READ and block.role is not Role.CAPTION


def _time_elements(blocks: Sequence[Block], meta: PageMeta, window: range) -> list[datetime]:
    """The ``<time datetime>`` values of the headline region (not in a teaser or comment)."""
    found = []
    for position, value in meta.times:
        if position in window and _readable(blocks[position]):
            parsed = parse_declared_date(value)
            if parsed is not None:
                found.append(parsed)
    return found


def _is_date_line(block: Block) -> bool:
    return (
        block.chrome in _CREDIT_LINES
        or has_hint(block, "date_hints")
        or has_hint(block, "byline_hints")
        or (
            bool(find_text_dates(block.text)) and not _more_words(block.text, SHORT_DATE_LINE_WORDS)
        )
        or opens_with_published_date(block.text)
    )


def _says_updated(text: str) -> bool:
    """Whether a date line labels its date as the update (``Nov 28, 2013 -- Updated 0203 GMT``)."""
    return any(date_word_kind(word.strip(_WORD_EDGE)) == "modified" for word in text.split())


def _printed(
    blocks: Sequence[Block], language: str | None, window: range
) -> tuple[TextDate, bool] | None:
    """A date printed in the byline or a date line of the headline region, and whether its
    line labels it as the update.

    The headline region first; then the byline lines wherever the byline stage found them;
    then, nearest first, date lines a little above the region (the headline found may be
    a repeat of it lower down); then date lines below it up to the first paragraph of running
    text (a short line taken for the lead ends the region early).
    """
    start = max(0, first_title(blocks, window.start) - WIDE_BEFORE)
    candidates = [
        *((i, False) for i in window),
        *[(i, True) for i, b in enumerate(blocks) if b.chrome in _BYLINE_LINES],
        *((i, True) for i in range(window.start - 1, start - 1, -1)),
        *((i, True) for i in _before_running_text(blocks, window.stop)),
    ]
    order: str | None = None  # the page's numeric date order, looked for when needed
    for position, strict in candidates:
        block = blocks[position]
        if not _readable(block) or not _DIGIT_RE.search(block.text):
            continue  # most lines print no number, so no date
        if _more_words(block.text, MAX_DATE_LINE_WORDS):
            continue
        if not find_text_dates(block.text, language):
            continue
        date_only = is_date_only(block.text, language)
        if strict and not (date_only or block.chrome in _BYLINE_LINES):
            continue
        if not _is_date_line(block) or (block.role is Role.HEADING and not date_only):
            continue
        found = first_text_date(block.text, language)
        if found is not None:
            return found, _says_updated(block.text)
        if block.chrome in _BYLINE_LINES and has_short_numeric_date(block.text):
            # "Andrew Husband 12.09.16 12 mins ago": read in the order of the page's dates
            # that can only be read one way (11.15.16 elsewhere on it: month first)
            if order is None:
                order = page_date_order(b.text for b in blocks) or ""
            found = short_numeric_date(block.text, order) if order else None
            if found is not None:
                return found, _says_updated(block.text)
    return None


def _before_running_text(blocks: Sequence[Block], start: int) -> Iterator[int]:
    """Indices from ``start`` (at most WIDE_AFTER) until the first kept paragraph of running
    text."""
    for index in range(start, min(len(blocks), start + WIDE_AFTER)):
        block = blocks[index]
        if block.chrome is None and block.role is Role.PARAGRAPH and block.words >= LEAD_WORDS:
            return
        yield index


def _offset(local: datetime, instant: datetime) -> timezone | None:
    """The UTC offset that makes aware ``instant`` read as naive ``local``, if there is one."""
    utc = instant.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    if local.second == 0:
        utc = utc.replace(second=0)  # the page printed minutes only
    delta = local.replace(microsecond=0) - utc
    if abs(delta) > MAX_UTC_OFFSET or delta % OFFSET_STEP:
        return None
    return timezone(delta)


def _localise(
    declared: datetime, printed: tuple[TextDate, bool] | None, local_stamps: Sequence[datetime]
) -> datetime:
    """The declared instant on the page's own calendar day.

    Pages declare UTC (``2019-11-19T07:03:25Z``) and print local time (``November 18, 2019
    11:03 PM``): a naive local time of the same instant gives the offset; a printed day
    one day off (the time not printed) is the page's day.
    """
    if declared.utcoffset() != timedelta(0):
        return declared  # naive, or already on the page's own clock
    for local in local_stamps:
        offset = _offset(local, declared)
        if offset is not None:
            return declared.astimezone(offset)
    if printed is None or printed[1]:
        return declared  # the day of an update tells nothing of the day of publication
    day, has_time = printed[0].value, printed[0].has_time
    if day is None:
        return declared
    if day.tzinfo is not None:
        return declared.astimezone(day.tzinfo)
    if has_time:
        offset = _offset(day, declared)
        return declared.astimezone(offset) if offset is not None else declared
    if abs(day.date() - declared.date()) == ONE_DAY:
        return day
    return declared


def find_date(blocks: Sequence[Block], meta: PageMeta, language: str | None) -> datetime | None:
    """The publication date of the article, or ``None`` when the page does not tell.

    Args:
        blocks: every block of the page in order, after the byline stage.
        meta: the page's declared metadata (empty for text input).
        language: the article's language (Arabic reads ``11/08/2015`` day first).

    Returns:
        The date, time-zone aware when the page gives a zone.
    """
    title = _title(blocks)
    declared = [
        d
        for d in (
            _first(_json_ld(meta, title, "datePublished", "dateCreated")),
            _first(_meta(meta, "published")),
        )
        if d is not None
    ]
    _head, _lead, window = head_window(blocks)
    times = _time_elements(blocks, meta, window)
    printed = _printed(blocks, language, window)
    best = next(iter(declared + [t for t in times if t.tzinfo is not None] + times), None)
    if best is not None:
        local = [d for d in declared + times if d.tzinfo is None]
        return _localise(best, printed, local)
    if printed is not None:
        return printed[0].value
    return _first(_json_ld(meta, title, "dateModified")) or _first(_meta(meta, "modified"))
