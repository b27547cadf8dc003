"""Tell a person's name from the rest of a byline: roles, organisations, prose, contacts.

``people(text)`` splits a byline's name part (``A and B``, ``A, B & C``, ``A و B``), cuts the
job titles printed beside each name (``Amy Gibbons Political Correspondent``) and keeps only
what reads as a person: two to six name words, capitalised in Latin script, with no word that
belongs to prose (``By clicking...``) or to an organisation (``Reuters Editorial``,
``News Desk``). Role, organisation and stop words are data in ``lexicons/<lang>/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from articlekit.lexicons.loader import union, union_labelled
from articlekit.stages.agencies import agency_spans, whole_agency, whole_place, whole_publisher
from articlekit.stages.textdates import date_word_kind, find_text_dates
from articlekit.stages.textkey import fold, more_words

__all__ = [
    "MAX_NAME_WORDS",
    "chunks",
    "ends_with_role",
    "has_contact",
    "has_stopword",
    "is_job_title_line",
    "is_person_name",
    "is_role_only",
    "people",
    "person_name",
    "split_chunks",
    "strip_contacts",
    "strip_roles",
]

#: Words whose matching keys are kept (bylines repeat the same few words page after page).
TOKEN_CACHE_SIZE = 4096
#: A person's name has at least this many words (a single word is a username or a brand).
MIN_NAME_WORDS = 2
#: ...and at most this many (Arabic names with ibn/abu chains run long; more is prose).
MAX_NAME_WORDS = 6
#: A job-title line under a byline's name has at most this many words.
MAX_JOB_TITLE_WORDS = 6

_CONTACT_RE = re.compile(
    r"\S+@\S+\.\w+|https?://\S+|www\.\S+|@\w+|\b\w+\.(?:com|org|net|info|co\.uk)\S*",
    re.IGNORECASE,
)
#: Between two names: a comma, "and", "&", a standalone Arabic "و", or a full stop after a
#: word ("Finian Cunningham. Sputnik International").
_SPLIT_RE = re.compile(
    r"\s*(?:,|،|;|؛|&|\band\b|(?<!\S)و(?!\S)|(?<=[^\W\d_]{3})\.(?=\s))\s*", re.IGNORECASE
)
#: Letters of scripts with upper and lower case, where a name is capitalised.
_CASED_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ]")
_UNCASED_WORD_RE = re.compile(r"^[^\W\d_]+$")
_CASED_WORD_RE = re.compile(r"^[^\W\d_a-zà-öø-ÿа-яά-ώ][\w'’.\-]*$")
_INITIAL_RE = re.compile(r"^(?:[^\W\d_]\.?|(?:[^\W\d_]\.){2,})$")
#: A capital letter and a full stop: a name's initial.
_DOTTED_INITIAL_RE = re.compile(r"^[^\W\d_a-zà-öø-ÿ]\.$")
#: Quotation marks around a nickname inside a name.
_NICKNAME_MARKS = "\"“”„'‘’«»"
#: An all-capitals word of 2-4 letters in a mixed-case name is an acronym (CBS, NBC, USA).
_ACRONYM_RE = re.compile(r"^[A-ZА-Я]{2,4}$")
#: What every split between two names holds (a cheap look before the split itself).
_SPLIT_HINT_RE = re.compile(r"[,،;؛&.و]|and", re.IGNORECASE)
#: What every contact holds: "@", "://", "www." or a domain ending (a cheap look first).
_CONTACT_HINT_RE = re.compile(r"@|://|www\.|\.(?:com|org|net|info|co\.uk)", re.IGNORECASE)
#: Where the markup may have glued two words: a lower-case letter before a capital.
_CASE_CHANGE_RE = re.compile(r"[a-zà-öø-ÿ][A-Z]")
#: A word glued to the next by the page's markup: "JamesStaff", "HiltzikBusiness".
_GLUED_RE = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-Z][a-z]{2,})")
#: A name glued to a brand in capitals: "GarberFOXBusiness".
_GLUED_CAPS_RE = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-Z]{2,})")
#: Contacts that point at a person (an e-mail address, a social handle), not at a site.
_PERSONAL_CONTACT_RE = re.compile(r"\S+@\S+\.\w+|@\w+")
_DIGIT_RE = re.compile(r"\d")
#: The Arabic article: first names do not start with it (surnames do: هاشم الموسوي).
_ARABIC_ARTICLE = "ال"
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


@cache
def _never_in_names() -> frozenset[str]:
    """Words that are never part of a person's name: prose, organisation and role words."""
    return _words("name_stopwords") | _words("organisation_words") | _roles()[0]


