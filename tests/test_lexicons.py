"""Every lexicon data file: readable, normalised, labelled where it must be, no duplicates."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from articlekit.blocks import ChromeReason
from articlekit.errors import LexiconError
from articlekit.lexicons import loader

ROOT = resources.files("articlekit.lexicons")
FILES = sorted(
    (folder.name, path.name.removesuffix(".txt"))
    for folder in ROOT.iterdir()
    if folder.is_dir() and not folder.name.startswith("_")
    for path in folder.iterdir()
    if path.name.endswith(".txt")
)
LABELLED_BY_REASON = {"chrome_hints", "chrome_phrases"}


def test_there_are_lexicons_for_every_language() -> None:
    folders = {lang for lang, _ in FILES}
    assert set(loader.LANGUAGES) | {"common"} <= folders


@pytest.mark.parametrize(("lang", "name"), FILES, ids=[f"{lang}/{name}" for lang, name in FILES])
def test_file_is_clean(lang: str, name: str) -> None:
    raw = ROOT.joinpath(lang, f"{name}.txt").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw, "not NFC"
    entries = [line.split("#", 1)[0].strip() for line in raw.splitlines()]
    entries = [e for e in entries if e]
    assert entries, "no entries"
    assert len(entries) == len(set(entries)), "duplicate entries"
    assert loader.entries(lang, name)


@pytest.mark.parametrize("name", sorted(LABELLED_BY_REASON))
def test_chrome_tables_name_known_reasons(name: str) -> None:
    for label, entry in loader.union_labelled(name) + (
        loader.labelled("common", name) if name == "chrome_hints" else ()
    ):
        assert ChromeReason(label), (label, entry)


def test_missing_file_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="no lexicon file"):
        loader.entries("en", "no_such_table")
