"""Write batch results to a file, one whole line at a time, and resume an interrupted file.

JSON Lines: each result is one line, written with a single write and flushed at once, so a run
stopped at any moment (Ctrl-C, a kill, a full disk) leaves whole lines and at most one cut-off
last line. Resuming drops that line and reports the ids already written, which the run then
skips: nothing is lost and nothing written twice.

Parquet (the ``parquet`` extra) cannot be appended to, so the run writes a JSON Lines journal
beside it (``OUT.parquet.partial.jsonl``) and turns it into ``OUT.parquet`` once every input is
done; resuming continues the journal (or rebuilds it from a finished Parquet file).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from articlekit.batch.results import PageError, PageResult
from articlekit.errors import ArticlekitError

__all__ = ["JsonlOutput", "Output", "OutputError", "ParquetOutput", "open_output", "read_results"]

#: Rows per Parquet row group, and records converted at a time: small enough to keep the
#: conversion's memory flat, large enough for good compression.
PARQUET_BATCH = 1000
_READ_CHUNK = 1 << 20
#: The start of a record line as we write it: the id, then whether there is an error.
_RECORD_HEAD_RE = re.compile(rb'^\{"id":("(?:[^"\\]|\\.)*"),(?:"error":null)?')


class OutputError(ArticlekitError):
    """The output file cannot be used: it exists without ``resume``, or it is not ours."""


class Output(Protocol):
    """Where a batch run writes its results."""

    done: Counter[str]
    records: int
    errors: int

    def write(self, result: PageResult) -> None: ...

    def finish(self) -> None: ...

    def close(self) -> None: ...


class JsonlOutput:
    """A JSON Lines output file.

    Attributes:
        done: ids already in the file when it was opened (how many times each).
        records: records in the file, those already there included.
        errors: error records in the file, those already there included.
    """

    def __init__(self, path: Path, *, resume: bool = False, overwrite: bool = False) -> None:
        """Open ``path`` for writing, continuing it when ``resume`` is set.

        Raises:
            OutputError: the file exists and neither ``resume`` nor ``overwrite`` is set, or a
                line other than the last is not a record.
            OSError: the file cannot be opened.
        """
        self.path = path
        self.done: Counter[str] = Counter()
        self.records = self.errors = 0
        if path.exists() and resume:
            self._load()
        elif path.exists() and not overwrite:
            raise OutputError(
                f"{path} exists: pass --resume to finish that run, or --overwrite to replace it"
            )
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if resume else os.O_TRUNC)
        self._fd = os.open(path, flags, 0o644)
        self._size = os.fstat(self._fd).st_size

    def write(self, result: PageResult) -> None:
        """Append the result as one line, whole, and flush it to the operating system.

        Raises:
            OSError: the write failed (a full disk): the file is cut back to its last whole line.
        """
        data = (result.to_json() + "\n").encode("utf-8")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError:
            os.ftruncate(self._fd, self._size)
            raise
        self._size += len(data)
        self.records += 1
        self.errors += result.error is not None

    def finish(self) -> None:
        """Nothing to do: every line is already in the file."""

    def close(self) -> None:
        """Close the file."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def _load(self) -> None:
        """Count the records already written; cut off a last line the last run left unfinished."""
        good_size = 0
        for number, line, end in _lines(self.path):
            if end is None:  # no newline: a write that was cut short
                break
            try:
                key, failed = _record_head(line)
            except ValueError as exc:
                raise OutputError(
                    f"{self.path}, line {number}: not a batch record ({exc})"
                ) from exc
            self.done[key] += 1
            self.records += 1
            self.errors += failed
            good_size = end
        if good_size < self.path.stat().st_size:
            os.truncate(self.path, good_size)


