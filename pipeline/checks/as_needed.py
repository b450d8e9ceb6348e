"""[as-needed] A dose the source says to take only when needed stays one in the translation.

"Use 2 puffs every 6 hours if needed." rendered as "Use 2 jatos a cada 6
horas." (every 6 hours, needed or not): no number, negation or direction
changed, so no other check sees it, and a patient takes a medicine for when a
symptom comes on a schedule, up to the most a day allows, every day.  The
source language's ``as_needed`` words (if needed, as needed, when needed, if
necessary, if required, when you need it, PRN) are looked for in the target
language's (se necessário, quando necessário; si es necesario, a demanda; au
besoin, si nécessaire; bei Bedarf, falls nötig, gegebenenfalls; 필요 시, 필요할
때; 必要時, 需要時; عند الحاجة, إذا لزم الأمر), listed per language in
pipeline/languages/, with the words of a condition a dose is taken on (si, en
cas de, wenn, bei, 때, 경우, 如果, 時, عند, إذا): "Take 1 tablet for pain, if
needed." is rightly "Prenez 1 comprimé en cas de douleur.", `통증이 있을 때
1정을 복용하십시오`, "Nehmen Sie bei Schmerzen 1 Tablette ein.".

- A source sentence with an as-needed word whose translation has none of the
  target language's, nor a condition: a warning.  Which word the translation
  uses is not compared.
- An error where that translation says a fixed schedule instead (the target's
  ``fixed_schedule``: a count per period, 4 veces al día, 하루 4번, 每日4次, or an
  interval, cada 6 horas, 每6小時, كل 6 ساعات) and no most (hasta, bis zu,
  최대, 最多: "up to 4 times a day" may still be as needed): "Children aged 6
  to 12 years: 10 mL every 6 hours as needed." as 6至12歲兒童：每6小時服用10 mL。
  is taken every 6 hours, needed or not.

Sentence by sentence when source and translation have as many sentences, as
[negation] and [urgency] pair them, else the whole entry.  Else a warning, not an
error: the translation may say "only when needed" in words the language module
does not list, or in the sentence before ("Use it only when you need it." then
the dose), and no amount changed: a person reads it (a release without sign-off refuses
the page until someone has: release.py's REVERSAL_CHECKS).  Most entries say nothing
of need, so a source with none of the source language's ``as_needed_hints`` (a
substring test) is not read further.  A language without as-needed words is not
checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import quoted, sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.review import shorten

CHECK = "as-needed"


def check_as_needed(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.pattern("as_needed") is None or target.pattern("as_needed") is None:
        return
    if not source_words.may_say_as_needed(ctx.source):
        return  # no need said in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = source_words.as_needed_said(source_part)
        if not said or target.as_needed_said(translation_part):
            continue
        schedule = _fixed_schedule(translation_part, target)
        if schedule is not None:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {quoted(said)} but the translation says a fixed schedule ({schedule!r}) with no "
                f"word of need: a dose taken only when needed was made a regular one ({shorten(source_part)!r})",
            )
            continue
        yield ctx.finding(
            CHECK,
            WARNING,
            f"the source says {quoted(said)} but the translation says neither that nor when to take it: "
            f"check that a dose taken only when needed was not made a regular one ({shorten(source_part)!r})",
        )


def _fixed_schedule(translation: str, language: Language) -> str | None:
    """The words of a fixed schedule ``translation`` says (its language's ``fixed_schedule``), unless
    it says a most ("hasta 4 veces al día", 하루 최대 4번: up to, which may still be as needed)."""
    if language.pattern("fixed_schedule") is None:
        return None
    schedule = language.search("fixed_schedule", translation)
    if schedule is None or language.says_at_most(translation):
        return None
    return schedule.group().strip()
