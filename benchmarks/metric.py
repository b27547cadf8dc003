"""The scrapinghub article-extraction-benchmark metric, as its evaluate.py defines it.

Tokens are ``\\w+`` runs (case kept); each page compares the multisets of 4-gram shingles of
truth and prediction; tp/fp/fn are normalised per page so every page weighs the same;
precision and recall are means over pages; F1 is computed from the two means.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\w+")
SHINGLE = 4


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text)
    if not tokens:
        return Counter()  # as upstream: an empty text has no shingles (the page has no precision)
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(len(tokens) - SHINGLE + 1, 1)))


def page_counts(truth: str, prediction: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    t, p = _shingles(truth), _shingles(prediction)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_f1(truth: str, prediction: str) -> float:
    """F1 of one page (for sorting pages by how well they do)."""
    tp, fp, fn = page_counts(truth, prediction)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float
    accuracy: float
    f1_std: float

    def line(self, name: str) -> str:
        return (
            f"{name:<28} F1 {self.f1:.3f} ± {self.f1_std:.3f}  precision {self.precision:.3f}  "
            f"recall {self.recall:.3f}  accuracy {self.accuracy:.3f}"
        )


def _means(items: list[tuple[float, float, float, bool]]) -> tuple[float, float, float, float]:
    precisions = [tp / (tp + fp) for tp, fp, _, _ in items if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn, _ in items if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(exact for *_, exact in items) / len(items) if items else 0.0
    return f1, precision, recall, accuracy


def score(truths: Mapping[str, str], predictions: Mapping[str, str], seed: int = 0) -> Score:
    """Score ``predictions`` against ``truths`` (both keyed by page id)."""
    items = []
    for key, truth in truths.items():
        prediction = predictions.get(key, "")
        tp, fp, fn = page_counts(truth, prediction)
        exact = _TOKEN_RE.findall(truth) == _TOKEN_RE.findall(prediction)
        items.append((tp, fp, fn, exact))
    f1, precision, recall, accuracy = _means(items)
    rng = random.Random(seed)
    samples = [_means([rng.choice(items) for _ in items])[0] for _ in range(200)]
    mean = sum(samples) / len(samples)
    std = (sum((s - mean) ** 2 for s in samples) / len(samples)) ** 0.5
    return Score(f1, precision, recall, accuracy, std)
