"""[length] A translation far shorter or longer than its source.

That is often a truncated paste or two messages in one.  The limits are per
language and generous (Korean is usually 40-70% of the English length in
characters), and only for sources long enough for a ratio to mean something.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import WARNING, Finding

CHECK = "length"
MIN_SOURCE_LENGTH = 20


def check_length(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source.strip(), ctx.translation.strip()
    if len(source) < MIN_SOURCE_LENGTH or not translation:
        return
    low, high = ctx.language.length_ratio
    ratio = len(translation) / len(source)
    if ratio < low or ratio > high:
        kind = "short" if ratio < low else "long"
        message = f"the translation is suspiciously {kind} ({ratio:.0%} of the source length)"
        yield ctx.finding(CHECK, WARNING, message)
