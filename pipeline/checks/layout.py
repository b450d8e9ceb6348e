"""[whitespace] and [length]: the shape of the translation.

Leading and trailing white space matters where strings are joined (template
fragments); a changed one is a warning, and an error when it is a line break
at the start or end, which GNU msgfmt refuses to compile.  A translation far shorter or longer
than its source is often a truncated paste or two messages in one; the
limits are per language and generous (Korean is usually 40-70% of the
English length in characters), and only for sources long enough for a ratio
to mean something.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding

MIN_SOURCE_LENGTH = 20


def _describe(space: str) -> str:
    if not space:
        return "no white space"
    if set(space) == {" "}:
        return "a space" if len(space) == 1 else f"{len(space)} spaces"
    if "\n" in space:
        return "a line break"
    return "white space"


def check_whitespace(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source, ctx.translation
    for where, pattern in (("starts", r"^\s*"), ("ends", r"\s*$")):
        wanted = re.search(pattern, source).group()
        have = re.search(pattern, translation).group()
        if wanted == have:
            continue
        message = f"the source {where} with {_describe(wanted)}, the translation with {_describe(have)}"
        if ("\n" in wanted) != ("\n" in have):
            # msgfmt refuses to compile a catalog with such an entry.
            yield ctx.finding("whitespace", ERROR, message + " (msgfmt rejects the catalog)")
        else:
            yield ctx.finding("whitespace", WARNING, message)


def check_length(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source.strip(), ctx.translation.strip()
    if len(source) < MIN_SOURCE_LENGTH or not translation:
        return
    low, high = ctx.language.length_ratio
    ratio = len(translation) / len(source)
    if ratio < low or ratio > high:
        kind = "short" if ratio < low else "long"
        message = f"the translation is suspiciously {kind} ({ratio:.0%} of the source length)"
        yield ctx.finding("length", WARNING, message)
