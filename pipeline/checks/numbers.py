"""[numbers] Every number of the source must be in the translation, by value.

Values, not strings, are compared: the translation may write ``1,000`` as
``1000``, ``10,000`` as ``1만``, ``12,000`` as ``1만 2천``, ``3 to 5`` as
``3~5`` or ``3에서 5``, ``8:00 pm`` as ``오후 8시``, ``2 days`` as ``이틀``,
and use any script's digits its readers read (full-width, Arabic-Indic in
Arabic; digits of another script, or of two in one number, are an error of
their own: digit_scripts.py).  A quantity may
also be given as the same amount in another unit (``1 g`` as ``1000 mg``,
``48 hours`` as ``이틀``, ``30 minutes`` as ``반 시간``, ``30%`` as ``10명 중
3명``): [units] reads those.  Numbers a language adds (Korean counters:
``1회``, ``제1``) are fine, but for one: a count of a medicine the source
does not give (``하루에 8알까지``, ``8 tabletas``, ``8 片``, ``8 أقراص``: the
language's ``dose_forms``) is an added dose, as [units] rule 3 says of an
added ``4000 mg``. "A tablet" says 1 without a number, so 1 is never one.
So is a count of a medicine whose value the source says only as how often or
how long, where the source's own count is said otherwise: "one tablet twice a
day" as ``dos comprimidos una vez al día`` keeps every number in another place
(and so, here even a count of one, does "2 tablets once a day" as ``un
comprimido dos veces al día``).
An exact count said as an approximation around it (``2 drops`` as ``한두
방울``, ``1~2방울``, ``una o dos gotas``: 1 or 2 drops) changes the dose too,
unless the source approximates itself ("1 or 2 drops", "a few drops").
A number the source repeats is there however often the translation says it, so
one put in place of a repeat ("for 3 days" three times, the last as ``durante 5
días``) is said by the number the source gives in no reading (the 5) beside
the repeat said fewer times.  A count of times a day ("2 times a day") may be
said with no number, by as many times of day (``matin et soir``) or the hours
between doses (``toutes les 12 heures``), as [number-words] reads "twice a day".

The source's ordinals in words ("the second dose") are numbers as "the 2nd
dose" is: ``두 번째``, ``第二劑``, ``الجرعة الثانية``, ``la segunda dosis`` keep
the 2.  Not "first", which a translation may say as 처음 or 最先 (en.py).

A number kept with the source's separators where the language's readers read
them the other way round is one it does not keep: ``4,000 mg`` in French is 4 mg
to its reader (a comma is French's decimal mark), though read generously it was
4000, and ``1.125 mg`` in German is 1125 mg.  A dose that keeps the English
decimal point where no reader takes it for a group (``2.5 mL`` in French) is a
warning to write ``2,5``.  The Spanish of the US, like Korean, writes the point.

Digits that are not quantities are out of scope here: URLs, DOIs, e-mail
addresses, phone numbers (checked whole by [phone]), placeholders, code spans
and link targets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from pipeline.checks.alternate import every_other_as_periods
from pipeline.checks.approximations import approximations, says_approximately
from pipeline.checks.clock import other_half, source_times
from pipeline.checks.context import EntryContext
from pipeline.checks.digit_scripts import check_digit_scripts
from pipeline.checks.intervals import lengths_said_as_rates
from pipeline.checks.limits import directions_said_of, source_limits
from pipeline.checks.number_words import (
    NumberSpan,
    counts_of_a_medicine,
    denominator_first_fractions,
    digits_not_in_source,
    dose_form_after,
    dose_forms_re,
    doses_a_day_by_interval,
    not_read,
    number_spans,
    numbers_and_words,
    ones_by_an_article,
    sides_one_or_both,
    singular_nouns_alone,
    source_proportions,
    times_a_day_uncounted,
    values_in_source,
    without_articles_of_a_part,
    without_how_it_is_cut,
)
from pipeline.checks.numerals import (
    NumberMention,
    as_written,
    compiled_number_pattern,
    fraction_characters,
    mixed_numbers,
    normalise,
    number_pattern,
    parse_number,
    prose,
    shown_value,
    slash_fractions,
    source_mentions,
    translation_values,
)
from pipeline.checks.patterns import blanked, has_digit
from pipeline.checks.quantities import Quantity, customary_periods, per_markers, quantities
from pipeline.checks.signs import Number, maybe_negative, numbers_with_signs, says_negative
from pipeline.checks.units import PERIOD_KINDS, converted_values
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language, readers_separators
from pipeline.languages.language import AT_LEAST, AT_MOST
from pipeline.literals import longest_first, lowered

CHECK = "numbers"


def check_numbers(ctx: EntryContext) -> Iterator[Finding]:
    yield from check_digit_scripts(ctx, CHECK)
    mentions = source_mentions(prose(ctx, ctx.source), ctx.source_language)
    missing = _missing(ctx, mentions)
    for mention, spans in _large_numbers_not_read(ctx, missing):
        missing.remove(mention)
        yield not_read(ctx, CHECK, mention.text, spans, "words for large numbers")
    # What the translation writes instead, said beside each missing number, in order, as [phone] does:
    # "40 … is missing from the translation (the translation has 45)".
    instead = digits_not_in_source(ctx, mentions) if missing else []
    for mention in missing:
        hint = f" (the translation has {instead.pop(0)})" if instead else ""
        yield ctx.finding(CHECK, ERROR, f"{mention.text} in the source is missing from the translation{hint}")
    yield from _separators_misread(ctx, mentions)
    yield from _signs_changed(ctx)
    upside_down = list(_fractions_upside_down(ctx))
    yield from upside_down
    if not missing:  # a count changed (1 tablet as 두 알) is one finding, not also an addition
        # nor a fraction turned upside down (2/1정 for 1/2: not also a dose of 2 added)
        added = [] if upside_down else list(_added_counts(ctx, mentions))
        yield from added
        other_half = list(_times_in_the_other_half(ctx))
        # an added dose, or "8 pm" as `18 h` beside `8 h` for "8 am", is the one finding
        replaced = [] if added or other_half else list(_repeated_number_replaced(ctx, mentions))
        yield from replaced
        if not added and not replaced:  # 두세 방울 for 2 drops: the added 세 방울 says it
            yield from _approximated(ctx, mentions)
            yield from _phases_swapped(ctx)
            yield from _doses_of_who_swapped(ctx)
        yield from other_half


def _separators_misread(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """A number of the source kept with the source's separators where the translation's readers
    write numbers otherwise (CLDR, for the language as written in the readers' region:
    :func:`~pipeline.languages.readers_separators`).

    An error when a reader of the language takes it for another number: "4,000 mg" kept in a
    French translation is 4 mg to a French reader, for whom the comma is the decimal mark, and
    "1.125 mg" kept in a German one is 1125 mg, the point grouping thousands. Wherever the comma
    is the decimal mark the point is read as a group before exactly three digits, in French too
    (CLDR's French group is a space, but "1.000 €" is everyday French). Translations are read
    generously, in either convention (a translator may keep "0.5"), so only a number whose two
    readings differ, the source's value in the source's reading and not in the reader's, is one:
    "1.500 mg" in Spanish is 1500 either way a Spanish reader takes it.

    A warning when no reader can take it for another number but the language writes its
    decimals otherwise: "2.5 mL" in French or German, a dose (a number of the source with a
    unit, or a count of tablets, drops ...) its readers write 2,5 mL. Not a version, a section
    or a rate ("version 2.0", "1.9 in every 1 million"), nor in Korean, Chinese, Arabic or the
    Spanish of the US, whose decimal mark is the point."""
    source = ctx.source_language
    theirs = (source.decimal_symbol, source.group_symbol)
    readers = tuple(normalise(symbol) for symbol in readers_separators(ctx.language, ctx.locale, ctx.region))
    if not mentions or readers == theirs:
        return
    decimal = readers[0]
    given = values_in_source(ctx, mentions)
    text = prose(ctx, ctx.translation)
    shown = as_written(ctx.translation_view.prose, text)
    amounts: set[Fraction] | None = None  # the source's doses, read only when a kept decimal point asks
    for match in compiled_number_pattern(*theirs, whole_runs=True).finditer(text):
        written = match.group()
        as_theirs = parse_number(written, *theirs)
        if as_theirs not in given:
            continue
        readings = _readings(written, decimal, readers[1], theirs)
        misread = sorted(value for value in readings if value != as_theirs and value not in given)
        quoted = shown[match.start() : match.end()]
        if misread:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{quoted} in the translation is {shown_value(misread[0])} to a reader of "
                f"{ctx.language.name}, whose decimal mark is {decimal!r}: "
                f"write {_unambiguous(written, as_theirs, theirs, decimal)}",
            )
            continue
        if readings or decimal == theirs[0] or theirs[0] not in written:
            continue  # read as the source's value, or no decimal point kept
        if amounts is None:
            amounts = _amounts(ctx)
        if as_theirs in amounts:
            yield ctx.finding(
                CHECK,
                WARNING,
                f"{quoted} in the translation has the English decimal point, where "
                f"{ctx.language.name}'s decimal mark is {decimal!r}: "
                f"write {_unambiguous(written, as_theirs, theirs, decimal)}",
            )


def _signs_changed(ctx: EntryContext) -> Iterator[Finding]:
    """A number the source says is negative that the translation keeps without its sign ("−20 °C"
    as 20 °C), or a number of the source the translation makes negative ("2 to 8 °C" as −2~8 °C):
    a temperature of another sign is as wrong as another number.  Negative by a minus sign or in
    words, each language's (signs.py: 영하 20 °C, 零下 20 °C, 20 °C bajo cero, moins 20 °C).
    Read only where the translation writes the number in digits: one it does not keep at all is
    missing, said above, and one in words may say its sign in words."""
    source_text, text = prose(ctx, ctx.source), prose(ctx, ctx.translation)
    if not (says_negative(source_text, ctx.source_language) or says_negative(text, ctx.language)):
        return  # most messages say nothing is below zero
    source = numbers_with_signs(source_text, ctx.source_language)
    translation = numbers_with_signs(text, ctx.language)
    negative = {number.value for number in source if number.negative}
    positive = {number.value for number in source if not number.negative}
    signed = {number.value for number in translation if number.negative}
    unsigned = {number.value for number in translation if not number.negative}
    shown = as_written(ctx.source_view.prose, source_text)
    # A sign dropped is read generously, number by number, as an error must be sure (signs.py).
    signed |= {number.value for number in translation if maybe_negative(text, number, ctx.language)}
    for number in source:
        if number.negative and number.value not in signed and number.value in unsigned:
            signed.add(number.value)  # said once
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{_as_said(shown, number)} in the source is below zero; the translation has "
                f"{shown_value(number.value)} without a minus sign or words for below zero",
            )
    shown = as_written(ctx.translation_view.prose, text)
    for number in translation:
        if number.negative and number.value in positive and number.value not in negative:
            positive.discard(number.value)  # said once
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{_as_said(shown, number)} in the translation is below zero; {shown_value(number.value)} "
                f"in the source is not",
            )


def _as_said(text: str, number: Number) -> str:
    """A negative number as the text says it: "−20", "영하 20", "20 degrees below zero"."""
    start, end = number.said or (number.start, number.end)
    return text[start:end]


def _fractions_upside_down(ctx: EntryContext) -> Iterator[Finding]:
    """A fraction of the source written with a slash that the translation writes upside down: "1/2
    tablet" as 2/1정, "3/4" as 3분의 4 or 三分之四 (Korean and Chinese say the denominator first:
    4분의 3, 四分之三 are three quarters), "1/4" as 4/1: twice or sixteen times the dose, and
    both its numbers are there."""
    source = {(numerator, denominator) for *_, numerator, denominator in slash_fractions(prose(ctx, ctx.source))}
    if not source:
        return
    text = prose(ctx, ctx.translation)
    shown = as_written(ctx.translation_view.prose, text)
    said = fractions_written(text, ctx.language)
    for start, end, numerator, denominator in said:
        turned = (denominator, numerator)
        if numerator and denominator and numerator != denominator and turned in source:
            if (numerator, denominator) in source:
                continue  # the source has it both ways
            source.discard(turned)  # said once
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{denominator}/{numerator} in the source is {shown[start:end]} in the translation, upside down: "
                f"{shown_value(Fraction(numerator, denominator))} instead of "
                f"{shown_value(Fraction(denominator, numerator))}",
            )


def _readings(written: str, decimal: str, group: str, theirs: tuple[str, str]) -> set[Fraction]:
    """The values a reader whose separators are ``decimal`` and ``group`` may take ``written``
    for: in their own convention, and, where the comma is the decimal mark, with the point
    grouping thousands (German's, Spanish's and Portuguese's group mark, and everyday French's).
    A number no such reading takes whole, with both the source's marks and its group mark the
    reader's decimal mark ("1,000.5" in German), is read up to where it stops making sense:
    1,000, that is 1."""
    conventions = list(dict.fromkeys([(decimal, group)] + ([(",", ".")] if decimal == "," else [])))
    readings = {
        parse_number(written, *convention)
        for convention in conventions
        if compiled_number_pattern(*convention, whole_runs=True).fullmatch(written)
    }
    if readings or theirs[1] != decimal or theirs[0] not in written or theirs[1] not in written:
        return readings  # "1,000,000", one comma too many for a decimal, is still read as a million
    start = compiled_number_pattern(*conventions[0]).match(written)
    return {parse_number(start.group(), *conventions[0])} if start else set()


def _unambiguous(written: str, value: Fraction, theirs: tuple[str, str], decimal: str) -> str:
    """A number as every reader of the language reads it: 4000 or 4 000 (never 4,000 nor 4.000),
    1,125 with the language's decimal mark (the digits as written, not rounded)."""
    whole, _, fraction = written.replace(theirs[1], "").partition(theirs[0])
    if fraction:
        return f"{whole}{decimal}{fraction}"
    if value >= 1000:
        return f"{value.numerator} or {value.numerator:,}".replace(",", " ") + " (grouped by a space)"
    return shown_value(value)


