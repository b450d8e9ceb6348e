"""[number-words] A number the source writes in words is in the translation, by value.

[numbers] reads the source's digits; this reads its words: "one in ten",
"two tablets", "twice a day", "a dozen", "half", "a million" (one to
ninety-nine, dozen, hundred, thousand, million, half, once a day, twice;
"twenty-one" is 21, "one hundred and twelve" 112).  "One of the
most severe", "no one", "one day" and TEN (a disease's name, in capitals)
are not counts.  The translation may write the value in digits or in its own
words, alone or with digits: Korean Sino-Korean numerals (백 명, 천만, 삼 일,
1천, 100만) and native ones (열 명 중 한 명, 두 알, 이틀, 한쪽, 하나), Spanish
(diez, una, la mitad), Chinese (十, 一百萬, 半).  "Half" is also 50%, 30
minutes of an hour or 12 hours of a day.

"One in ten" rendered as "열 명 중 한 명" passes, and so does its percentage ("10 %",
as [numbers] passes it for "1 in 10"); as "백 명 중 한 명" (1 in 100) or "1 %" it
is an error: a patient reads a risk ten times smaller.  The same words are
read in translations of numbers the source writes in digits ([numbers]):
"1 in 100" may be "백 명 중 한 명".

A word for one period said as a rate (하루에 두 번, 1일 2회, 一天兩次) renders "a
day" and is no number: "given once a day" as 하루에 두 번씩 is an error, as
dos veces al día is; 하루 동안 (for one day) still counts one day.  Whether
the period is kept (일주일에 한 번 for "once a day") is [units]' finding.

Arabic says one and two with the noun alone (مرتين, twice; يومين, two days:
the duals of مرة and يوم); its module reads them for the periods and dose
forms it lists, so "once a day" as مرتين في اليوم is an error too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from pipeline.checks.alternate import every_other_as_periods
from pipeline.checks.context import EntryContext, not_checked_without
from pipeline.checks.numerals import (
    _FRACTION_RE,
    NumberMention,
    _scaled_numbers,
    as_written,
    compiled_number_pattern,
    in_rate_period,
    mixed_numbers,
    native_numbers,
    number_conventions,
    number_words,
    parse_number,
    prose,
    rate_periods,
    source_mentions,
    translation_values,
)
from pipeline.checks.patterns import blanked, has_digit
from pipeline.checks.quantities import PERIODS, Quantity, customary_periods, per_markers, quantities
from pipeline.checks.words_around import interval_words
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.scripts import script_of

CHECK = "number-words"
_HALF = Fraction(1, 2)
# Half of a percent, an hour (minutes) or a day (hours).
_HALF_READINGS = frozenset({_HALF, Fraction(50), Fraction(30), Fraction(12)})
_EACH_REACH = 12  # characters before an ordinal its word of "each" is looked for in (jedes, jeden)


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    value: Fraction


def check_number_words(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.numerals is None:
        return
    source = prose(ctx, ctx.source)
    spelled = source_words.number_spans(source)
    if target.one_by_the_noun:
        # "one tablet" may be قرصًا, a tablet: only "once" demands a word for 1 (مرة), and a "one
        # month", "one spray" the translation says by no noun alone (شهر, بخة) a word for its 1.
        unsaid = _ones_before_a_noun_unsaid(source, spelled, source_words, prose(ctx, ctx.translation), target)
        said_by_the_noun = {
            (start, end)
            for start, end, value in spelled
            if value == 1 and source[start:end].lower() not in source_words.times_words and (start, end) not in unsaid
        }
        spelled = [span for span in spelled if span[:2] not in said_by_the_noun]
    else:
        said_by_the_noun = set()
    # "half an hour", "an hour and a half": its half is the length's, asked for as the length
    lengths = lengths_in_words(source, source_words) + _lengths_and_a_half(source, source_words, spelled)
    if lengths:
        if target.numerals is not None:  # a language without number words may say it in words unread (nửa giờ)
            yield from _lengths_missing(lengths, prose(ctx, ctx.translation), ctx)
        spelled = [span for span in spelled if not _within(span[0], span[1], [(q.start, q.end) for q in lengths])]
    # "one or both eyes" said as 單眼或雙眼, 한쪽 또는 양쪽 눈: sides, no count of one on either side
    translation = prose(ctx, ctx.translation)
    sides = sides_one_or_both(translation, source, target, source_words)
    if sides:
        translation = blanked(translation, sides)
        spelled = [span for span in spelled if not _within(span[0], span[1], _sides_of(source, source_words))]
    by_the_rate = _ones_said_by_a_rate_period(source, translation, source_words, target)
    spelled = [span for span in spelled if span[:2] not in by_the_rate]
    if not spelled:
        return
    translation = without_articles_of_a_part(translation, ctx.language)
    translation = without_how_it_is_cut(translation, source, source_words, target)
    translation = without_per_dose_numbers(translation, target)
    # "three quarters" as ¾, "one in ten" as 10 %: said as one number of the translation
    as_a_fraction = (
        _parts_said_as_a_number(source, translation, ctx)
        + _proportions_said_as_percents(source, translation, ctx)
        + [(p.start, p.end) for p in proportions_said_one_in_each(source, translation, source_words, target)]
    )
    if as_a_fraction:
        spelled = [span for span in spelled if not _within(span[0], span[1], as_a_fraction)]
        if not spelled:
            return
    # Each value as many times as the source says it: "two tablets twice a day" needs two 2s.
    whole_lengths = [(q.start, q.end) for q in lengths]
    sides_of_the_source = _sides_of(source, source_words) if sides else []
    wanted = Counter(
        number.value
        for number in number_spans(source, ctx.source_language)
        if (number.start, number.end) not in said_by_the_noun
        and (number.start, number.end) not in by_the_rate
        and not _within(number.start, number.end, as_a_fraction + whole_lengths + sides_of_the_source)
    )
    have = _times_said(translation, ctx.language)
    doubled = _twice_an_amount_said_double(source, spelled, translation, source_words, target)
    if doubled:  # a key of its own only where said: its keys are the values the translation says
        have[Fraction(2)] += doubled
    once_unsaid = _once_goes_without_saying(source, translation, source_words, target, wanted, have)
    if once_unsaid:
        wanted[Fraction(1)] -= 1
    # "twice a day" said by the times of day it names, a number for each (아침저녁으로 한 정씩)
    counts_of_times = {
        value: source[start:end]
        for start, end, value in spelled
        if source[start:end].lower() in source_words.times_words
    }
    times_of_day = _times_of_day_each(translation, target)
    # ... but not beside a number the source never says: 아침과 저녁에 하루 세 번 (three times a day)
    # or 每日三次，早晚各服用一錠 for "twice a day" count their times otherwise.
    if not set(have) - set(wanted):
        for value, times in times_of_day.items():
            if value in counts_of_times:
                have[value] += times
    # "twice a day" said with no count: matin et soir, de 12 em 12 horas (the 12 of its hours is no count)
    by_interval = doses_a_day_by_interval(translation, target)
    if counts_of_times and not set(have) - set(wanted) - set(by_interval.values()):
        for value in times_a_day_uncounted(translation, target, by_interval):
            if value in counts_of_times:
                have[value] += 1
    # Read apart from the translation's every value: a number of its own, a length in another unit and a
    # fraction said denominator first (2분의 1, 二分之一: the value it says, not only its two numbers).
    read_as_one = set(have) | {
        Fraction(top, bottom) for *_, top, bottom in denominator_first_fractions(translation, ctx.language) if bottom
    }
    if any(have[value] < wanted[value] for _, _, value in spelled):  # "two weeks" as `quinze jours`, `14 jours`
        converted = _lengths_said_in_another_unit(ctx)
        read_as_one |= set(converted)
        have.update(converted)
    anywhere = translation_values(translation, ctx.language, ctx.source_language) | read_as_one
    if any(value not in anywhere for _, _, value in spelled):  # "more than twice" as `세 번 이상`: the same count
        from pipeline.checks.count_bounds import counts_said_one_apart  # not at import: it imports this module

        one_apart = set(counts_said_one_apart(source, translation, source_words, target))
        anywhere |= one_apart
        have.update(one_apart)
    # A language without number words (no module: Vietnamese) is read in its digits alone: what it
    # writes in words (sáu tuần) passes unread, as its note in `check` says, but a number in digits
    # the source never gives stands for the one missing (16 tuần for "six weeks"): digits are universal.
    instead = None if target.numerals is not None else _instead(ctx, spelled)
    reported = set()
    for start, end, value in spelled:
        if value in reported:
            continue
        said = f"'{source[start:end]}' ({_shown(value)})"
        if _said_apart(value, anywhere):
            continue
        if once_unsaid and value == 1 and wanted[value] <= 0:  # قرصًا يوميًا: no 1 of its own is asked for
            continue
        if not (_a_half_said(translation, ctx, read_as_one) if value == _HALF else value in anywhere):
            message = f"{said} in the source is missing from the translation"
        elif value != _HALF and have[value] < wanted[value]:  # half may be 50% or 30 minutes: not counted
            message = f"{said} is said {wanted[value]} times in the source and {have[value]} in the translation"
        else:
            continue
        if instead is not None:
            if not instead:
                continue
            message += f" (the translation has {instead.pop(0)})"
        reported.add(value)
        yield ctx.finding(CHECK, ERROR, message)
    changed = None
    if not reported:
        named = None if _times_of_day_named(source, source_words) else _times_of_day_named(translation, target)
        by_the_clock = _clock_times_as_a_count(source, source_words)
        changed = _count_of_times_changed(counts_of_times, times_of_day, named, wanted + by_the_clock)
        if changed is not None and by_the_clock:
            (clock_times,) = by_the_clock
            named_by_the_clock = f"{_shown(clock_times)} time{'s' if clock_times != 1 else ''} of day by the clock"
            changed = changed.replace("names no time of day", f"names {named_by_the_clock}")
    if changed is not None:
        yield ctx.finding(CHECK, ERROR, changed)


def sides_one_or_both(translation: str, source: str, target: Language, language: Language) -> list[tuple[int, int]]:
    """Where ``translation`` says "one or both" of the sides (``Language.one_or_both``: ein oder
    beide Augen, 한쪽 또는 양쪽 눈, 單眼或雙眼) and its ``source`` says so too ("one or both eyes"):
    a choice of sides, no approximate count of one or two.  None where the source counts sides."""
    if target.pattern("one_or_both") is None or language.pattern("one_or_both") is None:
        return []
    if language.search("one_or_both", source) is None:
        return []
    return [match.span() for match in target.finditer("one_or_both", translation)]


def _ones_said_by_a_rate_period(
    source: str, translation: str, language: Language, target: Language
) -> set[tuple[int, int]]:
    """The spans of ``source``'s "one" of a rate's period ("twice in one week":
    ``Language.one_period_of_a_rate``) whose period ``translation`` says as a rate, as it would
    say "twice a week" (일주일에 두 번: :func:`rate_periods`); 2주에 두 번 says no such rate, and
    its one stays asked for."""
    regex = language.pattern("one_period_of_a_rate")
    if regex is None:
        return set()
    ones = {match.span("one"): match.group("period").lower() for match in regex.finditer(source)}
    if not ones:
        return set()
    said = {unit for *_, unit in rate_periods(translation, target)}
    return {span for span, period in ones.items() if period in said}


def _sides_of(source: str, language: Language) -> list[tuple[int, int]]:
    """Where ``source`` says "one or both" of the sides (``Language.one_or_both``)."""
    return (
        [match.span() for match in language.finditer("one_or_both", source)] if language.pattern("one_or_both") else []
    )


def _twice_an_amount_said_double(
    source: str, spelled: list[tuple[int, int, Fraction]], translation: str, language: Language, target: Language
) -> int:
    """How many of the source's twices of an amount ("twice the amount", not "twice a day":
    ``Language.twice_an_amount``) ``translation`` says with its word for a double amount, no
    number (una dosis doble, die zweifache Menge, 雙倍劑量): each is their 2.  A twice of a rate
    said so (una dosis doble al día for "twice a day") is a double dose once a day, no 2."""
    if language.pattern("twice_an_amount") is None or target.pattern("twice_an_amount") is None:
        return 0
    of_an_amount = [match.span() for match in language.finditer("twice_an_amount", source)]
    twices = sum(1 for start, end, value in spelled if value == 2 and _within(start, end, of_an_amount))
    return min(twices, sum(1 for _ in target.finditer("twice_an_amount", translation))) if twices else 0


def _ones_before_a_noun_unsaid(
    source: str, spelled: list[tuple[int, int, Fraction]], language: Language, translation: str, target: Language
) -> set[tuple[int, int]]:
    """The source's "one" right before a noun of its ``counted_nouns`` that ``translation``, in a
    language that says one by the noun alone, says with a word of its own: a period ("one month")
    it says by no such noun alone (شهر; :func:`singular_nouns_alone`), so "for one month after the
    last dose" left out has lost its one; and a form of medicine ("one spray") it says with a one
    right after the noun (بخة واحدة), which is that one, not the "once" (مرة) of the source: "once"
    said ثلاث مرات (three times) beside it is no longer read in it.  A form of medicine said by a
    noun alone, or one the module does not list (حقنة, القرص), asks for nothing."""
    alone, with_a_one = _kinds_said_by_a_noun(translation, target)
    unsaid = set()
    for start, end, value in spelled:
        noun = _NOUN_AFTER.match(source, end) if value == 1 else None
        kind = language.counted_nouns.get(noun.group(1).lower()) if noun else None
        if kind is None:
            continue
        if kind == "dose":
            if with_a_one[kind]:
                with_a_one[kind] -= 1
                unsaid.add((start, end))
        elif alone[kind]:
            alone[kind] -= 1
        else:
            unsaid.add((start, end))
    return unsaid


_NOUN_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _kinds_said_by_a_noun(text: str, language: Language) -> tuple[Counter[str], Counter[str]]:
    """What ``text`` says one of by the singular noun alone (شهر, قرصًا), and what with a one of
    its own right after the noun (بخة واحدة, قرصًا واحدًا)."""
    numbers = number_spans(text, language)
    alone: Counter[str] = Counter()
    with_a_one: Counter[str] = Counter()
    for _, end, kind in singular_nouns_alone(text, language):
        one_after = any(
            number.value == 1 and number.start >= end and not text[end : number.start].strip() for number in numbers
        )
        (with_a_one if one_after else alone)[kind] += 1
    return alone, with_a_one


def lengths_in_words(text: str, language: Language) -> list[Quantity]:
    """The lengths of time ``text`` says in one phrase of words, a number with no digits
    (``Language.number_words``): "half an hour" (30 minutes), "an hour and a half" (90), "a quarter
    of an hour" (15)."""
    return [
        Quantity(text[start:end], value, unit, (), start, end)
        for start, end, value, unit in number_words(text, language)
        if unit in PERIODS
    ]


