"""Run-together copies and cut-off teasers of paragraphs."""

from __future__ import annotations

from helpers import PROSE, block, numbered

from articlekit.blocks import ChromeReason
from articlekit.stages.repeats import drop_repeated_text

SECOND = "Officials said the plan would be reviewed again in the spring, after the first results."


def test_copy_of_paragraphs_run_together() -> None:
    copy = f"{PROSE} {SECOND} {PROSE}"
    blocks = drop_repeated_text(numbered([block(PROSE), block(SECOND), block(copy)]))
    assert [b.chrome for b in blocks] == [None, None, ChromeReason.DUPLICATE]


def test_cut_off_teaser() -> None:
    blocks = drop_repeated_text(numbered([block(PROSE[:60] + "..."), block(PROSE)]))
    assert [b.chrome for b in blocks] == [ChromeReason.DUPLICATE, None]


def test_different_paragraphs_stay() -> None:
    blocks = drop_repeated_text(numbered([block(PROSE), block(SECOND)]))
    assert all(b.chrome is None for b in blocks)


def test_cut_off_text_printed_twice_is_a_teaser() -> None:
    teaser = PROSE[:60] + "..."
    blocks = drop_repeated_text(
        numbered([block(teaser, repeats=2), block(SECOND), block(teaser, repeats=2)])
    )
    assert [b.chrome for b in blocks] == [ChromeReason.DUPLICATE, None, ChromeReason.DUPLICATE]