def _amounts(ctx: EntryContext) -> set[Fraction]:
    """The values of the source's doses written with a decimal mark: numbers with a unit (2.5 mL,
    0.4 g/kg, 1.5 hours, 2.5%) and counts of a dose form or period (1.5 tablets, 2.5 drops),
    what a patient measures. Not a whole number ("2 mg" makes no "version 2.0" a dose)."""
    source = ctx.source_language
    text = prose(ctx, ctx.source)
    numbers = [_LEADING_NUMBER.match(quantity.text) for quantity in quantities(text, (source,))]
    written = [number.group() for number in numbers if number]
    counted = _counts_re(source)
    if counted is not None:
        written += [match.group("number") for match in counted.finditer(text)]
    return {
        parse_number(number, source.decimal_symbol, source.group_symbol)
        for number in written
        if source.decimal_symbol in number
    }


_LEADING_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


@lru_cache(maxsize=64)
def _counts_re(language: Language) -> re.Pattern | None:
    """A number and a counted noun after it, singular or plural: "1.5 tablets", "2.5 teaspoonfuls"."""
    if not language.counted_nouns:
        return None
    nouns = longest_first(language.counted_nouns)
    number = number_pattern(language.decimal_symbol, language.group_symbol, whole_runs=True)
    return re.compile(rf"(?P<number>{number})\s+(?:{nouns})(?:e?s)?\b", re.IGNORECASE)


