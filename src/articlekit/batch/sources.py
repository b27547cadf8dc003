"""Turn what the caller names (paths, folders, globs, archives, pages in memory) into sources.

A :class:`~articlekit.batch.pages.Source` is one page to convert: its id, its URL when known,
and either the path of a file to read (gzip when the name ends in ``.gz``) or the page itself.
Sources are made lazily, in a stable order (folders walked in sorted order, glob matches
sorted), so a long run streams and a resumed run meets the inputs in the same order. Anything
that cannot be turned into pages (a missing path, a glob matching nothing, a damaged archive)
becomes a source carrying its problem, so it is recorded like a page that failed instead of
stopping the run.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from articlekit.batch.pages import Source
from articlekit.batch.results import PageError
from articlekit.batch.warc import is_warc_name, iter_warc

__all__ = ["PAGE_SUFFIXES", "Input", "iter_sources"]

#: One input: a path, folder or glob (str or path-like), or an ``(id, page)`` pair in memory.
Input = str | os.PathLike[str] | tuple[str, str | bytes]

#: File names taken from folders (a name ending in ``.gz`` is taken when the rest matches).
#: Saved pages come with their images, styles and scripts: those are not pages.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
_GLOB_CHARS = frozenset("*?[")


def iter_sources(inputs: Iterable[Input]) -> Iterator[Source]:
    """Yield a source per page named by ``inputs``, lazily and in a stable order.

    Paths of files are pages (``.gz`` files gunzipped), except WARC archives (``.warc``,
    ``.warc.gz``), whose HTML responses are each a page. Folders are walked recursively for
    files named like pages (:data:`PAGE_SUFFIXES`, optionally ``.gz``) and WARC archives.
    Strings with ``*``, ``?`` or ``[`` are globs (``**`` recursive). ``(id, page)`` pairs are
    pages already in memory.
    """
    for item in inputs:
        if isinstance(item, tuple):
            yield _pair_source(item)
        else:
            yield from _path_sources(os.fspath(item))


def _pair_source(item: tuple[object, ...]) -> Source:
    if len(item) != 2:
        return Source(
            str(item[0]) if item else "",
            problem=PageError("InputError", f"expected an (id, page) pair, got {len(item)} items"),
        )
    key, page = item
    if not isinstance(page, (str, bytes)):
        return Source(
            str(key),
            problem=PageError("InputError", f"expected the page as str or bytes, got {type(page)}"),
        )
    return Source(str(key), page=page)


def _path_sources(name: str) -> Iterator[Source]:
    path = Path(name)
    if path.is_dir():
        yield from _folder_sources(name)
    elif path.exists():
        yield from _file_sources(name)
    elif _GLOB_CHARS.intersection(name):
        # glob.glob, not Path.glob: the pattern may be absolute and have wildcards anywhere.
        matches = sorted(glob.glob(name, recursive=True))  # noqa: PTH207
        if not matches:
            yield Source(name, problem=PageError("FileNotFoundError", f"no file matches {name}"))
        for match in matches:
            if Path(match).is_dir():
                yield from _folder_sources(match)
            else:
                yield from _file_sources(match)
    else:
        yield Source(name, problem=PageError("FileNotFoundError", f"no such file: {name}"))


def _folder_sources(folder: str) -> Iterator[Source]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and _is_page_name(file):
                yield from _file_sources(str(Path(root, file)))


def _file_sources(path: str) -> Iterator[Source]:
    if is_warc_name(path):
        yield from iter_warc(path)
    else:
        yield Source(path, path=path)


def _is_page_name(name: str) -> bool:
    lower = name.lower().removesuffix(".gz")
    return lower.endswith(PAGE_SUFFIXES) or is_warc_name(name)
