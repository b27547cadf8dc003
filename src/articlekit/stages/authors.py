"""Read the authors a page declares about itself: JSON-LD, ``<meta>`` tags, ``rel=author``.

JSON-LD ``author``/``creator`` of the article object (strings, ``Person`` objects, lists,
``@id`` references into the page's graph), then the author ``<meta>`` tags named in
``lexicons/common/author_meta.txt``, then ``rel=author`` link texts: the first of these that
names a person wins. An organisation is never an author: an agency declared as author
(``Reuters Editorial``, ``{"@type": "Organization", "name": "AFP"}``) is returned as the
agency instead, and anything else that is not a person's name is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from articlekit.lexicons.loader import entries, union
from articlekit.page import PageMeta
from articlekit.stages.agencies import agency_spans
from articlekit.stages.credits import read_byline
from articlekit.stages.names import strip_contacts
from articlekit.stages.textkey import fold

__all__ = ["Declared", "article_objects", "declared_authors", "site_names"]

_WORD_RE = re.compile(r"\w+")
_AUTHOR_KEYS = ("author", "creator")
_SITE_NAME_KEYS = ("og:site_name", "application-name")
#: An article has at most this many authors linked with ``rel=author``.
MAX_REL_AUTHORS = 4
#: Meta tags that name who holds the rights to the page: the site's owner.
_RIGHTS_KEYS = ("copyright", "dcterms.rightsholder", "dc.rights", "rights")
#: What a copyright notice says besides the holder's name.
_RIGHTS_WORDS_RE = re.compile(
    r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d\b|\ball rights reserved\b|[-–—,.]\s*$",
    re.IGNORECASE,
)
_RIGHTS_EDGE = " \t-–—,.:;|"


@dataclass(frozen=True, slots=True)
class Declared:
    """Authors and agency a page declares in its metadata."""

    authors: tuple[str, ...] = ()
    agency: str | None = None


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(fold(w) for w in union("organisation_words") | union("author_roles"))


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type", ())
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)]


def _is_article(item: dict[str, Any]) -> bool:
    return any(t.endswith(("Article", "Posting", "Report")) for t in _types(item))


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(fold(text)))


def article_objects(meta: PageMeta, title: str | None = None) -> list[dict[str, Any]]:
    """The page's JSON-LD article objects, the one whose headline is ``title`` first."""
    items = [item for item in meta.json_ld if _is_article(item)]
    if not items:
        items = [
            item
            for item in meta.json_ld
            if ("author" in item or "datePublished" in item)
            and not {"Person", "Organization", "WebSite"} & set(_types(item))
        ]
    if title:
        wanted = _key(title)
        items.sort(key=lambda item: _key(str(item.get("headline", ""))) != wanted)
    return items


def _agency_of(value: str) -> str | None:
    """The agency of a declared author such as ``Reuters Editorial`` or ``AFP``."""
    spans = agency_spans(value)
    if not spans:
        return None
    start, end = spans[0]
    rest = fold(value[:start] + " " + value[end:])
    if all(word in _organisation_words() for word in _WORD_RE.findall(rest)):
        return value[start:end]
    return None


def _names(value: str, sites: Sequence[str]) -> tuple[list[str], str | None]:
    """Names and agency of one declared author value, read like a byline the page marks."""
    text = strip_contacts(value)
    agency = _agency_of(text)
    if agency:
        return [], agency
    credit = read_byline(text, sites, marked=True)
    if credit is None:
        return [], None
    return list(credit.authors), credit.source


def _by_id(meta: PageMeta) -> dict[str, dict[str, Any]]:
    return {item["@id"]: item for item in meta.json_ld if isinstance(item.get("@id"), str)}


def _json_ld_values(item: dict[str, Any], graph: dict[str, dict[str, Any]]) -> list[str]:
    values: list[str] = []
    for key in _AUTHOR_KEYS:
        found = item.get(key)
        entries = found if isinstance(found, list) else [found]
        for entry in entries:
            if isinstance(entry, str):
                values.append(entry)
            elif isinstance(entry, dict):
                target = entry
                if "name" not in entry and isinstance(entry.get("@id"), str):
                    target = graph.get(entry["@id"], entry)
                name = target.get("name")
                if isinstance(name, str):
                    values.append(name)
        if values:
            break
    return values


def _read(values: Iterable[str], sites: Sequence[str]) -> Declared:
    names: list[str] = []
    agency: str | None = None
    for value in values:
        found, value_agency = _names(value, sites)
        names.extend(n for n in found if n not in names)
        agency = agency or value_agency
    return Declared(authors=tuple(names), agency=agency)


def declared_authors(meta: PageMeta, title: str | None = None) -> Declared:
    """The authors (and any agency declared as author) of the page's metadata.

    Reads: JSON-LD, meta tags, rel=author texts. Sets: nothing.
    """
    graph = _by_id(meta)
    tiers: list[Sequence[str]] = []
    for item in article_objects(meta, title)[:1]:
        tiers.append(_json_ld_values(item, graph))
    names = entries("common", "author_meta")
    tiers.append([v for key, values in meta.meta.items() if key in names for v in values])
    if len(set(meta.authors_rel)) <= MAX_REL_AUTHORS:
        tiers.append(meta.authors_rel)  # more are the bylines of a page of teasers
    agency: str | None = None
    sites = site_names(meta)
    for values in tiers:
        declared = _read(values, sites)
        agency = agency or declared.agency
        if declared.authors:
            return Declared(authors=declared.authors, agency=agency)
    return Declared(agency=agency)


def site_names(meta: PageMeta) -> tuple[str, ...]:
    """The site's own names, to tell a paper's self-credit and an organisation as author.

    og:site_name, application-name, the JSON-LD publisher and organisations, and the holder
    named in the copyright meta tag (``Copyright (c) Condé Nast 2024`` -> ``Condé Nast``).
    """
    found = [v for key in _SITE_NAME_KEYS for v in meta.meta.get(key, ()) if v.strip()]
    found.extend(
        holder
        for key in _RIGHTS_KEYS
        for value in meta.meta.get(key, ())
        if (holder := _RIGHTS_WORDS_RE.sub(" ", value).strip(_RIGHTS_EDGE))
    )
    for item in meta.json_ld:
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            found.append(publisher["name"])
        if "Organization" in " ".join(_types(item)) and isinstance(item.get("name"), str):
            found.append(item["name"])
    return tuple(dict.fromkeys(f.strip() for f in found))
