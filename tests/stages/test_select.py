"""Main-content selection: the best subtree (HTML) or the best run of lines (text)."""

from __future__ import annotations

from helpers import PROSE, block, numbered

from articlekit import extract_html, extract_text
from articlekit.blocks import ChromeReason, Role
from articlekit.stages.select import select_main


def test_best_subtree_keeps_the_article_container() -> None:
    blocks = select_main(
        numbered(
            [
                block("Home", path=(1, 2)),
                block("Short teaser line", path=(1, 2)),
                block(PROSE, path=(1, 3, 4)),
                block("A subheading", role=Role.HEADING, path=(1, 3, 4)),
                block(PROSE, path=(1, 3, 4)),
                block("Copyright 2024 Example Media", path=(1, 5)),
            ]
        )
    )
    assert [b.chrome is None for b in blocks] == [False, False, True, True, True, False]
    assert blocks[0].chrome is ChromeReason.OUTSIDE_CONTENT


def test_best_segment_of_a_text_dump() -> None:
    menu = [block(w) for w in ("Home", "World", "Sport", "Business", "Opinion", "Video")]
    teasers = [block(f"Another story headline number {n}") for n in range(6)]
    blocks = select_main(
        numbered([*menu, block(PROSE), block("Caption of a photo"), block(PROSE), *teasers])
    )
    kept = [b.index for b in blocks if b.chrome is None]
    assert kept == [6, 7, 8]


def test_comment_heading_is_a_barrier_in_text() -> None:
    comments = [block(PROSE) for _ in range(5)]
    chrome = block("Comments").marked(ChromeReason.COMMENTS, "comments")
    article = [block(PROSE) for _ in range(4)]
    blocks = select_main(numbered([*article, chrome, *comments]))
    assert [b.index for b in blocks if b.chrome is None] == [0, 1, 2, 3]


def test_label_introducing_a_removed_list_goes_with_it() -> None:
    related = block("Ten more stories to read", links=24, path=(1, 2)).marked(
        ChromeReason.RELATED, "x"
    )
    blocks = select_main(
        numbered(
            [
                block(PROSE, path=(1, 2)),
                block("Popular on the site", role=Role.HEADING, path=(1, 2)),
                related,
                block("Our subheading", role=Role.HEADING, path=(1, 2)),
                block(PROSE, path=(1, 2)),
            ]
        )
    )
    assert blocks[1].chrome is ChromeReason.RELATED
    assert blocks[3].chrome is None


def test_short_lines_at_the_edges_go_lists_stay() -> None:
    blocks = select_main(
        numbered(
            [
                block("Text size", path=(1, 2)),
                block(PROSE, path=(1, 2)),
                block("An item of the closing list", role=Role.LIST_ITEM, path=(1, 2)),
                block(PROSE, path=(1, 2)),
                block("Back to gallery", path=(1, 2)),
            ]
        )
    )
    assert [b.chrome is None for b in blocks] == [False, True, True, True, False]


def test_page_of_links_and_chrome_keeps_nothing() -> None:
    menu = [
        block("Home", links=4, path=(1,)).marked(ChromeReason.NAVIGATION, "x"),
        block("About", 1, links=5, path=(1,)).marked(ChromeReason.NAVIGATION, "x"),
    ]
    blocks = select_main(menu)
    assert all(b.chrome is not None for b in blocks)


def test_page_without_sentences_keeps_its_plain_text() -> None:
    """A changelog or a list of dates has no sentence: its text that is not links is the page."""
    changes = [block(f"Added the new block number {n}", path=(1, 2)) for n in range(8)]
    menu = [block("Home", links=4, path=(1, 3)), block("Downloads", links=9, path=(1, 3))]
    blocks = select_main(numbered([*menu, *changes]))
    assert [b.chrome is None for b in blocks] == [False, False] + [True] * 8


def test_outside_blocks_are_explained_by_their_shape() -> None:
    from articlekit.stages.select import explain_outside

    outside = [
        block(text).marked(ChromeReason.OUTSIDE_CONTENT, "x")
        for text in (
            "Home",
            "Council approves new budget for schools",
            "Storm closes the coastal road again",
            "Minister resigns over the ferry contract",
            "A closing sentence that ends with a stop.",
        )
    ]
    blocks = explain_outside(numbered([outside[0], block(PROSE), *outside[1:]]))
    assert blocks[0].chrome is ChromeReason.NAVIGATION
    assert [b.chrome for b in blocks[2:5]] == [ChromeReason.RELATED] * 3
    assert blocks[5].chrome is ChromeReason.OUTSIDE_CONTENT


