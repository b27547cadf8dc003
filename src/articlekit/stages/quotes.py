"""Find direct quotations in the body and who said them.

Reads: the paragraphs' text. Sets: nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from articlekit.models import Paragraph, Quote

__all__ = ["find_quotes"]


def find_quotes(paragraphs: Sequence[Paragraph], language: str | None) -> tuple[Quote, ...]:
    """Every direct quotation in ``paragraphs``, in order.  (TEMPORARY: being written.)"""
    return ()
