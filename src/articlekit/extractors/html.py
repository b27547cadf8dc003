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
from functools import cache, lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from articlekit.blocks import Block, Role, count_repeats
from articlekit.extractors.nesting import flatten_deep_nesting
from articlekit.features import word_count
from articlekit.lexicons.loader import labelled
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
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
#: Marks that documentation generators append to headings as links to them.
_ANCHOR_MARKS = " ¶🔗"
#: Lists read whole when their own class words say they are a menu ("menu", "nav").
_LIST_TAGS = frozenset({"ul", "ol"})
_WORD_SPLIT_RE = re.compile(r"[\s_-]+")


@cache
def _menu_words() -> frozenset[str]:
    return frozenset(
        word for label, word in labelled("common", "chrome_hints") if label == "navigation"
    )


def _is_menu(words: str) -> bool:
    return bool(words) and not _menu_words().isdisjoint(_WORD_SPLIT_RE.split(words))


#: An id of this many words is a slug made from a heading's text (documentation and blogs
#: anchor their sections so), not a word saying what the element is for.
MIN_SLUG_WORDS = 4
_SLUG_SPLIT_RE = re.compile(r"[-_]+")
#: Elements read whole as one block instead of walked: menus all through.
_READ_WHOLE = frozenset({"nav", "footer", "aside"})
#: Elements whose tag names what they hold, read like a class word.
_SEMANTIC_TAGS = frozenset({"nav", "aside", "footer", "figcaption"})
#: Block-level ancestors a block keeps in its path (the innermost ones): real pages nest a few
#: dozen deep; deeper nesting is broken markup and its outer levels tell nothing.
MAX_PATH_DEPTH = 128
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
#: What entering an element changes: (is a block, is a link, role it sets, heading level).
_EFFECTS: dict[str, tuple[bool, bool, Role | None, int]] = {
    **dict.fromkeys(_BLOCK_TAGS, (True, False, None, 0)),
    **{tag: (True, False, Role.HEADING, level) for tag, level in _HEADING_LEVEL.items()},
    **{tag: (tag in _BLOCK_TAGS, False, role, 0) for tag, role in _ROLE_BY_TAG.items()},
    "a": (False, True, None, 0),
    "time": (False, False, None, 0),
}
_NO_EFFECT: tuple[bool, bool, Role | None, int] = (False, False, None, 0)
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")
_JSON_LD_TYPES_KEY = "@type"


def _hints_of(attributes: dict[str, str | None], tag: str) -> str:
    ident = attributes.get("id")
    if ident and len(_SLUG_SPLIT_RE.split(ident)) >= MIN_SLUG_WORDS:
        ident = None  # "sharing-with-a-single-developer": a heading's words, not a purpose
    return _join_hints(
        tag if tag in _SEMANTIC_TAGS else "",
        attributes.get("class"),
        ident,
        attributes.get("role"),
        attributes.get("itemprop"),
    )


@lru_cache(maxsize=8192)
def _join_hints(*values: str | None) -> str:
    """Lower-case class/id words in one string; pages repeat the same class strings, so the
    answers are cached."""
    return " ".join(" ".join(v for v in values if v).lower().split())


