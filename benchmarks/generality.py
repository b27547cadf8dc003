"""Generality check: body accuracy on other projects' test pages, articlekit beside the anchors.

The shared benchmark is mostly US/UK news; these pages are not. Two sets, each scored alone:

- ``readability``: Mozilla Readability's test pages (blogs, documentation, old table and font-tag
  markup, news in other languages). Each page folder in ``pages/readability/`` holds
  ``source.html`` (the saved page) and ``expected.html`` (what Readability.js extracts from it), as
  copied from the mozilla/readability repository (``pages/readability/NOTICE.md``). Truth: the
  text of ``expected.html``, Readability.js's own output, a proxy truth that favours
  Readability-style choices (captions and some page furniture kept, everything in the one chosen
  container).
- ``newspaper4k``: the saved news pages of newspaper4k's test suite (Arabic, Burmese, Chinese,
  Japanese, Latvian, Spanish, Thai, Korean and US news), with the article text its tests expect
  (``tests/data/txt``). The pages are not copied into this project: the script downloads
  newspaper4k's source archive from the package index once (``pip download``, checked against
  its SHA-256) into ``benchmarks/.cache/`` and reads them there. Truth: newspaper4k's own
  expected text, a proxy truth that favours newspaper-style choices (story highlights and
  captions left out); newspaper4k itself is not scored against it.

Figures on both sets are indicative, not a ground truth.

Text of an HTML fragment (the truth, and readability-lxml's summary): ``html_text.extract_text``
with its default ``guess_layout=True``, which puts a blank line around block elements (p, h1-h6,
li, td, pre, div...) and joins inline text; the upstream scrapinghub benchmark turns
readability-lxml's summary into text the same way. The metric compares ``\\w+`` tokens only, so
how blocks are joined does not change a score.

Predictions: articlekit ``extract_html(source_bytes).text``; trafilatura
``extract(source_html)`` as a user calls it (defaults, comments kept) and as the shared benchmark
calls it (``include_comments=False``); readability-lxml ``Document(source_html).summary()``
turned into text as the truth is. Scored with ``metric.py`` (per-page normalised 4-gram shingles,
F1 of mean precision and recall).

Text dumps: the same pages as a crawler's text dump (``html_text.extract_text`` of the whole
source page, as the shared benchmark's ``text/html_text`` dumps were made), read by articlekit's
text front end beside the text baselines of ``text_dumps.py`` (jusText over the lines,
trafilatura over the lines as paragraphs).

Caveat for Chinese and Japanese pages: ``\\w+`` runs span whole clauses when words are not
separated by spaces, so a page has few, long tokens and its score moves in large steps.

    python benchmarks/generality.py [--set readability|newspaper4k|all] [--pages DIR] [--worst N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from anchors import block_network, machine_lines, print_header, scored_run
from metric import page_counts, page_f1
from text_dumps import TEXT_EXTRACTORS

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages" / "readability"
CACHE = HERE / ".cache"
READABILITY_CAVEAT = (
    "truth = Readability.js's own expected.html (a proxy truth that favours Readability-style "
    "choices such as kept captions and page furniture): figures are indicative"
)
NEWSPAPER_CAVEAT = (
    "truth = the text newspaper4k's own tests expect (a proxy truth that favours its choices, "
    "such as story highlights left out): figures are indicative"
)
#: newspaper4k's source archive on the package index, with its test pages
NEWSPAPER_SDIST = "newspaper4k-0.9.6.tar.gz"
NEWSPAPER_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
NEWSPAPER_LANGUAGES = {
    "arabic": "ar", "burmese": "my", "chinese": "zh", "japanese": "ja", "latvian": "lv",
    "spanish": "es", "thai": "th", "yna": "ko",
}  # fmt: skip


def html_to_text(html: str) -> str:
    """Text of an HTML page or fragment, a blank line between blocks (html-text's layout)."""
    import html_text

    return str(html_text.extract_text(html))


def articlekit_text(page: bytes) -> str:
    """articlekit as a user calls it on a saved page."""
    import articlekit

    return articlekit.extract_html(page).text


def trafilatura_text(page: bytes) -> str:
    """trafilatura with its defaults (comments kept), no URL."""
    import trafilatura

    return trafilatura.extract(_decoded(page)) or ""


def trafilatura_no_comments(page: bytes) -> str:
    """trafilatura as the shared benchmark calls it (``include_comments=False``)."""
    import trafilatura

    return trafilatura.extract(_decoded(page), include_comments=False) or ""


def readability_text(page: bytes) -> str:
    """readability-lxml's summary, turned into text the same way as the truth."""
    from readability import Document

    return html_to_text(Document(_decoded(page)).summary())


#: name -> extractor, in the order the table prints them
EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "articlekit": articlekit_text,
    "trafilatura": trafilatura_text,
    "trafilatura (no comments)": trafilatura_no_comments,
    "readability-lxml": readability_text,
}


