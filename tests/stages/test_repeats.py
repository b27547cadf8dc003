"""Run-together copies and cut-off teasers of paragraphs."""

from __future__ import annotations

from helpers import PROSE, block, numbered

from articlekit.blocks import ChromeReason, Role
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


def test_line_printed_again_in_a_row_is_a_copy() -> None:
    title = "Weather threatens holiday plans"
    slides = [block(title, path=(1, 2, 3 + i), repeats=4) for i in range(4)]
    blocks = drop_repeated_text(numbered([*slides, block(PROSE, path=(1, 9))]))
    assert [b.chrome for b in blocks] == [None, *[ChromeReason.DUPLICATE] * 3, None]


def test_table_cells_and_single_words_repeat_in_a_row() -> None:
    cells = [
        block("1", path=(1, 2), role=Role.TABLE_CELL),
        block("1", path=(1, 3), role=Role.TABLE_CELL),
        block("Yes", path=(1, 4)),
        block("Yes", path=(1, 5)),
    ]
    assert all(b.chrome is None for b in drop_repeated_text(numbered(cells)))


def test_text_dump_lines_in_a_row_are_left_to_the_chrome_stage() -> None:
    caption = "Los Angeles Lakers' LeBron James dunks during the first half of the game."
    blocks = drop_repeated_text(numbered([block(caption), block(caption), block(PROSE)]))
    assert all(b.chrome is None for b in blocks)
