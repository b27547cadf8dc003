"""The Dask path, run for real: a scheduler and 2 workers on loopback, started and stopped here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask extra (dask, distributed) is not installed")

from distributed import Client

from articlekit import PageError, extract_many

_START_TIMEOUT = 60


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a local cluster: one scheduler, two single-thread workers, on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("dask")
    address_file = folder / "scheduler.json"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    logs = (folder / "scheduler.log").open("wb")
    environment = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    started = [
        subprocess.Popen(
            [*dask, "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(address_file)],
            stdout=logs, stderr=subprocess.STDOUT, env=environment, cwd=folder,
        )
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + _START_TIMEOUT
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(address_file.read_text())["address"]
        started.append(
            subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", address,
                 "--host", "127.0.0.1", "--nworkers", "2", "--nthreads", "1",
                 "--no-dashboard", "--memory-limit", "0"],
                stdout=logs, stderr=subprocess.STDOUT, env=environment, cwd=folder,
            )
        )  # fmt: skip
        with Client(address, timeout=_START_TIMEOUT) as client:
            client.wait_for_workers(2, timeout=_START_TIMEOUT)
        yield address
    finally:
        for process in reversed(started):
            process.terminate()
        for process in reversed(started):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        logs.close()


def test_extract_many_on_the_cluster_gives_the_local_records(
    scheduler: str, shared_pages: list[Path], broken_inputs: dict[str, Path]
) -> None:
    inputs = [*shared_pages[:12], *broken_inputs.values()]
    local = list(extract_many(inputs, workers=0, progress=False))
    with Client(scheduler, set_as_default=False) as client:
        assert len(client.nthreads()) == 2
        remote = list(extract_many(inputs, client=client, progress=False))
    assert [r.to_json() for r in remote] == [r.to_json() for r in local]
    assert [r.ok for r in remote] == [True] * 12 + [False] * 3


def test_a_fifo_is_refused_by_the_client_instead_of_blocking_it(
    scheduler: str, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    with Client(scheduler, set_as_default=False) as client:
        [result] = extract_many([fifo], client=client, progress=False)
    assert result.error == PageError("InputError", f"{fifo} is not a regular file")


def test_batch_command_with_scheduler_resumes_like_the_local_run(
    scheduler: str, tmp_path: Path, shared_pages: list[Path]
) -> None:
    inputs = [str(p) for p in shared_pages[:10]]
    out = tmp_path / "out.jsonl"
    first = subprocess.run(
        [sys.executable, "-m", "articlekit", "batch", *inputs[:4], "-o", str(out),
         "--scheduler", scheduler],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    with out.open("ab") as file:  # a cut-off line, as a killed run leaves
        file.write(b'{"id":"' + inputs[4].encode())
    second = subprocess.run(
        [sys.executable, "-m", "articlekit", "batch", *inputs, "-o", str(out), "--resume",
         "--scheduler", scheduler],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert "6 pages, 6 articles, 0 errors" in second.stderr
    assert "4 already written" in second.stderr
    lines = out.read_bytes().split(b"\n")
    assert lines[-1] == b""
    assert [json.loads(line)["id"] for line in lines[:-1]] == inputs
    local = tmp_path / "local.jsonl"
    subprocess.run(
        [sys.executable, "-m", "articlekit", "batch", *inputs, "-o", str(local), "--workers", "0"],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    assert out.read_bytes() == local.read_bytes()


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path, shared_pages: list[Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articlekit", "batch", str(shared_pages[0]),
         "-o", str(tmp_path / "o.jsonl"), "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )  # fmt: skip
    assert done.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr
