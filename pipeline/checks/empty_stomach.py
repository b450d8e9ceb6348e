"""[opposites] "On an empty stomach" said beside a time before a meal is kept in the translation.

"Take the tablet on an empty stomach, 30 minutes before breakfast." as "Tome el comprimido
30 minutos antes del desayuno.": the time is kept and the empty stomach left out, so a patient
who has eaten takes it anyway.  A source sentence that says the empty stomach (its
``opposites`` term EMPTY_STOMACH: on an empty stomach, between meals) and a time before a meal
(the source language's ``before_a_meal``: before breakfast, before meals, before eating), whose
translation names no term of food at all (with or after food are [opposites]' own) nor a word of
fasting anywhere (its ``fasting``: 공복, 空腹, ayunas, à jeun, nüchtern, jejum, على الريق), gets a warning: the translation's
time is the source's, so the empty stomach is what is missing.  A source that says only "on an
empty stomach" is not read: "1 hour before a meal" is a faithful way to say it.  A source with no
"empty" nor "between" (a substring test) is not read further.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.opposites import terms_named
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.language import EMPTY_STOMACH
from pipeline.review import shorten

CHECK = "opposites"


def check_empty_stomach_dropped(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    before_a_meal = source_words.pattern("before_a_meal")
    if before_a_meal is None or not target.opposites:
        return
    lowered = ctx.source.lower()
    if "empty" not in lowered and "between" not in lowered:
        return  # no empty stomach in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        timed = before_a_meal.search(source_part)
        if timed is None:
            continue
        empty = terms_named(source_part, source_words, affirmed_only=True).get("food", {}).get(EMPTY_STOMACH)
        if not empty or _fasting(translation_part, target) or terms_named(translation_part, target).get("food"):
            continue
        yield ctx.finding(
            CHECK,
            WARNING,
            f"the source says {empty[0]!r} (on an empty stomach) beside {timed.group()!r} but the translation "
            f"says only the time: check that the empty stomach was not left out ({shorten(source_part)!r})",
        )


def _fasting(text: str, language: Language) -> bool:
    """Whether ``text`` says a word of fasting anywhere ("nüchtern mindestens 30 Minuten vor dem Frühstück
    einnehmen"), where its EMPTY_STOMACH term asks it beside the verb."""
    return language.search("fasting", text) is not None
