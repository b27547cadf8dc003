"""Who said a quotation: the speech cues of a paragraph, the subject each names, its fullest name.

Reads: paragraph text with the quotations masked out (:data:`MASK`). Sets: nothing; the quote
stage asks. Three pieces:

- :func:`find_cues` finds speech verbs (``said``, ``وأضاف``) and attribution phrases
  (``according to``, ``بحسب``, ``نقلت ... عن``) from the lexicons;
- :func:`subject_before` / :func:`phrase_after` read the subject a cue names and classify it as a
  :class:`Reference` (a name, a pronoun or bare verb, a description such as ``the governor`` or
  ``عضو المجلس``, or another phrase such as ``التحالف``);
- :class:`Discourse` keeps, for one article, the names, speakers and subjects seen so far and
  turns a reference into the fullest name the article gives (``Smith`` -> ``John Smith``,
  ``he`` -> the last person named as a speaker), or ``None`` when it cannot tell.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, lru_cache
from itertools import islice
from typing import NamedTuple

from articlekit.errors import LexiconError
from articlekit.lexicons.loader import LANGUAGES, entries, labelled
from articlekit.stages.agencies import whole_agency

__all__ = [
    "ANAPHOR_WINDOW",
    "MASK",
    "PLAIN_WORD_RE",
    "Cue",
    "CueKind",
    "Discourse",
    "RefKind",
    "Reference",
    "Searchable",
    "SpeakerLexicon",
    "Token",
    "arabic_mentions",
    "arabic_title_name",
    "arabic_verb_gender",
    "find_cues",
    "find_mentions",
    "fold",
    "is_arabic",
    "iter_tokens",
    "known_words_in",
    "latin_names",
    "latin_organisations",
    "latin_runs",
    "phrase_after",
    "quoted_name",
    "speaker_lexicon",
    "subject_before",
    "tokens",
]

#: Stands for each character of a quotation in masked text: not a word, not punctuation.
MASK = "\ufffc"

#: A subject longer than this many words is a clause, not a speaker.
MAX_SUBJECT_WORDS = 8
#: An Arabic subject after its verb is cut after this many words (title, name, description).
MAX_ARABIC_SUBJECT_WORDS = 7
#: Patterns for the first words of companies kept compiled (an article names a few).
WORD_RE_CACHE_SIZE = 256
#: One-letter prepositions written joined to the next word (بفيلم، لمسلسل، كبرنامج).
_JOINED_PREPOSITIONS = frozenset("بلكف")
#: A name run has at most this many words (given names, family name, a particle or two).
MAX_NAME_WORDS = 5
#: Words of a description before "to"/"of" and the name it introduces ("former special envoy").
MAX_DESCRIPTION_WORDS = 4
#: A person's name has at most this many words (Joel Eriksson Ek, Penelope Muse Abernathy).
MAX_PERSON_WORDS = 4
#: A pronoun, bare verb or description refers only to a speaker or subject named within this
#: many paragraphs before it: further back, "he said" is a guess (then no speaker is given).
ANAPHOR_WINDOW = 3
#: Characters read before a one-word Arabic name for the given name printed before it.
_INTRODUCTION_WINDOW = 60
#: Words of a name between commas after an Arabic title (``، العقيد أحمد المسماري،``).
MAX_APPOSITIVE_WORDS = 5
#: Words an Arabic relay cue (نقلت الصحيفة عن ...) may stand before its عن.
MAX_RELAY_GAP = 6

_WORD = "\\w\u064b-\u065f\u0670"
_TOKEN_RE = re.compile(rf"[{_WORD}](?:[{_WORD}’'\-]*[{_WORD}])?[’']?(?:\.(?:[{_WORD}]\.)*)?")
_ARABIC_CHAR_RE = re.compile("[\u0600-\u06ff]")
_YEAR_OLD_RE = re.compile(r"^\d+-year-old$", re.IGNORECASE)
_INITIAL_RE = re.compile(r"^(?:[A-Z]\.)+$")
_PARTY_STATE_RE = re.compile(r"^[A-Z]-[A-Z][\w.]*$")
#: Endings of a possessive (Russia's, Jobs'), checked on single words.
_POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
#: A character that continues a word: a match next to it is inside another word.
_WORD_EDGE_RE = re.compile("[\\w’'\\-\u0640\u064b-\u065f]")
#: A word that starts with a capital letter, or initials (U.N.).
_CAPITAL_WORD = "(?:(?:[A-Z]\\.){2,}|[A-ZÀ-ÖØ-ÞĀ-ſ][\\w’'\\-]*\\.?)"
#: The same, not inside another word, written capital first so that the regex engine scans for
#: a capital at C speed (a look-behind first makes it try every offset): the look-behind reads
#: the character before the capital.
_FIRST_CAPITAL_WORD = (
    "[A-ZÀ-ÖØ-ÞĀ-ſ](?<![\\w’'\\-.].)(?:(?<=[A-Z])\\.(?:[A-Z]\\.)+|[\\w’'\\-]*\\.?)"
)
#: A capitalised word, not inside another word (capital first, as above).
_CAPITALISED_RE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w’'\-].)[\w’'\-]*")
#: A plain word, for checking which lexicon words a paragraph holds at C speed.
PLAIN_WORD_RE = re.compile(r"\w+")
_WORD_BEFORE_RE = re.compile(r"[\w’'.\-]+(?=[^\w]*$)")
_WORD_AFTER_RE = re.compile(r"[ \u00a0]*(,?)[ \u00a0]*([^\W\d_][\w’'\-]*)")
# ى stays apart from ي: على (on) is not the name علي.
_SAME_LENGTH_TABLE = str.maketrans({**dict.fromkeys("أإآٱ", "ا"), "ة": "ه"})
_DIACRITIC_RE = re.compile("[\u064b-\u065f\u0670\u0640]")
_TANWEEN_ALEF_RE = re.compile("(?:\u064ba|a\u064b)$".replace("a", "ا"))
_NISBA_RE = re.compile("(?:ي|ية|يه)$")
#: Characters that end an Arabic subject: punctuation, a quotation, a bracket.
_ARABIC_STOP_RE = re.compile(f'[:،,؛;.!?؟()\\[\\]"«»“”„{MASK}—–]')
#: Characters that end the words between an Arabic relay verb and its عن.
_RELAY_STOP_RE = re.compile("[:.!?؟]")
#: Characters that end an English subject read after its verb.
_LATIN_STOP_RE = re.compile(f'[:,;!?()\\[\\]"«»“”„{MASK}—–]')
#: Separators between the parts of an English clause before its verb.
_SEGMENT_RE = re.compile(f"[,;:()—–{MASK}]+")
_ARABIC_PRONOUN_SUFFIXES = ("هما", "ها", "هم", "ه")
_ARABIC_ARTICLE = "ال"


_FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys(range(0x064B, 0x0660)),
        0x0670: None,
        0x0640: None,
        **dict.fromkeys(map(ord, "أإآٱ"), "ا"),
        ord("ة"): "ه",
    }
)


def fold(word: str) -> str:
    """``word`` lower-cased; Arabic without diacritics or tatweel, alef forms and ta marbuta
    unified (ى is kept: على is not علي)."""
    if "\u0600" <= word[:1] <= "\u06ff":
        return word.translate(_FOLD_TABLE)
    return word.lower()


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds an Arabic letter."""
    return _ARABIC_CHAR_RE.search(text) is not None


class Token(NamedTuple):
    """One word of a paragraph: its span, text as printed, and folded form (no final stop)."""

    start: int
    end: int
    text: str
    key: str

    @property
    def capitalised(self) -> bool:
        """Whether the word starts with a capital letter (Latin script)."""
        return self.text[0].isupper()


