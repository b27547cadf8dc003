"""Body accuracy on the 181 HTML pages of the shared benchmark, articlekit beside the anchors.

Every extractor runs on the same pages in the same process and is scored with the benchmark's
metric (``metric.py``). A page on which a library raises gets an empty prediction; the count of
such pages is printed on its line.

    python benchmarks/accuracy.py [--worst N] [--save results/accuracy.json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from anchors import (
    HTML_EXTRACTORS,
    block_network,
    machine_lines,
    print_header,
    scored_run,
)
from data import html_pages, require_shared, truths, urls
from metric import Score, page_f1

#: issue 3's targets for articlekit on the HTML pages
TARGET_F1 = 0.970
TARGET_PRECISION = 0.95
TARGET_RECALL = 0.98
#: pages slower than this many ms are listed: no input should take long
SLOW_PAGE_MS = 200.0


def _score_dict(value: Score) -> dict[str, float]:
    return {
        "f1": value.f1,
        "f1_std": value.f1_std,
        "precision": value.precision,
        "recall": value.recall,
        "accuracy": value.accuracy,
    }


def run(worst: int = 0) -> dict[str, Any]:
    """Score every HTML extractor; print one line each, the delta and the targets."""
    truth = truths()
    pages = html_pages()
    page_urls = urls()
    print_header(
        f"HTML accuracy: {len(pages)} pages, scrapinghub metric "
        "(F1 of mean precision and recall; ± = bootstrap std over pages)"
    )
    results: dict[str, Any] = {}
    scores: dict[str, Score] = {}
    runs = {}
    for name, extract in HTML_EXTRACTORS.items():
        result, scores[name] = scored_run(name, extract, pages, page_urls, truth)
        runs[name] = result
        results[name] = {
            **_score_dict(scores[name]),
            "failures": result.failures,
            "empty": result.empty_count(),
            "ms_per_page_single_pass": result.ms_per_page(),
        }
    anchor_scores = {name: value for name, value in scores.items() if name != "articlekit"}
    best = max(anchor_scores, key=lambda name: anchor_scores[name].f1)
    ours = scores["articlekit"]
    delta = ours.f1 - anchor_scores[best].f1
    print(f"articlekit − best anchor ({best}): F1 {delta:+.3f}")
    met = (
        ours.f1 >= TARGET_F1 and ours.precision >= TARGET_PRECISION and ours.recall >= TARGET_RECALL
    )
    print(
        f"target: F1 ≥ {TARGET_F1:.3f}, precision ≥ {TARGET_PRECISION:.2f}, recall ≥ "
        f"{TARGET_RECALL:.2f}: {'met' if met else 'not met'}"
    )
    ak_run = runs["articlekit"]
    slow_pages = [key for key, seconds in ak_run.seconds.items() if seconds * 1000 > SLOW_PAGE_MS]
    print(
        f"articlekit slowest pages (single pass, after one warm-up page): {ak_run.slowest()}"
        + (f"; {len(slow_pages)} over {SLOW_PAGE_MS:.0f} ms" if slow_pages else "")
    )
    for key in ak_run.failures:
        print(f"  articlekit failed on {key}: {ak_run.failures[key]}")
    if worst:
        ranked = sorted(pages, key=lambda key: page_f1(truth[key], ak_run.predictions[key]))
        print(f"articlekit worst {worst} pages (page F1, best anchor's page F1):")
        for key in ranked[:worst]:
            ours_page = page_f1(truth[key], ak_run.predictions[key])
            theirs = page_f1(truth[key], runs[best].predictions[key])
            print(f"  {ours_page:.3f}  {theirs:.3f}  {key}")
    results["best_anchor"] = best
    results["delta_f1"] = delta
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=0, help="list articlekit's N worst pages")
    parser.add_argument("--save", help="write the figures to this JSON file")
    args = parser.parse_args()
    require_shared()
    block_network()
    print("\n".join(machine_lines()))
    results = run(args.worst)
    if args.save:
        Path(args.save).parent.mkdir(parents=True, exist_ok=True)
        Path(args.save).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
