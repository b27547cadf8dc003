"""Plain-text front end: every non-empty line of a text dump is a block.

Text dumps made from pages (a browser's copy, inscriptis, html-text, a crawler's text) keep one
block of the page per line; list items start with a bullet, and some converters indent nested
elements. The bullet becomes the ``list_item`` role, the indentation the ``indent`` feature.

Crawlers that write Markdown (html2text, reader services) mark links, images, emphasis and
quotes: a dump with a few Markdown links is read as Markdown. A link keeps its text and counts
as link text (``link_chars``, as in HTML), its address goes; images go (their alt text is a
caption); ``**bold**`` and backslash escapes lose their marks; ``> `` makes a block quote.
"""

from __future__ import annotations

import re
from itertools import islice

from articlekit.blocks import Block, Role, count_repeats
from articlekit.features import word_count
from articlekit.page import Page

__all__ = ["build_page"]

_BULLET_RE = re.compile(r"^(?:[*+•◦▪·‣–-]|\d{1,2}[.)])\s+")
_LINE_RE = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s+")
#: A Markdown link ``[text](address "title")``; an image is the same after a "!".
_MD_LINK_RE = re.compile(r"(!?)\[([^\[\]]*)\]\(\s*<?[^()\s>]*>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_MD_AUTOLINK_RE = re.compile(r"<(?:https?://|mailto:)[^>\s]+>")
_MD_REFERENCE_RE = re.compile(r"^\[[^\]]+\]:\s*\S+")
#: Emphasis marks around at most MAX_EMPHASIS_CHARS characters (a bound keeps a line of a
#: thousand unmatched "**" linear).
MAX_EMPHASIS_CHARS = 300
_MD_EMPHASIS_RE = re.compile(
    rf"\*\*(?=\S)([^*]{{1,{MAX_EMPHASIS_CHARS}}}?)(?<=\S)\*\*"
    rf"|__(?=\S)([^_]{{1,{MAX_EMPHASIS_CHARS}}}?)(?<=\S)__"
    rf"|(?<![\w*])\*(?=\S)([^*]{{1,{MAX_EMPHASIS_CHARS}}}?)(?<=\S)\*(?![\w*])"
    rf"|(?<![\w_])_(?=\S)([^_]{{1,{MAX_EMPHASIS_CHARS}}}?)(?<=\S)_(?![\w_])"
)
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_MD_QUOTE_RE = re.compile(r"^>\s?")
#: Private-use characters that mark link text in a Markdown dump while it is read.
_LINK_OPEN, _LINK_CLOSE = "\ue000", "\ue001"
_LINK_SPAN_RE = re.compile("\ue000([^\ue001]*)\ue001")
#: Markdown links a dump holds at least to be read as Markdown.
MIN_MARKDOWN_LINKS = 3


def build_page(text: str) -> Page:
    """Cut ``text`` into one block per non-empty line.

    Reads: the lines. Sets: text, index, role (bullets, Markdown headings), indent, repeats.
    """
    blocks: list[Block] = []
    markdown = _is_markdown(text)
    if markdown:
        text = _mark_links(text)
    for line in _LINE_RE.split(text):
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line) - len(line.lstrip())
        role = Role.PARAGRAPH
        level = 0
        if markdown:
            if _MD_REFERENCE_RE.match(stripped):
                continue  # "[1]: https://...": a link's address
            quote = _MD_QUOTE_RE.match(stripped)
            if quote:
                role = Role.BLOCKQUOTE
                stripped = stripped[quote.end() :]
        bullet = _BULLET_RE.match(stripped)
        heading = _MARKDOWN_HEADING_RE.match(stripped)
        if bullet and not stripped[: bullet.end()].strip()[0].isdigit():
            role = Role.LIST_ITEM
            stripped = stripped[bullet.end() :]
        elif heading:
            role, level = Role.HEADING, len(heading.group(1))
            stripped = stripped[heading.end() :]
        link_chars = 0
        if markdown:
            stripped, link_chars = _read_markdown(stripped)
        clean = " ".join(stripped.split())
        if not any(ch.isalnum() for ch in clean):
            continue  # rules, bullets and separators carry no text
        blocks.append(
            Block(
                text=clean,
                index=len(blocks),
                role=role,
                link_chars=min(link_chars, len(clean)),
                indent=indent,
                heading_level=level,
                words=word_count(clean),
            )
        )
    return Page(blocks=count_repeats(blocks), is_html=False)


def _is_markdown(text: str) -> bool:
    """Whether the dump writes its links in Markdown (a few ``[text](address)``)."""
    if "](" not in text:
        return False
    links = _MD_LINK_RE.finditer(text)
    return len(list(islice(links, MIN_MARKDOWN_LINKS))) == MIN_MARKDOWN_LINKS


def _link_text(match: re.Match[str]) -> str:
    """A link's text with each of its lines between link marks; nothing for an image (its alt
    text describes a picture, not the article)."""
    if match.group(1):
        return " "
    lines = [" ".join(line.split()) for line in match.group(2).split("\n")]
    return "\n".join(f" {_LINK_OPEN}{line}{_LINK_CLOSE} " if line else "" for line in lines)


def _mark_links(text: str) -> str:
    """The dump with every Markdown link replaced by its text between link marks (a link may
    span lines: a teaser card whose headline and excerpt are one link) and images removed."""
    previous = None
    while previous != text and "](" in text:  # innermost first: "[![logo](img)](home)"
        previous, text = text, _MD_LINK_RE.sub(_link_text, text)
    return text


def _read_markdown(line: str) -> tuple[str, int]:
    """A Markdown line as text: link texts kept (and counted), addresses and marks dropped.
    Returns the text and how many of its characters are link text."""
    link_chars = sum(len(found) for found in _LINK_SPAN_RE.findall(line))
    line = line.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")
    line = _MD_AUTOLINK_RE.sub(" ", line)
    line = _MD_EMPHASIS_RE.sub(lambda m: next((g for g in m.groups() if g), ""), line)
    line = _MD_ESCAPE_RE.sub(r"\1", line)
    return line, link_chars
