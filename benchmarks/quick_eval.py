"""Score articlekit alone on the shared benchmark (HTML and both text dumps), worst pages first.

python benchmarks/quick_eval.py [html|inscriptis|html_text|markdown] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import NamedTuple

import articlekit
from articlekit.extractors import html as html_front
from articlekit.extractors import text as text_front
from articlekit.inputs import decode_page
from articlekit.pipeline import select_body
from data import html_pages, require_shared, text_pages, truths
from metric import page_f1, score


class _Body(NamedTuple):
    text: str


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=["html", "inscriptis", "html_text"])
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--body", action="store_true", help="body selection only, no enrichers")
    parser.add_argument("--save", help="write per-page F1 to this JSON file")
    parser.add_argument("--compare", help="print pages whose F1 moved against this JSON file")
    args = parser.parse_args()
    require_shared()
    truth = truths()
    for name in args.sets:
        pages: dict[str, str | bytes]
        if name == "html":
            pages = dict(html_pages())
            fn = articlekit.extract_html
            front = html_front.build_page
        else:
            pages = dict(text_pages(name))
            fn = articlekit.extract_text
            front = text_front.build_page
        if args.body:

            def fn(page: str | bytes, front=front) -> _Body:  # type: ignore[misc]
                blocks, _ = select_body(front(decode_page(page)))
                return _Body("\n\n".join(b.text for b in blocks if b.chrome is None))

        start = time.perf_counter()
        predictions = {key: fn(page).text for key, page in pages.items()}
        elapsed = (time.perf_counter() - start) / len(pages) * 1000
        print(score(truth, predictions).line(f"articlekit {name}"), f" {elapsed:.2f} ms/page")
        per_page = {k: page_f1(truth[k], predictions[k]) for k in pages}
        if args.save:
            saved = json.loads(Path(args.save).read_text()) if Path(args.save).exists() else {}
            saved[name] = per_page
            Path(args.save).write_text(json.dumps(saved))
        if args.compare:
            before = json.loads(Path(args.compare).read_text()).get(name, {})
            moved = sorted((per_page[k] - before.get(k, 0.0), k) for k in per_page)
            for delta, key in [m for m in moved if abs(m[0]) > 0.005]:
                print(f"  {delta:+.3f} now {per_page[key]:.3f} {key}")
        if args.worst:
            ranked = sorted(pages, key=lambda k: page_f1(truth[k], predictions[k]))
            for key in ranked[: args.worst]:
                print(f"  {page_f1(truth[key], predictions[key]):.3f} {key}")


if __name__ == "__main__":
    main()