def test_linked_heading_between_paragraphs_stays() -> None:
    heading = block("Sharing with a single developer", role=Role.HEADING, links=31, path=(1, 2))
    blocks = select_main(
        numbered(
            [
                block(PROSE, path=(1, 2)),
                heading.marked(ChromeReason.NAVIGATION, "link density 1.00"),
                block(PROSE, path=(1, 2)),
            ]
        )
    )
    assert [b.chrome for b in blocks] == [None, None, None]


_CHANGES = [
    "Added Granite, Andesite and Diorite stone blocks",
    "Added Slime Block",
    "Added Iron Trapdoor",
    "Added the Ocean Monument with its guardians",
    "Added Banners",
    "Villagers will harvest crops and plant new ones",
    "Doors and fences now come in every wood type",
    "Block numbers (such as 1 for stone), are being replaced by names, such as stone.",
    "Added a spectator game mode for watching",
    "Server list has been improved",
    "Buttons can now be placed on the ceiling",
    "Added one new achievement",
]


def test_list_post_in_a_text_dump_keeps_its_list() -> None:
    # a release-notes post: one sentence among many bullet lines, links above and below
    dump = "\n".join(
        [
            "Game News",
            "Powered by Blogware",
            "",
            "Version 1.8 - The Big Update",
            "",
            *(f"+ {change}" for change in _CHANGES),
            "",
            "Newer Older",
            "",
            "Official links:",
            "",
            "Game.net",
            "Bug tracker",
            "Account Support",
        ]
    )
    article = extract_text(dump)
    assert [p.text for p in article.paragraphs] == _CHANGES
    assert {"Bug tracker", "Account Support", "Powered by Blogware"} <= {
        r.text for r in article.removed
    }


def test_brief_with_a_bulleted_menu_keeps_its_prose() -> None:
    brief = [
        "The city council approved the new budget on Tuesday after a long debate.",
        "The plan raises spending on schools and roads, and cuts the cost of permits.",
        "It takes effect in January, the mayor said in a statement after the vote.",
    ]
    dump = "\n".join(
        ["* Home", "* News", "* Sport", "", "Council approves the city budget", "", *brief]
    )
    article = extract_text(dump)
    assert [p.text for p in article.paragraphs] == brief


_FIRST_STORY = [
    "The council met on Tuesday to discuss the new budget, which raises spending on schools.",
    "Several members objected to the cost of the plan, and the vote was put off for a week.",
    "The mayor said she expected the plan to pass next time, with a few small changes to it.",
    "A group of parents who came to the meeting asked the council to keep the money for schools.",
]
_SECOND_STORY = [
    "The river rose by two metres overnight after three days of heavy rain in the hills.",
    "Residents of the lower town were asked to leave their homes until the water goes down.",
    "The road between the two towns was closed on Monday night and will stay closed for days.",
    "Forecasters expect more rain at the weekend, though less than fell earlier in the week.",
]


def _edition(between: list[str]) -> str:
    return "\n\n".join(
        [
            "Weekly Edition",
            "The council puts off its budget vote",
            "By Jane Miller",
            *_FIRST_STORY,
            "Comments (5 posted)",
            *between,
            "Copyright 2015 Example Weekly",
        ]
    )


def test_comment_link_between_two_stories_does_not_end_the_edition() -> None:
    dump = _edition(["Floods close the road to the lower town", "By Tom Baker", *_SECOND_STORY])
    kept = [p.text for p in extract_text(dump).paragraphs]
    assert kept[:4] == _FIRST_STORY
    assert kept[-4:] == _SECOND_STORY


def test_comments_after_a_story_stay_out() -> None:
    comments = [
        "jsmith",
        "March 25, 2015 at 3:04 pm",
        "I do not agree with the council at all, the schools have enough money already.",
        "mary_k",
        "March 25, 2015 at 4:10 pm",
        "Well said. The roads need the money far more than the schools do this year.",
    ]
    kept = [p.text for p in extract_text(_edition(comments)).paragraphs]
    assert kept == _FIRST_STORY


def _story_beside(column: str) -> str:
    """A page wrapping the two stories as one article and a column beside them."""
    paragraphs = "".join(f"<p>{text}</p>" for text in (*_FIRST_STORY, *_SECOND_STORY))
    return (
        "<html><body><div class='wrap'>"
        f"<div class='story'><h1>The council puts off its budget vote</h1>{paragraphs}</div>"
        f"<div class='column'><h3>Happening now</h3>{column}</div>"
        "</div></body></html>"
    )