def _times_in_the_other_half(ctx: EntryContext) -> Iterator[Finding]:
    """A clock time of the source said in the other half of the day: "8 am" as 오후 8시 (clock.py)."""
    times = source_times(prose(ctx, ctx.source), ctx.source_language)
    if not times:
        return  # most messages give no time of day
    text = prose(ctx, ctx.translation)
    for time in dict.fromkeys(times):
        written = other_half(text, time, ctx.language, ctx.source_language)
        if written is None or (written.on_the_clock and _said_as_hours(ctx, time.hour)):
            continue  # `8 h` may be the source's "8 hours" ("at 8 pm, then wait 8 hours")
        said = f"{time.text} in the source is {written.written} in the translation"
        if written.on_the_clock:  # "8 pm" as `à 8 h`
            said += (
                f", which is {written.hour} in the morning on a 24-hour clock ({time.text} is {written.on_the_clock})"
            )
        else:
            said += ", in the other half of the day"
        yield ctx.finding(CHECK, ERROR, said)


def _said_as_hours(ctx: EntryContext, hour: int) -> bool:
    """Whether the source gives ``hour`` as a number of hours too ("wait 8 hours")."""
    return any(q.unit == "hour" and q.value == hour for q in quantities(prose(ctx, ctx.source), (ctx.source_language,)))


def fractions_written(text: str, language: Language) -> list[tuple[int, int, int, int]]:
    """The fractions ``text`` writes, with a slash (1/2) or denominator first (2분의 1, 二分之一):
    start, end, numerator, denominator."""
    return slash_fractions(text) + denominator_first_fractions(text, language)


def _missing(ctx: EntryContext, mentions: list[NumberMention]) -> list[NumberMention]:
    if not mentions:
        return []
    text = without_articles_of_a_part(prose(ctx, ctx.translation), ctx.language)  # un demi-comprimé: no 1
    # "coupé en deux" for "cut in half" is no 2 of "Take 2 tablets"
    text = without_how_it_is_cut(text, prose(ctx, ctx.source), ctx.source_language, ctx.language)
    values = translation_values(text, ctx.language, ctx.source_language)
    # 2분의 1, 二分之一 (one half, the denominator first): the value too, not only its two numbers, so
    # that "1 1/2" said 1과 2분의 1 or 一又二分之一 is kept
    values.update(
        Fraction(top, bottom) for *_, top, bottom in denominator_first_fractions(text, ctx.language) if bottom
    )
    missing = [mention for mention in mentions if not mention.found_in(values)]
    if missing:
        # A quantity may be given in another unit of the same kind: 1 g as
        # 1000 mg, 2 days as 48시간, 30 minutes as 반 시간, 30% as 10명 중 3명.
        converted = converted_values(ctx)
        missing = [mention for mention in missing if not mention.found_in(values | converted)]
    if missing:
        missing = [
            mention for mention in missing if mention not in _afternoon_on_a_24_hour_clock(ctx, mentions, values)
        ]
    if missing and ctx.language.singular_nouns is not None:
        # بساعة for "1 hour", قرصًا for "1 tablet": Arabic says one with the noun alone.
        said = _ones_said_by_the_noun(ctx) | _periods_said_by_the_noun(ctx)
        missing = [mention for mention in missing if not mention.found_in(said)]
    if missing:  # "up to 4 tablets in 24 hours", "every 24 hours" as `pro Tag`, `täglich`
        missing = _not_said_as_a_per_period(ctx, missing)
    if missing:  # "2 times a day" as `matin et soir`, `toutes les 12 heures`
        missing = _not_said_as_times_of_day(ctx, missing)
    if missing:  # "1 in 100 and 1 in 10" as `entre 1% e 10%`
        missing = _not_said_as_percents(ctx, missing, values)
    if missing:  # a fraction written upside down (2/1정 for 1/2) is that finding, not also this one
        turned = {Fraction(bottom, top) for *_, top, bottom in fractions_written(text, ctx.language) if top}
        missing = [mention for mention in missing if not mention.found_in(turned)]
    whole_lost = _wholes_read_in_a_fraction(ctx, mentions, values)
    return [mention for mention in mentions if mention in missing or mention in whole_lost] if whole_lost else missing


def _repeated_number_replaced(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """A number the source says more than once, said fewer times in the translation, where the
    translation has a number in digits the source gives nowhere: "then 1 tablet a day for 3 days"
    as `y luego 1 comprimido al día durante 5 días` beside two other steps of 3 days.  Each number
    of the source is in the translation, so none is missing; its 5 took the place of one 3.
    Not where the translation says the repeated number once for all (`jeweils 3 Tage`: no number
    of its own), nor a number the source gives in another reading (:func:`_given_otherwise`).
    A number the source says in words too ("two tablets twice a day") is [number-words]' to count."""
    text = prose(ctx, ctx.source)
    numbers = number_spans(text, ctx.source_language)
    if len({span.value for span in numbers}) == len(numbers):
        return  # nearly every message: no number said twice
    in_words = {value for *_, value in ctx.source_language.number_spans(text)}
    source = Counter(span.value for span in numbers if span.value not in in_words)
    if not any(count > 1 for count in source.values()):
        return
    new = _digits_given_nowhere(ctx, mentions)
    if not new:
        return
    text = without_articles_of_a_part(prose(ctx, ctx.translation), ctx.language)
    said = Counter(span.value for span in number_spans(text, ctx.language))
    for hour, later in _afternoon_hours(ctx).items():  # "8 am and 8 pm" as `a las 8:00 y a las 20:00`
        if later not in source:
            said[hour] += said[later]
    for value, count in source.items():
        if said[value] < count and new:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{shown_value(value)} is said {count} times in the source and {said[value]} in the "
                f"translation (the translation has {new.pop(0)}, which the source does not give)",
            )


def _phases_swapped(ctx: EntryContext) -> Iterator[Finding]:
    """Two lengths of time of a schedule said one after the other, in the source by a word that
    orders its steps ("then": ``schedule_steps``) and in the translation by a joint (``and_joints``:
    e, puis, y luego, dann, 然後, ثم), with the same two amounts in the other order: "Take 1 tablet a
    day for 21 days, then stop for 7 days" as `Tome 1 comprimido por dia durante 7 dias e depois faça
    uma pausa de 21 dias` takes the tablets 7 days and stops 21.  Every number is there, so none is
    missing.  Only where each text says those two lengths of time and no other: `Faça uma pausa de 7
    dias depois de 21 dias` (after: no joint) may say them in either order, and so may two lengths
    the source joins by "and" alone ("1 hour before and 2 hours after a meal": no steps).  An
    error: the days of taking and of stopping changed places."""
    source_text = prose(ctx, ctx.source)
    steps = ctx.source_language.schedule_steps_re
    if steps is None or not steps.search(source_text):
        return  # nearly every message: no "then" to order two lengths of time
    source = _two_lengths_in_turn(source_text, ctx.source_language, steps)
    if source is None:
        return
    translation_text = prose(ctx, ctx.translation)
    translation = _two_lengths_in_turn(translation_text, ctx.language, ctx.language.and_joints_re)
    if translation is None:
        return
    first, then = source
    if first.amount == then.amount or (translation[0].amount, translation[1].amount) != (then.amount, first.amount):
        return
    # the doses of each phase moved with it ("2 tablets a day for 3 days and 1 tablet a day for 7
    # days" said from its second phase): each length kept what it is said of.  The translation's
    # other numbers hold the source's in their order, and may have more (`uma pausa`: an article).
    others = iter(_other_numbers(translation_text, translation, ctx.language))
    if not all(value in others for value in _other_numbers(source_text, source, ctx.source_language)):
        return
    yield ctx.finding(
        CHECK,
        ERROR,
        f"'{first.text}' then '{then.text}' in the source are '{translation[0].text}' then "
        f"'{translation[1].text}' in the translation: the numbers changed places",
    )


