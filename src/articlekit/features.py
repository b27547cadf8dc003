"""Text features of a block that more than one stage reads."""

from __future__ import annotations

import re
from collections.abc import Sequence

from articlekit.blocks import Block, Role

__all__ = ["container_prose", "is_prose", "word_count"]

#: A block of at least this many words is prose whatever its punctuation.
PROSE_WORDS = 25
#: A block of at least this many words that ends like a sentence is prose.
SENTENCE_WORDS = 5

_WORD_RE = re.compile(r"\w+")
_SENTENCE_END_RE = re.compile(r"""[.!?؟。…:;"'”’»)\]]\s*$""")


def word_count(text: str) -> int:
    """Number of ``\\w+`` words in ``text``."""
    return len(_WORD_RE.findall(text))


def is_prose(block: Block) -> bool:
    """Whether the block reads like running text: a sentence, not a label, link or headline."""
    if block.role is Role.HEADING or block.link_chars * 2 > len(block.text):
        return False
    words = word_count(block.text)
    if words >= PROSE_WORDS:
        return True
    return words >= SENTENCE_WORDS and bool(_SENTENCE_END_RE.search(block.text))


def container_prose(blocks: Sequence[Block]) -> tuple[dict[int, int], int]:
    """Characters of prose under each container id, and the page's total prose characters."""
    totals: dict[int, int] = {}
    page_total = 0
    for block in blocks:
        if not is_prose(block):
            continue
        size = len(block.text) - block.link_chars
        page_total += size
        for container in block.path:
            totals[container] = totals.get(container, 0) + size
    return totals, page_total
