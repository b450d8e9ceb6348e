"""[dose-times] A schedule's doses stay in their order.

"Take 3 tablets a day for 3 days, then 2 tablets a day for 3 days, then 1
tablet a day for 3 days, then stop." rendered as "Tome 1 comprimido al día
durante 3 días, luego 2 comprimidos …, luego 3 comprimidos …" keeps every
number, so [numbers] and [units] pass it; but a dose that was to go down (a
steroid tapered off) now goes up, and stops at its highest.

Judged only where the source is a schedule (the source language's
``schedule_steps``: then, followed by, week 2 …) whose doses (a number
before a dose form, 3 tablets, or a dose in a unit of mass or volume, 40 mg)
are at least three, all different, and all going one way, down or up.  The
translation's doses of the same kind must be the same values in the very
opposite order, and its other numbers (the 3 days of each step, the weeks
1, 2, 3) not turned around with them: a translation that tells the steps
from last to first, each with its own week, moves them all and passes.

An error: the patient takes the dose the page gives for that step.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from itertools import pairwise

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
    steps = ctx.source_language.schedule_steps_re
    if steps is None or not steps.search(ctx.source):  # most entries: no schedule
        return
    source_text = prose(ctx, ctx.source)
    said, said_others = schedule_doses(source_text, ctx.source_language)
    values = [value for value, _ in said]
    if len(said) < _FEWEST_STEPS or not _one_way(values):
        return
    rendered, rendered_others = schedule_doses(prose(ctx, ctx.translation), ctx.language)
    if [value for value, _ in rendered] != values[::-1]:
        return  # the same order, or numbers changed ([numbers] and [units] report those)
    if len(set(said_others)) > 1 and rendered_others == said_others[::-1]:
        return  # the whole schedule told from its last step to its first, each step kept whole
    yield ctx.finding(
        CHECK,
        ERROR,
        f"the doses of the source's schedule ({_listed(said)}) are in the opposite order in the "
        f"translation ({_listed(rendered)}): a dose that goes {_way(values)} goes {_way(values[::-1])}",
    )


# A dose: its value (a count, or an amount in its kind's base unit: 1 g and 1000 mg alike) and
# how the text writes it.
Dose = tuple[Fraction, str]


def schedule_doses(text: str, language: Language) -> tuple[list[Dose], list[Fraction]]:
    """The doses of ``text`` in their order (a number before a dose form, or an amount of a dose
    unit), and its other numbers in theirs."""
    numbers = number_spans(text, language)
    counted: dict[int, Dose] = {
        number.start: (number.value, text[number.start : end]) for number, end in counts_of_a_medicine(text, language)
    }
    amounts = {q.start: (q.amount[1], q.text) for q in quantities(text, (language,)) if q.is_dose}
    doses = {**counted, **amounts}
    others = [n.value for n in numbers if n.start not in doses]
    if counted and amounts:
        return [], others  # tablets and milligrams in one schedule: no one order to compare
    return [doses[at] for at in sorted(doses)], others


def _one_way(values: list[Fraction]) -> bool:
    pairs = list(pairwise(values))
    return all(a > b for a, b in pairs) or all(a < b for a, b in pairs)


def _way(values: list[Fraction]) -> str:
    return "down" if values[0] > values[-1] else "up"


def _listed(doses: list[Dose]) -> str:
    return ", ".join(written for _, written in doses)
