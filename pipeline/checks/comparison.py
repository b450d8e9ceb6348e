"""[comparison] A comparison or a time the source says one way is not said the other way.

"Blood clots are more likely in older people" rendered as "...덜 생깁니다" (less
likely), "take it before meals" as "tómelo después de las comidas": the patient
reads the opposite, and no number changed for [numbers] or [limits] to see.
Four kinds are read, each with the words of its two ways listed per
language in pipeline/languages/ (``directions``):

- more / less: more, higher, greater, increase, rise, go up | less, fewer,
  lower, decrease, reduce, drop, go down (Korean 더, 증가, 늘다, 높다 | 덜, 감소,
  줄다, 낮다; Spanish más, mayor, aumentar | menos, menor, disminuir; Chinese
  更, 較高, 增加, 升高 | 更少, 較低, 減少, 降低; Arabic أكثر, أعلى, زيادة |
  أقل, أدنى, انخفاض);
- before / after: before, earlier, prior to | after, later (전, 이전, 미리 | 후,
  뒤, 나중; antes, previo | después, tras; 之前, 前 | 之後, 後; قبل | بعد);
- stop / keep on: stop, quit, discontinue | continue, keep taking ("stop the
  medicine" as 계속 드세요, siga tomando, 繼續服藥, استمر: 중단, 끊다, 멈추다, 그만 |
  계속; deje de, suspenda, detenga | continúe, siga tomando; 停止, 停藥 | 繼續;
  توقف, أوقف | استمر, واصل);
- unless / even if: a condition kept or ignored ("Do not stop taking it unless your doctor tells
  you to" as 의사의 지시가 있어도, aunque su médico, même si, auch wenn, mesmo que, 即使, حتى لو:
  the patient told to ignore the doctor): unless, a menos que, sauf si, es sei denn, 除非, إلا إذا,
  -지 않는 한 | even if, aunque, même si, auch wenn, mesmo que, 即使, حتى لو, -더라도, -어도.  Read
  first, as written (Language.directions_said); its own "not" (않는 한, إلا إذا) is no negation of
  the sentence (:func:`_negated`).

A "not" of stopping ("do not stop", no deje de, 끊지 마세요, 請勿停藥, لا تتوقف عن:
each language's ``negated_stop`` holding one of its words of stopping) is read
as keeping on, on both sides: "Do not stop taking it without talking to your
doctor" said as "stop taking it without talking to your doctor" keeps a
"without", so [negation] is quiet, and only this reading finds it.  So is a
prohibition of stopping without a "not" (each language's ``prohibits``: "Avoid
stopping it", "Está prohibido dejar de", "Il est déconseillé d'arrêter", 중단을 금합니다,
禁止停藥, يُمنع التوقف).  A condition's own "not" denies no stopping after it: "Si no mejora deje
de tomarlo" says stop.

An instruction to stop left out: a source that tells the patient to stop a medicine (the source
language's ``stop_instruction``: "Stop using the medicine and contact your doctor if the rash gets
worse") said with no word of stopping or keeping on, and no "not" more than the source's (which may
say it: 더 이상 사용하지 마세요, No lo use más), is a warning: 발진이 악화되면 의사에게 연락하세요 keeps
the patient on the medicine.  Said as keep taking (the target's ``keep_taking``: 계속 복용, 繼續服藥,
siga tomándolo, continuez à le prendre, nehmen Sie es weiter ein, continue a tomar, استمر في تناول),
with no word of stopping and no "not" more than the source's, it is an error: "If you get a rash,
stop taking the medicine" as 請繼續服藥 keeps the patient on a medicine they must stop.  A keep-on
that names no taking (계속되면, "si continúa": if it goes on) is a condition, and stays a warning.

Only a clear reversal is reported: the source says one way only, and the
translation says only the other, with no word of the source's way.  A
translation may rephrase ("less likely" as "not as likely", "higher risk" as
"the risk goes up", "before you start" as 먼저): so a pair is not judged when
one side has a negation and the other none ("not until after" may render
"before"), and a translation with no word of either way passes.  Phrases that
only hold a direction word ("at least", "al menos", "على الأقل", "for more
information") are left out, and so are the limits next to a number ("more
than 30%", "no later than"), which [limits] judges.

Sentence by sentence when source and translation have as many sentences, as
[negation] does, else the whole entry.  A warning, not an error, as
[negation]'s (but for keep taking said for an order to stop): a translator may turn a comparison around with its terms ("A is
more likely than B" as "B is less likely than A"); a person decides, and a
release without a required review refuses it unread (pipeline/release.py).
A language without direction words is not checked.

An error where a length of time is bound to its before or after on both sides and changed way
(:mod:`pipeline.checks.bound_times`): "30 minutes before breakfast" as `아침 식사 30분 후`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.bound_times import times_turned
from pipeline.checks.context import EntryContext
from pipeline.checks.event_times import events_turned
from pipeline.checks.patterns import CLAUSE_END, blanked, own_clause
from pipeline.checks.sentences import quoted, sentence_pairs
from pipeline.checks.until_from import until_said_from
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.language import BEFORE_AFTER, STOP_CONTINUE, UNLESS_EVEN_IF
from pipeline.literals import blank_matches
from pipeline.review import shorten

CHECK = "comparison"


def check_comparison(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    yield from _next_dose_turned(ctx)
    if not source_words.directions or not target.directions:
        return
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        for severity, problem in _reversals(source_part, translation_part, source_words, target):
            yield ctx.finding(CHECK, severity, problem)


def _next_dose_turned(ctx: EntryContext) -> Iterator[Finding]:
    """An error where the source says the next dose is near ("unless it is almost time for the next
    one") and the translation says only that it is far (salvo que falte mucho para la siguiente,
    한참 남았으면, 還很久), or the other way round: the rule of a missed dose turned around.  The
    words are each language's ``next_dose_soon`` and ``next_dose_far``."""
    soon, far = ctx.source_language.pattern("next_dose_soon"), ctx.source_language.pattern("next_dose_far")
    if soon is None or far is None:
        return
    source = ctx.source_view.prose
    said_soon, said_far = _found(soon, source), _found(far, source)
    if bool(said_soon) == bool(said_far):
        return  # neither (nearly every entry), or both: nothing to turn
    target_soon, target_far = ctx.language.pattern("next_dose_soon"), ctx.language.pattern("next_dose_far")
    if target_soon is None or target_far is None:
        return
    translation = ctx.translation_view.prose
    in_soon, in_far = _found(target_soon, translation), _found(target_far, translation)
    if said_soon and in_far and not in_soon:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source says the next dose is near ('{said_soon}'), but the translation says it is "
            f"a long time away ('{in_far}')",
        )
    elif said_far and in_soon and not in_far:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source says the next dose is a long time away ('{said_far}'), but the translation "
            f"says it is near ('{in_soon}')",
        )


