"""Translation memory: what a locale's other catalogs already say, offered to a new entry.

As ``msgmerge --compendium``, ``update`` looks for an entry of the template
that its own catalog cannot fill (new, untranslated, or changed beyond what
its previous translation fits) among the translated messages of every other catalog of the
same locale. A message with the same English, or English at least
:data:`MEMORY_CUTOFF` alike (difflib's ratio), gives its translation:

* always ``fuzzy``: a suggestion for the translator, never a translation a
  release publishes, however alike the English is;
* with a translator comment naming the catalog and line it came from and how
  alike the English was, ``# Translation memory: ivig-ten.po:209, same
  English`` (removed by ``update`` once a translator has cleared
  the fuzzy mark);
* with that English as ``#| msgid`` when it differs, so Poedit and Weblate show
  the difference.

Only finished translations are remembered (fuzzy and untranslated entries are
not), and only singular messages. Pure: the command reads the catalogs.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from pipeline.catalogs.catalog import Catalog

MEMORY_CUTOFF = 0.9  # near-identical: a word or two changed in a sentence
# Short, so that tools that wrap comments at 79 columns (polib) keep it on one line.
COMMENT_PREFIX = "Translation memory:"


@dataclass(frozen=True)
class Remembered:
    msgid: str
    msgstr: str
    origin: str  # "ivig-dermatology.po:123", in the same locale's folder


@dataclass(frozen=True)
class Suggestion:
    entry: Remembered
    ratio: float  # 1.0 for the same English

    @property
    def identical(self) -> bool:
        return self.ratio == 1.0

    def comment(self) -> str:
        alike = "same English" if self.identical else f"English {int(self.ratio * 100)}% alike"
        return f"{COMMENT_PREFIX} {self.entry.origin}, {alike}"


@dataclass(frozen=True)
class TranslationMemory:
    entries: tuple[Remembered, ...] = ()
    # A memory made by without() shares its parent's index and skips the entries of ``left_out``.
    shared: _Index | None = field(default=None, compare=False, repr=False)
    left_out: tuple[str, ...] = ()  # ("ivig-ten.po:",): origin prefixes of the catalogs left out

    @classmethod
    def from_catalogs(cls, catalogs: Iterable[tuple[str, Catalog]]) -> TranslationMemory:
        """The finished singular translations of ``(file name, catalog)`` pairs, in the order given."""
        entries = [
            Remembered(message.msgid, message.msgstr, f"{file}:{message.line}")
            for file, catalog in catalogs
            for message in catalog.messages
            if message.msgid and not message.is_plural and message.translated
        ]
        return cls(tuple(entries))

    def without(self, file: str) -> TranslationMemory:
        """The memory less what ``file`` says (a catalog is not its own memory)."""
        left_out = f"{file}:"
        return TranslationMemory(
            tuple(e for e in self.entries if not e.origin.startswith(left_out)),
            self._index,
            (*self.left_out, left_out),
        )

    @cached_property
    def _index(self) -> _Index:
        return self.shared if self.shared is not None else _Index(self.entries)

    def suggest(self, msgid: str) -> Suggestion | None:
        """The closest remembered message (ratio >= MEMORY_CUTOFF), the first one on a tie.

        What a scan of every entry in order would choose (the first with the same
        English, else the best ratio as that scan keeps it), but difflib's ratio is
        computed only for English whose length and letters could reach the cutoff.
        """
        index = self._index
        for _, entry in index.by_msgid.get(msgid, ()):
            if not self._is_left_out(entry):
                return Suggestion(entry, 1.0)
        matcher = SequenceMatcher(autojunk=False)  # python/cpython#90825: long texts lose matches otherwise
        matcher.set_seq2(msgid)
        letters = Counter(msgid)
        scored = []
        for other in index.same_length_as(msgid):
            length = len(other) + len(msgid)
            # difflib's real_quick_ratio() and quick_ratio(), as floats computed the same way
            if _ratio(min(len(other), len(msgid)), length) < MEMORY_CUTOFF:
                continue
            if _ratio(sum((index.letters(other) & letters).values()), length) < MEMORY_CUTOFF:
                continue
            kept = [(at, entry) for at, entry in index.by_msgid[other] if not self._is_left_out(entry)]
            if kept:
                matcher.set_seq1(other)
                ratio = matcher.ratio()
                scored += [(at, entry, ratio) for at, entry in kept]
        best: Suggestion | None = None
        for _, entry, ratio in sorted(scored, key=lambda scored: scored[0]):  # in the memory's order
            if ratio >= MEMORY_CUTOFF and (best is None or ratio > best.ratio):
                best = Suggestion(entry, min(ratio, 0.999))
        return best

    def _is_left_out(self, entry: Remembered) -> bool:
        return entry.origin.startswith(self.left_out)


class _Index:
    """The entries of a memory by English, and its distinct English by length."""

    def __init__(self, entries: tuple[Remembered, ...]) -> None:
        self.by_msgid: dict[str, list[tuple[int, Remembered]]] = {}
        for at, entry in enumerate(entries):
            self.by_msgid.setdefault(entry.msgid, []).append((at, entry))
        self._by_length = sorted(self.by_msgid, key=len)
        self._lengths = [len(msgid) for msgid in self._by_length]
        self._letters: dict[str, Counter[str]] = {}

    def same_length_as(self, msgid: str) -> list[str]:
        """The English whose length could give a real_quick_ratio() of MEMORY_CUTOFF with
        ``msgid`` (a little wider: the ratio itself decides)."""
        shortest = math.floor(len(msgid) * MEMORY_CUTOFF / (2 - MEMORY_CUTOFF)) - 1
        longest = math.ceil(len(msgid) * (2 - MEMORY_CUTOFF) / MEMORY_CUTOFF) + 1
        return self._by_length[bisect_left(self._lengths, shortest) : bisect_right(self._lengths, longest)]

    def letters(self, msgid: str) -> Counter[str]:
        if msgid not in self._letters:
            self._letters[msgid] = Counter(msgid)
        return self._letters[msgid]


def _ratio(matches: int, length: int) -> float:
    """difflib's _calculate_ratio."""
    return 2.0 * matches / length if length else 1.0


def is_memory_comment(comment: str) -> bool:
    return comment.startswith(COMMENT_PREFIX)