def _doses_of_who_swapped(ctx: EntryContext) -> Iterator[Finding]:
    """Two doses, the first said of whom a limit names (a weight, an age) and the second of the
    others, given the other way round: "If you weigh less than 60 kg, take 1 tablet; otherwise take
    2 tablets." as `體重未滿60公斤者服用2錠，其餘服用1錠。` gives the lighter patients the larger dose.
    Only where each text says that limit's number once, before two counts of a medicine of two
    values and no other, and the translation says the limit in the source's direction: `Si pesa 60
    kg o más, tome 2 comprimidos; si pesa menos, 1.` names the others first, and is right."""
    source_text = prose(ctx, ctx.source)
    limits = [limit for limit in source_limits(source_text, ctx.source_language) if limit.who]
    if len(limits) != 1:
        return  # nearly every message
    limit = limits[0]
    given = _two_doses_after(source_text, ctx.source_language, limit.value)
    if given is None or given[0] == given[1]:
        return
    translation_text = prose(ctx, ctx.translation)
    if _two_doses_after(translation_text, ctx.language, limit.value) != (given[1], given[0]):
        return
    if directions_said_of(translation_text, ctx.language, limit.value) != {limit.direction}:
        return  # said of the others first (60 kg o más), or not read
    first, other = (shown_value(value) for value in given)
    yield ctx.finding(
        CHECK,
        ERROR,
        f"after '{limit.text}' the source gives the doses {first} then {other}, the translation {other} "
        f"then {first} with the limit said the same way: the numbers changed places",
    )


def _two_doses_after(text: str, language: Language, value: Fraction) -> tuple[Fraction, Fraction] | None:
    """The values of the two counts of a medicine of ``text``, in its order, where it says ``value``
    once and before both, and no other count; None otherwise."""
    said = [number for number in number_spans(text, language) if number.value == value]
    doses = counts_of_a_medicine(text, language)
    if len(said) != 1 or len(doses) != 2 or any(dose.start < said[0].end for dose, _ in doses):
        return None
    return doses[0][0].value, doses[1][0].value


def _other_numbers(text: str, lengths: tuple[Quantity, ...], language: Language) -> list[Fraction]:
    """The values of the numbers of ``text`` outside ``lengths``, in its order."""
    return [
        number.value
        for number in number_spans(text, language)
        if not any(q.start <= number.start < q.end for q in lengths)
    ]


def _two_lengths_in_turn(text: str, language: Language, joints: re.Pattern | None) -> tuple[Quantity, Quantity] | None:
    """The two lengths of time of ``text``, in its order, where it says exactly two with a joint
    between them; None otherwise."""
    if joints is None:
        return None
    lengths = {(q.start, q.end): q for q in quantities(text, (language,)) if q.amount[0] in PERIOD_KINDS and not q.per}
    if len(lengths) != 2:
        return None
    first, then = sorted(lengths.values(), key=lambda q: q.start)
    if joints.search(text, first.end, then.start) is None:
        return None
    return first, then


def _digits_given_nowhere(ctx: EntryContext, mentions: list[NumberMention]) -> list[str]:
    """The translation's numbers in digits, as it writes them, that the source gives in no reading:
    not in digits or words (as :func:`~pipeline.checks.number_words.digits_not_in_source` reads
    them), nor in another reading of the source's (:func:`_given_otherwise`), nor a 1 (a tablet, a
    day), nor a list's numbering (`1.`, `2)` starting a line)."""
    text = prose(ctx, ctx.translation)
    shown = as_written(ctx.translation_view.prose, text)
    given = values_in_source(ctx, mentions) | {Fraction(1)}
    new = [
        number
        for number in number_spans(text, ctx.language)
        if number.value not in given
        and has_digit(text[number.start : number.end])
        and not _list_number(text, number)
        and not _CLOCK_MINUTES.search(text, max(0, number.start - 2), number.start)
    ]
    if not new:
        return []
    otherwise = _given_otherwise(ctx, text, given)
    return [shown[number.start : number.end] for number in new if number.value not in otherwise]


# The minutes of a clock time, right before them: the 00 of `20:00`.
_CLOCK_MINUTES = re.compile(r"\d:\Z")


def _afternoon_hours(ctx: EntryContext) -> dict[Fraction, Fraction]:
    """The source's hours after noon ("8 pm"), each with its hour on a 24-hour clock (20)."""
    times = source_times(prose(ctx, ctx.source), ctx.source_language)
    return {Fraction(time.hour): Fraction(time.hour + 12) for time in times if time.half}


def _list_number(text: str, number: NumberSpan) -> bool:
    """Whether ``number`` numbers a list's item: first on its line, a point or a bracket after it."""
    line_start = text.rfind("\n", 0, number.start) + 1
    return not text[line_start : number.start].strip() and text[number.end : number.end + 1] in {".", ")"}


# One period said in a smaller unit: "a day" as 24 horas, "a week" as 7 días, "an hour" as 60 minutos.
_ONE_PERIOD = tuple(Quantity("", Fraction(1), unit) for unit in ("minute", "hour", "day", "week", "month", "year"))
# A half of a percent, an hour or a day, said as a number of that unit: 50 %, 30 minutes, 12 hours.
_HALF_IN_UNITS = frozenset({Fraction(50), Fraction(30), Fraction(12)})


def _given_otherwise(ctx: EntryContext, text: str, given: set[Fraction]) -> set[Fraction]:
    """The values of the translation ``text`` that say a number of the source in another reading,
    as the checks accept them: the same amount in another unit ("3 days" as 72 horas, "a day" as
    24 horas, "a week" as 7 días), a half in its unit's number ("half an hour" as 30 minutos), an
    hour after noon on a 24-hour clock ("8 pm" as 20 h), times a day said by the hours between
    doses and back ("3 times a day" as cada 8 horas), a proportion as its percentage ("1 in 10" as
    10 %)."""
    source = prose(ctx, ctx.source)
    wanted = quantities(source, (ctx.source_language,)) + list(_ONE_PERIOD)
    found = quantities(text, (ctx.language, ctx.source_language))
    found += customary_periods(found, ctx.language) + every_other_as_periods(text, ctx.language)
    otherwise = {q.value for q in found if any(q.same_amount(w) for w in wanted)}
    if Fraction(1, 2) in given:
        otherwise |= _HALF_IN_UNITS
    otherwise |= set(_afternoon_hours(ctx).values())
    otherwise |= {hours for count, hours in doses_a_day_by_interval(text, ctx.language).items() if count in given}
    otherwise |= set(doses_a_day_by_interval(source, ctx.source_language))
    otherwise |= {proportion.percent for proportion in source_proportions(source, ctx.source_language)}
    return otherwise