def _key(word: str) -> str:
    """The folded form of a word as printed, without a final full stop."""
    return fold(word.rstrip("."))


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The words of ``text[start:end]`` one by one, for a check that may stop early."""
    table = _FOLD_TABLE
    for match in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        key = word.rstrip(".")  # _key, inlined: the quote stage folds every word it reads
        key = key.translate(table) if "\u0600" <= key[:1] <= "\u06ff" else key.lower()
        yield Token(*match.span(), word, key)


def tokens(text: str, start: int = 0, end: int | None = None, limit: int = 0) -> list[Token]:
    """The words of ``text[start:end]`` with their offsets in ``text`` (the first ``limit``)."""
    words = iter_tokens(text, start, end)
    return list(islice(words, limit) if limit else words)


class CueKind(Enum):
    """How a cue names its speaker."""

    VERB = "verb"  # a finite verb: subject before it in English, after it in Arabic
    PARTICIPLE = "participle"  # "adding that": the subject of the sentence
    SOURCE = "source"  # "according to X", "بحسب X": the source follows
    RELAY = "relay"  # "quoted X as saying", "نقلت ... عن X": the source follows
    ANAPHORIC = "anaphoric"  # "على حد تعبيره": the speaker named before


class Cue(NamedTuple):
    """A speech cue found in a paragraph."""

    start: int
    end: int
    kind: CueKind
    arabic: bool


class RefKind(Enum):
    """What a subject phrase is."""

    NAME = "name"  # John Smith, Smith, Russia's Defense Ministry, عمر علوش
    ANAPHOR = "anaphor"  # he, she, a bare Arabic verb (وأضاف): the person named before
    DESCRIPTION = "description"  # the governor, the ministry, عضو المجلس
    PHRASE = "phrase"  # a Tory source, officials, التحالف, المصدر
    NOBODY = "nobody"  # they, we, or nothing readable


class Reference(NamedTuple):
    """A subject phrase and what kind of speaker it names (a tuple: made often, cheaply)."""

    kind: RefKind
    text: str = ""
    head: str = ""  # folded head noun of a description ("governor")
    person: bool = False  # a description of a person (the governor, the 36-year-old)
    honorific: str = ""  # gender of a courtesy title before a name ("male" for Sir)
    courtesy: str = ""  # that title as printed ("Lady"), kept before a one-word name
    gender: str = ""  # of a pronoun ("female" for she), to skip speakers known otherwise


_NOBODY = Reference(RefKind.NOBODY)
_ANAPHOR = Reference(RefKind.ANAPHOR)


def _optional_entries(lang: str, name: str) -> frozenset[str]:
    try:
        return entries(lang, name)
    except LexiconError:
        return frozenset()


def _optional_labelled(lang: str, name: str) -> tuple[tuple[str, str], ...]:
    try:
        return labelled(lang, name)
    except LexiconError:
        return ()


def _cue_forms(kinds: dict[str, CueKind]) -> frozenset[str]:
    """Every one-word cue as it may be printed: Arabic with و/ف (ل before a present-tense
    verb) and object pronouns."""
    forms: set[str] = set()
    for phrase in kinds:
        if " " in phrase:
            continue
        if not is_arabic(phrase):
            forms.add(phrase)
            continue
        # a present-tense verb may follow ل ("عاد ليقول": went on to say)
        joined = ("", "و", "ف", "ل", "ول", "فل") if phrase[:1] in "يت" else ("", "و", "ف")
        for prefix in joined:
            for suffix in ("", *_ARABIC_PRONOUN_SUFFIXES):
                forms.add(prefix + phrase + suffix)
    return frozenset(forms)


def _run_re(particles: set[str]) -> re.Pattern[str]:
    inner = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    joint = f"[ \u00a0](?:(?:{inner})[ \u00a0])*" if inner else "[ \u00a0]"
    return re.compile(f"{_FIRST_CAPITAL_WORD}(?:{joint}{_CAPITAL_WORD})+")


@dataclass(frozen=True)
class SpeakerLexicon:
    """The word lists the speaker rules read, folded, for the languages of one article."""

    cue_kinds: dict[str, CueKind]
    titles: frozenset[str]
    honorifics: dict[str, str]
    pronouns: dict[str, str]
    function_words: dict[str, str]
    function_spellings: dict[str, frozenset[str]]  # Arabic: folded key -> forms as listed
    document_nouns: frozenset[str]
    document_verbs: frozenset[str]  # cues only right after a document noun
    company_nouns: frozenset[str]  # "the company": the company named last
    company_suffixes: frozenset[str]  # the last word of a company's name (Co., Inc.)
    subordinators: frozenset[str]  # words opening a subordinate clause ("after", "whether")
    name_suffixes: frozenset[str]  # "Jr.", "III": after the family name
    speaker_nouns: frozenset[str]
    abbreviations: frozenset[str]
    name_particles: frozenset[str]
    name_cues: frozenset[str]
    organisation_heads: frozenset[str]
    not_names: frozenset[str]  # function words and pronouns: capitalised, still no name
    title_words: frozenset[str]  # titles and honorifics
    cue_forms: frozenset[str]  # first words of cues as plain words, with Arabic affixes
    cue_multi: tuple[tuple[str, CueKind, frozenset[str]], ...]  # phrases, kind, later words
    arabic_titles: frozenset[str]  # Arabic titles, which may introduce a name
    run_re: re.Pattern[str]  # two capitalised words or more in a row (particles inside)

    def is_name_cue(self, key: str) -> bool:
        """Whether ``key`` names what a short quotation after it is (film, تنظيم, وحركة)."""
        if key in self.name_cues:
            return True
        bare = key.removeprefix("و")
        if bare in self.name_cues or bare.removeprefix(_ARABIC_ARTICLE) in self.name_cues:
            return True
        # بفيلم "…", لمسلسل "…": a preposition joined to the noun
        return bare[:1] in _JOINED_PREPOSITIONS and bare[1:] in self.name_cues

    def is_person_name(self, name: str) -> bool:
        """Whether a name reads as a person's: two to four words, none an organisation's."""
        words = [_key(w) for w in name.split()]
        return 1 <= len(words) <= MAX_PERSON_WORDS and self.organisation_heads.isdisjoint(words)

    def is_function(self, key: str, *kinds: str) -> bool:
        """Whether ``key`` is a function word (of one of ``kinds`` when given)."""
        kind = self.function_words.get(key)
        return kind is not None and (not kinds or kind in kinds)


@cache
def speaker_lexicon(language: str | None) -> SpeakerLexicon:
    """The speaker lexicon for ``language``; both Arabic and English when it is unknown.

    A language with no lexicon folder gets empty lists: quotations are still found by their
    marks, but no speaker is read.
    """
    if language is None:
        langs: tuple[str, ...] = LANGUAGES
    elif language in LANGUAGES:
        langs = (language,)
    else:
        langs = ()
    cue_kinds: dict[str, CueKind] = {}
    titles: set[str] = set()
    honorifics: dict[str, str] = {}
    pronouns: dict[str, str] = {}
    function_words: dict[str, str] = {}
    spellings: dict[str, set[str]] = {}
    document_nouns: set[str] = set()
    document_verbs: set[str] = set()
    company_nouns: set[str] = set()
    company_suffixes: set[str] = set()
    subordinators: set[str] = set()
    name_suffixes: set[str] = set()
    speaker_nouns: set[str] = set()
    abbreviations: set[str] = set()
    particles: set[str] = set()
    name_cues: set[str] = set()
    organisation_heads: set[str] = set()
    for lang in langs:
        for verb in _optional_entries(lang, "speech_verbs"):
            kind = CueKind.PARTICIPLE if lang == "en" and verb.endswith("ing") else CueKind.VERB
            cue_kinds[fold(verb)] = kind
        for label, phrase in _optional_labelled(lang, "attribution_cues"):
            cue_kinds[fold(phrase)] = CueKind(label)
        titles |= {fold(t) for t in _optional_entries(lang, "titles")}
        honorifics |= {fold(w): g for g, w in _optional_labelled(lang, "honorifics")}
        pronouns |= {fold(w): k for k, w in _optional_labelled(lang, "pronouns")}
        for word_kind, word in _optional_labelled(lang, "function_words"):
            function_words[fold(word)] = word_kind
            spellings.setdefault(fold(word), set()).add(word)
        document_nouns |= {fold(w) for w in _optional_entries(lang, "document_nouns")}
        document_verbs |= {fold(w) for w in _optional_entries(lang, "document_verbs")}
        subordinators |= {fold(w) for w in _optional_entries(lang, "subordinators")}
        name_suffixes |= {fold(w) for w in _optional_entries(lang, "name_suffixes")}
        for label, word in _optional_labelled(lang, "company_nouns"):
            (company_nouns if label == "noun" else company_suffixes).add(fold(word))
        speaker_nouns |= {fold(w) for w in _optional_entries(lang, "speaker_nouns")}
        abbreviations |= _optional_entries(lang, "abbreviations")
        particles |= _optional_entries(lang, "name_particles")
        name_cues |= {fold(w) for w in _optional_entries(lang, "name_cues")}
        organisation_heads |= {fold(w) for w in _optional_entries(lang, "organisation_heads")}
    return SpeakerLexicon(
        cue_kinds=cue_kinds,
        titles=frozenset(titles),
        honorifics=honorifics,
        pronouns=pronouns,
        function_words=function_words,
        function_spellings={key: frozenset(forms) for key, forms in spellings.items()},
        document_nouns=frozenset(document_nouns),
        document_verbs=frozenset(document_verbs),
        company_nouns=frozenset(company_nouns),
        company_suffixes=frozenset(company_suffixes),
        subordinators=frozenset(subordinators),
        name_suffixes=frozenset(name_suffixes),
        speaker_nouns=frozenset(speaker_nouns),
        abbreviations=frozenset(abbreviations),
        name_particles=frozenset(particles),
        name_cues=frozenset(name_cues),
        organisation_heads=frozenset(organisation_heads),
        # a modal is a function word only in lower case: "Theresa May" is a name
        not_names=frozenset(k for k, kind in function_words.items() if kind != "modal")
        | frozenset(pronouns),
        title_words=frozenset(titles) | frozenset(honorifics),
        cue_forms=_cue_forms(cue_kinds),
        cue_multi=tuple(
            (phrase, kind, frozenset(w for w in phrase.split()[1:] if len(w) > 1))
            for phrase, kind in sorted(cue_kinds.items(), key=lambda item: -len(item[0]))
            if " " in phrase
        ),
        arabic_titles=frozenset(t for t in titles if is_arabic(t)),
        run_re=_run_re(particles),
    )


def _arabic_variants(key: str) -> list[str]:
    """``key`` and its forms without a و/ف prefix, a ل before a present-tense verb or an
    object pronoun (وأضافت، ليقول، قاله)."""
    stems = [key]
    if len(key) > 3 and key[0] in "وف":
        stems.append(key[1:])
    for stem in list(stems):
        if len(stem) > 4 and stem[0] == "ل" and stem[1] in "يت":
            stems.append(stem[1:])  # ليقول، لتضيف: "to say", a verb after ل
    out = list(stems)
    for stem in stems:
        for suffix in _ARABIC_PRONOUN_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                out.append(stem[: -len(suffix)])
    return out


def arabic_verb_gender(word: str, lex: SpeakerLexicon) -> str:
    """``female`` for an Arabic speech verb in the feminine (قالت، وأضافت), ``male`` for its
    masculine form (قال، وأضاف), ``""`` when the lexicon does not list both."""
    for form in _arabic_variants(fold(word)):
        if form not in lex.cue_kinds:
            continue
        if form.endswith("ت") and form[:-1] in lex.cue_kinds:
            return "female"
        if form + "ت" in lex.cue_kinds:
            return "male"
    return ""


def _cue_at(words: list[Token], masked: str, lex: SpeakerLexicon) -> Cue | None:
    """The one-word cue ``words[0]`` is, if it is one."""
    word = words[0]
    arabic = "\u0600" <= word.text[0] <= "\u06ff"
    for key in _arabic_variants(word.key) if arabic else (word.key,):
        kind = lex.cue_kinds.get(key)
        if kind is not None:
            return Cue(word.start, word.end, kind, arabic)
    return None


@dataclass(frozen=True)
class Searchable:
    """A masked paragraph, its plain words, and a copy to search for them by offset.

    ``folded`` is lower-cased with alef/ya/ta forms unified but keeps every character, so
    that offsets found in it hold in ``masked``; it is ``None`` when lower-casing changed the
    length (then words are split out one by one instead).
    """

    masked: str
    vocabulary: frozenset[str]
    folded: str | None
    marked: bool  # holds Arabic diacritics or tatweel, which may sit inside a word

    @classmethod
    def of(cls, masked: str) -> Searchable:
        """Index ``masked`` (C-speed string operations only)."""
        lowered = masked.lower()
        marked = False
        if _ARABIC_CHAR_RE.search(masked) is None:
            vocabulary = frozenset(PLAIN_WORD_RE.findall(lowered))
            folded = lowered
        else:
            vocabulary = frozenset(PLAIN_WORD_RE.findall(lowered.translate(_FOLD_TABLE)))
            folded = lowered.translate(_SAME_LENGTH_TABLE)
            marked = _DIACRITIC_RE.search(masked) is not None
        return cls(masked, vocabulary, folded if len(folded) == len(masked) else None, marked)

    def find(self, word: str) -> list[int]:
        """Offsets where the folded ``word`` stands as a whole word (diacritics allowed)."""
        folded = self.folded
        if folded is None:
            return [t.start for t in tokens(self.masked) if t.key == word]
        if self.marked and "\u0600" <= word[:1] <= "\u06ff":
            return [
                m.start()
                for m in _word_re(word).finditer(folded)
                if _stands_alone(folded, m.start(), m.end())
            ]
        found: list[int] = []  # plain search, then the word's edges checked
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if _stands_alone(folded, start, end):
                found.append(start)
            start = folded.find(word, end)
        return found


def _is_word_edge(char: str) -> bool:
    """Whether ``char`` continues a word (so a match next to it is inside another word)."""
    return _WORD_EDGE_RE.match(char) is not None


@lru_cache(maxsize=4096)
def _word_re(word: str) -> re.Pattern[str]:
    """A pattern for ``word`` that lets Arabic diacritics or tatweel sit inside (its edges are
    checked by the caller: a look-around with ``\\w`` costs more to compile than to run)."""
    return re.compile("[\u064b-\u065f\u0670\u0640]*".join(re.escape(char) for char in word))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is not part of a longer word."""
    return (not start or _WORD_EDGE_RE.match(text, start - 1) is None) and (
        _WORD_EDGE_RE.match(text, end) is None
    )


