"""Shared test helpers: where the samples are, and skipping when ../shared is absent."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "samples"
SHARED = ROOT.parent / "shared"
BENCHMARK = SHARED / "benchmarks" / "scrapinghub"
DEV_SAMPLES = SHARED / "samples" / "dev"


def require_shared(path: Path) -> Path:
    """Return ``path`` inside ../shared, or skip the test with the reason when it is absent."""
    if not path.exists():
        pytest.skip(f"needs the shared material at {path} (present in CI; absent in a fresh clone)")
    return path


def benchmark_page(page_id: str) -> bytes:
    """The raw HTML of one page of the shared benchmark."""
    path = require_shared(BENCHMARK / "html" / f"{page_id}.html.gz")
    return gzip.decompress(path.read_bytes())


def benchmark_truth(page_id: str) -> str:
    """The ground-truth article body of one page of the shared benchmark."""
    path = require_shared(BENCHMARK / "ground-truth.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return str(data[page_id]["articleBody"])


def words(text: str) -> str:
    """``text`` with whitespace collapsed, for comparisons "exact up to whitespace"."""
    return " ".join(text.split())