@cache
def _glued_words() -> frozenset[str]:
    """Words the markup glues to a name (``JamesStaff``): roles and organisation words."""
    roles, modifiers = _roles()
    return roles | modifiers | _words("organisation_words")


def strip_contacts(text: str) -> str:
    """``text`` without e-mail addresses, URLs and social handles (also a handle printed
    without its "@" after the name it spells: ``Margaret Talev margarettalev``)."""
    if _CONTACT_HINT_RE.search(text):
        text = _CONTACT_RE.sub(" ", text)
    words = text.split()
    if len(words) > MIN_NAME_WORDS and words[-1].islower():
        for size in range(MIN_NAME_WORDS, min(MAX_NAME_WORDS, len(words) - 1) + 1):
            if "".join(words[-1 - size : -1]).lower() == words[-1]:
                return " ".join(words[:-1])
    return " ".join(words)


def has_contact(text: str) -> bool:
    """Whether ``text`` holds a person's e-mail address or social handle (not a site's URL)."""
    return "@" in text and _PERSONAL_CONTACT_RE.search(text) is not None


def has_stopword(text: str) -> bool:
    """Whether ``text`` holds a word that is never part of a name (``the``, ``في``)."""
    return any(_token_key(t) in _words("name_stopwords") for t in text.split())


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _token_key(token: str) -> str:
    return fold(token.strip(_TOKEN_EDGE))


def _unglue(text: str) -> str:
    """Split words the markup glued together when the second is a role word (``JamesStaff``)."""
    if not _CASE_CHANGE_RE.search(text):
        return text
    known = _glued_words()
    parts = _GLUED_RE.split(_GLUED_CAPS_RE.sub(", ", text))
    out = parts[0]
    for part in parts[1:]:
        word = _token_key(part.split()[0]) if part.split() else ""
        out += (" " if word in known else "") + part
    return out


def _role_runs(tokens: list[str]) -> tuple[int, int]:
    """``(start, end)`` of the name between a leading and a trailing job title."""
    roles, modifiers = _roles()
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
    return start, end


def strip_roles(text: str) -> str:
    """``text`` without a job title before or after the name (``Political Correspondent``).

    A run of role words is cut only when it holds a role noun (``Correspondent``); a
    modifier alone (``Political``) stays, since it may be part of a name.
    """
    tokens = text.split()
    start, end = _role_runs(tokens)
    return " ".join(tokens[start:end])


def is_role_only(text: str) -> bool:
    """Whether ``text`` is only a job title (``Freelance sports writer``, ``CNN Senior Supreme
    Court Analyst``).

    A title may name its beat between a modifier and the role noun (``Senior Supreme Court
    Analyst``), after the outlet's initials: a name never opens with ``Senior`` or ``Chief``.
    """
    tokens = text.split()
    if not tokens:
        return False
    if _role_runs(tokens) in ((len(tokens), len(tokens)), (0, 0)):
        return True
    if len(tokens) > 1 and _ACRONYM_RE.match(tokens[0]):
        tokens = tokens[1:]
    roles, modifiers = _roles()
    return (
        len(tokens) > 2 and _token_key(tokens[0]) in modifiers and _token_key(tokens[-1]) in roles
    )


def is_job_title_line(text: str) -> bool:
    """Whether ``text`` is a short line ending with a job title ("BuzzFeed UK News Fellow"),
    printed under a byline's name."""
    return not more_words(text, MAX_JOB_TITLE_WORDS) and ends_with_role(text)


def ends_with_role(text: str) -> bool:
    """Whether ``text`` ends with a role noun (``AP National Security Writer``)."""
    tokens = text.split()
    return bool(tokens) and _token_key(tokens[-1]) in _roles()[0]