def _found(pattern: re.Pattern, text: str) -> str:
    match = pattern.search(text)
    return match.group().strip() if match else ""


def _reversals(source: str, translation: str, source_words: Language, target: Language) -> Iterator[tuple[str, str]]:
    event = _event_turned(source, translation, source_words, target)
    if event is not None and times_turned(source, translation, source_words, target) is None:
        yield ERROR, event
    else:
        event = None  # none, or a length of time bound to it turned too: told below, with its length
    until = until_said_from(source, translation, source_words, target)
    if until is not None and not _negated(source, source_words) and not _negated(translation, target):
        yield ERROR, until  # with a "not", "do not drive until" is "drive only from"
    said = source_words.directions_said(source)
    if not any(one_way or other_way for one_way, other_way in said.values()):
        return  # no word of a direction (most sentences): the translation need not be read
    # read as direction_spans reads it: where it says no before or after, no time is bound to one
    says_before_or_after = event is None and any(said.get(BEFORE_AFTER, ((), ())))
    read_source, read_translation = source, translation
    translation_kept_on: list[str] = []
    if _reads_not_stopping(source_words) and _reads_not_stopping(target):  # else "not" and "stop" as written
        read_source, source_kept_on = _not_stopping(source, source_words)
        read_translation, translation_kept_on = _not_stopping(translation, target)
        if source_kept_on:
            said = _with_kept_on(source_words.directions_said(read_source), source_kept_on)
    said = _with_kept_on(said, _kept_on_even_if(source, translation, source_words, target))
    if event is not None:  # the warning below would say it again, with less to go on
        said = {kind: ways for kind, ways in said.items() if kind != BEFORE_AFTER}
    both = said.get(BEFORE_AFTER, ([], []))
    if all(bool(one_way) == bool(other_way) for one_way, other_way in said.values()) and not all(both):
        return  # no comparison said one way only (most sentences): the translation need not be read
    if _negated(read_source, source_words) != _negated(read_translation, target):
        return  # "less likely" as "not as likely", "before" as "not until after": a rephrasing
    # half the sentences that get here say no before or after: their times are not read again
    # (check --jobs 1 on the varied corpus: 764 of 1593 calls)
    turned = times_turned(source, translation, source_words, target) if says_before_or_after else None
    if turned is not None:
        yield ERROR, turned
        # the warning below would say it again, with less to go on
        said = {kind: ways for kind, ways in said.items() if kind != BEFORE_AFTER}
        both = ([], [])
    rendered = _with_kept_on(target.directions_said(read_translation), translation_kept_on)
    if all(both) and BEFORE_AFTER in rendered and _a_time_each_way(source, source_words, both):
        yield from ((WARNING, problem) for problem in _one_of_both_ways_lost(both, rendered[BEFORE_AFTER], source))
    for kind, (one_way, other_way) in said.items():
        if kind not in rendered or bool(one_way) == bool(other_way):
            continue  # not said, or said both ways
        source_way, opposite = (0, 1) if one_way else (1, 0)
        kept, turned = rendered[kind][source_way], rendered[kind][opposite]
        if kind == UNLESS_EVEN_IF and opposite == 0 and not kept and not turned:
            only = _only_or_until(read_translation, target)
            if only:
                yield ERROR, _condition_turned(said[kind][source_way], [only], opposite, source)
            continue
        if (
            turned
            and not kept
            and kind == STOP_CONTINUE
            and opposite == 0
            and _stopping_denied(read_translation, target)
        ):
            continue  # "No se recomienda dejar de tomarlo", 請勿在未諮詢醫師的情況下停止服藥, 그만 드시면 안 됩니다
        if (
            turned
            and not kept
            and kind == STOP_CONTINUE
            and opposite == 1
            and _told_to_keep_taking(read_source, read_translation, source_words, target)
        ):
            yield (
                ERROR,
                (
                    f"the source says {quoted(said[kind][source_way])} ({kind}), an order to stop, but the "
                    f"translation says only {quoted(turned)}: it tells the patient to keep taking a medicine "
                    f"they must stop ({shorten(source)!r})"
                ),
            )
            continue
        if (
            turned
            and not kept
            and kind == UNLESS_EVEN_IF
            and _condition_clearly_turned(read_translation, target, opposite)
        ):
            yield ERROR, _condition_turned(said[kind][source_way], turned, opposite, source)
            continue
        if turned and not kept:
            yield (
                WARNING,
                (
                    f"the source says {quoted(said[kind][source_way])} ({kind}) but the translation says only "
                    f"{quoted(turned)}: check that it does not say the opposite ({shorten(source)!r})"
                ),
            )
    if _stopping_left_out(read_source, read_translation, source_words, target, rendered):
        yield (
            WARNING,
            (
                f"the source says {quoted(said[STOP_CONTINUE][0])} ({STOP_CONTINUE}) but the translation says no "
                f"stopping: check that it does not leave the instruction to stop out ({shorten(source)!r})"
            ),
        )