def _lengths_and_a_half(source: str, language: Language, spelled: list[tuple[int, int, Fraction]]) -> list[Quantity]:
    """The lengths of time ``source`` says in digits and a half in words, one quantity ("1 and a half
    hours", "1 hour and a half": 90 minutes, as :func:`lengths_in_words` reads "an hour and a half"):
    their half is the length's, asked for as the length (`1시간 30분`), no half of a dose."""
    halves = [(start, end) for start, end, value in spelled if value == _HALF]
    if not halves:
        return []  # nearly every message: no half in words
    return [
        length
        for length in quantities(source, (language,))
        if length.unit in PERIODS
        and length.text[:1].isdigit()
        and any(length.start <= start and end <= length.end for start, end in halves)
    ]


def _lengths_missing(lengths: list[Quantity], translation: str, ctx: EntryContext) -> Iterator[Finding]:
    """An error for each length of the source said in words (:func:`lengths_in_words`) that the
    translation gives in no unit: "half an hour" passes as `30분`, `반 시간`, `eine halbe Stunde`
    or `半小時` (30 minutes each), not as `1시간` nor `20 Minuten`; its half is no half of a dose,
    and `30 minutos` for it is no half a tablet."""
    said = quantities(translation, (ctx.language, ctx.source_language))
    for length in lengths:
        if not any(length.same_amount(other) for other in said):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{length.text}' ({_shown(length.value)} {length.unit_text}) in the source is missing from the "
                "translation",
            )


