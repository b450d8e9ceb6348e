"""[whitespace] Leading and trailing white space of the translation.

It matters where strings are joined (template fragments): a changed one is a
warning.  GNU msgfmt refuses to compile a catalog where the msgid and a
translation do not both start (or both end) with a line break, looking at the
first and last characters only (`` \nFever`` and ``\n발열`` differ): that is
an error, judged exactly as msgfmt judges it. A translation that is white space
and nothing else (" ", a no-break space, a zero-width space) counts as translated
for gettext, yet the page would show an empty passage: an error. So is one of
other characters that draw nothing (a variation selector, the Hangul filler
U+3164, which looks like a space and is a letter).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.invisible import shows_nothing

CHECK = "whitespace"


def _describe(space: str) -> str:
    if not space:
        return "no white space"
    if set(space) == {" "}:
        return "a space" if len(space) == 1 else f"{len(space)} spaces"
    if space == "\n":
        return "a line break"
    if not space.isspace():  # "U+3164 HANGUL FILLER": its repr would show a blank
        named = ", ".join(f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip() for char in space)
        return f"the invisible character{'s' if len(space) > 1 else ''} {named}"
    return f"the white space {space!r}"


def check_whitespace(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source, ctx.translation
    if translation and shows_nothing(translation) and not shows_nothing(source):
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the translation is {_describe(translation)} and nothing else: the page would show an empty "
            "passage where the source says something (gettext counts it as translated)",
        )
        return
    for where, pattern, edge in (("starts", r"^\s*", str.startswith), ("ends", r"\s*$", str.endswith)):
        wanted, have = (match.group() if (match := re.search(pattern, text)) else "" for text in (source, translation))
        # msgfmt compares the msgid with every form and with the msgid_plural.
        msgfmt_rejects = any(edge(text, "\n") != edge(translation, "\n") for text in (ctx.msgid, source))
        if wanted == have and not msgfmt_rejects:
            continue
        message = f"the source {where} with {_describe(wanted)}, the translation with {_describe(have)}"
        if msgfmt_rejects:
            first_or_last = "first" if where == "starts" else "last"
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{message}: the {first_or_last} character must be a line break in both "
                "or in neither (msgfmt rejects the catalog)",
            )
        else:
            yield ctx.finding(CHECK, WARNING, message)