def _event_turned(source: str, translation: str, source_words: Language, target: Language) -> str | None:
    """What :func:`events_turned` says of an event bound to another way, where source and
    translation both say a "not" or neither: "Do not eat anything after midnight" may be said "eat
    only before midnight"."""
    turned = events_turned(source, translation, source_words, target)
    if turned is None or _negated(source, source_words) != _negated(translation, target):
        return None
    return turned


def _only_or_until(translation: str, target: Language) -> str:
    """The translation's "only if", or its "until" (حتى يبدو الجلد أفضل for "even if the skin looks
    better"): either ends the instruction in the case the source says it still holds in; "" for none."""
    for words in (target.pattern("only_if"), target.pattern("until_said")):
        match = words.search(translation) if words is not None else None
        if match is not None:
            return match.group().strip()
    return ""


def _condition_clearly_turned(translation: str, target: Language, opposite: int) -> bool:
    """Whether a condition kept said as one ignored (or the other way) is clearly turned around: an
    "unless" said as "even if" (aunque, même si, auch wenn, mesmo que, 即使, حتى لو, -더라도) in a
    translation that says it by no "without" (sin, sans, ohne, 없이, 未經, دون) nor "only" (solo,
    seulement, nur, 只有, فقط, -만) either, which may say the exception ("No deje de tomarlo sin
    consultar a su médico, aunque se sienta mejor"); an "even if" said as "unless" always is."""
    if opposite == 0:
        return True
    return not any(
        words is not None and words.search(translation)
        for words in (target.pattern("without"), target.pattern("only_if"))
    )


