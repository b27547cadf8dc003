"""extract_many on real pages and broken inputs: one result per input, in order, nothing lost."""

from __future__ import annotations

import gzip
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

import articlekit
from articlekit import PageError, PageResult, extract_many

from .helpers import MakeWarc


def _expected(path: Path) -> articlekit.Article:
    return articlekit.extract(gzip.decompress(path.read_bytes()))


def test_real_pages_give_the_same_articles_as_extract_in_input_order(
    shared_pages: list[Path],
) -> None:
    pages = shared_pages[:40]
    results = list(extract_many(pages, workers=2, progress=False))
    assert [r.id for r in results] == [str(p) for p in pages]
    assert all(r.ok and r.error is None for r in results), [r.error for r in results if r.error]
    for result, page in zip(results[:10], pages[:10], strict=True):
        assert result.article == _expected(page)
    assert all(r.article is not None and r.article.paragraphs for r in results)


def test_broken_inputs_are_recorded_between_good_pages(
    shared_pages: list[Path], broken_inputs: dict[str, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.html"
    inputs = [
        shared_pages[0],
        broken_inputs["png"],
        broken_inputs["empty"],
        broken_inputs["truncated"],
        missing,
        shared_pages[1],
    ]
    results = list(extract_many(inputs, workers=2, progress=False))
    assert [r.id for r in results] == [str(p) for p in inputs]
    assert [r.ok for r in results] == [True, False, False, False, False, True]
    errors = [r.error for r in results[1:5]]
    assert errors == [
        PageError("InputError", "the input is a PNG image, not a page"),
        PageError("InputError", "the page is empty or only whitespace"),
        PageError(
            "InputError",
            f"{broken_inputs['truncated']} is a truncated gzip file"
            " (it ends before its end marker)",
        ),
        PageError("FileNotFoundError", f"no such file: {missing}"),
    ]
    assert all(r.article is None for r in results[1:5])
    assert results[5].article == _expected(shared_pages[1])


def test_warc_with_a_non_html_record_gives_only_the_html_pages(
    tmp_path: Path, make_warc: MakeWarc, shared_pages: list[Path]
) -> None:
    page = gzip.decompress(shared_pages[3].read_bytes())
    archive = tmp_path / "crawl.warc.gz"
    ids = make_warc(
        archive,
        [
            ("https://news.example/story", "text/html; charset=utf-8", page),
            ("https://news.example/photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(100)),
        ],
    )
    [result] = extract_many(archive, workers=1, progress=False)
    assert (result.id, result.url) == (ids[0], "https://news.example/story")
    assert result.article is not None
    assert result.article.url == "https://news.example/story"
    assert result.article == articlekit.extract(page, url="https://news.example/story")


def test_pairs_in_memory_and_work_in_this_process() -> None:
    pairs = [("good", "<html><body><p>" + "Words in a sentence. " * 20 + "</p></body></html>")]
    pairs += [("binary", b"\x00\x01\x02\x03" * 100)]
    results = list(extract_many(pairs, workers=0, progress=False))
    assert [(r.id, r.ok) for r in results] == [("good", True), ("binary", False)]
    assert results[1].error is not None and results[1].error.type == "InputError"


def test_skip_passes_over_one_input_per_id_given(shared_pages: list[Path]) -> None:
    pages = [shared_pages[0], shared_pages[1], shared_pages[0]]
    results = list(extract_many(pages, workers=0, progress=False, skip=[str(shared_pages[0])]))
    assert [r.id for r in results] == [str(shared_pages[1]), str(shared_pages[0])]


def test_arguments_are_checked_before_any_work() -> None:
    with pytest.raises(ValueError, match="workers"):
        extract_many([], workers=-1)
    with pytest.raises(ValueError, match="timeout"):
        extract_many([], timeout=0)


def test_progress_bar_counts_pages_and_errors(
    shared_pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    results = list(extract_many([shared_pages[0], ("bad", b"")], workers=0, progress=True))
    assert len(results) == 2
    bar = capsys.readouterr().err
    assert "2page" in bar.replace(" ", "") and "errors=1" in bar


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_page_that_hangs_is_a_timeout_error_and_the_run_goes_on(
    tmp_path: Path, shared_pages: list[Path]
) -> None:
    hang = tmp_path / "hang.html"
    os.mkfifo(hang)  # reading it blocks for ever: a page that never finishes
    inputs = [shared_pages[0], hang, shared_pages[1], shared_pages[2]]
    start = time.monotonic()
    results = list(extract_many(inputs, workers=2, progress=False, timeout=2))
    assert time.monotonic() - start < 20
    assert [r.id for r in results] == [str(p) for p in inputs]
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[1].error == PageError(
        "TimeoutError", "no result after 2 s; the worker was stopped"
    )


def _children(parent: int) -> list[tuple[int, str]]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
            found.append((int(entry.name), command))
    return found


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not hasattr(os, "mkfifo"), reason="reads /proc (Linux)"
)
def test_a_page_whose_worker_is_killed_is_an_error_and_the_run_goes_on(
    tmp_path: Path, shared_pages: list[Path]
) -> None:
    hang = tmp_path / "doomed.html"
    os.mkfifo(hang)
    # Holding the pipe open for writing lets the worker open it, then wait for ever on read.
    writer = os.open(hang, os.O_RDWR | os.O_NONBLOCK)
    killed: list[int] = []

    def kill_the_worker_stuck_on_the_fifo() -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not killed:
            for pid, command in _children(os.getpid()):
                if "articlekit.batch.process" in command and _has_open(pid, hang):
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_the_worker_stuck_on_the_fifo)
    killer.start()
    inputs = [shared_pages[0], hang, shared_pages[1]]
    try:
        results = list(extract_many(inputs, workers=2, progress=False, timeout=30))
    finally:
        killer.join()
        os.close(writer)
    assert killed
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == PageError(
        "WorkerDiedError", "the worker process died (signal 9) on this page"
    )


def _has_open(pid: int, path: Path) -> bool:
    try:
        return any(fd.readlink() == path for fd in (Path(f"/proc/{pid}/fd")).iterdir())
    except OSError:
        return False


def test_result_lines_round_trip(shared_pages: list[Path]) -> None:
    [good, bad] = extract_many([shared_pages[0], ("x\ny\u2028", b"")], workers=0, progress=False)
    for result in (good, bad):
        line = result.to_json()
        assert "\n" not in line
        again = PageResult.from_json(line)
        assert (again.id, again.url, again.error, again.article) == (
            result.id,
            result.url,
            result.error,
            result.article,
        )
