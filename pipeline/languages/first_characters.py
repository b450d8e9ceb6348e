"""The characters a match of a regular expression can start with, read from the pattern itself.

A pattern of many word alternatives (a language's ``opposites``) is searched for in every entry;
led by a lookahead of its possible first characters, ``re`` passes over any other position at once
(English [opposites]: eleven times faster). Kept by hand, such a list went stale the day a word
with a new first letter was added, and that word was silently never found; read from the
pattern, it cannot. A language's field patterns (negation, not_negation, every_other, the words
of directions, and those compiled through ``_optional``) are led so too (``language._led``: on the
varied corpus English not_negation five times faster, Korean every_other six), and so are five of
the patterns of Korean numerals (``ko._led``: read in every Korean text, 0.078 s of CPU -> 0.046 s
there). Pure functions of a pattern string.
"""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

# A class wider than this (a range of a whole script) is no useful filter: none is made.
_WIDEST = 256
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)})


def first_characters(pattern: str) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with (in both cases); None when that cannot
    be told or is not worth telling: a match that may be empty, may start with any character (``.``,
    ``\\w``, a negated class), or with one of more than a few hundred; or a pattern ``re`` of this
    Python parses otherwise (its parser is not public: nothing is lost but the speed)."""
    try:
        found, may_be_empty = _first(_parser.parse(pattern))
    except Exception:  # re's private parser changed: no filter, every position tried
        return None
    if found is None or may_be_empty:
        return None
    return frozenset(found)


def lookahead(pattern: str) -> str:
    """A lookahead of ``pattern``'s first characters to put before it ("" when there is none to make)."""
    characters = first_characters(pattern)
    if not characters:
        return ""
    escaped = "".join(sorted(_escaped(character) for character in characters))
    return f"(?=[{escaped}])"


def _escaped(character: str) -> str:
    return "\\" + character if character in "\\]^-[" else character


def _first(items) -> tuple[set[str] | None, bool]:
    """(the first characters, whether the sequence ``items`` may match nothing at all)."""
    found: set[str] = set()
    for op, argument in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return found | _cased(chr(argument)), False
        if op is sre.IN:
            characters = _in_class(argument)
            return (None, False) if characters is None else (found | characters, False)
        if op is sre.SUBPATTERN:
            inner, empty = _first(argument[-1])
        elif op is sre.BRANCH:
            inner, empty = set(), False
            for branch in argument[1]:
                first, branch_empty = _first(branch)
                if first is None:
                    return None, False
                inner |= first
                empty = empty or branch_empty
        elif op in _REPEATS:
            low, _, item = argument
            inner, empty = _first(item)
            empty = empty or low == 0
        else:  # any character, a category, a group reference: not told
            return None, False
        if inner is None:
            return None, False
        found |= inner
        if not empty:
            return found, False
    return found, True


def _in_class(items) -> set[str] | None:
    characters: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL:
            characters |= _cased(chr(argument))
        elif op is sre.RANGE:
            low, high = argument
            if high - low > _WIDEST:
                return None
            for code in range(low, high + 1):
                characters |= _cased(chr(code))
        else:  # a negated class, a category (\d, \w, \s)
            return None
    return characters if len(characters) <= _WIDEST else None


def _cased(character: str) -> set[str]:
    """A character and its other case: the lookahead is compiled with the pattern's own flags, and
    a part of it may be case-sensitive (``(?-i:IV)``) while the rest is not."""
    return {character} | {cased for cased in (character.lower(), character.upper()) if len(cased) == 1}
