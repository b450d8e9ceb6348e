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

Its kin, a warning (:func:`check_only_if_dropped`): an "only if" said with no
"only", "unless" nor "not" ("Take the extra dose only if your pain is severe."
as 통증이 있을 때 추가 용량을 복용하세요: whenever there is pain).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.review import shorten

CHECK = "negation"
# Where a clause ends, in the scripts of the languages that list plain conditions: patterns.CLAUSE_END's
# marks, and also a line break and the enumeration comma 、 (如果醫師指示、請勿停藥 says a plain "if": its 勿
# is past the clause).
_CLAUSE_END = re.compile(r"[,;:.!?\n，、；：。！？،؛]")


def check_unless_said_as_if(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.plain_if_re is None or target.plain_if_re is None or target.negation_re is None:
        return
    if not source_words.may_say_unless(ctx.source):
        return  # no "unless" in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        unless = source_words.conditions_said(source_part)[0]
        if not unless:
            continue
        plain, negated = _conditions(translation_part, target)
        if negated or len(plain) <= len(source_words.plain_if_re.findall(source_part)):
            continue
        if not _says_unless_otherwise(translation_part, target):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {unless[0].lower()!r} but the translation says {plain[0]!r} (if), with no "
                f"'not' in its condition nor a word of 'unless', 'without' or 'only': it turns the condition "
                f"around ({shorten(source_part)!r})",
            )


def check_only_if_dropped(ctx: EntryContext) -> Iterator[Finding]:
    """A warning where a source sentence says "only if" (the source language's ``only_if``: "Take
    the extra dose only if your pain is severe") and its translation says no "only", no "unless" and
    no "not" (통증이 있을 때 추가 용량을 복용하세요: whenever there is pain): the condition may no
    longer limit the dose.  Not an error: the condition itself may still say the limit."""
    source_words, target = ctx.source_language, ctx.language
    only_if, only = source_words.only_if_re, target.only_if_re
    if only_if is None or only is None or target.negation_re is None:
        return
    if "only" not in ctx.source.lower():
        return  # no "only" in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = only_if.search(source_part)
        if said is None or only.search(translation_part) or target.negation_re.search(translation_part):
            continue
        if not target.conditions_said(translation_part)[0]:
            yield ctx.finding(
                CHECK,
                WARNING,
                f"the source says {said.group().lower()!r} but the translation says no 'only', 'unless' nor "
                f"'not': check that the condition still limits when it is done ({shorten(source_part)!r})",
            )


def _conditions(text: str, language: Language) -> tuple[list[str], list[str]]:
    """The words of a plain "if" in ``text`` (its ``plain_if``) whose clause says no "not", and
    those whose clause says one: the clause after the word to the next comma or stop, or before it
    from the last one where the language's condition ends its clause (Korean 의사가 지시하면)."""
    plain_if, negation = language.plain_if_re, language.negation_re
    assert plain_if is not None and negation is not None
    plain: list[str] = []
    negated: list[str] = []
    for match in plain_if.finditer(text):
        if language.if_ends_its_clause:
            ends_before = [end.end() for end in _CLAUSE_END.finditer(text, 0, match.start())]
            clause = text[ends_before[-1] if ends_before else 0 : match.end()]
        else:
            end = _CLAUSE_END.search(text, match.end())
            clause = text[match.end() : end.start() if end else len(text)]
        (negated if negation.search(clause) else plain).append(match.group().strip())
    return plain, negated


def _says_unless_otherwise(translation: str, target: Language) -> bool:
    """Whether ``translation`` says "unless" by the language's words of a condition kept (or says
    "even if", a condition ignored, which [comparison] names), of "without" or of "only"."""
    if any(target.conditions_said(translation)):
        return True
    return any(words is not None and words.search(translation) for words in (target.without_re, target.only_if_re))
