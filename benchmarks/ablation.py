"""Ablation: what each piece of body selection adds to F1, and what it costs.

Each row switches one piece off (by replacing it with a no-op for the run) and scores the
body on the shared benchmark, HTML and one text dump, with the pipeline's body stages only.

    python benchmarks/ablation.py
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from articlekit.blocks import Block
from articlekit.extractors import html as html_front
from articlekit.extractors import text as text_front
from articlekit.inputs import decode_page
from articlekit.pipeline import select_body
from articlekit.stages import chrome, select
from data import html_pages, require_shared, text_pages, truths
from metric import score


def _same(blocks: Sequence[Block], *_: Any) -> list[Block]:
    return list(blocks)


def _no_anchors(*_: Any) -> list[int]:
    return []


def _none(*_: Any) -> None:
    return None


def _container(blocks: Sequence[Block], weights: Sequence[float], container: int) -> int:
    return container


ABLATIONS: list[tuple[str, list[tuple[Any, str, Callable[..., Any]]]]] = [
    ("full body selection", []),
    ("- class/id words", [(chrome, "hint_reason", _none)]),
    ("- chrome phrases", [(chrome, "_by_phrase", _none)]),
    ("- link density", [(chrome, "_by_links", _none)]),
    ("- teaser cards", [(chrome, "mark_teaser_cards", _same)]),
    (
        "- photo credits, dates, videos",
        [
            (chrome, "_by_photo_credit", _none),
            (chrome, "_by_date_line", _none),
            (chrome, "_by_video_length", _none),
        ],
    ),
    ("- dominant child", [(select, "_dominant_child", _container)]),
    ("- labels over removed lists", [(select, "drop_orphan_labels", _same)]),
    ("- trim short lines at edges", [(select, "trim_edges", _same)]),
    ("- text: headline anchor", [(select, "_headline_anchors", _no_anchors)]),
]


@contextmanager
def _patched(patches: list[tuple[Any, str, Callable[..., Any]]]) -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    try:
        for module, name, replacement in patches:
            setattr(module, name, replacement)
        if any(name.startswith("_by_") for _, name, _ in patches):
            chrome._BLOCK_RULES = tuple(getattr(chrome, f.__name__) for f in _RULES)  # type: ignore[attr-defined]
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)
        chrome._BLOCK_RULES = _RULES  # type: ignore[attr-defined]


_RULES = chrome._BLOCK_RULES  # type: ignore[attr-defined]


def _body(front: Callable[[str], Any], page: str | bytes) -> str:
    blocks, _ = select_body(front(decode_page(page)))
    return "\n\n".join(b.text for b in blocks if b.chrome is None)


def main() -> None:
    require_shared()
    truth = truths()
    html = html_pages()
    text = text_pages("html_text")
    print(
        f"{'piece switched off':32} {'HTML F1':>8} {'P':>6} {'R':>6} {'ms/page':>8} {'text F1':>8}"
    )
    for name, patches in ABLATIONS:
        with _patched(patches):
            start = time.process_time()
            predictions = {k: _body(html_front.build_page, p) for k, p in html.items()}
            elapsed = (time.process_time() - start) / len(html) * 1000
            html_score = score(truth, predictions)
            text_score = score(truth, {k: _body(text_front.build_page, p) for k, p in text.items()})
        print(
            f"{name:32} {html_score.f1:8.3f} {html_score.precision:6.3f} {html_score.recall:6.3f}"
            f" {elapsed:8.2f} {text_score.f1:8.3f}"
        )


if __name__ == "__main__":
    main()
