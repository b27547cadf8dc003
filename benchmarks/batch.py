"""Batch conversion: pages/s with 1 and 2 workers, and peak memory as the run grows.

Each measurement runs in a fresh process (``--one``) that converts the shared benchmark pages,
repeated to the size asked, through ``extract_many`` into a JSON Lines file, as
``articlekit batch`` does. It prints:

- pages/s over the whole run, and steady pages/s (from the first result on: worker start-up
  left out), for 1 and 2 workers, and their ratio (best of ``--rounds`` alternated runs);
- peak memory for 1,000 pages and for a larger run: the parent's peak RSS, the largest
  worker's, and the peak of their sum (sampled every 50 ms from /proc).

    python benchmarks/batch.py            # 1 vs 2 workers on 543 pages; memory 1,000 vs 2,000
    python benchmarks/batch.py --large    # memory 1,000 vs 10,000 pages (about 2 minutes)

Timings depend on what else runs on the machine: the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from articlekit import extract_many
from articlekit.batch.output import JsonlOutput
from data import SCRAPINGHUB, require_shared

#: Seconds between samples of the process tree's resident memory.
SAMPLE_EVERY = 0.05


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed-pages", type=int, default=543, help="pages per speed run")
    parser.add_argument("--rounds", type=int, default=2, help="speed runs per setting (best kept)")
    parser.add_argument("--large", action="store_true", help="memory run of 10,000 pages")
    parser.add_argument("--one", nargs=2, type=int, metavar=("PAGES", "WORKERS"))
    args = parser.parse_args()
    require_shared()
    if args.one:
        print(json.dumps(measure(*args.one)))
        return
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    speed: dict[int, dict[str, float]] = {}
    for _ in range(args.rounds):  # alternated, so that a burst of load hits both settings
        for workers in (1, 2):
            figures = run(args.speed_pages, workers)
            if workers not in speed or figures["steady_rate"] > speed[workers]["steady_rate"]:
                speed[workers] = figures
    for workers, figures in speed.items():
        print(
            f"{workers} worker{'s' if workers > 1 else ' '}: {figures['pages']} pages "
            f"in {figures['seconds']:.1f} s, {figures['rate']:.1f} pages/s "
            f"(steady {figures['steady_rate']:.1f} pages/s)"
        )
    print(
        f"2 workers / 1 worker: {speed[2]['rate'] / speed[1]['rate']:.2f}x "
        f"(steady {speed[2]['steady_rate'] / speed[1]['steady_rate']:.2f}x)"
    )
    for pages in (1000, 10000 if args.large else 2000):
        figures = run(pages, 2)
        print(
            f"{pages:6} pages, 2 workers: peak RSS parent {figures['parent_mib']:.0f} MiB, "
            f"largest worker {figures['worker_mib']:.0f} MiB, "
            f"all together {figures['tree_mib']:.0f} MiB "
            f"({figures['rate']:.1f} pages/s, {figures['errors']} errors)"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def run(pages: int, workers: int) -> dict[str, float]:
    """Measure one configuration in a fresh process."""
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(pages), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def measure(pages: int, workers: int) -> dict[str, float]:
    """Convert ``pages`` pages with ``workers`` workers into a temporary JSON Lines file."""
    paths = sorted((SCRAPINGHUB / "html").glob("*.html.gz"))
    inputs = itertools.islice(itertools.cycle(paths), pages)
    sampler = _TreeSampler()
    sampler.start()
    errors = 0
    with tempfile.TemporaryDirectory() as folder:
        output = JsonlOutput(Path(folder) / "out.jsonl")
        start = time.perf_counter()
        first = 0.0
        for count, result in enumerate(extract_many(inputs, workers=workers, progress=False)):
            if count == 0:
                first = time.perf_counter()
            output.write(result)
            errors += not result.ok
        end = time.perf_counter()
        output.close()
    sampler.stop()
    return {
        "pages": pages,
        "seconds": end - start,
        "rate": pages / (end - start),
        "steady_rate": (pages - 1) / (end - first),
        "errors": errors,
        "parent_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "tree_mib": sampler.peak / 2**20,
    }


class _TreeSampler(threading.Thread):
    """Samples the resident memory of this process and its children (Linux /proc)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(SAMPLE_EVERY):
            self.peak = max(self.peak, _tree_rss(os.getpid()))

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def _tree_rss(root: int) -> int:
    page = os.sysconf("SC_PAGE_SIZE")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == root or int(fields[1]) == root:
            total += int(fields[21]) * page
    return total


if __name__ == "__main__":
    main()
