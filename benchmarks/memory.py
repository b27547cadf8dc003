"""Peak memory: a fresh process loads the 181 HTML pages and extracts all of them, per library.

Each figure is the peak resident set size of its own child process: the child's ``VmHWM`` from
``/proc/self/status``, which counts from the child's ``exec``. ``ru_maxrss`` (``getrusage`` or
``os.wait4``) would be wrong here: Linux carries the parent's peak into a child across
fork + exec, so every child of a big parent (``run_all.py``) would show the parent's figure. Where
``/proc`` is missing, ``os.wait4``'s ``ru_maxrss`` is used, which is right when the parent is small. The child loads every page into memory first (as
bytes), then imports the library and extracts every page, keeping the texts. The baseline child
loads the pages and imports only the harness (standard library), so the difference is what the
library itself costs; a child that extracts the first page only shows articlekit's fixed cost.

    python benchmarks/memory.py
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from data import html_pages, require_shared, urls

#: children in the order they run; "baseline" extracts nothing, "articlekit (one page)" extracts
#: the first page only: its fixed cost (imports, lexicons, language model) apart from the pages'
CHILDREN = ("baseline", "articlekit (one page)", "articlekit", "trafilatura", "readability-lxml")


def _child(name: str) -> None:
    """Body of a child process: load the pages, extract them with ``name``, report failures."""
    pages = html_pages()
    page_urls = urls()
    import anchors

    anchors.block_network()
    failures = 0
    if name != "baseline":
        extract = {
            "articlekit (one page)": anchors.articlekit_full,
            "articlekit": anchors.articlekit_full,
            "trafilatura": anchors.trafilatura_upstream,
            "readability-lxml": anchors.readability_upstream,
        }[name]
        chosen = dict(list(pages.items())[:1]) if name == "articlekit (one page)" else pages
        run = anchors.run_pages(extract, chosen, page_urls)
        failures = len(run.failures)
    print(json.dumps({"pages": len(pages), "failures": failures, "vm_hwm_kib": _vm_hwm_kib()}))


def _vm_hwm_kib() -> int | None:
    """This process's peak RSS since its exec, in KiB (Linux), else ``None``."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text(encoding="utf-8").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def measure(name: str) -> tuple[float, dict[str, Any]]:
    """Peak RSS in MiB of a fresh child running ``name``, and what the child printed."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", name],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    child.stdout.close()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        return usage.ru_maxrss / 1024, {"error": f"exit code {child.returncode}"}
    report = json.loads(output.strip().splitlines()[-1])
    peak_kib = report.get("vm_hwm_kib") or usage.ru_maxrss
    return peak_kib / 1024, report


def run() -> dict[str, Any]:
    """Measure every child; print MiB and the difference to the baseline."""
    from anchors import print_header

    print_header("Memory: peak RSS of a fresh process that loads the 181 pages and extracts all")
    peaks: dict[str, float] = {}
    for name in CHILDREN:
        peak, report = measure(name)
        peaks[name] = peak
        extra = "" if name == "baseline" else f"  (+{peak - peaks['baseline']:.0f} MiB)"
        note = report.get("error") or f"failures {report.get('failures', 0)}"
        label = "baseline (pages only)" if name == "baseline" else name
        print(f"{label:<22}{peak:>7.0f} MiB{extra}  {note}", flush=True)
    verdict = "met" if peaks["articlekit"] <= peaks["trafilatura"] else "not met"
    print(f"target: articlekit's peak ≤ trafilatura's: {verdict}")
    return {"peak_rss_mib": peaks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=CHILDREN, help=argparse.SUPPRESS)
    args = parser.parse_args()
    require_shared()
    if args.child:
        _child(args.child)
        return
    from anchors import machine_lines

    print("\n".join(machine_lines()))
    run()


if __name__ == "__main__":
    main()
