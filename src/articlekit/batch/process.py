"""A pool worker process: ``python -m articlekit.batch.process READ_FD WRITE_FD PARENT_PID``.

It reads ``(seq, Source)`` pairs from one pipe and writes ``(seq, PageResult)`` pairs to the
other until the pipe closes. It ignores Ctrl-C (the parent decides what to do) and, on Linux,
asks the kernel to kill it when the parent dies, so no orphan is left working on a hung page.
Kept apart from :mod:`articlekit.batch.worker` so that the package never imports it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from multiprocessing.connection import Connection

from articlekit.batch.worker import serve

__all__ = ["main"]

_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def main() -> None:
    """Entry point of a pool worker process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    read_fd, write_fd, parent = (int(arg) for arg in sys.argv[1:4])
    _die_with_parent(parent)
    serve(Connection(read_fd, writable=False), Connection(write_fd, readable=False))


if __name__ == "__main__":
    main()
