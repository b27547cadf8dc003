"""The intermediate representation shared by every stage: a list of text blocks.

Front ends (``extractors.html``, ``extractors.text``) turn a page into blocks; the stages
(chrome, selection, enrichers) read and mark them. Blocks are immutable: a stage returns new
blocks made with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Block", "ChromeReason", "Role", "count_repeats"]


class Role(StrEnum):
    """What kind of text a block is, as far as the front end can tell."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    BLOCKQUOTE = "blockquote"
    CAPTION = "caption"
    PREFORMATTED = "preformatted"
    TABLE_CELL = "table_cell"


class ChromeReason(StrEnum):
    """Why a block was removed from the article."""

    NAVIGATION = "navigation"
    RELATED = "related"
    COMMENTS = "comments"
    SHARE = "share"
    NEWSLETTER = "newsletter"
    COOKIE = "cookie"
    POLL = "poll"
    ADVERTISEMENT = "advertisement"
    FOOTER = "footer"
    HEADER = "header"
    SIDEBAR = "sidebar"
    CAPTION = "caption"
    BYLINE = "byline"
    CREDIT = "credit"
    DATELINE = "dateline"
    TITLE = "title"
    STANDFIRST = "standfirst"
    DUPLICATE = "duplicate"
    METADATA = "metadata"
    OUTSIDE_CONTENT = "outside_content"
    HIDDEN = "hidden"


@dataclass(frozen=True, slots=True)
class Block:
    """One run of text with the features the stages decide on.

    Attributes:
        text: the block's text, whitespace collapsed.
        index: position of the block in page order, from 0.
        role: what the front end saw (heading, list item...).
        link_chars: characters of ``text`` that sit inside links.
        hints: lower-case class/id/role words of each element of ``path`` (same length).
        tag: the block element's tag (``"line"`` for text input).
        path: ids of the block-level elements the block sits in, outermost first (empty for
            text input).
        heading_level: 1-6 for headings, else 0.
        indent: leading spaces of the line (text input only).
        repeats: how many blocks of the page have the same text.
        words: number of words (see :func:`articlekit.features.word_count`).
        chrome: the reason the block was removed, or ``None`` while it is kept.
        evidence: what triggered ``chrome`` (a phrase, a class word, a number).
    """

    text: str
    index: int
    role: Role = Role.PARAGRAPH
    link_chars: int = 0
    hints: tuple[str, ...] = ()
    tag: str = "line"
    path: tuple[int, ...] = ()
    heading_level: int = 0
    indent: int = 0
    repeats: int = 1
    words: int = 0
    chrome: ChromeReason | None = None
    evidence: str = ""

    @property
    def link_density(self) -> float:
        """Share of the text's characters that are link text (0 to 1)."""
        return self.link_chars / len(self.text) if self.text else 0.0

    def marked(self, reason: ChromeReason | None, evidence: str) -> Block:
        """A copy of the block removed for ``reason`` with the evidence (``None``: kept)."""
        return Block(
            self.text, self.index, self.role, self.link_chars, self.hints, self.tag, self.path,
            self.heading_level, self.indent, self.repeats, self.words, reason, evidence,
        )  # fmt: skip

    def repeated(self, repeats: int) -> Block:
        """A copy of the block with ``repeats`` set."""
        return Block(
            self.text, self.index, self.role, self.link_chars, self.hints, self.tag, self.path,
            self.heading_level, self.indent, repeats, self.words, self.chrome, self.evidence,
        )  # fmt: skip

    @property
    def is_chrome(self) -> bool:
        """Whether a stage has marked this block for removal."""
        return self.chrome is not None


def count_repeats(blocks: list[Block]) -> tuple[Block, ...]:
    """Set ``repeats`` on every block: how many blocks of the page have the same text."""
    keys = [b.text.casefold() for b in blocks]  # front ends have collapsed the whitespace
    counts = Counter(keys)
    return tuple(
        b if counts[k] == b.repeats else b.repeated(counts[k])
        for b, k in zip(blocks, keys, strict=True)
    )
