"""Syllables exactly as textstat counts them, without NLTK's slow reading of the dictionary.

textstat counts a word's syllables from the first pronunciation the CMU
Pronouncing Dictionary gives it (one per vowel phone, the phones that end in a
stress digit), and with pyphen's hyphenation for a word the dictionary lacks.
It reads the dictionary through NLTK, which builds every pronunciation of
126,000 words as lists of phones: eight tenths of a second of CPU in every
``check`` that measures a leaflet, for a number per word.

This module counts the same way from a table of those numbers: ``{word:
syllables of its first pronunciation}``, and pyphen's patterns as pyphen parses
them (:func:`write_patterns`). ``make all`` writes the table beside
the dictionary it is made from (:func:`write_table`, called by
:func:`pipeline.readability.dictionary.install`), with the digest of that
dictionary's bytes; a table whose digest is not the dictionary's (the
dictionary was written again, or replaced by hand) is never used, and the
table is then made from the dictionary itself. Words are split exactly as
textstat splits them (its ``list_words``, written out in :func:`words`), and the
tests compare every sentence of the shipped leaflets with textstat's own counts. The dictionary
is the environment's own copy (:func:`pipeline.readability.dictionary.folder`),
the one textstat finds through NLTK unless another copy comes first on NLTK's path.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pyphen  # type: ignore[import-untyped]
from pyphen import HyphDict, Pyphen

from pipeline import files
from pipeline.fingerprint import digest

TABLE_NAME = "syllables.json"
# 2: the words grouped by their number of syllables, one text of words each (JSON read them in
# half the time of format 1's object of 126,000 keys, paid by every check that measures a leaflet)
FORMAT = 2
LANGUAGE = "en_US"  # textstat's default language, the one pipeline.readability measures in
PATTERNS_NAME = "hyphenation.json"  # pyphen's patterns for LANGUAGE, parsed (read_patterns)
PATTERNS_FORMAT = 1
POLYSYLLABLE = 3  # syllables of a "polysyllable" (SMOG, textstat's polysyllabcount)


def in_text(text: str) -> int:
    """textstat's ``syllable_count(text)``."""
    return sum(_word(word) for word in words(text, lowercase=True))


def polysyllables(text: str) -> int:
    """textstat's ``polysyllabcount(text)``: its words of three syllables or more."""
    return sum(1 for word in words(text) if _in_word(word) >= POLYSYLLABLE)


def counts(text: str) -> tuple[int, int, int]:
    """(:func:`word_count`, :func:`in_text`, :func:`polysyllables`) of ``text``, its words split once
    for the three (lowering a text and splitting it gives the words split, then lowered)."""
    # A word of the split is one word to words() again (what it removes is gone, no space is left, and
    # lowering makes none and keeps every one): _in_word(word), the syllables of the word split again
    # and lowered, is _word(word.lower()), counted once here for both sums.
    syllables = list(map(_word, words(text, lowercase=True)))
    return len(syllables), sum(syllables), sum(map(POLYSYLLABLE.__le__, syllables))


def word_count(text: str) -> int:
    """textstat's ``lexicon_count(text)``."""
    return len(words(text))


# textstat's list_words (rm_punctuation=True, rm_apostrophe=False), written out here because
# importing textstat imports NLTK, a third of a second of CPU in every process that measures:
# an apostrophe stays only where an English contraction goes on after it (don't, it's, we've),
# every other character that is neither a word character nor a space goes.
# Its two substitutions in one pass (the apostrophes it keeps are told by the text as written, and
# the other characters it removes are not apostrophes: one pass removes the same characters).
_NOT_A_CONTRACTION_OR_PUNCTUATION = re.compile(r"'(?![tsd]|ve|ll|re)|[^\w\s']")


def words(text: str, lowercase: bool = False) -> list[str]:
    """textstat's ``list_words(text, lowercase=lowercase)``: the words it counts."""
    text = _NOT_A_CONTRACTION_OR_PUNCTUATION.sub("", text)
    return (text.lower() if lowercase else text).split()


@cache  # a leaflet's words repeat, and each is split again as a text of its own
def _in_word(word: str) -> int:
    return in_text(word)


@cache  # a leaflet's words repeat; pyphen is slow
def _word(word: str) -> int:
    known = table().get(word)
    if known is not None:
        return known
    return len(_hyphenation().positions(word)) + 1


@cache  # only when a word needs them
def _hyphenation() -> Pyphen:
    """textstat's ``get_pyphen(LANGUAGE)``: what counts a word the dictionary lacks. pyphen parses
    its patterns in a tenth of a second, before the workers of a check fork; ``make all`` writes
    them as pyphen parses them (:func:`write_patterns`), read back in a fifth of that time."""
    from pipeline.readability import dictionary

    patterns_file = _pyphen_patterns_file()
    parsed = read_patterns(dictionary.folder() / PATTERNS_NAME, patterns_file.read_bytes())
    if parsed is not None:
        pyphen.hdcache.setdefault(patterns_file, parsed)  # what Pyphen() takes instead of parsing
    return Pyphen(lang=LANGUAGE)


