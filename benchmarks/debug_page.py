"""Show one benchmark page's blocks with their fate, beside the truth (a development aid).

python benchmarks/debug_page.py ID [html|inscriptis|html_text]
"""

from __future__ import annotations

import sys

from articlekit.extractors import html as html_front
from articlekit.extractors import text as text_front
from articlekit.pipeline import select_body
from articlekit.stages.select import block_weight
from data import html_pages, text_pages, truths
from metric import page_f1


def main() -> None:
    key = sys.argv[1]
    kind = sys.argv[2] if len(sys.argv) > 2 else "html"
    truth = truths()[key]
    if kind == "html":
        page = html_front.build_page(html_pages()[key].decode("utf-8", "replace"))
    else:
        page = text_front.build_page(text_pages(kind)[key])
    blocks, _ = select_body(page)
    kept = "\n".join(b.text for b in blocks if b.chrome is None)
    print("F1", round(page_f1(truth, kept), 3))
    for b in blocks:
        mark = "KEEP" if b.chrome is None else b.chrome.value[:8]
        inside = "T" if b.text[:40] in truth else " "
        print(
            f"{b.index:4} {mark:8} {inside} {block_weight(b):7.0f} {b.role.value[:4]} "
            f"{(b.hints[-1] if b.hints else '')[-50:]!r:54} {b.text[:90]!r}"
        )
    print("---- TRUTH ----")
    print(truth[:3000])


if __name__ == "__main__":
    main()
