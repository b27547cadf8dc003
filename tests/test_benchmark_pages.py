"""Behaviour on real pages of the shared benchmark: what is kept, what is cut, and why.

Each case names a kind of block, not a site: the page is just where that kind was found.
The pages are read in place from ../shared (skipped when absent).
"""

from __future__ import annotations

import pytest

import articlekit
from articlekit import ChromeReason
from conftest import benchmark_page, benchmark_truth, words

CASES = [
    pytest.param(
        "156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38",
        "The tagline drew a mix of criticism",
        "Sunday Talk Shows",
        {ChromeReason.NAVIGATION},
        id="body-inside-a-wrapper-named-sidebar-and-menus-cut",
    ),
    pytest.param(
        "e4c6a3b482403a8f60190ba27248cd52b250b86f5d4a8a10edcf7062c64fc3f5",
        "Xi's problem is simple",
        "Our family always celebrates anniversaries",
        {ChromeReason.RELATED},
        id="teaser-cards-with-excerpts-in-the-article-column",
    ),
    pytest.param(
        "e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090",
        "The stabbing occurred during a presentation",
        "Customer Service Center can be contacted",
        {ChromeReason.FOOTER},
        id="two-paragraph-article-beside-a-longer-footer",
    ),
    pytest.param(
        "30b771a40a4e96156d398716c877deef54b05d091770d2717c98e4c6b670010c",
        "If you want a book that makes you feel great",
        "This website uses cookies",
        {ChromeReason.COOKIE},
        id="cookie-consent-text-longer-than-the-review",
    ),
    pytest.param(
        "264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485",
        "Zach Parise",
        "Maybe the Wild have found their own personal GEEK Squad",
        {ChromeReason.RELATED},
        id="more-in-section-list-of-headline-date-excerpt-cards",
    ),
    pytest.param(
        "c582d3b772578e8feaa3cfd8f5ae8100bb6f0bc66048204a9a398395841c1164",
        "In this article, and in the coming weeks",
        None,
        set(),
        id="article-wrapped-in-a-page-builder-widget",
    ),
]


@pytest.mark.parametrize(("page_id", "kept", "cut", "reasons"), CASES)
def test_kept_and_cut(page_id: str, kept: str, cut: str | None, reasons: set[ChromeReason]) -> None:
    article = articlekit.extract_html(benchmark_page(page_id))
    assert kept in words(benchmark_truth(page_id)) or kept in (article.title or "")
    assert any(kept in p.text for p in article.paragraphs) or kept in (article.title or "")
    if cut is not None:
        assert not any(cut in p.text for p in article.paragraphs)
        found = {r.reason for r in article.removed if cut in r.text}
        assert found and found <= reasons, found


def test_comment_section_of_a_text_dump_is_not_the_article() -> None:
    """A forum thread under a short news item is longer than the item; the item still wins
    when the dump opens with the page title (crawler-style text)."""
    from conftest import BENCHMARK, require_shared

    page_id = "c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829"
    text = require_shared(BENCHMARK / "text" / "html_text" / f"{page_id}.txt").read_text()
    article = articlekit.extract_text(text)
    assert article.paragraphs
    assert article.paragraphs[0].text.startswith("ST. JOSEPH, Mich. (AP)")
    assert not any("Fantasy Football Waiver Wire" in p.text for p in article.paragraphs)


def test_list_page_without_sentences_gets_a_second_opinion() -> None:
    """A race calendar is a list of dates: our best region is a comment notice, trafilatura's
    reading has the calendar, and its lines become the body."""
    page_id = "cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e"
    article = articlekit.extract_html(benchmark_page(page_id))
    assert any("1a etapa: 10 de março" in p.text for p in article.paragraphs)
    assert sum("etapa:" in p.text for p in article.paragraphs) == 12
