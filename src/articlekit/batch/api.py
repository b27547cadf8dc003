"""``extract_many``: many pages in, one result per page out, in input order."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from articlekit.batch.pages import Source
from articlekit.batch.pool import DEFAULT_TIMEOUT, default_workers, run_in_process, run_pool
from articlekit.batch.results import PageResult
from articlekit.batch.sources import Input, iter_sources

if TYPE_CHECKING:
    from articlekit.batch.dask import DaskClient

__all__ = ["extract_many"]


def extract_many(
    inputs: str | os.PathLike[str] | Iterable[Input],
    *,
    workers: int | None = None,
    progress: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    client: DaskClient | None = None,
    skip: Iterable[str] = (),
) -> Iterator[PageResult]:
    """Extract the article of every page named by ``inputs``; yield one result per page, in order.

    Each result carries the input's id and either an :class:`~articlekit.Article` or the error
    (type and message) that stopped it: a page that fails, hangs or kills its worker never stops
    the run and never goes missing. Inputs are read lazily, so memory stays flat on any number
    of pages.

    Args:
        inputs: paths of saved pages (``.gz`` gunzipped), folders (walked recursively for
            ``.html``, ``.htm``, ``.xhtml``, ``.shtml``, ``.txt`` files, gzipped or not, and WARC
            archives), globs (``pages/**/*.html``), WARC archives (``.warc``, ``.warc.gz``: each
            HTML response is a page, its id the WARC record id), ``(id, page)`` pairs in memory
            (a pair alone must be in a list); or a single path.
        workers: worker processes; ``None`` for one per CPU, ``0`` to work in this process
            (no time limit).
        progress: show a progress bar (a notebook widget in Jupyter) with pages/s.
        timeout: seconds a page may take before its worker is stopped and the page recorded
            as a ``TimeoutError``.
        client: a ``distributed.Client``: run on that Dask cluster instead of local processes
            (needs the ``dask`` extra).
        skip: ids of inputs to pass over, one input per occurrence of an id (to resume a run).

    Returns:
        An iterator of :class:`PageResult`, one per page, in input order. Work starts when it
        is first advanced.

    Raises:
        ValueError: ``workers`` is negative or ``timeout`` is not positive.

    >>> results = extract_many([("a", "<html><body><p>Hello there, world.</p></body></html>")],
    ...                        workers=0, progress=False)
    >>> [(r.id, r.ok) for r in results]
    [('a', True)]
    """
    if workers is not None and workers < 0:
        raise ValueError(f"workers must be 0 or more, got {workers}")
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    sources = iter_sources(inputs)
    skipped = Counter(skip)
    if skipped:
        sources = _skipping(sources, skipped)
    results: Iterator[PageResult]
    if client is not None:
        from articlekit.batch.dask import run_dask

        results = run_dask(sources, client=client, timeout=timeout)
    elif workers == 0:
        results = run_in_process(sources)
    else:
        results = run_pool(sources, workers=workers or default_workers(), timeout=timeout)
    return _with_progress(results) if progress else results


def _skipping(sources: Iterable[Source], skipped: Counter[str]) -> Iterator[Source]:
    for source in sources:
        if skipped[source.id] > 0:
            skipped[source.id] -= 1
        else:
            yield source


def _with_progress(results: Iterator[PageResult]) -> Iterator[PageResult]:
    from tqdm.auto import tqdm

    errors = 0
    with tqdm(desc="articlekit", unit="page", dynamic_ncols=True) as bar:
        try:
            for result in results:
                if not result.ok:
                    errors += 1
                    bar.set_postfix(errors=errors, refresh=False)
                bar.update()
                yield result
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
