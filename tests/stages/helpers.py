"""Build small block lists by hand for stage tests."""

from __future__ import annotations

from articlekit.blocks import Block, Role
from articlekit.features import word_count


def block(
    text: str,
    index: int = 0,
    *,
    role: Role = Role.PARAGRAPH,
    links: int = 0,
    path: tuple[int, ...] = (),
    hints: tuple[str, ...] | None = None,
    repeats: int = 1,
) -> Block:
    """A block with its derived features filled in."""
    return Block(
        text=text,
        index=index,
        role=role,
        link_chars=links,
        path=path,
        hints=hints if hints is not None else tuple("" for _ in path),
        repeats=repeats,
        words=word_count(text),
    )


def numbered(blocks: list[Block]) -> list[Block]:
    """The same blocks with ``index`` set to their position."""
    return [
        Block(
            text=b.text,
            index=i,
            role=b.role,
            link_chars=b.link_chars,
            hints=b.hints,
            path=b.path,
            repeats=b.repeats,
            words=b.words,
            chrome=b.chrome,
            evidence=b.evidence,
        )
        for i, b in enumerate(blocks)
    ]


PROSE = (
    "The council voted on Tuesday to approve the new budget, which raises spending on "
    "schools and roads by a tenth over the next two years."
)
