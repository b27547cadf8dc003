"""Read the HTML pages out of WARC archives (``.warc``, ``.warc.gz``) with FastWARC.

Each ``response`` record (or ``resource`` record) with a 2xx status and an HTML content type
is one page; its id is the WARC record id and its URL the record's target URI. Other records
(requests, metadata, images, scripts, redirects, errors) are not pages and are passed over.
FastWARC was chosen over warcio by ``benchmarks/warc_readers.py``: 2.2 times the records per
second on the same archive (figures in ``docs/batch.md``).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from articlekit.batch.pages import MAX_PAGE_BYTES, Source
from articlekit.batch.results import PageError

__all__ = ["HTML_TYPES", "is_warc_name", "iter_warc"]

#: Media types of HTML pages, as a server sends them in ``Content-Type``.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_WARC_SUFFIXES = (".warc", ".warc.gz")
_PAGE_RECORDS = WarcRecordType.response | WarcRecordType.resource
_HTTP_OK = range(200, 300)
#: Charsets servers declare by default (codec names as ``codecs.lookup`` gives them).
_DEFAULT_CHARSETS = frozenset({"iso8859-1", "ascii", "cp1252"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def is_warc_name(path: str) -> bool:
    """Whether the file name says it is a WARC archive."""
    return path.lower().endswith(_WARC_SUFFIXES)


def iter_warc(path: str) -> Iterator[Source]:
    """Yield a source per HTML page in the archive at ``path``, in archive order.

    A record cut short by the end of the file, and an archive that cannot be read at all, give
    a source carrying the problem, so the damage shows in the results.
    """
    try:
        with Path(path).open("rb") as stream:
            for record in ArchiveIterator(stream, record_types=_PAGE_RECORDS, auto_decode="all"):
                if _is_html_page(record):
                    yield _record_source(path, record)
    except (OSError, ValueError) as exc:
        yield Source(path, problem=PageError(type(exc).__name__, f"{path}: {exc}"))


def _is_html_page(record: WarcRecord) -> bool:
    if record.record_type == WarcRecordType.resource:
        content_type = record.headers.get("Content-Type")
    else:
        if record.http_headers.status_code not in _HTTP_OK:
            return False
        content_type = record.http_content_type or record.headers.get(
            "WARC-Identified-Payload-Type"
        )
    return (content_type or "").split(";")[0].strip().lower() in HTML_TYPES


def _record_source(path: str, record: WarcRecord) -> Source:
    record_id = record.record_id or f"{path}@{record.stream_pos}"
    url = record.headers.get("WARC-Target-URI")
    expected = record.content_length
    body = record.reader.read(MAX_PAGE_BYTES + 1)
    if len(body) > MAX_PAGE_BYTES:
        message = f"the record holds more than {MAX_PAGE_BYTES >> 20} MiB: not a page"
        return Source(record_id, url, problem=PageError("InputError", message))
    if _is_cut_short(record, body, expected):
        message = f"{path} ends inside this record (the archive is truncated)"
        return Source(record_id, url, problem=PageError("InputError", message))
    return Source(record_id, url, page=_decode_declared(body, record.http_charset))


def _is_cut_short(record: WarcRecord, body: bytes, expected: int) -> bool:
    """Whether the payload is shorter than its record says (the file ends inside it).

    After decoding a content or transfer encoding the length no longer compares, so there
    only an empty payload where one was announced counts as cut short.
    """
    if not body:
        return expected > 0
    encoded = record.is_http and (
        record.http_headers.get("Content-Encoding") or record.http_headers.get("Transfer-Encoding")
    )
    return not encoded and len(body) < expected


def _decode_declared(body: bytes, charset: str | None) -> str | bytes:
    """Decode with the charset the server declared; leave the bytes to the library otherwise.

    A byte-order mark beats the header (as in browsers), and so does valid UTF-8 under a
    Latin-1 or ASCII header: servers send those as a default, not as knowledge of the page.
    """
    if not charset or body.startswith(_BOMS):
        return body
    try:
        encoding = codecs.lookup(charset).name
        if encoding in _DEFAULT_CHARSETS and _is_utf8(body):
            return body
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return body


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
