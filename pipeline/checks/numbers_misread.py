"""[numbers]: a number of the source the translation keeps but writes so that its reader takes it
for another: with the source's separators where they read the other way round (``4,000 mg`` in
French), without its sign ("−20 °C" as 20 °C), upside down ("1/2" as 2/1), or in the other half of
the day ("8 am" as 오후 8시).  What the check reads and why: numbers.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache

from pipeline.checks.clock import other_half, source_times
from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import denominator_first_fractions, values_in_source
from pipeline.checks.numerals import (
    NumberMention,
    as_written,
    compiled_number_pattern,
    normalise,
    number_pattern,
    parse_number,
    prose,
    shown_value,
    slash_fractions,
)
from pipeline.checks.quantities import quantities
from pipeline.checks.signs import Number, maybe_negative, numbers_with_signs, says_negative
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language, readers_separators
from pipeline.literals import longest_first

CHECK = "numbers"


def separators_misread(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
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


def signs_changed(ctx: EntryContext) -> Iterator[Finding]:
    """A number the source says is negative that the translation keeps without its sign ("−20 °C"
    as 20 °C), or a number of the source the translation makes negative ("2 to 8 °C" as −2~8 °C):
    a temperature of another sign is as wrong as another number.  Negative by a minus sign or in
    words, each language's (signs.py: 영하 20 °C, 零下 20 °C, 20 °C bajo cero, moins 20 °C).
    Read only where the translation writes the number in digits: one it does not keep at all is
    missing (numbers_missing.py), and one in words may say its sign in words."""
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


def fractions_upside_down(ctx: EntryContext) -> Iterator[Finding]:
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


def fractions_written(text: str, language: Language) -> list[tuple[int, int, int, int]]:
    """The fractions ``text`` writes, with a slash (1/2) or denominator first (2분의 1, 二分之一):
    start, end, numerator, denominator."""
    return slash_fractions(text) + denominator_first_fractions(text, language)


def times_in_the_other_half(ctx: EntryContext) -> Iterator[Finding]:
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
