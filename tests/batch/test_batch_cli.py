"""``articlekit batch`` as users run it: real processes, real pages, killed and resumed."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

BATCH = [sys.executable, "-m", "articlekit", "batch"]


def _records(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    assert data.endswith(b"\n"), "the last line is cut off"
    return [json.loads(line) for line in data.split(b"\n")[:-1]]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BATCH, *args], capture_output=True, text=True, timeout=300, check=False)


def test_one_record_per_input_errors_included_and_exit_1(
    tmp_path: Path, shared_pages: list[Path], broken_inputs: dict[str, Path]
) -> None:
    out = tmp_path / "out.jsonl"
    inputs = [str(p) for p in shared_pages[:6]] + [str(p) for p in broken_inputs.values()]
    done = _run(*inputs, "--output", str(out), "--workers", "2")
    assert done.returncode == 1, done.stderr
    records = _records(out)
    assert [r["id"] for r in records] == inputs
    assert [r["error"] is None for r in records] == [True] * 6 + [False] * 3
    assert {r["error"]["type"] for r in records[6:]} == {"InputError"}  # type: ignore[index]
    assert all(r["title"] and r["paragraphs"] for r in records[:6])
    summary = done.stderr.strip().splitlines()[-1]
    assert summary.startswith("articlekit: 9 pages, 6 articles, 3 errors in ")
    assert "pages/s" in summary
    assert "\r" not in done.stderr  # no progress bar when stderr is not a terminal


def test_all_pages_read_exits_0_and_an_existing_output_needs_resume(
    tmp_path: Path, page_folder: Path
) -> None:
    out = tmp_path / "out.jsonl"
    done = _run(str(page_folder), "-o", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert len(_records(out)) == 3
    again = _run(str(page_folder), "-o", str(out))
    assert again.returncode == 2
    assert "--resume" in again.stderr
    resumed = _run(str(page_folder), "-o", str(out), "--resume")
    assert resumed.returncode == 0
    assert "0 pages" in resumed.stderr and "3 already written" in resumed.stderr
    assert len(_records(out)) == 3


def _worker_pids(parent: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text() if entry.name.isdigit() else ""
        except OSError:
            continue
        if stat and int(stat.rsplit(")", 1)[1].split()[1]) == parent:
            pids.append(int(entry.name))
    return pids


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in {"Z", "X"}


def _wait_for_lines(out: Path, process: subprocess.Popen[bytes], count: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.01)
    pytest.fail(f"the run ended or stalled before writing {count} lines")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")
def test_a_killed_run_resumes_with_nothing_lost_and_nothing_twice(
    tmp_path: Path, shared_pages: list[Path]
) -> None:
    out = tmp_path / "out.jsonl"
    folder = shared_pages[0].parent
    process = subprocess.Popen(
        [*BATCH, str(folder), "-o", str(out), "--workers", "2"], stderr=subprocess.DEVNULL
    )
    _wait_for_lines(out, process, 30)
    workers = _worker_pids(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(pid) for pid in workers), "workers outlived their killed parent"
    written = out.read_bytes().count(b"\n")
    assert 30 <= written < len(shared_pages)

    done = _run(str(folder), "-o", str(out), "--workers", "2", "--resume")
    assert done.returncode == 0, done.stderr
    assert f"{written} already written" in done.stderr
    records = _records(out)
    assert [r["id"] for r in records] == [str(p) for p in shared_pages]
    assert all(r["error"] is None for r in records)


def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path: Path, shared_pages: list[Path]) -> None:
    out = tmp_path / "out.jsonl"
    folder = shared_pages[0].parent
    process = subprocess.Popen(
        [*BATCH, str(folder), "-o", str(out), "--workers", "2"], stderr=subprocess.PIPE
    )
    _wait_for_lines(out, process, 20)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"run again with --resume" in stderr
    partial = _records(out)  # whole lines only
    assert 20 <= len(partial) < len(shared_pages)
    done = _run(str(folder), "-o", str(out), "--resume")
    assert done.returncode == 0
    assert [r["id"] for r in _records(out)] == [str(p) for p in shared_pages]


def test_progress_bar_with_pages_per_second_on_a_terminal(
    tmp_path: Path, shared_pages: list[Path]
) -> None:
    main_fd, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        process = subprocess.Popen(
            [
                *BATCH,
                *map(str, shared_pages[:5]),
                "-o",
                str(tmp_path / "o.jsonl"),
                "--workers",
                "1",
            ],
            stderr=terminal,
            stdout=subprocess.DEVNULL,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(main_fd, 4096)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=120) == 0
    finally:
        os.close(main_fd)
    assert b"page/s" in shown
    assert b"5page" in shown.replace(b" ", b"")
    assert b"articlekit: 5 pages, 5 articles, 0 errors" in shown


def test_parquet_output(tmp_path: Path, shared_pages: list[Path]) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    out = tmp_path / "out.parquet"
    done = _run(*map(str, shared_pages[:4]), "-o", str(out), "--format", "parquet")
    assert done.returncode == 0, done.stderr
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [str(p) for p in shared_pages[:4]]
    assert all(table.column("text").to_pylist())
    assert not (tmp_path / "out.parquet.partial.jsonl").exists()
