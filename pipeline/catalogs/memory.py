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

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

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
        return TranslationMemory(tuple(e for e in self.entries if not e.origin.startswith(f"{file}:")))

    def suggest(self, msgid: str) -> Suggestion | None:
        """The closest remembered message (ratio >= MEMORY_CUTOFF), the first one on a tie."""
        best: Suggestion | None = None
        matcher = SequenceMatcher(autojunk=False)  # python/cpython#90825: long texts lose matches otherwise
        matcher.set_seq2(msgid)
        for entry in self.entries:
            if entry.msgid == msgid:
                return Suggestion(entry, 1.0)
            matcher.set_seq1(entry.msgid)
            if matcher.real_quick_ratio() < MEMORY_CUTOFF or matcher.quick_ratio() < MEMORY_CUTOFF:
                continue
            ratio = matcher.ratio()
            if ratio >= MEMORY_CUTOFF and (best is None or ratio > best.ratio):
                best = Suggestion(entry, min(ratio, 0.999))
        return best


def is_memory_comment(comment: str) -> bool:
    return comment.startswith(COMMENT_PREFIX)