def _pyphen_patterns_file() -> Path:
    """The hyph_*.dic file pyphen reads for :data:`LANGUAGE`."""
    return Path(pyphen.LANGUAGES[pyphen.language_fallback(LANGUAGE)])


def write_patterns(folder: Path) -> Path:
    """Write pyphen's patterns for :data:`LANGUAGE`, as its HyphDict parses them, into ``folder``
    with the digest of the file they were parsed from (whole or not at all); returns the path."""
    source = _pyphen_patterns_file()
    parsed = HyphDict(source)
    patterns = {tag: [start, list(values)] for tag, (start, values) in parsed.patterns.items()}
    text = json.dumps({"format": PATTERNS_FORMAT, "patterns_of": digest(source.read_bytes()), "patterns": patterns})
    target = folder / PATTERNS_NAME
    files.atomic_write(target, text.encode("utf-8"))
    return target


def read_patterns(path: Path, patterns_file: bytes) -> HyphDict | None:
    """The HyphDict :func:`write_patterns` wrote at ``path`` if it was parsed from exactly
    ``patterns_file``; None otherwise (pyphen then parses the file itself). Made as its
    __init__ makes it, without parsing: tests/test_readability_syllables.py compares the two."""
    stored = _stored(path, PATTERNS_FORMAT, "patterns_of", patterns_file)
    if stored is None or not isinstance(stored.get("patterns"), dict) or not stored["patterns"]:
        return None
    # As JSON wrote them: ints already. Checked, not converted (a third of the time, before the workers fork).
    try:
        patterns = {tag: (start, tuple(values)) for tag, (start, values) in stored["patterns"].items()}
    except (TypeError, ValueError):
        return None
    if not all(
        type(start) is int and all(type(value) is int for value in values) for start, values in patterns.values()
    ):
        return None
    parsed = HyphDict.__new__(HyphDict)
    parsed.patterns = patterns
    parsed.cache = {}
    parsed.maxlen = max(len(tag) for tag in patterns)
    return parsed


@cache
def table() -> dict[str, int]:
    """The syllables of every word of the environment's dictionary (:func:`dictionary.folder`), for
    this process; raises OSError when it is not installed (callers ask ``dictionary.require`` first)."""
    from pipeline.readability import dictionary

    found = dictionary.folder()
    data = (found / "cmudict").read_bytes()
    return read_table(found / TABLE_NAME, data) or table_of(data)


def table_of(dictionary: bytes) -> dict[str, int]:
    """The table made from the dictionary's lines (``WORD N PHONES``, as NLTK's reader takes them:
    the first line of a word is its first pronunciation, the word in lower case)."""
    words: dict[str, int] = {}
    for line in dictionary.decode("utf-8").split("\n"):  # lines as NLTK reads them
        pieces = line.split()
        if pieces and pieces[0].lower() not in words:
            words[pieces[0].lower()] = _vowels(pieces[2:])
    return words


def _vowels(phones: list[str]) -> int:
    return sum(1 for phone in phones if phone[-1].isdigit())


def read_table(path: Path, dictionary: bytes) -> dict[str, int] | None:
    """The table at ``path`` if it was made from exactly ``dictionary``; None otherwise."""
    stored = _stored(path, FORMAT, "dictionary", dictionary)
    if stored is None:
        return None
    groups = stored.get("words_by_syllables")
    if not isinstance(groups, dict) or not all(
        isinstance(count, str) and count.isdigit() and isinstance(words, str) for count, words in groups.items()
    ):
        return None
    table: dict[str, int] = {}
    for count, words in groups.items():
        table.update(dict.fromkeys(words.split(" "), int(count)))
    return table


def write_table(dictionary_file: Path) -> Path:
    """Write the table of ``dictionary_file`` beside it (whole or not at all); returns its path."""
    data = dictionary_file.read_bytes()
    target = dictionary_file.parent / TABLE_NAME
    text = json.dumps({"format": FORMAT, "dictionary": digest(data), "words_by_syllables": _grouped(table_of(data))})
    files.atomic_write(target, text.encode("utf-8"))
    return target


def _grouped(table: dict[str, int]) -> dict[str, str]:
    """The words of ``table`` by their number of syllables ("1": "a ab ..."), each in the
    dictionary's order: a word holds no space (the dictionary's lines are split on them)."""
    groups: dict[int, list[str]] = {}
    for word, count in table.items():
        groups.setdefault(count, []).append(word)
    return {str(count): " ".join(groups[count]) for count in sorted(groups)}


def _stored(path: Path, format: int, made_from: str, source: bytes) -> dict[str, Any] | None:
    """The JSON object at ``path`` if it is of ``format`` and its ``made_from`` is the digest of
    ``source`` (what it was made from is still what is installed); None otherwise."""
    try:
        stored = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("format") != format or stored.get(made_from) != digest(source):
        return None
    return stored
