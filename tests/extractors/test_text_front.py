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


MARKDOWN = """[Home](https://example.com/) | [News](https://example.com/news) | [Sport](/sport)
![logo](https://example.com/logo.png)
# Council puts off its budget vote
> "We will not give up," the mayor said.
The council met on **Tuesday** and _voted_ to wait, [the report](https://e.com/r "Report") says.
[1]: https://example.com/footnote
"""


def test_markdown_dump_keeps_link_texts_and_drops_addresses() -> None:
    blocks = build_page(MARKDOWN).blocks
    assert [b.text for b in blocks] == [
        "Home | News | Sport",
        "Council puts off its budget vote",
        '"We will not give up," the mayor said.',
        "The council met on Tuesday and voted to wait, the report says.",
    ]
    assert blocks[0].link_chars == len("HomeNewsSport")
    assert [b.role for b in blocks[1:3]] == [Role.HEADING, Role.BLOCKQUOTE]
    assert blocks[3].link_chars == len("the report")


def test_brackets_in_plain_text_are_left_alone() -> None:
    text = "See [the appendix] (page 4) for details.\nThe list [1] (2019) is long."
    assert [b.text for b in build_page(text).blocks] == [
        "See [the appendix] (page 4) for details.",
        "The list [1] (2019) is long.",
    ]


def test_markdown_link_over_several_lines_is_link_text_on_each() -> None:
    text = (
        "[Home](/) [News](/news) [Sport](/sport)\n\n"
        "[Why farmers may want to paint their cows with zebra stripes\n\n"
        "Some people thought the stripy cattle were a joke, but the science is sound.\n\n"
        "32M ago](https://example.com/news/zebra-stripes)\n"
    )
    blocks = build_page(text).blocks
    assert [b.text for b in blocks[1:]] == [
        "Why farmers may want to paint their cows with zebra stripes",
        "Some people thought the stripy cattle were a joke, but the science is sound.",
        "32M ago",
    ]
    assert all(b.link_chars == len(b.text) for b in blocks[1:])


def test_markdown_emphasis_marks_go_and_unmatched_ones_stay() -> None:
    text = "[a](b) [c](d) [e](f)\nHe said **very** clearly that __it__ is *so*, _not_ 2 * 3 or snake_case."
    assert build_page(text).blocks[1].text == (
        "He said very clearly that it is so, not 2 * 3 or snake_case."
    )
