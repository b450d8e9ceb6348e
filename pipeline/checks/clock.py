"""[numbers] A clock time of the source keeps its half of the day: "8 am" is not 오후 8시.

The source says the half by its words ("8 am", "8:30 p.m.", "8 in the evening") or by the
24-hour clock: "10:00", "08:00" and "at 10.00" are before noon, "14:30" after it (10:00 as 오후
10시, 22 h or 10 Uhr abends is in the other half).

[numbers] finds the hour whichever half of the day it is said in; the words next to it say
which: English am/pm ("8 am", "8:30 p.m.", "8 in the evening"), Korean 오전/오후/아침/저녁 and
Chinese 上午/下午/早上/晚上 before the hour, Spanish "de la mañana"/"de la noche" and Arabic
صباحًا/مساءً after it (a language's ``day_halves``; the English words a translation keeps, "8
p.m.", after it too), and a 24-hour clock (20:00 is after noon).  Not "at night", 밤, 夜間 or
ليلًا, which say 2 am as well as 10 pm.  A time is said in the other half when each of its
hours in the translation is: none in its own half, none without a word (8시 alone may be
either).  12 is left out: noon and midnight are said many ways.

Where readers tell the time on the 24-hour clock (French, German, Spanish, Portuguese: a
language's ``clock_hour``), an hour written on it with no word for a part of the day in its
sentence is before noon, and its hour + 12 after: "8 pm" as `à 8 h`, `um 8 Uhr`, `às 8h` or `a
las 8:00` is 8 in the morning to the reader; `à 20 h` and `le soir à 8 h` keep the evening,
and `la dose du soir à 8 h` for "the evening dose at 8 pm" does not (`du soir` names the dose the
source names so).  An hour with its leading zero (08:00) is the morning's in any language.
Not a length of time (`toutes les 8 heures`, `por 9 horas`, or an `8 h` that may be the
source's "8 hours": numbers_misread.py), which these languages write with the same h and horas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from pipeline.checks.number_words import NumberSpan, number_spans
from pipeline.checks.numerals import clock_times_with_a_point
from pipeline.languages import Language
from pipeline.literals import blank_matches

# What a word for a half of the day is not read across: another number, a clause mark.
_BOUNDARY = re.compile(r"[\d,;:()，、；：。（）،؛]")
_AROUND = 16  # characters looked at on each side of an hour: 오후 8, 8 de la mañana
_CLOCK_AFTER = re.compile(r":\d\d")  # 20:00
_LEADING_ZERO = re.compile(r"0\d")  # the 08 of 08:00
_MINUTES = r"[:.]\d\d"  # of an hour: 9:30, 20.30 Uhr
_MINUTES_RE = re.compile(rf"{_MINUTES}(?!\d)")
# The source's time on the 24-hour clock: 10:00, 14:30, 08:00, and with a point after "at" (at 10.00; not
# a dose of 10.00 mL); not a ratio's 1:10000 nor a time with seconds.
_SOURCE_24_HOURS = re.compile(
    r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3]):[0-5]\d(?![\d:])|(?<=\bat )(?P<hour2>[01]?\d|2[0-3])\.[0-5]\d(?!\d)"
)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|[;\n]")  # not the point of 20.00 Uhr


@dataclass(frozen=True)
class ClockTime:
    text: str  # as the source writes it: "8 am", "8:30 p.m."
    hour: int  # 1 to 11
    half: int  # 0 before noon, 1 after
    # How many doses its sentence names by a part of the day ("the evening dose", "your morning
    # tablet"): a translation's `la dose du soir` or `Abenddosis` says which dose, not the hour's half.
    doses_named_by_the_day: int = field(default=0, compare=False)


@lru_cache(maxsize=64)
def _source_time_re(language: Language) -> re.Pattern | None:
    """An hour of the 12-hour clock and its half of the day right after it: "8 am", "8:30 p.m.",
    "8.30 pm"."""
    if not language.day_halves:
        return None
    am, pm = language.day_halves
    return re.compile(rf"(?<![\d:.,])(?P<hour>\d{{1,2}})(?:[:.]\d\d)?\s?(?:(?P<am>{am})|(?P<pm>{pm}))", re.IGNORECASE)


def source_times(text: str, language: Language) -> list[ClockTime]:
    """The source's clock times said with their half of the day, 1 to 11 o'clock: by a word for it
    ("8 am"), or on the 24-hour clock ("10:00", "at 10.00": before noon; "14:30": after it)."""
    regex = _source_time_re(language)
    if regex is None:
        return []
    matches = list(regex.finditer(text))
    without_times = blank_matches(regex, text)  # not the point of "8 a.m. and"
    said = [
        (match.start(), match.group().strip(), int(match.group("hour")), 0 if match.group("am") else 1)
        for match in matches
    ]
    if ":" in text or "at " in text:  # a time on the 24-hour clock, which needs no word for its half (pm)
        said += [
            (match.start(), match.group(), int(hour) % 12, int(hour) // 12)
            for match in _SOURCE_24_HOURS.finditer(without_times)
            if (hour := match.group("hour") or match.group("hour2"))
        ]
    return [
        ClockTime(written, hour, half, _doses_named_by_the_day(without_times, at, language))
        for at, written, hour, half in sorted(said)
        if 1 <= hour <= 11
    ]


def _doses_named_by_the_day(text: str, at: int, language: Language) -> int:
    """How many doses the sentence around ``at`` names by a part of the day: "the evening dose",
    "your morning tablet", "bedtime puffs" (a time of day of the language's ``day_times`` before
    a dose noun of its ``counted_nouns``)."""
    regex = _dose_named_by_the_day_re(language)
    if regex is None:
        return 0
    start, end = _sentence(text, at, at)
    return _count(regex, text, start, end)


@lru_cache(maxsize=64)
def _dose_named_by_the_day_re(language: Language) -> re.Pattern | None:
    nouns = sorted((noun for noun, kind in language.counted_nouns.items() if kind == "dose"), key=len, reverse=True)
    day_times = language.day_time_re
    if not nouns or day_times is None:
        return None
    alternation = "|".join(map(re.escape, nouns))
    return re.compile(rf"(?:{day_times.pattern})[\s-]+(?:{alternation})(?:e?s)?\b", day_times.flags)


@lru_cache(maxsize=64)
def _halves_re(words: tuple[str, str]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(word, re.IGNORECASE) for word in words)


@dataclass(frozen=True)
class OtherHalf:
    written: str  # how the translation writes the hour: 오후 8, 20:00, 8 h
    hour: str = ""  # its hour, in digits or as written in words: 8, acht
    on_the_clock: str = ""  # read on the 24-hour clock, how that clock writes the source's time: 20 h


def other_half(text: str, time: ClockTime, language: Language, source_language: Language) -> OtherHalf | None:
    """How the translation writes ``time``'s hour, when each time it does it says the other half
    of the day (오후 8시에 for "8 am", 20:00 for "8:00 am", `à 8 h` for "8 pm"); None when one says
    its own half or none, or the translation does not write the hour."""
    written = None
    for number in _hours_said(text, language):
        clock_end = None  # where an hour read on the 24-hour clock as before noon ends: 8 h
        if number.value == time.hour:
            said = _half_said(text, number, language, source_language, time.doses_named_by_the_day)
            morning = _on_the_clock(text, number, language, morning=True, doses_named=time.doses_named_by_the_day)
            if said is None and (clock_end := morning):
                said = (0, number.start, clock_end)
        elif number.value == time.hour + 12 and (after_noon := _on_the_clock(text, number, language, morning=False)):
            said = (1, number.start, after_noon)  # 20:00, 20 h, 20 Uhr
        else:
            continue
        if said is None or said[0] == time.half:
            return None
        if written is None:
            hour_end = _hour_word_end(text, number)
            clock = f"{time.hour + 12}{text[hour_end:clock_end]}" if clock_end else ""
            hour = text[number.start : hour_end]  # acht; huit of huit heures et demie; 8, not 8.00 (um 8.00 Uhr)
            written = OtherHalf(text[said[1] : said[2]], str(time.hour) if hour[0].isdigit() else hour, clock)
    return written


def _hours_said(text: str, language: Language) -> list[NumberSpan]:
    """The numbers of ``text``, and the hour of each time it writes with a point on the 24-hour
    clock (the 20 of 20.30 Uhr: a number, 20.3, to number_spans)."""
    hours = [NumberSpan(start, end, Fraction(hour)) for start, end, hour, _ in clock_times_with_a_point(text, language)]
    return number_spans(text, language) + hours if hours else number_spans(text, language)


def _on_the_clock(text: str, number: NumberSpan, language: Language, morning: bool, doses_named: int = 0) -> int | None:
    """Where an hour written on the 24-hour clock ends (20:00 in any language; 8 h, 8 Uhr where
    its readers tell the time so); None for another number, or an hour of the ``morning`` with a
    word for a part of the day in its sentence (`le soir à 8 h` says the evening; not one for
    the ``doses_named`` so in the source, `la dose du soir`) or said as a length of time
    (`toutes les 8 h`).  An hour with its leading zero (08:00) is the morning's in any language
    and whatever its sentence says."""
    clock = _clock_hour_re(language)
    marker = (clock or _CLOCK_AFTER).match(text, number.end)
    end = marker.end() if marker else None
    if marker is None and clock is not None and clock.match(text, _hour_word_end(text, number)):
        end = number.end  # à huit heures et demie: the clock's word after the hour's, inside the time
    said_so = language.pattern("clock_time_with_a_point")
    if end is None and said_so is not None and (time := said_so.match(text, number.start)):
        end = time.end()  # um 8.30 ein: a time on the 24-hour clock with no Uhr after it
    if end is None:
        return None
    if (
        morning
        and not _with_a_leading_zero(text, number)
        and (
            clock is None
            or _a_part_of_the_day_said(text, number, language, doses_named)
            or _a_length_of_time(text, number, language)
        )
    ):
        return None
    return end


def _with_a_leading_zero(text: str, number: NumberSpan) -> bool:
    """Whether ``number`` is an hour written with its leading zero and minutes (08:00, 09:30):
    only the 24-hour clock writes one so."""
    return _LEADING_ZERO.fullmatch(text, number.start, number.end) is not None and bool(
        _CLOCK_AFTER.match(text, number.end)
    )


def _hour_word_end(text: str, number: NumberSpan) -> int:
    """Where the first word of an hour ends: huit of `huit heures et demie` (a time said whole,
    pipeline.languages.language.past_the_hour); the hour's end for one word or digits (8, acht)."""
    first = text[number.start : number.end].split(maxsplit=1)
    return number.start + len(first[0]) if first else number.end


