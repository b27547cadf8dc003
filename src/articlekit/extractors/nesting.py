"""Keep absurdly deep markup from making the HTML parser slow.

An HTML5 parser checks the stack of open elements at every start tag, so a page nested
100,000 deep costs it minutes. Real pages nest a few dozen deep. Pages dense with tags are
scanned once; start tags past a depth no page needs are dropped with their end tags, and the
text between them stays.
"""

from __future__ import annotations

import re

__all__ = ["flatten_deep_nesting"]

#: Pages with at least one tag in this many characters are scanned (text-rich pages are not).
DENSE_CHARS_PER_TAG = 10
#: Pages shorter than this cannot nest deep enough to matter.
MIN_SCAN_CHARS = 100_000
#: Depth past which start tags are dropped: far more than any real page, and cheap to parse.
MAX_DEPTH = 1_000

_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def flatten_deep_nesting(html: str) -> str:
    """Return ``html``, or a copy without the start and end tags nested past :data:`MAX_DEPTH`."""
    if len(html) < MIN_SCAN_CHARS or html.count("<") * DENSE_CHARS_PER_TAG < len(html):
        return html
    depth = 0
    dropped: dict[str, int] = {}
    pieces: list[str] = []
    last = 0
    for match in _TAG_RE.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        if not closing:
            if depth >= MAX_DEPTH:
                dropped[name] = dropped.get(name, 0) + 1
                pieces.append(html[last : match.start()])
                last = match.end()
            else:
                depth += 1
        elif dropped.get(name):
            dropped[name] -= 1
            pieces.append(html[last : match.start()])
            last = match.end()
        else:
            depth = max(0, depth - 1)
    if last == 0:
        return html
    pieces.append(html[last:])
    return "".join(pieces)
