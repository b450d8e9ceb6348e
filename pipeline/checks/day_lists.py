"""[units] rule 12 (docs/checks.md): a list of treatment days stays a list, a range a range.

"On days 1 and 15 of each cycle" said "de J1 à J15" (1일째부터 15일째까지, 第1天至第15天) is
fifteen days of treatment for two; "days 1 to 5" said "los días 1 y 5" is two for five.  Every
number is kept, so [numbers] sees nothing.  A language's ``day_list`` and ``day_range`` (of
pipeline/languages/) say how it names days as a list and as a range, a ``#`` for each number.

- The source lists days (first and last a and b) and the translation says the range from a to b,
  with no list of them: an error.
- The source says the range from a to b and the translation lists days a and b, with no range
  of them: an error.

The numbers are read in digits (1, ١, １), in words (quinze, 十五) and as ordinals the language
reads (premier, erster, primero, الأول); one the language does not read leaves nothing to judge.

Pure functions of the entry's texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.language import DAY_NUMBER

CHECK = "units"

_DIGITS_RE = re.compile(r"\d+")
# The cheap test of the source: most entries name no day with a number.
_DAY_NUMBER_RE = re.compile(r"\bdays?\s+\d", re.IGNORECASE)


@dataclass(frozen=True)
class _Days:
    """Days a text names: the numbers in the order said, and the words as written."""

    numbers: tuple[Fraction, ...]
    words: str


def check_day_lists(ctx: EntryContext, source_text: str, translation_text: str) -> Iterator[Finding]:
    """Rule 12 for one entry, given its texts as [units] reads them."""
    if not _DAY_NUMBER_RE.search(source_text):
        return
    source_words, target = ctx.source_language, ctx.language
    source_lists = _said(source_text, source_words, source_words.day_list_re)
    source_ranges = _said(source_text, source_words, source_words.day_range_re)
    if not source_lists and not source_ranges:
        return
    lists = _said(translation_text, target, target.day_list_re)
    ranges = _said(translation_text, target, target.day_range_re)
    for days in source_lists:
        first, last = days.numbers[0], days.numbers[-1]
        made = next((r for r in ranges if _ends(r) == (first, last)), None)
        if made is None or any(_ends(r) == (first, last) for r in source_ranges):
            continue
        if any(first in said.numbers and last in said.numbers for said in lists):
            continue
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{days.words}' in the source names {_days(days.numbers)}; the translation says every day "
            f"from day {first} to day {last} ('{made.words}')",
        )
    for days in source_ranges:
        first, last = _ends(days)
        if any(_ends(r) == (first, last) for r in ranges):
            continue
        listed = next((s for s in lists if first in s.numbers and last in s.numbers), None)
        if listed is None or any(first in s.numbers and last in s.numbers for s in source_lists):
            continue
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{days.words}' in the source is every day from day {first} to day {last}; the translation "
            f"names only {_days(listed.numbers)} ('{listed.words}')",
        )


def _ends(days: _Days) -> tuple[Fraction, Fraction]:
    return days.numbers[0], days.numbers[-1]


def _days(numbers: tuple[Fraction, ...]) -> str:
    """ "days 1, 8 and 15"."""
    said = [str(n) for n in numbers]
    return f"days {', '.join(said[:-1])} and {said[-1]}"


def _said(text: str, language: Language, pattern: re.Pattern | None) -> list[_Days]:
    """Each match in ``text`` of ``pattern``, the language's ``day_list_re`` or ``day_range_re``."""
    if pattern is None:
        return []
    spans = _number_spans(text, language)
    if len(spans) < 2:
        return []
    read, origins, values = _read(text, spans)
    said = []
    for match in pattern.finditer(read):
        numbers = tuple(value for at, value in values.items() if match.start() <= at < match.end())
        if len(numbers) >= 2:
            words = text[origins[match.start()][0] : origins[match.end() - 1][1]]
            said.append(_Days(numbers, words.strip()))
    return said


def _read(text: str, spans: list[tuple[int, int, Fraction]]) -> tuple[str, list[tuple[int, int]], dict[int, Fraction]]:
    """``text`` with each number one ``DAY_NUMBER``; for each character of it, the span of ``text`` it
    stands for (to give the words as written); and each number's value by its place."""
    read: list[str] = []
    origins: list[tuple[int, int]] = []
    values: dict[int, Fraction] = {}
    at = 0
    for start, end, value in spans:
        read.append(text[at:start])
        origins += ((i, i + 1) for i in range(at, start))
        values[len(origins)] = value
        read.append(DAY_NUMBER)
        origins.append((start, end))
        at = end
    read.append(text[at:])
    origins += ((i, i + 1) for i in range(at, len(text)))
    return "".join(read), origins, values


def _number_spans(text: str, language: Language) -> list[tuple[int, int, Fraction]]:
    """The numbers of ``text`` in digits, words and ordinals, each once, in order."""
    found = [(m.start(), m.end(), Fraction(int(m.group()))) for m in _DIGITS_RE.finditer(text)]
    found += language.number_spans(text)
    if language.ordinals is not None:
        found += language.ordinals(text)
    spans: list[tuple[int, int, Fraction]] = []
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans
