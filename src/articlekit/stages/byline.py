"""Find the article's authors and the agency it credits, and remove byline/credit lines.

Where the evidence is, best first:

- **authors**: the page's declared authors (JSON-LD, meta tags, rel=author) and the byline
  printed near the headline (an element marked ``byline``/``author``, a ``By A and B`` line,
  ``بقلم``/``كتب`` lines, ``name - place`` lines). When both name people, the printed byline
  wins unless the declared names cover it. Without either, a closing ``Reporting by`` credit
  or a name line closing the article (``هاشم الموسوي`` after the last paragraph).
- **source**: an agency in the byline (``By Tom Davies - Associated Press``,
  ``أ ف ب - واشنطن``), a dateline opening the first paragraphs (``PRAGUE (Reuters) -``), a
  credit line (``المصدر: وكالات``, ``Additional reporting from PA``), a paper's own credit
  in its byline line (``اليوم - عدن``), an agency declared as author (``Reuters Editorial``).

Lines read for names or credits are removed from the body (``byline``, ``credit``,
``dateline``), as are date and job-title lines next to the byline (``metadata``, ``byline``);
a dateline inside the first paragraph stays. The headline region is found from the headline
block and the first paragraph, so the evidence does not depend on exactly which blocks the
selection kept.

Reads: text, role, hints, chrome of every block; the page's metadata. Sets: chrome
(``byline``, ``credit``, ``dateline``, ``metadata``) and evidence on the lines it reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from articlekit.blocks import Block, ChromeReason, Role
from articlekit.lexicons.loader import entries
from articlekit.page import PageMeta
from articlekit.stages.authors import declared_authors, site_names
from articlekit.stages.chrome import DATE_LINE_EVIDENCE, is_date_line_mark
from articlekit.stages.credits import (
    Credit,
    CreditKind,
    credit_candidates,
    is_byline_marker,
    read_byline,
    read_credit,
    read_dateline,
    read_name_line,
)
from articlekit.stages.names import is_job_title_line, is_role_only, people
from articlekit.stages.textdates import is_date_only
from articlekit.stages.textkey import fold

__all__ = ["Attribution", "find_attribution", "first_title", "has_hint", "head_window"]

#: Blocks before the headline that may hold the byline (some pages print it above).
HEAD_BEFORE = 3
#: Blocks after the lead paragraph that may hold the byline (under the first paragraph/photo).
LEAD_AFTER = 3
#: The headline region never spans more blocks than this (a page with no clear lead).
MAX_HEAD_SPAN = 40
#: A paragraph of this many words is running text: the lead, or the text a closing name ends.
LEAD_WORDS = 8
#: Blocks before and after the headline region searched for a byline that says so itself
#: ("By ...", names beside a date or handle) when the region has none.
WIDE_BEFORE = 25
WIDE_AFTER = 10
#: Paragraphs after the headline searched for an agency dateline.
DATELINE_PARAGRAPHS = 3
#: Innermost class/id levels of a block searched for byline words (outer ones wrap the page).
HINT_LEVELS = 3
#: Class/id levels kept with their answers: the blocks of one container share them.
HINT_CACHE_SIZE = 1024

#: Blocks of the headline region never read for a byline: other articles' teasers, reader
#: comments, ads and boxes, captions (photo credits name agencies too).
_NOT_A_BYLINE = frozenset(
    {
        ChromeReason.RELATED,
        ChromeReason.COMMENTS,
        ChromeReason.FOOTER,
        ChromeReason.ADVERTISEMENT,
        ChromeReason.NEWSLETTER,
        ChromeReason.COOKIE,
        ChromeReason.POLL,
        ChromeReason.CAPTION,
        ChromeReason.HIDDEN,
    }
)
#: Blocks never read as a line of names beside a date: the chrome stage may take a short
#: name line for a menu entry or a teaser's line, never for these.
_NOT_NAMES = _NOT_A_BYLINE - {ChromeReason.RELATED}
#: A line of names beside a date line has at most this many words.
MAX_NAME_LINE_WORDS = 12
#: Blocks never read for a credit line. Its marker ("Reporting by", "المصدر:") is specific
#: enough to read it wherever the chrome stage put it, inside the article's span.
_NOT_A_CREDIT = frozenset({ChromeReason.COMMENTS, ChromeReason.CAPTION, ChromeReason.HIDDEN})
#: ...nor is the headline.
_NOT_A_CREDIT_LINE = _NOT_A_CREDIT | {ChromeReason.TITLE}
#: Blocks after the article's last kept paragraph that may hold its closing credits.
CLOSING_AFTER = 6
#: Chrome that ends an article: a name line followed by one of these closes it. (Blocks
#: merely outside the selected content do not: selection may end early.)
_AFTER_ARTICLE = frozenset(
    {
        ChromeReason.RELATED,
        ChromeReason.COMMENTS,
        ChromeReason.FOOTER,
        ChromeReason.NEWSLETTER,
        ChromeReason.POLL,
        ChromeReason.SHARE,
    }
)
#: Blocks that may hold a closing name line: kept ones, and ones outside the selection.
_MAY_CLOSE = frozenset({None, ChromeReason.OUTSIDE_CONTENT})
_WORD_RE = re.compile(r"\w+")
#: A regex that matches nothing (an empty lexicon).
_NEVER = r"(?!)"


@dataclass(frozen=True, slots=True)
class Attribution:
    """The byline stage's result: the blocks (byline/credit lines marked), authors, source."""

    blocks: tuple[Block, ...]
    authors: tuple[str, ...] = ()
    source: str | None = None


