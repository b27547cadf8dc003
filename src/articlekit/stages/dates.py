"""Find the publication date.

Reads: text, chrome, index of every block; the page's metadata. Sets: nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from articlekit.blocks import Block
from articlekit.page import PageMeta

__all__ = ["find_date"]


def find_date(blocks: Sequence[Block], meta: PageMeta, language: str | None) -> datetime | None:
    """The publication date of the article.  (TEMPORARY: being written.)"""
    return None
