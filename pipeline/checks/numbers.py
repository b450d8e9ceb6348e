"""[numbers] Every number of the source must be in the translation, by value.

Values, not strings, are compared: the translation may write ``1,000`` as
``1000``, ``10,000`` as ``1만``, ``12,000`` as ``1만 2천``, ``3 to 5`` as
``3~5`` or ``3에서 5``, ``8:00 pm`` as ``오후 8시``, ``2 days`` as ``이틀``,
and use any script's digits (full-width, Arabic-Indic).  A quantity may
also be given as the same amount in another unit (``1 g`` as ``1000 mg``,
``48 hours`` as ``이틀``, ``30 minutes`` as ``반 시간``, ``30%`` as ``10명 중
3명``): [units] reads those.  Numbers a language adds (Korean counters:
``1회``, ``제1``) are fine: only source numbers missing from the
translation are reported.

Digits that are not quantities are out of scope here: URLs, DOIs, e-mail
addresses, phone numbers (checked whole by [phone]), placeholders, code spans
and link targets.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.numerals import prose, source_mentions, translation_values
from pipeline.checks.units import converted_values
from pipeline.findings import ERROR, Finding

CHECK = "numbers"


def check_numbers(ctx: EntryContext) -> Iterator[Finding]:
    mentions = source_mentions(prose(ctx, ctx.source), ctx.source_language)
    if not mentions:
        return
    values = translation_values(prose(ctx, ctx.translation), ctx.language, ctx.source_language)
    missing = [mention for mention in mentions if not mention.found_in(values)]
    if missing:
        # A quantity may be given in another unit of the same kind: 1 g as
        # 1000 mg, 2 days as 48시간, 30 minutes as 반 시간, 30% as 10명 중 3명.
        converted = converted_values(ctx)
        missing = [mention for mention in missing if not mention.found_in(values | converted)]
    for mention in missing:
        yield ctx.finding(CHECK, ERROR, f"{mention.text} in the source is missing from the translation")
