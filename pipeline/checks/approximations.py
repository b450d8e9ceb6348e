"""Two numbers said as one or the other, or as a range: "about that many".

Korean and Chinese run two numerals together (한두 방울, 두세 번, 一兩滴, 兩三天:
1 or 2 drops, 2 or 3 times); every language joins two numbers with a word
for "or" or "to" (1방울 또는 2방울, una o dos gotas, 1 至 2 滴, 1 أو 2) or a mark
(1~2, 1-2).  [numbers] reads them to tell an exact count of the source ("2
drops") from an approximation around it in the translation (한두 방울), which
changes the dose.  Pure functions of text and language data.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from pipeline.checks.number_words import NumberSpan, number_spans
from pipeline.checks.numerals import number_words
from pipeline.checks.patterns import has_digit
from pipeline.languages import Language
from pipeline.languages.scripts import script_of

_MARKS = r"[-–—~]"


def approximations(text: str, language: Language) -> list[tuple[NumberSpan, NumberSpan]]:
    """Each pair of numbers of ``text`` said as one or the other, the larger second
    (a date, 2026-12-03, and "2 y 1" are no approximation)."""
    pairs = [
        (first, second)
        for first, second in pairwise(number_spans(text, language))
        if second.value > first.value and _joined(text, first, second, language)
    ]
    return sorted([*pairs, *_two_in_one_word(text, language)], key=lambda pair: pair[0].start)


def _two_in_one_word(text: str, language: Language) -> list[tuple[NumberSpan, NumberSpan]]:
    """A word that is two numbers at once, one or the other: 사나흘 (3 or 4 days), 대엿새.  Two
    readings one apart, of one unit: not 반 (a half, or 50 percent), read two ways."""
    readings: dict[tuple[int, int], set[tuple[Fraction, str | None]]] = {}
    for start, end, value, unit in number_words(text, language):
        readings.setdefault((start, end), set()).add((value, unit))
    pairs = []
    for (start, end), read in readings.items():
        values, units = {value for value, _ in read}, {unit for _, unit in read}
        if len(values) == 2 and len(units) == 1 and None not in units and max(values) - min(values) == 1:
            pairs.append((NumberSpan(start, end, min(values)), NumberSpan(start, end, max(values))))
    return pairs


def says_approximately(text: str, language: Language) -> bool:
    """Whether ``text`` (a source) gives a count as an approximation: two numbers or ordinals as
    one or the other ("1 or 2 drops", "one or two", "1-2", "the second or third day"), or the
    language's words for it ("a few")."""
    if language.approximate_words and re.search(language.approximate_words, text, re.IGNORECASE):
        return True
    spans = number_spans(text, language)
    if language.ordinals is not None:  # "the second or third day"
        ordinals = [NumberSpan(*span) for span in language.ordinals(text)]
        spans = sorted([*spans, *ordinals], key=lambda span: span.start)
    return any(_joined(text, first, second, language) for first, second in pairwise(spans))


def _joined(text: str, first: NumberSpan, second: NumberSpan, language: Language) -> bool:
    """Whether two numbers next to each other are said as one or the other: joined by a word or
    mark (:func:`_joiner_re`), or a pair the language writes with a space alone (하루 이틀, a day
    or two, as 하루이틀; 한 두 방울), which must read as its run-together spelling does."""
    if _joiner_re(language).fullmatch(text, first.end, second.start):
        gap = text[first.end : second.start]
        return not _bound_goes_on(gap, language) and not _counted_at_a_time(text, first, second, language)
    if language.listed_alternative and text[first.end : second.start] == language.listed_alternative:
        return _two_listed_as_alternatives(text, first, second, language)
    return text[first.end : second.start].isspace() and any(
        text.startswith(word, second.start) for word in _spaced_seconds(language).get(text[first.start : first.end], ())
    )


def _two_listed_as_alternatives(text: str, first: NumberSpan, second: NumberSpan, language: Language) -> bool:
    """Whether two numbers joined by the mark of a list (``listed_alternative``: 三、四次) are one or
    the other: in words, one apart, and a list of two alone.  Not digits (步驟1、2: steps 1 and 2),
    nor 一、二、三 (a list of more), nor 第一、二天 (the first and second days, an ordinal's list)."""
    mark = language.listed_alternative
    before = text[max(0, first.start - len(mark)) : first.start]
    lists_more = before == mark or text.startswith(mark, second.end)
    ordinal = bool(language.listed_ordinal) and text[: first.start].endswith(language.listed_ordinal)
    in_words = not any(char.isdigit() for char in text[first.start : second.end])
    return in_words and second.value == first.value + 1 and not lists_more and not ordinal


