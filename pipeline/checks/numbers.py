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

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.dates import without_dates
from pipeline.checks.digit_scripts import check_digit_scripts
from pipeline.checks.number_words import digits_not_in_source, not_read
from pipeline.checks.numbers_added import added_counts
from pipeline.checks.numbers_approximated import approximated
from pipeline.checks.numbers_misread import (
    fractions_upside_down,
    separators_misread,
    signs_changed,
    times_in_the_other_half,
)
from pipeline.checks.numbers_missing import large_numbers_not_read, missing_numbers
from pipeline.checks.numbers_swapped import doses_of_who_swapped, phases_swapped, repeated_number_replaced
from pipeline.checks.numerals import prose, source_mentions
from pipeline.findings import ERROR, Finding

CHECK = "numbers"


def check_numbers(ctx: EntryContext) -> Iterator[Finding]:
    yield from check_digit_scripts(ctx, CHECK)
    # a date's numbers are [dates]'s to compare, in any form (二〇二五年三月三日, 03.03.2025): "3 March" as
    # `4 de marzo` is its one finding
    ctx = without_dates(ctx)
    mentions = source_mentions(prose(ctx, ctx.source), ctx.source_language)
    missing = missing_numbers(ctx, mentions)
    for mention, spans in large_numbers_not_read(ctx, missing):
        missing.remove(mention)
        yield not_read(ctx, CHECK, mention.text, spans, "words for large numbers")
    # What the translation writes instead, said beside each missing number, in order, as [phone] does:
    # "40 … is missing from the translation (the translation has 45)".
    instead = digits_not_in_source(ctx, mentions) if missing else []
    for mention in missing:
        hint = f" (the translation has {instead.pop(0)})" if instead else ""
        yield ctx.finding(CHECK, ERROR, f"{mention.text} in the source is missing from the translation{hint}")
    yield from separators_misread(ctx, mentions)
    yield from signs_changed(ctx)
    upside_down = list(fractions_upside_down(ctx))
    yield from upside_down
    if not missing:  # a count changed (1 tablet as 두 알) is one finding, not also an addition
        # nor a fraction turned upside down (2/1정 for 1/2: not also a dose of 2 added)
        added = [] if upside_down else list(added_counts(ctx, mentions))
        yield from added
        other_half = list(times_in_the_other_half(ctx))
        # an added dose, or "8 pm" as `18 h` beside `8 h` for "8 am", is the one finding
        replaced = [] if added or other_half else list(repeated_number_replaced(ctx, mentions))
        yield from replaced
        if not added and not replaced:  # 두세 방울 for 2 drops: the added 세 방울 says it
            yield from approximated(ctx, mentions)
            yield from phases_swapped(ctx)
            yield from doses_of_who_swapped(ctx)
        yield from other_half