def test_article_is_the_child_holding_nearly_all_the_prose() -> None:
    teaser = "A new park will open by the river next spring, the council said in a short note."
    article = extract_html(_story_beside(f"<p>{teaser}</p>"))
    assert [p.text for p in article.paragraphs] == [*_FIRST_STORY, *_SECOND_STORY]
    assert teaser in {r.text for r in article.removed}


def test_story_open_in_a_sidebar_feed_is_not_the_article() -> None:
    # the article holds most of the prose, not 85% of it; the rest is one story's text open
    # in a feed of headlines and times beside it
    feed_items = "".join(
        f"<div class='item'><span>{n} minutes ago</span><h3><a href='/n{n}'>Headline number {n} "
        f"of the feed</a></h3></div>"
        for n in range(4, 12)
    )
    open_story = (
        "<div class='item'><span>3 minutes ago</span><h3>Two hundred flats to go up by the ring "
        "road</h3><p>The city will build two houses with up to 266 flats along the ring road, "
        "the councillors decided on Monday after a long debate.</p><p>The project was approved "
        "by the assembly in December, and building should start within two years.</p></div>"
    )
    article = extract_html(_story_beside(open_story + feed_items))
    assert [p.text for p in article.paragraphs] == [*_FIRST_STORY, *_SECOND_STORY]


def test_text_dump_body_follows_the_headline_repeat_with_the_most_text() -> None:
    # the page's <title> first; a share box repeats the headline with the page's summary,
    # then the menus; the article under its headline further down
    summary = "The council put off its budget vote by a week after members objected to the cost."
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Video"]
    dump = "\n\n".join(
        [
            "The council puts off its budget vote - Example Times",
            "The council puts off its budget vote",
            summary,
            *menu,
            *menu,
            "The council puts off its budget vote",
            "Share",
            *_FIRST_STORY,
            *_SECOND_STORY,
            "Copyright 2023 Example Times",
        ]
    )
    kept = [p.text for p in extract_text(dump).paragraphs]
    assert kept == [*_FIRST_STORY, *_SECOND_STORY]


def test_text_dump_box_printed_between_paragraphs_does_not_cut_the_body() -> None:
    box = [
        "Most Popular",
        "Gear",
        "30 Essential Home Repair Tools You Should Have",
        "Business",
        "How Citizen Surveillance Ate San Francisco",
    ]
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel"]
    dump = "\n\n".join(
        [
            *menu,
            "The council puts off its budget vote",
            *_FIRST_STORY[:2],
            *box,
            *_FIRST_STORY[2:],
            *box,
            *_SECOND_STORY[:2],
            *box,
            *_SECOND_STORY[2:],
            *menu,
            "Copyright 2023 Example Times",
        ]
    )
    kept = [p.text for p in extract_text(dump).paragraphs]
    assert kept[-2:] == _SECOND_STORY[2:]
    assert kept[:2] == _FIRST_STORY[:2]


def test_opening_paragraphs_printed_apart_from_the_rest_are_kept() -> None:
    # the first paragraphs, a "Read more" button, then the rest of the article in an
    # element of its own that holds nearly all the prose
    rest = [*_FIRST_STORY, *_SECOND_STORY] * 3
    opening = [
        "Winning the vote did not change the mayor, and it is clear that being in office will not either.",
        "Dramas in the council in recent days show her to be the same leader she was before the vote.",
        "From the outside, the feuding between groups in her office looks like a sign of trouble ahead.",
    ]
    html = (
        "<html><body><div class='body'><h1>The mayor won't change</h1>"
        + "".join(f"<div class='para'>{text}</div>" for text in opening)
        + "<div class='read-more'><a href='#'>Read More</a></div><div class='rest'>"
        + "".join(f"<div class='para'>{text}</div>" for text in rest)
        + "</div></div></body></html>"
    )
    kept = [p.text for p in extract_html(html).paragraphs]
    assert kept[:3] == opening
    assert kept[3:] == rest


def test_text_dump_table_of_dates_between_paragraphs_does_not_cut_the_body() -> None:
    rows = [f"4.{n}.0 April {2010 + n}" for n in range(8)]
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel"]
    dump = "\n\n".join(
        [*menu, "Release history of the library", *_FIRST_STORY, *rows, *_SECOND_STORY, *menu]
    )
    kept = [p.text for p in extract_text(dump).paragraphs]
    assert kept[:4] == _FIRST_STORY
    assert kept[-4:] == _SECOND_STORY
