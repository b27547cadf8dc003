"""Load the shared benchmark pages (read in place from ../shared, never copied)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SCRAPINGHUB = SHARED / "benchmarks" / "scrapinghub"


def require_shared() -> None:
    if not SCRAPINGHUB.is_dir():
        raise SystemExit(f"the shared benchmark is not at {SCRAPINGHUB}; see README.md")


def truths() -> dict[str, str]:
    data = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: value["articleBody"] for key, value in sorted(data.items())}


def urls() -> dict[str, str]:
    data = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: value["url"] for key, value in sorted(data.items())}


def html_pages() -> dict[str, bytes]:
    return {
        path.name.removesuffix(".html.gz"): gzip.decompress(path.read_bytes())
        for path in sorted((SCRAPINGHUB / "html").glob("*.html.gz"))
    }


#: Dump kinds made here from the HTML pages rather than read from the shared benchmark.
GENERATED_KINDS = ("markdown",)
#: Elements a crawler's Markdown leaves out (their text is never shown).
_UNSHOWN = ["script", "style", "noscript", "template", "svg", "head"]


def text_pages(converter: str) -> dict[str, str]:
    """The dumps of one kind: the shared benchmark's (``inscriptis``, ``html_text``), or
    ``markdown``, made here as a crawler that writes Markdown would (markdownify over the page
    without its unshown elements, ATX headings)."""
    if converter == "markdown":
        return {key: markdown_dump(page) for key, page in html_pages().items()}
    return {
        path.stem: path.read_text(encoding="utf-8")
        for path in sorted((SCRAPINGHUB / "text" / converter).glob("*.txt"))
    }


def markdown_dump(page: bytes) -> str:
    """The page as Markdown: links, images, emphasis and headings marked, chrome included."""
    from markdownify import markdownify
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page)
    tree.strip_tags(_UNSHOWN)
    return str(markdownify(tree.html or "", heading_style="ATX"))
