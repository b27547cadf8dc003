"""Find the article's authors and the agency it credits, and remove byline/credit lines.

Reads: text, hints, chrome, index of every block; the page's metadata. Sets: chrome
(``byline``, ``credit``) on the lines it reads names from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from articlekit.blocks import Block
from articlekit.page import PageMeta

__all__ = ["Attribution", "find_attribution"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """What the byline stage found: the blocks (with byline/credit lines marked), authors, source."""

    blocks: tuple[Block, ...]
    authors: tuple[str, ...] = ()
    source: str | None = None


def find_attribution(blocks: Sequence[Block], meta: PageMeta, language: str | None) -> Attribution:
    """Authors and credited agency of the article.  (TEMPORARY: being written.)"""
    return Attribution(blocks=tuple(blocks))
