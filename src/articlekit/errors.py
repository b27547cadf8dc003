"""The exception tree of articlekit.

Every error the library raises is an :class:`ArticlekitError`. Bad input raises
:class:`InputError` (also a :class:`ValueError`), bytes that cannot be decoded raise
:class:`DecodeError`, and broken language data raises :class:`LexiconError`.
A page without an article is not an error: it gives an ``Article`` with no paragraphs.
"""

from __future__ import annotations

__all__ = ["ArticlekitError", "DecodeError", "InputError", "LexiconError"]


class ArticlekitError(Exception):
    """Base class of every error raised by articlekit."""


class InputError(ArticlekitError, ValueError):
    """The input is not a page: empty, of the wrong type, or binary data."""


class DecodeError(InputError):
    """The input bytes cannot be decoded as text in any encoding we recognise."""


class LexiconError(ArticlekitError, LookupError):
    """A lexicon data file is missing or malformed."""
