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


def lead(pattern: str) -> str:
    """A zero-width test every match of ``pattern`` passes, to put before it ("" when there is none
    to make): the :func:`lookahead` of its first characters; or, where a branch of it may start with
    any character but first looks behind at one (English not_direction's "5% or more":
    ``(?<=[\\d%])\\s+or\\s+more``), that lookbehind for that branch and the lookahead for the
    others, behind a ``\\b`` where each of those begins with one (it passes over the inside of a
    word at once).  English not_direction, blanked in every sentence [comparison] reads, had no
    lead for that one branch: over the 12,763 English texts of the varied corpus it took 0.128 s of
    CPU, led so 0.070 s (0.082 s without the ``\\b``)."""
    plain = lookahead(pattern)
    if plain:
        return plain
    try:
        branches = _top_branches(_parser.parse(pattern))
        if branches is None:
            return ""
        characters: set[str] = set()
        behinds: set[str] = set()
        at_word_starts = True  # every branch led by its characters begins with \b
        for branch in branches:
            found, may_be_empty = _first(branch)
            if found is not None and not may_be_empty:
                characters |= found
                at_word_starts = at_word_starts and branch[0] == (sre.AT, sre.AT_BOUNDARY)
                continue
            behind = _looked_behind_at(branch)
            if behind is None:
                return ""
            behinds.add(behind)
    except Exception:  # re's private parser changed: no filter, every position tried
        return ""
    tests = [f"(?<=[{behind}])" for behind in sorted(behinds)]
    if characters:
        boundary = r"\b" if at_word_starts else ""  # tried first, it passes over most letters at once
        tests.insert(0, f"{boundary}(?=[{''.join(sorted(_escaped(character) for character in characters))}])")
    return f"(?:{'|'.join(tests)})"


def _top_branches(items) -> list | None:
    """The alternatives of a pattern that is one alternation (None: it is not)."""
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN and not any(items[0][1][1:3]):
        items = items[0][1][-1]
    if len(items) != 1 or items[0][0] is not sre.BRANCH:
        return None
    return list(items[0][1][1])


# The categories a lookbehind of one character may name, as written in a class (a negated one,
# read otherwise under a group's own flags, is left unled).
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


def _looked_behind_at(branch) -> str | None:
    """The class, as written, of the one character a branch first looks behind at (``(?<=[\\d%])``):
    a match of it is preceded by one of them.  None: it starts otherwise."""
    if not branch or branch[0][0] is not sre.ASSERT:
        return None
    direction, inner = branch[0][1]
    if direction != -1 or len(inner) != 1:
        return None
    op, argument = inner[0]
    items = [(op, argument)] if op is sre.LITERAL else argument if op is sre.IN else None
    if items is None:
        return None
    written: list[str] = []
    for op, argument in items:
        if op is sre.CATEGORY and argument in _CATEGORIES:
            written.append(_CATEGORIES[argument])
            continue
        characters = _in_class([(op, argument)])
        if characters is None:
            return None
        written.extend(_escaped(character) for character in sorted(characters))
    return "".join(written)


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
