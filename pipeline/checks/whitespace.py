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

Line breaks inside the translation (:func:`check_line_breaks`) are judged as pofilter's
``newlines`` test judges them, by their number: a translator who presses Enter in a one-line
msgstr and types on has written what the English does not say, and the page runs it on after a
space, in a table cell too (``"… músculos.\n| Nota | Evite el sol |"``). A warning, to be read
against the English; an error when the line after it starts with Markdown block syntax that
stays as typed on the page (a table row's ``|``, ``2.`` inside a paragraph, ``#`` with no space).
Where it starts a block instead (``- ``, ``# ``, ``> ``, a blank line), [markup] reports the
new block, and this check says nothing more.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.duplicates import CONFLICT_MARKER
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


# What re's "^\s*" and "\s*$" find (str.strip's white space is re's \s): searching for "\s*$" tries
# every position of the text, and was most of this check's time.
# A text that starts (ends) with no white space has none to take: not copied by lstrip to say so.
def _leading_space(text: str) -> str:
    return text[: len(text) - len(text.lstrip())] if text[:1].isspace() else ""


def _trailing_space(text: str) -> str:
    return text[len(text.rstrip()) :] if text[-1:].isspace() else ""


def _white_at_an_end(text: str) -> bool:
    """Whether ``text`` starts or ends with white space (a line break is some)."""
    return text[:1].isspace() or text[-1:].isspace()


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
    if not (_white_at_an_end(source) or _white_at_an_end(translation) or _white_at_an_end(ctx.msgid)):
        return  # nearly every entry: no white space to compare, and no line break at an end for msgfmt
    for where, space, edge in (("starts", _leading_space, str.startswith), ("ends", _trailing_space, str.endswith)):
        wanted, have = space(source), space(translation)
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


# A line ending as Markdown reads one: \r\n (Windows), \r (old Macs), \n.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# What starts a line as Markdown block syntax, with what it is: inside a paragraph or a table cell
# the page shows it as typed (where it does start a block, [markup] reports that block).
_BLOCK_SYNTAX = (
    (re.compile(r"[ \t]*\|"), "a table row's |"),
    (re.compile(r"[ \t]*[-*+](?:[ \t]|$)"), "a list item's mark"),
    (re.compile(r"[ \t]*\d{1,9}[.)](?:[ \t]|$)"), "a numbered list item's mark"),
    (re.compile(r"[ \t]*#"), "a heading's #"),
    (re.compile(r"[ \t]*>"), "a block quote's >"),
)
_SHOWN = 50  # characters of a line quoted in a message


def check_line_breaks(ctx: EntryContext) -> Iterator[Finding]:
    """Line breaks inside the translation that the source does not have, or lacks (the first
    and last characters are :func:`check_whitespace`'s)."""
    source, translation = ctx.source, ctx.translation
    if not _has_line_break(translation) and not _has_line_break(source):
        return  # nearly every message: nothing to count
    source_lines = _LINE_BREAK.split(source.strip())
    lines = _LINE_BREAK.split(translation.strip())
    if len(lines) == len(source_lines) or ctx.translation_view.blocks != ctx.source_view.blocks:
        return  # as many as the English, or a block of its own, which [markup] reports
    if CONFLICT_MARKER.search(translation):
        return  # two translations msgcat merged, each on its lines: [duplicates] says so
    if len(lines) < len(source_lines):
        yield ctx.finding(
            CHECK,
            WARNING,
            f"the source breaks the line {_times(len(source_lines) - 1)}, the translation "
            f"{_times(len(lines) - 1)}: the page runs on a line the English breaks",
        )
        return
    added = len(lines) - len(source_lines)
    breaks = "a line break" if added == 1 else f"{added} line breaks"
    for line in lines[1:]:
        syntax = _block_syntax(line)
        if syntax and not any(_block_syntax(written) == syntax for written in source_lines[1:]):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the translation has {breaks} the source does not have, and a line starts with "
                f'{syntax}: the page shows "{_shortened(line)}" as typed, text the English does not have',
            )
            return
    # A backslash or two spaces before the break make it a hard break (<br>): a new line on the page.
    shown = "on a line of its own" if lines[-2].endswith(("\\", "  ")) else "run on after a space"
    yield ctx.finding(
        CHECK,
        WARNING,
        f'the translation has {breaks} the source does not have, before "{_shortened(lines[-1])}", which the '
        f"page shows {shown}: read it against the English (text added?)",
    )


def _has_line_break(text: str) -> bool:
    return "\n" in text or "\r" in text


def _block_syntax(line: str) -> str:
    """What Markdown block syntax ``line`` starts with ("" for none)."""
    return next((what for pattern, what in _BLOCK_SYNTAX if pattern.match(line)), "")


def _times(count: int) -> str:
    return {0: "nowhere", 1: "once", 2: "twice"}.get(count, f"{count} times")


def _shortened(line: str) -> str:
    return line if len(line) <= _SHOWN else line[: _SHOWN - 1] + "…"
