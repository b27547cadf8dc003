"""Mark navigation, share bars, teaser lists, prompts and other page chrome.

Two passes. The first looks at each block alone: a chrome phrase from the lexicons ("Share
this", "Most read", "التعليقات"), the class/id words of its nearest ancestors ("nav",
"related", "footer"), and link density. The second looks at neighbours: runs of short link
lists, lines repeated on the page.

Reads: text, role, link_density, hints, repeats. Sets: chrome, evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from articlekit.blocks import Block, ChromeReason, Role
from articlekit.lexicons.loader import entries, labelled, normalize, union_labelled

__all__ = ["classify_chrome", "hint_reason", "phrase_reason"]

#: A phrase that starts a block marks it only when the block is this short (words);
#: longer blocks that start with "Share" or "Related" are sentences of the article.
MAX_PREFIX_WORDS = 8
#: Words of a phrase tried as a block's prefix.
MAX_PHRASE_WORDS = 5
#: Link density above which a block is a link (menu entry, teaser title), not prose.
LINKED_BLOCK_DENSITY = 0.6
#: A linked block up to this many words is a menu entry; longer ones are teaser titles.
MENU_ENTRY_WORDS = 5
#: Hint words shorter than this must be whole words (``nav`` is inside ``canvas``).
MIN_SUBSTRING_HINT = 5
#: Ancestor levels (innermost first) whose class/id words are read.
HINT_LEVELS = 6
#: A line repeated this often on the page is a menu/teaser line, not prose.
MIN_REPEATS = 2
#: ...unless it is longer than this (words): long prose lines are quoted twice at most.
MAX_REPEATED_WORDS = 25

_TRIM_RE = re.compile(r"^[\W_]+|[\W_]+$")
_WORD_RE = re.compile(r"\w+")


@cache
def _phrases() -> dict[str, ChromeReason]:
    return {phrase: ChromeReason(label) for label, phrase in union_labelled("chrome_phrases")}


@cache
def _hint_table() -> tuple[re.Pattern[str], dict[str, ChromeReason], re.Pattern[str]]:
    pairs = labelled("common", "chrome_hints")
    reasons = {word: ChromeReason(label) for label, word in pairs}
    short = sorted((w for w in reasons if len(w) < MIN_SUBSTRING_HINT), key=len, reverse=True)
    long = sorted((w for w in reasons if len(w) >= MIN_SUBSTRING_HINT), key=len, reverse=True)
    chrome_re = re.compile(
        "|".join(
            [rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])" for w in short]
            + [re.escape(w) for w in long]
        )
    )
    content = sorted(entries("common", "content_hints"), key=len, reverse=True)
    content_re = re.compile("|".join(re.escape(w).replace(r"\-", "[-_]?") for w in content))
    return chrome_re, reasons, content_re


def phrase_reason(text: str) -> tuple[ChromeReason, str] | None:
    """The chrome reason and phrase when ``text`` is, or starts like, a chrome phrase."""
    phrases = _phrases()
    key = _TRIM_RE.sub("", normalize(text))
    if not key:
        return None
    reason = phrases.get(key)
    if reason is not None:
        return reason, key
    words = key.split()
    if len(words) > MAX_PREFIX_WORDS:
        return None
    for size in range(min(MAX_PHRASE_WORDS, len(words) - 1), 0, -1):
        prefix = _TRIM_RE.sub("", " ".join(words[:size]))
        reason = phrases.get(prefix)
        if reason is not None:
            return reason, prefix
    return None


def hint_reason(hints: str) -> tuple[ChromeReason, str] | None:
    """The chrome reason named by the nearest ancestor whose class/id words say what it is.

    Levels are read innermost first; a level that names the article's text ("article-body")
    before any chrome word is found means the block is not chrome.
    """
    if not hints:
        return None
    chrome_re, reasons, content_re = _hint_table()
    for level in reversed(hints.split(" | ")[-HINT_LEVELS:]):
        if content_re.search(level):
            return None
        match = chrome_re.search(level)
        if match:
            word = match.group(0)
            return reasons[word], word
    return None


def _by_phrase(block: Block) -> tuple[ChromeReason, str] | None:
    return phrase_reason(block.text)


def _by_hints(block: Block) -> tuple[ChromeReason, str] | None:
    return hint_reason(block.hints)


def _by_links(block: Block) -> tuple[ChromeReason, str] | None:
    if block.link_density < LINKED_BLOCK_DENSITY:
        return None
    words = len(_WORD_RE.findall(block.text))
    reason = ChromeReason.NAVIGATION if words <= MENU_ENTRY_WORDS else ChromeReason.RELATED
    return reason, f"link density {block.link_density:.2f}"


def _by_repeats(block: Block) -> tuple[ChromeReason, str] | None:
    if block.repeats < MIN_REPEATS or block.role is Role.HEADING:
        return None
    if len(_WORD_RE.findall(block.text)) > MAX_REPEATED_WORDS:
        return None
    return ChromeReason.DUPLICATE, f"repeated {block.repeats} times"


_BLOCK_RULES: tuple[Callable[[Block], tuple[ChromeReason, str] | None], ...] = (
    _by_phrase,
    _by_hints,
    _by_links,
    _by_repeats,
)


def _classify(block: Block) -> Block:
    if block.chrome is not None:
        return block
    for rule in _BLOCK_RULES:
        found = rule(block)
        if found is not None:
            reason, evidence = found
            return replace(block, chrome=reason, evidence=evidence)
    return block


def classify_chrome(blocks: Sequence[Block]) -> list[Block]:
    """Mark page chrome block by block.

    Reads: text, hints, link_density, repeats, role. Sets: chrome, evidence.
    """
    return [_classify(b) for b in blocks]
