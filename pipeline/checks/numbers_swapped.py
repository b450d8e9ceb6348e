"""[numbers]: a number in another's place where every number of the source is still there: a
repeat replaced by a number the source gives nowhere, two lengths of a schedule or the doses of
two groups of patients said the other way round.  What the check reads and why: numbers.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction

from pipeline.checks.alternate import every_other_as_periods
from pipeline.checks.clock import source_times
from pipeline.checks.context import EntryContext
from pipeline.checks.limits import directions_said_of, source_limits
from pipeline.checks.number_words import (
    NumberSpan,
    counts_of_a_medicine,
    doses_a_day_by_interval,
    number_spans,
    source_proportions,
    values_in_source,
    without_articles_of_a_part,
)
from pipeline.checks.numerals import NumberMention, as_written, prose, shown_value
from pipeline.checks.patterns import has_digit
from pipeline.checks.quantities import Quantity, customary_periods, quantities
from pipeline.checks.units import PERIOD_KINDS
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language

CHECK = "numbers"


def repeated_number_replaced(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
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
    for hour, later in afternoon_hours(ctx).items():  # "8 am and 8 pm" as `a las 8:00 y a las 20:00`
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
    otherwise |= set(afternoon_hours(ctx).values())
    otherwise |= {hours for count, hours in doses_a_day_by_interval(text, ctx.language).items() if count in given}
    otherwise |= set(doses_a_day_by_interval(source, ctx.source_language))
    otherwise |= {proportion.percent for proportion in source_proportions(source, ctx.source_language)}
    return otherwise


def afternoon_hours(ctx: EntryContext) -> dict[Fraction, Fraction]:
    """The source's hours after noon ("8 pm"), each with its hour on a 24-hour clock (20)."""
    times = source_times(prose(ctx, ctx.source), ctx.source_language)
    return {Fraction(time.hour): Fraction(time.hour + 12) for time in times if time.half}


def phases_swapped(ctx: EntryContext) -> Iterator[Finding]:
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
    steps = ctx.source_language.pattern("schedule_steps")
    if steps is None or not steps.search(source_text):
        return  # nearly every message: no "then" to order two lengths of time
    source = _two_lengths_in_turn(source_text, ctx.source_language, steps)
    if source is None:
        return
    translation_text = prose(ctx, ctx.translation)
    translation = _two_lengths_in_turn(translation_text, ctx.language, ctx.language.pattern("and_joints"))
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


def _other_numbers(text: str, lengths: tuple[Quantity, ...], language: Language) -> list[Fraction]:
    """The values of the numbers of ``text`` outside ``lengths``, in its order."""
    return [
        number.value
        for number in number_spans(text, language)
        if not any(q.start <= number.start < q.end for q in lengths)
    ]


def doses_of_who_swapped(ctx: EntryContext) -> Iterator[Finding]:
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
