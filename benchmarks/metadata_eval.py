"""Score the metadata of the annotated samples: authors, source, date, title.

    python benchmarks/metadata_eval.py [--others]

Pages: the seed (``../shared/samples/rt-arabic-raqqa``) and the development pages of
``../shared/samples/dev`` (read in place), each beside its ``.expected.json``. HTML pages go
through ``extract_html``, text pages through ``extract_text``. Per page and overall:

- authors: the list exactly right (same names, same spelling; order aside);
- source: the credited agency exactly as expected (``None`` when none is expected);
- date: the same calendar day as expected (``None`` when the page prints none);
- title: exactly the expected headline (whitespace aside).

With ``--others``, trafilatura's and newspaper4k's title/authors/date on the same HTML pages
(those installed), scored the same way, for comparison (neither reports a source agency).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import articlekit

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"
FIELDS = ("authors", "source", "date", "title")


def pages() -> list[tuple[Path, dict[str, Any]]]:
    """Every annotated page: (path of the page, its expected JSON)."""
    found = []
    for expected in sorted(
        [*SAMPLES.glob("*.expected.json"), *SAMPLES.glob("dev/*.expected.json")]
    ):
        stem = expected.name.removesuffix(".expected.json")
        for suffix in (".html", ".txt"):
            page = expected.with_name(stem + suffix)
            if page.is_file():
                found.append((page, json.loads(expected.read_text(encoding="utf-8"))))
    return found


def expected_authors(truth: dict[str, Any]) -> list[str]:
    if "authors" in truth:
        return list(truth["authors"] or [])
    return [truth["author"]] if truth.get("author") else []


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def score(truth: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    """Which fields are right: ``got`` holds authors (list), source, date (datetime), title."""
    got_date = got.get("date")
    return {
        "authors": sorted(map(_norm, got.get("authors") or []))
        == sorted(map(_norm, expected_authors(truth))),
        "source": _norm(got.get("source")) == _norm(truth.get("source")),
        "date": (got_date.date() if isinstance(got_date, datetime) else None)
        == _day(truth.get("date")),
        "title": _norm(got.get("title")) == _norm(truth.get("title")),
    }


def ours(path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    article = (articlekit.extract_html if path.suffix == ".html" else articlekit.extract_text)(data)
    return {
        "authors": list(article.authors),
        "source": article.source,
        "date": article.date,
        "title": article.title,
    }


def trafilatura_meta(path: Path) -> dict[str, Any] | None:
    import trafilatura

    if path.suffix != ".html":
        return None
    meta = trafilatura.extract_metadata(path.read_text(encoding="utf-8", errors="replace"))
    if meta is None:
        return {}
    authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()]
    found = datetime.fromisoformat(meta.date) if meta.date else None
    return {"authors": authors, "source": None, "date": found, "title": meta.title}


def newspaper_meta(path: Path) -> dict[str, Any] | None:
    import newspaper

    if path.suffix != ".html":
        return None
    article = newspaper.Article(url="https://example.com/")
    article.download(input_html=path.read_text(encoding="utf-8", errors="replace"))
    article.parse()
    return {
        "authors": list(article.authors),
        "source": None,
        "date": article.publish_date,
        "title": article.title,
    }


def report(name: str, extractor: Callable[[Path], dict[str, Any] | None], show: bool) -> None:
    totals = dict.fromkeys(FIELDS, 0)
    count = 0
    started = time.perf_counter()
    for path, truth in pages():
        got = extractor(path)
        if got is None:
            continue
        count += 1
        right = score(truth, got)
        for field in FIELDS:
            totals[field] += right[field]
        if show:
            marks = " ".join(f"{f}={'ok' if right[f] else 'NO'}" for f in FIELDS)
            print(f"{path.name:42} {marks}")
            for field in FIELDS:
                if not right[field]:
                    want = expected_authors(truth) if field == "authors" else truth.get(field)
                    print(f"    {field}: got {got.get(field)!r} want {want!r}")
    elapsed = (time.perf_counter() - started) * 1000 / max(count, 1)
    figures = "  ".join(
        f"{f} {100 * totals[f] / max(count, 1):5.1f}%" if f != "source" or show else f"{f}   n/a"
        for f in FIELDS
    )
    print(f"{name:14} pages {count:3}  {figures}  ({elapsed:.1f} ms/page)")


def main() -> None:
    if not SAMPLES.is_dir():
        raise SystemExit(f"the shared samples are not at {SAMPLES}")
    report("articlekit", ours, show=True)
    if "--others" in sys.argv:
        for name, extractor, module in (
            ("trafilatura", trafilatura_meta, "trafilatura"),
            ("newspaper4k", newspaper_meta, "newspaper"),
        ):
            try:
                __import__(module)
            except ImportError:
                print(f"{name:14} not installed (pip install -e '.[bench]')")
                continue
            report(name, extractor, show=False)


if __name__ == "__main__":
    main()
