"""Run sources on a Dask distributed cluster (the ``dask`` extra), in input order.

The client reads each page (files, archives) and ships it with the task, so the workers need
articlekit installed but not our files. At most :data:`TASKS_PER_THREAD` tasks per worker thread
are on the cluster at once, so memory stays flat on both sides. A page whose result takes longer
than the time limit once it is the oldest unfinished one is recorded as a ``TimeoutError`` and
its task cancelled (Dask cannot stop a thread that is running: a hung page keeps its thread
busy until it returns). A page that kills its worker is retried by Dask on other workers and,
after the scheduler's ``allowed-failures``, recorded as a ``WorkerDiedError``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from distributed import Client, KilledWorker
from distributed import TimeoutError as DaskTimeoutError

from articlekit.batch.pages import Source
from articlekit.batch.results import PageError, PageResult
from articlekit.batch.worker import convert

__all__ = ["TASKS_PER_THREAD", "DaskClient", "connect", "run_dask"]

#: Tasks on the cluster per worker thread: enough that no thread waits for the client between
#: pages, few enough that the pages and results held on the cluster stay small.
TASKS_PER_THREAD = 8


class _Future(Protocol):
    """What we use of ``distributed.Future`` (whose methods are not typed)."""

    def result(self, timeout: float | None = None) -> Any: ...

    def cancel(self) -> Any: ...

    def release(self) -> Any: ...


class DaskClient(Protocol):
    """What we use of ``distributed.Client`` (whose methods are not typed)."""

    def submit(self, func: Callable[..., Any], *args: Any, pure: bool = ...) -> Any: ...

    def nthreads(self) -> Any: ...

    def close(self) -> Any: ...


def connect(address: str) -> DaskClient:
    """A client of the scheduler at ``address`` (``tcp://HOST:PORT``)."""
    client: DaskClient = Client(address, set_as_default=False)  # type: ignore[no-untyped-call]
    return client


def run_dask(
    sources: Iterable[Source], *, client: DaskClient, timeout: float
) -> Iterator[PageResult]:
    """Convert the sources on the cluster behind ``client``; yield results in input order."""
    threads = sum(client.nthreads().values())
    limit = max(1, threads) * TASKS_PER_THREAD
    pending: deque[tuple[Source, _Future | PageResult]] = deque()
    remaining = iter(sources)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < limit:
                source = next(remaining, None)
                if source is None:
                    exhausted = True
                else:
                    pending.append(_submit(client, source.loaded()))
            if not pending:
                return
            source, task = pending.popleft()
            yield task if isinstance(task, PageResult) else _result(source, task, timeout)
    finally:
        for _, task in pending:
            if not isinstance(task, PageResult):
                task.cancel()


def _submit(client: DaskClient, source: Source) -> tuple[Source, _Future | PageResult]:
    if source.problem is not None:
        return source, convert(source)
    future: _Future = client.submit(convert, source, pure=False)
    return source, future


def _result(source: Source, future: _Future, timeout: float) -> PageResult:
    try:
        result = future.result(timeout=timeout)
    except (DaskTimeoutError, TimeoutError):
        future.cancel()
        message = f"no result after {timeout:g} s; the task was cancelled"
        return PageResult(source.id, source.url, error=PageError("TimeoutError", message))
    except KilledWorker as exc:
        message = f"the page killed the Dask workers that ran it: {exc}"
        return PageResult(source.id, source.url, error=PageError("WorkerDiedError", message))
    except Exception as exc:  # a lost task must not stop the batch
        message = str(exc) or repr(exc)
        return PageResult(source.id, source.url, error=PageError(type(exc).__name__, message))
    finally:
        future.release()
    if not isinstance(result, PageResult):
        message = f"the task returned {type(result).__name__}, not a PageResult"
        return PageResult(source.id, source.url, error=PageError("TypeError", message))
    return result