def without_how_it_is_cut(translation: str, source: str, source_words: Language, target: Language) -> str:
    """``translation`` with the words that say how a tablet is cut blanked (por la mitad, en deux,
    반으로 자르다, 對半: ``Language.how_a_tablet_is_cut``) where the source says a cut ("Cut the
    tablet in half"), which asks for no half: their half (mitad, 半) or two (deux, zwei) is no
    amount taken, so "and take one half" said `y tome el comprimido entero` still lacks its half."""
    if not (source_words.how_a_tablet_is_cut and target.how_a_tablet_is_cut):
        return translation
    if source_words.search("how_a_tablet_is_cut", source) is None:
        return translation
    return target.blanked("how_a_tablet_is_cut", translation)


def without_per_dose_numbers(translation: str, language: Language) -> str:
    """``translation`` with the per-dose words that hold a number (Korean 1회 before its dose:
    1일 2회, 1회 5 mg) blanked: that 1 says "each time", no count of one, so "once a day" said
    `1일 2회, 1회 5 mg` (twice a day) no longer finds its "once" there."""
    return language.blanked("per_dose_numbers", translation)


def _count_of_times_changed(
    counts_of_times: dict[Fraction, str], times_of_day: Counter[Fraction], named: int | None, given: Counter[Fraction]
) -> str | None:
    """What is wrong where the translation names times of day with a number for each, so many
    times a day, and the source counts its times otherwise: "once a day" as 아침저녁으로 한 정씩 or
    "un comprimido por la mañana y otro por la noche" (a tablet each morning and evening) doubles
    the dose.  So does such a translation of a source that says no count of times and names no
    time of day ("one tablet a day"; ``named``, how many times of day the translation names, is
    None where the source names one): a count of times of day the translation names, that the
    source does not give (not 2 of "1 tablet 2 times a day")."""
    if not counts_of_times:
        if named is None:
            return None
        for value in times_of_day:
            if value <= named and value not in given:
                return (
                    "the source names no time of day and says no count of times: the translation says a "
                    f"number for each of {_shown(value)} times of day ({_shown(value)} times)"
                )
        return None
    for value in times_of_day:
        if value not in counts_of_times:
            (count, word), *_ = counts_of_times.items()
            return (
                f"'{word}' ({_shown(count)}) in the source: the translation says a number for each of "
                f"{_shown(value)} times of day ({_shown(value)} times)"
            )
    return None


