"""Recognise news agencies, self-crediting papers and places as a page writes them.

The names are data (``lexicons/<lang>/agencies.txt``, ``publishers.txt``, ``places.txt``),
matched as whole words on the :func:`~articlekit.stages.textkey.fold` key, with dots, hyphens
and spaces between a name's parts interchangeable (``د.ب.أ`` = ``د ب أ``,
``Agence France-Presse``). Matches are returned as slices of the page's own text, with a
leading "The" when the page prints one: the source is the name as the page writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from articlekit.lexicons.loader import union
from articlekit.stages.textkey import alternation, fold

__all__ = [
    "agency_spans",
    "find_agency",
    "is_site_name",
    "names_any",
    "whole_agency",
    "whole_place",
    "whole_publisher",
]

#: Byline parts kept with their answers: a part is asked for as agency, paper and place,
#: and then again as the name it may hold.
PART_CACHE_SIZE = 2048

_SEPARATOR = r"[\s.\-‐]*"
_PARTS_RE = re.compile(r"[\s.\-‐]+")
#: Brackets, quotes and punctuation around a byline segment ("(AP)", "«الحياة»", "واس:").
_EDGE_CHARS = " \t()[]{}«»\"'“”‘’:;,،.-–—|/\\•*"
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)


def _pattern(entries: Iterable[str]) -> re.Pattern[str]:
    parts = sorted({fold(e) for e in entries if e.strip()}, key=len, reverse=True)
    alternatives = alternation(
        _SEPARATOR.join(re.escape(p) for p in _PARTS_RE.split(entry) if p) for entry in parts
    )
    return re.compile(rf"(?<!\w)(?:the\s+)?(?:{alternatives})(?!\w)")


@cache
def _agencies() -> re.Pattern[str]:
    return _pattern(union("agencies"))


@cache
def _publishers() -> re.Pattern[str]:
    return _pattern(union("publishers"))


@cache
def _places() -> re.Pattern[str]:
    return _pattern(union("places"))


@cache
def _any_name() -> re.Pattern[str]:
    return _pattern(union("agencies") | union("publishers") | union("places"))


def names_any(text: str) -> bool:
    """Whether ``text`` names a listed agency, paper or place anywhere (one search for all)."""
    return bool(_any_name().search(fold(text)))


def agency_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of every agency name in ``text``."""
    return [m.span() for m in _agencies().finditer(fold(text))]


def find_agency(text: str) -> str | None:
    """The first agency named in ``text``, as written, or ``None``."""
    spans = agency_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else None


def _strip(segment: str) -> str:
    return segment.strip(_EDGE_CHARS)


def _whole(pattern: re.Pattern[str], segment: str) -> str | None:
    core = _strip(segment)
    if not core:
        return None
    match = pattern.fullmatch(fold(core))
    return core if match else None


@lru_cache(maxsize=PART_CACHE_SIZE)
def whole_agency(segment: str) -> str | None:
    """``segment`` as written when it is nothing but an agency name (brackets aside)."""
    return _whole(_agencies(), segment)


@lru_cache(maxsize=PART_CACHE_SIZE)
def whole_publisher(segment: str) -> str | None:
    """``segment`` as written when it is a listed paper (not a place) crediting itself."""
    core = _strip(segment)
    if not core or whole_place(core):
        return None
    return _whole(_publishers(), core)


def is_site_name(segment: str, site_names: Iterable[str]) -> bool:
    """Whether ``segment`` is the site's own name (``| Fox News`` after a byline name)."""
    key = _THE_RE.sub("", fold(_strip(segment)))
    return bool(key) and any(key == _THE_RE.sub("", fold(_strip(n))) for n in site_names)


@lru_cache(maxsize=PART_CACHE_SIZE)
def whole_place(segment: str) -> str | None:
    """``segment`` as written when it is a city or country of the places list."""
    return _whole(_places(), segment)
