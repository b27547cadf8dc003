"""Tell the language of the article (ISO 639-1).

The body text decides, with py3langid (a well-kept port of langid.py); the page's ``lang``
attribute is taken when the text is too short to tell or agrees with it. Arabic script is
recognised without the model, since it settles the question for our Arabic lexicons.

Reads: the paragraphs' text, the ``lang`` attribute. Sets: nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

__all__ = ["find_language"]

#: Characters of body text given to the model: enough to be sure, cheap to classify.
SAMPLE_CHARS = 600
#: Below this many letters the text cannot tell and the page's declaration is used.
MIN_LETTERS = 40
#: Share of letters in Arabic script above which a text is Arabic.
ARABIC_SHARE = 0.5

_LANG_ATTR_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER_RE = re.compile(r"[^\W\d_]")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def _declared(lang: str | None) -> str | None:
    if not lang:
        return None
    match = _LANG_ATTR_RE.match(lang.strip())
    return match.group(1).lower() if match and len(match.group(1)) == 2 else None


def find_language(texts: Sequence[str], declared: str | None = None) -> str | None:
    """The ISO 639-1 code of ``texts``, or ``None`` when nothing tells.

    Reads: the texts and the page's ``lang`` attribute. Sets: nothing.
    """
    sample = " ".join(texts)[:SAMPLE_CHARS]
    letters = len(_LETTER_RE.findall(sample))
    page_lang = _declared(declared)
    if letters < MIN_LETTERS:
        return page_lang
    if len(_ARABIC_RE.findall(sample)) > ARABIC_SHARE * letters:
        return "ar"
    code, _probability = _identifier().classify(sample)
    return str(code)