@dataclass(slots=True)
class _Found:
    """Evidence gathered over the page, and the lines to mark."""

    byline_authors: list[str] = field(default_factory=list)
    byline_far: bool = False  # found outside the headline region: declared names win
    byline_source: str | None = None
    publisher: str | None = None
    dateline_source: str | None = None
    credit_source: str | None = None
    reporting_authors: list[str] = field(default_factory=list)
    closing_authors: list[str] = field(default_factory=list)
    marks: dict[int, tuple[ChromeReason, str]] = field(default_factory=dict)
    head: int = 0
    lead: int = 0
    window: range = range(0)


@cache
def _hint_re(name: str) -> re.Pattern[str]:
    """Any word of the lexicon ``name``, inside a class/id word or not (``author-name``)."""
    words = sorted(entries("common", name))
    return re.compile("|".join(re.escape(word) for word in words) or _NEVER)


def has_hint(block: Block, lexicon: str = "byline_hints") -> bool:
    """Whether the block's innermost class/id words hold a word of ``lexicon``."""
    hints = block.hints
    levels = hints[-HINT_LEVELS:] if isinstance(hints, tuple) else (hints,)
    return _has_hint_word(levels, lexicon)


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _has_hint_word(levels: tuple[str, ...], lexicon: str) -> bool:
    return _hint_re(lexicon).search(" ".join(levels)) is not None


