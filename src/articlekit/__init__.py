"""articlekit: a clean, typed article from a saved web page, HTML or plain text.

>>> import articlekit
>>> article = articlekit.extract("<html><body><h1>Hi</h1><p>One two three four five six seven "
...                              "eight nine ten eleven twelve.</p></body></html>")
>>> article.title
'Hi'
"""

from articlekit.batch import PageError, PageResult, extract_many
from articlekit.blocks import ChromeReason, Role
from articlekit.errors import ArticlekitError, DecodeError, InputError, LexiconError
from articlekit.models import Article, Paragraph, Quote, RemovedBlock
from articlekit.pipeline import extract, extract_html, extract_text

__all__ = [
    "Article",
    "ArticlekitError",
    "ChromeReason",
    "DecodeError",
    "InputError",
    "LexiconError",
    "PageError",
    "PageResult",
    "Paragraph",
    "Quote",
    "RemovedBlock",
    "Role",
    "extract",
    "extract_html",
    "extract_many",
    "extract_text",
]

__version__ = "0.1.0"
