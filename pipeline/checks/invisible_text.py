"""[invisible] Invisible characters in a translation that change what the page shows.

An error for a control character (U+0000-U+001F but tab and line ends,
U+007F-U+009F: a NUL, an ESC), a bidirectional embedding, override or isolate (U+202A-U+202E,
U+2066-U+2069), a tag character, or a direction mark inside a number: the
page would show the text in another order than every other check reads it
("약 <U+202E>1.9<U+202C>명" prints "약 9.1명"), or hold text no reader sees
(pipeline/invisible.py says which characters and why). A warning for a
direction mark in a translation with no right-to-left letter, in a language
written left to right: harmless, and of no use. (The English source refuses them: pipeline/source.py.)
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from pipeline import locale_codes
from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.invisible import Invisible, control, reordering, stray_mark
from pipeline.languages.scripts import script_direction

CHECK = "invisible"


def check_invisible(ctx: EntryContext) -> Iterator[Finding]:
    translation = ctx.translation
    found = control(translation)
    if found is None and translation.isascii():  # every other character it looks for is outside ASCII
        return
    found = found or reordering(translation)
    if found:
        yield ctx.finding(CHECK, ERROR, _message(found, translation))
        return
    stray = stray_mark(translation) if not _right_to_left(ctx) else None
    if stray:
        yield ctx.finding(CHECK, WARNING, _message(stray, translation))


def _right_to_left(ctx: EntryContext) -> bool:
    """Whether the locale's pages are written right to left: a mark has its uses there."""
    script = ctx.language.script
    return _cldr_right_to_left(ctx.locale) or (script is not None and script_direction(script.code) == "rtl")


@lru_cache(maxsize=64)
def _cldr_right_to_left(locale: str) -> bool:
    babel = locale_codes.read(locale)
    return babel is not None and locale_codes.direction(babel) == "rtl"


def _message(found: Invisible, text: str) -> str:
    return f"{found.describe()}: {found.in_context(text)}; delete it (most editors do not show it: retype the text around it)"