def _a_length_of_time(text: str, number: NumberSpan, language: Language) -> bool:
    """Whether ``number`` is said as an interval or a duration (toutes les 8 heures, a cada 9
    horas, pendant 8 h): 8 h and 9 horas are lengths of time as well as hours of the clock."""
    before = text[max(0, number.start - _AROUND * 2) : number.start]
    return any(
        regex is not None and regex.search(before)
        for regex in (language.pattern("interval_before"), language.pattern("duration_before"))
    )


@lru_cache(maxsize=64)
def _clock_hour_re(language: Language) -> re.Pattern | None:
    """What follows an hour of the 24-hour clock: 8 h, 8h30, 8 Uhr, 8.30 Uhr, 08:00 (``clock_hour``)."""
    if not language.clock_hour:
        return None
    return re.compile(rf"(?:{_MINUTES})?(?:{language.clock_hour})|:\d\d", re.IGNORECASE)


def _a_part_of_the_day_said(text: str, number: NumberSpan, language: Language, doses_named: int) -> bool:
    """Whether the sentence of ``number`` names a part of the day (soir, abends, noche ...) for
    the hour: not one that names one of the ``doses_named`` so by the source (`la dose du soir à 9
    h` for "the evening dose at 9 p.m." says the hour's half no more than `à 9 h` alone; `le soir,
    prenez la dose à 9 h` does)."""
    parts = language.pattern("parts_of_day")
    if parts is None:
        return False
    start, end = _sentence(text, number.start, number.end)
    said = _count(parts, text, start, end)
    if said and doses_named and (of_a_noun := language.pattern("parts_of_day_of_a_noun")) is not None:
        said -= min(doses_named, _count(of_a_noun, text, start, end))
    return said > 0


