"""[negation] An "unless" of the source is not said as a plain "if", nor an "only if" without its "only".

"Do not stop taking this medicine unless your doctor tells you to." rendered as
"No interrumpa el tratamiento si se lo indica su médico." (do not stop if your
doctor tells you to), 의사가 지시하면 이 약의 복용을 중단하지 마세요, 如果醫師指示，
請勿停藥。: the "not" of the sentence is kept, so [negation]'s count of them
passes, and the condition is turned around: the patient keeps taking the
medicine in the very case the source says to stop it.  A translation may say
"unless" in many ways, each of which passes:

- its words of "unless" (a menos que, salvo que, sauf si, à moins que, es sei
  denn, außer wenn, a não ser que, 除非, إلا إذا, ما لم, 않는 한: the language's
  UNLESS_EVEN_IF, which [comparison] reads too);
- a "without" (sin que, sans l'avis, ohne Rücksprache, sem indicação, 의사의 지시
  없이, 未經醫師指示, دون استشارة: the language's ``without``);
- an "only" (solo si, seulement si, n'arrêtez que si, nur wenn, erst wenn, só
  quando, 只有…才, 때만, فقط, لا … إلا: its ``only_if``): "stop only if your
  doctor tells you to" says the same;
- an "if" with a "not" in its condition (si su médico no se lo indica, wenn Ihr
  Arzt nichts anderes sagt, 지시하지 않으면, 如果醫師沒有指示, إذا لم).

An error where the source's sentence says "unless" and its translation says
none of these and more plain conditions (its ``plain_if`` whose clause has no
"not") than the source says if, when or in case: "If you miss a dose, take it,
unless it is almost time for the next one" as "Si olvida una dosis, tómela, si
es casi la hora de la siguiente" has one "if" too many.  A translation that
says "even if" (aunque, même si, 即使) is left to [comparison], which names it;
one with no condition at all ("Continúe hasta que su médico le indique", until)
passes.  Sentence by sentence when source and translation have as many
sentences, as [negation] pairs them, else the whole entry.  Most entries say no
"unless", so a source with none of the source language's ``unless_hints`` (a
substring test) is not read further.  A language without ``plain_if`` is not
checked.

Its kin, an error (:func:`check_unless_said_as_only_if`): an "unless" that
excepts a case from a positive instruction said as "only if", the exception
become the only case: "Take it as soon as you remember, unless it is almost
time for your next dose." as "Tome-a assim que se lembrar, apenas se estiver
quase na hora da próxima dose.", 다음 복용 시간이 거의 된 경우에만 생각나는 즉시
복용하세요, 只有在快到下次服藥時間時才服用.  An "only" next to a word of "if"
(solo si, seulement si, nur wenn, apenas se, فقط إذا; 경우에만, 때만 after it;
只有…才, two words of "only") says it.  Not where the source's sentence says a
"not" outside its condition (a "do not … unless" said as "only if" is right:
"Do not take it unless your doctor has told you to" as "Tómelo solo si su
médico se lo ha indicado"), nor where it says to stop or keep on ("Keep taking
it unless your doctor tells you to stop" may be said "stop only if"), nor
where the translation says a word of "unless" or "without", or a "not" (solo
si no es casi la hora: only if it is not almost time).

Its kin, a warning (:func:`check_only_if_dropped`): an "only if" said with no
"only", "unless" nor "not" ("Take the extra dose only if your pain is severe."
as 통증이 있을 때 추가 용량을 복용하세요: whenever there is pain); an error where
the translation says no condition at all ("Tome la dosis adicional.", 服用額外劑量。).
A "not" counts only where the translation says more than its source sentence: the
source's own kept ("Do not restart metformin …, and only if your kidney test is
normal." as "No vuelva a tomar metformina hasta …") says no "only if".

Its kin, an error (:func:`check_condition_added_to_always`): a source sentence that says a thing
is done whatever happens (its ``unconditional``: always, even if, in any case, every time) and
says no condition of its own, whose translation says a plain "if" (wenn, si, se, 如果, -면, إذا)
with neither a word of always (immer, toujours, siempre, sempre, 一律, 務必, 항상, 반드시, دائمًا)
nor of "even if" or "unless": "Always call 112 after using the auto-injector." as "Rufen Sie nach
der Anwendung des Autoinjektors den Notruf 112 an, wenn die Beschwerden anhalten." calls only if
the symptoms persist.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.patterns import CLAUSE_END
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.language import STOP_CONTINUE
from pipeline.review import shorten

CHECK = "negation"
# How far a word of "only" may stand before the "if" it limits: "solo si", "nur dann, wenn", "فقط إذا"
_ONLY_REACH = 8
# Where a clause ends, in the scripts of the languages that list plain conditions: patterns.CLAUSE_END's
# marks, and also a line break and the enumeration comma 、 (如果醫師指示、請勿停藥 says a plain "if": its 勿
# is past the clause).  On purpose not alternatives.py's ends, which read past a 、: there it joins the
# conditions of one clause (如果出現呼吸困難、臉部腫脹或嚴重皮疹), here it may end the condition.
_CLAUSE_END = re.compile(r"[,;:.!?\n，、；：。！？،؛]")


def check_unless_said_as_if(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if (
        source_words.pattern("plain_if") is None
        or target.pattern("plain_if") is None
        or target.pattern("negation") is None
    ):
        return
    if source_words.pattern("negation") is None:
        return
    if not source_words.may_say_unless(ctx.source):
        return  # no "unless" in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        unless = source_words.conditions_said(source_part)[0]
        if not unless:
            continue
        # "Take it, unless X" said "take it; but if X, do not take it": the "not" after the "if"
        # says the exception, where the source's own instruction says none
        positive = not source_words.search("negation", source_words.without_conditions(source_part))
        plain, negated = _conditions(translation_part, target, read_what_follows=positive)
        if negated or len(plain) <= sum(1 for _ in source_words.finditer("plain_if", source_part)):
            continue
        if not _says_unless_otherwise(translation_part, target):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {unless[0].lower()!r} but the translation says {plain[0]!r} (if), with no "
                f"'not' in its condition nor a word of 'unless', 'without' or 'only': it turns the condition "
                f"around ({shorten(source_part)!r})",
            )


def check_unless_said_as_only_if(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.pattern("negation") is None or target.pattern("negation") is None:
        return
    if target.pattern("only_if") is None or target.pattern("plain_if") is None:
        return
    if not source_words.may_say_unless(ctx.source):
        return  # no "unless" in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        unless = source_words.conditions_said(source_part)[0]
        if not unless or source_words.search("negation", source_words.without_conditions(source_part)):
            continue  # no "unless", or a "do not … unless", which "only if" says
        if any(source_words.directions_said(source_part).get(STOP_CONTINUE, ())):
            continue  # "Keep taking it unless your doctor tells you to stop": "stop only if" says it
        if target.search("negation", translation_part) or _says_unless_otherwise(translation_part, target, only=False):
            continue
        only = _only_if(translation_part, target)
        if only is not None:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {unless[0].lower()!r}, an exception to what it says to do, but the translation "
                f"says {only!r} (only if), with no 'not': the case the source excepts became the only one "
                f"({shorten(source_part)!r})",
            )


def _only_if(text: str, language: Language) -> str | None:
    """The words of an "only if" of ``text``: a word of its ``only_if`` right before one of its
    ``plain_if`` (solo si, nur wenn, فقط إذا) or right after one (경우에만, 때만), or two words of
    "only" (只有…才)."""
    onlys = list(language.finditer("only_if", text))
    if len(onlys) > 1:
        return " … ".join(match.group().strip() for match in onlys[:2])
    for only in onlys:
        for condition in language.finditer("plain_if", text):
            if 0 <= condition.start() - only.end() <= _ONLY_REACH or 0 <= only.start() - condition.end() <= 2:
                return text[min(only.start(), condition.start()) : max(only.end(), condition.end())].strip()
    return None


def check_only_if_dropped(ctx: EntryContext) -> Iterator[Finding]:
    """A warning where a source sentence says "only if" (the source language's ``only_if``: "Take
    the extra dose only if your pain is severe") and its translation says no "only", no "unless" and
    no "not" (통증이 있을 때 추가 용량을 복용하세요: whenever there is pain): the condition may no
    longer limit the dose.  Not an error: the condition itself may still say the limit.  An error
    where the translation says no condition at all (:meth:`Language.says_a_condition`): "Give a
    second dose only if the fever has not come down after 6 hours" as "Dê uma segunda dose passadas
    6 horas, para baixar a febre" gives it whatever the fever does."""
    source_words, target = ctx.source_language, ctx.language
    only_if, only = source_words.pattern("only_if"), target.pattern("only_if")
    if only_if is None or only is None or target.pattern("negation") is None:
        return
    if "only" not in ctx.source.lower():
        return  # no "only" in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = only_if.search(source_part)
        if said is None or only.search(translation_part) or _a_not_of_its_own(source_part, translation_part, ctx):
            continue
        if target.conditions_said(translation_part)[0]:
            continue
        if not target.says_a_condition(translation_part):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {said.group().lower()!r} but the translation says no condition at all: "
                f"it is done whatever happens ({shorten(source_part)!r})",
            )
            continue
        yield ctx.finding(
            CHECK,
            WARNING,
            f"the source says {said.group().lower()!r} but the translation says no 'only', 'unless' nor "
            f"'not': check that the condition still limits when it is done ({shorten(source_part)!r})",
        )


