"""Writing systems, from the Unicode Character Database: the one definition of each.

Which script a character belongs to is Unicode's ``Script`` property
(Scripts.txt, as fontTools ships it), never a hand-written list of ranges:
Hangul, Han, Arabic, Greek, Telugu and every other script are known alike,
and a new Unicode version needs no change here.  Regexes that need a
character class (line breaking keeps Korean words whole) build it from the
same data with :func:`char_class`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from fontTools import unicodedata
from fontTools.unicodedata import Scripts

COMMON = "Zyyy"  # digits, punctuation, symbols: shared by every script
INHERITED = "Zinh"  # combining marks: the script of the letter they follow
UNKNOWN = "Zzzz"


def script_of(char: str) -> str:
    """The ISO 15924 code of ``char``'s Unicode script: ``가`` Hang, ``a`` Latn, ``1`` Zyyy."""
    return unicodedata.script(char)


def script_name(code: str) -> str:
    """The English name of a script code: Hang -> Hangul."""
    return unicodedata.script_name(code, default=code)


@cache
def ranges(code: str) -> tuple[tuple[int, int], ...]:
    """The code point ranges (first, last) of the script ``code``, from Unicode's Scripts.txt."""
    starts, values = Scripts.RANGES, Scripts.VALUES
    found = []
    for index, start in enumerate(starts):
        if values[index] == code:
            end = starts[index + 1] - 1 if index + 1 < len(starts) else 0x10FFFF
            found.append((start, end))
    return tuple(found)


@cache
def char_class(code: str) -> str:
    """The body of a regex character class of the script: ``[{char_class('Hang')}]``."""
    return "".join(f"\\U{low:08x}-\\U{high:08x}" if low != high else f"\\U{low:08x}" for low, high in ranges(code))


@dataclass(frozen=True)
class Script:
    """The letters a language is written in, for the "wrong script" rule."""

    code: str  # ISO 15924, as Unicode's Script property gives it: "Hang"
    # How much one letter of this script counts against one Latin letter.  A
    # Hangul syllable block carries about as much text as two or three Latin
    # letters, so counting it as 1 would let a few English words in
    # parentheses outweigh a whole Korean sentence.
    weight: float = 1.0

    @property
    def name(self) -> str:
        return script_name(self.code)

    def __contains__(self, char: str) -> bool:
        return script_of(char) == self.code


HANGUL = Script("Hang", weight=2.0)
HAN = Script("Hani", weight=2.0)  # as much text as a Hangul syllable (see weight)
ARABIC = Script("Arab")
LATIN = Script("Latn")
