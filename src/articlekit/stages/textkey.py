"""A matching key for text that keeps every character's position.

``fold(text)`` lower-cases, turns Arabic-Indic digits into ASCII digits and folds the Arabic
letters that pages spell either way (أ إ آ ٱ → ا, ى → ي, ة → ه), one character for one
character, so that a span found in the key is the same span in the page's own text: names
are returned as the page writes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["fold", "plain"]

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
_TABLE = str.maketrans(_ARABIC_FOLDS | _DIGITS)


@lru_cache(maxsize=KEY_CACHE_SIZE)
def fold(text: str) -> str:
    """The matching key of ``text``: same length, lower-case, Arabic letters and digits folded."""
    folded = text.translate(_TABLE)
    lower = folded.lower()
    if len(lower) == len(folded):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)


#: Arabic short-vowel marks and the tatweel: pages print them or not in the same word.
_MARKS_RE = re.compile("[\u064b-\u065f\u0670\u0640]")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def plain(text: str) -> str:
    """``text`` without Arabic vowel marks and tatweel (``نُشر`` -> ``نشر``)."""
    return _MARKS_RE.sub("", text)
