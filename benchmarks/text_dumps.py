"""Body accuracy on the plain-text dumps of the 181 pages, articlekit beside text baselines.

The dumps (``text/inscriptis``, ``text/html_text`` of the shared benchmark, and ``markdown``, made
here from the HTML pages as a crawler that writes Markdown would: see ``data.markdown_dump``) hold
all the visible text of each page, chrome included, one block per line. No existing library reads such a dump, so the baselines feed the
lines to HTML extractors: every non-empty line becomes a ``<p>`` (text escaped) of a minimal
``<html><body>`` document.

- jusText (page language): ``justext.justext(document, stoplist)`` with jusText's default
  parameters; the stoplist is the jusText stoplist that covers the largest share of the page's
  lowercased words (English on most pages; no language detector or name table needed). The
  parameters the upstream benchmark uses on HTML (``50, 200, 0.1, 0.2, 0.2, 200, True``) do worse
  on lines (F1 0.740 and 0.709).
- jusText (English): the same with the English stoplist on every page.
- trafilatura: ``trafilatura.extract(document, include_comments=False)``, as upstream calls it.
- whole dump: the dump itself, nothing removed (recall's ceiling, precision's floor).

    python benchmarks/text_dumps.py [inscriptis] [html_text] [markdown]
"""

from __future__ import annotations

import argparse
import html
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from anchors import Run, block_network, machine_lines, print_header, scored_run
from data import GENERATED_KINDS, require_shared, text_pages, truths
from metric import Score

DUMP_KINDS = ("inscriptis", "html_text", "markdown")
#: issue 3's target for articlekit on each of the shared benchmark's dump kinds
TARGET_F1 = 0.90
_WORD_RE = re.compile(r"\w+")


def lines_as_html(text: str) -> str:
    """A minimal HTML document with each non-empty line of ``text`` as a paragraph."""
    paragraphs = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip()
    )
    return f"<html><body>\n{paragraphs}</body></html>"


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in sorted(justext.get_stoplists())}


def page_stoplist(text: str) -> str:
    """The name of the jusText stoplist holding the largest share of ``text``'s words."""
    words = [word.lower() for word in _WORD_RE.findall(text)]
    stoplists = _stoplists()
    return max(stoplists, key=lambda name: sum(word in stoplists[name] for word in words))


def _justext(text: str, stoplist: frozenset[str]) -> str:
    import justext

    paragraphs = justext.justext(lines_as_html(text), stoplist)
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def articlekit_text(text: str, url: str) -> str:
    import articlekit

    return articlekit.extract_text(text).text


def justext_page_language(text: str, url: str) -> str:
    return _justext(text, _stoplists()[page_stoplist(text)])


def justext_english(text: str, url: str) -> str:
    return _justext(text, _stoplists()["English"])


def trafilatura_lines(text: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(lines_as_html(text), include_comments=False) or ""


def whole_dump(text: str, url: str) -> str:
    return text


TEXT_EXTRACTORS: dict[str, Callable[[str, str], str]] = {
    "articlekit": articlekit_text,
    "jusText (page language)": justext_page_language,
    "jusText (English)": justext_english,
    "trafilatura (lines as <p>)": trafilatura_lines,
    "whole dump": whole_dump,
}


def run(kinds: tuple[str, ...] = DUMP_KINDS) -> dict[str, Any]:
    """Score every extractor on each dump kind; print one line each and the delta."""
    truth = truths()
    results: dict[str, Any] = {}
    for kind in kinds:
        pages = text_pages(kind)
        print_header(
            f"Text dumps, {kind}: {len(pages)} pages, scrapinghub metric "
            "(baselines read the lines as <p> paragraphs)"
        )
        scores: dict[str, Score] = {}
        runs: dict[str, Run] = {}
        results[kind] = {}
        for name, extract in TEXT_EXTRACTORS.items():
            result, scores[name] = scored_run(name, extract, pages, {}, truth)
            runs[name] = result
            results[kind][name] = {
                "f1": scores[name].f1,
                "precision": scores[name].precision,
                "recall": scores[name].recall,
                "accuracy": scores[name].accuracy,
                "failures": result.failures,
                "empty": result.empty_count(),
            }
        baselines = {
            name: value
            for name, value in scores.items()
            if name not in {"articlekit", "whole dump"}
        }
        print(f"articlekit slowest pages (single pass): {runs['articlekit'].slowest()}")
        for key, error in runs["articlekit"].failures.items():
            print(f"  articlekit failed on {key}: {error}")
        best = max(baselines, key=lambda name: baselines[name].f1)
        ours = scores["articlekit"].f1
        verdict = "met" if ours >= TARGET_F1 else "not met"
        target = (
            "no target (made here)"
            if kind in GENERATED_KINDS
            else f"target F1 ≥ {TARGET_F1:.2f}: {verdict}"
        )
        print(f"articlekit − best baseline ({best}): F1 {ours - baselines[best].f1:+.3f}; {target}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", help=f"dump kinds (default: {' '.join(DUMP_KINDS)})")
    args = parser.parse_args()
    unknown = set(args.kinds) - set(DUMP_KINDS)
    if unknown:
        parser.error(f"unknown dump kinds {sorted(unknown)}; choose from {DUMP_KINDS}")
    require_shared()
    block_network()
    print("\n".join(machine_lines()))
    run(tuple(args.kinds) or DUMP_KINDS)


if __name__ == "__main__":
    main()
