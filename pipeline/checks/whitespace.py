"""[whitespace] Leading and trailing white space of the translation.

It matters where strings are joined (template fragments): a changed one is a
warning, and an error when it is a line break at the start or end, which GNU
msgfmt refuses to compile.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding

CHECK = "whitespace"


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
        wanted, have = (match.group() if (match := re.search(pattern, text)) else "" for text in (source, translation))
        if wanted == have:
            continue
        message = f"the source {where} with {_describe(wanted)}, the translation with {_describe(have)}"
        if ("\n" in wanted) != ("\n" in have):
            # msgfmt refuses to compile a catalog with such an entry.
            yield ctx.finding(CHECK, ERROR, message + " (msgfmt rejects the catalog)")
        else:
            yield ctx.finding(CHECK, WARNING, message)
