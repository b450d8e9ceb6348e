"""[dose-times] A dose stays at its time of day.

"Take 1 tablet in the morning and 2 tablets at bedtime." rendered as "Tome 2
comprimidos por la mañana y 1 comprimido al acostarse." keeps every number
and every time of day, so [numbers] passes it; but the patient takes 2 in the
morning.  Each side's numbers are paired with the time of day of their own
clause (morning, midday/lunch, evening, night, bedtime: each language's
``day_times`` in pipeline/languages/), and the pairs compared.  A meal named
is its time of day (breakfast the morning, lunch midday, dinner and supper the
evening); "before/after meals" names none.

A clause ends at a full stop, comma, semicolon, colon (not the point of 2.5)
or a word joining two clauses (the language's ``and_joints``: and, y, et, und,
그리고).  A clause that names a time of day and no number is read with the
next when that one names a number and no time ("In the morning, take 1
tablet").  Where the time of day stands before its dose (Korean, Chinese:
``day_time_first``), one clause may name several, each followed by its one
number (아침에 1정 저녁에 2정).

Only an unambiguous pairing is judged, on both sides: each time of day has
exactly one number in its clause (½, 1½ and 1 1/2 are numbers; a time and its
meal, "in the morning with breakfast", are one time), the translation names
as many times of day, each answering exactly one of the source's (a word that
says evening or night, "por la noche", 晚上, answers either, but not both at
once; and a side that names only one of the evening, the night and bedtime,
"at night" said "abends", "le soir", مساءً or 睡前, names any), and the numbers so paired are
the same on both sides, only bound to other times.  Anything
else (a time with two numbers, "1 or 2 tablets at night"; a number changed,
which [numbers] reports; a time of day said in other words) says nothing.  A
translation that reorders its clauses ("Al acostarse tome 2 comprimidos y por
la mañana 1") keeps each dose at its time, and passes.  A language without
``day_times`` is not checked.

An error: patients take the dose the page gives for that time of day.

A time of day dropped is an error too: "Take 2.5 ml morning and evening." as "Prendre 2,5 ml le
matin." names a time and keeps its one number, and the patient takes half the day's dose
(:func:`_a_time_of_day_dropped` says where it is judged); "before each meal" names breakfast, lunch and dinner,
so "avant le petit-déjeuner" drops two of its three doses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import pairwise

from pipeline.checks.clock import source_times
from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import NumberSpan, number_spans, one_time_of_day_or_another
from pipeline.checks.numerals import fraction_characters, mixed_numbers, prose, shown_value
from pipeline.checks.schedule_order import check_schedule_order
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.language import EVENING, LATE_IN_THE_DAY, MIDDAY, MORNING

CHECK = "dose-times"
# Where a clause ends: punctuation, but not the point or comma inside a number (2.5, 1,000), which
# patterns.CLAUSE_END takes for one; and a line break and the enumeration comma 、.
_CLAUSE_END = re.compile(r"[.,;:!?](?!\d)|[。，；：！？、،؛\n]")
# Where a sentence ends: not the point inside a number (2.5).
_SENTENCE_END = re.compile(r"[.;!?](?!\d)|[。；！？\n]")
# The marks after which a clause leads on to the next: a time of day said before its comma
# ("In the morning, take 1 tablet") is the next clause's.
_LEADS_ON = frozenset(",:，：،")
# The times of day and the numbers of one clause.
Clause = tuple[list[re.Match[str]], list[NumberSpan]]
# The evening, the night and bedtime: one word says the evening or the night in many languages, "at
# night" is as often "at bedtime" (睡前, 자기 전, al acostarse), and a side that names one of them only
# may mean any (_late_as_one).
_LATE = LATE_IN_THE_DAY


@dataclass(frozen=True)
class TimedDose:
    """A number bound to the time of day of its clause: the kinds that time says ({"evening",
    "night"} for "por la noche"), the words that say it, and the number."""

    kinds: frozenset[str]
    words: str
    value: Fraction


def check_dose_times(ctx: EntryContext) -> Iterator[Finding]:
    yield from _doses_at_times_of_day(ctx)
    yield from _a_time_of_day_dropped(ctx)
    yield from _a_time_of_day_added(ctx)
    yield from check_schedule_order(ctx)


def _a_time_of_day_dropped(ctx: EntryContext) -> Iterator[Finding]:
    """A time of day of the source's that the translation names none for, where the source gives a
    dose at two or more and the translation names some: "Take 2.5 ml morning and evening." as
    `Prendre 2,5 ml le matin.` loses the evening's dose, and the patient takes half of the day's.
    A translation that names no time of day says them in other words (`deux fois par jour`), and
    is not judged; nor is a source that gives no number, says "not" (a time excluded: "in the
    morning, not in the evening"), or gives a choice of times ("with breakfast or lunch": the
    language's ``alternative_words`` between them), whose meal a translation may say loosely (`con
    la comida`)."""
    source_words, target = ctx.source_language, ctx.language
    if source_words.day_time_re is None or target.day_time_re is None:
        return
    each_meal = _each_meal(ctx.source, source_words)
    if not source_words.may_say_day_time(ctx.source) and not each_meal:  # most entries: no regex need run
        return
    source = prose(ctx, ctx.source)
    said = _late_as_one(_times_named(source, source_words) + _each_meal(source, source_words))
    if len({dose.kinds for dose in said}) < 2 or not _numbers(source, source_words):
        return  # one time of day at most (nothing to drop but all), or no dose given at them
    if one_time_of_day_or_another(source, source_words) or source_words.negations(source):
        return  # "in the morning, not in the evening": the evening's is no dose
    translation = prose(ctx, ctx.translation)
    rendered = _late_as_one(_times_named(translation, target))
    if not rendered or _more_than_its_times_said(translation, target):
        return
    if each_meal and target.search("meal_words", translation):
        return  # "avant chaque repas", 식전: every meal may be said by a word for a meal
    dropped = _times_not_in(said, rendered)
    if dropped:
        lost = ", ".join(dict.fromkeys(repr(time.words) for time in dropped))
        named = ", ".join(dict.fromkeys(repr(time.words) for time in rendered))
        moved_to = ", ".join(dict.fromkeys(repr(time.words) for time in _times_not_in(rendered, said)))
        # A time the source does not name stands where the dropped one was: the dose is moved,
        # not only lost ('2 comprimés à midi' for "2 tablets at bedtime").
        harm = (
            f"patients take that dose at {moved_to} or skip it" if moved_to else "patients skip the dose of that time"
        )
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source names a time of day the translation does not: {lost} (the translation names {named} "
            f"only); {harm}",
        )


def _a_time_of_day_added(ctx: EntryContext) -> Iterator[Finding]:
    """The one time of day the source gives a dose at, said with another: "Take half a tablet in
    the morning." as `早晚各服用半錠` (morning and evening, each) or `Tome medio comprimido por la mañana
    y por la noche`: the patient takes the dose at both, twice the day's.  Only where the source names
    one time of day (the evening, the night and bedtime one) and a number, says no "not", no "or"
    and no time of the clock (whose half is [numbers]'), and the translation names that time too,
    the other a few letters from it in its sentence (`por la noche y tenga cuidado al levantarse`
    names getting up, another clause's), and no "not" ("le matin, pas le soir")."""
    source_words, target = ctx.source_language, ctx.language
    if source_words.day_time_re is None or target.day_time_re is None:
        return
    if not source_words.may_say_day_time(ctx.source):  # most entries: no regex need run
        return
    source = prose(ctx, ctx.source)
    said = _late_as_one(_times_named(source, source_words) + _each_meal(source, source_words))
    if len({dose.kinds for dose in said}) != 1 or not _numbers(source, source_words):
        return  # no time of day, or several ("before each meal" three), or no dose
    if source_words.negations(source) or one_time_of_day_or_another(source, source_words):
        return
    if source_times(source, source_words):
        return  # "the evening dose at 9 p.m." as 오전 9시: the hour's half is [numbers]' (clock.py)
    translation = prose(ctx, ctx.translation)
    if target.negations(translation):
        return
    kinds = said[0].kinds
    times = [
        (start, end, words, time | _LATE if time & _LATE and kinds & _LATE else time)
        for start, end, words, time in _times_where(translation, target)
    ]
    answering = [(start, end) for start, end, _, time in times if time & kinds]
    added = [
        words for start, end, words, time in times if not time & kinds and _next_to(translation, start, end, answering)
    ]
    if added:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source gives the dose at one time of day ({said[0].words!r}), the translation at "
            f"{', '.join(dict.fromkeys(repr(words) for _, _, words, _ in times))}: "
            f"{', '.join(dict.fromkeys(map(repr, added)))} is another; patients take the dose at each",
        )


# How far a time of day added may stand from the source's in the translation: `por la mañana y por la
# noche`, `아침에 1정, 저녁에`; not `por la noche y tenga cuidado al levantarse` (getting up, another clause).
_ADDED_REACH = 12


def _times_where(text: str, language: Language) -> list[tuple[int, int, str, frozenset[str]]]:
    """Each time of day ``text`` names, where, and the kinds it may be; a word for the morning and
    the evening at once (早晚) two times at one place."""
    pattern = language.day_time_re
    found = [
        (match.start(), match.end(), match.group().strip(), language.day_time_kinds[match.lastgroup or ""])
        for match in (pattern.finditer(text) if pattern is not None else ())
    ]
    for words in language.mornings_and_evenings:
        if (at := text.find(words)) >= 0:
            found += [(at, at + len(words), words, frozenset({kind})) for kind in (MORNING, EVENING)]
    return found


def _next_to(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the span from ``start`` to ``end`` stands near one of ``spans`` in its sentence."""
    for other_start, other_end in spans:
        between = text[min(end, other_end) : max(start, other_start)]
        if len(between) <= _ADDED_REACH and not _SENTENCE_END.search(between):
            return True
    return False


def _each_meal(text: str, language: Language) -> tuple[TimedDose, ...]:
    """The meals "each meal" (the language's ``each_meal``) names in ``text``, one by one, with no
    number: breakfast (the morning), lunch (midday) and dinner (the evening).  "Inject 8 units
    before each meal" gives three doses a day, and `avant le petit-déjeuner` one."""
    pattern = language.pattern("each_meal")
    match = pattern.search(text) if pattern is not None else None
    if match is None:
        return ()
    return tuple(TimedDose(frozenset({kind}), match.group(), Fraction(0)) for kind in (MORNING, MIDDAY, EVENING))


def _times_not_in(times: tuple[TimedDose, ...], others: tuple[TimedDose, ...]) -> list[TimedDose]:
    """The times of ``times`` that no time of ``others`` answers (shares a kind with)."""
    return [time for time in times if not any(time.kinds & other.kinds for other in others)]


def _more_than_its_times_said(text: str, language: Language) -> bool:
    """Whether a sentence of ``text`` that names a time of day goes on past it, or gives a dose
    with none: a clause after one that names a time of day names none (`le matin et avant d'aller
    au lit`, `por la mañana y 2 al irse a la cama`), which may say a time in words the language
    does not list.  `Prendre 2,5 ml le matin.` says its time and no more."""
    pattern = language.day_time_re
    for sentence in _SENTENCE_END.split(text):
        times = list(pattern.finditer(sentence)) if pattern else []
        if not times:
            continue
        numbers = [span for span in _numbers(sentence, language) if not _within_a_time(span, times)]
        timed = False
        for clause_times, clause_numbers in _clauses(sentence, language, times, numbers):
            if not clause_times and (timed or clause_numbers):
                return True
            timed = timed or bool(clause_times)
    return False


def _within_a_time(span: NumberSpan, times: list[re.Match[str]]) -> bool:
    """Whether ``span`` overlaps the words of a time of day: read as those words, not as a dose."""
    return any(time.start() < span.end and span.start < time.end() for time in times)


def _times_named(text: str, language: Language) -> tuple[TimedDose, ...]:
    """The times of day ``text`` names, each with no number (as :func:`_late_as_one` reads doses);
    a word for the morning and the evening at once (早晚) is one time of both kinds."""
    return tuple(
        TimedDose(frozenset().union(*phrase.times), phrase.words, Fraction(0))
        for phrase in language.day_time_phrases(text)
    )


def _doses_at_times_of_day(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.day_time_re is None or target.day_time_re is None:
        return
    if not source_words.may_say_day_time(ctx.source):  # most entries: no regex need run
        return
    said = timed_doses(prose(ctx, ctx.source), source_words)
    if said is None or len(said) < 2:
        return  # one time of day, or a pairing not clear: no dose can have moved to another
    rendered = timed_doses(prose(ctx, ctx.translation), target)
    if rendered is None or len(rendered) != len(said):
        return
    pairs = _answering(said, rendered)
    if pairs is None or sorted(dose.value for dose in said) != sorted(dose.value for dose in rendered):
        return  # times said otherwise, or a number changed ([numbers] reports that)
    if any(source.value != translation.value for source, translation in pairs):
        yield ctx.finding(CHECK, ERROR, _message(pairs))


def timed_doses(text: str, language: Language) -> tuple[TimedDose, ...] | None:
    """Each number of ``text`` bound to the time of day of its clause, or None when a time of day
    has not exactly one number in its clause (ambiguous: not judged).  Numbers in no clause with
    a time of day are not read."""
    pattern = language.day_time_re
    if pattern is None:
        return ()
    times = list(pattern.finditer(text))
    if not times:
        return ()
    numbers = [span for span in _numbers(text, language) if not _within_a_time(span, times)]
    doses: list[TimedDose] = []
    for all_times, clause_numbers in _clauses(text, language, times, numbers):
        clause_times = _one_time_said_twice_as_one(all_times, clause_numbers, language)
        if not clause_times:
            continue
        if len(clause_times) == 1 and len(clause_numbers) == 1:
            doses.append(_dose(clause_times[0], clause_numbers[0].value, language))
        elif (
            language.day_time_first
            and len(clause_times) == len(clause_numbers)
            and _in_turn(clause_times, clause_numbers)
        ):
            doses += [
                _dose(time, number.value, language) for time, number in zip(clause_times, clause_numbers, strict=True)
            ]
        else:
            return None
    return tuple(doses)


def _one_time_said_twice_as_one(
    times: list[re.Match[str]], numbers: list[NumberSpan], language: Language
) -> list[re.Match[str]]:
    """The times of day of a clause, a time next to another of the same kinds with no number
    between them dropped: "in the morning with breakfast", "por la mañana con el desayuno" name
    one time of day, not two, and their dose is bound to it."""
    kept: list[re.Match[str]] = []
    for time in times:
        if kept and _kinds(kept[-1], language) == _kinds(time, language) and not _between(kept[-1], time, numbers):
            continue
        kept.append(time)
    return kept


def _kinds(time: re.Match[str], language: Language) -> frozenset[str]:
    return language.day_time_kinds[time.lastgroup or ""]


def _between(first: re.Match[str], second: re.Match[str], numbers: list[NumberSpan]) -> bool:
    return any(first.end() <= number.start and number.end <= second.start() for number in numbers)


def _numbers(text: str, language: Language) -> list[NumberSpan]:
    """The numbers of ``text``, with a fraction written as one character (½) a number of its own
    and the whole number before it, if any, its whole part (1½ and 1 ½: one and a half); so is a
    fraction in digits a space after a whole number (1 1/2)."""
    spans = number_spans(text, language)
    for start, value in fraction_characters(text):
        whole = next((span for span in spans if _whole_before(span, start, text)), None)
        if whole is None:
            spans.append(NumberSpan(start, start + 1, value))
        else:
            spans[spans.index(whole)] = NumberSpan(whole.start, start + 1, whole.value + value)
    return _mixed_numbers(sorted(spans, key=lambda span: span.start), text)


def _mixed_numbers(spans: list[NumberSpan], text: str) -> list[NumberSpan]:
    """``spans`` with a whole number and the fraction in digits one space after it (1 1/2) read as
    one number, as [numbers] reads it (:func:`~pipeline.checks.numerals.mixed_numbers`): one and a
    half, not 1 and ½ (two numbers, a pairing not judged)."""
    totals = {(start, end): whole + fraction for start, end, whole, fraction in mixed_numbers(text)}
    merged: list[NumberSpan] = []
    for span in spans:
        previous = merged[-1] if merged else None
        total = totals.get((previous.start, span.end)) if previous is not None else None
        if previous is not None and total is not None:
            merged[-1] = NumberSpan(previous.start, span.end, total)
        else:
            merged.append(span)
    return merged


def _whole_before(span: NumberSpan, fraction_start: int, text: str) -> bool:
    """Whether ``span`` is a whole number just before the fraction at ``fraction_start``, touching
    it or a space apart."""
    between = text[span.end : fraction_start]
    touching = span.end == fraction_start or (span.end + 1 == fraction_start and between.isspace())
    return span.value.denominator == 1 and touching


def _clauses(text: str, language: Language, times: list[re.Match[str]], numbers: list[NumberSpan]) -> list[Clause]:
    """The times of day and numbers of each clause of ``text``, in order; a clause with a time
    of day and no number, ended by a comma or colon, read with the next when that one has a
    number and no time of day ("In the morning, take 1 tablet"; not across a full stop)."""
    leads_on = {match.end(): match.group() in _LEADS_ON for match in _CLAUSE_END.finditer(text)}
    joints = language.pattern("and_joints")
    for match in joints.finditer(text) if joints is not None else ():
        leads_on.setdefault(match.start(), False)
    merged: list[Clause] = []
    previous_leads_on = False
    for start, end in pairwise([0, *sorted(leads_on), len(text) + 1]):
        clause_times = [time for time in times if start <= time.start() < end]
        clause_numbers = [number for number in numbers if start <= number.start < end]
        if previous_leads_on and merged[-1][0] and not merged[-1][1] and clause_numbers and not clause_times:
            merged[-1] = (merged[-1][0], clause_numbers)
        else:
            merged.append((clause_times, clause_numbers))
        previous_leads_on = leads_on.get(end, False)
    return merged


def _in_turn(times: list[re.Match[str]], numbers: list[NumberSpan]) -> bool:
    """Whether as many times of day and numbers come in turn, a time first (아침에 1정 저녁에 2정):
    each number after its time and before the next."""
    after_its_time = all(time.end() <= number.start for time, number in zip(times, numbers, strict=True))
    before_the_next = all(number.end <= time.start() for number, time in zip(numbers, times[1:], strict=False))
    return after_its_time and before_the_next


def _dose(time: re.Match[str], value: Fraction, language: Language) -> TimedDose:
    return TimedDose(language.day_time_kinds[time.lastgroup or ""], time.group().strip(), value)


def _answering(
    said: tuple[TimedDose, ...], rendered: tuple[TimedDose, ...]
) -> list[tuple[TimedDose, TimedDose]] | None:
    """Each source dose with the one translation dose whose time of day answers its own; None unless
    each answers exactly one on both sides."""
    said, rendered = _late_as_one(said), _late_as_one(rendered)  # ... when each names one of the two
    pairs = []
    for source in said:
        answers = [dose for dose in rendered if dose.kinds & source.kinds]
        if len(answers) != 1:
            return None
        pairs.append((source, answers[0]))
    for translation in rendered:
        if sum(1 for source in said if source.kinds & translation.kinds) != 1:
            return None
    return pairs


def _late_as_one(doses: tuple[TimedDose, ...]) -> tuple[TimedDose, ...]:
    """``doses`` with the evening, the night and bedtime as one time of day when they name only one
    of them: "at night" is said "abends", "le soir", مساءً (the evening) as often as the night, or
    睡前, 자기 전 (at bedtime), and a dose at the one answers a dose at the other.  Where two are named
    ("1 in the evening and 2 at night"), each stays its own."""
    named = {kind for dose in doses for kind in dose.kinds} & _LATE
    if len(named) != 1:
        return doses
    return tuple(replace(dose, kinds=dose.kinds | _LATE) if dose.kinds & _LATE else dose for dose in doses)


def _message(pairs: list[tuple[TimedDose, TimedDose]]) -> str:
    source = " and ".join(f"{shown_value(s.value)} {s.words!r}" for s, _ in pairs)
    translation = " and ".join(f"{shown_value(t.value)} {t.words!r}" for _, t in pairs)
    return (
        f"a dose is bound to another time of day: the source gives {source}, the translation {translation}; "
        "patients take the dose the page gives for that time"
    )
