"""Tell the language of the article (ISO 639-1).

Scripts written without spaces settle it by their letters (kana: Japanese; Han alone: Chinese;
Hangul: Korean; Thai). Otherwise the words vote: each word of the body counts for the
languages whose list of most frequent words holds it, the lists being the first 200 words of
jusText's stoplists. Function words tell languages apart within a few sentences, and the
lists cost two megabytes where a character n-gram model costs seventy. The page's ``lang``
attribute decides when the body is too short to tell.

Reads: the paragraphs' text, the ``lang`` attribute. Sets: nothing.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from articlekit.lexicons.loader import labelled

__all__ = ["find_language"]

#: Characters of body text read: some 65 words, plenty for function words to agree (the
#: same answer as 1,200 characters on all 199 benchmark and sample pages).
SAMPLE_CHARS = 400
#: Fewer stopwords than this in the sample cannot tell; the page's declaration is used.
MIN_VOTES = 5
#: Share of the letters in one script above which that script decides.
SCRIPT_SHARE = 0.3
#: Most frequent words of each language that vote: function words, the same number for every
#: language so that no list wins by its length.
WORDS_PER_LANGUAGE = 200

#: Prose has a third or more of its words in the stoplist; a sample with fewer than this share
#: is a table or a list, and a declared language is trusted over its votes.
MIN_STOPWORD_SHARE = 0.15
#: A declared language whose votes come this close to the best one's is taken.
CLOSE_VOTE = 0.8

_LANG_ATTR_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTER_RE = re.compile(r"[^\W\d_]")
#: The lowest code point of those scripts (Thai).
_FIRST_SCRIPT_CHAR = "\u0e00"
#: Scripts written without spaces between words, and the language each one settles.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)


@cache
def _stopword_index() -> tuple[dict[str, tuple[int, ...]], tuple[str, ...]]:
    """Each frequent word with the languages whose list holds it, and the language codes."""
    # found without importing jusText (which imports lxml's HTML cleaner): only its files are read
    spec = importlib.util.find_spec("justext")
    if spec is None or spec.origin is None:
        return {}, ()
    folder = Path(spec.origin).parent / "stoplists"
    codes: list[str] = []
    holders: dict[str, list[int]] = {}
    for code, name in labelled("common", "stoplist_languages"):
        path = folder / f"{name.title()}.txt"
        if not path.is_file():
            continue
        index = len(codes)
        codes.append(code)
        # the files list words by frequency: the most frequent ones are the function words
        seen: dict[str, None] = {}
        for word in path.read_text(encoding="utf-8").split():
            seen.setdefault(word.casefold())
            if len(seen) == WORDS_PER_LANGUAGE:
                break
        for word in seen:
            holders.setdefault(word, []).append(index)
    return {w: tuple(i) for w, i in holders.items()}, tuple(codes)


def _declared(lang: str | None) -> str | None:
    if not lang:
        return None
    match = _LANG_ATTR_RE.match(lang.strip())
    return match.group(1).lower() if match and len(match.group(1)) == 2 else None


def _by_script(sample: str) -> str | None:
    if not sample or max(sample) < _FIRST_SCRIPT_CHAR:
        return None  # no character of a script written without spaces
    letters = len(_LETTER_RE.findall(sample))
    if not letters:
        return None
    for code, script_re in _SCRIPTS:
        if len(script_re.findall(sample)) > SCRIPT_SHARE * letters:
            return code
    return None


def _by_stopwords(sample: str, declared: str | None) -> str | None:
    holders, codes = _stopword_index()
    votes = [0.0] * len(codes)
    counted = 0
    words = _WORD_RE.findall(sample.casefold())
    for word in words:
        found = holders.get(word)
        if found:
            counted += 1
            for index in found:
                votes[index] += 1
    if counted < MIN_VOTES or (declared and counted < MIN_STOPWORD_SHARE * len(words)):
        return None  # too few words, or not prose (a table of scores): the page knows better
    best = max(range(len(codes)), key=votes.__getitem__)
    if declared in codes and votes[codes.index(declared)] >= CLOSE_VOTE * votes[best]:
        return declared  # close languages (Malay and Indonesian): the page knows which
    return codes[best]


def find_language(texts: Sequence[str], declared: str | None = None) -> str | None:
    """The ISO 639-1 code of ``texts``, or ``None`` when nothing tells.

    Reads: the texts and the page's ``lang`` attribute. Sets: nothing.
    """
    taken: list[str] = []
    size = 0
    for text in texts:  # the first paragraphs only: the body may be long
        taken.append(text)
        size += len(text) + 1
        if size >= SAMPLE_CHARS:
            break
    sample = " ".join(taken)[:SAMPLE_CHARS]
    page_lang = _declared(declared)
    return _by_script(sample) or _by_stopwords(sample, page_lang) or page_lang
