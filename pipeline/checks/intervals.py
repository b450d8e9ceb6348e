"""[units] rule 10 (docs/checks.md): an interval stays an interval, a duration a duration.

"Take 1 tablet every 4 hours" said "durante 4 horas" (4시간 동안, 連續4小時) is
one tablet over four hours; "Take it for 5 days" said "cada 5 días" (5일마다,
每5天, كل 5 أيام) is one dose every five days: every number and unit kept, so
no other rule sees it.  A number of a period (hours, days, weeks, months) said
with the language's words for "every" (``interval_before`` / ``interval_after``
of pipeline/languages/) is an interval; with its words for "for"
(``duration_before`` / ``duration_after``) a duration.

Only what is read one way is judged: an amount of time the source says only
as an interval and the translation only as a duration, or the other way round,
is an error naming both.  One said both ways on either side, or said anywhere
with no such word ("5일간" is a duration, "Tómelo 5 días" says neither, and
many correct translations drop the "for"), is not judged; "within 2 hours",
"after 2 hours" are neither.  Nor is an amount of time in a clause that sets a
limit on something else ("Do not take more than 4 doses every 24 hours" as "No
tome más de 4 dosis durante 24 horas", 24시간 동안 4회를 초과하여): there it is
the window the limit counts in, said "every", "in" or "for" alike; a limit of
the time itself ("for up to 3 days", 최소 4시간) is its own and makes no window.
And a source's "for" in a sentence of the wait between doses ("Wait for at least
4 hours between doses", as 최소 4시간 간격을 두세요) is no duration to keep.

Pure functions of the entry's texts and the quantities [units] read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from pipeline.checks.context import EntryContext
from pipeline.checks.limit_numbers import number_in_reach
from pipeline.checks.limits import limit_phrases
from pipeline.checks.number_words import number_spans
from pipeline.checks.quantities import PERIODS, Quantity
from pipeline.checks.words_around import interval_words, words_around
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language

CHECK = "units"

INTERVAL = "interval"
DURATION = "duration"

# Where a clause and a sentence end: not the point or comma inside a number (no more than 0.5 g), which
# patterns.CLAUSE_END takes for one; and a line break.
_CLAUSE_END = re.compile(r"[.,](?!\d)|[;:!?。，；：！？،؛\n]")
_SENTENCE_END = re.compile(r"[.!?](?!\d)|[。！？؟\n]")


@dataclass(frozen=True)
class _Said:
    """How one amount of time is said in a text: the readings, and the words of each."""

    readings: frozenset[str]  # INTERVAL, DURATION and "" for a number said with neither
    # reading -> its first words as written, and the length of time in them: ("every 4 hours", "4 hours")
    words: dict[str, tuple[str, str]]


def _has_words(language: Language) -> bool:
    """Whether the language has words for "every" and for "for" a number of a period."""
    return bool(
        (language.interval_before or language.interval_after) and (language.duration_before or language.duration_after)
    )


def check_intervals(
    ctx: EntryContext,
    source_text: str,
    translation_text: str,
    in_source: list[Quantity],
    found: list[Quantity],
) -> Iterator[Finding]:
    """Rule 10 for one entry, given the quantities of the source (``in_source``) and of the
    translation (``found``) as [units] read them."""
    source_times = _lengths_of_time(in_source)
    if not source_times:
        return  # most entries say no period: nothing more is read
    if not (_has_words(ctx.source_language) and _has_words(ctx.language)):
        return  # a language with no words for it: the translation's reading cannot be told
    in_the_source = _readings(source_text, source_times, ctx.source_language, source=True)
    judged = {amount: said for amount, said in in_the_source.items() if said.readings in _ONE_WAY}
    if not judged:
        return
    in_translation = _readings(translation_text, _lengths_of_time(found), ctx.language)
    reported = set()  # a range's two numbers ("every 4 to 6 hours") are one finding
    for amount, said in judged.items():
        (reading,) = said.readings
        other = DURATION if reading == INTERVAL else INTERVAL
        there = in_translation.get(amount)
        if there is None or there.readings != {other}:
            continue
        source_phrase, length = said.words[reading]
        message = (
            f"'{source_phrase}' in the source is '{there.words[other][0]}' in the translation: "
            f"{_meaning(other, length)}, not {_meaning(reading, length)}"
        )
        if message not in reported:
            reported.add(message)
            yield ctx.finding(CHECK, ERROR, message)


_ONE_WAY = (frozenset({INTERVAL}), frozenset({DURATION}))


def _meaning(reading: str, length: str) -> str:
    if reading == INTERVAL:
        return f"every {length} (an interval)"
    return f"for {length} (a duration)"


def _lengths_of_time(quantities: list[Quantity]) -> list[Quantity]:
    """The quantities that are a number of a period, once each (several number conventions
    read the same span alike)."""
    seen: dict[tuple[int, int, str], Quantity] = {}
    for q in quantities:
        if q.unit in PERIODS and not q.per:
            seen.setdefault((q.start, q.end, q.unit), q)
    return sorted(seen.values(), key=lambda q: (q.start, q.end))


def _readings(
    text: str, times: list[Quantity], language: Language, source: bool = False
) -> dict[tuple[str, Fraction], _Said]:
    """For each amount of time of ``text``, how it is said.  A range ("every 4 to 6 hours",
    4~6시간마다) is said as a whole: its first number's words before it, its last one's after.
    One in the window of a limit is said neither way, and so is, in the ``source``, a "for" of
    the wait between doses."""
    readings: dict[tuple[str, Fraction], set[str]] = {}
    written: dict[tuple[str, Fraction], dict[str, tuple[str, str]]] = {}
    windows = _window_clauses(text, times, language)
    for group in _ranges(times):
        start, end = group[0].start, group[-1].end
        said: dict[str, str] = {}
        if any(clause_start <= start and end <= clause_end for clause_start, clause_end in windows):
            for q in group:
                readings.setdefault(q.amount, set()).add("")
            continue
        for reading, phrase in (
            (INTERVAL, interval_words(text, start, end, language)),
            (
                DURATION,
                words_around(text, start, end, language.pattern("duration_before"), language.pattern("duration_after")),
            ),
        ):
            if phrase is not None:
                said[reading] = phrase
        if source and DURATION in said and _a_wait_between_doses(text, start, end, language):
            del said[DURATION]  # "Wait for 4 hours between doses": the gap, as 4시간 간격 says too
        for q in group:
            readings.setdefault(q.amount, set()).update(said or {""})
            for reading, phrase in said.items():
                written.setdefault(q.amount, {}).setdefault(reading, (phrase.strip(), text[start:end].strip()))
    return {amount: _Said(frozenset(kinds), written.get(amount, {})) for amount, kinds in readings.items()}


def lengths_said_as_rates(text: str, quantities: list[Quantity], language: Language) -> list[Quantity]:
    """The lengths of time of ``quantities`` (read in ``text``) said as the period of a rate: an
    interval ("every 24 hours") or the window a limit counts in ("up to 4 tablets in 24 hours"), as
    [units] rule 10 reads them.  A translation may say such a period by its per word (`täglich`,
    `pro Tag`, `al día` for 24 hours), as 하루에 says it."""
    times = _lengths_of_time(quantities)
    windows = _window_clauses(text, times, language)
    return [
        q
        for q in times
        if interval_words(text, q.start, q.end, language) is not None
        or any(clause_start <= q.start and q.end <= clause_end for clause_start, clause_end in windows)
    ]


def _window_clauses(text: str, times: list[Quantity], language: Language) -> list[tuple[int, int]]:
    """The clauses of ``text`` that set a limit on something other than a length of time ("more
    than 4 doses", 4회를 초과하여, "up to 2 tablets"), as (start, end): a length of time there is
    the window the limit counts in.  A limit phrase is said of the number right after it (one said
    before its number) or right before it (after), in its clause (limit_numbers.number_in_reach,
    not [limits]' reading); one said of a length of time ("for up to 3 days", 최소 4시간, 3일
    이내), either way round, makes no window, nor does one said of no number."""
    phrases = limit_phrases(text, language)
    if not phrases:
        return []  # most texts say no limit
    numbers = number_spans(text, language)
    said_of: dict[tuple[int, int], set[bool]] = {}  # a phrase -> whether each number it is said of is a time
    for start, end, before in phrases:
        number = number_in_reach(start, end, numbers, before, _bounds(text, start, end, _CLAUSE_END))
        if number is not None:
            is_a_time = any(q.start <= number.start < q.end for q in times)
            said_of.setdefault((start, end), set()).add(is_a_time)
    return [_bounds(text, start, end, _CLAUSE_END) for (start, end), kinds in said_of.items() if True not in kinds]


def _bounds(text: str, start: int, end: int, ends: re.Pattern) -> tuple[int, int]:
    """Where the clause or sentence (``ends``) of ``text[start:end]`` begins and ends."""
    begin = max((m.end() for m in ends.finditer(text, 0, start)), default=0)
    stop = next((m.start() for m in ends.finditer(text, end)), len(text))
    return begin, stop


def _a_wait_between_doses(text: str, start: int, end: int, language: Language) -> bool:
    """Whether the sentence of ``text[start:end]`` says the wait between doses (``dose_gap``)."""
    regex = language.pattern("dose_gap")
    if regex is None:
        return False
    begin, stop = _bounds(text, start, end, _SENTENCE_END)
    return regex.search(text, begin, stop) is not None


def _ranges(times: list[Quantity]) -> list[list[Quantity]]:
    """The lengths of time, a range's first number with its last ("4 to " with "6 hours": the
    first number's span ends where the second begins, quantities.py)."""
    groups: list[list[Quantity]] = []
    for q in times:
        last = groups[-1][-1] if groups else None
        if last is not None and last.end == q.start and last.unit == q.unit and not last.text[-1:].isalpha():
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups
