"""HTML front end: parse with selectolax (lexbor) and cut the DOM into text blocks.

One walk over the ``<body>`` in document order. A block-level element (``p``, ``div``, ``li``,
``h2``, ``br``...) ends the text gathered so far and starts a new block; inline elements add
their text to the current one. Each block keeps the features the stages need: its role, the
characters inside links, the class/id words of its ancestors (``hints``) and the ids of its
block-level ancestors (``path``). The page's own metadata (``<title>``, ``<meta>``, JSON-LD,
``lang``) is read from the DOM before the walk.
"""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from articlekit.blocks import Block, Role, count_repeats
from articlekit.page import Page, PageMeta

__all__ = ["build_page"]

#: Elements whose content is never text of the page.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "textarea", "button", "input", "audio", "video", "map",
    "dialog", "head",
)  # fmt: skip
#: Elements that start and end a block.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu "
    "nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
#: Elements whose tag names what they hold, read like a class word.
_SEMANTIC_TAGS = frozenset({"nav", "aside", "footer", "figcaption"})
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Role of a block by the nearest ancestor tag that decides it (innermost wins).
_ROLE_BY_TAG = {
    "li": Role.LIST_ITEM,
    "dd": Role.LIST_ITEM,
    "dt": Role.LIST_ITEM,
    "blockquote": Role.BLOCKQUOTE,
    "figcaption": Role.CAPTION,
    "caption": Role.CAPTION,
    "pre": Role.PREFORMATTED,
    "td": Role.TABLE_CELL,
    "th": Role.TABLE_CELL,
}
#: Attributes whose words describe what an element is for.
_HINT_ATTRIBUTES = ("class", "id", "role", "itemprop", "data-component", "aria-label")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")
_JSON_LD_TYPES_KEY = "@type"


class _Frame:
    """An open element during the walk."""

    __slots__ = ("block_id", "hints", "is_link", "tag")

    def __init__(self, tag: str, hints: str, block_id: int, *, is_link: bool) -> None:
        self.tag = tag
        self.hints = hints
        self.block_id = block_id
        self.is_link = is_link