#: Characters read after a cue's first word, to match the rest of a cue phrase.
_CUE_WINDOW = 80


@lru_cache(maxsize=256)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    """A pattern for a cue phrase of several words (``according to``, ``وفقا ل``) in folded text.

    Arabic phrases take an optional و/ف before them; one ending in a one-letter preposition
    takes it glued to the next word (``وفقا لمصادر``). Edges are checked by the caller.
    """
    marks = "[\u064b-\u065f\u0670\u0640]*"
    words = phrase.split()
    body = "\\s+".join(marks.join(re.escape(char) for char in word) for word in words)
    prefix = "[وف]?" if is_arabic(phrase) else ""
    return re.compile(f"{prefix}{body}")


def find_cues(text: Searchable, lex: SpeakerLexicon) -> list[Cue]:
    """The speech cues of a masked paragraph, in order.

    Only words the paragraph holds (``text.vocabulary``) are looked for, so a paragraph with
    no cue costs a few set operations.
    """
    masked = text.masked
    found: list[Cue] = []
    for phrase, kind, rest in lex.cue_multi:
        if not rest <= text.vocabulary or text.folded is None:
            continue
        glued = is_arabic(phrase) and len(phrase.split()[-1]) == 1  # وفقا لمصادر
        for match in _phrase_re(phrase).finditer(text.folded):
            end = match.end()
            if glued:
                if match.start() and _is_word_edge(text.folded[match.start() - 1]):
                    continue
                end += text.folded[end : end + 1] == "\u0640"
            elif not _stands_alone(text.folded, match.start(), end):
                continue
            found.append(Cue(match.start(), end, kind, is_arabic(phrase)))
    taken = [(cue.start, cue.end) for cue in found]
    for form in lex.cue_forms & text.vocabulary:
        for start in text.find(form):
            if any(a <= start < b for a, b in taken):
                continue
            first = tokens(masked, start, min(len(masked), start + _CUE_WINDOW), limit=1)
            if not first or first[0].start != start:
                continue
            cue = _cue_at(first, masked, lex)
            if cue is not None:
                found.append(cue)
    for form in lex.document_verbs & text.vocabulary:
        for start in text.find(form):
            before = _WORD_BEFORE_RE.search(masked, max(0, start - _CUE_WINDOW), start)
            if before and fold(before.group()) in lex.document_nouns:
                found.append(Cue(start, start + len(form), CueKind.VERB, False))
    found.sort(key=lambda cue: cue.start)
    return found


# ---------------------------------------------------------------------------------------------
# English subjects


def _is_name_word(token: Token, lex: SpeakerLexicon) -> bool:
    text = token.text
    if not text[0].isupper():
        return False
    if text[-1] == "." and _INITIAL_RE.match(text):
        return True
    if text.count("-") >= 2:
        return False  # Day-by-day, Run-of-the-mill
    return token.key not in lex.not_names


