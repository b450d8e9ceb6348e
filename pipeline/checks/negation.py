"""[negation] A "not" the source says is in the translation, and none is added.

"Do not take it with food" rendered as "음식과 함께 드세요" (take it with food)
tells a patient the opposite.  English negation (not, no, never, without,
cannot, -n't ...) is compared with the target language's (Korean 않/안/못/말/마,
아니, 금지, 없다, 모르다; Spanish no, nunca, sin ...; Chinese 不, 沒, 無, 別, 勿,
未; Arabic لا, لم, لن, ليس, غير, بدون ...), listed per language in
pipeline/languages/.

- The source says "not" and the translation says no negation at all: a
  warning.  "No more than", "not only" and "whether or not" are not denials.
- So is a translation whose only "not" is of stopping or forgetting ("nunca
  deje de tomar", 끊지 마세요, 不要停止: keep taking it) when the source speaks
  of no stopping, forgetting or keeping on: "never take it again" said as
  "never stop taking it" keeps a negation and says the opposite.
- So is a source that forbids without a "not" ("Avoid alcohol.") whose
  translation has neither a negation nor a verb that forbids ("Vous pouvez
  boire de l'alcool.": you may drink alcohol), and a source that says to skip
  a dose whose translation has neither a word of skipping nor a negation
  ("tome la dosis olvidada de inmediato": take it now).
- A source that says to keep on ("keep taking it", "continue", "remember
  to") may be said with a "not" of stopping or forgetting alone ("Setzen Sie
  es nicht ab", "no deje de tomarlo", 끊지 마세요): no "not" is added.
- A source whose "not" stands with "unless" or "until" ("Do not take it
  unless your doctor tells you to", "Do not drive until you know…") may be
  said with the language's "only" and no "not" ("Ne le prenez que si", "nur
  nach Anweisung", "Só tome … se", "Fahren Sie erst dann, wenn"): no warning.
- The translation says "not" and the source has neither a negation nor a
  word negative in meaning (unknown, lack, only, unless, avoid, stop ...,
  which languages often say with a "not": 알려지지 않은, ~밖에 없다): a
  warning.  Only the plain negations count here (Korean 없다 "there is no" is
  also how "new places" becomes 전에 없던 곳).

Errors: a translation that allows, with no negation, what its source forbids
("Puede tomar este medicamento si está embarazada." for "Do not take it if you
are pregnant"; a permission beside the very verb of stopping or keeping it cold,
in a clause with no negation: "Sie können … jederzeit absetzen", 可冷藏; "never
every day" said as "no se salte ningún día"), and one
that leaves to the patient what its source decides: a "must not" said as a "need
not" ("Sie müssen kein Auto fahren", "Vous pouvez ne pas conduire"), a "must"
said as a "need not" or a permission (병원에 머물러도 됩니다 for "You must stay in
hospital"), a "do not" said as an advice with no negation ("Consulte a su médico
antes de usar…", 술을 적당히 마시세요), a "must not" whose only negation is of a
recommendation ("No se recomienda dar el pecho", يُفضَّل ألا تقود, 마시지 않는 것이
좋습니다); and one with neither a word that forbids nor a negation of its own where a
sentence of the source forbids ("Do not freeze.", "and avoid sunbeds"), whatever the
sentences: the prohibition is gone (개봉하지 않은 펜은 냉장고에 보관하십시오 for "Store
unopened pens in a fridge. Do not freeze.": its only "not" is the "unopened").

When source and translation have the same number of sentences, they are
compared sentence by sentence (a "not" moved to another sentence is found);
otherwise the whole entry is compared.  A warning, not an error: languages
say some things with and without a negation (의견이 갈립니다 for "do not
agree").  A language without negation words is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.denied_clauses import CLAUSE_END, undenied_clauses
from pipeline.checks.double_dose import double_dose_added, double_dose_ordered
from pipeline.checks.limits import source_limits
from pipeline.checks.sentences import quoted, sentence_pairs, sentences
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.scripts import char_class
from pipeline.literals import blank_matches
from pipeline.review import shorten

CHECK = "negation"


def check_negation(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if source_words.pattern("negation") is None or target.pattern("negation") is None:
        return
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        error = _turned_around(source_part, translation_part, source_words, target)
        if error:
            yield ctx.finding(CHECK, ERROR, error)
            continue
        problem = _problem(source_part, translation_part, source_words, target)
        if problem:
            yield ctx.finding(CHECK, WARNING, problem)


def _turned_around(source: str, translation: str, source_words: Language, target: Language) -> str:
    """The error of the first reading that finds a sentence of the translation telling a patient
    the opposite of its source's "not" (each below, most specific first), as its message; "" when
    none does and the sentence is left to the warnings of :func:`_problem`."""
    forbidden, allowed = _permission_where_forbidden(source, translation, source_words, target)
    if allowed:
        return (
            f"the source forbids ({forbidden!r}) but the translation allows it ({allowed!r}) with no "
            f"negation: it tells a patient to do what the source forbids ({shorten(source)!r})"
        )
    forbidden, allowed = _forbidden_use_allowed(source, translation, source_words, target)
    if allowed:
        return (
            f"the source forbids it ({forbidden!r}) but the translation says it may be done ({allowed!r}) with "
            f"no negation: it allows a patient what the source forbids ({shorten(source)!r})"
        )
    never, daily = _never_daily_said_daily(source, translation, source_words, target)
    if daily:
        return (
            f"the source says not every day ({never!r}) but the translation says every day ({daily!r}): it "
            f"tells a patient to take it daily ({shorten(source)!r})"
        )
    forbidding, ordered = double_dose_ordered(source, translation, source_words, target)
    if ordered:
        return (
            f"the source forbids a double dose ({forbidding!r}) but the translation names one ({ordered!r}) "
            f"with no negation: it tells a patient to take it ({shorten(source)!r})"
        )
    added = double_dose_added(source, translation, source_words, target)
    if added:
        return (
            f"the source names no double dose but the translation does ({added!r}), with no negation: it "
            f"tells a patient to take one ({shorten(source)!r})"
        )
    skipped, now = _skip_said_as_taken_now(source, translation, source_words, target)
    if now:
        return (
            f"the source says {skipped!r} but the translation has neither a word of skipping nor a negation "
            f"and says to take it now ({now!r}): a patient takes the dose the source says to skip "
            f"({shorten(source)!r})"
        )
    decided, left_open = _choice_where_the_source_decides(source, translation, source_words, target)
    if left_open:
        return (
            f"the source {decided} but the translation {left_open}: it leaves to a patient what the "
            f"source decides ({shorten(source)!r})"
        )
    left_open, decided = _decision_where_the_source_leaves_it(source, translation, source_words, target)
    if decided:
        return (
            f"the source leaves it to the patient ({left_open!r}) but the translation {decided}: it "
            f"decides for a patient what the source leaves open ({shorten(source)!r})"
        )
    forbidden, advised = _advice_where_forbidden(source, translation, source_words, target)
    if advised:
        return (
            f"the source forbids ({forbidden!r}) but the translation only advises ({advised!r}) with no "
            f"negation: it lets a patient do with care or after asking what the source forbids ({shorten(source)!r})"
        )
    forbidden, softened = _must_not_softened(source, translation, source_words, target)
    if softened:
        return (
            f"the source forbids ({forbidden!r}) but the translation's only negation is {softened!r} (not "
            f"recommended, better not): it leaves to a patient what the source forbids ({shorten(source)!r})"
        )
    dropped = _prohibition_dropped(source, translation, source_words, target)
    if dropped:
        forbidding, sentences_said, kept = dropped
        fewer = (
            f"the source has {sentences_said} sentences, the translation {kept}, and " if kept < sentences_said else ""
        )
        return (
            f"{fewer}the translation has no negation nor a word that forbids where the source's sentence "
            f"{shorten(forbidding)!r} forbids: that prohibition is missing"
        )
    return ""


def _permission_where_forbidden(
    source: str, translation: str, source_words: Language, target: Language
) -> tuple[str, str]:
    """What the source forbids with and the translation's permission, when the source forbids (a
    "not", a verb that forbids: "Avoid alcohol.", a "not" of exceeding: "Do not exceed the stated
    dose.") and the translation, with no negation, allows (its ``permission``: "Puede tomar este
    medicamento si está embarazada.", 술을 마셔도 됩니다, يمكنك شرب الكحول; for exceeding, its
    ``more_allowed``: "Vous pouvez dépasser la dose prescrite."): the opposite, not a rewording.
    Not where the source allows too ("You may feel dizzy" as "Puede sentir mareos", "you do not
    need to fast" as "puede comer"), nor where the "not" lasts a time the limits read ("Do not drive
    for at least 24 hours", "within 24 hours": "Sie dürfen frühestens nach 24 Stunden wieder Auto
    fahren" says when it is allowed), nor of stopping ("Do not stop taking it" as "Puede seguir
    tomándolo": keep on).  A translation with neither a negation nor a permission keeps its warning
    (:func:`_problem`): an order alone may be a heading."""
    permission, negation = target.pattern("permission"), target.pattern("negation")
    if permission is None or negation is None:
        return "", ""
    translation = target.without_not_negations(translation)  # "No más de 4": a limit, no denial
    if not _allows_something(translation, target) or negation.search(translation):
        return "", ""
    allows, stopping = source_words.pattern("permission"), source_words.pattern("stop_words")
    if (allows is not None and allows.search(source)) or (stopping is not None and stopping.search(source)):
        return "", ""
    if any(limit.abstained or limit.not_within for limit in source_limits(source, source_words)):
        return "", ""  # "Do not drive for at least 24 hours": "Sie dürfen frühestens nach 24 Stunden wieder fahren"
    forbids_more, more_allowed = source_words.pattern("forbids_more"), target.pattern("more_allowed")
    exceeding = forbids_more.search(source) if forbids_more is not None else None
    more = more_allowed.search(translation) if exceeding is not None and more_allowed is not None else None
    if exceeding is not None and more is not None:
        return exceeding.group().strip(), more.group().strip()
    said_not = source_words.negations(source)
    forbidden = said_not[0] if said_not else _forbidding_dropped(source, translation, source_words, target)
    granted = permission.search(translation) if forbidden else None
    if granted is None:
        granted = _forbidden_action_said_possible(source, translation, source_words, target)
    if granted is None:
        return "", ""
    return forbidden.strip(), granted.group().strip()


def _forbidden_use_allowed(source: str, translation: str, source_words: Language, target: Language) -> tuple[str, str]:
    """The source's "not" of a use of a medicine (its ``uses_forbidden``: "Do not stop taking it
    suddenly", "Do not refrigerate") and the translation's permission of that very use, a permission
    (its ``permission``, ``may``) right beside the verb (its ``uses``) in a clause with no negation:
    "يمكنك التوقف عن تناول هذا الدواء متى شئت", "Sie können Kortisontabletten jederzeit absetzen",
    可冷藏.  :func:`_permission_where_forbidden` leaves stopping out ("Puede seguir tomándolo": keep
    on), and reads no permission beside another clause's negation.  Not where the source allows
    itself ("your doctor may lower the dose", "can") or lifts the ban ("unless", "until")."""
    uses = target.uses_res
    if not uses:
        return "", ""
    forbidding = [
        (use, found) for use, said in source_words.uses_forbidden_res.items() if (found := said.search(source))
    ]
    if not forbidding:
        return "", ""  # most sentences: the cheap test first
    allows, lifted = source_words.pattern("permission"), source_words.pattern("handling_allowed_when")
    if (allows is not None and allows.search(source)) or (lifted is not None and lifted.search(source)):
        return "", ""
    for use, found in forbidding:
        said = uses.get(use)
        if said is None:
            continue
        # clauses as [negation]'s handling rule reads them: a list of handling words goes on across a comma
        for clause in undenied_clauses(translation, target, listed=target.handling_res.values()):
            allowed = _permitted_beside(clause, said, target)
            if allowed:
                return found.group().strip(), allowed
    return "", ""


def _never_daily_said_daily(source: str, translation: str, source_words: Language, target: Language) -> tuple[str, str]:
    """The source's "not" of every day (its ``never_daily``: "once a week, never every day") and the
    translation's every day (its ``every_day``: todos los días, täglich, 每天, 매일) in a clause with no
    negation, or its "any day" with a "not" of skipping (its ``any_day`` and ``negated_stop``: "no se
    salte ningún día", do not skip any day): both say to take it daily.  "nunca todos los días",
    切勿每天服用, 매일 복용하지 마십시오 keep the "not" in the clause."""
    never, every_day, any_day = (
        source_words.pattern("never_daily"),
        target.pattern("every_day"),
        target.pattern("any_day"),
    )
    said = never.search(source) if never is not None else None
    if said is None or every_day is None:
        return "", ""  # most sentences: the cheap test first
    # clauses as [negation]'s handling rule reads them: a list of handling words goes on across a comma
    for clause in undenied_clauses(translation, target, listed=target.handling_res.values()):
        daily = every_day.search(clause)
        if daily is not None:
            return said.group().strip(), daily.group().strip()
    skipped = target.pattern("negated_stop")
    if any_day is None or skipped is None:
        return "", ""
    for clause in CLAUSE_END.split(translation):
        if any_day.search(clause) and skipped.search(clause):
            return said.group().strip(), " ".join(clause.split())
    return "", ""


# How far a permission may stand from its verb: words between ("Sie können Kortisontabletten jederzeit
# absetzen", "Puede guardarlo en la nevera"), or characters of Chinese (可放入冰箱).
_WORDS_BETWEEN = 3
_HAN_BETWEEN = 4
_HAN = re.compile(f"[{char_class('Hani')}]")


def _permitted_beside(clause: str, verb: re.Pattern, target: Language) -> str:
    """The words from a permission to ``verb`` when they stand side by side in ``clause`` (either
    first: 중단하셔도 됩니다, 냉장 보관할 수 있습니다), or ""."""
    permissions = [
        found
        for pattern in (target.pattern("permission"), target.pattern("may"))
        if pattern is not None
        for found in pattern.finditer(clause)
    ]
    if not permissions:
        return ""
    for said in verb.finditer(clause):
        for permission in permissions:
            start, end = min(permission.start(), said.start()), max(permission.end(), said.end())
            gap = clause[min(permission.end(), said.end()) : max(permission.start(), said.start())]
            near = len(gap) <= _HAN_BETWEEN if _HAN.search(gap) else len(gap.split()) <= _WORDS_BETWEEN
            if near:
                return " ".join(clause[start:end].split())
    return ""


def _prohibition_dropped(
    source: str, translation: str, source_words: Language, target: Language
) -> tuple[str, int, int] | None:
    """The source's sentence that forbids (its ``prohibition``: "Do not freeze.", "Avoid sunbeds."),
    with the source's and the translation's numbers of sentences, when the translation has neither a
    word that forbids (its ``prohibits``: 피하세요, évitez, 避免, تجنب) nor a negation but those that
    say the source's words negative by their prefix (its ``said_with_a_not``: unopened, 개봉하지 않은):
    the prohibition is gone, whatever the sentences.  "Keep the vial in the fridge at 2 °C to 8 °C.
    Do not freeze." as 바이알은 냉장고(2~8 °C)에 보관하세요, "Use a sunscreen and avoid sunbeds" as
    "Use a sunscreen", "Blisters should not be opened" as "Blasen sollten geöffnet werden".  A
    translation that says it otherwise ("Avoid alcohol" as "limit alcohol", "Do not drive unless" as
    "drive only if", "do not chew" as "unzerkaut") is read by the other rules.  None when not so."""
    prohibition, negation = source_words.pattern("prohibition"), target.pattern("negation")
    if prohibition is None or negation is None or not source_words.may_forbid(source):
        return None  # most sources forbid nothing: the cheap test first
    if not prohibition.search(source) or target.search("prohibits", translation):
        return None
    plain = target.without_not_negations(translation)
    if source_words.search("said_with_a_not", source):
        plain = target.blanked("negated_state", plain)  # 개봉하지 않은 for "unopened": no prohibition's "not"
    if negation.search(plain):
        return None
    if _said_another_way(source, translation, source_words, target):
        return None
    said = sentences(source)
    forbidding = [sentence for sentence in said if _forbids_with_no_other_way(sentence, source, source_words)]
    return (forbidding[0], len(said), len(sentences(translation))) if forbidding else None


def _said_another_way(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the translation may say the source's prohibition with no negation: by a participle
    (unzerkaut), by an "only" (Ne le prenez que si), as a wait or a time to keep to ("Do not lie
    down for 30 minutes" as "Restez assis pendant 30 minutes": the "not" lasts a time the limits
    read), as one of two ("Take either …, but never both": alternatives.py reads it), as what to do
    instead of a double dose ("Tome la dosis siguiente a su hora habitual"),
    as an advice the source gives itself ("Do not use it without asking your doctor" as "Consulte
    a su médico antes de usarlo": [negation]'s advice reads it) or a handling said gently ("Do not
    shake it" as "Gire el vial con cuidado"), softened, which softened.py reports ("limit alcohol",
    "if possible"), or where the prohibition lasts until something ("Do not drive until you know…" as "Puede conducir cuando
    sepa…", its clause's "unless", "until": conditions.py reads them)."""
    if _denied_by_a_participle(source, translation, source_words, target):
        return True
    if source_words.says_two_doses(source) or target.search("advice", translation):
        return True
    if source_words.search("not_both", source):
        return True  # "but never both" said as both: alternatives.py's error
    if target.search("gently", translation):
        return True  # "Do not shake the vial" as "Gire el vial con cuidado": the handling said instead
    if _lifted(source, source_words):
        return True
    if _unless_or_until_said_as_only(source, translation, source_words, target):
        return True
    if any(regex is not None and regex.search(translation) for regex in target.softening_res.values()):
        return True
    if source_words.search("forbidden_for_a_time", source):
        return True
    return any(limit.abstained or limit.not_within for limit in source_limits(source, source_words))


def _forbids_with_no_other_way(sentence: str, source: str, source_words: Language) -> bool:
    """Whether ``sentence`` of ``source`` forbids (:func:`_prohibition_left_out`) in a way a
    translation says only with a negation."""
    prohibition, stopping = source_words.pattern("prohibition"), source_words.pattern("negated_stop")
    if prohibition is None or not prohibition.search(source_words.without_not_negations(sentence)):
        return False
    if stopping is not None and stopping.search(sentence):
        return False
    whole, chewing = source_words.pattern("whole"), source_words.pattern("negated_participle")
    return not (whole is not None and chewing is not None and whole.search(source) and chewing.search(sentence))


def _lifted(source: str, source_words: Language) -> bool:
    """Whether each prohibition of ``source`` is lifted in its own clause (its ``handling_allowed_when``:
    "Do not drive until you know…", "Do not take it unless…"); not "do not give more; wait until the
    next dose", whose "until" is another clause's."""
    prohibition = source_words.pattern("prohibition")
    assert prohibition is not None
    for forbidding in prohibition.finditer(source):
        clause = CLAUSE_END.split(source[forbidding.start() :], maxsplit=1)[0]
        if not source_words.search("handling_allowed_when", clause):
            return False
    return True


def _choice_where_the_source_decides(
    source: str, translation: str, source_words: Language, target: Language
) -> tuple[str, str]:
    """What the source decides and how the translation leaves it to the patient, when the source
    forbids (a "not" of a verb, a verb that forbids) and the translation says it need not be done
    with no other negation (its ``not_required``: "Vous pouvez ne pas conduire", "Sie müssen … kein
    Auto fahren", 운전하지 않아도 됩니다), or the source orders (its ``obligation``: "You must stay in
    hospital") and the translation says it need not be done, or allows it with no obligation nor
    negation of its own (its ``permission``: 병원에 머물러도 됩니다, يمكنك البقاء).  Not where the
    source allows or says a thing is not needed itself ("You may need a lower dose", "Do not worry":
    걱정하지 않으셔도 됩니다); nor of stopping ("Do not stop taking it" as "No necesita dejar de
    tomarlo"); nor a permission where the order is a wait between doses (its ``dose_gap``: "You
    must wait at least 4 hours between doses" as "Pode tomar outra dose após pelo menos 4 horas"
    says when the next is allowed)."""
    undone, obligation = _need_not_alone(translation, target), source_words.pattern("obligation")
    order = obligation.search(source) if obligation is not None else None
    if not undone and order is None:
        return "", ""  # most sentences: asked first, it spares the source's permissions
    allows, not_required = source_words.pattern("permission"), source_words.pattern("not_required")
    if (allows is not None and allows.search(source)) or (not_required is not None and not_required.search(source)):
        return "", ""
    forbidden = _forbidding_said(source, source_words) if undone else ""
    if forbidden:
        return f"forbids ({forbidden!r})", f"says it need not be done ({shorten(undone)!r})"
    if order is None:
        return "", ""
    if undone:
        return f"says it must be done ({order.group()!r})", f"says it need not be ({shorten(undone)!r})"
    gap = source_words.pattern("dose_gap")
    if gap is not None and gap.search(source):
        return "", ""  # "You must wait 4 hours between doses" as "Pode tomar outra dose após 4 horas": when allowed
    allowed = _permission_alone(translation, target)
    return (f"says it must be done ({order.group()!r})", f"only allows it ({allowed!r})") if allowed else ("", "")


def _decision_where_the_source_leaves_it(
    source: str, translation: str, source_words: Language, target: Language
) -> tuple[str, str]:
    """The source's "need not" (its ``need_not``: "You do not have to take it with food") and how
    the translation decides instead, when the source says no other "not" and the translation says
    neither a "need not" (its ``not_required``) nor a permission of its own but a "not" (음식과 함께
    드시면 안 됩니다, 一定不要隨餐服用, "Ne le prenez pas avec de la nourriture") or an order (لا بد من
    التوقف, "Vous devez arrêter"): "must not" or "must" said where the source leaves the choice.
    A "without" is no such "not" ("Vous pouvez le prendre avec ou sans nourriture")."""
    need_not = source_words.pattern("need_not")
    left_open = need_not.search(source) if need_not is not None else None
    if need_not is None or left_open is None:
        return "", ""  # most sentences: asked first, it spares the rest
    negation, denied = source_words.pattern("negation"), target.strong_negation_re
    if negation is None or denied is None:
        return "", ""
    if negation.search(blank_matches(need_not, source_words.without_not_negations(source))):
        return "", ""  # another "not" of the source's own, which the translation's may say
    plain = target.without_not_negations(translation)
    for own in (target.pattern("not_required"), target.pattern("permission")):
        if own is not None and own.search(plain):
            return "", ""  # "No es necesario tomarlo con alimentos", "Puede tomarlo con o sin alimentos"
    obligation, without = target.pattern("obligation"), target.pattern("without")
    ordered = obligation.search(plain) if obligation is not None else None
    rest = blank_matches(obligation, plain) if obligation is not None else plain
    forbidding = denied.search(blank_matches(without, rest) if without is not None else rest)
    if forbidding is not None:
        return left_open.group().strip(), f"forbids it ({forbidding.group().strip()!r})"
    if ordered is not None:
        return left_open.group().strip(), f"orders it ({ordered.group().strip()!r})"
    return "", ""


def _advice_where_forbidden(source: str, translation: str, source_words: Language, target: Language) -> tuple[str, str]:
    """What the source forbids with and the translation's advice, when the source forbids (a "not"
    of a verb, a verb that forbids) and the translation, with no negation, only advises (its
    ``advice``: "Consulte a su médico antes de usar este medicamento si …", 술을 적당히 마시세요,
    استخدم هذا الدواء بحذر): a patient told to ask first, to be careful or to drink in moderation
    goes on to do what is forbidden.  Not where the source advises so itself ("Do not use it
    without talking to your doctor" as "Consulte a su médico antes de usarlo")."""
    advice, negation, own = target.pattern("advice"), target.pattern("negation"), source_words.pattern("advice")
    if advice is None or negation is None:
        return "", ""
    advised = advice.search(translation)  # asked first: most translations advise nothing
    if advised is None or negation.search(target.without_not_negations(translation)):
        return "", ""
    if own is not None and own.search(source):
        return "", ""
    forbidden = _forbidding_said(source, source_words)
    return (forbidden, advised.group().strip()) if forbidden else ("", "")


def _must_not_softened(source: str, translation: str, source_words: Language, target: Language) -> tuple[str, str]:
    """The source's "must not" (its ``must_not``: "must not", a sentence that opens with "Do not")
    and the translation's advice against (its ``not_recommended``), when that advice holds the
    translation's only negation: "No se recomienda dar el pecho", "Il est déconseillé de prendre",
    يُفضَّل ألا تقود, 술을 마시지 않는 것이 좋습니다 for "You must not …" make a choice of an order.  Not
    where the source advises so itself ("is not recommended", "should not": said so rightly).
    Asked of the translation first: most say no such advice."""
    softer, negation = target.pattern("not_recommended"), target.pattern("negation")
    if softer is None or negation is None or source_words.pattern("must_not") is None:
        return "", ""
    advised = softer.search(translation)
    if advised is None or negation.search(blank_matches(softer, target.without_not_negations(translation))):
        return "", ""
    ordered = source_words.search("must_not", source)
    own = source_words.pattern("not_recommended")
    if ordered is None or (own is not None and own.search(source)):
        return "", ""
    return ordered.group().strip(), advised.group().strip()


def _need_not_alone(translation: str, target: Language) -> str:
    """The translation's first words that say a thing need not be done (its ``not_required``), when
    no negation is left once they are blanked out: their "not" denies the need, not the action."""
    need_not, negation = target.pattern("not_required"), target.pattern("negation")
    if need_not is None or negation is None or need_not.search(translation) is None:
        return ""
    plain = target.without_not_negations(translation)
    found = need_not.search(plain)
    if found is None or negation.search(blank_matches(need_not, plain)):
        return ""
    return found.group().strip()


def _permission_alone(translation: str, target: Language) -> str:
    """The translation's permission (its ``permission``), when it says neither an obligation nor a
    negation beside it: a choice where "Debe quedarse, no puede irse" keeps the order."""
    permission, obligation, negation = (
        target.pattern("permission"),
        target.pattern("obligation"),
        target.pattern("negation"),
    )
    if permission is None or obligation is None or negation is None:
        return ""
    plain = target.without_not_negations(translation)
    granted = permission.search(plain)
    if granted is None or obligation.search(plain) or negation.search(plain):
        return ""
    return granted.group().strip()


def _forbidding_said(source: str, source_words: Language) -> str:
    """The source's "not" of a verb (its ``denial``: not, never, -n't) or its verb that forbids
    ("Avoid"), unless it forbids stopping ("Do not stop taking it": keep on)."""
    denial, forbids, stopping = (
        source_words.pattern("denial"),
        source_words.pattern("forbids"),
        source_words.pattern("stop_words"),
    )
    if stopping is not None and stopping.search(source):
        return ""
    denied = denial.search(source_words.without_not_negations(source)) if denial is not None else None
    if denied is not None:
        return denied.group().strip()
    forbidding = forbids.search(source) if forbids is not None else None
    return forbidding.group(forbidding.lastindex or 0).strip() if forbidding is not None else ""


def _forbidden_action_said_possible(
    source: str, translation: str, source_words: Language, target: Language
) -> re.Match | None:
    """The translation's words that say possible the action its source forbids by name ("Do not
    drink alcohol" as 술을 마실 수 있습니다, you can drink): a permission, where the same form said
    of another verb says what may happen (졸음을 느낄 수 있습니다) and is none."""
    possible = target.actions_said_possible_res
    for action, forbidding in source_words.forbidden_actions_res.items():
        said = possible.get(action)
        if said is not None and forbidding.search(source):
            found = said.search(translation)
            if found is not None:
                return found
    return None


def _allows_something(translation: str, target: Language) -> bool:
    """Whether ``translation`` says a permission, a "more is allowed" or an action said possible
    (:func:`_forbidden_action_said_possible`), one of which every error of
    :func:`_permission_where_forbidden` quotes: asked first, it spares the source's limits,
    negations and forbidding words on the sentences that allow nothing (on the varied corpus, all
    11934: check --jobs 1 CPU 8.2 s -> 7.7 s, the rule's profiled share 1.3 s -> 0.3 s)."""
    permission, more_allowed = target.pattern("permission"), target.pattern("more_allowed")
    return (
        (permission is not None and permission.search(translation) is not None)
        or (more_allowed is not None and more_allowed.search(translation) is not None)
        or any(said.search(translation) for said in target.actions_said_possible_res.values())
    )


def _problem(source: str, translation: str, source_words: Language, target: Language) -> str | None:
    negation, plain_negation = target.pattern("negation"), target.strong_negation_re
    if negation is None or plain_negation is None:
        return None
    translation = target.without_not_negations(translation)  # 不到 4, لا يقل عن 4: a limit, no denial
    said = source_words.negations(source)
    if said:
        if not negation.search(translation) and _denied_by_a_participle(source, translation, source_words, target):
            return None  # "Schlucken Sie die Tablette unzerkaut." for "do not chew": the "not" in the word
        if not negation.search(translation) and _unless_or_until_said_as_only(
            source, translation, source_words, target
        ):
            return None  # "Ne prenez ce médicament que si …" for "do not … unless": the "not" in the "only"
        if not negation.search(translation):
            return (
                f"the source says {quoted(said)} but the translation has no negation: check that it does "
                f"not say the opposite ({shorten(source)!r})"
            )
        kept_on = _only_negation_of_stopping(source, translation, source_words, target)
        if kept_on:
            return (
                f"the source says {quoted(said)} but its only negation ({kept_on!r}) is of stopping or "
                f"forgetting, which says to keep on: check that it does not say the opposite ({shorten(source)!r})"
            )
        without = _only_the_sources_without(source, translation, source_words, target)
        if without:
            return (
                f"the source says {quoted(said)} but the translation's only negation is {without!r}, the "
                f"source's 'without': check that it does not say the opposite of its 'not' ({shorten(source)!r})"
            )
        # Denials are negations: a source with one has none to drop beside it (most have one).
        denied, kept = _fewer_negations(source, translation, source_words, target) if len(said) > 1 else ([], [])
        if denied:
            return (
                f"the source says {quoted(denied)} {len(denied)} times but the translation has {len(kept)} "
                f"negation{'s' if len(kept) > 1 else ''} ({quoted(kept)}): check that it does not say the "
                f"opposite of one of them ({shorten(source)!r})"
            )
        return None
    forbidden = _forbidding_dropped(source, translation, source_words, target)
    if forbidden:
        return (
            f"the source says {forbidden!r} (a prohibition) but the translation has no negation nor a word "
            f"that forbids: check that it does not say the opposite ({shorten(source)!r})"
        )
    skipping = _skipping_dropped(source, translation, source_words, target)
    if skipping:
        return (
            f"the source says {skipping!r} but the translation has neither a word of skipping nor a negation: "
            f"check that it does not say the opposite ({shorten(source)!r})"
        )
    added = plain_negation.search(translation)
    if added and _keeping_on_said_as_not_stopping(source, translation, source_words, target):
        return None
    if added and _whole_said_as_not_chewing(source, translation, source_words, target):
        return None
    if added and not (source_words.search("negative_meaning", source)):
        return (
            f"the translation says no/not ({added.group().strip()!r}) where the source has no negation: "
            f"check that it does not say the opposite ({shorten(source)!r})"
        )
    return None


def _denied_by_a_participle(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the translation says the source's "not" of what is done to a dose (the source
    language's ``negated_participle``: do not chew, crush, dilute) in a participle that denies it by
    its prefix (the target's: unzerkaut, unzerkleinert, unverdünnt).  Not any other "not": "Do not
    use undiluted" as "Unverdünnt anwenden", or "Do not take it with food; swallow it whole" as
    "Nehmen Sie sie unzerkaut mit einer Mahlzeit ein", has dropped it."""
    participle, denied = target.pattern("negated_participle"), source_words.pattern("negated_participle")
    if participle is None or denied is None:
        return False
    return participle.search(translation) is not None and denied.search(source) is not None


def _unless_or_until_said_as_only(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the source's "not" is of a sentence that says "unless" (its UNLESS_EVEN_IF: "Do not
    take this medicine unless your doctor has told you to") or "until" (its ``until``: "Do not drive
    until you know how it affects you") and the translation says the language's "only" (its
    ``only_if``: nur nach Anweisung, erst dann … wenn, ne … que si, só … se, solo cuando, 只有…才,
    لا … إلا, -만): "take it only if", "drive only when" is the same order, with no "not".  "Tómelo
    si su médico se lo indica" says no "only": it stays a warning here and [negation]'s error in
    conditions.py.  Not of stopping: "Do not stop taking it unless your doctor tells you to" as
    "Tome-o só se o seu médico lhe disser" (take it only if told) says the opposite with an "only"."""
    only, until, stopping = target.pattern("only_if"), source_words.pattern("until"), source_words.pattern("stop_words")
    if only is None or only.search(translation) is None:
        return False
    if stopping is not None and stopping.search(source):
        return False
    if until is not None and until.search(source):
        return True
    return source_words.may_say_unless(source) and bool(source_words.conditions_said(source)[0])


def _forbidding_dropped(source: str, translation: str, source_words: Language, target: Language) -> str:
    """The source's order not to do something said with no "not" ("Avoid alcohol.": the
    language's ``forbids``), when the translation has neither a negation nor a verb that forbids
    (évitez, evite, vermeiden, 피하세요, 避免, تجنب are each language's negations): "Vous pouvez
    boire de l'alcool." (you may drink alcohol) says the opposite, as a dropped "not" does.  Not
    of stopping ("Avoid stopping it suddenly" as "Siga tomándolo": keep on, [comparison]'s)."""
    forbids, negation, stopping = (
        source_words.pattern("forbids"),
        target.pattern("negation"),
        source_words.pattern("stop_words"),
    )
    if forbids is None or negation is None:
        return ""
    forbidding = forbids.search(source)
    if forbidding is None or negation.search(translation):
        return ""
    if stopping is not None and stopping.search(source):
        return ""
    return forbidding.group(forbidding.lastindex or 0).strip()


def _skipping_dropped(source: str, translation: str, source_words: Language, target: Language) -> str:
    """The source's order to skip a dose ("skip the missed dose": its ``skip_words``), when the
    translation has neither a word of skipping (omita, sáltese, pule, 건너뛰세요, 跳過: the target's
    ``skip_words``) nor a negation (ne prenez pas la dose oubliée): "tome la dosis olvidada de
    inmediato" (take it now) says the opposite.  Not for a language that lists no words of skipping."""
    skip, skipped, negation = (
        source_words.pattern("skip_words"),
        target.pattern("skip_words"),
        target.pattern("negation"),
    )
    if skip is None or skipped is None or negation is None:
        return ""
    order = skip.search(source)
    if order is None or skipped.search(translation) or negation.search(translation):
        return ""
    return order.group(order.lastindex or 0).strip()


def _skip_said_as_taken_now(source: str, translation: str, source_words: Language, target: Language) -> tuple[str, str]:
    """The source's order to skip a dose and the translation's words of taking it now (its
    ``taken_now``: 생각난 즉시, en cuanto se acuerde, sofort), when the translation says neither a
    word of skipping nor a negation (:func:`_skipping_dropped`): "If more than 12 hours have passed,
    skip the missed dose." as 12시간이 넘게 지났다면 잊은 약을 생각난 즉시 복용하세요.  Not where the
    source says to take one now itself ("Take it as soon as you remember, unless …; then skip")."""
    if target.pattern("taken_now") is None or source_words.search("taken_now", source):
        return "", ""
    now = target.search("taken_now", translation)
    skipped = _skipping_dropped(source, translation, source_words, target) if now is not None else ""
    return (skipped, now.group().strip()) if skipped and now is not None else ("", "")


def _only_the_sources_without(source: str, translation: str, source_words: Language, target: Language) -> str:
    """The translation's first "without" (sin, sem, sans, ohne, دون, 없이, 未經: its ``without``) when
    the source says a "not" besides its own "without"s and the translation's only negations are
    "without"s, no more of them than the source has: each is the source's "without", and none
    stands for its "not".  "This medicine should not be used by pregnant women without medical
    advice" as "Este medicamento pode ser utilizado por mulheres grávidas sem orientação médica"
    (may be used) dropped the "not".  A "without" more than the source's may say its "not": "Do not
    chew it" as "Tráguelo sin masticar", 씹지 않고 삼키세요."""
    ours, theirs, negation = (
        source_words.pattern("without"),
        target.pattern("without"),
        source_words.pattern("negation"),
    )
    if ours is None or theirs is None or negation is None or target.pattern("negation") is None:
        return ""
    plain = source_words.without_not_negations(source)
    if not negation.search(blank_matches(ours, plain)):
        return ""  # the source's only negations are "without"s
    withouts = list(theirs.finditer(translation))
    if not withouts or target.search("negation", blank_matches(theirs, translation)):
        return ""
    return withouts[0].group().strip() if len(withouts) <= len(ours.findall(plain)) else ""


def _fewer_negations(
    source: str, translation: str, source_words: Language, target: Language
) -> tuple[list[str], list[str]]:
    """The source's denials and the translation's negations, when these are fewer: "Do not
    stop and do not skip a dose" as 중단하지 말고 한 번 거르세요 keeps one "not" and says to skip a
    dose.  Not when the translation says one "not" of two verbs by an "or" (중단하거나 거르지 마세요,
    不要停藥或漏服), which the language lists; nor for a language that lists none."""
    denial, shared = source_words.pattern("denial"), target.pattern("one_negation_for_two")
    if denial is None or shared is None:
        return [], []
    denied = denial.findall(source_words.without_not_negations(source))
    if len(denied) < 2 or shared.search(translation):
        return [], []
    kept = target.negations(translation)
    return (denied, kept) if len(kept) < len(denied) else ([], [])


def _keeping_on_said_as_not_stopping(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the source says to keep on ("keep taking it", "continue", "remember to") and every
    "not" of the translation is one of stopping or forgetting ("Setzen Sie es nicht ab", "no deje de
    tomarlo", 끊지 마세요, 不要停藥): the same meaning, said with a negation.  "No lo tome" for "keep
    taking it" keeps its "not" of taking, and "no deje de tomarlo y no coma" its second "not"."""
    return _every_not_one_of(
        source_words.pattern("keep_on"), target.pattern("negated_stop"), source, translation, target
    )


def _whole_said_as_not_chewing(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the source says a dose is swallowed whole (its ``whole``) and every "not" of the
    translation is one of what would break it (its ``negated_chewing``: 씹지 말고, 不可咀嚼, no la
    mastique, ne pas croquer, nicht kauen, لا تمضغها): "whole" said by its meaning.  "캡슐을 통째로
    삼키지 마십시오" (do not swallow it whole) keeps a "not" of swallowing."""
    return _every_not_one_of(
        source_words.pattern("whole"), target.pattern("negated_chewing"), source, translation, target
    )


def _every_not_one_of(
    said: re.Pattern | None, negated: re.Pattern | None, source: str, translation: str, target: Language
) -> bool:
    """Whether the source says ``said`` and the translation has a "not" of ``negated`` and no other
    (none of its ``strong_negation`` left once those are blanked out): the source's meaning said
    with a negation, as :func:`_keeping_on_said_as_not_stopping` and
    :func:`_whole_said_as_not_chewing` read it."""
    plain = target.strong_negation_re
    if said is None or negated is None or plain is None or not said.search(source):
        return False
    if not negated.search(translation):
        return False
    return not plain.search(blank_matches(negated, translation))


def _only_negation_of_stopping(source: str, translation: str, source_words: Language, target: Language) -> str:
    """The translation's "do not stop" / "do not forget" ("no deje de", "끊지 마세요"), when it is its only
    negation and the source says no stopping, forgetting or keeping on itself: "never take it again" as
    "never stop taking it" keeps the "not" and says the opposite."""
    negated_stop, negation = target.pattern("negated_stop"), target.pattern("negation")
    if negated_stop is None or negation is None or source_words.pattern("stop_words") is None:
        return ""
    if source_words.search("stop_words", source):
        return ""
    first = negated_stop.search(translation)
    if first is None or negation.search(blank_matches(negated_stop, translation)):
        return ""
    return first.group().strip()
