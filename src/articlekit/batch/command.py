"""``articlekit batch``: convert many pages into one output file, resumably, with a summary."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from articlekit.batch.api import extract_many
from articlekit.batch.output import Output, OutputError, open_output

if TYPE_CHECKING:
    from articlekit.batch.dask import DaskClient

__all__ = ["EXIT_FAILED_PAGES", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "run_batch"]

EXIT_OK = 0
#: Some pages gave an error record (all are in the output).
EXIT_FAILED_PAGES = 1
#: The run could not start or could not write its output.
EXIT_USAGE = 2
#: Stopped by Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130


def run_batch(
    inputs: Sequence[str],
    *,
    output: Path,
    format: str = "jsonl",
    workers: int | None = None,
    resume: bool = False,
    overwrite: bool = False,
    timeout: float,
    scheduler: str | None = None,
    progress: bool | None = None,
    log: TextIO | None = None,
) -> int:
    """Convert ``inputs`` into ``output``; return the exit code (see ``EXIT_*``).

    ``progress`` defaults to whether ``log`` (standard error) is a terminal.
    """
    log = log or sys.stderr
    show = log.isatty() if progress is None else progress
    try:
        sink = open_output(output, format=format, resume=resume, overwrite=overwrite)
    except (OutputError, OSError) as exc:
        print(f"articlekit: {exc}", file=log)
        return EXIT_USAGE
    before, errors_before = sink.records, sink.errors
    start = time.perf_counter()
    client = None
    try:
        if scheduler:
            client = _connect(scheduler)
        results = extract_many(
            inputs,
            workers=workers,
            progress=show,
            timeout=timeout,
            client=client,
            skip=sink.done.elements(),
        )
        for result in results:
            sink.write(result)
        sink.finish()
    except _NoSchedulerError as exc:
        print(f"articlekit: {exc}", file=log)
        return EXIT_USAGE
    except KeyboardInterrupt:
        _summary(sink, before, errors_before, start, log)
        print(f"articlekit: interrupted; run again with --resume to finish {output}", file=log)
        return EXIT_INTERRUPTED
    except (OSError, OutputError) as exc:
        _summary(sink, before, errors_before, start, log)
        print(f"articlekit: cannot write {output}: {exc}", file=log)
        print("articlekit: fix that and run again with --resume to finish", file=log)
        return EXIT_USAGE
    finally:
        sink.close()
        if client is not None:
            client.close()
    _summary(sink, before, errors_before, start, log)
    return EXIT_FAILED_PAGES if sink.errors else EXIT_OK


class _NoSchedulerError(Exception):
    """The Dask scheduler cannot be used."""


def _connect(address: str) -> DaskClient:
    try:
        from articlekit.batch.dask import connect
    except ImportError as exc:
        raise _NoSchedulerError(
            f"--scheduler needs the dask extra: pip install 'articlekit[dask]' ({exc})"
        ) from exc
    try:
        return connect(address)
    except (OSError, ValueError) as exc:
        raise _NoSchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _summary(sink: Output, before: int, errors_before: int, start: float, log: TextIO) -> None:
    elapsed = time.perf_counter() - start
    pages = sink.records - before
    errors = sink.errors - errors_before
    rate = pages / elapsed if elapsed > 0 else 0.0
    line = (
        f"articlekit: {pages} pages, {pages - errors} articles, {errors} errors "
        f"in {elapsed:.1f} s ({rate:.1f} pages/s)"
    )
    if before:
        line += f"; {before} already written before ({errors_before} errors)"
    print(line, file=log)