def _latin_runs(words: list[Token], text: str, lex: SpeakerLexicon) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of capitalised runs in ``words``: words apart by spaces only,
    name particles inside kept (``Ursula von der Leyen``), possessives joined
    (``Russia's Defense Ministry``)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not _is_name_word(words[i], lex):
            i += 1
            continue
        j = i + 1
        while j < len(words) and not text[words[j - 1].end : words[j].start].strip():
            if _is_name_word(words[j], lex):
                j += 1
            elif (
                words[j].key in lex.name_particles
                and j + 1 < len(words)
                and _is_name_word(words[j + 1], lex)
                and not text[words[j].end : words[j + 1].start].strip()
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _strip_possessive(text: str) -> str:
    if text.endswith(("’s", "'s")):
        return text[:-2]
    if text.endswith(("’", "'")):
        return text[:-1]
    return text


def _is_plural_word(name: str) -> bool:
    """One Latin word ending like an English plural ("Residents", "Officials")."""
    return " " not in name and name.isascii() and name.endswith("s") and not name.endswith("ss")


def _name_reference(
    words: list[Token], text: str, lex: SpeakerLexicon, head: str = ""
) -> Reference:
    """A capitalised run as a name: titles before the name dropped, honorific remembered.

    ``head`` is what ``the <head>`` may later call the same speaker: the title it carried
    (``Mayor Vitali Klitschko``: mayor), else its last word when it has two or more
    (``Russia's Defense Ministry``: ministry).
    """
    honorific = ""
    courtesy = ""
    last_title = -1
    title = ""
    for index, word in enumerate(words):
        lower = word.text.lower()
        if word.key not in lex.title_words and lower not in lex.title_words:
            continue
        if word.key in lex.honorifics or lower in lex.honorifics:
            honorific = lex.honorifics.get(word.key) or lex.honorifics[lower]
            courtesy = word.text
            last_title = index
        else:
            last_title = index
            title = word.key
    name = words[last_title + 1 :]
    if not name:
        return Reference(RefKind.DESCRIPTION, text="", head=words[-1].key, person=True)
    owner = len(name) - 2  # the last possessive before the final word, if any
    while owner >= 0 and not name[owner].text.endswith(_POSSESSIVE_ENDINGS):
        owner -= 1
    tail = name[owner + 1 :] if owner >= 0 else []
    if len(tail) >= 2 and lex.organisation_heads.isdisjoint(w.key for w in tail):
        name = tail  # "NASA's Steve Clarke", not "Russia's Defense Ministry"
    span = text[name[0].start : name[-1].end]
    if name[-1].text.lower() not in lex.abbreviations:  # "J. David Cox Sr." keeps its stop
        span = span.rstrip(".")
    span = _strip_possessive(span)
    if len(name) == 1 and _INITIAL_RE.match(name[0].text):
        span = name[0].text
    if not head:
        head = title or (fold(_strip_possessive(name[-1].text)) if len(name) >= 2 else "")
    return Reference(RefKind.NAME, text=span, head=head, honorific=honorific, courtesy=courtesy)


def _hyphenated_adverb(words: list[Token], lex: SpeakerLexicon) -> bool:
    """Whether the last word is a hyphenated adverb after the phrase's head noun ("The company
    flat-out denied"), not a hyphenated noun ("the editor-in-chief", "the co-founder")."""
    if len(words) < MIN_ADVERB_PHRASE_WORDS:
        return False
    last, head = words[-1], words[-2].key
    return (
        "-" in last.text
        and last.text[0].islower()
        and last.key not in lex.titles
        and (head in lex.company_nouns or head in lex.organisation_heads or head in lex.titles)
    )


@lru_cache(maxsize=WORD_RE_CACHE_SIZE)
def _whole_word_re(word: str) -> re.Pattern[str]:
    """A pattern finding ``word`` as a whole word (a company's first word, looked for often)."""
    return re.compile(rf"\b{re.escape(word)}\b")


def _titled_name_at_end(
    words: list[Token], runs: list[tuple[int, int]], index: int, lex: SpeakerLexicon
) -> bool:
    """Whether the phrase ends, after ``index``, in a capitalised run holding a title and a
    name of two words or more after it (``... Employees President J. David Cox Sr.``)."""
    if not runs or runs[-1][1] != len(words) or runs[-1][0] <= index:
        return False
    first, last = runs[-1]
    titled = [i for i in range(first, last) if words[i].key in lex.titles]
    return bool(titled) and last - titled[-1] - 1 >= MIN_ORGANISATION_WORDS


def _agent(words: list[Token], lex: SpeakerLexicon) -> list[Token]:
    """The organisation or person named first in ``words``, "of"/"for" inside kept
    (``the Centre for Economic Policy Research``)."""
    if words and words[0].key == "the":
        words = words[1:]
    name: list[Token] = []
    for index, word in enumerate(words):
        if _is_name_word(word, lex) or (
            name
            and word.key in ("of", "for")
            and index + 1 < len(words)
            and _is_name_word(words[index + 1], lex)
        ):
            name.append(word)
        else:
            break
    return name


#: "The company flat-out": a determiner, a head noun and the adverb after it.
MIN_ADVERB_PHRASE_WORDS = 3
#: A possessive opening a sentence names its topic when it is a full name ("Taylor Swift's").
MIN_POSSESSIVE_TOPIC_WORDS = 2
#: An organisation's full name has at least this many words ("American Airlines").
MIN_ORGANISATION_WORDS = 2
#: Prepositions whose phrase completes a description of a speaker ("a spokeswoman for the
#: union", "the head of the agency").
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for"})


def _latin_noun_phrase(words: list[Token], text: str, lex: SpeakerLexicon) -> Reference:
    """Classify an English noun phrase (the subject of a speech verb)."""
    while words and lex.is_function(words[0].key, "conjunction", "adverb", "other"):
        words = words[1:]
    while words and (
        lex.is_function(words[-1].key, "adverb")
        or (words[-1].key.endswith("ly") and words[-1].text[0].islower())
        or _hyphenated_adverb(words, lex)
    ):
        words = words[:-1]  # "Cross also said", "Thomas allegedly told"
    if len(words) > 1 and words[-1].key in lex.pronouns and not words[-1].capitalised:
        # "In a post at the time she described": the pronoun right before the verb
        kind = lex.pronouns[words[-1].key]
        return _NOBODY if kind == "nobody" else Reference(RefKind.ANAPHOR, gender=kind)
    complement: list[Token] = []  # "of the teachers union" after a description
    for index, word in enumerate(words):
        if (
            index
            and word.key in ("by", "from")
            and words[index - 1].key in lex.document_nouns
            and index + 1 < len(words)
        ):
            agent = _agent(words[index + 1 :], lex)
            if agent:  # "a study by the Centre for Economic Policy Research"
                return _name_reference(agent, text, lex)
        if index and lex.is_function(word.key, "preposition") and not word.capitalised:
            trailing = _latin_runs(words, text, lex)
            if _titled_name_at_end(words, trailing, index, lex):
                # "American Federation of Government Employees President J. David Cox Sr."
                return _name_reference(words[trailing[-1][0] : trailing[-1][1]], text, lex)
            if (
                index <= MAX_DESCRIPTION_WORDS
                and not any(lex.is_function(w.key) or w.key in lex.pronouns for w in words[:index])
                and trailing
                and trailing[-1][1] == len(words)
                and trailing[-1][0] > index
                and trailing[-1][1] - trailing[-1][0] >= 2
                and not any(  # "Greg Taylor of ...", not "Secretary of State Mike Pompeo"
                    last <= index and any(w.key not in lex.titles for w in words[first:last])
                    for first, last in trailing
                )
            ):
                first, last = trailing[-1]
                if last - first >= 3 and first == index + 1:
                    first += 1  # "former envoy to Ukraine Kurt Volker": Kurt Volker
                return _name_reference(words[first:last], text, lex)
            if word.key in _COMPLEMENT_PREPOSITIONS:
                complement = words[index:]
                for offset, later in enumerate(complement[1:], start=1):
                    if lex.is_function(later.key, "preposition") and later.key != "of":
                        complement = complement[:offset]
                        break
            words = words[:index]
            break
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return _NOBODY
    pronouns = [i for i, w in enumerate(words) if w.key in lex.pronouns]
    if pronouns:  # "That's why I always tell": I; "I can't say": I
        kind = lex.pronouns[words[pronouns[-1]].key]
        return _NOBODY if kind == "nobody" else Reference(RefKind.ANAPHOR, gender=kind)
    runs = _latin_runs(words, text, lex)
    if runs and runs[-1][1] == len(words):
        first, last = runs[-1]
        reference = _name_reference(words[first:last], text, lex)
        if reference.kind is RefKind.DESCRIPTION and not reference.text:
            # a post named by its title alone: "The United Nations High Commissioner for Human
            # Rights said" speaks as that office
            final = complement[-1] if complement else words[last - 1]
            phrase = text[words[first].start : final.end].rstrip(".")
            return Reference(RefKind.PHRASE, text=phrase, head=reference.head, person=True)
        return reference
    for first, last in runs:
        if (
            last < len(words)
            and words[last - 1].text.endswith(_POSSESSIVE_ENDINGS)
            and words[last].key in lex.document_nouns
        ):
            return _name_reference(words[first:last], text, lex, head=words[last].key)
    determiner = words[0].key if lex.is_function(words[0].key, "determiner") else ""
    body = words[1:] if determiner else words
    if not body:
        return _NOBODY
    if any(lex.is_function(w.key) and not w.capitalised for w in body):
        return _NOBODY  # a clause ("lawmakers would"), not a noun phrase
    head = body[-1].key
    person = head in lex.titles or _YEAR_OLD_RE.match(head) is not None
    final = body[-1]
    if complement and len(body) + len(complement) <= MAX_SUBJECT_WORDS:
        final = complement[-1]
    phrase = text[body[0].start : final.end].rstrip(".")
    if determiner == "the":
        return Reference(RefKind.DESCRIPTION, text=phrase, head=head, person=person)
    if determiner in ("", "a", "an"):
        return Reference(RefKind.PHRASE, text=phrase, head=head, person=person)
    return _NOBODY


def _is_appositive(segment: str, lex: SpeakerLexicon) -> bool:
    """``the EU's foreign policy chief``, ``74``, ``in a statement``: not the subject itself."""
    words = tokens(segment, limit=2)
    if not words:
        return True
    first = words[0]
    if first.key in lex.pronouns:
        return False
    if len(words) == 1 and _PARTY_STATE_RE.match(first.text):
        return True  # "Sen. Ben Sasse, R-Neb., said"
    if len(words) > 1 and first.text.endswith(_POSSESSIVE_ENDINGS) and words[1].text[0].islower():
        return True  # "Teresa's husband and Tor's editor in chief"
    if first.key in lex.titles and (
        len(words) == 1 or lex.is_function(words[1].key, "preposition")
    ):
        return True  # "Strauss Zelnick, CEO of Take-Two, adds": a role, not a name after it
    return not first.capitalised or lex.is_function(first.key, "preposition")


def _can_be_subject(segment: str, lex: SpeakerLexicon) -> bool:
    words = tokens(segment, limit=1)
    if not words:
        return False
    first = words[0]
    if first.key in lex.pronouns:
        return True
    if not first.capitalised or first.text[0].isdigit():
        return False
    return not lex.is_function(first.key, "preposition", "conjunction")


def subject_before(text: str, start: int, end: int, lex: SpeakerLexicon) -> Reference:
    """The English subject of a verb at ``end``, read in ``text[start:end]`` (one clause).

    Skips appositives between commas (``Kaja Kallas, the EU's foreign policy chief, said``) and
    leading phrases (``On Monday, Mr Lammy said``).
    """
    region = text[start:end]
    bounds: list[tuple[int, int]] = []
    previous = 0
    for match in _SEGMENT_RE.finditer(region):
        bounds.append((previous, match.start()))
        previous = match.end()
    bounds.append((previous, len(region)))
    segments = [(a, b) for a, b in bounds if region[a:b].strip()]
    if not segments:
        return _NOBODY
    chosen = segments[-1]
    last_start, last_end = chosen
    if region[last_end:].strip() and _is_appositive(region[last_start:last_end], lex):
        earlier = segments[:-1]
        fallback = None  # the first noun phrase of the clause: "On Monday, the minister, a ..."
        for index in range(len(earlier) - 1, -1, -1):
            segment = region[earlier[index][0] : earlier[index][1]]
            if _can_be_subject(segment, lex):
                # a short part after an appositive is its place, not the subject; after the
                # clause's opening phrase ("In a letter, Zippy Duvall, the president ...") it is
                place = len(segment.split()) <= 2 and index > 1
                if place and _is_appositive(
                    region[earlier[index - 1][0] : earlier[index - 1][1]], lex
                ):
                    continue  # "a fellow at the Institute in Munich, Germany, and co-author"
                chosen = earlier[index]
                fallback = None
                break
            if not _is_appositive(segment, lex):
                break
            first = tokens(segment, limit=1)
            if first and lex.is_function(first[0].key, "determiner"):
                fallback = earlier[index]
        if fallback is not None:
            chosen = fallback
    seg_start, seg_end = chosen
    words = tokens(text, start + seg_start, start + seg_end)
    if words and lex.is_function(words[0].key, "relative"):
        index = segments.index(chosen)
        if index == 0:
            return _NOBODY
        seg_start, seg_end = segments[index - 1]  # "Mary Jones, who said": Mary Jones
        words = tokens(text, start + seg_start, start + seg_end)
    return _latin_noun_phrase(words, text, lex)


# ---------------------------------------------------------------------------------------------
# Arabic subjects


def _is_arabic_stop(token: Token, lex: SpeakerLexicon) -> bool:
    key = token.key
    if lex.is_function(key) and not _other_hamza(token.text, lex.function_spellings[key]):
        return True
    bare = key.removeprefix("و")  # the word after a joined و
    if (
        bare is not key
        and lex.is_function(bare)
        and not _other_hamza(token.text[1:], lex.function_spellings[bare])
    ):
        return True
    if key.startswith("لل") or "\u0640" in token.text[:3]:
        return True  # للصحافيين, لـ: a preposition glued to the next word
    if key.startswith(("ل", "ب")) and len(key) > 3 and whole_agency(token.text[1:]):
        return True  # وقالت روفرز لرويترز: "to Reuters", whom she told
    if _TANWEEN_ALEF_RE.search(token.text):
        return True  # معلقاً، أيضاً: an adverb, not part of a name
    return key in lex.cue_kinds or key.removeprefix("و") in lex.cue_kinds


_HAMZA_ALEFS = frozenset("أإآ")


def _other_hamza(word: str, spellings: frozenset[str]) -> bool:
    """Whether ``word`` is written with another hamza than the listed word it folds to
    (إمام, a name, is not the preposition أمام): the page tells them apart."""
    return word not in spellings and any(
        len(form) == len(word)
        and any(
            a != b and a in _HAMZA_ALEFS and b in _HAMZA_ALEFS
            for a, b in zip(word, form, strict=True)
        )
        for form in spellings
    )


def _arabic_stop(text: str, start: int, lex: SpeakerLexicon) -> int:
    """Where an Arabic subject read from ``start`` ends: the first punctuation that is not the
    stop of an abbreviation (``د. أحمد زويل``)."""
    for match in _ARABIC_STOP_RE.finditer(text, start):
        if match.group() == ".":
            word = _WORD_BEFORE_RE.search(text, max(start, match.start() - 8), match.start())
            if word and fold(word.group()) + "." in lex.abbreviations:
                continue
        return match.start()
    return len(text)


def _arabic_words(text: str, start: int, lex: SpeakerLexicon, relay: bool) -> list[Token]:
    """The words after ``start`` up to the first stop (punctuation, particle, preposition).

    A name between commas after a title is kept (``قال المتحدث باسم الجيش، العقيد أحمد
    المسماري، إن``); a phrase such as ``، في بيان:`` is not.
    """
    end = _arabic_stop(text, start, lex)
    words = _arabic_run(text, start, end, lex, relay)
    if words and len(words) == len(tokens(text, start, end)) and text[end : end + 1] in "،,":
        after = _arabic_stop(text, end + 1, lex)
        following = _arabic_run(text, end + 1, after, lex, relay)
        closing = text[after : after + 1]
        rest = tokens(text, after + 1, min(len(text), after + 12), limit=1)
        introduces = closing == ":" or (
            closing in "،," and bool(rest) and lex.is_function(rest[0].key, "particle")
        )
        if following and len(following) <= MAX_APPOSITIVE_WORDS and introduces:
            words = (words + following)[:MAX_ARABIC_SUBJECT_WORDS]
    return words


def _arabic_run(text: str, start: int, end: int, lex: SpeakerLexicon, relay: bool) -> list[Token]:
    words: list[Token] = []
    counted = 0
    for token in tokens(text, start, end):
        if relay and words and token.key in ("في", "من"):
            words.append(token)
            continue
        if not words and lex.is_function(token.key, "same"):
            words.append(token)  # ذات المصادر: the sources named before
            continue
        if _is_arabic_stop(token, lex) or not is_arabic(token.text):
            break
        words.append(token)
        if token.text not in lex.name_particles:
            counted += 1  # بن and آل join a name's parts: they do not count
        if counted >= MAX_ARABIC_SUBJECT_WORDS:
            break
    return words


def _bare_key(key: str) -> str:
    return key.removeprefix(_ARABIC_ARTICLE)


def _arabic_reference(words: list[Token], text: str, lex: SpeakerLexicon) -> Reference:
    """Classify the words after an Arabic speech verb."""
    if not words:
        return _ANAPHOR
    if lex.is_function(words[0].key, "same"):
        if len(words) == 1:
            return _ANAPHOR
        noun = words[1]
        return Reference(
            RefKind.DESCRIPTION, text=text[noun.start : words[-1].end], head=_bare_key(noun.key)
        )
    if lex.is_name_cue(words[0].key):  # حركة حماس، شركة ...: an organisation
        kept = words[:4]
        return Reference(RefKind.PHRASE, text=text[kept[0].start : kept[-1].end])
    if _bare_key(words[0].key) in lex.speaker_nouns:
        kept = [words[0]]
        for word in words[1:]:
            if (
                word.key.startswith(_ARABIC_ARTICLE)
                or _NISBA_RE.search(word.key)
                or word.key in ("في", "من")
            ):
                kept.append(word)
            else:
                break
        while kept and kept[-1].key in ("في", "من"):
            kept.pop()
        return Reference(
            RefKind.PHRASE,
            text=text[kept[0].start : kept[-1].end],
            head=_bare_key(words[0].key),  # "ذات المصادر" refers back to it
        )
    runs: list[list[Token]] = []
    current: list[Token] = []
    after_title = False
    for word in words:
        key = word.key
        if key in lex.titles:
            if current:
                runs.append(current)
            current = []
            # وزير governs the next word (وزير الخارجية); السيد, الشيخ and د. do not
            after_title = len(key) > 1 and not key.startswith(_ARABIC_ARTICLE)
            continue
        if current and word.text in lex.name_particles:
            current.append(word)  # بن، آل: the name goes on
            continue
        if key.startswith(_ARABIC_ARTICLE):
            if current:
                current.append(word)  # a family name: معتز الخياط
            after_title = False
            continue
        if after_title:
            after_title = False  # the title's complement: وزير خارجية ...
            continue
        if (
            current
            and current[-1].key.startswith(_ARABIC_ARTICLE)
            and current[-1].text not in lex.name_particles
            and len(current) > 1
        ):
            runs.append(current)  # وزارة الخارجية الأمريكية | نيد برايس: a new name starts
            current = []
        current.append(word)
    if current:
        runs.append(current)
    runs = [run for run in runs if run]
    if runs:
        run = _name_words(runs[-1], lex)
        return Reference(RefKind.NAME, text=text[run[0].start : run[-1].end])
    if words[0].key in lex.titles:
        return Reference(RefKind.DESCRIPTION, head=words[0].key, person=True)
    kept = words[:4]
    return Reference(RefKind.PHRASE, text=text[kept[0].start : kept[-1].end])


def _name_words(run: list[Token], lex: SpeakerLexicon) -> list[Token]:
    """The first MAX_NAME_WORDS words of ``run``, its particles not counted (``عبدالله بن
    محمد بن سعود آل ثاني``)."""
    counted = 0
    for index, word in enumerate(run):
        if word.text not in lex.name_particles:
            counted += 1
            if counted > MAX_NAME_WORDS:
                return run[:index]
    return run


def phrase_after(
    text: str, start: int, lex: SpeakerLexicon, *, arabic: bool, relay: bool = False
) -> Reference:
    """The speaker named after a cue ending at ``start``: ``said Smith``, ``وقال علوش``."""
    if arabic:
        if relay:
            return _arabic_relay(text, start, lex)
        words = _arabic_words(text, start, lex, relay=False)
        return _arabic_reference(words, text, lex)
    stop = _LATIN_STOP_RE.search(text, start)
    end = stop.start() if stop else len(text)
    words = tokens(text, start, end)
    for index, word in enumerate(words):
        if word.text.endswith(".") and not _is_abbreviation(word, lex):
            words = words[: index + 1]  # "said Nealy Cox. The ...": the sentence ends
            break
    if relay:
        for index, word in enumerate(words):
            if word.key == "as":
                words = words[:index]
                break
    return _latin_noun_phrase(words, text, lex)


def _arabic_relay(text: str, start: int, lex: SpeakerLexicon) -> Reference:
    """The source of ``نقلت الصحيفة عن مسؤول``: the words after عن (a quoted paper's name
    may stand between: ``نقلت صحيفة "نيويورك تايمز" عن``)."""
    stop = _RELAY_STOP_RE.search(text, start)
    end = stop.start() if stop else len(text)
    words = tokens(text, start, end)
    for index, word in enumerate(words[: MAX_RELAY_GAP + 1]):
        if word.key in ("عنه", "عنها"):
            return _ANAPHOR
        if word.key == "عن":
            source = _arabic_words(text, word.end, lex, relay=True)
            while source and source[-1].key in ("في", "من"):
                source.pop()
            return _arabic_reference(source, text, lex) if source else _ANAPHOR
        if index == 0 and word.key in ("قوله", "قولها"):
            return _ANAPHOR
    return _ANAPHOR


def _is_abbreviation(word: Token, lex: SpeakerLexicon) -> bool:
    return word.text.lower() in lex.abbreviations or _INITIAL_RE.match(word.text) is not None


def latin_runs(masked: str, lex: SpeakerLexicon) -> list[list[Token]]:
    """Runs of capitalised name words in a masked paragraph (``Ursula von der Leyen``,
    ``Russia's Defense Ministry``), split at function words (``But Murray``) and at a full
    stop that ends a sentence (``... Smith. Jones``). Lone capitalised words are left to
    :func:`known_words_in`: most open a sentence."""
    runs: list[list[Token]] = []
    for match in lex.run_re.finditer(masked):
        current: list[Token] = []
        for word in tokens(masked, match.start(), match.end()):
            if current and word.key in lex.name_particles:
                current.append(word)
                continue
            if not _is_name_word(word, lex):
                if current:
                    runs.append(current)
                current = []
                continue
            current.append(word)
            if word.text.endswith(".") and not _is_abbreviation(word, lex):
                runs.append(current)
                current = []
        if current:
            runs.append(current)
    for run in runs:
        while run and run[-1].key in lex.name_particles:
            run.pop()
    return [run for run in runs if run]


def known_words_in(text: Searchable, runs: list[list[Token]], known: set[str]) -> list[list[Token]]:
    """One-word runs for the words of names already seen (``Murray`` after ``Andy Murray``),
    printed capitalised and outside the longer runs."""
    capitalised = {word.lower() for word in _CAPITALISED_RE.findall(text.masked)}
    candidates = known & capitalised
    if not candidates:
        return []
    covered = {word.start for run in runs for word in run}
    found: list[list[Token]] = []
    for word in candidates:
        for start in text.find(word):
            if start in covered or not text.masked[start].isupper():
                continue
            token = tokens(text.masked, start, min(len(text.masked), start + 60), limit=1)
            if token and token[0].start == start:
                found.append(token)
    return found


def _word_before(text: str, start: int) -> tuple[str, str]:
    """The word before ``start`` and what stands between them (``("said", " ")``)."""
    window = text[max(0, start - 40) : start]
    stripped = window.rstrip()
    cut = len(stripped)
    while cut and (stripped[cut - 1].isalnum() or stripped[cut - 1] in "’'.-_"):
        cut -= 1
    word = stripped[cut:]
    if not word:
        return "", window
    return word, window[len(stripped) :]


def _opens_sentence(text: str, start: int, lex: SpeakerLexicon) -> bool:
    """Whether the word at ``start`` opens a sentence (or the paragraph)."""
    return _follows_stop(*_word_before(text, start), lex)


def _follows_stop(before: str, gap: str, lex: SpeakerLexicon) -> bool:
    """Whether a word after ``before`` and ``gap`` (see :func:`_word_before`) opens a sentence."""
    if not before or gap.strip():
        return True
    return (
        before.endswith(".")
        and before.lower() not in lex.abbreviations
        and _INITIAL_RE.match(before) is None
    )


def _after_preposition(text: str, start: int, lex: SpeakerLexicon) -> bool:
    word, gap = _word_before(text, start)
    return (
        bool(word) and not gap.strip() and word.islower() and lex.is_function(word, "preposition")
    )


def latin_names(
    runs: list[list[Token]], masked: str, lex: SpeakerLexicon
) -> list[tuple[int, str, str]]:
    """Names of two words or more among ``runs``: ``(offset, name, honorific gender)``."""
    found: list[tuple[int, str, str]] = []
    for run in runs:
        if len(run) < 2:
            continue
        name = run
        if len(run) >= 3 and _after_preposition(masked, run[0].start, lex):
            name = run[1:]  # "envoy to Ukraine Kurt Volker": the place is not the name
        elif run[0].key.endswith("ing") and _opens_sentence(masked, run[0].start, lex):
            name = run[1:]  # "Hosting Cook ...", "Speaking Smith ...": a participle
        if len(name) < 2:
            continue
        reference = _name_reference(name, masked, lex)
        if (
            reference.kind is RefKind.NAME
            and len(reference.text.split()) >= 2
            and lex.is_person_name(reference.text)
        ):
            found.append((run[0].start, reference.text, reference.honorific))
    return found


def latin_organisations(
    runs: list[list[Token]], masked: str, lex: SpeakerLexicon
) -> list[tuple[int, str]]:
    """Organisations named in full among ``runs`` (a run with an organisation's word, such as
    "American Airlines", "Chicago Department of Aviation"): ``(offset, name)``."""
    found: list[tuple[int, str]] = []
    for run in runs:
        if len(run) >= MIN_ORGANISATION_WORDS and any(
            t.key in lex.organisation_heads for t in run[1:]
        ):
            found.append((run[0].start, masked[run[0].start : run[-1].end]))
    return found


def quoted_name(words: list[Token], text: str, lex: SpeakerLexicon) -> str:
    """The name in a short quotation that starts with a title (``"العميد يوسف الشراجي"``)."""
    if not words or words[0].key not in lex.titles:
        return ""
    if is_arabic(words[0].text):
        return arabic_title_name(words[0], words[1:], text, lex)
    if not all(_is_name_word(w, lex) or w.key in lex.titles for w in words):
        return ""  # "Justice has been served": a sentence, not Justice Jane Doe
    reference = _name_reference(words, text, lex)
    return reference.text if reference.kind is RefKind.NAME else ""


# ---------------------------------------------------------------------------------------------
# Mentions: people named as the subject of a sentence, without a speech verb


def find_mentions(
    runs: list[list[Token]], masked: str, lex: SpeakerLexicon, known: set[str]
) -> list[tuple[int, str]]:
    """People named as the subject of a clause in a masked paragraph: ``(offset, name)``.

    A capitalised run followed by a lower-case word (``Murray struck``, ``Katie Boulter who``),
    not after a preposition or article; a one-word run at the start of a sentence only when
    it is part of a fuller name already seen (``known``).
    """
    found: list[tuple[int, str]] = []
    for run in runs:
        last = run[-1]
        if len(run) == 1 and last.key not in known and last.key not in lex.honorifics:
            continue  # one capitalised word is a person only when part of a name seen
        if last.text.endswith("."):
            continue
        if last.text.endswith(_POSSESSIVE_ENDINGS):
            # "Taylor Swift's first six albums were ...": opening its sentence, the owner is
            # what the sentence is about
            before, gap = _word_before(masked, run[0].start)
            if len(run) >= MIN_POSSESSIVE_TOPIC_WORDS and _follows_stop(before, gap, lex):
                reference = _name_reference(run, masked, lex)
                if reference.kind is RefKind.NAME and lex.is_person_name(reference.text):
                    found.append((run[0].start, reference.text))
            continue
        after = _WORD_AFTER_RE.match(masked, last.end)
        if after is None or not after.group(2)[0].islower():
            continue
        following = after.group(2)
        before, gap = _word_before(masked, run[0].start)
        opening = _follows_stop(before, gap, lex)
        # "Stafford, earlier in the hearing, was": a subject when it opens the sentence;
        # "the University of California, San Francisco, helps": not after a comma
        if after.group(1) and following != "who" and ("," in gap or not opening):
            continue
        if lex.is_function(fold(following), "preposition"):
            continue
        if not opening and lex.is_function(fold(before.rstrip(".")), "preposition", "determiner"):
            continue
        reference = _name_reference(run, masked, lex)
        if reference.kind is not RefKind.NAME or not lex.is_person_name(reference.text):
            continue
        if (
            len(reference.text.split()) == 1
            and not reference.honorific
            and _key(reference.text) not in known
        ):
            continue
        found.append((run[0].start, reference.text))
    found.sort()
    return found


def arabic_mentions(text: Searchable, lex: SpeakerLexicon) -> list[tuple[int, str]]:
    """People named after an Arabic title (``الرئيس الاميركي باراك اوباما``): ``(offset, name)``."""
    found: list[tuple[int, str]] = []
    if not lex.arabic_titles:
        return found  # no Arabic lexicon: no Arabic titles to find
    masked = text.masked
    # a title with the article after a joined ل (للممثل المصري محمود الميليجي: "of the actor")
    joined = {
        word: _ARABIC_ARTICLE + word[2:]
        for word in text.vocabulary
        if word.startswith("لل") and _ARABIC_ARTICLE + word[2:] in lex.arabic_titles
    }
    for title in (lex.arabic_titles & text.vocabulary) | joined.keys():
        for start in text.find(title):
            words = tokens(masked, start, min(len(masked), start + _TITLE_WINDOW))
            if title in joined:
                words[0] = words[0]._replace(key=joined[title])
            rest = [
                w
                for w in words[1 : 1 + MAX_ARABIC_SUBJECT_WORDS]
                if MASK not in masked[start : w.start]
            ]
            name = arabic_title_name(words[0], rest, masked, lex)
            if name:
                found.append((start, name))
    found.sort()
    return found


#: What stands before the first word of a sentence: nothing, or a stop.
_SENTENCE_OPENERS = frozenset({"", ".", "،", ",", ":", "؛", "!", "?", "؟"})
#: An Arabic name of up to this many words may stand for a fuller one printed before
#: (ديسلفا -> خورخي ديسلفا, عالي الهمة -> فؤاد عالي الهمة).
MAX_SHORT_ARABIC_NAME = 2
#: Characters read after an Arabic title for the name it introduces.
_TITLE_WINDOW = 120


def arabic_title_name(title: Token, words: list[Token], text: str, lex: SpeakerLexicon) -> str:
    """The name after an Arabic title: ``الرئيس الاميركي باراك اوباما`` -> ``باراك اوباما``.

    A title without the article governs the next word (``وزير الخارجية``, ``قائد جبهة``): that
    word and the ``ال`` words after it describe the post, not the person. Then come adjectives
    with the article (الاميركي), then two or more name words.
    """
    index = 0
    if not title.key.startswith(_ARABIC_ARTICLE):
        index = 1  # the complement of وزير، قائد، رئيس
    while index < len(words) and words[index].key.startswith(_ARABIC_ARTICLE):
        if words[index].key in lex.titles or index >= 3:
            return ""
        index += 1
    name: list[Token] = []
    for word in words[index:]:
        gap = text[name[-1].end : word.start] if name else " "
        if gap.strip() or _is_arabic_stop(word, lex) or word.key in lex.titles:
            break
        if word.key.startswith(_ARABIC_ARTICLE) and not name:
            break
        if len(name) >= 2 and word.key.startswith("و"):
            break  # ... هادي وحكومته: "and his government", not a name word
        name.append(word)
        if word.key.startswith(_ARABIC_ARTICLE) or len(name) >= MAX_NAME_WORDS - 1:
            break
    if len(name) < 2:
        return ""
    return text[name[0].start : name[-1].end]


# ---------------------------------------------------------------------------------------------
# Resolution


Position = tuple[int, int]  # (paragraph index, character offset)


@dataclass
class _Name:
    position: Position
    words: tuple[str, ...]  # folded
    text: str
    honorific: str


@dataclass
class Discourse:
    """What one article has named so far: full names, speakers, subjects.

    Built fresh for each article and filled in reading order; never shared between articles.
    ``paragraphs`` holds each paragraph's masked text, where a one-word Arabic name is looked up
    to find the fuller name it was introduced with (each indexed by :meth:`searchable` when
    first needed).
    """

    lex: SpeakerLexicon
    paragraphs: list[str] = field(default_factory=list)
    indexed: dict[int, Searchable] = field(default_factory=dict)  # by paragraph, when needed
    names: dict[str, list[_Name]] = field(default_factory=dict)  # by folded word
    speakers: list[tuple[Position, str, bool]] = field(default_factory=list)
    mentions: list[tuple[Position, str]] = field(default_factory=list)
    heads: dict[str, tuple[str, bool]] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)
    genders: dict[str, str] = field(default_factory=dict)  # name -> gender, from he/she, Mrs
    introductions: dict[str, tuple[Position, str] | None] = field(default_factory=dict)
    #: organisations named in full ("American Airlines"), by their first word folded
    organisations: dict[str, list[tuple[Position, str]]] = field(default_factory=dict)

    def searchable(self, index: int) -> Searchable:
        """Paragraph ``index`` indexed for word look-ups (made once, on first use)."""
        found = self.indexed.get(index)
        if found is None:
            found = self.indexed[index] = Searchable.of(self.paragraphs[index])
        return found

    def add_name(self, position: Position, text: str, honorific: str = "") -> None:
        """Remember a name of two words or more, as printed, seen at ``position``."""
        words = tuple(fold(w) for w in text.split())
        if len(words) < 2:
            return
        earlier = next((n for n in self.names.get(words[-1], ()) if n.text == text), None)
        if earlier is not None:  # one entry per name, at its first use
            earlier.position = min(earlier.position, position)
            return
        name = _Name(position, words, text, honorific)
        for word in set(words):
            self.names.setdefault(word, []).append(name)
        self.known.update(words)

    def known_name_end(self, text: str, position: Position) -> str:
        """``text`` cut after its opening words when they end a name seen before ``position``
        and the words after them are no part of a name (``تياليه مصممين آخرين`` after
        ``صوفي تياليه``: the verb's object follows the name)."""
        words = text.split()
        keys = [fold(w) for w in words]
        for size in range(len(words) - 1, 0, -1):
            if keys[size] in self.known:
                continue
            head = tuple(keys[:size])
            for name in self.names.get(keys[0], ()):
                if name.position < position and name.words[-size:] == head:
                    return " ".join(words[:size])
        return text

    def last_organisation(self, position: Position) -> str | None:
        """The company (a name ending Co., Inc., Group...) named in full before ``position``
        whose name, or its first word as the article shortens it ("Boeing"), was printed last
        within ANAPHOR_WINDOW paragraphs; ``None`` when there is none or two tie."""
        best: tuple[Position, str] | None = None
        tie = False
        first = max(0, position[0] - ANAPHOR_WINDOW)
        for names in self.organisations.values():
            for introduced, name in names:
                if introduced >= position or _key(name.split()[-1]) not in (
                    self.lex.company_suffixes
                ):
                    continue
                word = _whole_word_re(name.split()[0])
                for index in range(position[0], first - 1, -1):
                    text = self.paragraphs[index] if index < len(self.paragraphs) else ""
                    limit = position[1] if index == position[0] else len(text)
                    found = [m.start() for m in word.finditer(text, 0, limit)]
                    if found:
                        where = (index, found[-1])
                        if best is None or where > best[0]:
                            best, tie = (where, name), False
                        elif where == best[0] and name != best[1]:
                            tie = True
                        break
        return None if best is None or tie else best[1]

    def add_organisation(self, position: Position, text: str) -> None:
        """Remember an organisation's full name (two words or more), seen at ``position``."""
        words = text.split()
        if len(words) < MIN_ORGANISATION_WORDS:
            return
        seen = self.organisations.setdefault(fold(words[0]), [])
        if all(name != text for _, name in seen):
            seen.append((position, text))

    def organisation(self, word: str, position: Position) -> str | None:
        """The one organisation named before ``position`` whose full name opens with ``word``
        ("American" -> "American Airlines"), or ``None`` (none, or several)."""
        found = {name for where, name in self.organisations.get(fold(word), ()) if where < position}
        return found.pop() if len(found) == 1 else None

    def add_speaker(self, position: Position, speaker: str, named: bool) -> None:
        """Record that ``speaker`` spoke at ``position`` (``named``: a name, not a phrase)."""
        insort(self.speakers, (position, speaker, named))

    def add_mention(self, position: Position, name: str) -> None:
        """Record a person named as a subject at ``position``."""
        insort(self.mentions, (position, self.fullest(name, position, "")))

    def fullest(self, text: str, position: Position, honorific: str) -> str:
        """The fullest name the article used before ``position`` for ``text``.

        ``Smith`` -> ``John Smith`` when a ``John Smith`` was named before; a courtesy title
        that contradicts the fuller name's (Lady vs Sir) keeps the short form.
        """
        words = tuple(fold(w) for w in text.split())
        if not words:
            return text
        best: _Name | None = None
        best_rank = (False, 0)
        size = len(words)
        for name in self.names.get(words[-1], ()):
            if name.position >= position or len(name.words) <= size:
                continue
            if honorific and name.honorific and name.honorific != honorific:
                continue
            bare = name.words[:-1] if name.words[-1] in self.lex.name_suffixes else name.words
            family = bare[-size:] == words  # Smith -> John Smith, Carlineo -> ... Carlineo Jr.
            if not family and name.words[:size] != words:  # Keir -> Keir Starmer
                continue
            rank = (family, len(name.words))
            if best is None or rank > best_rank:  # ties: the name as first introduced
                best, best_rank = name, rank
        if best is not None:
            return best.text
        if size <= MAX_SHORT_ARABIC_NAME and is_arabic(text):
            found = self._arabic_introduction(words)
            if found is not None and found[0] < position:
                return found[1]
        return text

    def _arabic_introduction(self, keys: tuple[str, ...]) -> tuple[Position, str] | None:
        """Where ``ديسلفا`` (or ``عالي الهمة``) was first printed with a given name before it
        (``خورخي ديسلفا``, ``فؤاد عالي الهمة``), and that fuller name."""
        key = keys[0]
        if key.startswith(_ARABIC_ARTICLE):
            return None
        joined = " ".join(keys)
        if joined not in self.introductions:
            self.introductions[joined] = None
            for index in range(len(self.paragraphs)):
                text = self.searchable(index)
                if not set(keys) <= text.vocabulary:
                    continue
                for start in text.find(key):
                    words = tokens(text.masked, max(0, start - _INTRODUCTION_WINDOW), start)
                    following = tokens(
                        text.masked, start, min(len(text.masked), start + 80), limit=len(keys)
                    )
                    if tuple(w.key for w in following) != keys:
                        continue
                    words.append(following[0])
                    if len(words) >= 2 and self._introduces(text.masked, words, len(words) - 1):
                        given = words[-2]
                        self.introductions[joined] = (
                            (index, given.start),
                            text.masked[given.start : following[-1].end],
                        )
                        break
                if self.introductions[joined] is not None:
                    break
        return self.introductions[joined]

    def _introduces(self, masked: str, words: list[Token], index: int) -> bool:
        """Whether ``words[index - 1]`` reads as the given name of ``words[index]``.

        The word before must have no article and be no particle, title or verb, and stand
        after punctuation, a quotation, a title, a verb (a speech verb, or any word opening
        its sentence: Arabic sentences open with their verb) or an ``ال`` word.
        """
        word, given = words[index], words[index - 1]
        if not is_arabic(word.text) or word.key.startswith(_ARABIC_ARTICLE):
            return False
        if masked[given.end : word.start].strip() or not is_arabic(given.text):
            return False
        if given.key.startswith(_ARABIC_ARTICLE) or given.key in self.lex.titles:
            return False
        if _is_arabic_stop(given, self.lex) or _is_arabic_stop(word, self.lex):
            return False
        if index < 2:
            return True
        before = words[index - 2]
        opening = masked[: before.start].rstrip()[-1:]  # "" or a stop: the sentence's verb
        return bool(
            masked[before.end : given.start].strip()
            or before.key.startswith(_ARABIC_ARTICLE)
            or before.key in self.lex.titles
            or any(v in self.lex.cue_kinds for v in _arabic_variants(before.key))
            or opening in _SENTENCE_OPENERS
        )

    def _fits(self, name: str, gender: str) -> bool:
        if (
            gender in ("male", "female")
            and _is_plural_word(name)
            and name.casefold() not in self.known
        ):
            return False  # "Residents had asked...": he or she is one person, not "Residents"
        known = self.genders.get(name, "")
        return not gender or not known or known == gender

    def _last_speaker(
        self, position: Position, named_only: bool, gender: str = ""
    ) -> tuple[Position, str] | None:
        index = bisect_left(self.speakers, (position,)) - 1
        while index >= 0:
            where, speaker, named = self.speakers[index]
            if position[0] - where[0] > ANAPHOR_WINDOW:
                return None
            if (named or not named_only) and self._fits(speaker, gender):
                return where, speaker
            index -= 1
        return None

    def _last_mention(self, position: Position, gender: str = "") -> tuple[Position, str] | None:
        index = bisect_left(self.mentions, (position,)) - 1
        while index >= 0:
            where, name = self.mentions[index]
            if position[0] - where[0] > ANAPHOR_WINDOW:
                return None
            if self._fits(name, gender):
                return where, name
            index -= 1
        return None

    def anaphor(self, position: Position, named_only: bool, gender: str = "") -> str | None:
        """The person a pronoun, bare verb or description at ``position`` refers to.

        The last speaker, unless a person was named as a subject since in the same paragraph;
        either only within :data:`ANAPHOR_WINDOW` paragraphs, else nobody. A gendered pronoun
        skips a person known to be of the other gender (from an earlier he/she or a title).
        """
        speaker = self._last_speaker(position, named_only, gender)
        mention = self._last_mention(position, gender)
        found = None
        if speaker is None:
            found = (
                self._sentence_subject(mention, (mention[0][0], -1), gender) if mention else None
            )
        elif mention and mention[0] > speaker[0] and mention[0][0] == position[0]:
            found = self._sentence_subject(mention, max(speaker[0], (position[0], -1)), gender)
        else:
            found = speaker[1]
        if (
            found
            and gender in ("male", "female")
            and (
                (speaker is not None and found == speaker[1])
                or self._only_mention(position, gender)
            )
        ):
            # a pronoun taken for the last speaker, or for the only person named in its
            # paragraph, tells that person's gender; taken for the last of several names it is
            # a guess, and a wrong gender would mislead every later pronoun
            self.genders.setdefault(found, gender)
        return found

    def _sentence_subject(self, mention: tuple[Position, str], since: Position, gender: str) -> str:
        """The first person named as a subject in the sentence of ``mention`` (after
        ``since``): the main clause's subject, not a later clause's (``Figgins declined to
        address whether Thomas slept on the night Epstein died. "…," he said``)."""
        (paragraph, offset), name = mention
        text = self.paragraphs[paragraph] if paragraph < len(self.paragraphs) else ""
        stop = max(text.rfind(". ", 0, offset), text.rfind("? ", 0, offset))
        start = max((paragraph, stop + 1), since)
        index = bisect_left(self.mentions, (start,))
        while index < len(self.mentions) and self.mentions[index][0] < mention[0]:
            (_, at), earlier = self.mentions[index]
            if self._fits(earlier, gender) and not self._after_subordinator(text, at):
                return earlier
            index += 1
        return name

    def _after_subordinator(self, text: str, offset: int) -> bool:
        """Whether the word before ``offset`` opens a subordinate clause ("After Lily ...")."""
        before = _WORD_BEFORE_RE.search(text, max(0, offset - 16), offset)
        return before is not None and fold(before.group()) in self.lex.subordinators

    def _only_mention(self, position: Position, gender: str) -> bool:
        """Whether one person alone (of ``gender`` or unknown) is named or speaks in the
        paragraph of ``position`` before it."""
        paragraph_start = (position[0], -1)
        mentions = self.mentions[
            bisect_left(self.mentions, (paragraph_start,)) : bisect_left(self.mentions, (position,))
        ]
        speakers = self.speakers[
            bisect_left(self.speakers, (paragraph_start,)) : bisect_left(self.speakers, (position,))
        ]
        names = {name for _, name in mentions if self._fits(name, gender)}
        names.update(s for _, s, named in speakers if named and self._fits(s, gender))
        return len(names) == 1

    def recent(self, since: Position, position: Position) -> str | None:
        """The last speaker or subject named between ``since`` and ``position``."""
        speaker = self._last_speaker(position, named_only=False)
        mention = self._last_mention(position)
        candidates = [c for c in (speaker, mention) if c is not None and c[0] >= since]
        if not candidates:
            return None
        return max(candidates)[1]

    def resolve(
        self, reference: Reference, position: Position, named_only: bool
    ) -> tuple[str | None, bool]:
        """The speaker ``reference`` names at ``position`` in its fullest form, or ``None``, and
        whether it is a name (a person or body a later ``he`` may refer to).

        ``named_only``: a pronoun stands for a named speaker only (English ``he``), not for a
        phrase such as ``officials``; an Arabic bare verb may stand for either (التحالف).
        """
        kind = reference.kind
        if kind is RefKind.NAME:
            full = self.fullest(reference.text, position, reference.honorific)
            if full == reference.text and " " not in full and not reference.honorific:
                full = self.organisation(full, position) or full  # "American said"
            if reference.honorific in ("male", "female"):
                self.genders.setdefault(full, reference.honorific)
            if full == reference.text and reference.courtesy and " " not in full:
                full = f"{reference.courtesy} {full}"  # Lady Starmer, not Starmer
            return full, True
        if kind is RefKind.ANAPHOR:
            return self.anaphor(position, named_only, reference.gender), True
        if kind is RefKind.DESCRIPTION:
            if reference.head in self.lex.company_nouns and not reference.person:
                # "the company": the company printed last (its short name counts), before a
                # company that "the company" named earlier
                company = self.last_organisation(position)
                if company is not None:
                    return company, True
            if reference.head in self.heads and self._same_modifiers(reference, position):
                return self.heads[reference.head]
            if reference.person:
                found = self.anaphor(position, named_only=True)
                if found:
                    return found, True
            return reference.text or None, reference.person
        if kind is RefKind.PHRASE:
            # a person described ("a spokeswoman for the union said") is one a later "she"
            # may refer to, as a name is
            if len(reference.text.split()) == 1:
                full = self.fullest(reference.text, position, "")
                if full == reference.text:
                    full = self.organisation(full, position) or full  # "الائتلاف"
                return full, full != reference.text or reference.person
            if not reference.person:
                self.add_organisation(position, reference.text)  # a body named in full
            return reference.text, reference.person
        return None, False

    def _same_modifiers(self, reference: Reference, position: Position) -> bool:
        """Whether the capitalised words of a description (``the French foreign ministry``)
        are all in the speaker its head names (not ``Russia's foreign ministry``)."""
        speaker = self.heads[reference.head][0]
        said = {fold(_strip_possessive(w)) for w in speaker.split()}
        return all(
            fold(_strip_possessive(word)) in said
            for word in reference.text.split()
            if word[:1].isupper()
        )

    def remember_head(self, reference: Reference, speaker: str, named: bool) -> None:
        """Let ``the <head>`` refer back to ``speaker`` (``the ministry`` -> its full name,
        ``the expert`` -> ``one legal expert``)."""
        if reference.head:
            self.heads[reference.head] = (speaker, named)