def _bound_goes_on(gap: str, language: Language) -> bool:
    """Whether the first of two numbers ends with a word that makes it a bound or a moment (the
    language's ``limits_after``: 4週後, after 4 weeks) and more words follow it before the word for
    "or" or "to": 4週後可將劑量增加至20毫克 (after 4 weeks, the dose may be increased to 20 mg) is no
    "4 or 20".  A script without spaces runs that clause into the first number's noun; 1週後或2週後
    (after 1 or 2 weeks) is still one or the other."""
    for phrase in language.limits_after:
        at = gap.find(phrase)
        if at >= 0 and not _joiner_word_re(language).match(gap, at + len(phrase)):
            return True
    return False


def _counted_at_a_time(text: str, first: NumberSpan, second: NumberSpan, language: Language) -> bool:
    """Whether the second of two numbers is an hour on the clock (14 h, 22 heures, 14 h 30, 14:00)
    said of what the first counts, its noun between them: `1 comprimé à 14 h` is one tablet at
    2 p.m., French saying "at" with the word for "to"; or the first in words and the hour in digits
    (`une gélule à 8 h et une à 20 h`: one at 8 p.m.), as a range writes both alike (`1 à 2 h`,
    `une à deux heures`).  Not a range whose numbers stand on either side of the joiner alone (`1 à
    2 comprimés`; `8 à 10 h`, 8 to 10 hours, as the h of both may be hours) or each on the clock
    (`8 h à 10 h`)."""
    if not _on_the_clock(text, second.end, language) or _on_the_clock(text, first.end, language):
        return False
    if not has_digit(text[first.start : first.end]) and has_digit(text[second.start : second.end]):
        return True
    return len(_WORD.findall(text, first.end, second.start)) > 1  # the first's noun, then the joiner


def _on_the_clock(text: str, end: int, language: Language) -> bool:
    """Whether the number ending at ``end`` is written as an hour of the clock: its minutes after a
    colon (14:00, in any language), or what the language writes after an hour (``clock_hour``)."""
    hour = language.pattern("clock_hour")
    return bool(_MINUTES.match(text, end) or (hour is not None and hour.match(text, end)))


_MINUTES = re.compile(r":\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _joiner_word_re(language: Language) -> re.Pattern:
    """A word for "or" or "to", or a mark, right there (white space before it)."""
    words = "".join(f"|{re.escape(word)}" for word in sorted(language.alternative_words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{_MARKS}{words})")


@lru_cache(maxsize=64)
def _spaced_seconds(language: Language) -> dict[str, tuple[str, ...]]:
    """The language's ``spaced_alternatives``, each first word with the words that may follow it (a
    second number's span may run on into its counter: 두 방울)."""
    seconds: dict[str, tuple[str, ...]] = {}
    for first, second in language.spaced_alternatives:
        seconds[first] = (*seconds.get(first, ()), second)
    return seconds


@lru_cache(maxsize=64)
def _joiner_re(language: Language) -> re.Pattern:
    """What stands between two numbers said as alternatives: nothing (한두, 一兩), a mark (1~2),
    or a word for "or" or "to", after at most the first number's counter or noun (1방울 또는,
    una gota o, 一滴或).  A word of a spaced script stands alone: the "a" of "tableta" is no "a"."""
    words = []
    for word in sorted(language.alternative_words, key=len, reverse=True):
        guarded = script_of(word[0]) in ("Latn", "Arab")
        words.append(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])" if guarded else re.escape(word))
    # A mark stands right between the numbers (1-2, 1~2): in 2 劑COVID-19 the hyphen is a name's.
    # Without words for "or" (a language with no module: Dutch) white space alone joins nothing:
    # "2 3-mg tablets" is two tablets of 3 mg, not "2 or 3".
    said_or = rf"|{_DEGREES}\s*(?:[^\W\d_]+\s*)??(?:{'|'.join(words)})\s*" if words else ""
    return re.compile(rf"|{_DEGREES}\s*{_MARKS}\s*{said_or}")


# A temperature's first number may carry its degree sign, with or without the letter: 2°-8°C,
# 2 °C to 8 °C, 2℃~8℃ are a range as 2-8 °C is.
_DEGREES = r"(?:\s*(?:°\s?[CFcf]?|[℃℉]))?"
