"""Tell a person's name from the rest of a byline: roles, organisations, prose, contacts.

``people(text)`` splits a byline's name part (``A and B``, ``A, B & C``, ``A و B``), cuts the
job titles printed beside each name (``Amy Gibbons Political Correspondent``) and keeps only
what reads as a person: two to six name words, capitalised in Latin script, with no word that
belongs to prose (``By clicking...``) or to an organisation (``Reuters Editorial``,
``News Desk``). Role, organisation and stop words are data in ``lexicons/<lang>/``.
"""

from __future__ import annotations

import re
from functools import cache

from articlekit.lexicons.loader import union, union_labelled
from articlekit.stages.agencies import whole_agency, whole_place, whole_publisher
from articlekit.stages.textdates import date_word_kind, find_text_dates
from articlekit.stages.textkey import fold

__all__ = ["is_person_name", "is_role_only", "people", "strip_contacts", "strip_roles"]

#: A person's name has at least this many words (a single word is a username or a brand).
MIN_NAME_WORDS = 2
#: ...and at most this many (Arabic names with ibn/abu chains run long; more is prose).
MAX_NAME_WORDS = 6

_CONTACT_RE = re.compile(
    r"\S+@\S+\.\w+|https?://\S+|www\.\S+|(?<!\w)@\w+|\b\w+\.(?:com|org|net|co\.uk)\S*",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(r"\s*(?:,|،|;|؛|&|\band\b|(?<!\S)و(?!\S))\s*", re.IGNORECASE)
_LATIN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
_ARABIC_WORD_RE = re.compile(r"^[\u0621-\u064a\u0671-\u06d3\u064b-\u065f]+$")
_LATIN_WORD_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.\-]*$")
_INITIAL_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.?|(?:[A-ZÀ-ÖØ-Þ]\.){2,})$")
_DIGIT_RE = re.compile(r"\d")
_TOKEN_EDGE = ",.;:()[]\"'“”‘’«»|-–—"


@cache
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    """(role nouns, role modifiers), folded."""
    pairs = union_labelled("author_roles")
    roles = frozenset(fold(word) for kind, word in pairs if kind == "role")
    modifiers = frozenset(fold(word) for kind, word in pairs if kind == "modifier")
    return roles, modifiers


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(fold(word) for word in union(name))


def strip_contacts(text: str) -> str:
    """``text`` without e-mail addresses, URLs and social handles."""
    return " ".join(_CONTACT_RE.sub(" ", text).split())


def _token_key(token: str) -> str:
    return fold(token.strip(_TOKEN_EDGE))


def strip_roles(text: str) -> str:
    """``text`` without a job title before or after the name (``Political Correspondent``).

    A run of role words is cut only when it holds a role noun (``Correspondent``); a
    modifier alone (``Political``) stays, since it may be part of a name.
    """
    roles, modifiers = _roles()
    tokens = text.split()
    keys = [_token_key(t) for t in tokens]
    start = 0
    while start < len(tokens) and (keys[start] in roles or keys[start] in modifiers):
        start += 1
    if not any(k in roles for k in keys[:start]):
        start = 0
    end = len(tokens)
    while end > start and (keys[end - 1] in roles or keys[end - 1] in modifiers):
        end -= 1
    if not any(k in roles for k in keys[end:]):
        end = len(tokens)
    return " ".join(tokens[start:end])


def is_role_only(text: str) -> bool:
    """Whether ``text`` is only a job title (``Freelance sports writer``)."""
    roles, modifiers = _roles()
    keys = [_token_key(t) for t in text.split()]
    return (
        bool(keys)
        and all(k in roles or k in modifiers for k in keys)
        and any(k in roles for k in keys)
    )


def _is_latin_name(tokens: list[str]) -> bool:
    particles = _words("name_particles")
    real = 0
    for token in tokens:
        key = _token_key(token)
        if key in particles:
            continue
        if _INITIAL_RE.match(token):
            continue
        if not _LATIN_WORD_RE.match(token):
            return False
        real += 1
    return real >= 1 and not (
        _token_key(tokens[0]) in particles or _token_key(tokens[-1]) in particles
    )


def _is_arabic_name(tokens: list[str]) -> bool:
    for token in tokens:
        if len(token) < 2 or not _ARABIC_WORD_RE.match(token):
            return False
        if date_word_kind(token) is not None:
            return False
    return True


def is_person_name(name: str) -> bool:
    """Whether ``name`` reads as one person's name (not an organisation, place or prose)."""
    tokens = name.split()
    if not MIN_NAME_WORDS <= len(tokens) <= MAX_NAME_WORDS or _DIGIT_RE.search(name):
        return False
    keys = {_token_key(t) for t in tokens}
    if keys & (_words("name_stopwords") | _words("organisation_words")):
        return False
    if whole_agency(name) or whole_place(name) or whole_publisher(name):
        return False
    if find_text_dates(name):
        return False
    if _LATIN_RE.search(name):
        return _is_latin_name(tokens)
    return _is_arabic_name(tokens)


def _split_attached_and(chunk: str) -> list[str]:
    """``محمد علي وأحمد حسن`` -> two names, when both halves read as names."""
    tokens = chunk.split()
    for i in range(MIN_NAME_WORDS, len(tokens) - 1):
        token = tokens[i]
        if token.startswith("و") and len(token) > 2:
            left = " ".join(tokens[:i])
            right = " ".join([token[1:], *tokens[i + 1 :]])
            if is_person_name(left) and is_person_name(right):
                return [left, right]
    return [chunk]


def people(text: str) -> list[str] | None:
    """The person names of a byline's name part, or ``None`` when a part is not a name.

    Args:
        text: the names part of a byline, without its ``By`` marker.

    Returns:
        The names in order (roles cut), or ``None`` when any part is neither a name nor a
        job title: the caller then does not trust the line.
    """
    found: list[str] = []
    for raw in _SPLIT_RE.split(strip_contacts(text)):
        chunk = raw.strip(_TOKEN_EDGE + " ")
        if not chunk:
            continue
        if is_role_only(chunk):
            continue
        name = strip_roles(chunk)
        parts = _split_attached_and(name)
        if not all(is_person_name(p) for p in parts):
            return None
        found.extend(parts)
    return found
