"""[units] rule 14 (docs/checks.md): an infusion's rate stays a rate, and its change a change.

"The infusion may be restarted at half the rate" said "at half the dose" (절반의 용량으로, 一半的劑量)
gives half the medicine, not the same medicine more slowly, and "half the dose" said "at half the
rate" the other way round; "restarted at a slower rate" said "at the same rate" (mit unveränderter
Geschwindigkeit) goes on at the rate that caused the reaction, and "the same rate" said slower or
faster changes it.  No number or unit is touched, so no other rule sees these.

A language's ``rate_words``, ``dose_words`` and ``unchanged_rate`` (pipeline/languages/) are its
words; slower and faster are the SLOWER and FASTER of its ``opposites``.  A translation that says
the rate change in a verb ("restart more slowly": 더 천천히 다시 주입, plus lentement) names no rate
and passes.

Pure functions of the entry's texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.language import FASTER, SLOWER

CHECK = "units"

# The cheap test of the (English) source: most entries speak of no rate and no dose.
_HINT_RE = re.compile(r"\brate|\bspeed|\bdos[ei]", re.IGNORECASE)


@lru_cache(maxsize=32)
def _words(language: Language) -> tuple[re.Pattern | None, ...]:
    """The language's rate, dose, unchanged-rate, slower, faster and dose-size words, compiled once."""
    patterns = (
        language.rate_words,
        language.dose_words,
        language.unchanged_rate,
        language.opposites.get(SLOWER, ""),
        language.opposites.get(FASTER, ""),
        language.dose_sizes,
    )
    return tuple(re.compile(pattern, re.IGNORECASE) if pattern else None for pattern in patterns)


def _search(pattern: re.Pattern | None, text: str) -> str:
    match = pattern.search(text) if pattern is not None else None
    return match.group().strip() if match else ""


def _count(pattern: re.Pattern | None, text: str) -> int:
    return len(pattern.findall(text)) if pattern is not None else 0


def check_infusion_rates(ctx: EntryContext, source_text: str, translation_text: str) -> Iterator[Finding]:
    """Rule 14 for one entry."""
    if not _HINT_RE.search(source_text):
        return
    rate, dose, unchanged, slower, faster, sizes = _words(ctx.source_language)
    source_rate = _search(rate, source_text)
    # "half the dose": a dose named alone ("as a single dose") is often left unsaid
    source_dose = "" if source_rate else _search(sizes, source_text)
    if not (source_rate or source_dose):
        return  # most sources that name a dose: the translation is not read
    said_rate, said_dose, said_unchanged, said_slower, said_faster, _ = _words(ctx.language)
    if said_rate is None or said_dose is None:
        return  # a language with no words for them: nothing can be read
    translation_rate = _search(said_rate, translation_text)
    changed = _search(said_slower, translation_text) or _search(said_faster, translation_text)
    source_changed = _search(slower, source_text) or _search(faster, source_text)
    if source_dose:
        if not source_changed and translation_rate and not _search(said_dose, translation_text):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{source_dose}' in the source: the translation says the rate of an infusion "
                f"({translation_rate}), not a dose",
            )
        return
    if not translation_rate and not changed:
        # more doses than the source names: one stands where its rate was
        if _count(said_dose, translation_text) > _count(dose, source_text):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{source_rate}' in the source: the translation says a dose "
                f"({_search(said_dose, translation_text)}), not the rate of the infusion",
            )
        return
    same = _search(said_unchanged, translation_text)
    if source_changed and same and not changed:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{source_changed}' (the rate changed) in the source: the translation says the same rate ({same})",
        )
    source_same = _search(unchanged, source_text)
    if source_same and changed and not same:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{source_same}' in the source: the translation changes the rate ({changed})",
        )
