"""Linear cost: time of a page made 10× longer, over the time of the page itself.

For a few pages spread over the size range (the smallest, the largest and evenly between, by
HTML length), a long version repeats the inner HTML of ``<body>`` ``--factor`` times inside one
``<body>``: the same markup and text, so the work per block is the same and only the count grows.
Each version is timed best of ``--repeats`` after one untimed run; the ratio long/short should stay
near the factor (≤ ~10× for 10×) for a linear extractor.

    python benchmarks/scaling.py [--pages 6] [--factor 10] [--repeats 3]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from typing import Any

from anchors import (
    articlekit_full,
    block_network,
    machine_lines,
    print_header,
    trafilatura_upstream,
)
from data import html_pages, require_shared, urls

SCALING_EXTRACTORS: dict[str, Callable[[bytes, str], str]] = {
    "articlekit": articlekit_full,
    "trafilatura": trafilatura_upstream,
}
_BODY_OPEN_RE = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE_RE = re.compile(rb"</body\s*>", re.IGNORECASE)


def lengthen(page: bytes, factor: int) -> bytes:
    """``page`` with the inner HTML of its body repeated ``factor`` times.

    Without a ``<body>`` tag the whole page is repeated.
    """
    opening = _BODY_OPEN_RE.search(page)
    if opening is None:
        return page * factor
    closings = list(_BODY_CLOSE_RE.finditer(page, opening.end()))
    end = closings[-1].start() if closings else len(page)
    inner = page[opening.end() : end]
    return page[: opening.end()] + inner * factor + page[end:]


def _best_time(extract: Callable[[bytes, str], str], page: bytes, url: str, repeats: int) -> float:
    extract(page, url)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        extract(page, url)
        best = min(best, time.process_time() - start)
    return best


def _spread(keys_by_size: list[str], count: int) -> list[str]:
    if count >= len(keys_by_size):
        return keys_by_size
    step = (len(keys_by_size) - 1) / (count - 1)
    return [keys_by_size[round(i * step)] for i in range(count)]


def run(page_count: int = 6, factor: int = 10, repeats: int = 3) -> dict[str, Any]:
    """Print time(long)/time(short) per page and overall, for each extractor."""
    pages = html_pages()
    page_urls = urls()
    chosen = _spread(sorted(pages, key=lambda key: (len(pages[key]), key)), page_count)
    print_header(
        f"Linear cost: {len(chosen)} pages and the same pages {factor}× longer "
        f"(CPU time, best of {repeats})"
    )
    results: dict[str, Any] = {}
    print(
        f"{'page':<14}{'KiB':>6}"
        + "".join(f"{name + ' ms, ratio':>30}" for name in SCALING_EXTRACTORS)
    )
    totals = {name: [0.0, 0.0] for name in SCALING_EXTRACTORS}
    worst = dict.fromkeys(SCALING_EXTRACTORS, 0.0)
    for key in chosen:
        short = pages[key]
        long = lengthen(short, factor)
        cells = []
        for name, extract in SCALING_EXTRACTORS.items():
            try:
                short_time = _best_time(extract, short, page_urls[key], repeats)
                long_time = _best_time(extract, long, page_urls[key], repeats)
            except Exception as error:  # a crash is reported on the row, the run goes on
                cells.append(f"{'failed: ' + type(error).__name__:>30}")
                continue
            ratio = long_time / short_time if short_time else float("inf")
            totals[name][0] += short_time
            totals[name][1] += long_time
            worst[name] = max(worst[name], ratio)
            cells.append(f"{short_time * 1000:>10.1f} → {long_time * 1000:>7.1f}  {ratio:>6.1f}×")
        print(f"{key[:12]:<14}{len(short) / 1024:>6.0f}" + "".join(cells), flush=True)
    for name, (short_total, long_total) in totals.items():
        overall = long_total / short_total if short_total else float("inf")
        print(
            f"{name}: all pages together {overall:.1f}× for {factor}× the page, "
            f"worst page {worst[name]:.1f}×"
        )
        results[name] = {"overall_ratio": overall, "worst_ratio": worst[name]}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    require_shared()
    block_network()
    print("\n".join(machine_lines()))
    run(args.pages, args.factor, args.repeats)


if __name__ == "__main__":
    main()