def times_a_day_uncounted(
    text: str, language: Language, by_interval: dict[Fraction, Fraction] | None = None
) -> set[Fraction]:
    """The counts of times a day ``text`` says with no number for them: by the times of day it
    names ("matin et soir", morgens und abends, 아침저녁, 早晚: twice), not one or another ("le
    matin ou le soir": once), and by the hours between doses ("toutes les 12 heures", de 12 em 12
    horas, 12시간마다: 24 / 12, twice).  ``by_interval`` is :func:`doses_a_day_by_interval` of it."""
    if _per_day_said_apart(text, language):
        return set()  # it says its own count a day: "una vez al día, por la mañana y por la noche" is once
    counts = set(by_interval if by_interval is not None else doses_a_day_by_interval(text, language))
    kinds = _kinds_of_time_of_day(text, language)
    if len(kinds) >= 2 and not one_time_of_day_or_another(text, language):
        counts.add(Fraction(len(kinds)))
    return counts


def _per_day_said_apart(text: str, language: Language) -> bool:
    """Whether ``text`` says "a day" in words of their own (al día, par jour, 하루에), not those of
    a time of day that say a day's schedule (아침저녁으로)."""
    named = [match.span() for match in language.day_time_re.finditer(text)] if language.day_time_re else []
    return any(
        marker.unit == "day" and not any(start < marker.end and marker.start < end for start, end in named)
        for marker in per_markers(text, (language,))
    )


def _kinds_of_time_of_day(text: str, language: Language) -> set[frozenset[str]]:
    """The kinds of time of day ``text`` names, each once (matin, matinée: one morning), and the
    morning and the evening of a word for both (早晚)."""
    return {time for phrase in language.day_time_phrases(text) for time in phrase.times}


def doses_a_day_by_interval(text: str, language: Language) -> dict[Fraction, Fraction]:
    """The counts of times a day ``text`` says by a number of hours between doses, each with its
    hours: {2: 12} for "toutes les 12 heures", "de 12 em 12 horas", 12시간마다, 每12小時, كل 12 ساعة
    (a day has 24 hours); none for hours that do not divide a day."""
    counts: dict[Fraction, Fraction] = {}
    for quantity in quantities(text, (language,)):
        if quantity.unit != "hour" or quantity.per or not quantity.value or Fraction(24) % quantity.value:
            continue
        if interval_words(text, quantity.start, quantity.end, language) is not None:  # "every", as [units] reads it
            counts[Fraction(24) / quantity.value] = quantity.value
    return counts


def _clock_times_as_a_count(text: str, language: Language) -> Counter[Fraction]:
    """How many times of day ``text`` (a source) names by the clock, as a count it gives: "at 8 am
    and one at 8 pm" gives two, as the two times of day of 上午8點及晚上8點各服用1錠 (a number for
    each) say; none where it names none."""
    from pipeline.checks.clock import source_times  # not at import: clock imports this module

    times = {(time.hour, time.half) for time in source_times(text, language)}
    return Counter({Fraction(len(times)): 1}) if times else Counter()


def _times_of_day_named(text: str, language: Language) -> int:
    """How many times of day ``text`` names (``Language.day_times``)."""
    return len(language.day_time_re.findall(text)) if language.day_time_re is not None else 0


def _times_said(text: str, language: Language) -> Counter[Fraction]:
    """How many times ``text`` says each value: once for each number, and a number said for each
    of several times of day (早晚各服用一次, 아침과 저녁에 한 번씩: ``Language.each_before`` and
    ``each_after``) once for each time of day it names."""
    times: Counter[Fraction] = Counter()
    for number, each in _numbers_each(text, language):
        times[number.value] += each
    return times


def _times_of_day_each(text: str, language: Language) -> Counter[Fraction]:
    """The counts of times a day ``text`` says by naming times of day with a number for each:
    아침저녁으로 한 정씩, 아침과 저녁에 한 번씩, 早晚各服用一錠 say twice a day, as "twice" does, and so
    do one and another, each before a time of day (un comprimido por la mañana y otro por la noche).
    Not times of day said one or the other (아침이나 저녁에 한 번씩: once, in the morning or the evening)."""
    if one_time_of_day_or_another(text, language):
        return Counter()
    each = Counter(Fraction(each) for _, each in _numbers_each(text, language) if each >= 2)
    another = _one_and_another(text, language)
    if another:
        each[Fraction(another)] += 1
    return each


def _one_and_another(text: str, language: Language) -> int:
    """For how many times of day ``text`` says one as one and another (``Language.another_words``):
    2 for "un comprimido por la mañana y otro por la noche", "um comprimido de manhã e outro à
    noite": a time of day between the one and each other, and one right after each other (after
    at most a dose form and two short words: "y otro comprimido con la cena"); 0 where it says none
    so ("un comprimido y otro por la noche": both at night; "y otro medicamento por la noche":
    another medicine)."""
    if not language.another_words or language.day_time_re is None:
        return 0
    times = [match.start() for match in language.day_time_re.finditer(text)]
    most = chain = 0
    previous = None
    for number in number_spans(text, language):
        another = number.value == 1 and text[number.start : number.end].lower() in language.another_words
        if (
            another
            and chain
            and previous is not None
            and any(previous.end <= time < number.start for time in times)
            and _time_of_day_right_after(text, number, language, times)
        ):
            chain += 1
        else:
            chain = 1 if number.value == 1 else 0
        most = max(most, chain)
        previous = number
    return most if most >= 2 else 0


# Between "y otro" and its time of day: a few short words (por, con la, à, ao, de).
_SHORT_WORDS = re.compile(r"\s*(?:[^\W\d_]{1,4}\s+){0,2}")


