"""[negation] One of two things to take or use is not said as both.

"Use either the cream or the ointment on the rash." rendered as "발진 부위에
크림과 연고를 둘 다 바르세요." (apply both), "You can take either the tablets or
the syrup, but not both." as "Puede tomar los comprimidos y el jarabe a la vez."
(at the same time): a patient uses two medicines where the source allows one,
and may take a dose twice over.  The source language's ``either_or`` (a choice
of what to take or use: "take either … or", "give you either … or"; not
"Either your doctor or your pharmacist can answer", which both may) is looked
for, and the target's ``both`` (둘 다, 동시에, 크림과 연고를 함께, a la vez, juntos,
ambos, à la fois, ensemble, gleichzeitig, beide, sowohl, ao mesmo tempo, 同時,
兩者, 併用, معًا, كلاهما).

- An error where a source sentence says such a choice and no "both" of its
  own ("or both"; "not both" is none), and its translation says "both" or
  "together" with no negation ("pero no ambos a la vez", 두 가지를 함께 쓰지는
  않습니다 say the source's "not both").  A translation that says the choice
  ("o", 또는, 或, أو, "entweder … oder") and no "both" passes, and so do the
  words of "with" (junto con, zusammen mit, 식사와 함께, 與食物一起) and of "both
  cases" (en ambos casos, in beiden Fällen: either is fine), which the lists
  leave out.
- An error too where the source insists on the choice ("not both", "never
  both") and the translation, with no "both" word, drops it: no word that
  keeps one of two (o, oder, soit, 또는, 중 하나, 或, 擇一, أو, "only") and no
  negation ("Tome el comprimido y la solución oral.", 아침 용량과 저녁 용량을
  모두 복용하세요, 早上和晚上的劑量都要服用).

Sentence by sentence when source and translation have as many sentences, as
[negation] pairs them, else the whole entry.  Most entries say no "either", so
a source without the word (a substring test) is not read further.  A language
without ``both`` is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.review import shorten

CHECK = "negation"


def check_one_of_two_said_as_both(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    choice, both, negation = source_words.either_or_re, target.both_re, target.negation_re
    if choice is None or both is None or negation is None or source_words.both_re is None:
        return
    if "either" not in ctx.source.lower():
        return  # no choice said in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        if choice.search(source_part) is None or source_words.both_re.search(source_part):
            continue
        if negation.search(translation_part) is not None:
            continue  # "pero no ambos", 둘 다 복용하지는 마세요: the source's "not both"
        together = both.search(translation_part)
        if together is not None:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says 'either … or' (one of the two) but the translation says "
                f"{together.group().strip()!r} (both or together), with no negation: a patient would use both "
                f"({shorten(source_part)!r})",
            )
        elif _choice_dropped(source_part, translation_part, source_words, target):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says 'either … or', not both, but the translation says neither 'or' nor 'only' "
                f"nor a negation: it names the two together, and a patient would use both "
                f"({shorten(source_part)!r})",
            )


def _choice_dropped(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the source insists on its choice (its ``not_both``: "not both", "never both") and
    the translation keeps none (none of the target's ``choice``: o, oder, 또는, 중 하나, 或, أو, nor
    "only"): "Tome el comprimido y la solución oral.", 아침 용량과 저녁 용량을 모두 복용하세요 (모두,
    all), 早上和晚上的劑量都要服用 (都): both, said with no "both" word.  Not a source that
    allows both ("You can take it either with food or on an empty stomach" as 本藥可隨餐服用，也可空腹
    服用, either is fine), and not a language that lists no ``choice``."""
    insists, kept = source_words.not_both_re, target.choice_re
    if insists is None or kept is None or insists.search(source) is None:
        return False
    return kept.search(translation) is None