def _condition_turned(said: list[str], turned: list[str], opposite: int, source: str) -> str:
    """What an "unless" said as "even if" (``opposite`` 1), or an "even if" said as "unless" or "only"
    (0), does to the instruction."""
    if opposite == 1:
        return (
            f"the source says {quoted(said)} ({UNLESS_EVEN_IF}), an exception, but the translation says only "
            f"{quoted(turned)}, a condition ignored: it says the instruction holds in the very case the source "
            f"excepts from it ({shorten(source)!r})"
        )
    return (
        f"the source says {quoted(said)} ({UNLESS_EVEN_IF}), a condition ignored, but the translation says only "
        f"{quoted(turned)}, an exception or an only case: it makes an exception of the very case the source says "
        f"the instruction still holds in ({shorten(source)!r})"
    )


def _stopping_left_out(source: str, translation: str, source_words: Language, target: Language, rendered: dict) -> bool:
    """Whether the source tells the patient to stop a medicine (``stop_instruction``: "Stop using
    the medicine and contact your doctor") and the translation says no stopping at all: no word of
    stopping or of keeping on (that one a reversal, read above), and no "not" more than the source
    says, which may stop the taking in other words (더 이상 사용하지 마세요, No lo use más).
    `발진이 악화되면 의사에게 연락하세요` (call your doctor) keeps the patient on the medicine."""
    instruction = source_words.pattern("stop_instruction")
    if instruction is None or STOP_CONTINUE not in rendered or instruction.search(source) is None:
        return False
    if any(rendered[STOP_CONTINUE]):
        return False
    return len(target.negations(translation)) <= len(source_words.negations(source))


def _told_to_keep_taking(source: str, translation: str, source_words: Language, target: Language) -> bool:
    """Whether the source orders the patient to stop a medicine (``stop_instruction``: "stop the
    medicine and call your doctor") and the translation tells them to keep taking it (``keep_taking``:
    계속 복용하면서, 請繼續服藥) with no "not" more than the source says: "계속 복용하지 마세요" (do
    not keep taking it) is a stop.  Read where the translation says no word of stopping; a keep-on
    that is a condition (계속되면, "si continúa": if it goes on) is no instruction, and stays a warning."""
    instruction, keep = source_words.pattern("stop_instruction"), target.pattern("keep_taking")
    if instruction is None or keep is None or instruction.search(source) is None:
        return False
    plain = target.without_marks(translation)[0] if target.without_marks is not None else translation
    return keep.search(plain) is not None and len(target.negations(translation)) <= len(source_words.negations(source))


def _a_time_each_way(source: str, words: Language, said: tuple[list[str], list[str]]) -> bool:
    """Whether the source says a length of time before each of its ways (``time_then_direction``):
    "1 hour before or 2 hours after a meal"; not "Wait 2 hours after eating before you take it",
    whose before orders the steps, as `식사 후 2시간이 지난 뒤에 드세요` rightly says with a second after."""
    regex = words.pattern("time_then_direction")
    if regex is None:
        return False
    timed = {match.group(1).lower() for match in regex.finditer(source)}
    return all(any(word.lower() in timed for word in way) for way in said)


