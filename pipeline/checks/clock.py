"""[numbers] A clock time of the source keeps its half of the day: "8 am" is not 오후 8시.

[numbers] finds the hour whichever half of the day it is said in; the words next to it say
which: English am/pm ("8 am", "8:30 p.m.", "8 in the evening"), Korean 오전/오후/아침/저녁 and
Chinese 上午/下午/早上/晚上 before the hour, Spanish "de la mañana"/"de la noche" and Arabic
صباحًا/مساءً after it (a language's ``day_halves``; the English words a translation keeps, "8
p.m.", after it too), and a 24-hour clock (20:00 is after noon).  Not "at night", 밤, 夜間 or
ليلًا, which say 2 am as well as 10 pm.  A time is said in the other half when each of its
hours in the translation is: none in its own half, none without a word (8시 alone may be
either).  12 is left out: noon and midnight are said many ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.checks.number_words import NumberSpan, number_spans
from pipeline.languages import Language

# What a word for a half of the day is not read across: another number, a clause mark.
_BOUNDARY = re.compile(r"[\d,;:()，、；：。（）،؛]")
_AROUND = 16  # characters looked at on each side of an hour: 오후 8, 8 de la mañana
_CLOCK_AFTER = re.compile(r":\d\d")  # 20:00


@dataclass(frozen=True)
class ClockTime:
    text: str  # as the source writes it: "8 am", "8:30 p.m."
    hour: int  # 1 to 11
    half: int  # 0 before noon, 1 after


@lru_cache(maxsize=64)
def _source_time_re(language: Language) -> re.Pattern | None:
    """An hour of the 12-hour clock and its half of the day right after it: "8 am", "8:30 p.m."."""
    if not language.day_halves:
        return None
    am, pm = language.day_halves
    return re.compile(rf"(?<![\d:.,])(?P<hour>\d{{1,2}})(?::\d\d)?\s?(?:(?P<am>{am})|(?P<pm>{pm}))", re.IGNORECASE)


def source_times(text: str, language: Language) -> list[ClockTime]:
    """The source's clock times said with their half of the day, 1 to 11 o'clock."""
    regex = _source_time_re(language)
    if regex is None:
        return []
    return [
        ClockTime(match.group().strip(), int(match.group("hour")), 0 if match.group("am") else 1)
        for match in regex.finditer(text)
        if 1 <= int(match.group("hour")) <= 11
    ]


@lru_cache(maxsize=64)
def _halves_re(words: tuple[str, str]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(word, re.IGNORECASE) for word in words)


def other_half(text: str, time: ClockTime, language: Language, source_language: Language) -> str | None:
    """How the translation writes ``time``'s hour, when each time it does it says the other half
    of the day (오후 8시에 for "8 am", 20:00 for "8:00 am"); None when one says its own half or
    none, or the translation does not write the hour."""
    written = None
    for number in number_spans(text, language):
        if number.value == time.hour:
            said = _half_said(text, number, language, source_language)
        elif number.value == time.hour + 12 and _CLOCK_AFTER.match(text, number.end):
            said = (1, number.start, number.end + 3)  # 20:00
        else:
            continue
        if said is None or said[0] == time.half:
            return None
        written = written or text[said[1] : said[2]]
    return written


def _half_said(
    text: str, number: NumberSpan, language: Language, source_language: Language
) -> tuple[int, int, int] | None:
    """The half of the day the words next to an hour say (the language's on their side of it,
    the English's after it: 오후 8시(8 p.m.)), with where the words and the hour are quoted
    from; None for none, or both."""
    before, after = _window(text, number)
    sides = [(source_language.day_halves, False)]
    if language.day_halves:
        sides.append((language.day_halves, language.day_half_first))
    found = set()
    for words, first in sides:
        for half, regex in enumerate(_halves_re(words)):
            if first and (word := regex.search(text, before, number.start)):
                found.add((half, word.start(), number.end))
            elif not first and (word := regex.search(text, number.end, after)):
                found.add((half, number.start, word.end()))
    return min(found) if len({half for half, _, _ in found}) == 1 else None


def _window(text: str, number: NumberSpan) -> tuple[int, int]:
    """Where the words about an hour may stand: up to _AROUND characters on each side of it, not
    across another number or a clause mark (오전 8시에 2알, 오후 8시: each 8 its own word)."""
    before = max(0, number.start - _AROUND)
    for mark in _BOUNDARY.finditer(text, before, number.start):
        before = mark.end()
    next_mark = _BOUNDARY.search(text, number.end, number.end + _AROUND)
    return before, next_mark.start() if next_mark else number.end + _AROUND
