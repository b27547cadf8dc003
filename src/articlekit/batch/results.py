"""What a batch gives back per input: :class:`PageResult`, an article or a :class:`PageError`.

A result is also one line of the batch output. An article's line is the Article's JSON with the
input's ``id`` and ``"error": null`` in front; a failure's line holds ``id``, ``url`` and
``error`` (``type``, ``message``)::

    {"id": "pages/a.html", "error": null, "title": "…", "paragraphs": […], …}
    {"id": "pages/b.html", "url": null, "error": {"type": "InputError", "message": "…"}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from articlekit.models import Article

__all__ = ["PageError", "PageResult"]


@dataclass(frozen=True, slots=True)
class PageError:
    """Why an input gave no article: the exception's type name and its message."""

    type: str
    message: str


@dataclass(frozen=True)
class PageResult:
    """The outcome for one input: its id, its URL when known, and an article or an error.

    Workers send the article as JSON (cheaper to move between processes than the model);
    :attr:`article` parses it on first use.

    Attributes:
        id: the input's id: its path, its WARC record id, or the id given with the page.
        url: the page's URL when the input says it (WARC records), else ``None``.
        article_json: the :class:`Article` as JSON, or ``None`` when the input failed.
        error: why the input failed, or ``None`` when it gave an article.
    """

    id: str
    url: str | None = None
    article_json: str | None = None
    error: PageError | None = None

    @property
    def ok(self) -> bool:
        """Whether the input gave an article."""
        return self.error is None

    @cached_property
    def article(self) -> Article | None:
        """The article, or ``None`` when the input failed."""
        if self.article_json is None:
            return None
        return Article.model_validate_json(self.article_json)

    def to_json(self) -> str:
        """This result as one line of JSON (without the newline)."""
        key = json.dumps(self.id, ensure_ascii=False)
        if self.article_json is not None:
            return '{"id":' + key + ',"error":null,' + self.article_json.removeprefix("{")
        error = self.error or PageError("ArticlekitError", "no article and no error")
        record = {"url": self.url, "error": {"type": error.type, "message": error.message}}
        rest = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        return '{"id":' + key + "," + rest.removeprefix("{")

    @classmethod
    def from_json(cls, line: str | bytes) -> PageResult:
        """Read back a line written by :meth:`to_json`.

        Raises:
            ValueError: the line is not such a record.
        """
        record = json.loads(line)
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise ValueError("not a batch record: no id")
        key = record.pop("id")
        error = record.pop("error", None)
        if error is not None:
            return cls(key, record.get("url"), error=_error(error))
        return cls(key, record.get("url"), article_json=json.dumps(record, ensure_ascii=False))


def _error(error: Any) -> PageError:
    if not isinstance(error, dict):
        raise ValueError("not a batch record: error is not an object")
    return PageError(str(error.get("type", "")), str(error.get("message", "")))
