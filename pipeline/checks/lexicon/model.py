"""What a language's lexicon holds (the data of pipeline/checks/lexicon/<code>.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType

AT_MOST = "at most"  # an upper bound: no more than, up to, within, less than
AT_LEAST = "at least"  # a lower bound: at least, more than, over

# (start, end, value) of a number written in words
Spans = Iterator[tuple[int, int, Fraction]]


def _empty() -> Mapping:
    return MappingProxyType({})


@dataclass(frozen=True, eq=False)
class Lexicon:
    code: str
    # Negation: a regex any match of which is a negation.  ``negation`` is
    # every way the language says "not" (verb negation, "without", "there is
    # no"); ``strong_negation`` leaves out those it also uses for meanings
    # English says without a "not" (Korean 없다 for "lack", "new places" =
    # 전에 없던 곳), so a translation *adding* a negation is judged by it.
    negation: str = ""
    strong_negation: str = ""
    # For the source language: what looks like a negation and is not ("no
    # more than" is a limit), and words whose meaning is negative without one
    # ("unknown", "lack", "only"), which a translation may say with a "not".
    not_negation: str = ""
    negative_meaning: str = ""
    # Limits: phrase -> AT_MOST / AT_LEAST, written before the number ("최대 2
    # g", "al menos 2 horas") or after it and its unit ("2 g 이하", "24 小時內").
    limits_before: Mapping[str, str] = field(default_factory=_empty)
    limits_after: Mapping[str, str] = field(default_factory=_empty)
    # Numbers written in words: a function giving (start, end, value) spans.
    numerals: Callable[[str], Spans] | None = None
    # Words that say to call a number, before it ("llame al 911") or after it
    # ("119에 전화"): an emergency number said this way is one to call.
    call_before: tuple[str, ...] = ()
    call_after: tuple[str, ...] = ()
    # Verb at the end of the clause (Korean): a negation that turns a limit
    # around comes after it ("2 g 이상 드시지 마세요"), not before ("no tome más de").
    verb_final: bool = False
    # Case-sensitive match for scripts without case, case-insensitive for Latin.
    ignore_case: bool = False

    @cached_property
    def negation_re(self) -> re.Pattern | None:
        return re.compile(self.negation, re.IGNORECASE if self.ignore_case else 0) if self.negation else None

    @cached_property
    def strong_negation_re(self) -> re.Pattern | None:
        pattern = self.strong_negation or self.negation
        return re.compile(pattern, re.IGNORECASE if self.ignore_case else 0) if pattern else None

    @cached_property
    def not_negation_re(self) -> re.Pattern | None:
        return re.compile(self.not_negation, re.IGNORECASE) if self.not_negation else None

    @cached_property
    def negative_meaning_re(self) -> re.Pattern | None:
        return re.compile(self.negative_meaning, re.IGNORECASE) if self.negative_meaning else None

    def negations(self, text: str) -> list[str]:
        """The negations ``text`` says (what only looks like one left out)."""
        if self.negation_re is None:
            return []
        if self.not_negation_re is not None:
            text = self.not_negation_re.sub(lambda m: " " * len(m.group()), text)
        return [match.group().strip() for match in self.negation_re.finditer(text)]

    def number_spans(self, text: str) -> list[tuple[int, int, Fraction]]:
        return list(self.numerals(text)) if self.numerals else []
