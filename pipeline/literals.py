"""The words an alternation regex looks for, tested as plain substrings first.

A case-insensitive regex of many words ("daily", "per day", "매일"...) is tried at every
position of a text; most texts hold none of its words, and ``word in text`` says so in a
fraction of the time. The test only filters: when it passes, the regex decides.

Also here, for the languages and the checks alike: a pattern's matches blanked
(:func:`blank_matches`), so that what is read next no longer sees them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

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
    (seven times quicker than testing each word in turn); None when the regex must always run.
    Only whether it finds a word is read (:func:`may_hold`), the same in any order of the words:
    written as :func:`longest_first`'s trie, English limits_before's searches the checks' test
    strings 26x quicker."""
    found = literal_words(words)
    return None if found is None else re.compile(longest_first(found) or "(?!)")


def may_hold(lowered_text: str, pattern: re.Pattern | None) -> bool:
    """Whether a :func:`lowered` text may hold one of :func:`literal_pattern`'s words (None: may)."""
    return pattern is None or pattern.search(lowered_text) is not None


def longest_first(words: Iterable[str]) -> str:
    """The source of a regex matching what ``"|".join(map(re.escape, sorted(words, key=len,
    reverse=True)))`` matches, in the same order of preference, with or without re.IGNORECASE: the
    words as a trie, shared beginnings written once ("max(?:imum(?: daily)?)?"), a word ending
    tried after every longer one through it. ``re`` tries each branch of an alternation at every
    position; the trie tries the one branch of the next character (English limits_before, 504
    phrases: built and compiled in 9 ms, not 11 ms, and the 11,372 strings of the checks' tests
    searched 16x quicker, 20 ms not 320 ms)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_source(trie)[0]


def _trie_source(node: dict) -> tuple[str, bool]:
    """A trie node's pattern, and whether it is an alternation at its top (to group after a prefix)."""
    run = ""
    while len(node) == 1 and "" not in node:  # one way on: a run of characters, written as one
        ((char, node),) = node.items()
        run += char
    if run:
        rest, alternation = _trie_source(node)
        return re.escape(run) + (f"(?:{rest})" if alternation else rest), False
    children = [char for char in node if char]
    if len(children) > 1 and _case_alike(children):
        # Two branches IGNORECASE may both match ("M" and "m"): which to try first depends on the
        # lengths below them, so their words are written longest first, as the alternation does.
        suffixes = sorted(_suffixes(node), key=len, reverse=True)
        return "|".join(map(re.escape, suffixes)), len(suffixes) > 1
    branches = [_trie_source({char: node[char]})[0] for char in sorted(children)]
    if not branches:
        return "", False
    if "" not in node:
        return "|".join(branches), len(branches) > 1
    # a word ends here too: tried last, after every longer one (a greedy "?" tries its group first)
    if len(branches) == 1 and node[children[0]] == {"": {}}:
        return f"{branches[0]}?", False  # one character more: "s?"
    return "(?:" + "|".join(branches) + ")?", False


def _suffixes(node: dict, prefix: str = "") -> list[str]:
    found = [prefix] if "" in node else []
    for char, child in node.items():
        if char:
            found += _suffixes(child, prefix + char)
    return found


def _case_alike(chars: list[str]) -> bool:
    """Whether two of ``chars`` match each other under re.IGNORECASE (a and A, k and the Kelvin sign)."""
    if all(char.isascii() for char in chars):
        return len({char.lower() for char in chars}) < len(chars)
    return any(_match_alike(one, other) for i, one in enumerate(chars) for other in chars[i + 1 :])


@lru_cache(maxsize=4096)
def _match_alike(one: str, other: str) -> bool:
    return re.fullmatch(re.escape(one), other, re.IGNORECASE) is not None


def _lowering_agrees(char: str) -> bool:
    # ASCII (its odd cases folded by ASCII_FOLD), a letter without case (Hangul, Han, Arabic), or
    # one of Latin-1's (á, ñ, ü: their only other case is the one lower() gives), not the micro sign.
    return (
        char.isascii() or char.lower() == char.upper() or (block(char) == "Latin-1 Supplement" and char != MICRO_SIGN)
    )


def blank_matches(pattern: re.Pattern, text: str) -> str:
    """``text`` with each match of ``pattern`` made spaces: what is read after it no longer
    sees those words, and every offset stays where it was."""
    return pattern.sub(lambda m: " " * len(m.group()), text)
