"""Read the lexicon data files shipped in the package, once.

Each file lives in ``lexicons/<lang>/<name>.txt`` (``common`` for data shared by all
languages): UTF-8, one entry per line, ``#`` starts a comment. Entries are NFC-normalised and
case-folded. Tables whose entries carry a label use ``label | entry``.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

from articlekit.errors import LexiconError

__all__ = ["LANGUAGES", "entries", "labelled", "normalize", "union", "union_labelled"]

#: Languages with a lexicon folder, in the order they are merged.
LANGUAGES: tuple[str, ...] = ("en", "ar", "de", "es", "fr", "it", "pt", "ru")


def normalize(text: str) -> str:
    """NFC-normalise and case-fold ``text``, collapsing inner whitespace."""
    if text.isascii():  # already NFC, and case-folds as it lowers
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@cache
def _lines(lang: str, name: str) -> tuple[str, ...]:
    folder = resources.files("articlekit.lexicons").joinpath(lang)
    path = folder.joinpath(f"{name}.txt")
    if not path.is_file():
        raise LexiconError(f"no lexicon file {lang}/{name}.txt")
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read lexicon {lang}/{name}.txt: {exc}") from exc
    out: list[str] = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@cache
def entries(lang: str, name: str) -> frozenset[str]:
    """The normalised entries of ``lexicons/<lang>/<name>.txt``."""
    return frozenset(normalize(line) for line in _lines(lang, name))


@cache
def labelled(lang: str, name: str) -> tuple[tuple[str, str], ...]:
    """The ``(label, entry)`` pairs of a file written as ``label | entry`` lines."""
    pairs: list[tuple[str, str]] = []
    for line in _lines(lang, name):
        label, sep, entry = line.partition("|")
        if not sep or not label.strip() or not entry.strip():
            raise LexiconError(f"{lang}/{name}.txt: expected 'label | entry', got {line!r}")
        pairs.append((label.strip(), normalize(entry)))
    return tuple(pairs)


@cache
def union(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` merged over every language that has the file."""
    merged: set[str] = set()
    for lang in LANGUAGES:
        try:
            merged |= entries(lang, name)
        except LexiconError:
            continue
    return frozenset(merged)


@cache
def union_labelled(name: str) -> tuple[tuple[str, str], ...]:
    """The labelled pairs of ``<name>.txt`` merged over every language that has the file."""
    merged: list[tuple[str, str]] = []
    for lang in LANGUAGES:
        try:
            merged.extend(labelled(lang, name))
        except LexiconError:
            continue
    return tuple(merged)