def _time_of_day_right_after(text: str, number: NumberSpan, language: Language, times: list[int]) -> bool:
    """Whether a time of day (starting at one of ``times``) follows ``number`` after at most a dose
    form of the language and two short words."""
    end = number.end
    forms = language.pattern("any_dose_form")
    form = forms.match(text, end + 1) if forms is not None and text[end : end + 1] == " " else None
    if form:
        end = form.end()
    return any(time >= end and _SHORT_WORDS.fullmatch(text, end, time) for time in times)


def one_time_of_day_or_another(text: str, language: Language) -> bool:
    """Whether a word for "or" (``alternative_words``) stands between the first and the last time
    of day ``text`` names: "with breakfast or lunch" is one time, either."""
    named = list(language.day_time_re.finditer(text)) if language.day_time_re is not None else []
    between = text[named[0].end() : named[-1].start()] if len(named) >= 2 else ""
    return any(_or_word_re(word).search(between) for word in language.alternative_words)


@lru_cache(maxsize=256)
def _or_word_re(word: str) -> re.Pattern:
    """``word`` as a word for "or": a word of a spaced script stands alone (the "o" of "otro" is no
    "o"), as [approximations] reads it; Korean 이나 and Chinese 或 stand anywhere."""
    if script_of(word[0]) in ("Latn", "Arab"):
        return re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", re.IGNORECASE)
    return re.compile(re.escape(word))


def _numbers_each(text: str, language: Language) -> list[tuple[NumberSpan, int]]:
    """Each number of ``text`` and how many times it is said: once, or for each time of day it is
    said for (``Language.each_before``, ``each_after``); a Chinese 各 says two after 早晚 (one word
    for the morning and the evening, none of ``day_times``'), and one where no two times of day
    are named (兩眼各滴一滴: one drop in each eye, each time)."""
    numbers = number_spans(text, language)
    if not (language.each_before or language.each_after):
        return [(number, 1) for number in numbers]
    named = len(language.day_time_re.findall(text)) if language.day_time_re is not None else 0
    said = []
    for number in numbers:
        before = text[: number.start]
        if language.each_before and re.search(f"(?:{language.each_before})$", before):
            both = any(words in before for words in language.mornings_and_evenings)
            said.append((number, named if named >= 2 else 2 if both else 1))
        elif language.each_after and re.match(language.each_after, text[number.end :]):
            said.append((number, max(1, named)))
        else:
            said.append((number, 1))
    return said


def _once_goes_without_saying(
    source: str, translation: str, source_words: Language, target: Language, wanted: Counter, have: Counter
) -> bool:
    """Whether the source's "once" of "one tablet once a day" may be left unsaid: a single tablet
    (capsule, dose, drop ...) a day is taken at once, so "un comprimé par jour", "täglich eine
    Tablette", "매일 한 정씩" and "每天服用一錠" say it all.  Only where the translation says one of
    a dose form and per day, and says no number more often than the source does: "un comprimé deux
    fois par jour" counts another time.  Two capsules once a day said "2 cápsulas al día" lose "all
    at once": their once must be said.  A dose once a week or a month is one day's of that period
    whatever its count, so "2 tablets once a week" as `قرصين أسبوعيًا`, `2 comprimidos a la semana`
    says it all too; "un comprimé par jour" for it does not (the period must be the source's)."""
    periods = {marker.unit for marker in per_markers(translation, (target,))}
    for count, period in _doses_once_a_period(source, source_words):
        if period not in periods:
            continue  # "un comprimé par semaine" for once a day
        if period == "day" and not (count == 1 and _one_dose(translation, target)):
            continue
        unsaid = Counter({Fraction(1): 1})
        return not (have - (wanted - unsaid))
    return False


def _doses_once_a_period(text: str, language: Language) -> list[tuple[Fraction, str]]:
    """ "Take one tablet once a day", "1 capsule once daily", "2 tablets once a week": a count of a
    dose form (:func:`counts_of_a_medicine`), its "once" (``times_words``) right after it and a per
    word right after that, each as (count, period)."""
    if not language.times_words:
        return []
    periods = [marker for marker in per_markers(text, (language,)) if not marker.slash]
    once = [
        number
        for number in number_spans(text, language)
        if number.value == 1 and text[number.start : number.end].lower() in language.times_words
    ]
    found = []
    for dose, form_end in counts_of_a_medicine(text, language):
        times = next((number for number in once if number.start >= form_end), None)
        if times is None or text[form_end : times.start].strip():
            continue
        period = next((m for m in periods if m.start > times.end and not text[times.end : m.start].strip()), None)
        if period is not None:
            found.append((dose.value, period.unit))
    return found


def _one_dose(text: str, language: Language) -> bool:
    """Whether ``text`` says one of a dose form of its language: un comprimé, eine Tablette, 한 정, 一錠,
    or Arabic's قرصًا, one by the noun alone."""
    forms = language.pattern("any_dose_form")
    if forms is not None and any(
        number.value == 1 and dose_form_after(forms, text, number) is not None
        for number in number_spans(text, language)
    ):
        return True
    return any(kind == "dose" for _, _, kind in singular_nouns_alone(text, language))


def singular_nouns_alone(text: str, language: Language) -> list[tuple[int, int, str]]:
    """What ``text`` says in the singular alone (قرصًا, بساعة, أسبوع: a language's
    ``singular_nouns``), where and what it names, not after another number (24 ساعة, 20 قرصًا)
    nor inside one (ساعة ونصف, 1.5 hours)."""
    if language.singular_nouns is None:
        return []
    numbers = number_spans(text, language)
    return [
        (start, end, kind)
        for start, end, kind in language.singular_nouns(text)
        if not any(
            (number.start < end and start < number.end)
            or (number.end <= start and not text[number.end : start].strip())
            for number in numbers
        )
    ]


def _instead(ctx: EntryContext, spelled: list[tuple[int, int, Fraction]]) -> list[str]:
    """The translation's numbers in digits that no number of the source, in digits or words, gives,
    nor half of it (30 minutes for "half an hour")."""
    halves = _HALF_READINGS if any(value == _HALF for _, _, value in spelled) else frozenset()
    return [
        written
        for written, value in _digits_not_given(ctx, source_mentions(prose(ctx, ctx.source), ctx.source_language))
        if value not in halves
    ]