class _Builder:
    """Collects inline text into blocks while the walk enters and leaves elements."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.frames: list[_Frame] = []
        self.parts: list[str] = []
        self.has_text = False
        self.link_chars = 0
        self.link_depth = 0
        self.next_block_id = 1
        self.times: list[tuple[int, str]] = []

    def flush(self) -> None:
        if not self.has_text:
            self.parts = []
            return
        self.has_text = False
        raw = "".join(self.parts)
        self.parts = []
        link_chars = self.link_chars
        self.link_chars = 0
        role = Role.PARAGRAPH
        level = 0
        tag = "body"
        preformatted = False
        for frame in reversed(self.frames):
            if frame.block_id:
                tag = frame.tag
                break
        for frame in reversed(self.frames):
            if frame.tag in _HEADING_LEVEL:
                role, level = Role.HEADING, _HEADING_LEVEL[frame.tag]
                break
            found = _ROLE_BY_TAG.get(frame.tag)
            if found is not None:
                role = found
                preformatted = found is Role.PREFORMATTED
                break
        if preformatted:
            text = "\n".join(" ".join(line.split()) for line in raw.strip("\n").splitlines())
        else:
            text = " ".join(raw.split())
        if not text:
            return
        path: list[int] = []
        hints: list[str] = []
        for frame in self.frames:
            if frame.block_id:
                path.append(frame.block_id)
                hints.append(frame.hints)
            elif frame.hints and hints:
                # an inline element's words describe the block it sits in
                hints[-1] = f"{hints[-1]} {frame.hints}"
        self.blocks.append(
            Block(
                text=text,
                index=len(self.blocks),
                role=role,
                link_chars=min(link_chars, len(text)),
                hints=tuple(hints),
                tag=tag,
                path=tuple(path),
                heading_level=level,
            )
        )

    def add_text(self, text: str) -> None:
        self.parts.append(text)
        if text.isspace():
            return
        self.has_text = True
        if self.link_depth:
            self.link_chars += len(" ".join(text.split()))

    def enter(self, node: LexborNode, tag: str) -> None:
        attributes = node.attributes
        hints = " ".join(
            " ".join(value.lower().split())
            for name in _HINT_ATTRIBUTES
            if (value := attributes.get(name))
        )
        if tag in _SEMANTIC_TAGS:
            hints = f"{tag} {hints}" if hints else tag
        is_block = tag in _BLOCK_TAGS
        if is_block:
            self.flush()
        block_id = 0
        if is_block:
            block_id = self.next_block_id
            self.next_block_id += 1
        is_link = tag == "a"
        if is_link:
            self.link_depth += 1
        elif tag == "time":
            stamp = attributes.get("datetime")
            if stamp:
                self.times.append((len(self.blocks), stamp))
        self.frames.append(_Frame(tag, hints, block_id, is_link=is_link))

    def leave(self) -> None:
        frame = self.frames.pop()
        if frame.is_link:
            self.link_depth -= 1
        if frame.block_id:
            # the text gathered inside the element belongs to it, not to its parent
            self.frames.append(frame)
            self.flush()
            self.frames.pop()


def _is_hidden(node: LexborNode) -> bool:
    attributes = node.attributes
    if "hidden" in attributes:
        return True
    style = attributes.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(style))


def _walk(body: LexborNode, builder: _Builder) -> None:
    """Visit every node under ``body`` in document order without recursion."""
    builder.enter(body, "body")
    depth = 1
    node = body.first_child
    while node is not None and depth > 0:
        tag = node.tag
        descend = False
        if tag == "-text":
            text = node.text_content
            if text:
                builder.add_text(text)
        elif tag and tag[0] != "-" and not _is_hidden(node):
            builder.enter(node, tag)
            if node.first_child is not None:
                descend = True
            else:
                builder.leave()
        if descend:
            depth += 1
            node = node.first_child
            continue
        while node is not None and node.next is None:
            node = node.parent
            depth -= 1
            builder.leave()
            if depth == 0:
                return
        if node is None:
            return
        node = node.next


def _read_meta(tree: LexborHTMLParser) -> PageMeta:
    meta: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attributes = node.attributes
        content = attributes.get("content")
        if content is None:
            continue
        for key in ("name", "property", "itemprop", "http-equiv"):
            name = attributes.get(key)
            if name:
                meta.setdefault(name.strip().lower(), []).append(_SPACE_RE.sub(" ", content))
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node is not None else None
    json_ld: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        json_ld.extend(_parse_json_ld(node.text()))
    authors_rel = tuple(
        text
        for node in tree.css('a[rel~="author"], link[rel~="author"]')
        if (text := " ".join(node.text().split()))
    )
    lang = tree.root.attributes.get("lang") if tree.root is not None else None
    return PageMeta(
        title=title or None,
        meta={k: tuple(v) for k, v in meta.items()},
        json_ld=tuple(json_ld),
        lang=(lang or "").strip() or None,
        authors_rel=authors_rel,
    )


def _parse_json_ld(raw: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return []
    found: list[dict[str, Any]] = []
    pending: list[Any] = [data]
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending[0:0] = item
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending[0:0] = graph
            if _JSON_LD_TYPES_KEY in item:
                found.append(item)
    return found


def build_page(html: str) -> Page:
    """Parse ``html`` and return its blocks in document order and its declared metadata.

    Reads: the markup. Sets: every block feature but ``chrome``.
    """
    tree = LexborHTMLParser(html)
    meta = _read_meta(tree)
    tree.strip_tags(list(_DROP_TAGS))
    builder = _Builder()
    body = tree.body
    if body is not None:
        _walk(body, builder)
    builder.flush()
    if builder.times:
        meta = PageMeta(
            title=meta.title,
            meta=meta.meta,
            json_ld=meta.json_ld,
            lang=meta.lang,
            authors_rel=meta.authors_rel,
            times=tuple(builder.times),
        )
    return Page(blocks=tuple(count_repeats(builder.blocks)), meta=meta, is_html=True)
