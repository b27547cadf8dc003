"""Count, over the benchmark, which removal reasons lose truth text and which kept blocks are junk.

python benchmarks/block_errors.py [html|inscriptis|html_text]
"""

from __future__ import annotations

import sys
from collections import Counter

from articlekit.extractors import html as html_front
from articlekit.extractors import text as text_front
from articlekit.pipeline import select_body
from data import html_pages, text_pages, truths


def _stages(page):  # type: ignore[no-untyped-def]
    return select_body(page)[0]


def main() -> None:
    kind = sys.argv[1] if len(sys.argv) > 1 else "html"
    truth = truths()
    pages = html_pages() if kind == "html" else text_pages(kind)
    lost: Counter[str] = Counter()
    junk: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for key, page in pages.items():
        if kind == "html":
            built = html_front.build_page(page.decode("utf-8", "replace"))  # type: ignore[union-attr]
        else:
            built = text_front.build_page(page)  # type: ignore[arg-type]
        blocks = _stages(built)
        body = " ".join(truth[key].split())
        for b in blocks:
            inside = b.text in body
            if b.chrome is not None and inside and len(b.text) > 20:
                lost[b.chrome.value] += len(b.text)
                examples.setdefault(b.chrome.value, []).append(
                    f"{key[:6]} {b.evidence[:30]!r} {b.text[:80]!r}"
                )
            elif b.chrome is None and not inside:
                junk[b.role.value] += len(b.text)
                examples.setdefault("junk-" + b.role.value, []).append(
                    f"{key[:6]} {b.text[:100]!r}"
                )
    print("truth characters lost, by removal reason:", lost.most_common())
    print("junk characters kept, by role:", junk.most_common())
    for name, rows in examples.items():
        print(f"== {name} ({len(rows)})")
        for row in rows[:: max(1, len(rows) // 12)][:12]:
            print("   ", row)


if __name__ == "__main__":
    main()


def per_page(kind: str = "html") -> None:
    """Pages ranked by junk kept and truth lost (characters)."""
    truth = truths()
    pages = html_pages() if kind == "html" else text_pages(kind)
    rows = []
    for key, page in pages.items():
        built = (
            html_front.build_page(page.decode("utf-8", "replace"))  # type: ignore[union-attr]
            if kind == "html"
            else text_front.build_page(page)  # type: ignore[arg-type]
        )
        body = " ".join(truth[key].split())
        blocks = _stages(built)
        junk = sum(len(b.text) for b in blocks if b.chrome is None and b.text not in body)
        lost = sum(
            len(b.text)
            for b in blocks
            if b.chrome is not None and b.text in body and len(b.text) > 20
        )
        rows.append((junk, lost, key))
    for junk, lost, key in sorted(rows, reverse=True)[:15]:
        print(f"junk {junk:6} lost {lost:6} {key}")
    for junk, lost, key in sorted(rows, key=lambda r: -r[1])[:15]:
        print(f"lost {lost:6} junk {junk:6} {key}")
