"""The words an alternation regex looks for, tested as plain substrings first.

A case-insensitive regex of many words ("daily", "per day", "매일"...) is tried at every
position of a text; most texts hold none of its words, and ``word in text`` says so in a
fraction of the time. The test only filters: when it passes, the regex decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.languages.scripts import block

# What re.IGNORECASE matches an ASCII letter with besides its other case: İ and ı (i), ſ (s),
# the Kelvin sign (k). Lowered after this, a text holds a word wherever the regex finds it.
ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
MICRO_SIGN = "\u00b5"  # the one Latin-1 character re.IGNORECASE matches with another (μ, Greek)


# ASCII_FOLD's characters: most texts hold none, and need no translate (a lookup per character, five
# times slower than this search and lower() alone; 75,581 texts lowered on the varied corpus).
_ODD_CASES = re.compile(f"[{''.join(map(chr, ASCII_FOLD))}]")


def lowered(text: str) -> str:
    """``text`` as :func:`literal_words` are looked for in it."""
    if _ODD_CASES.search(text) is None:
        return text.lower()
    return text.translate(ASCII_FOLD).lower()


def literal_words(words: Iterable[str]) -> tuple[str, ...] | None:
    """``words`` lowered, to look for in a :func:`lowered` text; None when one of them has a letter
    re.IGNORECASE may match in a way lowering does not (Greek: ϐ and β, µ and μ), so that the
    regex must always run."""
    words = tuple(words)
    if not all(_lowering_agrees(char) for word in words for char in word):
        return None
    return tuple(dict.fromkeys(word.lower() for word in words))


def literal_pattern(words: Iterable[str]) -> re.Pattern | None:
    """:func:`literal_words` as one pattern of plain strings to search a :func:`lowered` text with
    (seven times quicker than testing each word in turn); None when the regex must always run."""
    found = literal_words(words)
    return None if found is None else re.compile("|".join(map(re.escape, found)) or "(?!)")


def may_hold(lowered_text: str, pattern: re.Pattern | None) -> bool:
    """Whether a :func:`lowered` text may hold one of :func:`literal_pattern`'s words (None: may)."""
    return pattern is None or pattern.search(lowered_text) is not None


def _lowering_agrees(char: str) -> bool:
    # ASCII (its odd cases folded by ASCII_FOLD), a letter without case (Hangul, Han, Arabic), or
    # one of Latin-1's (á, ñ, ü: their only other case is the one lower() gives), not the micro sign.
    return (
        char.isascii() or char.lower() == char.upper() or (block(char) == "Latin-1 Supplement" and char != MICRO_SIGN)
    )
