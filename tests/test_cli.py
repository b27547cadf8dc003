"""The ``articlekit extract`` command line on real pages and on bad input."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

import articlekit
from articlekit.cli import main

SHARED_HTML = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "scrapinghub" / "html"


@pytest.fixture(scope="module")
def page() -> Path:
    pages = sorted(SHARED_HTML.glob("*.html.gz"))
    if not pages:
        pytest.skip(f"the shared benchmark pages are not at {SHARED_HTML} (../shared absent)")
    return pages[0]


def test_json_is_the_article_and_reads_gzip(
    page: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["extract", str(page), "--url", "https://news.example/a"]) == 0
    out = capsysbinary.readouterr().out
    article = articlekit.Article.model_validate_json(out)
    expected = articlekit.extract(gzip.decompress(page.read_bytes()), url="https://news.example/a")
    assert article == expected
    assert out.decode("utf-8") == expected.model_dump_json(indent=2) + "\n"


def test_text_is_title_blank_line_body(
    page: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["extract", str(page), "--format", "text"]) == 0
    expected = articlekit.extract(gzip.decompress(page.read_bytes()))
    assert expected.title
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out == f"{expected.title}\n\n{expected.text}\n"


def test_markdown(page: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["extract", str(page), "--format", "markdown"]) == 0
    expected = articlekit.extract(gzip.decompress(page.read_bytes()))
    assert capsysbinary.readouterr().out.decode("utf-8") == expected.to_markdown()


def test_stdin_bytes_through_python_dash_m(page: Path) -> None:
    data = gzip.decompress(page.read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "articlekit", "extract", "-", "--format", "text"],
        input=data,
        capture_output=True,
        check=True,
    )
    expected = articlekit.extract(data)
    assert done.stdout.decode("utf-8") == f"{expected.title}\n\n{expected.text}\n"
    assert done.stderr == b""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "articlekit: the input is a PNG image, not a page\n"),
        (b"", "articlekit: the page is empty or only whitespace\n"),
        (b"  \n\t ", "articlekit: the page is empty or only whitespace\n"),
    ],
    ids=["png", "empty", "whitespace"],
)
def test_bad_input_is_one_line_on_stderr_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    assert main(["extract", str(path)]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", message)


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.html"
    assert main(["extract", str(missing)]) == 2
    assert (
        capsys.readouterr().err == f"articlekit: cannot read {missing}: No such file or directory\n"
    )


def test_truncated_gzip(tmp_path: Path, page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(page.read_bytes()[:500])
    assert main(["extract", str(cut)]) == 2
    assert "truncated gzip" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", "x.html", "--format", "pdf"])
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        main([])
    assert stop.value.code == 2
