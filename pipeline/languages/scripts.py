"""Writing systems, from the Unicode Character Database: the one definition of each.

Which script a character belongs to is Unicode's ``Script`` property
(Scripts.txt, as fontTools ships it), never a hand-written list of ranges:
Hangul, Han, Arabic, Greek, Telugu and every other script are known alike,
and a new Unicode version needs no change here.  Regexes that need a
character class (line breaking keeps Korean words whole) build it from the
same data with :func:`char_class`.  The other character properties the
pipeline asks about (Unicode blocks, how a Hangul syllable is built,
variation selectors) are answered here too, from the same databases, so no
module writes code point ranges of its own.
"""

from __future__ import annotations

import unicodedata as python_unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale
from fontTools import unicodedata
from fontTools.unicodedata import Blocks, Scripts

COMMON = "Zyyy"  # digits, punctuation, symbols: shared by every script
INHERITED = "Zinh"  # combining marks: the script of the letter they follow
UNKNOWN = "Zzzz"


@lru_cache(maxsize=65536)  # asked of every character of every message: fontTools bisects a table
def script_of(char: str) -> str:
    """The ISO 15924 code of ``char``'s Unicode script: ``가`` Hang, ``a`` Latn, ``1`` Zyyy."""
    return unicodedata.script(char)


@lru_cache(maxsize=4096)
def script_extensions(char: str) -> frozenset[str]:
    """Every script ``char`` is used in (Unicode's Script_Extensions): the Arabic-Indic digit ``٠``
    is Arab, Thaa and Yezi; a letter of one script is just that one."""
    return frozenset(unicodedata.script_extension(char))


def script_name(code: str) -> str:
    """The English name of a script code: Hang -> Hangul; Jpan (not a Unicode
    script, a writing system) -> Japanese, from CLDR."""
    return unicodedata.script_name(code, default=None) or Locale("en").scripts.get(code, code)


def is_script(code: str) -> bool:
    """Whether ``code`` is the ISO 15924 code of a script Unicode encodes: Latn, Arab, Mymr."""
    return code not in (COMMON, INHERITED, UNKNOWN) and bool(ranges(code))


def script_direction(code: str) -> str:
    """How text in the script runs, from Unicode: "rtl" for Arab, Hebr, Thaa ..., else "ltr"."""
    return "rtl" if unicodedata.script_horizontal_direction(code, "LTR") == "RTL" else "ltr"


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
def block_class(name: str) -> str:
    """The body of a regex character class of the Unicode block ``name`` (Blocks.txt): ``[{block_class('Tags')}]``."""
    starts, values = Blocks.RANGES, Blocks.VALUES
    (first,) = [index for index, value in enumerate(values) if value == name]
    return f"{_in_class(starts[first])}-{_in_class(starts[first + 1] - 1)}"


@cache
def char_class(code: str) -> str:
    """The body of a regex character class of the script: ``[{char_class('Hang')}]``.

    The characters themselves, not ``\\U0000ac00`` escapes: ``re`` compiles the
    class three times as fast (a glossary term's pattern holds two Latin
    classes, and a catalog's check compiles dozens of them)."""
    return "".join(
        f"{_in_class(low)}-{_in_class(high)}" if low != high else _in_class(low) for low, high in ranges(code)
    )


def _in_class(point: int) -> str:
    """A code point as it stands for itself inside ``[...]``."""
    char = chr(point)
    return f"\\{char}" if char in "\\]^-[" else char


@lru_cache(maxsize=65536)
def block(char: str) -> str:
    """The name of the Unicode block ``char`` is in (Blocks.txt): ``㎎`` CJK Compatibility."""
    return unicodedata.block(char)


def is_variation_selector(char: str) -> bool:
    """A variation selector (VS1-256, Mongolian FVS): it picks a glyph and has none of its own."""
    return "VARIATION SELECTOR" in python_unicodedata.name(char, "")


_PICTOGRAPHS_START = 0x1F000  # Mahjong Tiles, the first block of the supplementary symbols and emoji


def is_pictograph(char: str) -> bool:
    """A pictographic symbol of the supplementary planes (mahjong tiles, playing cards, emoji):
    what a colour emoji font draws."""
    return python_unicodedata.category(char) == "So" and ord(char) >= _PICTOGRAPHS_START


# -- Hangul syllables ----------------------------------------------------------
# A precomposed syllable is its jamo (initial, vowel, optional final), as
# canonical decomposition gives them (Unicode 3.12, "Conjoining Jamo Behavior").


def hangul_jamo(syllable: str) -> str:
    """The jamo of a precomposed Hangul syllable (``헐`` -> ᄒ ᅥ ᆯ); "" for any other character."""
    if len(syllable) != 1 or script_of(syllable) != HANGUL.code:
        return ""
    jamo = python_unicodedata.normalize("NFD", syllable)
    return jamo if len(jamo) > 1 else ""


def is_hangul_syllable(char: str) -> bool:
    return bool(hangul_jamo(char))


def hangul_final(syllable: str) -> str:
    """The final consonant (jongseong) of a syllable, "" when it ends in its vowel: ``헐`` -> ᆯ."""
    jamo = hangul_jamo(syllable)
    return jamo[2] if len(jamo) == 3 else ""


def with_hangul_final(syllable: str, final: str) -> str:
    """``syllable`` with its final consonant replaced by ``final`` ("" for none): 헐, ᆫ -> 헌."""
    jamo = hangul_jamo(syllable)
    if not jamo:
        raise ValueError(f"{syllable!r} is not a Hangul syllable")
    return python_unicodedata.normalize("NFC", jamo[:2] + final)


def jongseong(name: str) -> str:
    """A final consonant by its Unicode name: ``jongseong("RIEUL")`` is ᆯ (U+11AF)."""
    return python_unicodedata.lookup(f"HANGUL JONGSEONG {name}")


# Scripts whose letters each carry about as much text as two or three Latin
# letters (a Hangul syllable block, a Han character, a kana): counting them as
# 1 would let a few English words in parentheses outweigh a whole Korean sentence.
_WIDE = frozenset({"Hang", "Hani", "Hira", "Kana", "Yiii", "Jpan", "Kore", "Hans", "Hant", "Hanb"})
# Writing systems that mix scripts (ISO 15924 codes CLDR gives for ja, ko, zh).
_MIXED = {
    "Jpan": ("Hani", "Hira", "Kana"),
    "Kore": ("Hang", "Hani"),
    "Hans": ("Hani",),
    "Hant": ("Hani",),
    "Hanb": ("Hani", "Bopo"),
}


def letter_weight(code: str) -> float:
    """How much one letter of the script ``code`` counts against one Latin letter."""
    return 2.0 if code in _WIDE else 1.0


@dataclass(frozen=True)
class Script:
    """The letters a language is written in, for the "wrong script" rule."""

    code: str  # ISO 15924, as Unicode's Script property gives it: "Hang"

    @property
    def name(self) -> str:
        return script_name(self.code)

    @property
    def weight(self) -> float:
        return letter_weight(self.code)

    @property
    def scripts(self) -> tuple[str, ...]:
        """The Unicode scripts of its letters: Japanese (Jpan) is Han, Hiragana and Katakana."""
        return _MIXED.get(self.code, (self.code,))

    def __contains__(self, char: str) -> bool:
        return script_of(char) in self.scripts


HANGUL = Script("Hang")
HAN = Script("Hani")
ARABIC = Script("Arab")
LATIN = Script("Latn")
