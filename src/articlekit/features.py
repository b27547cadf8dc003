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

#: Characters of Thai, Lao, Khmer or Burmese script that make up about one word: these scripts
#: put spaces between phrases, not words.
UNSPACED_CHARS_PER_WORD = 5

_WORD_RE = re.compile(r"\w+")
#: ASCII bytes with every character that ``\w`` does not match (in ASCII) turned into a space.
_ASCII_WORD_BYTES = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else ord(" ") for c in range(256)
)
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: Marks that end a sentence, in the scripts that have their own (Devanagari's danda, the
#: Armenian and Ethiopic full stops, the CJK full stops and question marks), closing quotes too.
_SENTENCE_END_RE = re.compile(r"""[.!?؟。！？．…:;"'”’»)\]।॥։።]\s*$""")
_PUNCTUATION_RE = re.compile(r"[.,;:!?،؛؟。、，！？．।॥։።፣]")


def word_count(text: str) -> int:
    """Number of words in ``text``.

    Chinese and Japanese characters count by pairs; Thai, Lao, Khmer and Burmese ones by fives.
    """
    if text.isascii():
        # the same count as the regular expression's, without making a string per word
        return len(text.encode("ascii").translate(_ASCII_WORD_BYTES).split())
    cjk = len(_CJK_RE.findall(text))
    unspaced = len(_UNSPACED_RE.findall(text))
    if not cjk and not unspaced:
        return len(_WORD_RE.findall(text))
    rest = _UNSPACED_RE.sub(" ", _CJK_RE.sub(" ", text))
    return (
        len(_WORD_RE.findall(rest))
        + cjk // CJK_CHARS_PER_WORD
        + unspaced // UNSPACED_CHARS_PER_WORD
    )


def is_prose(block: Block) -> bool:
    """Whether the block reads like running text: a sentence, not a label, link or headline."""
    if block.role is Role.HEADING or block.link_chars * 2 > len(block.text):
        return False
    words = block.words
    if words >= PROSE_WORDS:
        if _PUNCTUATION_RE.search(block.text) is None and _UNSPACED_RE.search(block.text):
            return True  # Thai and its neighbours end sentences with a space, not a mark
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
