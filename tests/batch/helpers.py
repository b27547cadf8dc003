"""Helpers of the batch tests: a PNG header and a WARC writer, to build broken inputs."""

from __future__ import annotations

import gzip
from collections.abc import Callable, Sequence
from pathlib import Path

#: A PNG file's first bytes: a picture saved under a page's name.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"

WarcRecord = tuple[str, str, bytes]  # (target URI, HTTP Content-Type, body)
MakeWarc = Callable[[Path, Sequence[WarcRecord]], list[str]]


def warc_record(uri: str, content_type: str, body: bytes, number: int) -> bytes:
    """One WARC/1.0 response record holding an HTTP 200 response."""
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: {record_id(number)}\r\n"
        "WARC-Date: 2024-05-01T12:00:00Z\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def record_id(number: int) -> str:
    """The WARC record id of the ``number``-th record written by :func:`write_warc`."""
    return f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>"


def write_warc(path: Path, records: Sequence[WarcRecord]) -> list[str]:
    """Write a WARC (gzip per record when the name ends in .gz); return the record ids."""
    blobs = [warc_record(uri, ctype, body, n) for n, (uri, ctype, body) in enumerate(records)]
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(blob) for blob in blobs))
    else:
        path.write_bytes(b"".join(blobs))
    return [record_id(n) for n in range(len(records))]
