"""Finding and reading the pages named by batch inputs: folders, globs, gzip, WARC, pairs."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from articlekit.batch.pages import read_page
from articlekit.batch.results import PageError
from articlekit.batch.sources import iter_sources
from articlekit.errors import InputError

from .helpers import PNG, MakeWarc


def test_folder_is_walked_recursively_in_sorted_order_for_pages_only(page_folder: Path) -> None:
    ids = [source.id for source in iter_sources([page_folder])]
    assert ids == [  # a folder's files, then its sub-folders, each sorted
        str(page_folder / "a.html.gz"),
        str(page_folder / "2024" / "b.html"),
        str(page_folder / "2024" / "05" / "c.htm"),
    ]


def test_glob_matches_are_sorted_and_recursive(page_folder: Path) -> None:
    ids = [source.id for source in iter_sources([f"{page_folder}/**/*.htm"])]
    assert ids == [str(page_folder / "2024" / "05" / "c.htm")]
    ids = [source.id for source in iter_sources([f"{page_folder}/**/*.htm*"])]
    assert ids == [
        str(page_folder / "2024" / "05" / "c.htm"),
        str(page_folder / "2024" / "b.html"),
        str(page_folder / "a.html.gz"),
    ]


def test_a_file_named_explicitly_is_read_whatever_its_name(page_folder: Path) -> None:
    logo = page_folder / "assets" / "logo.png"
    [source] = iter_sources([logo])
    assert source.id == str(logo)
    assert source.read() == PNG


def test_missing_path_and_empty_glob_become_problems_not_exceptions(tmp_path: Path) -> None:
    missing, pattern = str(tmp_path / "nope.html"), str(tmp_path / "*.nothing")
    sources = list(iter_sources([missing, pattern]))
    assert [(s.id, s.problem and s.problem.type) for s in sources] == [
        (missing, "FileNotFoundError"),
        (pattern, "FileNotFoundError"),
    ]


def test_pairs_in_memory_keep_their_ids_and_bad_pairs_are_problems() -> None:
    sources = list(iter_sources([("one", "<p>x</p>"), ("two", b"<p>y</p>"), ("three", 3)]))  # type: ignore[list-item]
    assert [s.id for s in sources] == ["one", "two", "three"]
    assert sources[0].read() == "<p>x</p>"
    assert sources[1].read() == b"<p>y</p>"
    assert sources[2].problem is not None and sources[2].problem.type == "InputError"


def test_gzip_page_is_gunzipped(shared_pages: list[Path]) -> None:
    assert read_page(str(shared_pages[0])) == gzip.decompress(shared_pages[0].read_bytes())


def test_truncated_gzip_is_an_input_error(broken_inputs: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="truncated gzip"):
        read_page(str(broken_inputs["truncated"]))


def test_bad_gzip_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data")
    with pytest.raises(InputError, match="not a valid gzip file"):
        read_page(str(path))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_gives_html_responses_only_with_record_ids_and_urls(
    tmp_path: Path, make_warc: MakeWarc, shared_pages: list[Path], name: str
) -> None:
    page = gzip.decompress(shared_pages[0].read_bytes())
    ids = make_warc(
        tmp_path / name,
        [
            ("https://news.example/a", "text/html; charset=utf-8", page),
            ("https://news.example/logo.png", "image/png", PNG),
            ("https://news.example/b", "application/xhtml+xml", b"<html><p>b</p></html>"),
            ("https://news.example/app.js", "application/javascript", b"var a = 1;"),
        ],
    )
    sources = list(iter_sources([tmp_path / name]))
    assert [(s.id, s.url) for s in sources] == [
        (ids[0], "https://news.example/a"),
        (ids[2], "https://news.example/b"),
    ]
    assert sources[0].read() == page.decode("utf-8")  # the declared charset is applied
    assert all(s.problem is None for s in sources)


def test_warc_in_a_folder_is_read_as_an_archive(
    tmp_path: Path, make_warc: MakeWarc, page_folder: Path
) -> None:
    [record_id] = make_warc(
        page_folder / "x.warc.gz", [("https://e.example/", "text/html", b"<p>x")]
    )
    ids = [source.id for source in iter_sources([page_folder])]
    assert ids[1] == record_id and len(ids) == 4


def test_warc_cut_inside_a_record_reports_that_record(tmp_path: Path, make_warc: MakeWarc) -> None:
    path = tmp_path / "cut.warc"
    ids = make_warc(
        path,
        [
            ("https://e.example/1", "text/html", b"<p>one</p>"),
            ("https://e.example/2", "text/html", b"<p>two</p>" * 50),
        ],
    )
    path.write_bytes(path.read_bytes()[:-300])
    sources = list(iter_sources([path]))
    assert [s.id for s in sources] == ids
    assert sources[0].problem is None
    assert sources[1].problem == PageError(
        "InputError", f"{path} ends inside this record (the archive is truncated)"
    )


def test_warc_cut_inside_a_gzip_member_reports_that_record(
    tmp_path: Path, make_warc: MakeWarc
) -> None:
    path = tmp_path / "cut.warc.gz"
    ids = make_warc(
        path,
        [
            ("https://e.example/1", "text/html", b"<p>one</p>"),
            ("https://e.example/2", "text/html", b"<p>two</p>" * 500),
        ],
    )
    path.write_bytes(path.read_bytes()[:-40])
    sources = list(iter_sources([path]))
    assert [s.id for s in sources] == ids
    assert sources[1].problem is not None and "truncated" in sources[1].problem.message