class ParquetOutput:
    """A Parquet output file, written through a JSON Lines journal beside it."""

    def __init__(self, path: Path, *, resume: bool = False, overwrite: bool = False) -> None:
        """Open the journal of ``path`` (see the module doc).

        Raises:
            OutputError: the file exists and neither ``resume`` nor ``overwrite`` is set, or
                the ``parquet`` extra is not installed.
        """
        _require_pyarrow()
        self.path = path
        self.journal = path.with_name(path.name + ".partial.jsonl")
        for existing in (path, self.journal):
            if existing.exists() and not (resume or overwrite):
                raise OutputError(
                    f"{existing} exists: pass --resume to finish that run, "
                    "or --overwrite to replace it"
                )
        if resume and path.exists() and not self.journal.exists():
            _parquet_to_journal(path, self.journal)
        self._lines = JsonlOutput(self.journal, resume=resume, overwrite=True)
        self.done = self._lines.done
        self.records = self._lines.records
        self.errors = self._lines.errors

    def write(self, result: PageResult) -> None:
        """Append the result to the journal."""
        self._lines.write(result)
        self.records = self._lines.records
        self.errors = self._lines.errors

    def finish(self) -> None:
        """Turn the journal into the Parquet file and remove the journal."""
        self._lines.close()
        temporary = self.path.with_name(self.path.name + ".tmp")
        _journal_to_parquet(self.journal, temporary)
        temporary.replace(self.path)
        self.journal.unlink()

    def close(self) -> None:
        """Close the journal (left in place until :meth:`finish`)."""
        self._lines.close()


def open_output(
    path: Path, *, format: str = "jsonl", resume: bool = False, overwrite: bool = False
) -> Output:
    """Open the output file of a batch run in ``format`` (``jsonl`` or ``parquet``)."""
    if format == "parquet":
        return ParquetOutput(path, resume=resume, overwrite=overwrite)
    if format == "jsonl":
        return JsonlOutput(path, resume=resume, overwrite=overwrite)
    raise OutputError(f"unknown output format {format!r}: use jsonl or parquet")


def read_results(path: Path) -> Iterator[PageResult]:
    """The results in a JSON Lines output file (a cut-off last line left out)."""
    for _, line, end in _lines(path):
        if end is not None:
            yield PageResult.from_json(line)


def _lines(path: Path) -> Iterator[tuple[int, bytes, int | None]]:
    """(line number, line, offset after its newline or None when it has none), streaming.

    Split on ``\\n`` only: JSON may hold U+2028 and friends, which ``str.splitlines`` splits on.
    """
    offset = 0
    number = 0
    rest = b""
    with path.open("rb") as file:
        while chunk := file.read(_READ_CHUNK):
            rest += chunk
            *whole, rest = rest.split(b"\n")
            for line in whole:
                number += 1
                offset += len(line) + 1
                yield number, line, offset
    if rest:
        yield number + 1, rest, None


def _record_head(line: bytes) -> tuple[str, bool]:
    """The id of a record line and whether it is an error, read from its start when we can."""
    match = _RECORD_HEAD_RE.match(line)
    if match:
        key = json.loads(match.group(1))
        if isinstance(key, str):
            return key, not match.group(0).endswith(b"null")
    result = PageResult.from_json(line)
    return result.id, result.error is not None


def _require_pyarrow() -> None:
    try:
        import pyarrow  # type: ignore[import-untyped]  # noqa: F401
    except ImportError as exc:
        raise OutputError(
            "Parquet output needs the parquet extra: pip install 'articlekit[parquet]'"
        ) from exc


def _schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            ("id", text),
            ("url", text),
            ("error_type", text),
            ("error_message", text),
            ("title", text),
            ("text", text),
            ("authors", pa.list_(text)),
            ("source", text),
            ("date", text),
            ("language", text),
            ("article", text),
        ]
    )


def _row(result: PageResult) -> dict[str, Any]:
    article = result.article
    error = result.error or PageError("", "")
    return {
        "id": result.id,
        "url": result.url,
        "error_type": error.type or None,
        "error_message": error.message or None,
        "title": article.title if article else None,
        "text": article.text if article else None,
        "authors": list(article.authors) if article else None,
        "source": article.source if article else None,
        "date": article.date.isoformat() if article and article.date else None,
        "language": article.language if article else None,
        "article": result.article_json,
    }


def _journal_to_parquet(journal: Path, target: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    schema = _schema()
    with pq.ParquetWriter(target, schema) as writer:
        rows: list[dict[str, Any]] = []
        for result in read_results(journal):
            rows.append(_row(result))
            if len(rows) == PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def _parquet_to_journal(source: Path, journal: Path) -> None:
    import pyarrow.parquet as pq

    lines = JsonlOutput(journal, overwrite=True)
    try:
        parquet = pq.ParquetFile(source)
        columns = ["id", "url", "error_type", "error_message", "article"]
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
            for row in batch.to_pylist():
                error = (
                    PageError(row["error_type"], row["error_message"] or "")
                    if row["error_type"]
                    else None
                )
                lines.write(PageResult(row["id"], row["url"], row["article"], error))
    finally:
        lines.close()