def _count(regex: re.Pattern, text: str, start: int, end: int) -> int:
    return sum(1 for _ in regex.finditer(text, start, end))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of the span from ``start`` to ``end`` starts and ends."""
    before = max((mark.end() for mark in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return before, after.start() if after else len(text)


def _half_said(
    text: str, number: NumberSpan, language: Language, source_language: Language, doses_named: int = 0
) -> tuple[int, int, int] | None:
    """The half of the day the words next to an hour say (the language's on their side of it,
    the English's after it: 오후 8시(8 p.m.)), with where the words and the hour are quoted
    from; None for none, or both.  Not a word that names one of the ``doses_named`` so by the
    source (저녁 용량은 09:00에, 晚上的劑量請在09:00: the evening dose's name, not the hour's half)."""
    before, after = _window(text, number)
    sides = [(source_language.day_halves, False)]
    if language.day_halves:
        sides.append((language.day_halves, language.day_half_first))
    found = set()
    for words, first in sides:
        names = _dose_names(text, language, doses_named) if first else []
        if first and (nearest := _nearest_half_before(text, words, before, number.start, names)):
            half, word = nearest
            found.add((half, word.start(), number.end))
        elif not first and (nearest := _nearest_half_after(text, words, number.end, after)):
            half, word = nearest
            found.add((half, number.start, word.end()))
    return min(found) if len({half for half, _, _ in found}) == 1 else None


def _dose_names(text: str, language: Language, doses_named: int) -> list[tuple[int, int]]:
    """Where ``text`` names the first ``doses_named`` things by their part of the day (the
    language's ``parts_of_day_of_a_noun``: 저녁 용량, 晚上的劑量), as many as the source names doses so."""
    of_a_noun = language.pattern("parts_of_day_of_a_noun")
    if not doses_named or of_a_noun is None:
        return []
    return [match.span() for match in of_a_noun.finditer(text)][:doses_named]


def _nearest_half_before(
    text: str, words: tuple[str, ...], start: int, end: int, names: list[tuple[int, int]]
) -> tuple[int, re.Match] | None:
    """The half of the day said by the word nearest before ``end``, and the word: in `저녁 용량은
    오전 9시에` (the evening dose at 9 a.m.) the 오전 of the hour, not the 저녁 of the dose; none
    inside one of the ``names`` of a dose."""
    said = [
        (half, word)
        for half, regex in enumerate(_halves_re(words))
        for word in regex.finditer(text, start, end)
        if not any(name_start <= word.start() < name_end for name_start, name_end in names)
    ]
    return max(said, key=lambda found: found[1].end(), default=None)


def _nearest_half_after(text: str, words: tuple[str, ...], start: int, end: int) -> tuple[int, re.Match] | None:
    """The half of the day said by the word nearest after ``start``, and the word."""
    said = [(half, word) for half, regex in enumerate(_halves_re(words)) if (word := regex.search(text, start, end))]
    return min(said, key=lambda found: found[1].start(), default=None)


def _window(text: str, number: NumberSpan) -> tuple[int, int]:
    """Where the words about an hour may stand: up to _AROUND characters on each side of it, not
    across another number or a clause mark (오전 8시에 2알, 오후 8시: each 8 its own word). The
    hour's own minutes are no such number: the words after them are still the hour's (9:30 p. m.,
    7:30 de la noche, 9:30 مساءً)."""
    before = max(0, number.start - _AROUND)
    for mark in _BOUNDARY.finditer(text, before, number.start):
        before = mark.end()
    minutes = _MINUTES_RE.match(text, number.end)
    hour_end = minutes.end() if minutes else number.end
    next_mark = _BOUNDARY.search(text, hour_end, hour_end + _AROUND)
    return before, next_mark.start() if next_mark else hour_end + _AROUND
