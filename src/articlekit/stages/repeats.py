"""Remove blocks that say again what other blocks of the page say.

Pages print the article twice (a full-text copy for scripts or feeds beside the paragraphs),
shorten a paragraph into a teaser ("Good morning! This is the news you need to..."), and print
the same line again and again in a row (the title of every slide of a carousel). The
run-together copy, the cut-off teaser and the copies in a row go; the paragraphs stay.

Reads: text, chrome. Sets: chrome (``duplicate``), evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articlekit.blocks import Block, ChromeReason, Role
from articlekit.features import is_prose
from articlekit.lexicons.loader import normalize

__all__ = ["drop_repeated_text"]

#: Characters compared at the start of two blocks: enough to be sure they are the same text.
PREFIX_CHARS = 30
#: A copy of several paragraphs run together is at least this many times as long as the
#: paragraph it starts with.
COPY_LENGTH_RATIO = 2.0

#: Distinct texts with the same start that are compared, at most: enough for real pages, and
#: a page of ten thousand lines that start alike stays linear.
MAX_SAME_START = 32

#: A line printed twice in a row is a copy when it has at least this many words.
MIN_ROW_REPEAT_WORDS = 2

_ELLIPSIS_RE = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def _may_repeat_in_a_row(block: Block) -> bool:
    """Whether a copy of the block before is a copy: table cells ("1", "Yes") and single
    words repeat in a row by design, and a sentence printed again is left to the reader (no
    text is lost on a guess). HTML only: in a text dump the chrome stage reads every
    repeated line, and a caption printed twice in a row borders the article there."""
    return (
        bool(block.path)
        and block.role is not Role.TABLE_CELL
        and block.words >= MIN_ROW_REPEAT_WORDS
        and not is_prose(block)
    )


def drop_repeated_text(blocks: Sequence[Block]) -> list[Block]:
    """Mark run-together copies, cut-off teasers and repeats in a row as duplicates.

    A block that starts with another block's whole text and is much longer is a copy of
    paragraphs run together; a block ending in an ellipsis whose text starts a longer block is
    a teaser of it. One pass, with blocks indexed by their first characters.

    Reads: text, chrome. Sets: chrome, evidence.
    """
    keys = [normalize(b.text) for b in blocks]
    # one entry per distinct text: a line printed a thousand times is compared once
    by_prefix: dict[str, list[str]] = {}
    seen: set[str] = set()
    for key in keys:
        if len(key) >= PREFIX_CHARS and key not in seen:
            seen.add(key)
            group = by_prefix.setdefault(key[:PREFIX_CHARS], [])
            if len(group) < MAX_SAME_START:
                group.append(key)
    out = list(blocks)
    for i, key in enumerate(keys):
        if blocks[i].chrome is not None:
            continue
        if i and key == keys[i - 1] and _may_repeat_in_a_row(blocks[i]):
            out[i] = blocks[i].marked(ChromeReason.DUPLICATE, "same as the block before")
            continue
        if len(key) < PREFIX_CHARS:
            continue
        others = [k for k in by_prefix.get(key[:PREFIX_CHARS], ()) if k != key]
        cut = _ELLIPSIS_RE.search(key)
        stem = key[: cut.start()] if cut else None
        if (
            stem is not None
            and len(stem) >= PREFIX_CHARS
            and (
                blocks[i].repeats > 1  # a cut-off text printed twice is a teaser shown twice
                or any(len(k) > len(stem) and k.startswith(stem) for k in others)
            )
        ):
            out[i] = blocks[i].marked(ChromeReason.DUPLICATE, "cut-off copy of a block")
            continue
        if not others:
            continue
        if any(len(key) >= COPY_LENGTH_RATIO * len(k) and key.startswith(k) for k in others):
            out[i] = blocks[i].marked(ChromeReason.DUPLICATE, "paragraphs run together")
    return out