def _lengths_said_in_another_unit(ctx: EntryContext) -> Counter[Fraction]:
    """The values of the source's quantities the translation gives as the same amount in another
    unit ("two weeks" as `14 jours`), or as the language says it by custom (`quinze jours`), each
    as often as it is so said. Not in the same unit: `deux semaines` is counted as its deux."""
    wanted = quantities(prose(ctx, ctx.source), (ctx.source_language,))
    if not wanted:
        return Counter()
    translation = prose(ctx, ctx.translation)
    found = quantities(translation, (ctx.language, ctx.source_language))
    converted = [other for other in found if other.unit not in {quantity.unit for quantity in wanted}]
    converted += customary_periods(found, ctx.language) + every_other_as_periods(translation, ctx.language)
    return Counter(
        quantity.value for quantity in dict.fromkeys(wanted) if any(other.same_amount(quantity) for other in converted)
    )


# A half of a percent, an hour or a day, said as a number of that unit: 50 %, 30 minutes, 12 hours.
_HALF_IN_UNITS = {"percent": Fraction(50), "minute": Fraction(30), "hour": Fraction(12)}


def _a_half_said(translation: str, ctx: EntryContext, read_as_one: set[Fraction]) -> bool:
    """Whether ``translation`` says a half: a half of its own (半錠, medio comprimido, ½, 0,5, 2분의 1:
    ``read_as_one`` or any reading of it), or a half of a percent, an hour or a day in that unit's
    number (50 %, 30 minutos, 12 horas).  Not the half of a whole and a half (一錠半, una tableta y
    media, 1 1/2: "half a tablet" as one and a half triples the dose), nor a 30 or a 12 of another
    unit (30 kg, 6 إلى 12 سنة: no half a tablet), nor one that renders the source's own (`cada 12
    horas` for "every 12 hours" beside `un comprimido` for "half a tablet")."""
    if _HALF in read_as_one:
        return True
    own_halves = _without_wholes_and_halves(translation, ctx.language)
    if _HALF in translation_values(own_halves, ctx.language, ctx.source_language):
        return True
    given = quantities(prose(ctx, ctx.source), (ctx.source_language,))
    return any(
        _HALF_IN_UNITS.get(quantity.unit) == quantity.value and not any(quantity.same_amount(q) for q in given)
        for quantity in quantities(translation, (ctx.language, ctx.source_language))
    )


def _without_wholes_and_halves(text: str, language: Language) -> str:
    """``text`` with each whole and a half it says as one number blanked (一錠半, una tableta y media,
    un comprimé et demi, 1 1/2, 1½): the half in it is no half of its own."""
    spans = number_spans(text, language)
    return blanked(
        text, ((number.start, number.end) for number in spans if number.value.denominator == 2 and number.value > 1)
    )


def _said_apart(value: Fraction, anywhere: set[Fraction]) -> bool:
    """ "One and a half tablets" said with the whole and the half apart, as a language puts
    them (una tableta y media, 一片半 as 一 … 半), and not as the one number 3/2."""
    whole = value - _HALF
    return value.denominator == 2 and whole >= 1 and value not in anywhere and {whole, _HALF} <= anywhere


def number_spans(text: str, language: Language) -> list[NumberSpan]:
    """Every number in ``text`` once, with where it is: digits (either convention),
    large-number words (100만), native numerals before counters (두 번), number
    words (이틀) and the language's ``numerals`` (백 명, 한 종류, diez, 一百)."""
    return list(_number_spans(text, language))


def without_articles_of_a_part(text: str, language: Language) -> str:
    """``text`` with each one said right before a number below one blanked: the article of a part
    (`un demi-comprimé`, `eine halbe Tablette`, `un medio`), which says a half, not a whole tablet
    and a half: "Take 1 tablet" as `Prenez un demi-comprimé` has no 1. A one before a whole
    (`한두 방울`, one or two drops) or a time (`une demi-heure`, 30 minutes) is kept, and so is
    the one of a quarter or a third (`un quart`, `eine Viertel`, `un tiers`): their numerator, which
    their reading needs."""
    spans = number_spans(text, language)
    articles = [
        (one.start, one.end)
        for one, part in pairwise(spans)
        if one.value == 1 and part.value == _HALF and not text[one.end : part.start].strip()
    ]
    return blanked(text, articles)


def denominator_first_fractions(text: str, language: Language) -> list[tuple[int, int, int, int]]:
    """The fractions ``text`` says denominator first, in digits or words (Korean 4분의 3, 사분의 삼;
    Chinese 4分之3, 四分之三: three quarters): start, end, numerator, denominator."""
    joint = language.pattern("denominator_first")
    if joint is None or joint.search(text) is None:
        return []
    spans = number_spans(text, language)
    return [
        (first.start, second.end, int(second.value), int(first.value))
        for first, second in pairwise(spans)
        if first.value.denominator == 1 == second.value.denominator and joint.fullmatch(text, first.end, second.start)
    ]


@lru_cache(maxsize=8192)  # read by [number-words] and [limits] alike
def _number_spans(text: str, language: Language) -> tuple[NumberSpan, ...]:
    found: dict[tuple[int, int], Fraction] = {}
    digits = has_digit(text)  # most texts have none: no pattern of a number in digits need run
    for match in _FRACTION_RE.finditer(text) if digits else ():  # 1/2 is one number, not 1 and 2
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if denominator:
            found[match.span()] = Fraction(numerator, denominator)
    for start, end, whole, fraction in mixed_numbers(text):  # 1 1/2 and 1½ are one number, not a 1
        found[(start, end)] = whole + fraction
    for convention in number_conventions(language) if digits else ():
        for match in compiled_number_pattern(*convention).finditer(text):
            found.setdefault(match.span(), parse_number(match.group(), *convention))
    for start, end, _, total, _ in _scaled_numbers(text, language):
        found[(start, end)] = total
    for start, end, value, _ in native_numbers(text, language):
        found.setdefault((start, end), value)
    for start, end, value, _ in number_words(text, language):
        found.setdefault((start, end), value)
    for start, end, value in language.number_spans(text):
        found.setdefault((start, end), value)
    # A span inside a longer one (the 100 of 100만) is that one; a word for one
    # period said as a rate (하루에 두 번, 一天兩次) is "a day", no number.
    spans = sorted(
        (span for span in found if not in_rate_period(*span, text, language)), key=lambda span: (span[0], -span[1])
    )
    kept: list[NumberSpan] = []
    for start, end in spans:
        if kept and start < kept[-1].end:
            continue
        kept.append(NumberSpan(start, end, found[(start, end)]))
    return tuple(kept)