def _has_words(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` words (only that many are split off)."""
    return len(text.split(None, count - 1)) >= count


def _is_paragraph(block: Block) -> bool:
    return block.role in (Role.PARAGRAPH, Role.BLOCKQUOTE) and _has_words(block.text, LEAD_WORDS)


def _is_kept_paragraph(block: Block) -> bool:
    return block.chrome is None and _is_paragraph(block)


def _headline(blocks: Sequence[Block]) -> int | None:
    """Index of the headline: the last title block before the first kept block.

    Without one, the first title block after it, else the first kept block itself.
    """
    last_title = None
    for index, block in enumerate(blocks):
        if block.chrome is ChromeReason.TITLE:
            last_title = index
        elif block.chrome is None:
            if last_title is not None:
                return last_title
            later = range(index + 1, len(blocks))
            return next((i for i in later if blocks[i].chrome is ChromeReason.TITLE), index)
    return last_title


def first_title(blocks: Sequence[Block], stop: int) -> int:
    """Index of the first title block before ``stop``, else ``stop``."""
    title = ChromeReason.TITLE
    for index in range(min(stop, len(blocks))):
        if blocks[index].chrome is title:
            return index
    return stop


def head_window(blocks: Sequence[Block]) -> tuple[int, int, range]:
    """``(headline, lead, window)``: the headline's index, the lead's, and the blocks around.

    The lead is the first kept paragraph of running text after the headline; the window runs
    from a few blocks before the headline to a few after the lead.
    """
    return _window(blocks, _headline(blocks))


def _window(blocks: Sequence[Block], head: int | None) -> tuple[int, int, range]:
    if head is None:
        return 0, 0, range(0)
    lead = next((i for i in range(head + 1, len(blocks)) if _is_kept_paragraph(blocks[i])), head)
    lead = min(lead, head + MAX_HEAD_SPAN)
    start = max(0, head - HEAD_BEFORE)
    return head, lead, range(start, min(len(blocks), lead + LEAD_AFTER + 1))


def _readable(block: Block, never: frozenset[ChromeReason] = _NOT_A_BYLINE) -> bool:
    return block.chrome not in never and block.role is not Role.CAPTION


def _never_in_head(index: int, head: int) -> frozenset[ChromeReason]:
    """What is never a byline at ``index`` of the headline region: after the headline, an
    element marked as a footer is the article's own (``<footer>By ... 10/04/16</footer>``
    under the headline and its standfirst), not the page's."""
    return _NOT_A_BYLINE - {ChromeReason.FOOTER} if index > head else _NOT_A_BYLINE


def _evidence(credit: Credit) -> str:
    parts = []
    if credit.authors:
        parts.append("names: " + ", ".join(credit.authors))
    if credit.source:
        parts.append(f"agency: {credit.source}")
    if credit.publisher:
        parts.append(f"paper: {credit.publisher}")
    return "; ".join(parts) or "credit line"


_REASON = {
    CreditKind.BYLINE: ChromeReason.BYLINE,
    CreditKind.CREDIT: ChromeReason.CREDIT,
    CreditKind.DATELINE: ChromeReason.DATELINE,
}


def _take_byline(index: int, credit: Credit, found: _Found) -> None:
    found.marks[index] = (_REASON[credit.kind], _evidence(credit))
    found.byline_authors.extend(a for a in credit.authors if a not in found.byline_authors)
    found.byline_source = found.byline_source or credit.source
    found.publisher = found.publisher or credit.publisher


def _read_head(blocks: Sequence[Block], meta: PageMeta, found: _Found, *, declared: bool) -> None:
    """Bylines in the headline region, and the date/job-title lines beside them."""
    head, lead, window = found.head, found.lead, found.window
    sites = site_names(meta)
    for index in window:
        block = blocks[index]
        if not _readable(block, _never_in_head(index, head)):
            continue
        credit = read_byline(block.text, sites, marked=has_hint(block))
        if credit is not None:
            _take_byline(index, credit, found)
    if not found.byline_authors and not declared:
        _read_names_beside_date(blocks, found, sites)
    if not found.byline_authors and not declared:
        # The headline found may be a repeat of it, or the selection may start late: look
        # around the region for a byline that says so itself, nearest first. (Declared
        # authors make this needless: a byline found so far away would not overrule them.)
        start = max(0, first_title(blocks, window.start) - WIDE_BEFORE)
        stop = min(len(blocks), window.stop + WIDE_AFTER)
        before = range(window.start - 1, start - 1, -1)
        after = range(window.stop, stop)
        for index in sorted([*before, *after], key=lambda i: abs(i - head)):
            block = blocks[index]
            if not _readable(block) or index in found.marks:
                continue
            credit = read_byline(block.text, sites, marked=has_hint(block))
            if credit is not None and credit.strong and credit.authors:
                _take_byline(index, credit, found)
                found.byline_far = True
                break
    for index in range(head + 1, lead):
        block = blocks[index]
        if block.chrome is not None or index in found.marks:
            continue
        if is_date_only(block.text):
            found.marks[index] = (ChromeReason.METADATA, f"{DATE_LINE_EVIDENCE} line")
        elif is_role_only(block.text):
            found.marks[index] = (ChromeReason.BYLINE, "job title")


def _is_date_line(block: Block) -> bool:
    return is_date_line_mark(block) or is_date_only(block.text)


def _read_names_beside_date(blocks: Sequence[Block], found: _Found, sites: Sequence[str]) -> None:
    """A line of names beside a date line, or over a job title, in the headline region: the
    byline, printed in parts.

    Text dumps put each part of a byline on a line of its own ("By", "Liam Randall",
    "10:29, 24 JUL 2020"), and the chrome stage may have read the short name line as a menu
    entry or a teaser's line: a line that holds nothing but names, next to a date line (or
    after a lone "By" that is), is the byline.
    """
    window = found.window
    for index in window:
        block = blocks[index]
        if index <= found.head or index in found.marks or not _readable(block, _NOT_NAMES):
            continue
        marker = index > 0 and is_byline_marker(blocks[index - 1].text)
        first = index - 1 if marker else index
        beside = [i for i in (first - 1, index + 1) if 0 <= i < len(blocks)]
        if not any(_is_date_line(blocks[i]) for i in beside) and not (
            index + 1 < len(blocks) and is_job_title_line(blocks[index + 1].text)
        ):
            continue
        if block.words > MAX_NAME_LINE_WORDS or not people(block.text, sites):
            continue  # nothing but names (a sentence beside a date line is the lead)
        text = f"{blocks[first].text} {block.text}" if marker else block.text
        credit = read_byline(text, sites, marked=True)
        if credit is not None and credit.authors and not credit.source:
            _take_byline(index, credit, found)
            if marker:
                found.marks[first] = (ChromeReason.BYLINE, "byline marker")
            return


def _read_dateline(blocks: Sequence[Block], found: _Found) -> None:
    """The agency of a dateline opening one of the first paragraphs after the headline."""
    head = found.head
    seen = 0
    for block in blocks[head + 1 :]:
        if seen >= DATELINE_PARAGRAPHS:
            return
        if not _readable(block) or not _is_paragraph(block):
            continue
        seen += 1
        agency = read_dateline(block.text)
        if agency:
            found.dateline_source = agency
            return


def _closes_article(blocks: Sequence[Block], index: int, found: _Found) -> bool:
    """Whether only credit lines stand between block ``index`` and the end of the article."""
    for position in range(index + 1, len(blocks)):
        mark = found.marks.get(position)
        if mark and mark[0] is ChromeReason.CREDIT:
            continue
        return blocks[position].chrome in _AFTER_ARTICLE
    return True


def _follows_text(blocks: Sequence[Block], index: int, found: _Found) -> bool:
    """Whether block ``index`` comes right after running text (credit lines aside)."""
    for position in range(index - 1, -1, -1):
        mark = found.marks.get(position)
        if mark and mark[0] is ChromeReason.CREDIT:
            continue
        return _is_kept_paragraph(blocks[position])
    return False


def _last_paragraph(blocks: Sequence[Block], default: int) -> int:
    """Index of the last kept paragraph of running text, else ``default``."""
    return next(
        (i for i in range(len(blocks) - 1, -1, -1) if _is_kept_paragraph(blocks[i])), default
    )


def _read_credits(blocks: Sequence[Block], found: _Found) -> None:
    """Credit lines after the headline: source labels, reporting credits, contributor lines."""
    head = found.head
    last = _last_paragraph(blocks, default=head)
    positions = [
        position
        for position in range(max(0, head - HEAD_BEFORE), min(len(blocks), last + CLOSING_AFTER))
        if blocks[position].chrome not in _NOT_A_CREDIT_LINE
        and blocks[position].role is not Role.CAPTION
        and position not in found.marks
    ]
    for candidate in credit_candidates([blocks[position].text for position in positions]):
        position = positions[candidate]
        credit = read_credit(blocks[position].text)
        if credit is None:
            continue
        found.marks[position] = (ChromeReason.CREDIT, _evidence(credit))
        if credit.reporting:
            found.reporting_authors.extend(
                a for a in credit.authors if a not in found.reporting_authors
            )
        found.credit_source = found.credit_source or credit.source


def _read_closing_name(blocks: Sequence[Block], found: _Found) -> None:
    """A line of only a name right after the article's last paragraph (credits aside)."""
    lead = found.lead
    for position in range(lead + 1, len(blocks)):
        block = blocks[position]
        if block.chrome not in _MAY_CLOSE:
            continue
        if block.role is not Role.PARAGRAPH or position in found.marks:
            continue
        if not (
            _closes_article(blocks, position, found) and _follows_text(blocks, position, found)
        ):
            continue  # looked at first: a name line is read only where it would close the text
        names = read_name_line(block.text)
        if names:
            found.closing_authors.extend(names)
            found.marks[position] = (ChromeReason.BYLINE, "name line closing the article")
            return


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(fold(name)))


def _same_person(a: str, b: str) -> bool:
    """``Amy Gibbons`` and ``Amy Gibbons Westminster``: one name's words open the other's."""
    first, second = _name_key(a), _name_key(b)
    short, long = sorted((first, second), key=len)
    return bool(short) and long[: len(short)] == short


def _choose_authors(declared: Sequence[str], found: _Found) -> tuple[str, ...]:
    """The printed byline's names, checked against the declared ones.

    Declared names that cover the printed ones win (a printed name may keep a word of a job
    title), except where they differ only in case: the page's printed spelling is kept.
    Printed names the metadata does not know win over the metadata.
    """
    printed = found.byline_authors
    if printed and declared:
        covered = all(any(_same_person(p, d) for d in declared) for p in printed)
        if not covered:
            return tuple(declared if found.byline_far else printed)
        # declared names nobody printed (bylines of the teasers around) are not the article's
        declared = [d for d in declared if any(_same_person(p, d) for p in printed)]
        spelled = {_name_key(p): p for p in printed}
        return tuple(spelled.get(_name_key(d), d) for d in declared)
    if declared or printed:
        return tuple(declared or printed)
    return tuple(found.reporting_authors or found.closing_authors)


def _title_text(blocks: Sequence[Block], headline: int | None) -> str | None:
    if headline is None or blocks[headline].chrome is not ChromeReason.TITLE:
        return None
    return blocks[headline].text


def _mark(blocks: Sequence[Block], found: _Found) -> tuple[Block, ...]:
    marked = list(blocks)
    for position, (reason, evidence) in found.marks.items():
        marked[position] = blocks[position].marked(reason, evidence)
    return tuple(marked)


def find_attribution(blocks: Sequence[Block], meta: PageMeta, language: str | None) -> Attribution:
    """Authors and credited agency of the article; byline and credit lines marked as removed.

    Args:
        blocks: every block of the page in order, after chrome and main-content selection.
        meta: the page's declared metadata (empty for text input).
        language: the article's language (the lexicons of all languages are used).

    Returns:
        The blocks with the lines read marked, the authors (clean person names, possibly
        none) and the source (the agency as the page writes it, or ``None``).
    """
    del language  # names and markers of every language are looked for
    headline = _headline(blocks)
    head, lead, window = _window(blocks, headline)
    found = _Found(head=head, lead=lead, window=window)
    declared = declared_authors(meta, _title_text(blocks, headline))
    _read_head(blocks, meta, found, declared=bool(declared.authors))
    _read_dateline(blocks, found)
    _read_credits(blocks, found)
    _read_closing_name(blocks, found)
    source = (
        found.byline_source
        or found.dateline_source
        or found.credit_source
        or found.publisher
        or declared.agency
    )
    return Attribution(
        blocks=_mark(blocks, found),
        authors=_choose_authors(declared.authors, found),
        source=source,
    )
