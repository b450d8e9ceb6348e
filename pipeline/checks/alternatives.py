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

- An error too where the translation keeps no choice and adds one thing to the other
  (the target's ``in_addition``): "You can either take 2 tablets at once or take 1
  tablet twice a day." as "Tome 2 comprimidos de una vez y, además, 1 comprimido dos
  veces al día." (y además, et aussi, und zusätzlich, e também, 並且, 그리고 또, وأيضًا):
  a double dose.  A bare "also" (también, 也可以) is no such word.

- An error where the source says "not both" and the translation "or both"
  (:func:`check_not_both_said_or_both`: "Use either the cream or the gel, not
  both at the same time." as "Utilisez la crème ou le gel, ou les deux en même
  temps."; o ambos, oder beides, 또는 둘 다, 或兩者, أو كليهما), whatever the
  source's own "at the same time" lets the rules above skip.

Sentence by sentence when source and translation have as many sentences, as
[negation] pairs them, else the whole entry.  Most entries say no "either", so
a source without the word (a substring test) is not read further.  A language
without ``both`` is not checked.

Its kin (:func:`check_either_condition_said_as_both`): two conditions joined by
"or" said as joined by "and".  "If you are pregnant or breastfeeding, ask your
doctor" as "Si está embarazada y en periodo de lactancia", "Si vous êtes enceinte
et que vous allaitez", 임신 중이면서 수유 중이라면, 如果懷孕且哺乳, إذا كنتِ حاملاً
ومرضعة: the advice now speaks only to a woman who is both.  Read in the clause
of each condition (the language's ``plain_if``: if, si, wenn, se, 如果, إذا, -면,
경우; and its ``condition_ends``: 懷孕且哺乳期間), by each language's
``condition_and`` and ``condition_or``:

- An error where a source condition joins by "or" and none by "and", and a
  condition of its translation joins by "and" while the translation's sentence
  says no "or" (o, ou, oder, 或, 또는, -거나, أو).  A translation that says the
  "or", or splits the conditions into two sentences, passes; so does one whose
  condition says a "not" (not A and not B is "neither": "Si no está embarazada
  y no está amamantando"), and "and" in a noun's list (孕期及哺乳期, 임부 및
  수유부 are listed as one group by 및, 及 where no verb joins).  A warning, not
  an error, where the source's "or" joins the nouns of one item ("swelling of
  the face or lips" as "de la cara y los labios").
- The other way, a warning: a condition joined by "and" and none by "or" ("if
  you have a fever and a rash") said with an "or" and no "and": the patient
  acts on one of the two.

Most entries say no " or " nor " and " (a substring test) and are not read
further.  A language without ``condition_and`` is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.conditions import condition_clause_spans
from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.review import shorten

CHECK = "negation"


def check_one_of_two_said_as_both(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    choice, both, negation = source_words.pattern("either_or"), target.pattern("both"), target.pattern("negation")
    if choice is None or both is None or negation is None or source_words.pattern("both") is None:
        return
    if "either" not in ctx.source.lower():
        return  # no choice said in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        if choice.search(source_part) is None or source_words.search("both", source_part):
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
        elif added := _one_added_to_the_other(translation_part, target):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says 'either … or' (one of the two) but the translation says neither 'or' nor "
                f"'only' nor a negation, and adds one to the other ({added!r}): a patient would do both "
                f"({shorten(source_part)!r})",
            )


def check_not_both_said_or_both(ctx: EntryContext) -> Iterator[Finding]:
    """An error where a source sentence says "not both" (its ``not_both``: "Use either the cream or
    the gel, not both at the same time") and its translation says "or both" (the target's
    ``or_both``: "Utilisez la crème ou le gel, ou les deux en même temps", 또는 둘 다, 或兩者, أو
    كليهما): the translation allows the very thing the source forbids.  Most entries say no
    "both" nor "together" (a substring test) and are not read further."""
    source_words, target = ctx.source_language, ctx.language
    insists, or_both = source_words.pattern("not_both"), target.pattern("or_both")
    if insists is None or or_both is None:
        return
    lowered = ctx.source.lower()
    if "both" not in lowered and "together" not in lowered and "same time" not in lowered:
        return  # no "not both" in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = insists.search(source_part)
        allowed = or_both.search(translation_part)
        if said is not None and allowed is not None:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says {said.group().lower()!r} but the translation says {allowed.group().strip()!r} "
                f"(or both): a patient would use both ({shorten(source_part)!r})",
            )


def _choice_dropped(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the source insists on its choice (its ``not_both``: "not both", "never both") and
    the translation keeps none (none of the target's ``choice``: o, oder, 또는, 중 하나, 或, أو, nor
    "only"): "Tome el comprimido y la solución oral.", 아침 용량과 저녁 용량을 모두 복용하세요 (모두,
    all), 早上和晚上的劑量都要服用 (都): both, said with no "both" word.  Not a source that
    allows both ("You can take it either with food or on an empty stomach" as 本藥可隨餐服用，也可空腹
    服用, either is fine), and not a language that lists no ``choice``."""
    insists, kept = source_words.pattern("not_both"), target.pattern("choice")
    if insists is None or kept is None or insists.search(source) is None:
        return False
    return kept.search(translation) is None


def _one_added_to_the_other(translation: str, target: Language) -> str:
    """The translation's words that add one thing to another (its ``in_addition``: "Tome 2
    comprimidos de una vez y, además, 1 comprimido dos veces al día", et aussi, zusätzlich, 並且,
    그리고 또), when it keeps no choice (no word of the target's ``choice``): the source's two ways
    said as both, a double dose.  "" when not so, or for a language that lists neither."""
    if target.pattern("choice") is None or target.search("choice", translation):
        return ""
    added = target.search("in_addition", translation)
    return added.group().strip() if added is not None else ""


# An "or" between the nouns of one item of the source ("swelling of the face or lips", "pain in the
# chest or arm"): said with "and", the item may still be read as either.
_OR_IN_AN_ITEM = re.compile(r"\b(?:of|in|on)\s+(?:the\s+|your\s+)?\w+\s+or\b", re.IGNORECASE)


def check_either_condition_said_as_both(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if not _reads_joined_conditions(source_words) or not _reads_joined_conditions(target):
        return
    lowered = ctx.source.lower()
    if " or " not in lowered and " and " not in lowered:
        return  # no two things joined in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = _joined(source_part, source_words)
        rendered = _joined(translation_part, target)
        if said is None or rendered is None or rendered[0] == said[0]:
            continue
        if said[0] == "or":
            if _says_or(translation_part, target):
                continue  # "Si está embarazada, o si amamanta": the "or" outside the clause read
            severity = WARNING if _OR_IN_AN_ITEM.search(source_part) else ERROR
            problem = "speaks only to a patient to whom both apply"
        else:
            if _says_or(source_part, source_words):
                continue  # "If you are at home and get a rash with blisters or peeling skin": an "or" too
            severity, problem = WARNING, "speaks to a patient to whom only one of them applies"
        yield ctx.finding(
            CHECK,
            severity,
            f"the source joins its conditions by {said[0]!r} but the translation by {rendered[1]!r} "
            f"({rendered[0]}): it {problem} ({shorten(source_part)!r})",
        )


def _says_or(text: str, language: Language) -> bool:
    return language.search("condition_or", text) is not None


def _reads_joined_conditions(language: Language) -> bool:
    return (
        language.pattern("condition_and") is not None
        and language.pattern("condition_or") is not None
        and language.pattern("plain_if") is not None
        and language.pattern("negation") is not None
    )


def _joined(text: str, language: Language) -> tuple[str, str] | None:
    """How the conditions of ``text`` are joined: ("or", its word) where a condition's clause says
    the language's ``condition_or`` and none says its ``condition_and``, ("and", its word) the other
    way; None where no clause joins, where clauses join both ways, or where one says a "not" ("not A
    and not B" is "neither A nor B")."""
    ors: list[str] = []
    ands: list[str] = []
    for clause in _condition_clauses(text, language):
        if language.search("negation", clause):
            return None
        if (not_items := language.pattern("not_items")) is not None:
            clause = not_items.sub(_blank_unless_two_things, clause)
        ors += [m.group().strip() for m in language.finditer("condition_or", clause)]
        ands += [m.group().strip() for m in language.finditer("condition_and", clause)]
    if ors and not ands:
        return "or", ors[0]
    if ands and not ors:
        return "and", ands[0]
    return None


# Two things each with its article ("a fever and a rash"), which ``not_items`` reads as two numbers
# ("a day or two"): two conditions.
_TWO_THINGS = re.compile(r"an?\s+\w+\s+(?:and|or)\s+an?", re.IGNORECASE)


def _blank_unless_two_things(match: re.Match) -> str:
    return match.group() if _TWO_THINGS.fullmatch(match.group()) else " " * len(match.group())


def _condition_clauses(text: str, language: Language) -> list[str]:
    """The clause of each condition ``text`` says (conditions.condition_clause_spans)."""
    return [text[start:end] for start, end in condition_clause_spans(text, language)]
