"""One page to convert (:class:`Source`) and how its bytes are read from a file."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from articlekit.batch.results import PageError
from articlekit.errors import InputError

__all__ = ["MAX_PAGE_BYTES", "Source", "read_page"]

#: Largest page read, after gunzip: no saved article page comes near it, and a gzip bomb or a
#: mistaken video file must not take the machine's memory.
MAX_PAGE_BYTES = 64 * 2**20


@dataclass(frozen=True, slots=True)
class Source:
    """One page to convert.

    Attributes:
        id: what identifies the input in the results: the path, the WARC record id, or the id
            the caller gave with the page.
        url: the page's URL when the input says it (WARC records).
        path: a file to read (gunzipped when its name ends in ``.gz``), or ``None``.
        page: the page itself when it is already in memory, or ``None``.
        problem: why there is no page to read, or ``None``.
    """

    id: str
    url: str | None = None
    path: str | None = None
    page: str | bytes | None = None
    problem: PageError | None = None

    def loaded(self) -> Source:
        """This source with the page read into memory (for workers that cannot see our files).

        A source whose file cannot be read comes back carrying the problem.
        """
        if self.path is None or self.problem is not None:
            return self
        try:
            if not Path(self.path).is_file():  # a FIFO or a device would block the caller
                raise InputError(f"{self.path} is not a regular file")
            page = read_page(self.path)
        except (OSError, InputError) as exc:
            return Source(self.id, self.url, problem=PageError(type(exc).__name__, str(exc)))
        return Source(self.id, self.url, page=page)

    def read(self) -> str | bytes:
        """The page, read from its file when it is not in memory.

        Raises:
            InputError: the source has no page, or its file is not a readable page.
            OSError: the file cannot be opened.
        """
        if self.page is not None:
            return self.page
        if self.path is not None:
            return read_page(self.path)
        if self.problem is not None:
            raise InputError(self.problem.message)
        raise InputError(f"{self.id}: the source holds neither a page nor a path")


def read_page(path: str) -> bytes:
    """Read one saved page, gunzipping it when its name ends in ``.gz``.

    Raises:
        InputError: the file is too large to be a page, or is not a complete gzip file.
        OSError: the file cannot be opened or read.
    """
    with Path(path).open("rb") as file:
        data = file.read(MAX_PAGE_BYTES + 1)
    if not path.lower().endswith(".gz"):
        if len(data) > MAX_PAGE_BYTES:
            raise InputError(f"{path} is larger than {MAX_PAGE_BYTES >> 20} MiB: not a page")
        return data
    inflater = zlib.decompressobj(wbits=31)
    try:
        page = inflater.decompress(data, MAX_PAGE_BYTES + 1)
    except zlib.error as exc:
        raise InputError(f"{path} is not a valid gzip file: {exc}") from exc
    if len(page) > MAX_PAGE_BYTES:
        raise InputError(f"{path} holds more than {MAX_PAGE_BYTES >> 20} MiB: not a page")
    if not inflater.eof:
        raise InputError(f"{path} is a truncated gzip file (it ends before its end marker)")
    return page
