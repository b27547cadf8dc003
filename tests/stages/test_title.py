"""The headline: declared titles checked against the page, text dumps by position."""

from __future__ import annotations

from helpers import PROSE, block, numbered

from articlekit.blocks import ChromeReason, Role
from articlekit.page import PageMeta
from articlekit.stages.title import find_title, mark_title


def test_heading_that_prints_the_declared_title() -> None:
    meta = PageMeta(
        title="Budget approved | Example Times", meta={"og:title": ("Budget approved",)}
    )
    blocks = numbered(
        [
            block("Example Times", role=Role.HEADING, path=(1,)),
            block("Budget approved", role=Role.HEADING, path=(1,)),
            block(PROSE, path=(1,)),
        ]
    )
    assert find_title(blocks, meta) == "Budget approved"


def test_site_name_is_cut_from_title_element() -> None:
    meta = PageMeta(title="Council approves the new budget - Example Times")
    assert find_title(numbered([block(PROSE)]), meta) == "Council approves the new budget"


def test_text_dump_title_is_the_headline_before_the_body() -> None:
    menu = block("Home").marked(ChromeReason.NAVIGATION, "home")
    dateline = block("Published 11:34 PM Nov 19, 2019").marked(ChromeReason.METADATA, "date")
    headline = block("Council approves the new budget").marked(ChromeReason.OUTSIDE_CONTENT, "x")
    blocks = numbered([menu, headline, dateline, block(PROSE)])
    assert find_title(blocks, PageMeta()) == "Council approves the new budget"


def test_repeats_of_the_headline_are_removed() -> None:
    blocks = mark_title(numbered([block(PROSE), block("Budget approved")]), "Budget approved")
    assert blocks[1].chrome is ChromeReason.TITLE
    assert blocks[0].chrome is None


def test_headline_before_the_site_name_and_a_footer_naming_the_site() -> None:
    meta = PageMeta(title="Simple bread - Example Recipes")
    blocks = numbered(
        [
            block("Simple bread", role=Role.HEADING, path=(1,)),
            block(PROSE, path=(1,)),
            block("© Example Recipes", path=(1,)).marked(ChromeReason.FOOTER, "footer"),
        ]
    )
    assert find_title(blocks, meta) == "Simple bread"


def test_site_name_is_cut_from_chinese_and_japanese_titles() -> None:
    blocks = numbered([block(PROSE)])
    chinese = PageMeta(title="短缺药品保供稳价 全力保障临床用药需求-新华网")
    assert find_title(blocks, chinese) == "短缺药品保供稳价 全力保障临床用药需求"
    japanese = PageMeta(title="米朝首脳直通電話　習氏に挑むトランプ戦術の成否　：日本経済新聞")
    assert find_title(blocks, japanese) == "米朝首脳直通電話　習氏に挑むトランプ戦術の成否"


def test_colon_inside_a_chinese_headline_stays() -> None:
    blocks = numbered(
        [block("外国专家：中美合作共赢符合国际社会利益", role=Role.HEADING), block(PROSE)]
    )
    assert find_title(blocks, PageMeta(title="外国专家：中美合作共赢符合国际社会利益")) == (
        "外国专家：中美合作共赢符合国际社会利益"
    )
