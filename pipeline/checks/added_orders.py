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

Its kin (:func:`check_prohibition_added`): a translation does not forbid where its source orders.
"If you do not feel better after 5 to 15 minutes, use a second auto-injector." rendered as
"5~15분이 지나도 나아지지 않으면 두 번째 자동주사기는 사용하지 마세요." (do not use it): the
source's one "not" is in its condition, the translation keeps it there and adds one to the order, so
[negation]'s count of them passes.  A source sentence whose every "not" stands in the clause of a
condition (the language's ``plain_if``: if, when; to the next comma), whose order (the rest) says no
negation nor a word negative in meaning (stop, avoid, unless, only, more than ...: its
``negative_meaning`` and ``forbids``), and a translation sentence that says more negations than the
source and one outside the clauses of its own conditions (``plain_if``, ``condition_ends``), not of
stopping (``negated_stop``: no siga usándolo for "stop using it"), nor a "need not"
(``not_required``), nor a "without": an error.  So is a "need not" outside the translation's
conditions where the source orders under a condition with no "not" at all
(:func:`check_need_not_added`: 服藥後1小時內若嘔吐，不需要再補服 for "If you vomit within 1 hour of
taking the tablet, take another one.").

Pure functions of the entry's texts.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.conditions import condition_clause_spans
from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
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


def check_prohibition_added(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.pattern("plain_if") is None or target.pattern("plain_if") is None:
        return
    if source_words.strong_negation_re is None or target.strong_negation_re is None:
        return
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = source_words.negations(source_part)
        if not said or len(target.negations(translation_part)) <= len(said):
            continue  # (most sentences: the source says no "not", or the translation no more of them)
        order = _outside_conditions(source_part, source_words)
        if any(source_words.search(words, order) for words in ("negation", "negative_meaning", "forbids")):
            continue
        forbidding = _prohibition_outside_conditions(translation_part, target)
        if forbidding:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source's only 'not' ({said[0]!r}) is in its condition, but the translation forbids "
                f"({forbidding!r}) what the source orders: the patient does not do what the source says to do "
                f"({shorten(source_part)!r})",
            )


def check_need_not_added(ctx: EntryContext) -> Iterator[Finding]:
    """An error where a source sentence orders under a condition with no "not" ("If you vomit within
    1 hour of taking the tablet, take another one.") and its translation says, outside the clauses
    of its own conditions, that it need not be done (its ``not_required``: 不需要再補服, no es
    necesario, 하지 않아도 됩니다): the patient leaves undone what the source orders.  Not where the
    source's order says a word negative in meaning, one that forbids or a permission ("If you feel
    better, you may stop")."""
    source_words, target = ctx.source_language, ctx.language
    if source_words.pattern("plain_if") is None or target.pattern("plain_if") is None:
        return
    if target.search("not_required", ctx.translation_view.prose) is None:
        return  # nearly every translation says no "need not": the source need not be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        if source_words.search("negation", source_part) or not source_words.search("plain_if", source_part):
            continue  # (a "not" of the source's own is said as a "need not" by [negation]'s other rules)
        order = _outside_conditions(source_part, source_words)
        if any(source_words.search(words, order) for words in ("negative_meaning", "forbids", "permission")):
            continue
        need_not = target.search("not_required", _outside_conditions(translation_part, target))
        if need_not is not None:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source orders it with no 'not', but the translation says it need not be done "
                f"({need_not.group().strip()!r}): the patient leaves undone what the source says to do "
                f"({shorten(source_part)!r})",
            )


def _prohibition_outside_conditions(translation: str, target: Language) -> str:
    """The translation's first plain negation outside the clauses of its conditions, once those of
    stopping (no siga usándolo: stop), of a need (no es necesario) and of "without" are blanked."""
    plain = target.without_not_negations(translation)
    for words in ("negated_stop", "not_required", "without"):
        plain = target.blanked(words, plain)
    negation = target.strong_negation_re
    assert negation is not None
    found = negation.search(_outside_conditions(plain, target))
    return found.group().strip() if found is not None else ""


def _outside_conditions(text: str, language: Language) -> str:
    """``text`` with the clause of each of its conditions blanked: after each of the language's
    ``plain_if`` to the next comma or stop, or up to it from the last one where the condition ends
    its clause (Korean 나아지지 않으면), and up to each of its ``condition_ends`` (好轉時)."""
    for start, end in condition_clause_spans(text, language):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
