"""Read one line of a page as a byline, a credit line or an agency dateline.

Each reader looks at a single text and says what it credits, or ``None`` when the text is not
such a line; :mod:`articlekit.stages.byline` decides which lines of the page to ask.

- ``read_byline``: ``By A and B - Associated Press - Friday, April 28, 2023``,
  ``Amy Gibbons Political Correspondent``, ``بقلم: فلان``, ``أ ف ب - واشنطن``,
  ``الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس``.
- ``read_credit``: ``المصدر: وكالات``, ``With files from The Associated Press``,
  ``Reporting by A; Editing by B``, ``X contributed to this report.``
- ``read_dateline``: the agency of ``PRAGUE (Reuters) -`` or ``(AP) —`` opening a paragraph.
- ``read_name_line``: a line that is only a person's name (closing an article).

Marker phrases are data: ``lexicons/<lang>/byline_markers.txt``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import accumulate

from articlekit.lexicons.loader import entries, union, union_labelled
from articlekit.stages.agencies import (
    agency_spans,
    find_agency,
    is_site_name,
    names_any,
    whole_agency,
    whole_place,
    whole_publisher,
)
from articlekit.stages.names import (
    MAX_NAME_WORDS,
    chunks,
    ends_with_role,
    has_contact,
    has_stopword,
    is_role_only,
    people,
    person_name,
    strip_contacts,
    strip_roles,
)
from articlekit.stages.textdates import (
    DateKind,
    date_word_kind,
    find_text_dates,
    is_date_only,
    is_elapsed_time,
    is_short_numeric_date,
    mentions_time,
)
from articlekit.stages.textkey import alternation, fold, fold_once, more_words, plain

__all__ = [
    "Credit",
    "CreditKind",
    "credit_candidates",
    "is_byline_marker",
    "is_photo_credit",
    "read_byline",
    "read_credit",
    "read_dateline",
    "read_name_line",
]

#: Characters at the start (or end) of a line where a marker phrase can sit.
MARKER_SPAN = 80
#: A byline closed by a comment count ("Jane Doe 12 mins ago 2 Comments") has words before it.
MIN_COUNTED_BYLINE_WORDS = 3
#: A line closed by a comment count splits into what comes before, the count and its word.
_COUNTED_TAIL_PARTS = 3
#: A byline is short; a longer line with "By" in it is a sentence.
MAX_BYLINE_WORDS = 30
#: ...and the same in characters, checked first because it costs nothing.
MAX_BYLINE_CHARS = 300
#: A credit line is short too ("Reporting by A in Prague; Additional reporting by B; Editing by C").
MAX_CREDIT_WORDS = 40
#: A place after an agency ("Reuters, Washington") has at most this many words.
MAX_PLACE_WORDS = 3
#: A name line holds at most this many names.
MAX_NAME_LINE_NAMES = 2
#: How many times a segment is split again (agency at its edge, then its dates) before it
#: counts as unknown: "الرياض 26 شوال ... 2015 م واس" needs both.
MAX_PART_DEPTH = 2
#: Words before the agency in a dateline ("LONDON, Jan 5 (Reuters) -").
MAX_DATELINE_PLACE_WORDS = 8

_EDGE = " \t()[]«»\"'“”:;,،.-–—|"
#: A photo credit "Name / Agency" is this short at most, in this many parts at least.
MAX_SLASH_CREDIT_CHARS = 60
MIN_SLASH_PARTS = 2
#: Between the fields of a byline (names | place | date): the names are in one field.
_FIELD_RE = re.compile(r"\s*\|\s*")
#: Between the parts of a byline: dashes, bars, bullets, and "by" after a date
#: ("Monday November 18, 2019 7:45 am PST by Joe Rossignol").
_SEGMENT_RE = re.compile(r"\s+[-/|•·]\s+|\s*[|•·–—]\s*|\n|\s+by\s+|\s*[:：]\s+", re.IGNORECASE)
_BRACKET_DATELINE_RE = re.compile(
    r"^[\s\W]*(?P<place>[^()\[\]«»]{0,80}?)\s*[(\[«]\s*(?P<agency>[^()\[\]«»]{1,40}?)\s*[)\]»]"
    r"\s*[-–—:]"
)
_DASH_DATELINE_RE = re.compile(
    r"^[\s\W]*(?P<place>[^-–—:()]{1,60}?)\s+[-–—]\s*(?P<agency>[^-–—:()]{1,30}?)\s*[:\-–—]"
)
_IN_PLACE_RE = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w.'’ -]*$")
_WORD_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"\d")
_SENTENCE_END_RE = re.compile(r"[.!?؟:]\s*$")
_CLAUSE_RE = re.compile(r"\s*[;؛]\s*|\s*\.\s+(?=\w)")
#: Marker kinds of credit lines: source labels and reporting credits that open the line,
#: contributor phrases that close it.
_CREDIT_KINDS = frozenset({"credit", "reporting", "contributed"})
_OUTER_RE = re.compile(r"^[\s(\[—–-]+|[\s)\].]+$")


class CreditKind(StrEnum):
    """What a read line is."""

    BYLINE = "byline"
    CREDIT = "credit"
    DATELINE = "dateline"


@dataclass(frozen=True, slots=True)
class Credit:
    """What a line credits.

    Attributes:
        kind: byline, credit or dateline line.
        authors: person names the line gives.
        source: the agency it credits, as written.
        publisher: a paper crediting itself (``اليوم - عدن``), as written.
        reporting: the names come from a closing ``Reporting by`` credit, not a byline.
        strong: a byline that says so itself (``By``, or names beside a date, place or
            handle), trusted a little further from the headline.
    """

    kind: CreditKind
    authors: tuple[str, ...] = ()
    source: str | None = None
    publisher: str | None = None
    reporting: bool = False
    strong: bool = False


_LABEL_END_RE = re.compile(r"\s*[:：\-–—]")


@cache
def _markers() -> tuple[tuple[str, str], ...]:
    """(folded phrase, kind), longest phrase first."""
    pairs = {(fold(phrase), kind) for kind, phrase in union_labelled("byline_markers")}
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@cache
def _marker_re(kinds: tuple[str, ...]) -> re.Pattern[str]:
    phrases = [re.escape(phrase) for phrase, kind in _markers() if kind in kinds]
    return re.compile(rf"^[\s(\[—–-]*(?:{'|'.join(phrases)})(?![\w])")


def _marker(text: str, kinds: tuple[str, ...]) -> tuple[str, str, str] | None:
    """``(kind, phrase, rest)`` when ``text`` opens with a marker of one of ``kinds``."""
    match = _marker_re(kinds).match(fold(text), 0, MARKER_SPAN)  # the key other looks reuse
    if not match:
        return None
    phrase = match.group().lstrip(" \t([—–-")
    kind = next(k for p, k in _markers() if p == phrase and k in kinds)
    return kind, phrase, text[match.end() :]


def is_byline_marker(text: str) -> bool:
    """Whether ``text`` is a byline marker and nothing else ("By", "بقلم:", "Written by")."""
    found = _marker(text, ("by",))
    return found is not None and not found[2].strip(_EDGE)


@cache
def _contributed_re() -> re.Pattern[str]:
    """The end of a contributor line ("... contributed to this report.")."""
    phrases = [re.escape(p.rstrip(".")) for p, kind in _markers() if kind == "contributed"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})[\s.!)]*$")


@cache
def _credit_phrases() -> tuple[str, ...]:
    """Every phrase of a credit line (opening marker, contributor ending), none inside another."""
    phrases = {p.rstrip(".") for p, kind in _markers() if kind in _CREDIT_KINDS} - {""}
    return tuple(sorted(p for p in phrases if not any(q != p and q in p for q in phrases)))


@cache
def _contact_end_re() -> re.Pattern[str]:
    """The end of a byline that offers to write to its author ("... Contact Reporter")."""
    phrases = [re.escape(p) for p, kind in _markers() if kind == "contact"]
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})[\s.]*$")


def _without_contact_end(text: str) -> tuple[str, bool]:
    """``text`` without the link labels closing a byline, and whether one says the line is a
    byline: a contact label ("Contact Reporter") does; a comment count ("2 Comments") is cut
    but says nothing (a teaser's headline prints one too)."""
    tail = text.rsplit(None, 2)  # most lines end in neither: look at the last words only
    if (
        len(tail) == _COUNTED_TAIL_PARTS
        and tail[1].isdigit()
        and fold(tail[2]) in union("comment_headers")
        and len(text.split()) > MIN_COUNTED_BYLINE_WORDS
    ):
        text = tail[0]
    found = _contact_end_re().search(fold(text[-MARKER_SPAN:]))
    if not found:
        return text, False
    words = text.split()
    return " ".join(words[: len(words) - len(found.group().split())]), True


def _ends(text: str) -> str:
    """The two ends of a long ``text``, where :func:`read_credit` looks for its phrases."""
    return text[:MARKER_SPAN] + "\n" + text[-MARKER_SPAN:]


def credit_candidates(texts: Sequence[str]) -> list[int]:
    """Indices of the ``texts`` that hold a credit phrase anywhere, in order.

    These are the only lines :func:`read_credit` may read, found with one search over the
    ends of all the texts joined, not a look at each: an article has dozens of paragraphs
    and a credit line or two.
    """
    span = 2 * MARKER_SPAN
    pieces = [text if len(text) <= span else _ends(text) for text in map(plain, texts)]
    starts = list(accumulate((len(piece) + 1 for piece in pieces), initial=0))
    key = fold_once("\n".join(pieces))  # no phrase holds a line break: none spans two texts
    found: set[int] = set()
    for phrase in _credit_phrases():
        at = key.find(phrase)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = key.find(phrase, at + 1)
    return sorted(found)


@cache
def _photo_credit_re() -> re.Pattern[str]:
    phrases = sorted(entries("common", "photo_credits"), key=len, reverse=True)
    alternatives = alternation(re.escape(fold(p)) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def is_photo_credit(text: str) -> bool:
    """Whether ``text`` credits a photo (``Photo: Jane Doe / AP``, ``Getty Images``,
    ``(Evan Vucci / AP)``, ``Chuck Burton/AP``).

    A name and an agency or paper joined by a slash, alone on a line, is how photographs are
    credited; a byline names its agency after "By ...," or a dash, not a slash.
    """
    if _photo_credit_re().search(fold(text)):
        return True
    if "/" not in text or len(text) > MAX_SLASH_CREDIT_CHARS or _marker(text, ("by",)):
        return False
    parts = [part.strip(_EDGE) for part in text.split("/")]
    if len(parts) < MIN_SLASH_PARTS or not all(parts):
        return False
    last = parts[-1]
    return bool(whole_agency(last) or whole_publisher(last)) and bool(people(parts[0]))


#: The end of a caption that credits its photo: two or three words of a name, a slash, and
#: the agency or paper ("... in Washington DC Stefan Rousseau/via Reuters").
_CREDIT_TAIL_RE = re.compile(r"(?:^|\s)(\S+(?:\s+\S+){1,2})\s*/\s*([^/]{2,40}?)\s*\)?$")


def ends_with_photo_credit(text: str) -> bool:
    """Whether ``text`` ends with the credit of a photo (``Stefan Rousseau/via Reuters``):
    a caption, however long, not a headline."""
    if "/" not in text[-MAX_SLASH_CREDIT_CHARS:]:
        return False
    match = _CREDIT_TAIL_RE.search(text, max(0, len(text) - MAX_SLASH_CREDIT_CHARS))
    if match is None:
        return False
    credit = match.group(2)
    after_word = credit[credit.find(" ") + 1 :]  # the agency after one word: "via Reuters"
    if not any(whole_agency(part) or whole_publisher(part) for part in (credit, after_word)):
        return False
    words = match.group(1).split()
    return any(bool(people(" ".join(words[i:]))) for i in range(len(words) - 1))


def _words(text: str) -> int:
    return len(text.split())


def _is_time(segment: str) -> bool:
    """A segment that is a date, a time or a relative time ("1 hr 4 mins ago")."""
    if not _DIGIT_RE.search(segment):
        return False  # each of them prints a number
    if is_date_only(segment) or is_elapsed_time(segment):
        return True
    relative = [d for d in find_text_dates(segment) if d.kind is DateKind.RELATIVE]
    if not relative:
        return False
    # "12 mins ago" is a time; "Andrew Husband 12 mins ago" holds one beside a name (the
    # spans are offsets in plain(segment))
    rest = list(plain(segment))
    for found in relative:
        rest[found.start : found.end] = [" "] * (found.end - found.start)
    return not any(ch.isalpha() for ch in "".join(rest))


def _without_dates(segment: str) -> str:
    """``segment`` with its dates cut (each leaves a comma between its neighbours)."""
    dates = find_text_dates(segment)
    if dates:
        key = list(plain(segment))
        for date in dates:
            key[date.start : date.end] = [" ,"] + [""] * (date.end - date.start - 1)
        words = "".join(key).split()
    else:
        words = plain(segment).split()
    # a numeric date with a two-digit year ("By Steven Shepard 10/04/16 05:07 AM EDT") is no
    # date the date finder reads, but in a byline it is not part of a name either
    words = [" ," if is_short_numeric_date(w) else w for w in words]
    return " ".join(w for w in words if date_word_kind(w.strip(".,،:")) is None)


class _Chunk(StrEnum):
    """What one part of a byline is."""

    NAME = "name"
    AGENCY = "agency"
    PUBLISHER = "publisher"
    PLACE = "place"
    PLACE_LIKE = "place_like"  # one to three capitalised words after an agency ("Washington")
    TIME = "time"
    OTHER = "other"  # a job title, the site's name: accounted for, credits nothing
    UNKNOWN = "unknown"


@dataclass(slots=True)
class _Parts:
    names: list[str]
    kinds: list[_Chunk]
    agency: str | None = None
    publisher: str | None = None
    #: every part must be accounted for (no "By", no byline mark): the first unknown part
    #: settles the line, and the parts after it are not read
    strict: bool = False

    @property
    def failed(self) -> bool:
        return self.strict and _Chunk.UNKNOWN in self.kinds


def _edge_agency(chunk: str) -> tuple[str, str] | None:
    """``(agency, rest)`` when an agency opens or closes ``chunk`` (job titles aside).

    ``Vasilisa Stepanenko The Associated Press`` -> the agency and the name;
    ``AP National Security Writer`` -> the agency and nothing.
    """
    spans = agency_spans(chunk)
    if not spans:
        return None
    start, end = spans[-1]
    if not chunk[end:].strip(_EDGE):
        return chunk[start:end], chunk[:start]
    start, end = spans[0]
    if not chunk[:start].strip(_EDGE):
        rest = chunk[end:]
        if ends_with_role(rest) or not rest.strip(_EDGE):
            return chunk[start:end], ""
        return chunk[start:end], rest
    return None


def _chunk(chunk: str, parts: _Parts, site_names: Iterable[str], depth: int) -> _Chunk:
    core = chunk.strip(_EDGE)
    if core and _is_time(core):
        return _Chunk.TIME
    if not core or is_role_only(core):
        return _Chunk.OTHER
    agency = whole_agency(core)
    if agency:
        parts.agency = parts.agency or agency
        return _Chunk.AGENCY
    if is_site_name(core, site_names):
        return _Chunk.OTHER
    if whole_place(core):
        return _Chunk.PLACE  # a paper named after its city is the city here (see whole_publisher)
    publisher = whole_publisher(core)
    if publisher:
        parts.publisher = parts.publisher or publisher
        return _Chunk.PUBLISHER
    names = person_name(core, site_names)
    if names:
        parts.names.extend(n for n in names if n not in parts.names)
        return _Chunk.NAME
    edge = _edge_agency(core) if depth < MAX_PART_DEPTH else None
    if edge:
        parts.agency = parts.agency or edge[0]
        if edge[1].strip(_EDGE):
            _segment(edge[1], parts, site_names, depth + 1)
        return _Chunk.AGENCY
    return _Chunk.PLACE_LIKE if _is_place_like(core) else _Chunk.UNKNOWN


def _is_place_like(chunk: str) -> bool:
    """One to three capitalised words (two in an uncased script), no prose word among them."""
    tokens = chunk.split()
    if not 1 <= len(tokens) <= MAX_PLACE_WORDS or not all(t.isalpha() for t in tokens):
        return False
    if has_stopword(chunk):
        return False
    if any(t.lower() != t.upper() for t in tokens):
        return all(t[0].isupper() for t in tokens)
    return len(tokens) < MAX_PLACE_WORDS


def _segment(segment: str, parts: _Parts, site_names: Iterable[str], depth: int = 0) -> None:
    """Add the kinds of the chunks of one byline segment (``A, B and C``) to ``parts``."""
    core = segment.strip(_EDGE)
    if not core:
        return
    if _is_time(core):
        parts.kinds.append(_Chunk.TIME)
        return
    if _DIGIT_RE.search(core) and find_text_dates(core):
        parts.kinds.append(_Chunk.TIME)  # "Andrew Husband 12 mins ago": a time beside names
    for chunk in chunks(_without_dates(core)):
        parts.kinds.append(_chunk(chunk, parts, site_names, depth))
        if parts.failed:
            return


def _may_credit(text: str) -> bool:
    """A cheap first look: an unmarked byline holds a date or time, a handle, an agency or a place.

    Without them it could only be names, and names alone are not trusted (see ``anchored``
    in :func:`read_byline`).
    """
    return has_contact(text) or mentions_time(text) or names_any(text)


def read_byline(
    text: str, site_names: Iterable[str] = (), *, marked: bool = False
) -> Credit | None:
    """Read ``text`` as a byline: its authors, its agency, or ``None`` when it is not one.

    Args:
        text: the line.
        site_names: the site's own names (og:site_name...): a part naming the site is
            accounted for, but is not a source (the Telegraph is no agency).
        marked: the page marks the element as a byline (class ``byline``, ``author``...),
            so a line of names without ``By`` is trusted.

    Returns:
        The credit, or ``None``. After ``By``, the first part must be a name or an agency;
        without ``By`` or a byline mark, a line is read only when it is agency/paper +
        place/date (``أ ف ب - واشنطن``) or place + name, every part accounted for.
    """
    if len(text) > MAX_BYLINE_CHARS or more_words(text, MAX_BYLINE_WORDS):
        return None
    text, contact = _without_contact_end(plain(text))
    found = _marker(text, ("by",))
    if not (found or marked or contact or _may_credit(text)):
        return None
    if _marker(text, ("credit", "reporting")) or is_photo_credit(text):
        return None
    body = strip_contacts(found[2] if found else text)
    parts = _Parts(names=[], kinds=[], strict=not (found or marked))
    for number, field in enumerate(_FIELD_RE.split(body)):
        named = len(parts.names)
        for segment in _SEGMENT_RE.split(field):
            _segment(segment, parts, site_names)
            if parts.failed:
                return None
        if number and named and len(parts.names) > named:
            # "Patricio Candia | Palma de Mallorca | 08/01/2014": after the field of names,
            # a field that reads as a name is the place the story was filed from
            del parts.names[named:]
            parts.kinds = [_Chunk.PLACE_LIKE if k is _Chunk.NAME else k for k in parts.kinds]
    meaningful = [k for k in parts.kinds if k not in (_Chunk.OTHER, _Chunk.TIME)]
    if not found and meaningful and meaningful[0] in (_Chunk.AGENCY, _Chunk.PUBLISHER):
        # "Reuters, Sioux Falls": what follows an agency opening a line is its place
        parts.names.clear()
        meaningful = [_Chunk.PLACE_LIKE if k is _Chunk.NAME else k for k in meaningful]
    if not (parts.names or parts.agency or parts.publisher):
        return None
    # names beside a place, a date or a handle: "Chris Davies - Nov 19, 2019, 8:15 pm CST"
    anchored = bool(parts.names) and (
        _Chunk.PLACE in meaningful
        or _Chunk.TIME in parts.kinds
        or parts.agency is not None
        or contact
        or has_contact(text)
    )
    if found:
        if meaningful[0] not in (_Chunk.NAME, _Chunk.AGENCY):
            return None
    elif not marked:
        credit_only = (parts.agency or parts.publisher) and not parts.names
        if _Chunk.UNKNOWN in meaningful or not (credit_only or anchored):
            return None
    kind = CreditKind.BYLINE if parts.names or found or marked else CreditKind.DATELINE
    return Credit(
        kind=kind,
        authors=tuple(parts.names),
        source=parts.agency,
        publisher=parts.publisher,
        strong=bool(found) or anchored,
    )


def _clause_credit(clause: str) -> Credit | None:
    found = _marker(clause, ("credit", "reporting"))
    if not found:
        return None
    kind, _phrase, value = found
    value = value.strip(" :：-–—()")
    agency = find_agency(value)
    if kind == "reporting":
        names = people(_IN_PLACE_RE.sub("", value)) if not agency else None
        return Credit(
            kind=CreditKind.CREDIT,
            authors=tuple(names or ()),
            source=agency,
            reporting=True,
        )
    return Credit(kind=CreditKind.CREDIT, source=agency)


def read_credit(text: str) -> Credit | None:
    """Read ``text`` as a credit line (source label, reporting credit, contributor line)."""
    if more_words(text, MAX_CREDIT_WORDS):
        return None
    text = plain(text)
    opening = _marker(text, ("credit", "reporting"))
    # a one-word label is a credit only with its colon: "Source:", not "Source files"
    if opening is not None and " " not in opening[1] and not _LABEL_END_RE.match(opening[2]):
        return None
    opens = opening is not None
    if not opens and not _contributed_re().search(fold(text[-MARKER_SPAN:])):
        return None
    inner = _OUTER_RE.sub("", text)
    clauses = [c for c in _CLAUSE_RE.split(inner) if c.strip()]
    if clauses and _marker(clauses[0], ("credit", "reporting")):
        authors: list[str] = []
        source: str | None = None
        reporting = False
        for clause in clauses:
            credit = _clause_credit(clause)
            if credit is None:
                continue
            if credit.reporting:
                reporting = True
                authors.extend(credit.authors)
            source = source or credit.source
        return Credit(
            kind=CreditKind.CREDIT,
            authors=tuple(authors),
            source=source,
            reporting=reporting,
        )
    agency = find_agency(inner)
    return Credit(kind=CreditKind.CREDIT, source=agency) if agency else None


def read_dateline(text: str) -> str | None:
    """The agency of a dateline opening ``text`` (``CAIRO (Reuters) -``), as written."""
    text = plain(text)
    for pattern in (_BRACKET_DATELINE_RE, _DASH_DATELINE_RE):
        match = pattern.match(text)
        if not match:
            continue
        if _words(match.group("place")) > MAX_DATELINE_PLACE_WORDS:
            continue
        agency = whole_agency(match.group("agency"))
        if agency:
            return agency
    return None


def read_name_line(text: str) -> tuple[str, ...]:
    """The names of a line that is nothing but one or two person names, else ``()``."""
    if more_words(text, MAX_NAME_LINE_NAMES * MAX_NAME_WORDS):
        return ()
    text = plain(text)
    if _SENTENCE_END_RE.search(text):
        return ()
    if is_photo_credit(text):
        return ()
    if _marker(text, ("by", "credit", "reporting")) or whole_agency(text):
        return ()
    clean = strip_roles(text.strip(" \t-–—•*"))
    if clean != text.strip(" \t-–—•*"):
        return ()
    names = people(clean)
    if not names or len(names) > MAX_NAME_LINE_NAMES:
        return ()
    return tuple(names)
