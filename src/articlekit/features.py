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

#: Characters of Chinese or Japanese script that make up about one word of other languages.
CJK_CHARS_PER_WORD = 2
#: Long prose has at least one sentence mark (. , ! ? ، 。...) in this many words; a tag
#: cloud or a flattened menu has none.
WORDS_PER_PUNCTUATION = 40

_WORD_RE = re.compile(r"\w+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SENTENCE_END_RE = re.compile(r"""[.!?؟。！？…:;"'”’»)\]]\s*$""")
_PUNCTUATION_RE = re.compile(r"[.,;:!?،؛؟。、，！？]")


def word_count(text: str) -> int:
    """Number of words in ``text``; Chinese and Japanese characters count by pairs."""
    cjk = len(_CJK_RE.findall(text))
    if not cjk:
        return len(_WORD_RE.findall(text))
    return len(_WORD_RE.findall(_CJK_RE.sub(" ", text))) + cjk // CJK_CHARS_PER_WORD


def is_prose(block: Block) -> bool:
    """Whether the block reads like running text: a sentence, not a label, link or headline."""
    if block.role is Role.HEADING or block.link_chars * 2 > len(block.text):
        return False
    words = block.words
    if words >= PROSE_WORDS:
        return len(_PUNCTUATION_RE.findall(block.text)) * WORDS_PER_PUNCTUATION >= words
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