def _parts_said_as_a_number(source: str, translation: str, ctx: EntryContext) -> list[tuple[int, int]]:
    """The source's parts of a whole in words ("three quarters", "two thirds") that the translation
    writes as one number (¾, 3/4, 0,75; ⅔, 2/3): their numerator in words ("three") is said in it,
    as the fraction's. A part it writes otherwise (¼ for three quarters) says no such numerator."""
    parts = ctx.source_language.parts_in_words
    if parts is None:
        return []
    found = list(parts(source))
    if not found:
        return []  # nearly every message
    values = translation_values(translation, ctx.language, ctx.source_language)
    return [(start, end) for start, end, value in found if value in values]


def _proportions_said_as_percents(source: str, translation: str, ctx: EntryContext) -> list[tuple[int, int]]:
    """The source's proportions ("one in ten", "one in a hundred") the translation gives as their
    percentage (10 %, 1 %), as [numbers] reads "1 in 10" so: their numbers in words are said.  Not
    one it says by its two numbers too (`10명 중 8명`, 8 in 10): those are counted as they are."""
    proportions = source_proportions(source, ctx.source_language)
    if not proportions:
        return []  # nearly every message
    found = quantities(translation, (ctx.language, ctx.source_language))
    percents = {quantity.value for quantity in found if quantity.unit == "percent"}
    values = translation_values(translation, ctx.language, ctx.source_language)
    return [
        (proportion.start, proportion.end)
        for proportion in proportions
        if proportion.percent in percents and not {proportion.part, proportion.whole} <= values
    ]


def proportions_said_one_in_each(
    source: str, translation: str, source_words: Language, target: Language
) -> list[Proportion]:
    """The source's proportions of one ("1 in 4", "one in ten") the translation says as each one of
    that rank: German `jeder vierte Patient`, `jede zehnte`, `jeden dritten` (the language's
    ``one_in_each_before`` right before an ordinal of the whole).  Its 1 and its 4 are said."""
    if target.ordinals is None or target.pattern("one_in_each_before") is None:
        return []
    proportions = [p for p in source_proportions(source, source_words) if p.part == 1]
    if not proportions:
        return []  # nearly every message
    ranks = {
        value
        for start, _, value in target.ordinals(translation)
        if target.search("one_in_each_before", translation, max(0, start - _EACH_REACH), start)
    }
    return [p for p in proportions if p.whole in ranks]


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(outer_start <= start and end <= outer_end for outer_start, outer_end in spans)


# "1 in 10", "5 out of 100", "1 in every 1,000": a proportion a translation may give as a percent;
# and a range of them said with one whole, "1 to 10 in 100", "between 1 and 10 in every 1,000": two
# proportions (1% and 10%).
_NUMBER = r"\d+(?:\.\d+)?"
_PROPORTION = re.compile(
    rf"(?:(?:\bbetween\s+(?P<between>{_NUMBER})\s+and|\b(?P<low>{_NUMBER})\s*(?:to\b|-|–))\s*)?"
    rf"(?P<part>{_NUMBER})\s+(?:in|out of)\s+(?:every\s+)?(?P<whole>\d{{1,3}}(?:,\d{{3}})*|\d+)(?![\d,])"
)
# Between the two numbers of a proportion with a number in words: "one in ten", "one out of every hundred"
# (its "every" read as "a": :func:`_every_read_as_a`).
_PROPORTION_GAP = re.compile(r"\s+(?:in|out\s+of)\s+(?:(?:every|a)\s+)?", re.IGNORECASE)
# The "every" of "one in every ten", "one out of every thousand".
_EVERY_OF_A_WHOLE = re.compile(r"(?<=\b(?:in|of)\s)every\b", re.IGNORECASE)


@dataclass(frozen=True)
class Proportion:
    """ "1 in 10" of the source: where it is, its two numbers and the percentage it is (10)."""

    start: int
    end: int
    part: Fraction
    whole: Fraction

    @property
    def percent(self) -> Fraction:
        return self.part / self.whole * 100


def source_proportions(source_text: str, language: Language) -> list[Proportion]:
    """The proportions the source gives: in digits ("1 in 10", "5 out of 100", "1 in every 1,000"),
    each end of a range of them said with one whole ("1 to 10 in 100": 1 in 100 and 10 in 100, each
    where the whole phrase is), and with a number in words, read as [number-words] reads it ("one in
    ten", "one in a hundred", "one out of every 1,000")."""
    found = []
    for match in _PROPORTION.finditer(source_text):
        whole = Fraction(match.group("whole").replace(",", ""))
        if not whole:
            continue
        low = match.group("between") or match.group("low")
        for part in (low, match.group("part")) if low else (match.group("part"),):
            found.append(Proportion(match.start(), match.end(), Fraction(part), whole))
    if not _PROPORTION_GAP.search(source_text):
        return found  # nearly every message
    read = _every_read_as_a(source_text)
    for part_span, whole_span in pairwise(number_spans(read, language)):
        in_digits = has_digit(read[part_span.start : part_span.end]) and has_digit(
            read[whole_span.start : whole_span.end]
        )
        if whole_span.value and not in_digits and _PROPORTION_GAP.fullmatch(read, part_span.end, whole_span.start):
            found.append(Proportion(part_span.start, whole_span.end, part_span.value, whole_span.value))
    return found


def _every_read_as_a(text: str) -> str:
    """``text`` with the "every" of a proportion's whole read as "a", in as many characters: "one
    in every thousand" is "one in a thousand", and the whole after it a number ("ten" after
    "every" is no count of the source's own: "every ten minutes" is said by [intervals])."""
    return _EVERY_OF_A_WHOLE.sub("    a", text)


