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


def text_pages(converter: str) -> dict[str, str]:
    return {
        path.stem: path.read_text(encoding="utf-8")
        for path in sorted((SCRAPINGHUB / "text" / converter).glob("*.txt"))
    }
