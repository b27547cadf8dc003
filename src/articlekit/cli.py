"""The ``articlekit`` command line.

``articlekit extract PAGE`` prints the article of one saved page (a path, ``.gz`` files
gunzipped, or ``-`` for standard input) as JSON, text or Markdown. ``articlekit batch INPUT...``
converts many pages into one JSON Lines or Parquet file (see :mod:`articlekit.batch`).
Errors print one line on standard error and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from articlekit.batch.command import EXIT_USAGE, run_batch
from articlekit.batch.pages import read_page
from articlekit.batch.pool import DEFAULT_TIMEOUT
from articlekit.errors import ArticlekitError
from articlekit.models import Article
from articlekit.pipeline import extract

__all__ = ["main"]

_FORMATS = ("json", "text", "markdown")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args.page, url=args.url, format=args.format)
    return run_batch(
        args.inputs,
        output=args.output,
        format=args.format,
        workers=args.workers,
        resume=args.resume,
        overwrite=args.overwrite,
        timeout=args.timeout,
        scheduler=args.scheduler,
    )


def _extract(page: str, *, url: str | None, format: str) -> int:
    try:
        data = sys.stdin.buffer.read() if page == "-" else read_page(page)
        article = extract(data, url=url)
    except (ArticlekitError, OSError) as exc:
        print(f"articlekit: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.buffer.write(_render(article, format).encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def _render(article: Article, format: str) -> str:
    if format == "json":
        return article.model_dump_json(indent=2) + "\n"
    if format == "markdown":
        return article.to_markdown()
    head = f"{article.title}\n\n" if article.title else ""
    return head + article.text + "\n"


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"cannot read {exc.filename}: {exc.strerror or exc}"
    return " ".join(str(exc).split()) or type(exc).__name__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="A clean, typed article from saved web pages, HTML or plain text.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    one = commands.add_parser("extract", help="print the article of one saved page")
    one.add_argument("page", metavar="PAGE", help="a saved page (.gz is gunzipped), or - for stdin")
    one.add_argument("--url", help="the page's URL, kept in the article")
    one.add_argument("--format", choices=_FORMATS, default="json", help="output (default: json)")

    many = commands.add_parser(
        "batch",
        help="convert many pages into one JSON Lines or Parquet file",
        description="Convert saved pages, folders, globs and WARC archives into one record "
        "per page. Exit status: 0 when every page gave an article, 1 when some gave an error "
        "record, 2 when the run could not start or write, 130 when interrupted.",
    )
    many.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, folders, globs, .warc(.gz) archives"
    )
    many.add_argument("-o", "--output", type=Path, required=True, help="the output file")
    many.add_argument(
        "--format", choices=("jsonl", "parquet"), default="jsonl", help="default: jsonl"
    )
    many.add_argument(
        "--workers", type=_count, default=None, help="worker processes (default: one per CPU)"
    )
    many.add_argument(
        "--resume", action="store_true", help="skip the inputs already in OUTPUT, finish the rest"
    )
    many.add_argument("--overwrite", action="store_true", help="replace an existing OUTPUT")
    many.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"seconds a page may take before it is recorded as an error "
        f"(default: {DEFAULT_TIMEOUT:g})",
    )
    many.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run on this Dask scheduler (needs the dask extra)",
    )
    return parser


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {text}")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text}")
    return value