def _one_of_both_ways_lost(
    said: tuple[list[str], list[str]], rendered: tuple[list[str], list[str]], source: str
) -> Iterator[str]:
    """A time said both ways ("1 hour before or 2 hours after a meal") that the translation says
    one way only, more often than the source does: `식후 1시간 또는 식후 2시간`, `بعد الوجبة بساعة أو
    بعدها بساعتين` (after twice, before never): the before became an after.  One way said no more
    often than the source says it (`2시간 후에`, the before left to other words) is not judged."""
    for way, other in ((0, 1), (1, 0)):
        if said[way] and not rendered[way] and len(rendered[other]) > len(said[other]):
            yield (
                f"the source says {quoted(said[way])} and {quoted(said[other])} ({BEFORE_AFTER}) but the "
                f"translation says only {quoted(rendered[other])}, {len(rendered[other])} times to the source's "
                f"{len(said[other])}: check that it does not say the opposite "
                f"({shorten(source)!r})"
            )


def _negated(text: str, language: Language) -> bool:
    """Whether ``text`` says a "not", but one of a condition's own words (the 않 of 않는 한, the
    إلا of إلا إذا: "unless" said with them is no denial the source lacks)."""
    if language.pattern("negation") is None:
        return False
    # conditions blanked after what only looks like a "not": "unless your doctor tells you not to" is one
    plain = language.without_conditions(language.without_not_negations(text))
    return language.search("negation", plain) is not None


def _reads_not_stopping(language: Language) -> bool:
    return language.pattern("negated_stop") is not None and language.stop_way_re is not None


def _not_stopping(text: str, language: Language) -> tuple[str, list[str]]:
    """``text`` with each "not" of stopping blanked ("do not stop taking it", "no deje de", 끊지
    마세요, 請勿停藥, لا تتوقف عن), and each prohibition of stopping ("Está prohibido dejar de", "Il
    est déconseillé d'arrêter", 중단을 금합니다, 禁止停藥, يُمنع التوقف), and those phrases: each says
    to keep on, as "keep taking it" does.  Read so, "Do not stop taking it without talking to your
    doctor" said as "stop taking it without talking to your doctor" (Deje de tomarlo sin hablar con
    su médico; 상의하지 않고 약을 끊으세요, 未經醫師同意停藥) is a reversal: a "without" on both sides
    keeps [negation] quiet, and a "not" of forgetting or skipping alone (잊지 마세요) is none of these."""
    assert language.stop_way_re is not None
    stop = language.stop_way_re
    phrases = [match.span() for match in language.finditer("negated_stop", text) if stop.search(match.group())]
    kept_on = [text[start:end].strip() for start, end in phrases]
    text = blanked(text, phrases)
    for spans in _prohibited_stopping(text, language):
        kept_on.append(" ".join(text[min(spans)[0] : max(spans)[1]].split()))
        text = blanked(text, spans)
    return text, kept_on


# How far a prohibition may stand from the word of stopping it forbids: "Evite dejar de", "Il est
# déconseillé d'arrêter", 중단을 금합니다, 禁止在未諮詢醫師的情況下停藥; not "Evite el sol y deje de tomarlo"
# (avoid the sun, and stop), whose prohibition is another verb's; nor "Avoid sunlight and stop taking
# it", whose "and" between says so however near.
_PROHIBITION_REACH_WORDS = 2
_PROHIBITION_REACH_CHARS = 14


