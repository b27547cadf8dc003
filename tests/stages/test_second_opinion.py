"""The second opinion: only when our body is next to nothing, and only when it gives more."""

from __future__ import annotations

import pytest
from helpers import PROSE, block, numbered

from articlekit.blocks import ChromeReason
from articlekit.stages import second_opinion
from articlekit.stages.second_opinion import reconsider

LINES = [f"Round {n}: 10 March, the city circuit" for n in range(12)]


def _page() -> list:
    notice = block("Comments are moderated before they appear here.")
    rounds = [block(line).marked(ChromeReason.OUTSIDE_CONTENT, "x") for line in LINES]
    return numbered([notice, *rounds])


def test_other_reading_is_taken_when_ours_is_tiny(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "_other_reading", lambda markup: "\n".join(LINES))
    blocks = reconsider(_page(), "<html>...</html>")
    assert blocks[0].chrome is ChromeReason.OUTSIDE_CONTENT
    assert blocks[0].evidence == "second opinion"
    assert all(b.chrome is None for b in blocks[1:])


def test_not_asked_when_our_body_is_long(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(markup: str) -> str:
        raise AssertionError("trafilatura must not be asked")

    monkeypatch.setattr(second_opinion, "_other_reading", fail)
    blocks = numbered([block(PROSE), block(PROSE), block(PROSE)])
    assert reconsider(blocks, "<html>...</html>") == blocks


def test_kept_when_the_other_reading_is_not_more(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "_other_reading", lambda markup: "")
    page = _page()
    assert reconsider(page, "<html>...</html>") == page
