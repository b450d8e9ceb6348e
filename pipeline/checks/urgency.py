"""[urgency] A sentence that says to act right away keeps a word of hurry in the translation.

"Call your doctor right away if you have chest pain" rendered as "Llame a su
médico la próxima semana si tiene dolor en el pecho" (next week), or "Go to
the emergency room right away" as "응급실에 가세요" with the urgency left out:
no number, negation or direction changed, so no other check sees it, and a
patient who reads it waits.  The source language's ``urgency`` words (right
away, immediately, at once, straight away, urgently, without delay, as soon as
possible) are looked for in the target language's (Korean 즉시, 바로, 당장,
지체 없이; Spanish de inmediato, enseguida, cuanto antes; Chinese 立即, 立刻,
馬上, 盡快; Arabic فورا, على الفور, بسرعة; French immédiatement, tout de suite;
Portuguese imediatamente, o quanto antes; German sofort, umgehend, dringend),
listed per language in pipeline/languages/.

- A source sentence with an urgency word whose translation has none of the
  target language's: a warning.  Which word the translation uses is not
  compared (바로 for "immediately" is right), nor how many.
- Phrases that hold an urgency word and say no hurry are left out on both
  sides (``not_urgency``): "two doses at once" (together), "urgent care" (a
  place), "immediately after a meal" (when a dose is taken); 緊急狀況 (an
  emergency), "service d'urgence" (the emergency department).  "Now" is read
  only after an instruction to act that opens its clause ("Call your doctor
  now", "Stop taking it now"); elsewhere ("You can now …", "now that …", "from
  now on", "for now") it says a time, as "as soon as" before a clause ("as soon
  as they suspect TEN") does, and is not read.

- A translation with no urgency word that puts the action off instead (each
  language's ``deferral``: at the next visit, next week, later, when
  convenient; 다음 진료 때, en su próxima cita, lors de votre prochaine
  visite, beim nächsten Arzttermin, na sua próxima consulta, 下次回診時, في
  موعدك القادم): an error, for a patient who reads it waits.  Not where the
  source puts something off itself ("…; tell your doctor at your next visit
  if …"), nor a later time that puts no action off (``not_deferral``: "if you
  remember later", "two days later", "no later than").  A call for emergency
  help ("call 911", "go to the emergency room": the source language's
  ``emergency_call``) is as urgent, and so put off an error too; with no word
  of hurry beside it, it asks for none in the translation ("응급 상황에서는
  911에 전화하세요" for "In an emergency, call 911" passes).

- A source that says now (``immediacy``: immediately, right away, at once,
  "Call … now") whose translation says only "as soon as possible" or "when
  you can" (``as_soon_as_possible``: 가능한 한 빨리, 盡快, lo antes posible, dès
  que possible, so bald wie möglich, o mais rápido possível, في أقرب وقت
  ممكن) and no other word of hurry: an error, for a patient waits for a
  chance.  Not where the source says "as soon as possible" itself.

Sentence by sentence when source and translation have as many sentences, as
[negation] and [comparison] pair them, else the whole entry.  A hurry only
missing is a warning: a translation may say it in words the language module
does not list, or with the sentence's construction; a person decides.  Most
entries say no urgency, so a source with none of the source language's
``urgency_hints`` (a substring test) is not read further.  A language without
urgency words is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import quoted, sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.review import shorten

CHECK = "urgency"


def check_urgency(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.pattern("urgency") is None or target.pattern("urgency") is None:
        return
    if not source_words.may_say_urgency(ctx.source):
        return  # no urgency in the source (most entries): neither text need be read
    emergency_call = source_words.pattern("emergency_call")
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = source_words.urgency_said(source_part)
        soon = _only_soon(ctx, source_part, translation_part) if said else []
        if soon:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {quoted(source_words.immediacy_said(source_part))} (now) but the translation "
                f"says only {quoted(soon)} (as soon as possible): a patient who reads it may wait "
                f"({shorten(source_part)!r})",
            )
            continue
        calls = [] if said or emergency_call is None else [m.group() for m in emergency_call.finditer(source_part)]
        if not (said or calls) or target.urgency_said(translation_part):
            continue
        put_off = target.deferral_said(translation_part)
        if put_off and not source_words.deferral_said(source_part):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {quoted(said or calls)} but the translation puts it off ({quoted(put_off)}) and "
                f"says nothing urgent: a patient who reads it waits ({shorten(source_part)!r})",
            )
        elif said:  # a call for help alone may rightly be said with no word of hurry ("119에 전화하세요")
            yield ctx.finding(
                CHECK,
                WARNING,
                f"the source says {quoted(said)} but the translation says nothing urgent: check that it was "
                f"not left out ({shorten(source_part)!r})",
            )


def _only_soon(ctx: EntryContext, source_part: str, translation_part: str) -> list[str]:
    """The target's words of "as soon as possible" that ``translation_part`` says for the source's
    "immediately" with no word of hurry of its own; [] where the source itself says soon."""
    source_words = ctx.source_language
    if source_words.search("as_soon_as_possible", source_part):
        return []
    if not source_words.immediacy_said(source_part):
        return []
    return ctx.language.only_as_soon_as_possible(translation_part)
