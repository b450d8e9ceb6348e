"""Reading a text for many terms at once, each only where one of its hints is.

[opposites] looks for some thirty-five English terms in every source passage.  One alternation of
them all tries each term at each place a term may start, and a passage names few of them: most
terms' hints ("vein", "swallow", "refrigerat") are not in it at all.  A term none of whose hints a
text holds cannot match there (every phrase the term matches holds one), so it is not looked for;
the terms left are each searched for in a pattern of their own, and their matches taken as the one
alternation of all of them would take them (:func:`leftmost_first`): the same matches, on the
varied bench corpus's English passages in 0.09 s of CPU against 0.71 s.  (One alternation per set
of hinted terms would find them too, but that corpus holds 374 such sets: 0.38 s of compiling in
every run.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

# The letters a case-insensitive pattern matches as i, s and i, which str.lower() leaves apart from
# them (the dotless ı, the long ſ, the dotted İ; Kelvin's K lower-cases to k): written so before a
# hint is looked for, a hint is in the text wherever its term's pattern matches.
_READ_AS_ASCII = str.maketrans({"ı": "i", "ſ": "s", "İ": "i"})

# hint -> the terms it is a hint of, for every hint of a language, the lower-case ones and the
# ones tested as written (with a capital: IV is intravenous only in capitals)
HintIndex = tuple[tuple[tuple[str, frozenset[str]], ...], tuple[tuple[str, frozenset[str]], ...]]


def hint_index(hints: Mapping[str, Sequence[str]]) -> HintIndex:
    """``hints`` (term -> its hints) turned around: each hint once, with the terms it is a hint of."""
    terms_of: dict[str, set[str]] = {}
    for term, term_hints in hints.items():
        for hint in term_hints:
            terms_of.setdefault(hint, set()).add(term)
    lower = tuple((hint, frozenset(terms)) for hint, terms in terms_of.items() if hint.islower())
    as_written = tuple((hint, frozenset(terms)) for hint, terms in terms_of.items() if not hint.islower())
    return lower, as_written


def folded(text: str) -> str:
    """``text`` lower-cased as a case-insensitive pattern reads its letters (:data:`_READ_AS_ASCII`)."""
    return (text if text.isascii() else text.translate(_READ_AS_ASCII)).lower()


def hinted_terms(text: str, index: HintIndex) -> frozenset[str]:
    """The terms one of whose hints ``text`` holds: a lower-case hint in ``text`` lower-cased, one
    with a capital as written."""
    lower, as_written = index
    text_folded = folded(text)
    found = [terms for hint, terms in lower if hint in text_folded]
    found += [terms for hint, terms in as_written if hint in text]
    return frozenset().union(*found)


def holds_a_hint(text: str, index: HintIndex) -> bool:
    """Whether ``text`` holds a hint of any term (as :func:`hinted_terms`, stopping at the first)."""
    lower, as_written = index
    text_folded = folded(text)
    return any(hint in text_folded for hint, _ in lower) or any(hint in text for hint, _ in as_written)


def leftmost_first(
    text: str, patterns: Sequence[tuple[str, re.Pattern]], start: int = 0
) -> Iterator[tuple[str, re.Match]]:
    """The matches in ``text`` of ``patterns``, each with its name, as one alternation of the
    patterns in this order finds them with finditer: from ``start``, the match that starts first,
    of two that start at one place the earlier pattern's; then on from its end.

    Each pattern's next match is kept while it starts at or after the place looked from (a search
    from there would find it again: a pattern's lookbehinds and word boundaries read the whole
    text, whatever the place a search starts), so a pattern is searched once per match taken before
    its own, not once per place.  A match is never empty where every match holds a hint; were one,
    the next is looked for a character on, not at the same place again."""
    found = [pattern.search(text, start) for _, pattern in patterns]
    position = start
    while True:
        first: tuple[str, re.Match] | None = None
        for index, (name, pattern) in enumerate(patterns):
            match = found[index]
            if match is not None and match.start() < position:
                match = found[index] = pattern.search(text, position)
            if match is not None and (first is None or match.start() < first[1].start()):
                first = name, match
        if first is None:
            return
        yield first
        position = max(first[1].end(), first[1].start() + 1)
