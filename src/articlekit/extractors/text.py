"""Plain-text front end: every non-empty line of a text dump is a block.

Text dumps made from pages (a browser's copy, inscriptis, html-text, a crawler's text) keep one
block of the page per line; list items start with a bullet, and some converters indent nested
elements. The bullet becomes the ``list_item`` role, the indentation the ``indent`` feature.
"""

from __future__ import annotations

import re

from articlekit.blocks import Block, Role, count_repeats
from articlekit.features import word_count
from articlekit.page import Page

__all__ = ["build_page"]

_BULLET_RE = re.compile(r"^(?:[*+•◦▪·‣–-]|\d{1,2}[.)])\s+")
_LINE_RE = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s+")


def build_page(text: str) -> Page:
    """Cut ``text`` into one block per non-empty line.

    Reads: the lines. Sets: text, index, role (bullets, Markdown headings), indent, repeats.
    """
    blocks: list[Block] = []
    for line in _LINE_RE.split(text):
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line) - len(line.lstrip())
        role = Role.PARAGRAPH
        level = 0
        bullet = _BULLET_RE.match(stripped)
        heading = _MARKDOWN_HEADING_RE.match(stripped)
        if bullet and not stripped[: bullet.end()].strip()[0].isdigit():
            role = Role.LIST_ITEM
            stripped = stripped[bullet.end() :]
        elif heading:
            role, level = Role.HEADING, len(heading.group(1))
            stripped = stripped[heading.end() :]
        clean = " ".join(stripped.split())
        if not any(ch.isalnum() for ch in clean):
            continue  # rules, bullets and separators carry no text
        blocks.append(
            Block(
                text=clean,
                index=len(blocks),
                role=role,
                indent=indent,
                heading_level=level,
                words=word_count(clean),
            )
        )
    return Page(blocks=count_repeats(blocks), is_html=False)