def check_condition_added_to_always(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if target.pattern("unconditional") is None or target.pattern("plain_if") is None:
        return
    if source_words.search("unconditional", ctx.source) is None:
        return  # no "always" in the source (most entries): the translation need not be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        always = source_words.search("unconditional", source_part)
        if always is None or source_words.says_a_condition(source_part) or source_words.conditions_said(source_part)[0]:
            continue  # ("Always tell your doctor if you are pregnant", "unless": the source's own condition)
        if target.search("unconditional", translation_part) or any(target.conditions_said(translation_part)):
            continue  # the "always" kept, or said as "even if" (auch wenn, même si, 即使, 더라도, حتى لو)
        added = target.search("plain_if", translation_part)
        if added is not None:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {always.group().lower()!r}, whatever happens, but the translation says "
                f"{added.group().strip()!r} (if) and no word of always nor 'even if': it is done only in that case "
                f"({shorten(source_part)!r})",
            )


def _a_not_of_its_own(source_part: str, translation_part: str, ctx: EntryContext) -> bool:
    """Whether the translation says more "not"s than its source sentence: one of its own, which may
    say the "only if" ("do not … unless", "not … if not").  The source's own "not" kept says none
    ("Do not restart metformin until 48 hours after the scan, and only if your kidney test is
    normal." as "No vuelva a tomar metformina hasta que hayan pasado 48 horas": the "No" is the
    source's, the condition gone)."""
    said = sum(1 for _ in ctx.language.finditer("negation", translation_part))
    return said > sum(1 for _ in ctx.source_language.finditer("negation", source_part))


