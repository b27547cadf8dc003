"""A matching key for text that keeps every character's position.

``fold(text)`` lower-cases, turns Arabic-Indic digits into ASCII digits and folds the Arabic
letters that pages spell either way (أ إ آ ٱ → ا, ى → ي, ة → ه), one character for one
character, so that a span found in the key is the same span in the page's own text: names
are returned as the page writes them. ``alternation(patterns)`` builds the regex that searches
such keys for a list of phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["alternation", "fold", "fold_once", "more_words", "plain"]

#: Keys kept for reuse: the stages ask for the same lines' keys several times over.
KEY_CACHE_SIZE = 8192

_ARABIC_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "\u00a0": " ",
    "\u200f": " ",
    "\u200e": " ",
    "\u200b": " ",
    "٫": ".",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
#: The folds as pairs: a few ``str.replace`` passes beat ``str.translate``, which looks every
#: character up in a table. (No target is itself folded, so the order does not matter.)
_FOLDS = tuple((_ARABIC_FOLDS | _DIGITS).items())
_FOLDABLE_RE = re.compile("[" + "".join(_ARABIC_FOLDS | _DIGITS) + "]")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def fold(text: str) -> str:
    """The matching key of ``text``: same length, lower-case, Arabic letters and digits folded."""
    return fold_once(text)


def fold_once(text: str) -> str:
    """:func:`fold` for a text read once (many lines joined): the key is not kept for reuse."""
    if text.isascii():
        return text.lower()  # every fold is of a character outside ASCII
    folded = text
    if _FOLDABLE_RE.search(folded):
        for source, target in _FOLDS:
            if source in folded:
                folded = folded.replace(source, target)
    lower = folded.lower()
    if len(lower) == len(folded):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)


#: Arabic short-vowel marks and the tatweel: pages print them or not in the same word.
_MARKS_RE = re.compile("[\u064b-\u065f\u0670\u0640]")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def plain(text: str) -> str:
    """``text`` without Arabic vowel marks and tatweel (``نُشر`` -> ``نشر``)."""
    return text if text.isascii() else _MARKS_RE.sub("", text)


def more_words(text: str, limit: int) -> bool:
    """Whether ``plain(text)`` has more than ``limit`` words (only that many are split off).

    Marks are never spaces: ``text`` has at least as many words as ``plain(text)``, and the
    same when it has no marks, so a long paragraph is told without being copied.
    """
    if len(text.split(None, limit)) <= limit:
        return False
    return not _MARKS_RE.search(text) or len(plain(text).split(None, limit)) > limit


def alternation(patterns: Iterable[str]) -> str:
    """``patterns`` as one regex alternation, grouped by the character each one opens with.

    The regex engine tries the alternatives of a group in order, at every position it
    searches. Alternatives that open with different characters never match at the same
    position, so grouping them by that character (keeping their order within the group)
    changes no match, and spares the engine a try of every phrase at every word.

    Args:
        patterns: regexes in the order they are to be tried, each opening with one literal
            character, escaped or not (as :func:`re.escape` writes it).

    Raises:
        ValueError: a pattern is empty or opens with a character class (``\\s``, ``\\d``).
    """
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        head = pattern[:2] if pattern.startswith("\\") else pattern[:1]
        if not head or (len(head) == 2 and head[1].isalnum()):
            raise ValueError(f"pattern {pattern!r} does not open with a literal character")
        groups.setdefault(head, []).append(pattern[len(head) :])
    return "|".join(f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items())
