"""Remove blocks that say again what other blocks of the page say.

Pages print the article twice (a full-text copy for scripts or feeds beside the paragraphs),
and shorten a paragraph into a teaser ("Good morning! This is the news you need to..."). The
run-together copy and the cut-off teaser go; the paragraphs stay.

Reads: text, chrome. Sets: chrome (``duplicate``), evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articlekit.blocks import Block, ChromeReason
from articlekit.lexicons.loader import normalize

__all__ = ["drop_repeated_text"]

#: Characters compared at the start of two blocks: enough to be sure they are the same text.
PREFIX_CHARS = 30
#: A copy of several paragraphs run together is at least this many times as long as the
#: paragraph it starts with.
COPY_LENGTH_RATIO = 2.0

_ELLIPSIS_RE = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def drop_repeated_text(blocks: Sequence[Block]) -> list[Block]:
    """Mark run-together copies and cut-off teasers of the page's paragraphs as duplicates.

    A block that starts with another block's whole text and is much longer is a copy of
    paragraphs run together; a block ending in an ellipsis whose text starts a longer block is
    a teaser of it. One pass, with blocks indexed by their first characters.

    Reads: text, chrome. Sets: chrome, evidence.
    """
    keys = [normalize(b.text) for b in blocks]
    by_prefix: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if len(key) >= PREFIX_CHARS:
            by_prefix.setdefault(key[:PREFIX_CHARS], []).append(i)
    out = list(blocks)
    for i, key in enumerate(keys):
        if blocks[i].chrome is not None or len(key) < PREFIX_CHARS:
            continue
        others = [j for j in by_prefix.get(key[:PREFIX_CHARS], ()) if j != i]
        if not others:
            continue
        cut = _ELLIPSIS_RE.search(key)
        stem = key[: cut.start()] if cut else None
        if (
            stem is not None
            and len(stem) >= PREFIX_CHARS
            and any(len(keys[j]) > len(stem) and keys[j].startswith(stem) for j in others)
        ):
            out[i] = blocks[i].marked(ChromeReason.DUPLICATE, "cut-off copy of a block")
            continue
        if any(
            len(key) >= COPY_LENGTH_RATIO * len(keys[j]) and key.startswith(keys[j]) for j in others
        ):
            out[i] = blocks[i].marked(ChromeReason.DUPLICATE, "paragraphs run together")
    return out
