"""Invisible characters that make a page show something other than what was checked.

Every check reads text in its logical order, the order of the characters in
the file; the page shows it in display order. Unicode's bidirectional
controls make the two differ: a RIGHT-TO-LEFT OVERRIDE (U+202E) before "1.9"
shows "9.1" while every check reads 1.9 (the "Trojan Source" attack,
CVE-2021-42574). No leaflet needs them: the page itself puts each
left-to-right run of right-to-left text in an isolate (pipeline/bidi.py).

- Embeddings, overrides and isolates, and the characters that end them
  (U+202A-U+202E, U+2066-U+2069), reorder the text after them: refused
  wherever text reaches a page (the English, a translation, a reviewer's name).
- Direction marks (LRM U+200E, RLM U+200F, ALM U+061C) are strong letters of no
  width. Arabic text uses them, harmlessly, between words; between the digits
  of a number they split it into two runs the bidirectional algorithm may
  swap ("1<RLM>9" shows as "91" in a right-to-left line): refused there.
- Control characters (pipeline/controls.py): no page shows them, a NUL cuts
  the text short in the compiled catalog, an ESC is a command to a terminal.
- Tag characters (U+E0000-U+E007F) are invisible copies of ASCII: text no
  reader sees, and the way hidden instructions are smuggled into text. Two or
  more variation selectors in a row carry data the same way (a character
  takes one at most).

Zero-width spaces and joiners are not here: they change where a line may
break or how letters join, not what is read, and the line breaking of
Korean pages writes them itself. They, and every other character that draws
nothing, are what :func:`shows_nothing` knows: a translation made of them only
would publish an empty passage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.controls import CONTROLS, first_control
from pipeline.languages.scripts import block_class

REORDERING = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
DIRECTION_MARKS = "\u200e\u200f\u061c"
_TAGS = block_class("Tags")  # U+E0000-U+E007F

_HIDDEN = re.compile(f"[{REORDERING}{_TAGS}]")
# A mark between two digits, or between a digit and the decimal or group separator beside it.
_MARKS = f"[{DIRECTION_MARKS}]+"
_NUMBER_PUNCTUATION = "[.,:/\u066b\u066c]"
_MARK_IN_NUMBER = re.compile(
    rf"(?<=\d){_MARKS}(?=\d|{_NUMBER_PUNCTUATION}\d)|(?<=\d{_NUMBER_PUNCTUATION}){_MARKS}(?=\d)"
)
_ANY_MARK = re.compile(_MARKS)
# A variation sequence is a character and one selector (an emoji's presentation, a Han
# character's variant): a run of them is a payload, as hidden as tag characters are.
_SELECTORS = block_class("Variation Selectors") + block_class("Variation Selectors Supplement")
_SELECTOR_RUN = re.compile(f"[{_SELECTORS}]{{2,}}")
# Letters and symbols of no ink: Hangul's fillers (U+3164 looks like a space and is a
# letter), the blank braille cell, the grapheme joiner. Named, so Unicode's data decides.
_BLANK_NAMES = re.compile(r"(?:HANGUL \w+ FILLER|HANGUL FILLER|BRAILLE PATTERN BLANK|COMBINING GRAPHEME JOINER)$")
_SELECTOR = re.compile(f"[{_SELECTORS}]")
_SHOWN = re.compile(f"[{REORDERING}{DIRECTION_MARKS}{_TAGS}{_SELECTORS}{CONTROLS}]")
# Every character one of reordering's three searches starts at: a text without any (nearly every
# text) is gone through once, not three times (check reads each English source whole: 1 MB of
# sources took 37 ms in the three searches, 12 ms in this one).
_MAY_REORDER = re.compile(f"[{REORDERING}{_TAGS}{_SELECTORS}{DIRECTION_MARKS}]")


@dataclass(frozen=True)
class Invisible:
    """An invisible character at ``index`` of a text, and why it is there wrongly."""

    index: int
    char: str
    why: str

    @property
    def named(self) -> str:
        """``U+202E RIGHT-TO-LEFT OVERRIDE``"""
        name = unicodedata.name(self.char, "")
        return f"U+{ord(self.char):04X}" + (f" {name}" if name else "")

    def describe(self) -> str:
        return f"the invisible character {self.named} {self.why}"

    def in_context(self, text: str) -> str:
        """``"약 <U+202E>1.9<U+202C>명"``: the text around it on its line (a message is one line,
        each beginning with the file and line it is about), each invisible character by its code."""
        line_start = max(text.rfind("\n", 0, self.index), text.rfind("\r", 0, self.index)) + 1
        line_end = min(
            (end for end in (text.find("\n", self.index), text.find("\r", self.index)) if end >= 0), default=len(text)
        )
        start, end = max(line_start, self.index - 12), min(line_end, self.index + 13)
        shown = _SHOWN.sub(lambda match: f"<U+{ord(match.group()):04X}>", text[start:end])
        return f'"{shown.strip()}"'


def draws_nothing(char: str) -> bool:
    """Whether a page shows nothing for ``char``: white space, a format or control character
    (zero-width space, direction mark), a variation selector, or a letter of no ink."""
    return (
        char.isspace()
        or unicodedata.category(char) in ("Cf", "Cc")
        or bool(_SELECTOR.match(char))
        or bool(_BLANK_NAMES.match(unicodedata.name(char, "")))
    )


def shows_nothing(text: str) -> bool:
    """Whether a page shows nothing for ``text``: every character draws nothing (an empty text too)."""
    return all(draws_nothing(char) for char in text)


def control(text: str) -> Invisible | None:
    """The first control character of ``text`` (but tab and line ends); None when there is none."""
    found = first_control(text)
    if found is None:
        return None
    char = found.group()
    why = (
        "(NUL) cuts the text short: the compiled catalog (.mo) ends a string there"
        if char == "\x00"
        else "(ESC) is a command to a terminal, and no page shows it"
        if char == "\x1b"
        else "is a control character no page shows"
    )
    return Invisible(found.start(), char, why)


def reordering(text: str) -> Invisible | None:
    """The first character of ``text`` that changes the order or content a reader sees:
    a bidirectional embedding, override or isolate, a tag character, or a direction mark
    inside a number. None when there is none (nearly always: a cheap search first)."""
    if _MAY_REORDER.search(text) is None:
        return None
    hidden = _HIDDEN.search(text)
    if hidden:
        char = hidden.group()
        why = (
            "hides text no reader sees (a tag character)"
            if char not in REORDERING
            else "reorders the text after it, so the page shows it in another order than it is checked in"
        )
        return Invisible(hidden.start(), char, why)
    selectors = _SELECTOR_RUN.search(text)
    if selectors:
        why = "hides data no reader sees (two variation selectors in a row: a character takes one at most)"
        return Invisible(selectors.start(), selectors.group()[0], why)
    if not _ANY_MARK.search(text):
        return None
    inside = _MARK_IN_NUMBER.search(text)
    if inside:
        why = "splits a number, so the page may show its digits in another order than they are checked in"
        return Invisible(inside.start(), inside.group()[0], why)
    return None


def stray_mark(text: str) -> Invisible | None:
    """The first direction mark of ``text`` when it has no right-to-left letter (the marks
    themselves are not letters): text written only left to right has no use for one. Only
    for a language written left to right: on a right-to-left page a mark has its uses even
    in a passage without Arabic letters ("<LRM>SJS<LRM>", "%(title)s<LRM>، PDF")."""
    mark = _ANY_MARK.search(text)
    if mark is None or any(unicodedata.bidirectional(char) in ("R", "AL") for char in _ANY_MARK.sub("", text)):
        return None
    return Invisible(mark.start(), mark.group()[0], "has no use in text written only left to right")
