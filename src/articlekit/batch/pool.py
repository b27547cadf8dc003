"""Run sources through a pool of worker processes, with a time limit per page, in input order.

Each worker is a fresh interpreter (``python -m articlekit.batch.process``) holding one page at a
time, so the pool always knows which page a worker has: a worker that runs past the time limit
is killed and its page recorded as a ``TimeoutError``; a worker that dies (a crash in C code,
the out-of-memory killer) has its page recorded as a ``WorkerDiedError``; either way a new
worker takes its place and the run goes on. Fresh interpreters rather than ``multiprocessing``
keep this working in notebooks and in scripts without a ``__main__`` guard.

Results come back in input order through a bounded reorder buffer: at most
:data:`MAX_AHEAD_PER_WORKER` pages per worker are taken from the inputs ahead of the oldest
unfinished one, so memory stays flat however long the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path

from articlekit.batch.pages import Source
from articlekit.batch.results import PageError, PageResult
from articlekit.batch.worker import convert

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_AHEAD_PER_WORKER",
    "default_workers",
    "run_in_process",
    "run_pool",
]

#: Seconds a page may take before its worker is killed. Pages take milliseconds and the
#: library promises a few seconds at worst; this leaves room for a loaded machine.
DEFAULT_TIMEOUT = 30.0
#: Pages taken ahead of the oldest unfinished page, per worker: enough to keep the workers busy
#: behind one slow page, few enough that the buffered results stay small (about 20 KB each).
MAX_AHEAD_PER_WORKER = 64
#: Seconds a closing worker is given to finish and exit before it is killed.
_EXIT_GRACE = 2.0
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


def default_workers() -> int:
    """The number of CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def run_in_process(sources: Iterable[Source]) -> Iterator[PageResult]:
    """Convert the sources one by one in this process (no pool, no time limit)."""
    for source in sources:
        yield convert(source)


def run_pool(
    sources: Iterable[Source], *, workers: int, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[PageResult]:
    """Convert the sources with ``workers`` worker processes; yield results in input order."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    pool = [_Worker() for _ in range(workers)]
    pending = iter(sources)
    done: dict[int, PageResult] = {}
    next_seq = next_out = 0
    exhausted = False
    limit = workers * MAX_AHEAD_PER_WORKER
    try:
        while True:
            for worker in pool:
                while worker.task is None and not exhausted and next_seq - next_out < limit:
                    source = next(pending, None)
                    if source is None:
                        exhausted = True
                    elif source.problem is not None:
                        done[next_seq] = convert(source)
                        next_seq += 1
                    else:
                        worker.start(next_seq, source)
                        next_seq += 1
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [worker for worker in pool if worker.task is not None]
            if not busy:
                if exhausted and next_out == next_seq:
                    return
                continue
            _collect(busy, done, timeout)
            for index, worker in enumerate(pool):
                if not worker.alive:
                    pool[index] = _Worker()
    finally:
        _close(pool)


def _collect(busy: list[_Worker], done: dict[int, PageResult], timeout: float) -> None:
    """Wait for a result, a dead worker or a time limit, and record what happened."""
    now = time.monotonic()
    first_deadline = min(worker.started for worker in busy) + timeout
    ready = set(wait([worker.results for worker in busy], max(0.0, first_deadline - now)))
    now = time.monotonic()
    for worker in busy:
        if worker.results in ready:
            seq, result = worker.receive()
            done[seq] = result
        elif now - worker.started >= timeout:
            seq, result = worker.give_up(timeout)
            done[seq] = result


class _Worker:
    """One worker process, the page it holds, and when it got it."""

    def __init__(self) -> None:
        self.task: tuple[int, Source] | None = None
        self.started = 0.0
        self._spawn()

    def _spawn(self) -> None:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "articlekit.batch.process",
                str(task_read),
                str(result_write),
                str(os.getpid()),
            ],
            pass_fds=(task_read, result_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=_worker_environment(),
        )
        os.close(task_read)
        os.close(result_write)
        self.tasks = Connection(task_write, readable=False)
        self.results = Connection(result_read, writable=False)
        self.alive = True

    def start(self, seq: int, source: Source) -> None:
        """Hand the worker a page; a worker found dead while idle is replaced first."""
        self.task = (seq, source)
        self.started = time.monotonic()
        try:
            self.tasks.send((seq, source))
        except OSError:
            self.stop()
            self._spawn()
            self.tasks.send((seq, source))

    def receive(self) -> tuple[int, PageResult]:
        """The worker's answer, or the error of its death when it died instead."""
        assert self.task is not None
        task = self.task
        try:
            seq, result = self.results.recv()
        except (EOFError, OSError):
            self.stop()
            self.task = None
            return task[0], _failure(task[1], _death_error(self.process.returncode))
        self.task = None
        return seq, result

    def give_up(self, timeout: float) -> tuple[int, PageResult]:
        """Kill the worker that has run past the time limit; its page fails."""
        assert self.task is not None
        seq, source = self.task
        self.stop()
        self.task = None
        message = f"no result after {timeout:g} s; the worker was stopped"
        return seq, _failure(source, PageError("TimeoutError", message))

    def stop(self) -> None:
        """Kill the process and close its pipes."""
        self.alive = False
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.tasks.close()
        self.results.close()

    def close(self) -> None:
        """Let an idle worker finish and exit; kill it when it does not."""
        if not self.alive:
            return
        self.alive = False
        self.tasks.close()
        try:
            self.process.wait(_EXIT_GRACE if self.task is None else 0)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.results.close()


def _close(pool: list[_Worker]) -> None:
    for worker in pool:
        worker.close()


def _failure(source: Source, error: PageError) -> PageResult:
    return PageResult(source.id, source.url, error=error)


def _death_error(returncode: int | None) -> PageError:
    how = f"signal {-returncode}" if returncode is not None and returncode < 0 else returncode
    return PageError("WorkerDiedError", f"the worker process died ({how}) on this page")


def _worker_environment() -> dict[str, str]:
    """This process's environment, with articlekit importable from where we import it."""
    environment = dict(os.environ)
    paths = [_PACKAGE_ROOT, *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep))]
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    return environment
