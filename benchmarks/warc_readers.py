"""Compare the WARC readers we could build on (FastWARC and warcio) on the shared pages.

Writes one WARC.gz (one gzip member per record, as crawlers write them) holding the 181 shared
benchmark pages repeated ``--repeat`` times, each HTML response followed by a small image response
that the reader must skip, then times each reader over it: iterate, keep the HTML responses, read
their payloads. Prints records/s and MB/s of uncompressed payload.

    python benchmarks/warc_readers.py [--repeat 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from data import html_pages, require_shared

HTML_TYPES = ("text/html", "application/xhtml+xml")
PNG_BODY = b"\x89PNG\r\n\x1a\n" + bytes(2000)


def warc_record(uri: str, body: bytes, content_type: str) -> bytes:
    """One uncompressed WARC response record holding an HTTP response."""
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: "
        + content_type.encode()
        + b"\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def write_archive(path: Path, pages: dict[str, bytes], repeat: int) -> int:
    """Write the archive; return the number of HTML records in it."""
    count = 0
    with path.open("wb") as out:
        for round_number in range(repeat):
            for name, body in pages.items():
                uri = f"https://example.org/{round_number}/{name}"
                out.write(gzip.compress(warc_record(uri, body, "text/html; charset=utf-8"), 6))
                out.write(gzip.compress(warc_record(uri + ".png", PNG_BODY, "image/png"), 6))
                count += 1
    return count


def read_fastwarc(path: Path) -> tuple[int, int]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(
            stream, record_types=WarcRecordType.response, auto_decode="all"
        ):
            if (record.http_content_type or "") in HTML_TYPES:
                size += len(record.reader.read())
                records += 1
    return records, size


def read_warcio(path: Path) -> tuple[int, int]:
    from warcio.archiveiterator import ArchiveIterator

    records = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() in HTML_TYPES:
                size += len(record.content_stream().read())
                records += 1
    return records, size


READERS: dict[str, Callable[[Path], tuple[int, int]]] = {
    "fastwarc": read_fastwarc,
    "warcio": read_warcio,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20, help="copies of the 181 pages")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs per reader (best kept)")
    args = parser.parse_args()
    require_shared()
    pages = html_pages()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pages.warc.gz"
        expected = write_archive(path, pages, args.repeat)
        print(
            f"archive: {expected} HTML + {expected} image records, "
            f"{path.stat().st_size / 2**20:.1f} MiB gzip"
        )
        for name, read in READERS.items():
            try:
                best = float("inf")
                for _ in range(args.rounds):
                    start = time.perf_counter()
                    records, size = read(path)
                    best = min(best, time.perf_counter() - start)
            except ImportError:
                print(f"{name:9} not installed")
                continue
            assert records == expected, (name, records, expected)
            print(
                f"{name:9} {records / best:9.0f} HTML records/s  "
                f"{size / best / 2**20:7.1f} MB/s payload  {best * 1e3 / records:.3f} ms/record"
            )


if __name__ == "__main__":
    main()