def _not_said_as_a_per_period(ctx: EntryContext, missing: list[NumberMention]) -> list[NumberMention]:
    """``missing`` without the source's lengths of time that are one whole period said as a rate
    ("in 24 hours" of a limit, "every 24 hours", "every 7 days": :func:`lengths_said_as_rates`)
    where the translation says that period by a per word (`pro Tag`, `täglich`, `al día`, `par
    jour`, `wöchentlich`), as 하루에 (a day) says "in 24 hours".  Only a number the source says
    nowhere else: "Take 24 tablets in 24 hours" as `24 Tabletten pro Tag` keeps its own 24."""
    translation = prose(ctx, ctx.translation)
    periods = [Quantity("", Fraction(1), marker.unit) for marker in per_markers(translation, (ctx.language,))]
    if not periods:
        return missing
    source = prose(ctx, ctx.source)
    rates = [
        length
        for length in lengths_said_as_rates(
            source, list(quantities(source, (ctx.source_language,))), ctx.source_language
        )
        if any(length.same_amount(period) for period in periods)
    ]
    if not rates:
        return missing
    held = {length.value for length in rates} - _values_outside(
        source, [(length.start, length.end) for length in rates], ctx.source_language
    )
    return [mention for mention in missing if not mention.alternatives[0] <= held]


def _not_said_as_times_of_day(ctx: EntryContext, missing: list[NumberMention]) -> list[NumberMention]:
    """``missing`` without the source's counts of times a day in digits ("2 times a day") the
    translation says with no number, as [number-words] reads "twice a day": by as many times of day
    (`matin et soir`, morgens und abends, 아침저녁으로, 早晚; "3 times a day" as `morgens, mittags
    und abends`) or by the hours between doses (`toutes les 12 heures`):
    :func:`~pipeline.checks.number_words.times_a_day_uncounted`.  Only a number the source says
    nowhere else: "Take 2 tablets 2 times a day" as `1 comprimé matin et soir` still lacks its 2."""
    source = prose(ctx, ctx.source)
    counts = _counts_of_times_a_day(source, ctx.source_language)
    if not counts:
        return missing  # nearly every message
    said = times_a_day_uncounted(prose(ctx, ctx.translation), ctx.language) & {value for *_, value in counts}
    if not said:
        return missing
    held = said - _values_outside(source, [(start, end) for start, end, _ in counts], ctx.source_language)
    return [mention for mention in missing if not mention.alternatives[0] <= held]


def _values_outside(source: str, spans: list[tuple[int, int]], language: Language) -> set[Fraction]:
    """The values ``source`` says outside ``spans``: a number a reading answers (a proportion, a
    count of times a day, a period said as a rate) is answered only if the source says it nowhere
    else.  Blanked, not cut, so the words either side stay apart."""
    return translation_values(blanked(source, spans), language, language)


def _counts_of_times_a_day(text: str, language: Language) -> list[tuple[int, int, Fraction]]:
    """Each count of times a day ``text`` says ("2 times a day", "3 times daily"), from its number to
    its per word, with its value."""
    days = [marker for marker in per_markers(text, (language,)) if marker.unit == "day"]
    if not days:
        return []
    counts = []
    for number in number_spans(text, language):
        end = _times_words_end(text, number, language)
        day = next((marker for marker in days if end is not None and not text[end : marker.start].strip()), None)
        if day is not None:
            counts.append((number.start, day.end, number.value))
    return counts


def _not_said_as_percents(
    ctx: EntryContext, missing: list[NumberMention], values: set[Fraction]
) -> list[NumberMention]:
    """``missing`` without the numbers of the source's proportions the translation gives as their
    percentage: "between 1 in 100 and 1 in 10 patients" as `entre 1% e 10% dos pacientes` says its
    100 (and "up to 1 in 10" as `até 10%` its 1). A number is answered so only when every proportion
    of the source that holds it is said, as its percentage or its two numbers, and the source says it
    nowhere else: `entre 10% e 100%` for the same leaves the 1 of "1 in 100" missing, and "Take 1
    tablet" needs a 1 of its own."""
    source = prose(ctx, ctx.source)
    proportions = source_proportions(source, ctx.source_language)
    if not proportions:
        return missing  # nearly every message
    text = prose(ctx, ctx.translation)
    percents = {q.value for q in quantities(text, (ctx.language, ctx.source_language)) if q.unit == "percent"}
    said = [p for p in proportions if p.percent in percents]
    if not said:
        return missing
    unsaid = {
        value for p in proportions if p not in said and not {p.part, p.whole} <= values for value in (p.part, p.whole)
    }
    elsewhere = _values_outside(source, [(p.start, p.end) for p in proportions], ctx.source_language) | unsaid
    held = {value for p in said for value in (p.part, p.whole)} - elsewhere
    return [mention for mention in missing if not mention.alternatives[0] <= held]


def _wholes_read_in_a_fraction(
    ctx: EntryContext, mentions: list[NumberMention], values: set[Fraction]
) -> list[NumberMention]:
    """The source's mixed numbers (1 1/2, 2½) the translation keeps only as their fraction: "Take 1
    1/2 tablets" as `Tome 1/2 comprimido`, a third of the dose. A fraction is also read as its two
    numbers (its 2/1 upside down must be read), and so the 1 (or the 2) of 1/2 answered the whole;
    here the whole must be read outside every fraction (1 comprimido y 1/2, 1정 반, 一錠半), and not
    as the article of a half (`un demi-comprimé`, `eine halbe Tablette`: a half), nor as the number
    of another of the source's words ("2 1/2 mL twice a day" as `1/2 ml dos veces al día`: its dos is
    the twice)."""
    kept_apart = [
        mention
        for mention in mentions
        if mention.whole is not None and mention.found_in(values) and not mention.alternatives[0] <= values
    ]
    if not kept_apart:
        return []  # nearly every message: no mixed number, or said as one number (1,5, 3/2, 1½)
    text = prose(ctx, ctx.translation)
    said = {span.value for span in number_spans(text, ctx.language)}
    kept_apart = [mention for mention in kept_apart if said.isdisjoint(mention.alternatives[0])]  # 2 ml y medio
    if not kept_apart:
        return []
    text = blanked(text, (span[:2] for span in fractions_written(text, ctx.language)))
    text = _without_articles_of_a_half(text, ctx.language)
    outside = translation_values(text, ctx.language, ctx.source_language)
    apart = [span.value for span in number_spans(text, ctx.language)]
    source = [span.value for span in number_spans(prose(ctx, ctx.source), ctx.source_language)]
    return [
        mention
        for mention in kept_apart
        if mention.whole not in outside or apart.count(mention.whole) <= source.count(mention.whole)
    ]


def _without_articles_of_a_half(text: str, language: Language) -> str:
    """``text`` with each one said right before another number blanked: the article of a half
    (`un demi-comprimé`, `eine halbe Tablette`; `une demi-heure`, read as 30 minutes), which says
    no whole."""
    spans = number_spans(text, language)
    for one, half in pairwise(spans):
        if one.value == 1 and not text[one.end : half.start].strip():
            text = text[: one.start] + " " * (one.end - one.start) + text[one.end :]
    return text


