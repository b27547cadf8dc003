"""Score the metadata of the annotated samples: authors, source, date, title.

    python benchmarks/metadata_eval.py [--others] [--dumps] [--mercury CHECKOUT | --pages DIR]

Pages: the seed (``../shared/samples/rt-arabic-raqqa``) and the development pages of
``../shared/samples/dev`` (read in place), each beside its ``.expected.json``. HTML pages go
through ``extract_html``, text pages through ``extract_text``. Per page and overall:

- authors: the list exactly right (same names, same spelling; order aside);
- source: the credited agency exactly as expected (``None`` when none is expected);
- date: the same calendar day as expected (``None`` when the page prints none);
- title: exactly the expected headline (whitespace aside).

With ``--others``, trafilatura's and newspaper4k's title/authors/date on the same HTML pages
(those installed), scored the same way, for comparison (neither reports a source agency).

With ``--dumps``, articlekit also reads a plain-text dump of each HTML page (``html_text``, the
visible text as the shared benchmark's dumps are made) and a Markdown dump (markdownify, as
``text_dumps.py`` makes them), scored the same way: the metadata of text input.

With ``--mercury CHECKOUT`` (a clone of github.com/postlight/parser), the pages are the saved
pages of Mercury Parser's site tests listed in ``pages/mercury.json`` (30 news sites, English
mostly), read from ``CHECKOUT/fixtures``: the truth is what each site's test states (title,
authors, UTC date), checked against the page and corrected where the test disagrees with the
page itself (the ``notes`` of an entry say where and why). The pages are not copied here.

With ``--pages DIR``, the pages are the folders of ``DIR`` instead, each holding ``source.html``
and ``expected.json`` as Mercury Parser's site tests state them (``title``, ``authors`` as a
list, ``date_published`` as a UTC instant; a field that is null is not scored). Mercury gives
the date in UTC: a date is right when it falls on the same day as that instant in some time
zone a page may use (within 14 hours of it), or on its UTC day.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import articlekit
from anchors import block_network

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


def folder_pages(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Pages of a folder of page folders (``source.html`` + ``expected.json``, Mercury's fields)."""
    found = []
    for page in sorted(path for path in folder.iterdir() if path.is_dir()):
        source, expected = page / "source.html", page / "expected.json"
        if source.is_file() and expected.is_file():
            data = json.loads(expected.read_text(encoding="utf-8"))
            found.append((source, {"name": page.name, **data}))
    return found


MERCURY = Path(__file__).resolve().parent / "pages" / "mercury.json"


