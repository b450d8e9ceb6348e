"""[negation] A translation does not order a medicine stopped where its source gives no such order.

"Tell your doctor if you take warfarin." rendered as "Informe a su médico si toma warfarina y
suspéndala unos días" or "Arrêtez la warfarine et prévenez votre médecin": the patient stops a
blood thinner nobody told them to stop.  No number, negation or condition of the source is lost,
so no other check sees it.

A source sentence that says no word of stopping, pausing or keeping on (the source language's
``stop_words``: stop, discontinue, pause, skip, continue ...; ``breaks_said``: "then have a 7-day
break", 然後停藥7天) and no "not" (a "Do not take aspirin for 7 days before the operation" is
rightly "Suspenda la aspirina 7 días antes"), and a translation sentence with no "not" that says
an order to stop (the language's ``stop_orders``: suspenda, arrêtez, setzen Sie … ab, 중단하십시오,
停用, توقف عن تناول): an error.  Sentence by sentence when source and
translation have as many sentences, else the whole entry.  Most sources hold none of the
translation's words, so the translation is read first, and the source only where it orders a stop.

Pure functions of the entry's texts.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, Finding
from pipeline.review import shorten

CHECK = "negation"


def check_stop_added(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.pattern("stop_words") is None or source_words.pattern("negation") is None:
        return
    if target.search("stop_orders", ctx.translation_view.prose) is None:
        return  # nearly every translation orders no stop: the source need not be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        order = target.search("stop_orders", translation_part)
        if order is None or target.search("negation", translation_part):
            continue  # (a "not" anywhere in it may deny the stop: 不可自行停藥, setzen Sie es nicht ab)
        if any(source_words.search(words, source_part) for words in ("stop_words", "breaks_said", "negation")):
            continue
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the translation orders a stop ({order.group().strip()!r}) but the source says nothing of stopping: "
            f"the patient stops what the source never said to stop ({shorten(source_part)!r})",
        )