def load_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """``pages.json``: page name -> its kind and language (empty if the file is missing)."""
    path = folder / "pages.json"
    if not path.is_file():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_pages(folder: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """Source bytes and truth text of every page folder that has both files."""
    sources: dict[str, bytes] = {}
    truths: dict[str, str] = {}
    for page in sorted(path for path in folder.iterdir() if path.is_dir()):
        source, expected = page / "source.html", page / "expected.html"
        if source.is_file() and expected.is_file():
            sources[page.name] = source.read_bytes()
            truths[page.name] = html_to_text(expected.read_text(encoding="utf-8"))
    return sources, truths


@dataclass(frozen=True)
class PageSet:
    """Saved pages with their truth text, and what each page is."""

    title: str
    caveat: str
    sources: dict[str, bytes]
    truths: dict[str, str]
    manifest: dict[str, dict[str, str]]


def readability_set(folder: Path) -> PageSet:
    """The Readability test pages copied into ``folder``."""
    sources, truths = load_pages(folder)
    if not sources:
        raise SystemExit(f"no page folders with source.html and expected.html under {folder}")
    return PageSet(
        "Readability test pages", READABILITY_CAVEAT, sources, truths, load_manifest(folder)
    )


def newspaper_sdist() -> Path:
    """newspaper4k's source archive, downloaded once into ``CACHE`` and checked."""
    archive = CACHE / NEWSPAPER_SDIST
    if not archive.is_file():
        CACHE.mkdir(exist_ok=True)
        name, version = NEWSPAPER_SDIST.removesuffix(".tar.gz").rsplit("-", 1)
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
        command += ["--no-binary", ":all:", "--dest", str(CACHE), f"{name}=={version}"]
        if subprocess.run(command, check=False).returncode != 0 or not archive.is_file():
            raise SystemExit(f"could not download {NEWSPAPER_SDIST} from the package index")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != NEWSPAPER_SHA256:
        raise SystemExit(f"{archive}: SHA-256 {digest}, expected {NEWSPAPER_SHA256}")
    return archive


def newspaper_set() -> PageSet:
    """newspaper4k's saved test pages that have an expected text, read from its archive."""
    html: dict[str, bytes] = {}
    text: dict[str, str] = {}
    with tarfile.open(newspaper_sdist()) as archive:
        for member in archive.getmembers():
            path = Path(member.name)
            if not member.isfile() or path.parent.parent.name != "data":
                continue
            stream = archive.extractfile(member)
            if stream is None:
                continue
            if path.parent.name == "html" and path.suffix == ".html":
                html[path.stem] = stream.read()
            elif path.parent.name == "txt" and path.suffix == ".txt":
                text[path.stem] = stream.read().decode("utf-8")
    names = sorted(html.keys() & text.keys())
    manifest = {
        name: {
            "kind": "news" if "main_site" not in name else "front page",
            "language": next((c for k, c in NEWSPAPER_LANGUAGES.items() if k in name), "en"),
        }
        for name in names
    }
    return PageSet(
        "newspaper4k test pages",
        NEWSPAPER_CAVEAT,
        {name: html[name] for name in names},
        {name: text[name] for name in names},
        manifest,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=("readability", "newspaper4k", "all"), default="all", help="page set"
    )
    parser.add_argument("--pages", type=Path, default=PAGES, help="Readability page folders")
    parser.add_argument("--worst", type=int, default=0, help="per-page lines to print (0: all)")
    args = parser.parse_args()

    page_sets = []
    if args.set in ("readability", "all"):
        page_sets.append(readability_set(args.pages))
    if args.set in ("newspaper4k", "all"):
        page_sets.append(newspaper_set())
    block_network()  # after the one download: the extractors run offline
    for line in machine_lines():
        print(line)
    for page_set in page_sets:
        report(page_set, args.worst)


def report(page_set: PageSet, worst: int) -> None:
    """Score every extractor on one page set, HTML and text dumps, and list pages worst first."""
    sources, truths, manifest = page_set.sources, page_set.truths, page_set.manifest
    print_header(f"Generality: {len(sources)} {page_set.title}, scrapinghub metric")
    print(f"note        {page_set.caveat}")
    print()

    predictions: dict[str, dict[str, str]] = {}
    for name, extract in EXTRACTORS.items():

        def call(page: bytes, url: str, extract: Callable[[bytes], str] = extract) -> str:
            return extract(page)

        run, _ = scored_run(name, call, sources, {}, truths)
        predictions[name] = run.predictions

    print()
    print("Text dumps of the same pages (html_text of the whole source page):")
    dumps = {page: html_to_text(_decoded(source)) for page, source in sources.items()}
    for name, read in TEXT_EXTRACTORS.items():
        scored_run(name, read, dumps, {}, truths)

    anchors = [name for name in EXTRACTORS if name != "articlekit"]
    rows = []
    for page in sources:
        own = page_f1(truths[page], predictions["articlekit"][page])
        best_name = max(anchors, key=lambda name: page_f1(truths[page], predictions[name][page]))
        best = page_f1(truths[page], predictions[best_name][page])
        rows.append((own, page, best_name, best))
    rows.sort()
    shown = rows[:worst] if worst else rows
    print()
    print("per page, worst articlekit F1 first (its precision and recall: low P = kept chrome,")
    print("low R = lost text), the best anchor on the page beside it:")
    print(
        f"{'page':<18} {'kind':<30} {'lang':<4} {'F1':>6} {'P':>6} {'R':>6}  {'anchor F1':>9}  anchor"
    )
    for own, page, best_name, best in shown:
        info = manifest.get(page, {})
        tp, fp, fn = page_counts(truths[page], predictions["articlekit"][page])
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(
            f"{page:<18} {info.get('kind', '')[:30]:<30} {info.get('language', ''):<4} "
            f"{own:>6.3f} {precision:>6.3f} {recall:>6.3f}  {best:>9.3f}  {best_name}"
        )


def _decoded(page: bytes) -> str:
    """The page as text for html_text (the saved pages of both sets are UTF-8)."""
    return page.decode("utf-8", errors="replace")


if __name__ == "__main__":
    main()
