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

Sentence by sentence when source and translation have as many sentences, as
[negation] and [comparison] pair them, else the whole entry.  A warning, never
an error: a translation may say the hurry in words the language module does
not list, or with the sentence's construction; a person decides.  Most
entries say no urgency, so a source with none of the source language's
``urgency_hints`` (a substring test) is not read further.  A language without
urgency words is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.negation import quoted, said_in_the_source_only
from pipeline.findings import WARNING, Finding
from pipeline.review import shorten

CHECK = "urgency"


def check_urgency(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.urgency_re is None or target.urgency_re is None:
        return
    if not source_words.may_say_urgency(ctx.source):
        return  # no urgency in the source (most entries): neither text need be read
    for source_part, said in said_in_the_source_only(ctx, source_words.urgency_said, target.urgency_said):
        yield ctx.finding(
            CHECK,
            WARNING,
            f"the source says {quoted(said)} but the translation says nothing urgent: check that it was "
            f"not left out ({shorten(source_part)!r})",
        )
