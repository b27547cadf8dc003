"""Authors and source agency: real saved pages, and made-up lines in other styles."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import articlekit
from articlekit.blocks import Block, ChromeReason, Role
from articlekit.extractors import html as html_front
from articlekit.extractors import text as text_front
from articlekit.inputs import decode_page
from articlekit.page import PageMeta
from articlekit.pipeline import select_body
from articlekit.stages.byline import find_attribution
from articlekit.stages.credits import (
    credit_candidates,
    ends_with_photo_credit,
    read_byline,
    read_credit,
    read_dateline,
    read_name_line,
)
from articlekit.stages.names import people
from articlekit.stages.textkey import alternation, fold, more_words
from conftest import DEV_SAMPLES, SAMPLES, require_shared

PROSE = (
    "The council voted on Tuesday to approve the new budget, which raises spending on "
    "schools and roads by a tenth over the next two years."
)
PROSE_AR = (
    "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة التي ترفع الإنفاق على المدارس "
    "والطرق بنسبة العشر خلال العامين المقبلين."
)


def _page(*items: tuple[str, ChromeReason | None] | str) -> list[Block]:
    """Blocks in order; a bare string is a kept paragraph, a pair carries its chrome."""
    blocks = []
    for index, item in enumerate(items):
        text, chrome = (item, None) if isinstance(item, str) else item
        role = Role.HEADING if chrome is ChromeReason.TITLE else Role.PARAGRAPH
        blocks.append(Block(text=text, index=index, role=role, chrome=chrome))
    return blocks


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _authors(truth: dict[str, Any]) -> tuple[str, ...]:
    if "authors" in truth:
        return tuple(truth["authors"] or ())
    return (truth["author"],) if truth.get("author") else ()


# --- real pages -------------------------------------------------------------------------


def test_seed_closing_credit_and_name_line() -> None:
    article = articlekit.extract_text((SAMPLES / "rt-arabic-raqqa.txt").read_bytes())
    assert article.authors == ("هاشم الموسوي",)
    assert article.source == "وكالات"
    texts = [p.text for p in article.paragraphs]
    assert "المصدر: وكالات" not in texts
    assert "هاشم الموسوي" not in texts
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["المصدر: وكالات"] is ChromeReason.CREDIT
    assert reasons["هاشم الموسوي"] is ChromeReason.BYLINE


@pytest.mark.parametrize(
    "name", sorted(p.name.removesuffix(".html") for p in SAMPLES.glob("*.html")), ids=str
)
def test_english_dev_pages(name: str) -> None:
    truth = _expected(SAMPLES / f"{name}.expected.json")
    article = articlekit.extract_html((SAMPLES / f"{name}.html").read_bytes())
    assert article.authors == _authors(truth)
    assert article.source == truth["source"]
    texts = {p.text for p in article.paragraphs}
    assert not any(t.startswith(("By ", "Reporting by", "Additional reporting")) for t in texts)


def test_dateline_stays_in_first_paragraph() -> None:
    article = articlekit.extract_html((SAMPLES / "en-reuters-skoda-deliveries.html").read_bytes())
    assert article.source == "Reuters"
    assert article.paragraphs[0].text.startswith("PRAGUE (Reuters) -")


@pytest.mark.parametrize(
    "name",
    [
        "ar-alyaum-aden-bahah",
        "ar-alyaum-gulf-real-estate",
        "ar-alyaum-obama-climate-plan",
        "ar-spa-super-cup-coaches",
    ],
)
def test_arabic_dev_pages(name: str) -> None:
    page = require_shared(DEV_SAMPLES / f"{name}.txt")
    truth = _expected(DEV_SAMPLES / f"{name}.expected.json")
    article = articlekit.extract_text(page.read_bytes())
    assert article.source == truth["source"]
    assert article.authors == _authors(truth)
    credit_line = page.read_text(encoding="utf-8").split("\n\n")[1]
    assert credit_line not in {p.text for p in article.paragraphs}


# --- made-up bylines in other styles ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("By Jane Doe and John Roe, Staff Writers", ("Jane Doe", "John Roe"), None),
        ("BY MARIA GARCIA | THE ASSOCIATED PRESS", ("MARIA GARCIA",), "THE ASSOCIATED PRESS"),
        ("By The Associated Press", (), "The Associated Press"),
        ("Written by Ursula von der Leyen", ("Ursula von der Leyen",), None),
        ("By Ana Lima, Senior Health Reporter, Reuters", ("Ana Lima",), "Reuters"),
        ("Tom Baker - AFP - Monday 3 March 2025", ("Tom Baker",), "AFP"),
        ("بقلم: سارة أحمد", ("سارة أحمد",), None),
        ("كتب - محمد عبدالله", ("محمد عبدالله",), None),
        ("القاهرة - رويترز", (), "رويترز"),
        ("بيروت - (أ.ف.ب)", (), "أ.ف.ب"),
        ("دبي - كونا", (), "كونا"),
        # the fields after the names: the place filed from, the date
        ("Patricio Candia | Palma de Mallorca | 08/01/2014", ("Patricio Candia",), None),
        ("By John Smith | Reuters", ("John Smith",), "Reuters"),
        ("By Jane Doe / AP", ("Jane Doe",), "AP"),
        # initials, a nickname in quotes
        (
            "By Dana A. Ford, James S.A. Corey, and Tom Watkins",
            ("Dana A. Ford", "James S.A. Corey", "Tom Watkins"),
            None,
        ),
        ('By Amanda "Tania Mae" Tan', ('Amanda "Tania Mae" Tan',), None),
        # a job title naming its beat, after the outlet's initials
        ("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", ("Joan Biskupic",), None),
        ("By Amy Gibbons Political Correspondent", ("Amy Gibbons",), None),
        # a handle printed without its "@" after the name it spells
        ("By Margaret Talev margarettalev", ("Margaret Talev",), None),
        # a relative time after the name
        ("Andrew Husband 12 mins ago", ("Andrew Husband",), None),
        # a numeric date with a two-digit year after the name
        ("By Steven Shepard 10/04/16 05:07 AM EDT", ("Steven Shepard",), None),
        # the name, then a link for writing to the author (latimes.com)
        ("Howard Blume Contact Reporter", ("Howard Blume",), None),
        ("By Howard Blume Email the author", ("Howard Blume",), None),
        # a given name that is also a particle
        (
            "By Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman",
            ("Marc Santora", "William K. Rashbaum", "Al Baker", "Adam Goldman"),
            None,
        ),
    ],
)
def test_byline_lines(line: str, authors: tuple[str, ...], source: str | None) -> None:
    credit = read_byline(line)
    assert credit is not None
    assert credit.authors == authors
    assert credit.source == source


@pytest.mark.parametrize(
    "line",
    [
        "By clicking Subscribe, you agree to our Terms of Use and Privacy Policy.",
        "By Tuesday, the council had approved the budget.",
        "By the numbers",
        "Breaking News",
        "كتب الرئيس على حسابه في تويتر أن الاتفاق قريب",
        "Senior Supreme Court Analyst",
        # photo credits: a name and an agency joined by a slash
        "Evan Vucci / AP",
        "(Evan Vucci / AP)",
        "Chuck Burton/AP",
        "Contact Reporter",
        "Email the author",
    ],
)
def test_not_bylines(line: str) -> None:
    credit = read_byline(line)
    assert credit is None or not credit.authors


@pytest.mark.parametrize(
    "name",
    ["Reuters Editorial", "Example News Staff", "News Desk", "CBS Detroit", "HNN Staff"],
)
def test_organisation_is_not_an_author(name: str) -> None:
    assert not people(name)


def test_declared_copyright_holder_is_not_an_author() -> None:
    meta = PageMeta(
        meta={"author": ("Condé Nast",), "copyright": ("Copyright (c) Condé Nast 2024",)}
    )
    result = find_attribution(_page(("Budget approved", ChromeReason.TITLE), PROSE), meta, "en")
    assert result.authors == ()


def test_declared_organisation_gives_source_not_author() -> None:
    meta = PageMeta(
        json_ld=(
            {
                "@type": "NewsArticle",
                "headline": "Budget approved",
                "author": {"@type": "Organization", "name": "Agence France-Presse"},
            },
        )
    )
    result = find_attribution(_page(("Budget approved", ChromeReason.TITLE), PROSE), meta, "en")
    assert result.authors == ()
    assert result.source == "Agence France-Presse"


def test_declared_people_and_printed_spelling() -> None:
    meta = PageMeta(meta={"author": ("JANE DOE", "https://example.com/jane")})
    blocks = _page(("Budget approved", ChromeReason.TITLE), "By Jane Doe", PROSE)
    result = find_attribution(blocks, meta, "en")
    assert result.authors == ("Jane Doe",)
    assert result.blocks[1].chrome is ChromeReason.BYLINE


def test_printed_byline_beats_unrelated_metadata() -> None:
    meta = PageMeta(meta={"author": ("Web Producer Desk",)})
    blocks = _page(("Budget approved", ChromeReason.TITLE), "By Jane Doe", PROSE)
    assert find_attribution(blocks, meta, "en").authors == ("Jane Doe",)


# --- credit lines and datelines ------------------------------------------------------------


def test_reporting_credit_names_authors_only_without_byline() -> None:
    credit = read_credit("(Reporting by Ana Lima in Lisbon; Editing by Tom Roe)")
    assert credit is not None and credit.reporting
    assert credit.authors == ("Ana Lima",)
    blocks = _page(("Budget approved", ChromeReason.TITLE), "By Jane Doe", PROSE, PROSE)
    blocks.append(Block(text="(Reporting by Ana Lima; Editing by Tom Roe)", index=4))
    result = find_attribution(blocks, PageMeta(), "en")
    assert result.authors == ("Jane Doe",)
    assert result.blocks[4].chrome is ChromeReason.CREDIT


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("With files from The Canadian Press", "The Canadian Press"),
        ("Additional reporting by Bloomberg", "Bloomberg"),
        ("Source: AFP", "AFP"),
        ("المصدر: وكالة الأناضول", "وكالة الأناضول"),
        (
            "Associated Press writer Ana Lima in Lisbon contributed to this report.",
            "Associated Press",
        ),
        ("Additional reporting by Jane Doe", None),
    ],
)
def test_credit_lines(line: str, source: str | None) -> None:
    credit = read_credit(line)
    assert credit is not None
    assert credit.source == source
    assert not credit.authors


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("BEIRUT, March 3 (Reuters) - The central bank said on Monday it would ...", "Reuters"),
        ("(AP) — Officials said on Monday that the bridge would reopen next week.", "AP"),
        ("واشنطن - (أ ف ب): أعلن البيت الأبيض الاثنين أن ...", "أ ف ب"),
        ("القاهرة - رويترز: قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل.", "رويترز"),
        ("The minister told Reuters (in an interview) - on Monday - that ...", None),
        ("Officials told the AP that the bridge would reopen next week.", None),
    ],
)
def test_datelines(text: str, source: str | None) -> None:
    assert read_dateline(text) == source


def test_photo_credit_is_not_the_source() -> None:
    blocks = _page(
        ("Budget approved", ChromeReason.TITLE),
        ("The council chamber on Tuesday. (Photo: Reuters)", ChromeReason.CAPTION),
        PROSE,
    )
    assert find_attribution(blocks, PageMeta(), "en").source is None


# --- a name line closing the article ---------------------------------------------------------


def test_closing_name_line_before_comments() -> None:
    blocks = _page(
        ("الميزانية الجديدة", ChromeReason.TITLE),
        PROSE_AR,
        PROSE_AR,
        "سارة أحمد",
        ("التعليقات", ChromeReason.COMMENTS),
    )
    result = find_attribution(blocks, PageMeta(), "ar")
    assert result.authors == ("سارة أحمد",)
    assert result.blocks[3].chrome is ChromeReason.BYLINE


def test_subheading_inside_the_article_is_not_a_name() -> None:
    blocks = _page(("الميزانية الجديدة", ChromeReason.TITLE), PROSE_AR, "جبهة تعز", PROSE_AR)
    result = find_attribution(blocks, PageMeta(), "ar")
    assert result.authors == ()
    assert result.blocks[2].chrome is None


@pytest.mark.parametrize("line", ["Story Timeline", "Read more", "اقرأ أيضا", "Jane Doe said"])
def test_name_line_negatives(line: str) -> None:
    assert read_name_line(line) == ()


# --- the cheap looks before the readers ------------------------------------------------------


def _sample_pages() -> list[tuple[str, list[str]]]:
    """Every block text of the seed and the English dev pages, as the byline stage sees them."""
    pages = []
    for path in sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.html")):
        front = html_front if path.suffix == ".html" else text_front
        blocks, _title = select_body(front.build_page(decode_page(path.read_bytes())))
        pages.append((path.name, [b.text for b in blocks]))
    return pages


def test_credit_candidates_hold_every_credit_line() -> None:
    read = 0
    for name, texts in _sample_pages():
        candidates = credit_candidates(texts)
        lines = [i for i, text in enumerate(texts) if read_credit(text) is not None]
        assert set(lines) <= set(candidates), name
        assert len(candidates) < len(texts) / 4, name  # a filter, not every line
        read += len(lines)
    assert read  # the seed's "المصدر: وكالات" at least


def test_credit_candidates_look_at_the_ends_of_long_lines() -> None:
    long_middle = f"{PROSE} The figures, sources said, were final. {PROSE}"
    texts = [PROSE, "المصدر: وكالات", "Reporting by Jan Lopatka; Editing by Jason Neely"]
    assert credit_candidates([*texts, long_middle, PROSE_AR]) == [1, 2]


def test_alternation_groups_by_first_character_and_keeps_order() -> None:
    pattern = alternation(["ab", "ac", "a", r"\.b", "b"])
    assert pattern == r"a(?:b|c|)|\.(?:b)|b(?:)"
    match = re.match(pattern, "abc")
    assert match is not None and match.group() == "ab"  # the longer phrase first, as listed
    with pytest.raises(ValueError, match="literal"):
        alternation([r"\s+x"])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("By John SMITH", "by john smith"),
        ("Über’s “Straße”", "über’s “straße”"),
        ("أ ف ب\u00a0- الإثنين ١٢ آذار", "ا ف ب - الاثنين 12 اذار"),
        ("İstanbul", "İstanbul"),  # lower-casing would change the length: the letter stays
    ],
)
def test_fold_keeps_every_position(text: str, key: str) -> None:
    assert fold(text) == key
    assert len(fold(text)) == len(text)


def test_more_words_counts_the_plain_text() -> None:
    assert more_words("one two three", 2)
    assert not more_words("one two", 2)
    assert not more_words("كتب \u064e محمد", 2)  # a lone vowel mark is no word
    assert more_words(PROSE, 8) and not more_words(PROSE, 200)


def test_a_one_word_label_without_its_colon_is_not_a_credit() -> None:
    assert read_credit("Source files: blanket.js, mocha-blanket.js") is None
    credit = read_credit("Sources: Reuters, AFP")
    assert credit is not None and credit.source == "Reuters"


_WRITERS = (
    "Burgess Everett", "Nancy Cook", "Eric Geller", "Josh Gerstein",
    "Louis Nelson", "Darius Tahir", "Nahal Toosi", "Elana Schor",
)  # fmt: skip
_TEASERS = "".join(
    f"<li><h3><a href='/s{n}'>Story number {n} of the list of teasers</a></h3>"
    f"<a rel='author' href='/a{n}'>{name}</a></li>"
    for n, name in enumerate(_WRITERS)
)


def test_byline_in_the_article_footer_under_the_headline() -> None:
    html = (
        "<html><body><article><header><h1>Insiders expect a close vote on the budget</h1>"
        "<p class='subhead'>'Is it just me or is this the closest vote in years?'</p>"
        "<footer class='meta'>By Steven Shepard 10/04/16 05:07 AM EDT</footer></header>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article>"
        f"<aside><ul>{_TEASERS}</ul></aside></body></html>"
    )
    article = articlekit.extract_html(html)
    assert article.authors == ("Steven Shepard",)


def test_rel_author_links_of_a_list_of_teasers_are_not_authors() -> None:
    html = (
        "<html><body><article><h1>Insiders expect a close vote on the budget</h1>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article><aside><ul>{_TEASERS}</ul></aside></body></html>"
    )
    assert articlekit.extract_html(html).authors == ()


def test_author_meta_with_its_value_in_a_value_attribute() -> None:
    html = (
        "<html><head><meta name='Author' value='Howard Schneider and Lindsay Dunsmuir'></head>"
        f"<body><article><h1>Fed lifts rates</h1><p>{PROSE}</p></article></body></html>"
    )
    assert articlekit.extract_html(html).authors == ("Howard Schneider", "Lindsay Dunsmuir")


def _dump(*lines: str) -> str:
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel"]
    return "\n\n".join([*menu, *lines, PROSE, PROSE_EN_2, PROSE, "Copyright 2020 Example News"])


PROSE_EN_2 = (
    "The council said on Monday that the new plan would be reviewed again in the spring, after "
    "the first results are in."
)


@pytest.mark.parametrize(
    "lines",
    [
        # "By" on a line of its own, then the name, then the date
        ("More than 40 patients in hospital as the town records new cases", "By", "Liam Randall",
         "10:29, 24 JUL 2020"),
        # the name over its job title
        ("More than 40 patients in hospital as the town records new cases", "Liam Randall",
         "BuzzFeed UK News Fellow"),
        # the name after the date line, no "By"
        ("More than 40 patients in hospital as the town records new cases", "15.05.2020, 07:11",
         "Liam Randall"),
    ],
)  # fmt: skip
def test_text_dump_byline_printed_in_parts(lines: tuple[str, ...]) -> None:
    article = articlekit.extract_text(_dump(*lines))
    assert article.authors == ("Liam Randall",)
    assert article.title == lines[0]


def test_text_dump_sentence_beside_a_date_line_is_no_byline() -> None:
    lead = (
        "Photos which were released online and are making the rounds show the actress, Kate "
        "Henshaw, looking stunning in new photos."
    )
    article = articlekit.extract_text(
        _dump("The actress is looking stunning in new photos", "October 06, 2018", lead)
    )
    assert article.authors == ()
    assert lead in {p.text for p in article.paragraphs}


def test_text_dump_headline_is_the_line_its_byline_follows() -> None:
    article = articlekit.extract_text(
        _dump(
            "Rudy Giuliani Is No Longer In The Running To Become Secretary Of State",
            "By Andrew Husband 12 mins ago",
            "Facebook",
            "Twitter",
            "Getty Image",
        )
    )
    assert article.title == "Rudy Giuliani Is No Longer In The Running To Become Secretary Of State"
    assert article.authors == ("Andrew Husband",)


def test_text_dump_headline_may_ask_a_question() -> None:
    article = articlekit.extract_text(
        _dump("Was heißt Sozialismus für Sie, Kevin Kühnert?", "15.05.2020, 07:11")
    )
    assert article.title == "Was heißt Sozialismus für Sie, Kevin Kühnert?"


def test_text_dump_headline_shortened_in_the_title_line() -> None:
    # people.com: the <title> line shortens the headline; the standfirst right above the byline
    # is not the headline
    headline = "Jennifer Aniston on Leaving the Tags on Her Celine Coat: 'I Wore It Four Times!'"
    dump = _dump(
        headline,
        "The actress explained the story behind her wardrobe malfunction to Jimmy Kimmel",
        "By Emily Kirkpatrick",
        "Updated on December 12, 2016 09:22 AM",
    )
    article = articlekit.extract_text("Jennifer Aniston on Leaving the Tags on Her Coat\n\n" + dump)
    assert article.title == headline
    assert article.authors == ("Emily Kirkpatrick",)


def test_text_dump_date_line_after_a_short_line_taken_for_the_lead() -> None:
    # aol.com: a teaser line under the headline, then share links, then the date line
    article = articlekit.extract_text(
        _dump(
            "Son of slain police officer given teddy bears made from his uniform",
            "Before you go, we thought you'd like these...",
            "READ MORE",
            "READ MORE",
            "READ MORE",
            "Share",
            "Dec 1st 2016 1:01PM",
        )
    )
    assert article.date is not None and article.date.date() == date(2016, 12, 1)


def test_text_dump_date_line_opening_with_its_label() -> None:
    # qz.com: the publication date, then the update and a note, on one line
    article = articlekit.extract_text(
        _dump(
            "Nigeria's economy is making a comeback, but not fast enough",
            "By Yomi Kazeem",
            "Published February 24, 2020 Last updated July 21, 2022 This article is more than "
            "2 years old.",
        )
    )
    assert article.date is not None and article.date.date() == date(2020, 2, 24)


def test_text_dump_byline_with_a_short_date_read_in_the_page_order() -> None:
    # uproxx.com: "12.09.16" is December 9: the teasers below print "11.15.16"
    dump = _dump(
        "Rudy Giuliani Is No Longer In The Running To Become Secretary Of State",
        "Andrew Husband 12.09.16 12 mins ago 2 Comments",
        "Facebook",
        "Twitter",
    )
    teasers = "\n\nMore from the site\n\nChris Zois 11.15.16 3 weeks ago 7 Comments"
    article = articlekit.extract_text(dump + teasers)
    assert article.authors == ("Andrew Husband",)
    assert article.date is not None and article.date.date() == date(2016, 12, 9)


def test_text_dump_short_date_with_no_order_evidence_is_no_date() -> None:
    dump = _dump(
        "Rudy Giuliani Is No Longer In The Running To Become Secretary Of State",
        "Andrew Husband 12.09.16 12 mins ago 2 Comments",
    )
    assert articlekit.extract_text(dump).date is None


def test_markdown_headline_is_the_top_heading_before_the_body() -> None:
    # mashable.com as Markdown: the site's name and the article both as "# " headings, a
    # standfirst between the headline and the byline
    lead = (
        "A mysterious plane circling Manhattan on Monday sparked concern and intrigue among "
        "residents, who shared photos of it on social media for hours."
    )
    page = "\n\n".join(
        [
            "# Mashable",
            "## World",
            "# Mysterious plane circling Manhattan sparks concern and intrigue",
            "Residents shared photos of the aircraft for hours on Monday",
            "By Jane Doe",
            lead,
            PROSE,
            PROSE_EN_2,
            "# Other stories from around the world",
        ]
    )
    assert articlekit.extract_text(page).title == (
        "Mysterious plane circling Manhattan sparks concern and intrigue"
    )


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        (
            "Lady Starmer wears a dress to disembark from a plane in Washington DC Stefan "
            "Rousseau/via Reuters",
            True,
        ),
        ("Trump speaks in Iowa. (Evan Vucci / AP)", True),
        ("Budget 2024/25 approved by the council", False),
        ("Why the 9/11 memorial matters to New York", False),
    ],
)
def test_caption_ending_with_a_photo_credit(line: str, credited: bool) -> None:
    assert ends_with_photo_credit(line) is credited


@pytest.mark.parametrize(
    "line", ["Biden Signs Infrastructure Bill Into Law 12 Comments", "Andrew Husband 1 Comment"]
)
def test_a_comment_count_alone_makes_no_byline(line: str) -> None:
    assert read_byline(line) is None
