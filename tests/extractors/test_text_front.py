"""The plain-text front end: one block per line, bullets and headings recognised."""

from __future__ import annotations

from articlekit.blocks import Role
from articlekit.extractors.text import build_page

DUMP = """  * Home
    • World news
## A heading
1. First step of the article is here.

An ordinary paragraph line.\r
An ordinary paragraph line.
   ---
***
"""


def test_lines_become_blocks() -> None:
    blocks = build_page(DUMP).blocks
    assert [b.text for b in blocks] == [
        "Home", "World news", "A heading", "1. First step of the article is here.",
        "An ordinary paragraph line.", "An ordinary paragraph line.",
    ]  # fmt: skip
    assert [b.role for b in blocks[:3]] == [Role.LIST_ITEM, Role.LIST_ITEM, Role.HEADING]
    assert blocks[3].role is Role.PARAGRAPH  # numbered lines are often sentences
    assert blocks[0].indent == 2
    assert blocks[-1].repeats == 2
    assert not any(b.path for b in blocks)
