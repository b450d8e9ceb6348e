"""[numbers]: an exact count of the source said as an approximation around it (2 drops as 한두
방울).  What the check reads and why: numbers.py."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from pipeline.checks.approximations import approximations, says_approximately
from pipeline.checks.context import EntryContext
from pipeline.checks.limits import source_limits
from pipeline.checks.number_words import dose_form_after, sides_one_or_both, values_in_source
from pipeline.checks.numerals import NumberMention, as_written, prose, shown_value
from pipeline.findings import ERROR, Finding
from pipeline.languages.language import AT_LEAST, AT_MOST

CHECK = "numbers"


def approximated(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
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
    forms = ctx.language.pattern("any_dose_form")
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