def mercury_pages(checkout: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Mercury Parser's site-test pages of ``pages/mercury.json`` found in ``checkout``."""
    listed: dict[str, dict[str, Any]] = json.loads(MERCURY.read_text(encoding="utf-8"))
    found = []
    for name, truth in listed.items():
        source = checkout / truth["fixture_path"]
        if source.is_file():
            found.append((source, {"name": name, **truth}))
    return found


def expected_authors(truth: dict[str, Any]) -> list[str]:
    if "authors" in truth:
        return list(truth["authors"] or [])
    return [truth["author"]] if truth.get("author") else []


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


#: A page's clock is at most this far from UTC.
MAX_UTC_OFFSET = timedelta(hours=14)


def _same_day_as_instant(got: datetime | None, instant: datetime) -> bool:
    """Whether ``got`` falls on the day of the UTC ``instant`` in a time zone a page may use.

    An aware ``got`` is compared on its own clock; a naive one (a printed day) may be the
    local day anywhere from UTC-14 to UTC+14.
    """
    if got is None:
        return False
    if got.tzinfo is not None:
        return got.date() == instant.astimezone(got.tzinfo).date()
    days = {(instant + offset).date() for offset in (-MAX_UTC_OFFSET, timedelta(0), MAX_UTC_OFFSET)}
    return got.date() in days


def score(truth: dict[str, Any], got: dict[str, Any]) -> dict[str, bool | None]:
    """Which fields are right: ``got`` holds authors (list), source, date (datetime), title.

    A field the truth does not state (Mercury's pages) is ``None``: not scored.
    """
    got_date = got.get("date")
    if "date_published" in truth:  # a page of Mercury Parser's tests
        published = truth.get("date_published")
        instant = datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None
        return {
            "authors": None
            if truth.get("authors") is None
            else sorted(map(_norm, got.get("authors") or []))
            == sorted(map(_norm, truth["authors"])),
            "source": None,
            "date": None if instant is None else _same_day_as_instant(got_date, instant),
            "title": None
            if truth.get("title") is None
            else _norm(got.get("title")) == _norm(truth["title"]),
        }
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
    return _fields(article)


def _fields(article: articlekit.Article) -> dict[str, Any]:
    return {
        "authors": list(article.authors),
        "source": article.source,
        "date": article.date,
        "title": article.title,
    }


def dump_reader(kind: str) -> Callable[[Path], dict[str, Any] | None]:
    """articlekit on a text dump of each HTML page: ``html_text`` (the visible text, as the
    shared benchmark's dumps) or ``markdown`` (markdownify, as ``text_dumps.py``)."""

    def read(path: Path) -> dict[str, Any] | None:
        if path.suffix != ".html":
            return None
        if kind == "markdown":
            from data import markdown_dump

            dump = markdown_dump(path.read_bytes())
        else:
            import html_text

            dump = html_text.extract_text(path.read_text(encoding="utf-8", errors="replace"))
        return _fields(articlekit.extract_text(dump))

    return read


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


def report(
    name: str,
    extractor: Callable[[Path], dict[str, Any] | None],
    show: bool,
    page_list: list[tuple[Path, dict[str, Any]]],
    agency: bool = False,
) -> None:
    totals = dict.fromkeys(FIELDS, 0)
    scored = dict.fromkeys(FIELDS, 0)
    count = 0
    started = time.perf_counter()
    for path, truth in page_list:
        got = extractor(path)
        if got is None:
            continue
        count += 1
        right = score(truth, got)
        for field in FIELDS:
            if right[field] is not None:
                scored[field] += 1
                totals[field] += bool(right[field])
        if show:
            label = truth.get("name", path.name)
            marks = " ".join(
                f"{f}={'--' if right[f] is None else 'ok' if right[f] else 'NO'}" for f in FIELDS
            )
            print(f"{label:42} {marks}")
            for field in FIELDS:
                if right[field] is False:
                    want = expected_authors(truth) if field == "authors" else truth.get(field)
                    if field == "date" and "date_published" in truth:
                        want = truth["date_published"]
                    print(f"    {field}: got {got.get(field)!r} want {want!r}")
    elapsed = (time.perf_counter() - started) * 1000 / max(count, 1)
    figures = "  ".join(
        f"{f} {100 * totals[f] / scored[f]:5.1f}% of {scored[f]:2}"
        if scored[f] and (f != "source" or show or agency)  # the others report no agency
        else f"{f}   n/a"
        for f in FIELDS
    )
    print(f"{name:14} pages {count:3}  {figures}  ({elapsed:.1f} ms/page)")


def main() -> None:
    block_network()  # newspaper4k would try to fetch the pages' images
    if "--pages" in sys.argv:
        folder = Path(sys.argv[sys.argv.index("--pages") + 1])
        page_list = folder_pages(folder)
        if not page_list:
            raise SystemExit(f"no page folders with source.html and expected.json in {folder}")
    elif "--mercury" in sys.argv:
        checkout = Path(sys.argv[sys.argv.index("--mercury") + 1])
        page_list = mercury_pages(checkout)
        if not page_list:
            raise SystemExit(f"none of the pages of {MERCURY.name} under {checkout}/fixtures")
    else:
        if not SAMPLES.is_dir():
            raise SystemExit(f"the shared samples are not at {SAMPLES}")
        page_list = pages()
    report("articlekit", ours, show=True, page_list=page_list)
    if "--dumps" in sys.argv:
        for kind in ("html_text", "markdown"):
            report(f"dump {kind}", dump_reader(kind), False, page_list, agency=True)
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
            report(name, extractor, show=False, page_list=page_list)


if __name__ == "__main__":
    main()
