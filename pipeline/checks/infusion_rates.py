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

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language

CHECK = "units"


def _search(language: Language, field: str, text: str) -> str:
    match = language.search(field, text)
    return match.group().strip() if match else ""


def _count(language: Language, field: str, text: str) -> int:
    return sum(1 for _ in language.finditer(field, text))


def check_infusion_rates(ctx: EntryContext, source_text: str, translation_text: str) -> Iterator[Finding]:
    """Rule 14 for one entry."""
    source, target = ctx.source_language, ctx.language
    hint = source.pattern("infusion_rate_hint")
    if hint is not None and not hint.search(source_text):
        return  # the cheap test: most sources speak of no rate and no dose
    source_rate = _search(source, "rate_words", source_text)
    # "half the dose": a dose named alone ("as a single dose") is often left unsaid
    source_dose = "" if source_rate else _search(source, "dose_sizes", source_text)
    if not (source_rate or source_dose):
        return  # most sources that name a dose: the translation is not read
    if target.pattern("rate_words") is None or target.pattern("dose_words") is None:
        return  # a language with no words for them: nothing can be read
    translation_rate = _search(target, "rate_words", translation_text)
    changed = _search(target, "slower_rate", translation_text) or _search(target, "faster_rate", translation_text)
    source_changed = _search(source, "slower_rate", source_text) or _search(source, "faster_rate", source_text)
    if source_dose:
        if not source_changed and translation_rate and not _search(target, "dose_words", translation_text):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{source_dose}' in the source: the translation says the rate of an infusion "
                f"({translation_rate}), not a dose",
            )
        return
    if not translation_rate and not changed:
        # more doses than the source names: one stands where its rate was
        if _count(target, "dose_words", translation_text) > _count(source, "dose_words", source_text):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{source_rate}' in the source: the translation says a dose "
                f"({_search(target, 'dose_words', translation_text)}), not the rate of the infusion",
            )
        return
    same = _search(target, "unchanged_rate", translation_text)
    if source_changed and same and not changed:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{source_changed}' (the rate changed) in the source: the translation says the same rate ({same})",
        )
    source_same = _search(source, "unchanged_rate", source_text)
    if source_same and changed and not same:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{source_same}' in the source: the translation changes the rate ({changed})",
        )
