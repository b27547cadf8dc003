"""Find the headline, and remove its repeats (image captions, breadcrumbs) from the body.

HTML: the candidates are og:title, JSON-LD headline, the ``<title>`` without its site-name
suffix and the page's ``h1``; the headline is the candidate that the page's own blocks show,
preferring a heading close before the body. Text: the last heading-like line before the body.

Reads: text, role, chrome, index; the page's metadata. Sets: chrome (``title``) on repeats of
the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articlekit.blocks import Block, ChromeReason, Role
from articlekit.features import is_prose, word_count
from articlekit.lexicons.loader import normalize
from articlekit.page import PageMeta
from articlekit.stages.chrome import MAX_DATE_LINE_WORDS
from articlekit.stages.credits import ends_with_photo_credit, is_photo_credit, read_byline
from articlekit.stages.names import is_job_title_line
from articlekit.stages.textdates import find_text_dates, is_date_only

__all__ = ["find_title", "mark_title", "title_line_repeats"]

#: Separators between a headline and the site name in ``<title>``.
_SITE_SUFFIX_RE = re.compile(
    r"\s+(?:[|–—:»«·•/\\]|-|::)\s+"
    # full-width marks after a space ("…の成否　：日本経済新聞")
    r"|\s+[：｜]\s*"
    # between Chinese or Japanese characters, which need no spaces ("…用药需求-新华网")
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e])[-_|｜](?=[\u3040-\u30ff\u3400-\u9fff])"
)
#: A headline is at most this many words; longer lines are paragraphs.
MAX_TITLE_WORDS = 40
#: A dump's first line is its page title when it has at least this many words.
MIN_FIRST_LINE_WORDS = 4
#: Share of the words of a dump's ``<title>`` line that a line holds to be its headline (the
#: line holding the most of them, when no other holds as many).
TITLE_WORDS_HELD = 0.6
#: Lines looked at before the first body block for a text page's headline.
TITLE_LOOKBACK = 25
#: Lines after a text page's headline within which its byline or date line is looked for.
HEADLINE_META_REACH = 6
_FULL_STOP_END_RE = re.compile(r"""[.।。]["'”’»)]*$""")
_SENTENCE_END_RE = re.compile(r"""[.!?؟:।。]["'”’»)]*$""")
#: Lines the chrome stage has read as a byline, a credit or a date line.
_META_LINES = frozenset(
    {ChromeReason.BYLINE, ChromeReason.CREDIT, ChromeReason.DATELINE, ChromeReason.METADATA}
)
#: Removal reasons of blocks that are never the headline.
_NEVER_TITLE = frozenset(
    {ChromeReason.FOOTER, ChromeReason.NAVIGATION, ChromeReason.SIDEBAR, ChromeReason.RELATED}
)
#: Removal reasons that "repeats the headline" explains better.
_REPLACEABLE = frozenset({None, ChromeReason.OUTSIDE_CONTENT, ChromeReason.DUPLICATE})
_WORD_RE = re.compile(r"\w+")


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(normalize(text)))


def _meta_candidates(meta: PageMeta) -> list[str]:
    found: list[str] = []
    for item in meta.json_ld:
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            found.append(" ".join(headline.split()))
    for name in ("og:title", "twitter:title", "title", "dc.title", "headline"):
        value = meta.first(name)
        if value:
            found.append(value)
    if meta.title:
        found.append(meta.title)
        parts = _SITE_SUFFIX_RE.split(meta.title)
        if len(parts) > 1:
            longest = max(parts, key=len)
            found.append(longest.strip())
    return found


def _first_line_parts(blocks: Sequence[Block]) -> list[str]:
    """The parts of a dump's first line when it reads as the page's ``<title>``, else none."""
    if not blocks:
        return []
    first = blocks[0]
    if first.path or first.words < MIN_FIRST_LINE_WORDS or is_prose(first):
        return []  # HTML declares its title; a text dump may open with it
    return [p for p in _SITE_SUFFIX_RE.split(first.text) if word_count(p) >= MIN_FIRST_LINE_WORDS]


def title_line_repeats(blocks: Sequence[Block]) -> list[int]:
    """Positions of the lines that repeat the headline of a dump's first line, its ``<title>``.

    Crawler dumps and some converters print ``<title>`` ("Headline | Site") first; the later
    line that prints its headline part alone is the article's heading.
    """
    parts = _first_line_parts(blocks)
    if not parts:
        return []
    keys = {_key(p) for p in parts} | {_key(blocks[0].text)}
    return [
        i
        for i in range(1, len(blocks))
        if blocks[i].role is not Role.LIST_ITEM and _key(blocks[i].text) in keys
    ]


def _strip_site_name(candidate: str, others: Sequence[str]) -> str:
    """Cut a ``| Site`` suffix or ``Site - `` prefix that the other candidates do not have."""
    parts = _SITE_SUFFIX_RE.split(candidate)
    if len(parts) == 1:
        return candidate
    longest = max(parts, key=len).strip()
    keys = {_key(o) for o in others}
    if _key(longest) in keys or len(_WORD_RE.findall(longest)) >= 3:
        return longest
    return candidate


