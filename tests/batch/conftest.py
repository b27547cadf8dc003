"""Shared fixtures of the batch tests: the shared benchmark pages, broken inputs, WARC files."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from .helpers import PNG, MakeWarc, write_warc

SHARED_HTML = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "scrapinghub" / "html"


@pytest.fixture(scope="session")
def shared_pages() -> list[Path]:
    """The 181 shared benchmark pages (``.html.gz``), read in place."""
    pages = sorted(SHARED_HTML.glob("*.html.gz"))
    if not pages:
        pytest.skip(f"the shared benchmark pages are not at {SHARED_HTML} (../shared absent)")
    return pages


@pytest.fixture
def page_folder(tmp_path: Path, shared_pages: list[Path]) -> Path:
    """A folder of saved pages as users have them: some gzipped, some not, in sub-folders,
    beside files that are not pages (an image, a stylesheet, a hidden file)."""
    folder = tmp_path / "crawl"
    (folder / "2024" / "05").mkdir(parents=True)
    (folder / "assets").mkdir()
    shutil.copy(shared_pages[0], folder / "a.html.gz")
    (folder / "2024" / "b.html").write_bytes(gzip.decompress(shared_pages[1].read_bytes()))
    (folder / "2024" / "05" / "c.htm").write_bytes(gzip.decompress(shared_pages[2].read_bytes()))
    (folder / "assets" / "logo.png").write_bytes(PNG)
    (folder / "assets" / "site.css").write_text("body { color: red }")
    (folder / ".hidden.html").write_text("<p>not to be read</p>")
    return folder


@pytest.fixture
def broken_inputs(tmp_path: Path, shared_pages: list[Path]) -> dict[str, Path]:
    """A PNG renamed .html, an empty file, and a truncated gzip of a real page."""
    folder = tmp_path / "broken"
    folder.mkdir()
    png = folder / "picture.html"
    png.write_bytes(PNG + bytes(200))
    empty = folder / "empty.html"
    empty.write_bytes(b"")
    truncated = folder / "cut.html.gz"
    data = shared_pages[0].read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    return {"png": png, "empty": empty, "truncated": truncated}


@pytest.fixture
def make_warc() -> MakeWarc:
    """Write a WARC (gzip per record when the name ends in .gz); return the record ids."""
    return write_warc
