"""Output files: whole lines, resume after a cut-off line, no duplicates, Parquet."""

from __future__ import annotations

import errno
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from articlekit import PageError, PageResult, extract_many
from articlekit.batch.output import JsonlOutput, OutputError, ParquetOutput, read_results


def _results(shared_pages: list[Path]) -> list[PageResult]:
    inputs: list[object] = [*shared_pages[:3], ("broken", b"")]
    return list(extract_many(inputs, workers=0, progress=False))  # type: ignore[arg-type]


def test_lines_are_whole_records_and_read_back(tmp_path: Path, shared_pages: list[Path]) -> None:
    results = _results(shared_pages)
    path = tmp_path / "out.jsonl"
    output = JsonlOutput(path)
    for result in results:
        output.write(result)
    output.close()
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b"" and len(lines) == 5
    records = [json.loads(line) for line in lines[:-1]]
    assert [r["id"] for r in records] == [r.id for r in results]
    assert records[0]["error"] is None and records[0]["title"] == results[0].article.title  # type: ignore[union-attr]
    assert records[3]["error"] == {
        "type": "InputError",
        "message": "the page is empty or only whitespace",
    }
    assert [r.article for r in read_results(path)] == [r.article for r in results]
    assert (output.records, output.errors) == (4, 1)


def test_existing_output_is_refused_without_resume_or_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("")
    with pytest.raises(OutputError, match="--resume"):
        JsonlOutput(path)
    JsonlOutput(path, overwrite=True).close()


def test_resume_drops_a_cut_off_last_line_and_counts_what_is_done(
    tmp_path: Path, shared_pages: list[Path]
) -> None:
    results = _results(shared_pages)
    path = tmp_path / "out.jsonl"
    output = JsonlOutput(path)
    for result in results[:3]:
        output.write(result)
    output.close()
    whole = path.stat().st_size
    with path.open("ab") as file:  # a write cut short by a kill or a full disk
        file.write(results[3].to_json().encode()[:25])
    resumed = JsonlOutput(path, resume=True)
    assert path.stat().st_size == whole
    assert resumed.done == {r.id: 1 for r in results[:3]}
    assert (resumed.records, resumed.errors) == (3, 0)
    resumed.write(results[3])
    resumed.close()
    assert [r.id for r in read_results(path)] == [r.id for r in results]
    assert (resumed.records, resumed.errors) == (4, 1)


def test_resume_refuses_a_damaged_line_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(
        '{"id":"a","error":null,"title":null}\nnot json\n'
        '{"id":"b","url":null,"error":{"type":"X","message":"m"}}\n'
    )
    with pytest.raises(OutputError, match="line 2"):
        JsonlOutput(path, resume=True)


def test_resume_reads_ids_that_need_escaping(tmp_path: Path) -> None:
    odd = 'a "quoted" \\ path\u2028with a line separator.html'
    path = tmp_path / "out.jsonl"
    output = JsonlOutput(path)
    output.write(PageResult(odd, error=PageError("InputError", "x")))
    output.close()
    assert JsonlOutput(path, resume=True).done == {odd: 1}


_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from articlekit import PageError, PageResult
from articlekit.batch.output import JsonlOutput

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the limit, writes fail with EFBIG
output = JsonlOutput(Path(sys.argv[1]))
output.write(PageResult("small", error=PageError("InputError", "x")))
resource.setrlimit(resource.RLIMIT_FSIZE, (200, resource.RLIM_INFINITY))
try:
    output.write(PageResult("large", error=PageError("InputError", "y" * 1000)))
except OSError as exc:
    print(exc.errno)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE (POSIX)")
def test_a_write_that_fills_the_disk_leaves_no_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == str(errno.EFBIG)
    assert (
        path.read_text() == PageResult("small", error=PageError("InputError", "x")).to_json() + "\n"
    )


def test_parquet_is_written_at_the_end_and_resumed_from_its_journal(
    tmp_path: Path, shared_pages: list[Path]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    results = _results(shared_pages)
    path = tmp_path / "out.parquet"
    output = ParquetOutput(path)
    for result in results[:2]:
        output.write(result)
    output.close()  # stopped before the end: only the journal exists
    assert not path.exists() and output.journal.exists()
    with pytest.raises(OutputError, match="--resume"):
        ParquetOutput(path)
    resumed = ParquetOutput(path, resume=True)
    assert set(resumed.done) == {r.id for r in results[:2]}
    for result in results[2:]:
        resumed.write(result)
    resumed.finish()
    resumed.close()
    assert not resumed.journal.exists()
    table = pq.read_table(path)
    assert table.column("id").to_pylist() == [r.id for r in results]
    assert table.column("error_type").to_pylist() == [None, None, None, "InputError"]
    assert table.column("title").to_pylist()[:3] == [r.article.title for r in results[:3]]  # type: ignore[union-attr]
    assert table.column("text").to_pylist()[0] == results[0].article.text  # type: ignore[union-attr]
    again = ParquetOutput(path, resume=True)  # a finished file can be resumed too
    assert sum(again.done.values()) == 4 and again.errors == 1
    again.finish()
    assert pq.read_table(path).num_rows == 4
