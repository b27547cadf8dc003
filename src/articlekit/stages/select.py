"""Choose the main content: the region of the page that holds the article's prose.

Every block gets a weight: positive for prose (its non-link characters), negative for chrome and
for short non-prose lines. For HTML the region is the DOM container whose blocks have the largest
total weight (the best subtree); for plain text, which has no tree, it is the run of lines with
the largest total (the best segment). Blocks outside the region are removed as
``outside_content``; chrome inside it stays removed.

Reads: text, role, link_chars, path, chrome. Sets: chrome, evidence on blocks outside the region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from articlekit.blocks import Block, ChromeReason, Role
from articlekit.features import is_prose
from articlekit.stages.chrome import is_date_line_mark
from articlekit.stages.credits import read_byline
from articlekit.stages.title import title_line_repeats

__all__ = [
    "block_weight",
    "drop_orphan_labels",
    "explain_outside",
    "name_subheadings",
    "select_main",
    "trim_edges",
]

#: Weight of each character of a chrome block: chrome counts against a region more than
#: neutral lines, but one long paragraph still outweighs a share bar.
CHROME_PENALTY = 0.6
#: Weight of each character of a short non-prose line (dates, labels, headings, list items):
#: a little against, so that bulk of short plain lines (a changelog) is not outweighed by a
#: few sentences elsewhere (0.25 lost such pages; 0.1 leaves the benchmark unchanged).
SHORT_PENALTY = 0.1
#: Cost of a short non-prose line of a text dump besides its characters, times its place in a
#: run of such lines: a run of menu entries must outweigh a long teaser line inside it, while
#: a caption between two paragraphs must not cut the body. (HTML needs no such cost: its
#: containers already keep menus apart from the body.)
LINE_COST_STEP = 35
#: Most a single prose line of a text dump weighs: an article is several paragraphs in a row,
#: and one long disclaimer or bio must not outweigh them.
MAX_LINE_WEIGHT = 400.0
#: Weight of a bulleted line of a text dump against a plain one: bullets in a dump mark menus
#: and teaser lists far more often than the article's own text (inscriptis 0.900 -> 0.906).
LIST_LINE_FACTOR = 0.25
#: A text dump with less prose than this (in characters), and more than LIST_OVER_PROSE times
#: as much text in list lines, is a list post or a changelog: a stray sentence or two among
#: many list lines, and the list is the body.
MIN_DUMP_PROSE_CHARS = 600
LIST_OVER_PROSE = 3.0
#: Share of a container's prose that one child element must hold to be taken instead (HTML):
#: 0.85 lifts the shared benchmark from F1 0.977 to 0.980 (precision 0.972 -> 0.978) with no
#: page lower; 0.80 loses a page, 0.90 gains less (0.979).
DOMINANT_CHILD_SHARE = 0.85
#: Paragraphs in a row just before the dominant child that are the article's opening.
MIN_OPENING_PARAGRAPHS = 3
#: ...or this share, when every other child with prose holds more blocks of chrome than of
#: prose (a sidebar feed with one story's text open in it).
MAIN_CHILD_SHARE = 0.6
#: Run length after which each further line costs the same.
MAX_RUN_STEPS = 10
#: Lines printed this many times on the page, this many of them in a row, are a box inserted
#: again and again.
MIN_WIDGET_REPEATS = 3
MIN_WIDGET_LINES = 4
#: ...with prose within this many lines before and after it.
WIDGET_REACH = 2
#: Chrome that the article does not continue after: a comment section's heading.
BARRIERS = frozenset({ChromeReason.COMMENTS})
#: Lines after a comment link within which the next story of an edition or a blog's front
#: page shows itself: its headline, then its byline, each in this reach of the one before.
NEXT_STORY_REACH = 3
#: Weight of a barrier line in a text dump: more than any article's prose on one side.
BARRIER_COST = 1e6
#: Characters of prose before a barrier that make it the end of the article, not a
#: "Comments (3)" link beside the headline.
MIN_PROSE_BEFORE_BARRIER = 400
#: Bonus of the first prose line after a repeated headline: the body starts there unless the
#: rest of the page says otherwise very strongly.
HEADLINE_BONUS = 1500.0
#: Lines after the headline within which the first paragraph is looked for.
ANCHOR_REACH = 12
#: A headline has at least this many words (site names and menu words have fewer).
MIN_HEADLINE_WORDS = 4
#: Dumps shorter than this have no chrome to tell from the body.
MIN_ANCHOR_LINES = 10
#: Short lines at an edge of the body that are labels; more are a list of the article.
MAX_EDGE_LABELS = 2
#: The start of the evidence the link rule of the chrome stage gives.
LINK_EVIDENCE = "link density"
#: Roles of short lines removed at the edges of the body.
_EDGE_ROLES = frozenset({Role.PARAGRAPH, Role.CAPTION, Role.TABLE_CELL})
#: Marks that end a sentence and never a headline.
_FULL_STOPS = (".", "!", "。", "؛", "।", "։", "።")
#: Headline-like lines in a row outside the body that make a teaser list.
MIN_TEASER_RUN = 3
#: A headline has at most this many words.
MAX_HEADLINE_WORDS = 30
#: Lines before the body of at most this many words are menu entries.
MAX_MENU_WORDS = 3
#: A line of at most this many words that is not a sentence is a label ("More:", "Popular").
MAX_LABEL_WORDS = 6


def block_weight(block: Block) -> float:
    """How much the block speaks for (positive) or against (negative) a region being the body."""
    if block.chrome is not None:
        return -CHROME_PENALTY * len(block.text)
    if is_prose(block):
        return float(len(block.text) - 2 * block.link_chars)
    return -SHORT_PENALTY * len(block.text)


def _plain_text_weight(block: Block) -> float:
    if block.chrome is not None:
        return -CHROME_PENALTY * len(block.text)
    return float(len(block.text) - 2 * block.link_chars)


def _opening_apart(
    blocks: Sequence[Block], weights: Sequence[float], container: int, child: int
) -> bool:
    """Whether the article's opening paragraphs stand just before ``child``, apart from it.

    A page may print the first paragraphs of the article apart from the rest (the rest
    behind a "Read more" button): MIN_OPENING_PARAGRAPHS paragraphs of prose or more in a
    row, with nothing but chrome between them and the child. A teaser's excerpt or an
    author box before an article is a paragraph or two.
    """
    first = next((i for i, b in enumerate(blocks) if child in b.path and weights[i] > 0), None)
    if first is None:
        return False
    run = 0
    for position in range(first - 1, -1, -1):
        block = blocks[position]
        if container not in block.path:
            break
        if weights[position] > 0:
            run += 1
        elif block.chrome is None:
            break  # a plain line (a heading, a label) ends the run
    return run >= MIN_OPENING_PARAGRAPHS


def _dominant_child(blocks: Sequence[Block], weights: Sequence[float], container: int) -> int:
    """The deepest element under ``container`` that still holds most of its prose.

    The best subtree often wraps the article together with a little more prose (a teaser's
    excerpt, an author box, a sidebar paragraph); the child that holds DOMINANT_CHILD_SHARE of
    the prose is the article without them. Descends while one child does, and stops at a
    child holding all of it: going further would only shed the headings, lists and captions
    that stand beside that child.
    """
    while True:
        totals: dict[int, float] = {}
        net: dict[int, int] = {}
        whole = 0.0
        for block, weight in zip(blocks, weights, strict=True):
            if container not in block.path:
                continue
            level = block.path.index(container)
            child = block.path[level + 1] if level + 1 < len(block.path) else None
            if child is not None:
                # blocks of prose count one up, blocks of chrome one down
                net[child] = net.get(child, 0) + (1 if weight > 0 else -1 if block.chrome else 0)
            if weight <= 0:
                continue
            whole += weight
            if child is not None:
                totals[child] = totals.get(child, 0.0) + weight
        if not totals:
            return container
        child, most = max(totals.items(), key=lambda item: item[1])
        if most == whole:
            return container
        if most < DOMINANT_CHILD_SHARE * whole and not (
            most >= MAIN_CHILD_SHARE * whole
            and all(net[other] < 0 for other in totals if other != child)
        ):
            return container
        if _opening_apart(blocks, weights, container, child):
            return container  # looked at last: only where the child would be taken
        container = child


def _list_line_weight(block: Block) -> float:
    """Text dumps with next to no prose: list lines and headline-length lines speak for a
    region, shorter plain lines (menu entries, labels) against it."""
    if block.chrome is None and (block.role is Role.LIST_ITEM or block.words >= MIN_HEADLINE_WORDS):
        return float(len(block.text))
    return block_weight(block)


def _is_list_post(blocks: Sequence[Block], weights: Sequence[float]) -> bool:
    prose = sum(w for w in weights if w > 0)
    listed = sum(
        len(b.text)
        for b, w in zip(blocks, weights, strict=True)
        if b.chrome is None and w <= 0 and b.role is Role.LIST_ITEM
    )
    return prose < MIN_DUMP_PROSE_CHARS and listed > LIST_OVER_PROSE * prose


def _best_subtree(blocks: Sequence[Block], weights: Sequence[float]) -> tuple[int, float]:
    totals: dict[int, float] = {}
    depth: dict[int, int] = {}
    for block, weight in zip(blocks, weights, strict=True):
        for level, container in enumerate(block.path):
            totals[container] = totals.get(container, 0.0) + weight
            depth[container] = level
    best, best_total = 0, float("-inf")
    for container, total in totals.items():
        # ties go to the deeper container: it holds the same prose with less around it
        if total > best_total or (total == best_total and depth[container] > depth[best]):
            best, best_total = container, total
    return best, best_total


def _line_weights(
    blocks: Sequence[Block], weights: Sequence[float], start: int, inserted: set[int]
) -> list[float]:
    """Text dumps: each non-prose line in a run costs more than the one before it.

    A caption or an ad line between two paragraphs costs little, so the body is not cut
    there; twenty menu entries in a row cost a lot, so a teaser beyond them is not joined.
    Lines before ``start`` (the headline, when known) cannot belong to the body; the lines of
    ``inserted`` boxes (see :func:`_inserted_runs`) cost only what they weigh.
    """
    out: list[float] = [-BARRIER_COST] * start
    run = 0
    prose_before = 0.0
    ended = False
    for position in range(start, len(blocks)):
        block, weight = blocks[position], weights[position]
        if block.chrome in BARRIERS and not _opens_next_story(blocks, position + 1):
            out.append(-BARRIER_COST)
            run = 0
            # a comment section after the article's text ends it: what follows is comments
            ended = ended or prose_before >= MIN_PROSE_BEFORE_BARRIER
        elif ended:
            out.append(-abs(weight) - LINE_COST_STEP)
        elif weight > 0:
            prose_before += weight
            factor = LIST_LINE_FACTOR if block.role is Role.LIST_ITEM else 1.0
            out.append(min(weight, MAX_LINE_WEIGHT) * factor)
            run = 0
        elif position in inserted:
            # a box inserted between the paragraphs ("Most popular" printed three times, a
            # table of releases): its lines cost only what they weigh, however many in a row
            out.append(weight)
        else:
            run = min(run + 1, MAX_RUN_STEPS)
            out.append(weight - LINE_COST_STEP * run)
    return out


def _inserted_runs(blocks: Sequence[Block], weights: Sequence[float]) -> set[int]:
    """Lines of a box inserted between paragraphs: one the page prints again and again, or a
    table of dates ("4.2.3 April 2014", each row read as a date line).

    A run of MIN_WIDGET_LINES lines or more, each printed at least MIN_WIDGET_REPEATS times (a
    teaser list repeats only a label or two between its own headlines) or removed as a date
    line, with prose within WIDGET_REACH lines on both sides (a menu printed at the top and
    again in the footer has the article on one side only).
    """
    found: set[int] = set()
    run: list[int] = []
    for position in range(len(blocks) + 1):
        if (
            position < len(blocks)
            and weights[position] <= 0
            and (
                blocks[position].repeats >= MIN_WIDGET_REPEATS
                or is_date_line_mark(blocks[position])
            )
        ):
            run.append(position)
            continue
        if len(run) >= MIN_WIDGET_LINES:
            before = weights[max(0, run[0] - WIDGET_REACH) : run[0]]
            after = weights[run[-1] + 1 : run[-1] + 1 + WIDGET_REACH]
            if any(w > 0 for w in before) and any(w > 0 for w in after):
                found.update(run)
        run = []
    return found


def _opens_next_story(blocks: Sequence[Block], start: int) -> bool:
    """Whether a story's headline and then its byline follow ``start`` closely.

    "Comments (5 posted)" under each story of a weekly edition or a blog's front page is a
    link, not the comment section: the next story follows it, headline first, then "By ...".
    """
    for i in range(start, min(start + NEXT_STORY_REACH, len(blocks))):
        if blocks[i].chrome is None and _is_headline(blocks[i]) and not is_prose(blocks[i]):
            reach = range(i + 1, min(i + 1 + NEXT_STORY_REACH, len(blocks)))
            return any(read_byline(blocks[j].text) is not None for j in reach)
    return False


def _headline_anchors(blocks: Sequence[Block]) -> list[int]:
    """The first prose line after each repeat of the headline, when the dump opens with the
    page's title.

    The headline may also head a menu, a teaser or a share box: only the repeats followed by
    prose within a few lines may start the body, and the caller takes the one whose body
    weighs the most.
    """
    if len(blocks) < MIN_ANCHOR_LINES:
        return []
    anchors: list[int] = []
    for position in title_line_repeats(blocks):
        for later in range(position + 1, min(position + ANCHOR_REACH, len(blocks))):
            if blocks[later].chrome is None and is_prose(blocks[later]):
                if later not in anchors:
                    anchors.append(later)
                break
    return anchors


def _best_segment(weights: Sequence[float]) -> tuple[int, int, float]:
    """``(start, end, total)`` of the run of lines that weighs the most."""
    best_start, best_end, best_total = 0, -1, float("-inf")
    start, total = 0, 0.0
    for i, weight in enumerate(weights):
        if total <= 0:
            start, total = i, 0.0
        total += weight
        if total > best_total:
            best_start, best_end, best_total = start, i, total
    return best_start, best_end, best_total


def _anchored_segment(
    blocks: Sequence[Block], weights: Sequence[float], anchor: int | None, inserted: set[int]
) -> tuple[int, int, float]:
    """The best run of lines when the body starts at ``anchor`` (``None``: anywhere)."""
    # the body starts after its headline: nothing before it can belong to it
    line_weights = _line_weights(blocks, weights, anchor or 0, inserted)
    if anchor is not None:
        line_weights[anchor] += HEADLINE_BONUS
    return _best_segment(line_weights)


def select_main(blocks: Sequence[Block]) -> list[Block]:
    """Remove every block outside the main content region.

    Reads: text, role, link_chars, path, chrome. Sets: chrome, evidence (``outside_content``).
    """
    if not blocks:
        return []
    weights = [block_weight(b) for b in blocks]
    if not any(w > 0 for w in weights):
        # no sentence anywhere (a changelog, a list of dates): the text that is not chrome
        # and not links is all there is to go by
        weights = [_plain_text_weight(b) for b in blocks]
        if not any(w > 0 for w in weights):
            return [b if b.chrome else _outside(b, "no text but links and chrome") for b in blocks]
    if all(b.path for b in blocks):
        container, _ = _best_subtree(blocks, weights)
        container = _dominant_child(blocks, weights, container)
        return trim_edges(
            drop_orphan_labels(
                keep_linked_headings(
                    [
                        b
                        if b.chrome or container in b.path
                        else _outside(b, f"outside container {container}")
                        for b in blocks
                    ]
                )
            )
        )
    if _is_list_post(blocks, weights):
        weights = [_list_line_weight(b) for b in blocks]
    inserted = _inserted_runs(blocks, weights)  # the same whatever the anchor
    anchors: list[int | None] = [*_headline_anchors(blocks)] or [None]
    start, end, _ = max(
        (_anchored_segment(blocks, weights, anchor, inserted) for anchor in anchors),
        key=lambda segment: segment[2],
    )
    return name_subheadings(
        trim_edges(
            drop_orphan_labels(
                [
                    b
                    if b.chrome or start <= i <= end
                    else _outside(b, f"outside lines {start}-{end}")
                    for i, b in enumerate(blocks)
                ]
            )
        )
    )


def keep_linked_headings(blocks: Sequence[Block]) -> list[Block]:
    """Give back headings of the body that are links (to themselves or to a table of contents).

    A linked heading is a teaser's headline when a short excerpt follows it; between two
    paragraphs of the body it is a section heading, whatever it links to.

    Reads: role, chrome, evidence, text. Sets: chrome back to ``None``.
    """
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.chrome is None]
    for before, after in pairwise(kept):
        if after - before < 2 or not (is_prose(out[before]) and is_prose(out[after])):
            continue
        for i in range(before + 1, after):
            block = out[i]
            if block.role is Role.HEADING and block.evidence.startswith(LINK_EVIDENCE):
                out[i] = block.marked(None, "")
    return out


def drop_orphan_labels(blocks: Sequence[Block]) -> list[Block]:
    """Remove headings and short labels that only introduce removed blocks.

    "Most popular", "More:", "Tell us what you think" stand over a list that is gone; with no
    kept text of their own after them (before the next heading or the end), they go too,
    with the reason of what they introduced.

    Reads: role, text, chrome. Sets: chrome, evidence.
    """
    out = list(blocks)
    for i, block in enumerate(out):
        if block.chrome is not None or not _is_label(block):
            continue
        introduced: ChromeReason | None = None
        for j in range(i + 1, len(out)):  # indexes, not a slice: a copy per label is quadratic
            later = out[j]
            if later.chrome is None:
                if not _is_label(later):
                    introduced = None  # the label stands over kept text
                break
            introduced = introduced or later.chrome
        if introduced is not None:
            out[i] = block.marked(introduced, f"introduces removed {introduced}")
    return out


def trim_edges(blocks: Sequence[Block]) -> list[Block]:
    """Remove the short lines kept before the first and after the last paragraph of the body.

    Labels, dates, "Back to gallery" and "Text size" sit at the edges of the article's
    container; inside the body such a line is a subheading and stays. Lists and quotes at the
    edges stay too: an article may end with a list.

    Reads: role, text, chrome. Sets: chrome (``outside_content``), evidence.
    """
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.chrome is None]
    prose = [i for i in kept if is_prose(out[i])]
    if not prose:
        return out
    for edge in ([i for i in kept if i < prose[0]], [i for i in kept if i > prose[-1]]):
        short = [i for i in edge if out[i].role in _EDGE_ROLES and out[i].words <= MAX_LABEL_WORDS]
        if len(short) > MAX_EDGE_LABELS:
            continue  # a run of short lines is a list that ends (or opens) the article
        for i in short:
            out[i] = _outside(out[i], "short line at the edge of the body")
    return out


def name_subheadings(blocks: Sequence[Block]) -> list[Block]:
    """Text dumps: a short line standing alone between paragraphs of the body is a subheading.

    HTML says which lines are headings; a text dump does not, but a line of a few words with
    no sentence mark, kept between two paragraphs, can be nothing else.

    Reads: text, role, chrome, path. Sets: role (``heading``).
    """
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.chrome is None]
    for before, current, after in zip(kept, kept[1:], kept[2:], strict=False):
        block = out[current]
        if block.path or block.role is not Role.PARAGRAPH or is_prose(block):
            continue
        if block.words <= MAX_LABEL_WORDS and is_prose(out[before]) and is_prose(out[after]):
            out[current] = replace(block, role=Role.HEADING)
    return out


def explain_outside(blocks: Sequence[Block]) -> list[Block]:
    """Say what the blocks outside the body are, where their shape tells.

    A run of headline-like lines (a few words to a sentence's length, no full stop) is a
    list of teasers; short lines before the body are menu entries. Other blocks keep the
    plain ``outside_content``.

    Reads: chrome, text, words, role. Sets: chrome, evidence on ``outside_content`` blocks.
    """
    out = list(blocks)
    first_kept = next((i for i, b in enumerate(out) if b.chrome is None), len(out))
    run: list[int] = []
    for i, block in enumerate([*out, None]):
        if (
            block is not None
            and block.chrome is ChromeReason.OUTSIDE_CONTENT
            and _is_headline(block)
        ):
            run.append(i)
            continue
        if len(run) >= MIN_TEASER_RUN:
            for j in run:
                out[j] = out[j].marked(
                    ChromeReason.RELATED, f"one of {len(run)} headlines in a row"
                )
        run = []
    for i in range(first_kept):
        block = out[i]
        if block.chrome is ChromeReason.OUTSIDE_CONTENT and block.words <= MAX_MENU_WORDS:
            out[i] = block.marked(ChromeReason.NAVIGATION, "short line before the body")
    return out


def _is_headline(block: Block) -> bool:
    return (
        MIN_HEADLINE_WORDS <= block.words <= MAX_HEADLINE_WORDS
        and not block.text.endswith(_FULL_STOPS)
        and block.role is not Role.HEADING
    )


def _is_label(block: Block) -> bool:
    """A heading, or a short line that is no sentence and no list entry ("More:", "Popular")."""
    return block.role is Role.HEADING or (
        block.role is not Role.LIST_ITEM and not is_prose(block) and block.words <= MAX_LABEL_WORDS
    )


def _outside(block: Block, evidence: str) -> Block:
    return block.marked(ChromeReason.OUTSIDE_CONTENT, evidence)