def _afternoon_on_a_24_hour_clock(
    ctx: EntryContext, mentions: list[NumberMention], values: set[Fraction]
) -> list[NumberMention]:
    """The source's hours after noon ("2 pm", "before 4 p.m.") the translation says on a 24-hour
    clock (14 Uhr, à 14 heures, 16時, a las 20:00): its 14 is not the source's for another
    reason (for 14 days)."""
    afternoon = _afternoon_hours(ctx)
    if not afternoon:
        return []  # nearly every message: no hour after noon
    given = {value for mention in mentions for alternative in mention.alternatives for value in alternative}
    return [
        mention
        for mention in mentions
        if any(
            alternative == {hour} and later in values and later not in given
            for hour, later in afternoon.items()
            for alternative in mention.alternatives
        )
    ]


def _ones_said_by_the_noun(ctx: EntryContext) -> set[Fraction]:
    """{1} when the source writes a 1 before a noun ("1 hour", "1 tablet") that the translation
    says in the singular alone, of the same kind (بساعة, قرصًا: a language's ``singular_nouns``),
    not in the dual, nor after another number (24 ساعة) or inside one (ساعة ونصف, 1.5 hours)."""
    assert ctx.language.singular_nouns is not None
    counted = _counted_nouns_re(ctx.source_language)
    if counted is None:
        return set()
    kinds = {
        ctx.source_language.counted_nouns[lowered(match.group("noun") or match.group("range_noun"))]
        for match in counted.finditer(prose(ctx, ctx.source))
    }
    if not kinds:
        return set()
    return {Fraction(1)} if kinds & set(_singular_nouns_alone(ctx).values()) else set()


def _periods_said_by_the_noun(ctx: EntryContext) -> set[Fraction]:
    """The values of the source's lengths of time that are one period the translation says in
    the singular alone: 7 of "7 days" where it says أسبوع (a week), as `une semaine` or `一週`
    say it in digits or words ([units]' conversions)."""
    periods = [
        Quantity(written, Fraction(1), kind) for written, kind in _singular_nouns_alone(ctx).items() if kind != "dose"
    ]
    if not periods:
        return set()
    wanted = quantities(prose(ctx, ctx.source), (ctx.source_language,))
    return {quantity.value for quantity in wanted if any(period.same_amount(quantity) for period in periods)}


def _singular_nouns_alone(ctx: EntryContext) -> dict[str, str]:
    """What the translation says in the singular alone (قرصًا, بساعة, أسبوع), as written -> what it
    names (:func:`~pipeline.checks.number_words.singular_nouns_alone`)."""
    text = prose(ctx, ctx.translation)
    return {text[start:end]: kind for start, end, kind in singular_nouns_alone(text, ctx.language)}


def _large_numbers_not_read(ctx: EntryContext, missing: list[NumberMention]) -> list[tuple[NumberMention, list]]:
    """The source's large numbers ("1 million") a translation in a language without large-number
    words (no module: Vietnamese, Persian) writes as their number and a word (1 triệu): a word
    that cannot be read, not a number missing.  Each with where the translation writes it."""
    if ctx.language.scale_words or not missing:
        return []
    source = ctx.source_language
    regex = compiled_number_pattern(source.decimal_symbol, source.group_symbol)
    text = prose(ctx, ctx.translation)
    found = []
    for mention in missing:
        number = regex.match(mention.text)
        if number is None or mention.text[number.end() :].strip().lower() not in source.scale_words:
            continue
        value = parse_number(number.group(), source.decimal_symbol, source.group_symbol)
        spans = numbers_and_words(text, ctx.language, value)
        if spans:
            found.append((mention, spans))
    return found


def _added_counts(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """A count of a medicine in the translation whose number the source does not give."""
    forms = dose_forms_re(ctx.language)
    text = prose(ctx, ctx.translation)
    if forms is None or not forms.search(text):
        return  # most messages name no tablet, drop or dose
    given = values_in_source(ctx, mentions)
    if ctx.source_language.says_two_doses(prose(ctx, ctx.source)):  # "a double dose" as "dos dosis", 兩劑之間
        given.add(Fraction(2))
    # 2 1/2 cucharaditas: the count is two and a half, not the 1/2 before the noun
    mixed = {end: whole + fraction for _, end, whole, fraction in mixed_numbers(text)}
    given |= _wholes_and_parts_in_source(ctx)  # "one and a quarter tablets": 5/4 is given
    # 3분의 1정, 三分之一錠 (a third of a tablet): the count is the fraction, not its numerator's 1
    parts = {
        end: (start, Fraction(top, bottom))
        for start, end, top, bottom in denominator_first_fractions(text, ctx.language)
        if bottom
    }
    # 1 e 1/4 comprimido, 一又四分之一錠 (one and a quarter tablets): the count is the whole and its part
    wholes = _wholes_with_their_parts(text, ctx.language, parts)
    part_of = ctx.language.part_of_dose_re
    moved = _counts_moved(ctx, text)  # "one tablet twice a day" as `dos comprimidos una vez al día`
    only_a_part = _only_a_part_of_a_dose(ctx)  # "a quarter of a tablet": `un comprimé` is four times it
    within_parts = _parts_of_a_dose(text, ctx.language)  # the 'un of `un quart d'un comprimé` counts no whole
    reported: set[Fraction] = set()
    for number in number_spans(text, ctx.language):  # each number once: 여덟 is a native numeral and a word
        form = dose_form_after(forms, text, number) or _form_within(forms, text, number)
        start, value = parts.get(number.end, (number.start, mixed.get(number.end, number.value)))
        start, value = wholes.get(number.end, (start, value))
        if form is None and value < 1:  # un quart de comprimé, 1/4 de comprimé
            form = _dose_form_of_a_part(forms, part_of, text, number.end)
        if form is None or _ordinal(text, number):
            continue
        if value != 1 and value not in given:
            yield ctx.finding(CHECK, ERROR, f"dose {text[start:form]} in the translation is not in the source")
        elif value == 1 and only_a_part and _a_whole_of_the_parts_form(ctx.language, text, start, form, within_parts):
            if value not in reported:  # one whole is the finding: `un comprimé … une dose` is one dose changed
                yield _whole_for_a_part(ctx, text[start:form], only_a_part)
            reported.add(value)
        elif value == 1 and has_digit(text[start : number.end]) and _one_for_another_count(ctx, given, text):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"dose {text[start:form]} in the translation is not in the source, which counts its doses "
                "and never one",
            )
        elif value in moved:
            reported.add(value)
            yield _count_moved(ctx, text[start:form], moved[value])
    if only_a_part and not within_parts and Fraction(1) not in reported:  # تناول قرصًا for "a quarter of a tablet"
        nouns = [text[start:end] for start, end, kind in singular_nouns_alone(text, ctx.language) if kind == "dose"]
        if nouns:
            reported.add(Fraction(1))
            yield _whole_for_a_part(ctx, nouns[0], only_a_part)
    if Fraction(1) in moved and Fraction(1) not in reported:  # تناول قرصًا واحدًا مرتين: one tablet, by the noun
        nouns = [text[start:end] for start, end, kind in singular_nouns_alone(text, ctx.language) if kind == "dose"]
        if nouns:
            yield _count_moved(ctx, nouns[0], moved[Fraction(1)])


