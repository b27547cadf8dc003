"""What a front end hands to the stages: the blocks and the page's own metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from articlekit.blocks import Block

__all__ = ["Page", "PageMeta"]


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata the page declares about itself (HTML only; empty for text input).

    Attributes:
        title: the ``<title>`` element's text.
        meta: ``<meta>`` values by lower-case ``name``/``property``/``itemprop``, in page order.
        json_ld: JSON-LD objects of the page (``@graph`` flattened), in page order.
        lang: the ``lang`` attribute of ``<html>``.
        authors_rel: texts of ``rel=author`` links.
        times: ``(block index, datetime attribute)`` of ``<time>`` elements, the index of the
            block that follows them.
    """

    title: str | None = None
    meta: dict[str, tuple[str, ...]] = field(default_factory=dict)
    json_ld: tuple[dict[str, Any], ...] = ()
    lang: str | None = None
    authors_rel: tuple[str, ...] = ()
    times: tuple[tuple[int, str], ...] = ()

    def first(self, *names: str) -> str | None:
        """The first non-empty meta value among ``names``, in the order of ``names``."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value.strip():
                    return value.strip()
        return None


@dataclass(frozen=True, slots=True)
class Page:
    """Blocks in page order plus the page's declared metadata (and its HTML, for a second
    opinion on pages where the body is unclear)."""

    blocks: tuple[Block, ...]
    meta: PageMeta = field(default_factory=PageMeta)
    is_html: bool = False
    markup: str = ""
