"""[units] rule 13 (docs/checks.md): a dose changed by an amount is not changed to it.

"Reduce your dose by 5 mg every week" said "reduce it to 5 mg" (5 mg으로 줄이세요, 減至5毫克,
auf 5 mg) is another dose from the first week on, and the other way round: every number and unit
kept, so no other rule sees it.  A language's ``change_by_before`` / ``change_by_after`` and
``change_to_before`` / ``change_to_after`` (of pipeline/languages/) are its words right before or
after the amount: um / auf, en / a, de / à, em / para, بمقدار / إلى, 씩 / (으)로, 減 / 減至.

Only an amount the source changes (a verb of change in its sentence, the source language's
``change_verbs``: reduce, increase, lower, raise …) by or to, and that the translation says only
the other way, is an error.  One said with neither word ("lower it 5 mg at a time",
每週減少劑量5毫克) passes.

Pure functions of the entry's texts and the quantities [units] read.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.quantities import PERIODS, Quantity
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language

CHECK = "units"

BY = "by"
TO = "to"


def check_dose_changes(
    ctx: EntryContext, source_text: str, translation_text: str, in_source: list[Quantity], found: list[Quantity]
) -> Iterator[Finding]:
    """Rule 13 for one entry, given the quantities of the source and of the translation."""
    changes = ctx.source_language.pattern("change_verbs")
    if changes is None or not changes.search(source_text):
        return  # no verb of change in the source (most entries): no dose changed by or to an amount
    for quantity in in_source:
        if quantity.unit in PERIODS:
            continue
        wanted = _reading(source_text, quantity, ctx.source_language)
        if wanted is None:
            continue
        said = {_reading(translation_text, q, ctx.language) for q in found if q.same_amount(quantity)}
        if wanted in said or said != {_other(wanted)}:
            continue
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{wanted} {quantity.text}' in the source: the translation changes the dose {_other(wanted)} "
            f"{quantity.text}, not {wanted} it",
        )


def _other(reading: str) -> str:
    return TO if reading == BY else BY


def _reading(text: str, quantity: Quantity, language: Language) -> str | None:
    """Whether the words around ``quantity`` say a change by it (BY) or to it (TO); None for
    neither or both."""
    by_before, by_after = language.pattern("change_by_before"), language.pattern("change_by_after")
    to_before, to_after = language.pattern("change_to_before"), language.pattern("change_to_after")
    window = text[max(0, quantity.start - 40) : quantity.start]
    readings = set()
    if (by_before and by_before.search(window)) or (by_after and by_after.match(text, quantity.end)):
        readings.add(BY)
    if (to_before and to_before.search(window)) or (to_after and to_after.match(text, quantity.end)):
        readings.add(TO)
    return readings.pop() if len(readings) == 1 else None
