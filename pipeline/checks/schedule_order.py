"""[dose-times] A schedule's doses stay in their order.

"Take 3 tablets a day for 3 days, then 2 tablets a day for 3 days, then 1
tablet a day for 3 days, then stop." rendered as "Tome 1 comprimido al día
durante 3 días, luego 2 comprimidos …, luego 3 comprimidos …" keeps every
number, so [numbers] and [units] pass it; but a dose that was to go down (a
steroid tapered off) now goes up, and stops at its highest.

Judged only where the source is a schedule (the source language's
``schedule_steps``: then, followed by, week 2 …) whose doses (a number
before a dose form, 3 tablets, or a dose in a unit of mass or volume, 40 mg)
are at least three, going one way, down or up (a dose kept for two steps,
40, 40, 20, included), with a word of steps between each dose and the next.
The translation's doses of the same kind must be the same values in the
same order: reversed ("goes down goes up") or with any step moved ("1주차:
40 mg, 2주차: 20 mg, 3주차: 30 mg" for 40, 30, 20) is an error.  A
translation that tells the steps in another order, each with its own week
or day number, passes: its doses read in the order of those numbers are the
source's (as does one told from last to first whose other numbers, the 3
days of each step, are turned around with its doses).

An error: the patient takes the dose the page gives for that step.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from itertools import pairwise
from typing import NamedTuple

from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import counts_of_a_medicine, number_spans
from pipeline.checks.numerals import prose
from pipeline.checks.quantities import quantities
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language

CHECK = "dose-times"
# Fewer steps than this say too little: "1 tablet, then 2" may be told either way round.
_FEWEST_STEPS = 3


def check_schedule_order(ctx: EntryContext) -> Iterator[Finding]:
    steps = ctx.source_language.pattern("schedule_steps")
    if steps is None or not steps.search(ctx.source):  # most entries: no schedule
        return
    source_text = prose(ctx, ctx.source)
    said, said_others = schedule_doses(source_text, ctx.source_language)
    values = [dose.value for dose in said]
    if len(said) < _FEWEST_STEPS or not _one_way(values) or not _each_dose_a_step(source_text, said, steps):
        return
    rendered, rendered_others = schedule_doses(prose(ctx, ctx.translation), ctx.language)
    told = [dose.value for dose in rendered]
    if told == values or sorted(told) != sorted(values):
        return  # the same order, or numbers changed ([numbers] and [units] report those)
    if len(set(said_others)) > 1 and rendered_others == said_others[::-1] and told == values[::-1]:
        return  # the whole schedule told from its last step to its first, each step kept whole
    if _each_dose_at_its_step(values, _step_numbers(source_text, steps, ctx.source_language), told, rendered_others):
        return  # the steps told in another order, each with its own week or day
    if told == values[::-1]:
        message = f"a dose that goes {_way(values)} goes {_way(told)}"
        order = "the opposite order"
    else:
        step = next(i for i, (dose, was) in enumerate(zip(told, values, strict=True)) if dose != was)
        message = (
            f"step {step + 1} of the schedule is {rendered[step].written} where the source says {said[step].written}"
        )
        order = "another order"
    yield ctx.finding(
        CHECK,
        ERROR,
        f"the doses of the source's schedule ({_listed(said)}) are in {order} in the "
        f"translation ({_listed(rendered)}): {message}",
    )


class Dose(NamedTuple):
    value: Fraction  # a count, or an amount in its kind's base unit: 1 g and 1000 mg alike
    written: str  # as the text writes it
    start: int
    end: int


def schedule_doses(text: str, language: Language) -> tuple[list[Dose], list[Fraction]]:
    """The doses of ``text`` in their order (a number before a dose form, or an amount of a dose
    unit), and its other numbers in theirs."""
    numbers = number_spans(text, language)
    counted = {
        number.start: Dose(number.value, text[number.start : end], number.start, end)
        for number, end in counts_of_a_medicine(text, language)
    }
    amounts = {q.start: Dose(q.amount[1], q.text, q.start, q.end) for q in quantities(text, (language,)) if q.is_dose}
    doses = {**counted, **amounts}
    others = [n.value for n in numbers if n.start not in doses]
    if counted and amounts:
        return [], others  # tablets and milligrams in one schedule: no one order to compare
    return [doses[at] for at in sorted(doses)], others


def _each_dose_a_step(text: str, doses: list[Dose], steps: re.Pattern) -> bool:
    """Whether a word of steps (then, week 2) stands between each dose and the next: "Take 1
    tablet, then 1 more after 2 hours; no more than 3 a day" ends in a limit, not a step, and a
    translation may well say the limit first."""
    return all(steps.search(text, before.end, after.start) for before, after in pairwise(doses))


def _step_numbers(text: str, steps: re.Pattern, language: Language) -> list[Fraction]:
    """The numbers a word of steps names, in their order: the 2 of "week 2", the 3 of "day 3"
    (not the 3 of "for 3 days", a length of time)."""
    named = {match.end() - 1 for match in steps.finditer(text) if match.group()[-1:].isdigit()}
    return [number.value for number in number_spans(text, language) if number.start in named]


def _each_dose_at_its_step(
    values: list[Fraction], step_numbers: list[Fraction], told: list[Fraction], rendered_others: list[Fraction]
) -> bool:
    """Whether the translation's doses, read in the order of their steps' numbers (week 1, 2,
    3), are the source's: "3주차: 20 mg, 2주차: 30 mg, 1주차: 40 mg" tells the steps from the
    last, each with its week.  Only where each step of the source names its number, counting up.
    Each of the translation's steps has its share of its other numbers in their order (one a
    step in "Week 2: 30 mg", two in "2주차: 1일 30 mg"); its step's number is the one of its share
    that, across the steps, is the source's step numbers."""
    if len(step_numbers) != len(values) or not _counting_up(step_numbers):
        return False
    return any(
        [dose for _, dose in sorted(zip(column, told, strict=True))] == values
        for column in _columns(rendered_others, len(told))
        if sorted(column) == step_numbers
    )


def _columns(others: list[Fraction], steps: int) -> list[list[Fraction]]:
    """The other numbers shared out evenly among the steps in their order, as columns: column j
    holds each step's j-th number; none where they do not share out evenly."""
    share, left = divmod(len(others), steps)
    if left or not share:
        return []
    return [others[j::share] for j in range(share)]


def _counting_up(numbers: list[Fraction]) -> bool:
    return all(a < b for a, b in pairwise(numbers))


def _one_way(values: list[Fraction]) -> bool:
    """Down or up, a dose kept for two steps (40, 40, 20) included, but not the same throughout."""
    pairs = list(pairwise(values))
    return values[0] != values[-1] and (all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs))


def _way(values: list[Fraction]) -> str:
    return "down" if values[0] > values[-1] else "up"


def _listed(doses: list[Dose]) -> str:
    return ", ".join(dose.written for dose in doses)
