"""The Article model: immutable, JSON round trip, schema, Markdown."""

from __future__ import annotations

from datetime import UTC, datetime

import pydantic
import pytest

from articlekit import Article, ChromeReason, Paragraph, Quote, RemovedBlock, Role


def _article() -> Article:
    return Article(
        title="A headline",
        paragraphs=(
            Paragraph(text="First paragraph."),
            Paragraph(text="A subheading", kind=Role.HEADING),
            Paragraph(text="An item", kind=Role.LIST_ITEM),
            Paragraph(text="Quoted passage", kind=Role.BLOCKQUOTE),
        ),
        quotes=(Quote(text="We will", speaker="Jane Doe", paragraph=0, start=1, end=8),),
        authors=("Jane Doe", "John Roe"),
        source="Reuters",
        date=datetime(2024, 5, 1, 12, 30, tzinfo=UTC),
        language="en",
        url="https://example.org/a",
        removed=(RemovedBlock(text="Share", reason=ChromeReason.SHARE, evidence="share"),),
    )


def test_json_round_trip() -> None:
    article = _article()
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_text_joins_paragraphs_with_blank_lines() -> None:
    assert _article().text.split("\n\n")[:2] == ["First paragraph.", "A subheading"]


def test_models_are_immutable() -> None:
    article = _article()
    with pytest.raises(pydantic.ValidationError):
        article.title = "other"  # type: ignore[misc]


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(pydantic.ValidationError):
        Article.model_validate({"title": "x", "body": "y"})


def test_json_schema_names_every_field() -> None:
    schema = Article.model_json_schema()
    assert set(schema["properties"]) == {
        "title", "paragraphs", "quotes", "authors", "source", "date", "language", "url", "removed",
    }  # fmt: skip
    assert "Quote" in schema["$defs"] and "RemovedBlock" in schema["$defs"]


def test_markdown_keeps_paragraph_kinds() -> None:
    markdown = _article().to_markdown()
    assert markdown.startswith("# A headline\n")
    assert "## A subheading" in markdown
    assert "- An item" in markdown
    assert "> Quoted passage" in markdown
    assert "Jane Doe, John Roe · Reuters · 2024-05-01" in markdown


def test_author_is_the_first_author() -> None:
    assert _article().author == "Jane Doe"
    assert Article().author is None
