"""What a worker does: one source in, one :class:`PageResult` out, whatever the page holds."""

from __future__ import annotations

from multiprocessing.connection import Connection

from articlekit.batch.pages import Source
from articlekit.batch.results import PageError, PageResult
from articlekit.pipeline import extract

__all__ = ["convert", "serve"]


def convert(source: Source) -> PageResult:
    """Read and extract one source; any failure becomes the result's error."""
    if source.problem is not None:
        return PageResult(source.id, source.url, error=source.problem)
    try:
        article = extract(source.read(), url=source.url)
    except Exception as exc:  # a page must never stop the batch
        return PageResult(source.id, source.url, error=_page_error(exc))
    return PageResult(source.id, source.url, article_json=article.model_dump_json())


def serve(tasks: Connection, results: Connection) -> None:
    """Convert the sources read from ``tasks`` until it closes, answering on ``results``."""
    while True:
        try:
            seq, source = tasks.recv()
        except EOFError:
            return
        results.send((seq, convert(source)))


def _page_error(exc: BaseException) -> PageError:
    message = str(exc) or repr(exc)
    return PageError(type(exc).__name__, message)
