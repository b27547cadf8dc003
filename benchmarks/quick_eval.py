"""Score articlekit alone on the shared benchmark (HTML and both text dumps), worst pages first.

    python benchmarks/quick_eval.py [html|inscriptis|html_text] [--worst N]
"""

from __future__ import annotations

import argparse
import time

import articlekit
from data import html_pages, require_shared, text_pages, truths
from metric import page_f1, score


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=["html", "inscriptis", "html_text"])
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args()
    require_shared()
    truth = truths()
    for name in args.sets:
        pages: dict[str, str | bytes]
        if name == "html":
            pages = dict(html_pages())
            fn = articlekit.extract_html
        else:
            pages = dict(text_pages(name))
            fn = articlekit.extract_text
        start = time.perf_counter()
        predictions = {key: fn(page).text for key, page in pages.items()}
        elapsed = (time.perf_counter() - start) / len(pages) * 1000
        print(score(truth, predictions).line(f"articlekit {name}"), f" {elapsed:.2f} ms/page")
        if args.worst:
            ranked = sorted(pages, key=lambda k: page_f1(truth[k], predictions[k]))
            for key in ranked[: args.worst]:
                print(f"  {page_f1(truth[key], predictions[key]):.3f} {key}")


if __name__ == "__main__":
    main()
