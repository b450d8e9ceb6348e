"""[negation] A double dose the source forbids, named in a translation that forbids nothing.

"Do not take a double dose to make up for a forgotten dose." rendered as
"잊은 용량을 보충하려면 두 배 용량을 복용하세요." (take a double dose to make up for
it) keeps the double dose and drops the "not": it tells a patient to overdose.
A lost "not" alone is [negation]'s warning, as a language may say a
prohibition without one; a translation that names the double dose (두 배 용량,
2회분, dosis doble, dose double, doppelte Dosis, dose dupla, 雙倍劑量, جرعة
مضاعفة: each target's ``double_dose``) with neither a negation nor a word that
forbids (피하세요, évitez, 禁止, يُمنع: its ``prohibits``) cannot be saying the
source's prohibition.  Which double dose the source forbids is its language's
``double_dose_forbidden`` ("Do not take a double dose", "Never double up",
"Avoid doubling the dose"); "If you take a double dose by mistake, do not
panic" forbids none.

A double dose a source never speaks of (its language's ``double_dose``: no
"double", "twice" or "two doses" in it), named by a translation that forbids
nothing, is the same error: "If you miss a dose, take it as soon as you
remember" as `…下一次服藥時一併補服，服用兩倍劑量` (take a double dose with the next one).
"""

from __future__ import annotations

from pipeline.languages import Language


def double_dose_ordered(source: str, translation: str, source_words: Language, target: Language) -> tuple[str, str]:
    """The source's words that forbid a double dose and the translation's that name one, when the
    translation has no negation nor a word that forbids; else two empty strings."""
    forbidden, named = source_words.pattern("double_dose_forbidden"), target.pattern("double_dose")
    negation, prohibits = target.pattern("negation"), target.pattern("prohibits")
    if forbidden is None or named is None or negation is None:
        return "", ""
    forbidding = forbidden.search(source)  # most sentences name no double dose: asked first
    if forbidding is None:
        return "", ""
    double = named.search(translation)
    if double is None or negation.search(target.without_not_negations(translation)):
        return "", ""
    if prohibits is not None and prohibits.search(translation):
        return "", ""
    return forbidding.group().strip(), double.group().strip()


def double_dose_added(source: str, translation: str, source_words: Language, target: Language) -> str:
    """The translation's words that name a double dose, when its source names none (nor doubles or
    twice anything) and the translation has no negation nor a word that forbids; else ""."""
    named, said = target.pattern("double_dose"), source_words.pattern("double_dose")
    negation, prohibits = target.pattern("negation"), target.pattern("prohibits")
    if named is None or said is None or negation is None:
        return ""
    double = named.search(translation)  # most translations name no double dose: asked first
    if double is None or said.search(source):
        return ""
    if negation.search(target.without_not_negations(translation)):
        return ""
    if prohibits is not None and prohibits.search(translation):
        return ""
    return double.group().strip()