def _conditions(text: str, language: Language, read_what_follows: bool = False) -> tuple[list[str], list[str]]:
    """The words of a plain "if" in ``text`` (its ``plain_if``) whose clause says no "not", and
    those whose clause says one: the clause after the word to the next comma or stop, or before it
    from the last one where the language's condition ends its clause (Korean 의사가 지시하면).
    ``read_what_follows``: a "not" in what the condition governs counts too, from its clause's end
    to the next "if" ("pero si ya es casi la hora, no la tome", 但若…，就不要服用, 되었다면 복용하지
    마세요), and so does a word of skipping, a "do not take" of a dose (단, 다음 복용 시간이 거의
    되었다면 건너뛰십시오; si ya es casi la hora, omita la dosis: ``Language.skip_words``)."""
    plain_if, negation, skip = (
        language.pattern("plain_if"),
        language.pattern("negation"),
        language.pattern("skip_words"),
    )
    assert plain_if is not None and negation is not None
    plain: list[str] = []
    negated: list[str] = []
    matches = list(plain_if.finditer(text))
    for index, match in enumerate(matches):
        clause_start, clause_end = condition_clause(text, match, language.if_ends_its_clause, _CLAUSE_END)
        said = negation.search(text[clause_start:clause_end]) is not None
        if not said and read_what_follows:
            next_if = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            follows = (clause_end, max(clause_end, next_if))
            said = negation.search(text, *follows) is not None or bool(skip and skip.search(text, *follows))
        (negated if said else plain).append(match.group().strip())
    return plain, negated


def condition_clause(text: str, condition: re.Match, ends_its_clause: bool, clause_end: re.Pattern) -> tuple[int, int]:
    """Where in ``text`` the clause of the word ``condition`` stands: after the word to the next of
    ``clause_end``, or, where the condition ends its clause (Korean 의사가 지시하면, Chinese 懷孕期間),
    from the last one before the word to the word's end."""
    if ends_its_clause:
        ends_before = [end.end() for end in clause_end.finditer(text, 0, condition.start())]
        return ends_before[-1] if ends_before else 0, condition.end()
    end = clause_end.search(text, condition.end())
    return condition.end(), end.start() if end else len(text)


def condition_clause_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Where the clause of each condition ``text`` says stands: after each of the language's
    ``plain_if`` to the next comma or stop (up to it, from the last one, where the condition ends its
    clause: Korean 임신 중이거나 수유 중이면, 나아지지 않으면), and up to each of its ``condition_ends``
    (懷孕或哺乳期間, 好轉時).  Its ends are patterns.CLAUSE_END's, on purpose not this module's: an
    enumeration comma 、 joins the conditions of one clause (如果出現呼吸困難、臉部腫脹或嚴重皮疹: its
    或 is past the 、).  Read by [negation]'s alternatives.py and added_orders.py."""
    finals = [*language.finditer("plain_if", text)] if language.if_ends_its_clause else []
    finals += language.finditer("condition_ends", text)
    spans = [condition_clause(text, final, True, CLAUSE_END) for final in finals]
    if not language.if_ends_its_clause:
        spans += [condition_clause(text, match, False, CLAUSE_END) for match in language.finditer("plain_if", text)]
    return spans


def _says_unless_otherwise(translation: str, target: Language, only: bool = True) -> bool:
    """Whether ``translation`` says "unless" by the language's words of a condition kept (or says
    "even if", a condition ignored, which [comparison] names), of "without" or (``only``) of "only"."""
    if any(target.conditions_said(translation)):
        return True
    others = (target.pattern("without"), target.pattern("only_if")) if only else (target.pattern("without"),)
    return any(words is not None and words.search(translation) for words in others)