def _a_whole_of_the_parts_form(
    language: Language, text: str, start: int, end: int, parts: list[tuple[int, int]]
) -> bool:
    """Whether the one of a dose form from ``start`` to ``end`` counts a whole of what ``parts``
    (the translation's parts of a dose form) are parts of: any form where the translation says no
    part (`un comprimé` alone for "a quarter of a tablet"), else the form of one of them.  Not the
    article inside a part (`un quart d'un comprimé`), nor another form beside the part: `un
    demi-comprimé … si vous oubliez une dose` keeps the half, and its dose is no tablet."""
    if any(part_start <= start < part_end for part_start, part_end in parts):
        return False
    return not parts or _form_said(language, text, end) in {
        _form_said(language, text, part_end) for _, part_end in parts
    }


def _form_said(language: Language, text: str, end: int) -> int | None:
    """Which of the language's ``dose_forms`` the dose form ending at ``end`` is, by its place
    in them (comprimé and comprimés alike); None where none ends there."""
    for index, form in enumerate(_dose_form_res(language)):
        if any(match.end() == end for match in form.finditer(text, max(0, end - 40), end)):
            return index
    return None


@lru_cache(maxsize=16)
def _dose_form_res(language: Language) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(form) for form in language.dose_forms)


def _whole_for_a_part(ctx: EntryContext, dose: str, part: str) -> Finding:
    return ctx.finding(
        CHECK,
        ERROR,
        f"dose {dose} in the translation is not in the source, which gives only '{part}': a whole for a part of it",
    )


# A whole said of a dose form in the (English) source: "a whole tablet", "one full capsule".
_WHOLE_BEFORE_A_FORM = re.compile(r"\b(?:whole|full|entire)\s+(?=[^\W\d_])", re.IGNORECASE)


def _only_a_part_of_a_dose(ctx: EntryContext) -> str | None:
    """The source's words for a part of a dose form ("a quarter of a tablet", "half a tablet", "½
    tablet", "0.5 tablet") where every dose it counts is such a part: a whole one of a dose form in
    the translation (`un comprimé`, 1錠, قرصًا) is then two or four times the dose.  None where the
    source counts no part, or a whole too ("half a tablet, at most 2 tablets a day", "one and a half
    tablets", 1½), whose one a translation may say."""
    language = ctx.source_language
    source = _WHOLE_BEFORE_A_FORM.sub("", prose(ctx, ctx.source))  # "a whole tablet" counts a tablet
    forms = dose_forms_re(language)
    if forms is None or _wholes_and_parts_in_source(ctx) or mixed_numbers(source):
        return None
    said = _parts_of_a_dose(source, language)
    if not said:
        return None
    counts = counts_of_a_medicine(source, language) + ones_by_an_article(source, language)
    if any(count.value >= 1 and not any(start <= count.start < end for start, end in said) for count, _ in counts):
        return None
    start, end = said[0]
    return source[start:end]


def _parts_of_a_dose(text: str, language: Language) -> list[tuple[int, int]]:
    """Where ``text`` says a part of a dose form, from the part to the end of its form: "a quarter
    of a tablet", "half a tablet", "½ tablet", "0.5 tablet", `un quart d'un comprimé`, `ein Viertel
    einer Tablette`, `un demi-comprimé`; the article of the form inside one counts no whole."""
    forms = dose_forms_re(language)
    if forms is None:
        return []
    spans = number_spans(text, language)
    parts = [(number.start, number.end) for number in spans if 0 < number.value < 1]
    parts += (
        [(start, end) for start, end, value in language.parts_in_words(text) if value < 1]
        if language.parts_in_words
        else []
    )
    parts += [
        (start, start + 1) for start, _ in fraction_characters(text) if not any(n.start <= start < n.end for n in spans)
    ]
    found = []
    for start, end in parts:
        form = _dose_form_of_a_part(forms, language.part_of_dose_re, text, end)
        if form is not None:
            found.append((start, form))
    return found


def _dose_form_of_a_part(forms: re.Pattern, part_of: re.Pattern | None, text: str, end: int) -> int | None:
    """Where the dose form that the part ending at ``end`` is a part of ends: right after it (½
    tablet, medio comprimido, `demi-comprimé`) or after the language's ``part_of_dose`` ("a
    quarter of a tablet", `un quart de comprimé`); None where it is a part of no dose form."""
    after = end + (1 if text[end : end + 1] in (" ", "-") else 0)
    direct = forms.match(text, after)
    if direct:
        return direct.end()
    between = part_of.match(text, after) if part_of is not None else None
    form = forms.match(text, between.end()) if between else None
    return form.end() if form else None


# The first word of a number said in words and the space after it: "un " of "un comprimé et demi".
_FIRST_WORD = re.compile(r"[^\W\d_]+\s+|\d+\s+")


def _form_within(forms: re.Pattern, text: str, number: NumberSpan) -> int | None:
    """Where a count said around its dose form ends: "un comprimé et quart", "un comprimido y
    medio", "um comprimido e um quarto" (one and a quarter tablets, one and a half) name the form
    between the whole and the part added to it, and the count is all of it.  None where no form
    follows the number's first word inside it."""
    first = _FIRST_WORD.match(text, number.start, number.end)
    inner = forms.match(text, first.end(), number.end) if first else None
    return number.end if inner is not None and inner.end() < number.end else None


def _wholes_with_their_parts(
    text: str, language: Language, parts: dict[int, tuple[int, Fraction]]
) -> dict[int, tuple[int, Fraction]]:
    """Each fraction of ``text`` a whole number is added to by the language's ``whole_and_part``
    ("1 e 1/4", 一又四分之一, 1과 4분의 1: one and a quarter), by where the fraction ends: where the
    whole starts, and their sum.  ``parts`` are the fractions said denominator first (4분의 1, 四分之一),
    by where each ends, as :func:`_added_counts` reads them."""
    joint = language.whole_and_part_re
    if joint is None or joint.search(text) is None:
        return {}  # most texts join no whole to a fraction
    spans = number_spans(text, language)
    fractions = [(number.start, number.end, number.value) for number in spans if 0 < number.value < 1]
    fractions += [(start, end, value) for end, (start, value) in parts.items() if 0 < value < 1]
    return {
        end: (whole.start, whole.value + value)
        for whole in spans
        if whole.value >= 1 and whole.value.denominator == 1
        for start, end, value in fractions
        if start > whole.end and joint.fullmatch(text, whole.end, start)
    }


def _wholes_and_parts_in_source(ctx: EntryContext) -> set[Fraction]:
    """The sums of the wholes and fractions the source joins ("one and a quarter", "1 and 1/4"):
    values it gives, as a translation's `1 e 1/4` reads them."""
    source, language = prose(ctx, ctx.source), ctx.source_language
    parts = (
        {end: (start, value) for start, end, value in language.parts_in_words(source)}
        if language.parts_in_words
        else {}
    )
    return {value for _, value in _wholes_with_their_parts(source, language, parts).values()}


def _one_for_another_count(ctx: EntryContext, given: set[Fraction], text: str) -> bool:
    """Whether the source counts a medicine ("2 tablets") that the translation ``text`` counts
    nowhere, and gives a 1 nowhere, in digits, words or an article ("a tablet"): a translation's `1
    comprimé` then stands for that count.  "Take 2 tablets a day for 2 days" as `Prenez 1 comprimé
    par jour pendant 2 jours` halves the dose, and its 2 is still there, so nothing is missing.  A 1
    is not a number the other readings ask for (a tablet, a day), so only where the source has none
    at all; and a count the translation keeps (`1방울 또는 2방울` for "2 drops") is the
    approximation's finding."""
    if Fraction(1) in given:
        return False
    source = prose(ctx, ctx.source)
    if ones_by_an_article(source, ctx.source_language):
        return False
    counted = {number.value for number, _ in counts_of_a_medicine(source, ctx.source_language)} - {Fraction(1)}
    return bool(counted - {number.value for number, _ in counts_of_a_medicine(text, ctx.language)})