def values_in_source(ctx: EntryContext, mentions: list[NumberMention]) -> set[Fraction]:
    """Every value the source gives: its numbers (``mentions``), in any of their readings, and its
    numbers in words."""
    given = {value for mention in mentions for alternative in mention.alternatives for value in alternative}
    source = prose(ctx, ctx.source)
    given.update(value for _, _, value in ctx.source_language.number_spans(source))  # "two tablets"
    if ctx.source_language.parts_in_words is not None:  # "a quarter of a tablet": given, never demanded
        given.update(value for _, _, value in ctx.source_language.parts_in_words(source))
    return given


def digits_not_in_source(ctx: EntryContext, mentions: list[NumberMention]) -> list[str]:
    """The numbers the translation writes in digits whose values the source does not give, as it
    writes them (٤٠, ４０), in its order."""
    return [written for written, _ in _digits_not_given(ctx, mentions)]


def _digits_not_given(ctx: EntryContext, mentions: list[NumberMention]) -> list[tuple[str, Fraction]]:
    text = prose(ctx, ctx.translation)
    shown = as_written(ctx.translation_view.prose, text)
    given = values_in_source(ctx, mentions)
    return [
        (shown[start:end], value)
        for number in number_spans(text, ctx.language)
        for start, end, value in _read_as_the_source_reads(number, text, ctx.language, given)
        if value not in given and any(char.isdigit() for char in text[start:end])
    ]


_SPACED_PIECE = re.compile(r"\d+")


def _read_as_the_source_reads(
    number: NumberSpan, text: str, language: Language, given: set[Fraction]
) -> list[tuple[int, int, Fraction]]:
    """``number``, or its pieces where it is digits a space apart ("3 500") and a piece, not the
    whole, is a number of the source: "3 500-mg-Tabletten" for "2 500-mg tablets" has 3 in place
    of the 2, not 3500 (either reading is read: this is the one a message names)."""
    written = text[number.start : number.end]
    if " " not in written or number.value in given:
        return [(number.start, number.end, number.value)]
    pieces = [
        (number.start + piece.start(), number.start + piece.end(), Fraction(piece.group()))
        for piece in _SPACED_PIECE.finditer(written)
    ]
    if not any(value in given for *_, value in pieces) or not written.replace(" ", "").isdigit():
        return [(number.start, number.end, number.value)]
    return pieces


# A word right after a number: its unit or large-number word (400 میلی‌گرم/کیلوگرم, 1 triệu).
_WORD_AFTER = re.compile(r"\s?[^\W\d_][^\s.,;:!?()،؛؟。、，]*")


def numbers_and_words(text: str, language: Language, value: Fraction) -> list[tuple[int, int]]:
    """Where each number of ``value`` followed by a word stands in ``text``, with the word
    (1 triệu, ۴۰۰ میلی‌گرم): what a language without data may write a large number or a unit as."""
    found = []
    for number in number_spans(text, language):
        word = _WORD_AFTER.match(text, number.end) if number.value == value else None
        if word:
            found.append((number.start, word.end()))
    return found


def not_read(
    ctx: EntryContext, check: str, said: str, spans: list[tuple[int, int]], words: str, then: str = ""
) -> Finding:
    """A warning that what ``spans`` of the translation's prose write for ``said`` of the source
    is in words of a language without data: neither an error (1 triệu is a correct "1 million",
    ۴۰۰ میلی‌گرم a correct "400 mg") nor passed in silence (1 nghìn, a thousand, is not); a
    release refuses it until someone has read it (release.py's REVERSAL_CHECKS)."""
    text = prose(ctx, ctx.translation)
    shown = as_written(ctx.translation_view.prose, text)
    written = ", ".join(dict.fromkeys(shown[start:end] for start, end in spans))
    return ctx.finding(
        check,
        WARNING,
        f"{said} in the source is {written} in the translation, which is {not_checked_without(ctx, words)}{then}",
    )


def _shown(value: Fraction) -> str:
    return f"{value.numerator:,}" if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


# A strength between a count and its dose form: "one 500 mg tablet", "zwei 500-mg-Tabletten".
_STRENGTH = re.compile(r"\s?\d+(?:[.,]\d+)?[\s-]?(?i:mg|mcg|g|ml)\b-?")


def dose_form_after(forms: re.Pattern, text: str, number: NumberSpan) -> int | None:
    """Where the dose form that counts ``number`` ends: right after it (8알, 8 tabletas), after
    its strength ("one 500 mg tablet": one tablet, not 500), or as the counter a native numeral is
    read with (여덟 알); None if it counts no medicine."""
    strength = _STRENGTH.match(text, number.end)
    for end in (number.end, strength.end()) if strength else (number.end,):
        after = forms.match(text, end + (1 if text[end : end + 1] == " " else 0))
        if after:
            return after.end()
    # Not cut off at the number's end: what follows may say it is no counter (여덟 정도, about eight).
    counter = forms.search(text, number.start)
    return number.end if counter and counter.end() == number.end else None


def counts_of_a_medicine(text: str, language: Language) -> list[tuple[NumberSpan, int]]:
    """Each number of ``text`` that counts a dose form of its language (3 tablets, 4 gouttes, 여덟
    알, 一錠), with where its dose form ends."""
    forms = language.pattern("any_dose_form")
    if forms is None:
        return []
    counted = ((number, dose_form_after(forms, text, number)) for number in number_spans(text, language))
    return [(number, end) for number, end in counted if end is not None]


def ones_by_an_article(text: str, language: Language) -> list[tuple[NumberSpan, int]]:
    """Each article that says one of a dose form of ``language`` ("a tablet", "an ampoule", "a
    500 mg tablet": ``Language.articles_of_one``), as a count of one, with where its dose form
    ends: what counts_of_a_medicine reads in a language whose article is no number word."""
    forms, articles = language.pattern("any_dose_form"), language.pattern("article_of_one")
    if forms is None or articles is None:
        return []
    counted = (
        (article, dose_form_after(forms, text, article))
        for article in (NumberSpan(*match.span(), Fraction(1)) for match in articles.finditer(text))
    )
    return [(article, end) for article, end in counted if end is not None]