def _walk(body: LexborNode) -> tuple[list[Block], list[tuple[int, str]]]:
    """Cut the tree under ``body`` into blocks, visiting each node once, in document order.

    The walk follows child/sibling/parent links instead of recursing, so any nesting depth
    is safe. The state of the element being read (path, hints, role, link depth) is kept in
    locals and saved on a stack when an element is entered, restored when it is left.
    """
    blocks: list[Block] = []
    times: list[tuple[int, str]] = []
    parts: list[str] = []
    has_text = False
    link_chars = 0
    link_depth = 0
    next_id = 1
    # ids and class words of the open block elements, outermost first (lists, not tuples:
    # a page nested 100,000 deep must not copy its path at every level)
    path: list[int] = [0]
    hints: list[str] = [_hints_of(body.attributes, "body")]
    tag_of_block = "body"
    role = Role.PARAGRAPH
    level = 0
    # one entry per open element: what to restore when it is left, and whether it was a block
    stack: list[tuple[bool, bool, bool, str, Role, int] | None] = []
    # class words of inline elements (span, a, em) with the characters they cover: they
    # describe the block when they cover most of it (<div><span class="byline">...)
    raw_len = 0
    inline_open: list[tuple[str, int]] = []
    inline_done: list[tuple[str, int]] = []

    def flush() -> None:
        nonlocal has_text, link_chars, parts, raw_len, inline_open
        if not parts:
            return
        if has_text:
            raw = "".join(parts)
            block_hints = hints[-MAX_PATH_DEPTH:]
            covering = [w for w, n in inline_done if 2 * n >= raw_len] + [
                w for w, start in inline_open if 2 * (raw_len - start) >= raw_len
            ]
            if covering:
                block_hints = [*block_hints[:-1], " ".join([hints[-1], *covering]).strip()]
            if role is Role.PREFORMATTED:
                text = "\n".join(" ".join(line.split()) for line in raw.strip("\n").splitlines())
            else:
                text = " ".join(raw.split())
                if role is Role.HEADING:
                    text = text.rstrip(_ANCHOR_MARKS)  # "Installation¶": a link to the heading
            if text and any(ch.isalnum() for ch in text):  # rules like "___" carry no text
                blocks.append(
                    Block(
                        text=text,
                        index=len(blocks),
                        role=role,
                        link_chars=min(link_chars, len(text)),
                        hints=tuple(block_hints),
                        tag=tag_of_block,
                        path=tuple(path[-MAX_PATH_DEPTH:]),
                        heading_level=level,
                        words=word_count(text),
                    )
                )
        parts = []
        has_text = False
        link_chars = 0
        raw_len = 0
        if inline_done:
            inline_done.clear()
        if inline_open:
            inline_open = [(w, 0) for w, _ in inline_open]

    node: LexborNode | None = body.first_child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text and (parts or not text.isspace()):  # blanks before any text separate nothing
                parts.append(text)
                raw_len += len(text)
                if link_depth and not text.isspace():
                    has_text = True
                    link_chars += len(" ".join(text.split()))
                elif not has_text and not text.isspace():
                    has_text = True
        elif tag and tag[0] != "-":
            attributes = node.attributes
            hidden = attributes and (
                "hidden" in attributes
                or ("style" in attributes and _HIDDEN_STYLE_RE.search(attributes["style"] or ""))
            )
            if not hidden and (
                tag in _READ_WHOLE
                or (tag in _LIST_TAGS and attributes and _is_menu(_hints_of(attributes, tag)))
            ):
                # a navigation element is menus all through: read as one block, not walked
                if parts:
                    flush()
                text = " ".join(node.text(separator=" ").split())
                if text:
                    blocks.append(
                        Block(
                            text=text,
                            index=len(blocks),
                            link_chars=len(text),
                            hints=(*hints[-MAX_PATH_DEPTH + 1 :], _hints_of(attributes, tag)),
                            tag=tag,
                            path=(*path[-MAX_PATH_DEPTH + 1 :], next_id),
                            words=word_count(text),
                        )
                    )
                    next_id += 1
            elif not hidden:
                words = _hints_of(attributes, tag) if attributes or tag in _SEMANTIC_TAGS else ""
                effect = _EFFECTS.get(tag)
                if effect is None and not words:
                    # a plain inline element (span, em, b): nothing to set or restore
                    entry = None
                else:
                    is_block, is_link, new_role, new_level = effect or _NO_EFFECT
                    is_described = bool(words) and not is_block
                    entry = (is_block, is_link, is_described, tag_of_block, role, level)
                    if is_block:
                        if parts:
                            flush()
                        path.append(next_id)
                        hints.append(words)
                        tag_of_block = tag
                        next_id += 1
                    elif is_described:
                        inline_open.append((words, raw_len))
                    if new_role is not None:
                        role, level = new_role, new_level
                    if is_link:
                        link_depth += 1
                    elif tag == "time" and attributes.get("datetime"):
                        times.append((len(blocks), str(attributes["datetime"])))
                child = node.first_child
                if child is not None:
                    stack.append(entry)
                    node = child
                    continue
                if entry is not None:  # an empty element is left at once
                    if entry[0]:
                        path.pop()
                        hints.pop()
                    if entry[1]:
                        link_depth -= 1
                    if entry[2]:
                        inline_open.pop()
                    tag_of_block, role, level = entry[3], entry[4], entry[5]
        # climb to the next sibling, leaving every element that ends here
        while node is not None and node.next is None:
            node = node.parent
            if not stack:
                node = None
                break
            entry = stack.pop()
            if entry is None:
                continue
            was_block, was_link, was_described, tag_before, role_before, level_before = entry
            if was_block:
                if parts:
                    flush()  # the text gathered inside the element belongs to it
                path.pop()
                hints.pop()
            if was_link:
                link_depth -= 1
            if was_described:
                words, start = inline_open.pop()
                inline_done.append((words, raw_len - start))
            tag_of_block, role, level = tag_before, role_before, level_before
        if node is not None:
            node = node.next
    flush()
    return blocks, times


#: Every element the declared metadata is read from, found in one pass over the tree.
_META_QUERY = (
    'meta, title, script[type="application/ld+json"], a[rel~="author"], link[rel~="author"]'
)


def _read_meta(tree: LexborHTMLParser) -> PageMeta:
    meta: dict[str, list[str]] = {}
    title: str | None = None
    json_ld: list[dict[str, Any]] = []
    rel_authors: list[str] = []
    for node in tree.css(_META_QUERY):
        tag = node.tag
        if tag == "meta":
            attributes = node.attributes
            # some pages put the value in "value" ("<meta name="Author" value="...">")
            content = attributes.get("content", attributes.get("value"))
            if content is None:
                continue
            for key in ("name", "property", "itemprop", "http-equiv"):
                name = attributes.get(key)
                if name:
                    meta.setdefault(name.strip().lower(), []).append(_SPACE_RE.sub(" ", content))
        elif tag == "title":
            if title is None:  # the first one, the document's
                title = " ".join(node.text().split())
        elif tag == "script":
            json_ld.extend(_parse_json_ld(node.text()))
        elif text := " ".join(node.text().split()):
            rel_authors.append(text)  # <a rel="author">, <link rel="author">
    authors_rel = tuple(rel_authors)
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


def build_page(html: str, utf8: bytes | None = None) -> Page:
    """Parse ``html`` and return its blocks in document order and its declared metadata.

    ``utf8``, when given, is ``html`` encoded in UTF-8: the parser reads it faster.

    Reads: the markup. Sets: every block feature but ``chrome``.
    """
    flat = flatten_deep_nesting(html)
    tree = LexborHTMLParser(utf8 if utf8 is not None and flat is html else flat)
    meta = _read_meta(tree)
    tree.strip_tags(list(_DROP_TAGS))
    body = tree.body
    blocks, times = _walk(body) if body is not None else ([], [])
    if times:
        meta = PageMeta(
            title=meta.title,
            meta=meta.meta,
            json_ld=meta.json_ld,
            lang=meta.lang,
            authors_rel=meta.authors_rel,
            times=tuple(times),
        )
    return Page(blocks=count_repeats(blocks), meta=meta, is_html=True, markup=html)