def _count_moved(ctx: EntryContext, dose: str, moved: tuple[str, str, str]) -> Finding:
    said, what, counted = moved
    return ctx.finding(
        CHECK,
        ERROR,
        f"dose {dose} in the translation is '{said}' in the source ({what}), and the "
        f"source's '{counted}' counts no dose in the translation: the numbers changed places",
    )


def _counts_moved(ctx: EntryContext, text: str) -> dict[Fraction, tuple[str, str, str]]:
    """The values the source says only as how often or how long (twice, 4 times, 6 hours), where a
    count of a medicine the source says (one tablet, 4 sachets, a tablet, one 500 mg tablet) counts none in the translation
    ``text`` but is said there otherwise (una vez, 4 heures): a count of a medicine of such a value
    there took the other's place ("one tablet twice a day" as `dos comprimidos una vez al día`).
    Each with the source's words for it, what they say, and the count of a medicine moved.  Empty
    where every count of a medicine is kept ("twice a day" as `2 dosis al día` says how often in
    doses; `un comprimido, dos veces al día` keeps both) or one is gone altogether (`하루에 두
    캡슐씩` for "one capsule a day for two weeks": [number-words]' missing one)."""
    source = prose(ctx, ctx.source)
    kept = {number.value for number, _ in counts_of_a_medicine(text, ctx.language)}
    kept |= {Fraction(1) for *_, kind in singular_nouns_alone(text, ctx.language) if kind == "dose"}  # قرصًا
    anywhere = translation_values(text, ctx.language, ctx.source_language)
    counts = counts_of_a_medicine(source, ctx.source_language) + ones_by_an_article(source, ctx.source_language)
    moved = [
        source[number.start : end] for number, end in counts if number.value not in kept and number.value in anywhere
    ]
    if not moved:
        return {}
    return {value: (words, what, moved[0]) for value, (words, what) in _only_how_often(source, ctx).items()}


def _only_how_often(source: str, ctx: EntryContext) -> dict[Fraction, tuple[str, str]]:
    """The values ``source`` says only as a count of times (twice, 4 times: the source language's
    ``times_words``) or a length of time (6 hours, 2 years), each with its first such words and
    which it is; not a value it says otherwise too, a count of a medicine, a part (a quarter of a
    tablet) or two doses ("a double dose")."""
    language = ctx.source_language
    lengths = [q for q in quantities(source, (language,)) if q.amount[0] in PERIOD_KINDS]
    roles: dict[Fraction, list[tuple[str, str] | None]] = {}
    for number in number_spans(source, language):
        length = next((q for q in lengths if q.start <= number.start < q.end), None)
        times = _times_words_end(source, number, language)
        if length is not None:
            role: tuple[str, str] | None = (length.text, "a length of time")
        elif times is not None:
            role = (source[number.start : times], "how often")
        else:
            role = None
        roles.setdefault(number.value, []).append(role)
    otherwise = {value for *_, value in language.parts_in_words(source)} if language.parts_in_words else set()
    if language.says_two_doses(source):
        otherwise.add(Fraction(2))
    return {
        value: said[0]
        for value, said in roles.items()
        if value not in otherwise and said[0] is not None and None not in said
    }


# A word right after a number: "times" of "4 times".
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _times_words_end(text: str, number: NumberSpan, language: Language) -> int | None:
    """Where the words that say ``number`` counts times end: a word of the language's
    ``times_words`` (twice), or a number and one of them (4 times); None where it counts none."""
    if text[number.start : number.end].lower() in language.times_words:
        return number.end
    after = _NEXT_WORD.match(text, number.end)
    return after.end() if after is not None and after.group(1).lower() in language.times_words else None


def _approximated(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """An exact count of the source said as an approximation around it: 2 drops as 한두 방울,
    1~2방울, una o dos gotas (1 or 2 drops).  The 2 is there and a count of 1 is never an added
    dose, but the patient may now use one drop.  A source that approximates itself ("1 or 2
    drops", "a few drops") may be approximated."""
    text = prose(ctx, ctx.translation)
    pairs = approximations(text, ctx.language)
    if not pairs or says_approximately(prose(ctx, ctx.source), ctx.source_language):
        return
    # "at least 2 and at most 4 tablets" said as the range it is: de 2 a 4, 2~4정, 2到4錠
    pairs = [pair for pair in pairs if (pair[0].value, pair[1].value) not in _least_and_most(ctx)]
    # "one or both eyes" said as `ein oder beide Augen`, 한쪽 또는 양쪽 눈: sides, no count of 1 or 2
    sides = sides_one_or_both(text, prose(ctx, ctx.source), ctx.language, ctx.source_language)
    pairs = [pair for pair in pairs if not any(start <= pair[0].start and pair[1].end <= end for start, end in sides)]
    given = values_in_source(ctx, mentions)
    shown = as_written(ctx.translation_view.prose, text)
    forms = dose_forms_re(ctx.language)
    for first, second in pairs:
        exact = second.value if second.value in given else first.value if first.value in given else None
        if exact is None:
            continue  # neither is the source's: [numbers] or [number-words] says what is missing
        end = (dose_form_after(forms, text, second) if forms is not None else None) or second.end
        yield ctx.finding(
            CHECK,
            ERROR,
            f"{shown_value(exact)} in the source is an exact count; the translation makes it an approximation: "
            f"{shown[first.start : end]} ({shown_value(first.value)} or {shown_value(second.value)})",
        )


def _least_and_most(ctx: EntryContext) -> set[tuple[Fraction, Fraction]]:
    """Each least and greater most the source gives ("at least 2 and at most 4 tablets": (2, 4)):
    every count between them is the source's, as a range says."""
    limits = source_limits(prose(ctx, ctx.source), ctx.source_language)
    least = {limit.value for limit in limits if limit.direction == AT_LEAST}
    most = {limit.value for limit in limits if limit.direction == AT_MOST}
    return {(low, high) for low in least for high in most if low < high}


# An ordinal counts no medicine: 第二劑, 第 2 劑 (the second dose), 두 번째 알약, 세 번째 알
# (the second, third tablet) name one dose of several, as "the second dose" of the source does.
_ORDINAL_BEFORE = re.compile(r"第\s?\Z")  # searched up to the number: right before it
_ORDINAL_AFTER = re.compile(r"\s?(?:번)?째")


def _ordinal(text: str, number: NumberSpan) -> bool:
    return bool(
        _ORDINAL_BEFORE.search(text, max(0, number.start - 2), number.start)
        or text[number.start : number.end].endswith("째")
        or _ORDINAL_AFTER.match(text, number.end)
    )


@lru_cache(maxsize=64)
def _counted_nouns_re(language: Language) -> re.Pattern | None:
    """A 1 in digits and the counted noun right after it ("1 hour", "1 tablet"), or after the other
    end of its range ("1 or 2 tablets", "1 to 2 days", "1-2 puffs": قرصًا أو قرصين)."""
    if not language.counted_nouns:
        return None
    nouns = longest_first(language.counted_nouns)
    return re.compile(
        rf"(?<![\d.,/])1\s+(?P<noun>{nouns})\b"
        rf"|(?<![\d.,/])1\s*(?:(?:or|to)\s+|[-–]\s*)\d+\s+(?P<range_noun>{nouns})(?:e?s)?\b",
        re.IGNORECASE,
    )
