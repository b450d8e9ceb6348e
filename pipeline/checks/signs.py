"""Reading which numbers of a text are negative, for [numbers].

A number is negative when a minus sign stands right before it ("-20 °C", "−20 °C": normalise()
makes U+2212 and the full-width minus a hyphen) or the language's words for below zero
surround it (``below_zero_before``: minus, 영하, 零下, moins; ``below_zero_after``: "20 degrees
below zero", "20 °C bajo cero", "20 درجة تحت الصفر").  A hyphen is no sign after a letter, a
digit or a mark ("COVID-19", "2-8 °C", "1–2 g", "2026-12-05", "--5"), nor with a space after it
(a list marker, a dash as punctuation), nor after a number and a space ("2 -8", a range).
Pure functions of normalised prose (numerals.prose) and Language data; no findings here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from pipeline.checks.numerals import compiled_number_pattern, number_conventions, parse_number
from pipeline.checks.patterns import has_digit
from pipeline.languages import Language

# A minus sign right before a digit, not after a word, a digit, another mark or a number and a space.
# Nor after a unit a range's first number ends with: 2℃-8℃, 1%-2%, 2°-8°.
_SIGN_RE = re.compile(r"(?<![\w.,/:\-–—)\]℃%°′″~])(?<!\d\s)-(?=\d)")
# How far before a number the words for below zero are looked for ("마이너스 ", "menos "), and, read
# generously, before the second number of a range they are said of ("영하 20~").
_WORDS_BEFORE = 16
_WORDS_OF_A_RANGE = 24
# What a range's first number ends with, before a dash that joins it to the second.
_RANGE_BEFORE = re.compile(r"[\d℃%°′″]")


@dataclass(frozen=True)
class Number:
    """A number in digits, its value without sign, and, if the text says it is negative, the span
    that says so: the sign or the words with the number ("-20", "영하 20", "20 degrees below zero")."""

    start: int
    end: int
    value: Fraction
    said: tuple[int, int] | None = None

    @property
    def negative(self) -> bool:
        return self.said is not None


def numbers_with_signs(text: str, language: Language) -> tuple[Number, ...]:
    """Every number in digits of ``text`` (read in ``language``'s conventions and English ones,
    each run of digits once), with whether a sign or the language's words make it negative."""
    if not has_digit(text):
        return ()
    return _numbers_with_signs(text, language)


@lru_cache(maxsize=4096)
def _numbers_with_signs(text: str, language: Language) -> tuple[Number, ...]:
    spans: dict[tuple[int, int], Fraction] = {}
    for convention in number_conventions(language):
        for match in compiled_number_pattern(*convention, whole_runs=True).finditer(text):
            spans.setdefault(match.span(), parse_number(match.group(), *convention))
    return tuple(
        Number(start, end, value, _said_negative(text, start, end, language))
        for (start, end), value in sorted(spans.items())
    )


def says_negative(text: str, language: Language) -> bool:
    """Whether ``text`` may say a number is negative at all: most texts hold no sign before a
    digit and none of the words, and need not be read number by number."""
    if not has_digit(text):
        return False  # only a number in digits is read for its sign
    words = language.any_below_zero_re
    return ("-" in text and _SIGN_RE.search(text) is not None) or (words is not None and words.search(text) is not None)


def maybe_negative(text: str, number: Number, language: Language) -> bool:
    """Whether ``number`` of ``text`` may be said below zero, read generously: [numbers] calls a
    sign dropped only where it is sure.  Negative as read strictly; or after a dash right before
    its digits, itself after no digit or unit (請儲存於-20 °C, where the strict reading takes a minus
    after a letter for a hyphen; –20 °C; not the 20 of 10-20, 2026-05-20, 3–20, 0800-20-30); or
    with the language's words for below zero shortly before it (영하 20~15 °C: said of the range)."""
    if number.negative:
        return True
    start = number.start
    if start and text[start - 1] in "-–−" and not (start > 1 and _RANGE_BEFORE.match(text[start - 2])):
        return True
    # wherever it stands: a range's first number may stand between it and the number read (영하 20~15 °C)
    before = language.pattern("below_zero_before")
    return before is not None and before.search(text, max(0, start - _WORDS_OF_A_RANGE), start) is not None


def _said_negative(text: str, start: int, end: int, language: Language) -> tuple[int, int] | None:
    """Where the sign or the words that make text[start:end] negative begin and end, with it."""
    if start and _SIGN_RE.match(text, start - 1):
        return start - 1, end
    before, after = language.below_zero_before_re, language.pattern("below_zero_after")
    words = before.search(text, max(0, start - _WORDS_BEFORE), start) if before is not None else None
    if words:
        return words.start(), end
    words = after.match(text, end) if after is not None else None
    return (start, words.end()) if words else None