def _is_cased_name(tokens: list[str]) -> bool:
    particles = _words("name_particles")
    mixed = any(t != t.upper() for t in tokens)
    real = 0
    for token in tokens:
        if _token_key(token) in particles:
            continue
        if _INITIAL_RE.match(token):
            continue
        word = token.strip(_NICKNAME_MARKS)  # Amanda "Tania Mae" Tan: a nickname in quotes
        if not _CASED_WORD_RE.match(word) or (mixed and _ACRONYM_RE.match(word)):
            return False
        real += 1
    # a name never ends with a particle, and opens with one only as a given name ("Al Baker",
    # "Van Morrison"): capitalised, before a word that is not one
    opens = _token_key(tokens[0]) in particles and not (
        tokens[0][:1].isupper() and real >= 1 and _token_key(tokens[1]) not in particles
    )
    ends = _token_key(tokens[-1]) in particles
    return real >= 1 and not opens and not ends and not _INITIAL_RE.match(tokens[-1])


def _is_uncased_name(tokens: list[str]) -> bool:
    if fold(tokens[0]).startswith(_ARABIC_ARTICLE):
        return False  # "الاقتصاد ينمو": a given name never opens with the article
    for token in tokens:
        if len(token) < 2 or not _UNCASED_WORD_RE.match(token):
            return False
        if date_word_kind(token) is not None:
            return False
    return True


def is_person_name(name: str) -> bool:
    """Whether ``name`` reads as one person's name (not an organisation, place or prose)."""
    tokens = name.split()
    if not MIN_NAME_WORDS <= len(tokens) <= MAX_NAME_WORDS or _DIGIT_RE.search(name):
        return False
    # an initial ("Dana A. Ford") is no word of prose, though "a" is one
    words = [_token_key(t) for t in tokens if not _DOTTED_INITIAL_RE.match(t)]
    if not _never_in_names().isdisjoint(words):
        return False
    if whole_agency(name) or whole_place(name) or whole_publisher(name):
        return False
    if agency_spans(tokens[0]) or find_text_dates(name):
        return False
    if _CASED_RE.search(name):
        return _is_cased_name(tokens)
    return _is_uncased_name(tokens)


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


def _split(text: str) -> Iterator[str]:
    """``_SPLIT_RE.split(text)``, one part at a time: a reader may stop at the first."""
    if not _SPLIT_HINT_RE.search(text):
        yield text
        return
    start = 0
    for match in _SPLIT_RE.finditer(text):
        yield text[start : match.start()]
        start = match.end()
    yield text[start:]


def chunks(text: str) -> Iterator[str]:
    """The parts of a byline's name list, one at a time (see :func:`split_chunks`)."""
    for part in _split(strip_contacts(_unglue(text))):
        chunk = part.strip(_TOKEN_EDGE + " ")
        if chunk:
            yield chunk


def split_chunks(text: str) -> list[str]:
    """The parts of a byline's name list: ``A, B and C`` -> ``[A, B, C]`` (contacts removed)."""
    return list(chunks(text))


def _strip_site(name: str, site_names: Iterable[str]) -> str:
    """``Elliot Brownstein Florida Today`` -> ``Elliot Brownstein`` (the site's name cut)."""
    key = fold(name)
    for site in site_names:
        site_key = fold(site.strip())
        if site_key and key.endswith(" " + site_key):
            return name[: len(name) - len(site_key)].strip()
        if site_key and key.startswith(site_key + " "):
            return name[len(site_key) :].strip()
    return name


def person_name(chunk: str, site_names: Iterable[str] = ()) -> list[str] | None:
    """The person name(s) of one byline chunk, roles and the site's name cut, or ``None``.

    A chunk whose job title is only ``Staff`` (``HNN Staff``, ``Science X staff``) names a
    newsroom, not a person.
    """
    tokens = _strip_site(chunk, site_names).split()
    start, end = _role_runs(tokens)
    trailing = {_token_key(t) for t in tokens[end:]} | {_token_key(t) for t in tokens[:start]}
    if trailing and trailing <= _words("organisation_words"):
        return None
    name = " ".join(tokens[start:end])
    parts = _split_attached_and(name)
    if not all(is_person_name(p) for p in parts):
        return None
    return parts


def people(text: str, site_names: Iterable[str] = ()) -> list[str] | None:
    """The person names of a byline's name part, or ``None`` when a part is not a name.

    Args:
        text: the names part of a byline, without its ``By`` marker.
        site_names: the site's own names, cut from the end of a name.

    Returns:
        The names in order (roles cut), or ``None`` when any part is neither a name nor a
        job title: the caller then does not trust the line.
    """
    found: list[str] = []
    for chunk in split_chunks(text):
        if is_role_only(chunk):
            continue
        names = person_name(chunk, site_names)
        if names is None:
            return None
        found.extend(names)
    return found