def _prohibited_stopping(text: str, language: Language) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where each word of stopping of ``text`` stands with a prohibition that forbids it: the
    prohibition before it in its clause (after it where the verb ends the clause, 중단을 금합니다),
    with at most a few words between them, none of them an "and" (the language's ``and_joints``)."""
    prohibits, stop, joints = language.pattern("prohibits"), language.stop_way_re, language.pattern("and_joints")
    if prohibits is None or stop is None:
        return []
    found = []
    for word in stop.finditer(text):
        clause = own_clause(text, word.start(), word.end(), language)
        if language.verb_final:
            prohibition = prohibits.search(clause)
            if prohibition is None:
                continue
            gap = clause[: prohibition.start()]
            span = (word.end() + prohibition.start(), word.end() + prohibition.end())
        else:
            prohibitions = list(prohibits.finditer(clause))
            if not prohibitions:
                continue
            prohibition = prohibitions[-1]
            gap = clause[prohibition.end() :]
            clause_start = word.start() - len(clause)
            span = (clause_start + prohibition.start(), clause_start + prohibition.end())
        if len(gap.split()) > _PROHIBITION_REACH_WORDS or len("".join(gap.split())) > _PROHIBITION_REACH_CHARS:
            continue
        if joints is not None and joints.search(gap):
            continue  # "Avoid sunlight and stop taking it": the "and" begins another verb's clause
        found.append((span, word.span()))
    return found


def _kept_on_even_if(source: str, translation: str, source_words: Language, target: Language) -> list[str]:
    """The conditions ignored of the source that say to keep on (``keep_on_even_if``: "Take it for 5
    days, even if you feel better"), read as keeping on: a translation that says only to stop
    (症狀改善後即可停藥, "puede dejar de tomarlo cuando se sienta mejor": stop once better) has
    turned it around; one with a "not" of stopping (即使症狀改善也不可自行停藥) keeps it.  Not where
    the translation says the condition ignored itself (即使, aunque, même si): its stopping is the
    end of the course ("即使症狀改善，也請服滿5天後再停藥": stop only after the 5 days)."""
    regex = source_words.pattern("keep_on_even_if")
    if regex is None or any(target.conditions_said(translation)[1]):
        return []
    return [match.group().strip() for match in regex.finditer(source)]


def _with_kept_on(said: dict[str, tuple[list[str], list[str]]], kept_on: list[str]) -> dict:
    """``said`` with the "not" of stopping read as keeping on."""
    if not kept_on or STOP_CONTINUE not in said:
        return said
    stop, keep = said[STOP_CONTINUE]
    return {**said, STOP_CONTINUE: (stop, keep + kept_on)}


def _stopping_denied(text: str, language: Language) -> bool:
    """Whether a word of stopping in ``text`` is denied in its clause by a negation not next to it,
    that ``negated_stop`` does not list: before it ("No se recomienda dejar de tomarlo", يجب عدم
    التوقف, 請勿在未諮詢醫師的情況下停止服藥), or after it where the verb ends the clause (약을 그만
    드시면 안 됩니다, 중단하는 것은 권장되지 않습니다).  Not a "without" (sin, 없이, 않고, 未經, دون):
    "Deje de tomarlo sin hablar con su médico" says stop; nor a "not" of another clause joined by
    the language's ``clause_joints`` (중단하고 의사에게 알리지 마세요); nor the "not" of a condition
    the word of stopping follows with no comma ("Si no mejora deje de tomarlo", "Si vous n'allez pas
    mieux arrêtez", 如果不見好轉就停藥, إذا لم تتحسن توقف): that "not" is the condition's verb's, and
    the stopping is said."""
    stop, negation = language.stop_way_re, language.pattern("negation")
    if stop is None or negation is None:
        return False
    without = language.pattern("without")
    for word in stop.finditer(text):
        if _after_a_condition_word(text, word.start(), language):
            continue  # every "not" own_clause keeps stands after the condition word: the condition's
        clause = own_clause(text, word.start(), word.end(), language)
        if without is not None:
            clause = blank_matches(without, clause)
        if negation.search(language.without_not_negations(clause)):
            return True
    return False


def _after_a_condition_word(text: str, start: int, language: Language) -> bool:
    """Whether a condition word (si, if, 如果, إذا: the language's ``clause_joints``) stands before
    ``start`` in its clause, with no comma between.  Not read where the verb ends the clause
    (Korean: its condition -면 comes before the verb of stopping, and is no joint)."""
    joints = language.pattern("clause_joints")
    if language.verb_final or joints is None:
        return False
    return joints.search(CLAUSE_END.split(text[:start])[-1]) is not None
