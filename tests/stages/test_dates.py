"""Publication dates: metadata, <time>, printed dates in English and Arabic, and traps."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

import articlekit
from articlekit.blocks import Block, ChromeReason, Role
from articlekit.page import PageMeta
from articlekit.stages.dates import find_date, parse_declared_date
from articlekit.stages.textdates import (
    DateKind,
    find_text_dates,
    first_text_date,
    is_date_only,
    mentions_time,
)
from conftest import DEV_SAMPLES, SAMPLES, require_shared

PROSE = (
    "The council voted on Tuesday to approve the new budget, which raises spending on "
    "schools and roads by a tenth over the next two years."
)


def _page(*items: tuple[str, ChromeReason | None] | str) -> list[Block]:
    blocks = []
    for index, item in enumerate(items):
        text, chrome = (item, None) if isinstance(item, str) else item
        role = Role.HEADING if chrome is ChromeReason.TITLE else Role.PARAGRAPH
        blocks.append(Block(text=text, index=index, role=role, chrome=chrome))
    return blocks


def _day(text: str, language: str | None = None) -> date | None:
    found = first_text_date(text, language)
    return found.value.date() if found and found.value else None


# --- printed dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Posted May 24, 2026 10:05 am", None, date(2026, 5, 24)),
        ("16 September 2024 9:33pm", None, date(2024, 9, 16)),
        ("Friday, April 28, 2023", None, date(2023, 4, 28)),
        ("Published: Jan. 5th, 2021 at 4:05 p.m.", None, date(2021, 1, 5)),
        ("الثلاثاء ٣ آذار ٢٠٢١", "ar", date(2021, 3, 3)),
        ("3 كانون الثاني 2017 - 10:30 م", "ar", date(2017, 1, 3)),
        ("١٢ ربيع الأول ١٤٤٢ هـ الموافق ٢٩ أكتوبر ٢٠٢٠ م", "ar", date(2020, 10, 29)),
        ("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس", "ar", date(2015, 8, 11)),
        ("نشر في 07/03/2022", "ar", date(2022, 3, 7)),
        ("2023-04-28T13:53:25Z", None, date(2023, 4, 28)),
        ("Updated 9:41 AM; Posted Nov 18, 2019, 8:19 PM", None, date(2019, 11, 18)),
        # a two-digit year, before a time
        ("By Sage Lazzaro • 12/16/16 12:21pm", None, date(2016, 12, 16)),
    ],
)
def test_printed_dates(text: str, language: str | None, day: date) -> None:
    assert _day(text, language) == day


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("26 شوال 1436 هـ", "ar"),  # Hijri only: not converted
        ("1 hr 4 mins ago", None),
        ("منذ 3 ساعات", "ar"),
        ("04/05/2023", "en"),  # day and month cannot be told apart
        ("4 min read", None),
        ("Page 1 of 2019", None),
        ("10/04/16 05:07 AM", "en"),  # day and month cannot be told apart
        ("10/04/2016 05:07 CET", "en"),  # nor in a zone of countries writing either order
        ("12/16/16", "en"),  # a two-digit year without a time: a fraction, a version
    ],
)
def test_no_day_is_guessed(text: str, language: str | None) -> None:
    assert _day(text, language) is None


def test_a_north_american_zone_reads_the_month_first() -> None:
    # politico.com's date line: the United States write the month first
    found = first_text_date("10/04/16 05:07 AM EDT", "en")
    assert found is not None and found.value is not None
    assert (found.value.month, found.value.day, found.value.hour) == (10, 4, 5)
    assert found.value.utcoffset() == timedelta(hours=-4)


def test_hijri_and_relative_are_recognised() -> None:
    kinds = [d.kind for d in find_text_dates("26 شوال 1436 هـ - منذ 3 ساعات")]
    assert kinds == [DateKind.HIJRI, DateKind.RELATIVE]


def test_printed_zone_makes_an_aware_date() -> None:
    found = first_text_date("Updated 10:01 pm PST, Tuesday, November 19, 2019")
    assert found is not None and found.value is not None
    assert found.value.utcoffset() == timedelta(hours=-8)


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Posted May 24, 2026 10:05 am", True),
        ("August 30, 2023 1:55 am(Updated 4:30 am)", True),
        ("4 min read", False),
        ("The budget was approved on May 24, 2026 after a long debate.", False),
    ],
)
def test_date_lines(text: str, only: bool) -> None:
    assert is_date_only(text) is only


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Chris Davies - Nov 19, 2019, 8:15 pm CST", True),
        ("منذ 3 ساعات", True),
        ("1 hr 4 mins", True),
        ("٢٩ أكتوبر ٢٠٢٠", True),
        ("5 comments", False),
        ("Page 2", False),
        ("Reuters, Sioux Falls", False),
    ],
)
def test_mentions_time(text: str, mentions: bool) -> None:
    assert mentions_time(text) is mentions


# --- declared dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "2024-09-16T21:33+0100",
            datetime(2024, 9, 16, 21, 33, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("2023-04-28T13:53:25", datetime(2023, 4, 28, 13, 53, 25)),
        ("Mon Jan 13 13:37:49 UTC 2020", datetime(2020, 1, 13, 13, 37, 49, tzinfo=UTC)),
        ("Tue, 19 Nov 2019 08:38:00 GMT", datetime(2019, 11, 19, 8, 38, tzinfo=UTC)),
        ("1 March 2019", datetime(2019, 3, 1)),  # day 1, as a default would give: read twice
        ("November 2019", None),  # no day
        ("Monday 5 pm", None),
        ("2023", None),
        ("1693355557", None),
        ("not a date", None),
    ],
)
def test_declared_values(value: str, expected: datetime | None) -> None:
    assert parse_declared_date(value) == expected


def test_published_beats_modified() -> None:
    meta = PageMeta(
        json_ld=(
            {
                "@type": "NewsArticle",
                "datePublished": "2021-03-03T08:00:00+02:00",
                "dateModified": "2021-03-05T08:00:00+02:00",
            },
        )
    )
    found = find_date(_page(("Title", ChromeReason.TITLE), PROSE), meta, "en")
    assert found is not None and found.date() == date(2021, 3, 3)
    assert found.utcoffset() == timedelta(hours=2)


def test_modified_only_without_published() -> None:
    meta = PageMeta(meta={"article:modified_time": ("2021-03-05T08:00:00Z",)})
    found = find_date(_page(("Title", ChromeReason.TITLE), PROSE), meta, "en")
    assert found is not None and found.date() == date(2021, 3, 5)


def test_declared_utc_on_the_printed_local_day() -> None:
    meta = PageMeta(meta={"article:published_time": ("2019-11-19T07:03:25+00:00",)})
    blocks = _page(("Title", ChromeReason.TITLE), "November 18, 2019 11:03 PM", PROSE)
    found = find_date(blocks, meta, "en")
    assert found is not None
    assert found.date() == date(2019, 11, 18)
    assert found.utcoffset() == timedelta(hours=-8)


def test_declared_utc_keeps_its_day_beside_a_printed_update() -> None:
    meta = PageMeta(meta={"pubdate": ("2013-11-27T08:36:32Z",)})
    blocks = _page(
        ("Title", ChromeReason.TITLE), "November 28, 2013 -- Updated 0203 GMT (1003 HKT)", PROSE
    )
    found = find_date(blocks, meta, "en")
    assert found == datetime(2013, 11, 27, 8, 36, 32, tzinfo=UTC)


def test_time_element_in_the_headline_region() -> None:
    meta = PageMeta(times=((1, "2022-06-01T10:00:00+03:00"), (5, "2010-01-01T00:00:00Z")))
    blocks = _page(
        ("Title", ChromeReason.TITLE),
        "June 1, 2022",
        PROSE,
        PROSE,
        PROSE,
        ("Older story from the archive", ChromeReason.RELATED),
    )
    found = find_date(blocks, meta, "en")
    assert found is not None and found.date() == date(2022, 6, 1)


def test_teaser_and_body_dates_are_not_read() -> None:
    blocks = _page(
        ("Title", ChromeReason.TITLE),
        ("Published March 2, 2011", ChromeReason.RELATED),
        PROSE + " The plan was first announced on March 2, 2011.",
        ("Comment posted May 24, 2026 at 4:31 pm", ChromeReason.COMMENTS),
    )
    assert find_date(blocks, PageMeta(), "en") is None


def test_text_page_byline_date() -> None:
    blocks = _page(
        ("Council approves the budget", ChromeReason.TITLE),
        "By Jane Doe - Friday, April 28, 2023",
        PROSE,
    )
    found = find_date(blocks, PageMeta(), "en")
    assert found == datetime(2023, 4, 28)


# --- real pages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", sorted(p.name.removesuffix(".html") for p in SAMPLES.glob("*.html")), ids=str
)
def test_english_dev_pages(name: str) -> None:
    truth = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = articlekit.extract_html((SAMPLES / f"{name}.html").read_bytes())
    got = article.date.date().isoformat() if article.date else None
    assert got == truth["date"]


def test_arabic_dateline_with_hijri_beside_gregorian() -> None:
    page = require_shared(DEV_SAMPLES / "ar-spa-super-cup-coaches.txt")
    article = articlekit.extract_text(page.read_bytes())
    assert article.date == datetime(2015, 8, 11)
    assert article.source == "واس"


def test_seed_has_no_date() -> None:
    article = articlekit.extract_text((SAMPLES / "rt-arabic-raqqa.txt").read_bytes())
    assert article.date is None