def find_title(blocks: Sequence[Block], meta: PageMeta) -> str | None:
    """The article's headline, or ``None`` when the page does not show one.

    Reads: text, role, chrome, index; metadata. Sets: nothing.
    """
    body_start = next((b.index for b in blocks if b.chrome is None), None)
    candidates = _meta_candidates(meta)
    keys = {_key(c): c for c in candidates if _key(c)}
    # either side of "Headline - Site" may be the headline: a heading printing it tells which
    parts = {_key(p) for p in _SITE_SUFFIX_RE.split(meta.title or "") if _key(p)}
    headings = [b for b in blocks if b.role is Role.HEADING and b.heading_level == 1]
    # A heading whose text is a declared title is the headline as the page prints it.
    ordered = headings + [b for b in blocks if b.role is Role.HEADING]
    for wanted in (keys, parts):
        for block in ordered:
            if _key(block.text) in wanted:
                return block.text
    if keys:
        # any block printing a declared title, nearest before the body first; a footer's
        # "© Site" prints the site's name, never the headline
        printed = [b for b in blocks if _key(b.text) in keys and b.chrome not in _NEVER_TITLE]
        if printed:
            before = [b for b in printed if body_start is None or b.index < body_start]
            return (before[-1] if before else printed[0]).text
    if len(headings) == 1:
        return headings[0].text
    if candidates:
        return _strip_site_name(candidates[0], candidates[1:])
    if body_start is None:
        return None
    repeats = [i for i in title_line_repeats(blocks) if i < body_start]
    if repeats:
        return blocks[repeats[-1]].text
    marked = [h for h in headings if h.index < body_start and h.chrome not in _NEVER_TITLE]
    if marked:
        # a Markdown page marks several top headings (the site's name, teasers after the
        # body): the article's is the last before the body
        return marked[-1].text
    return _title_before(blocks, body_start)


def _title_before(blocks: Sequence[Block], body_start: int) -> str | None:
    """Text pages: the headline-like line before the first body line.

    The one holding the most words of the dump's ``<title>`` line, when most of them; else the
    one that a byline or a date line follows most closely (a headline heads them; the nearest
    to the body of those alike); else the nearest one. Lines that are themselves a byline, a
    date or a photo credit ("Chuck Burton/AP"), or a caption ending with one, are no headline.
    """
    candidates = []
    heads_meta: dict[int, bool] = {}  # each line is judged once, though several look at it

    def byline_or_date(position: int) -> bool:
        if position not in heads_meta:
            heads_meta[position] = _is_byline_or_date(blocks[position])
        return heads_meta[position]

    for position in range(body_start - 1, max(0, body_start - TITLE_LOOKBACK) - 1, -1):
        block = blocks[position]
        words = len(_WORD_RE.findall(block.text))
        if block.role is Role.LIST_ITEM or block.link_density > 0:
            continue
        if block.chrome not in _REPLACEABLE and block.chrome is not ChromeReason.TITLE:
            continue  # a byline, a dateline, a menu entry
        if not 3 <= words <= MAX_TITLE_WORDS or _FULL_STOP_END_RE.search(block.text):
            continue  # a headline may ask or exclaim, it does not end with a full stop
        if byline_or_date(position) or _is_other_meta_line(block):
            continue
        candidates.append(position)
    best: tuple[int, int] | None = None  # (lines to its byline or date, lines to the body)
    for position in candidates:
        following = range(position + 1, min(len(blocks), position + 1 + HEADLINE_META_REACH))
        gap = next((i for i, at in enumerate(following) if byline_or_date(at)), None)
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, position)
    shortened = _holding_title_words(blocks, candidates)
    if shortened is not None:
        return blocks[shortened].text
    if best is not None:
        return blocks[best[1]].text
    return blocks[candidates[0]].text if candidates else None


def _holding_title_words(blocks: Sequence[Block], candidates: Sequence[int]) -> int | None:
    """The candidate line that holds the most words of the dump's ``<title>`` line, most of
    them: sites shorten or reword the headline there (``Jennifer Aniston on Leaving the Tags
    on Her Coat`` for the headline ``... on Her Céline Coat: 'I Wore It Four Times ...'``),
    so a standfirst closer to the byline is not taken for it."""
    for part in _first_line_parts(blocks):
        wanted = set(_key(part).split())
        held = [(len(wanted & set(_key(blocks[i].text).split())), i) for i in candidates if i]
        shares = sorted(held, key=lambda pair: -pair[0])  # stable: nearest the body first
        if (
            shares
            and shares[0][0] >= TITLE_WORDS_HELD * len(wanted)
            and (len(shares) == 1 or shares[0][0] > shares[1][0])
        ):
            return shares[0][1]
    return None


def _is_other_meta_line(block: Block) -> bool:
    """A job title ("BuzzFeed UK News Fellow"), a photo credit or a caption ending with one:
    no headline either."""
    text = block.text
    return is_job_title_line(text) or is_photo_credit(text) or ends_with_photo_credit(text)


def _is_byline_or_date(block: Block) -> bool:
    if block.chrome in _META_LINES or is_date_only(block.text):
        return True
    if block.words <= MAX_DATE_LINE_WORDS and find_text_dates(block.text):
        return True  # "Jane Doe 12.09.16 12 mins ago 2 Comments", "1 Hour Ago Example News"
    credit = read_byline(block.text)
    return credit is not None and bool(credit.authors)


def mark_title(blocks: Sequence[Block], title: str | None) -> list[Block]:
    """Remove the headline and its repeats from the body (captions that repeat it, etc.).

    Reads: text. Sets: chrome (``title``) on kept blocks whose text is the headline.
    """
    if not title:
        return list(blocks)
    key = _key(title)
    low, high = len(title) // 2, len(title) * 2
    return [
        b.marked(ChromeReason.TITLE, "same text as the headline")
        if b.chrome in _REPLACEABLE and low <= len(b.text) <= high and _key(b.text) == key
        else b
        for b in blocks
    ]
