"""The typed output of articlekit: :class:`Article` and its parts.

All models are immutable pydantic v2 models; ``Article.model_json_schema()`` gives their JSON
schema and ``Article.model_validate_json(article.model_dump_json()) == article`` holds.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from articlekit.blocks import ChromeReason, Role

__all__ = ["Article", "Paragraph", "Quote", "RemovedBlock"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

_MARKDOWN_PREFIX = {
    Role.LIST_ITEM: "- ",
    Role.BLOCKQUOTE: "> ",
}


class Paragraph(BaseModel):
    """One paragraph of the article body with its kind (paragraph, heading, list item...)."""

    model_config = _FROZEN

    text: str
    kind: Role = Role.PARAGRAPH


class Quote(BaseModel):
    """A direct quotation in the body and who said it.

    ``paragraph`` is the index in ``Article.paragraphs`` of the paragraph the quote is in;
    ``start`` and ``end`` are character offsets of the quoted text in that paragraph.
    ``speaker`` is the person or body as the article names it (the fullest form it uses),
    or ``None`` when the text does not say.
    """

    model_config = _FROZEN

    text: str
    speaker: str | None = None
    paragraph: int = Field(ge=0)
    start: int = Field(default=0, ge=0)
    end: int = Field(default=0, ge=0)


class RemovedBlock(BaseModel):
    """A block of the page that is not part of the article, and why."""

    model_config = _FROZEN

    text: str
    reason: ChromeReason
    evidence: str = ""


class Article(BaseModel):
    """A clean article extracted from a saved page.

    Every field says nothing rather than something wrong: ``None`` or an empty tuple when the
    page does not tell.
    """

    model_config = _FROZEN

    title: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    authors: tuple[str, ...] = ()
    source: str | None = None
    date: datetime | None = None
    language: str | None = None
    url: str | None = None
    removed: tuple[RemovedBlock, ...] = ()

    @property
    def text(self) -> str:
        """The body as plain text, paragraphs separated by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def author(self) -> str | None:
        """The first author, or ``None``."""
        return self.authors[0] if self.authors else None

    def to_markdown(self) -> str:
        """Render the article as Markdown: title, credits line, then the body."""
        parts: list[str] = []
        if self.title:
            parts.append(f"# {self.title}")
        credits = [c for c in (", ".join(self.authors), self.source) if c]
        if self.date:
            credits.append(self.date.date().isoformat())
        if credits:
            parts.append("*" + " · ".join(credits) + "*")
        for paragraph in self.paragraphs:
            if paragraph.kind is Role.HEADING:
                parts.append(f"## {paragraph.text}")
            else:
                parts.append(_MARKDOWN_PREFIX.get(paragraph.kind, "") + paragraph.text)
        return "\n\n".join(parts) + "\n"
