"""[limits] "At least", "no more than", "within" keep their direction.

"No more than 2 g" rendered as "2 g 이상" (2 g or more), "within 24 hours" as
"24시간 이후" or "less than 10%" as "10% 초과" turns a limit around.  A limit is
an English phrase tied to a number: before it (no more than, not more than,
at most, up to, within, less than, fewer than, under, below, maximum; at
least, no less than, more than, over, above, greater than, minimum) or after
it ("2 g or less", "3 days or more", "4 g at most"), or after its rate ("4 g a
day at most").  A phrase said either side of a number that another number or a
rate follows in its clause is that one's ("4 g at most 3 times a day": the 3
times).  The translation must say the same
direction next to the same number, in its own words (pipeline/languages/):
Korean 이하, 미만, 까지, 이내, 안에, 내에, 넘지 않, 최대 (at most) and 이상, 초과,
넘는, 최소, 적어도 (at least); Spanish "no más de", "hasta", "menos de",
"dentro de" / "al menos", "más de"; Chinese 最多, 不超過, 少於, 以下, 以內, 內 /
至少, 超過, 以上; Arabic "لا يزيد عن", "أقل من", "حتى", "خلال" / "على الأقل",
"أكثر من", "لا يقل عن".

- The opposite direction next to the number: an **error** when the number is
  a quantity with a unit (a dose, a time, a percentage) or an age ("children
  under 12", "years" said or not), a warning for a bare count.  A strict bound for a non-strict one (미만 for "no more than") is
  not reported: both keep the direction.
- No direction at all (the limit dropped): a warning.
- A "not" before a limit turns it around, and so does a prohibition with the
  taking it forbids right before it ("Está prohibido tomar más de 4 g", "يُمنع
  تناول أكثر من 4 غ": at most 4 g; each language's ``limit_forbidden``).
- "Over" with a time ("given over 2 days", spread across) or the doses a dose
  is split into ("split over 2 infusions") is not a limit; "over" with a dose
  is, whatever follows it ("over 4 g a day"), and so is "for over" / "lasts
  over" a time.
- "For at least" a time after a "not" ("Do not drive for at least 24 hours",
  "for 24 hours at least") is a least time without the verb: at least, in
  either reading of the translation, or a negation right after its time
  ("24小時內不要開車").  So is one with no "not" ("Stay upright for at least 30
  minutes", "Wait at least 4 hours"): "No se acueste durante al menos 30
  minutos", "服藥後4小時內請勿再次服用" deny the verb, not the limit.
- A length of time with "apart" after it and no limit phrase ("2 hours apart
  from antacids", the source language's ``gap_after``) is a gap of at least it:
  a translation may say it with no limit word (2시간 간격을 두고), but a most
  next to it (2시간 이내에, within 2 hours) turns it around.
- An age said after its number ("2 years and older", "65 or older") says who,
  as "children under 12" does: no "not" on either side turns it around.  So
  does a body weight (a bare kg or lb, or after weigh, 체중, peso, poids,
  Gewicht, 體重, وزن): "체중 40 kg 미만은 복용하면 안 됩니다" is about those under
  40 kg, where "4 g 미만은 투여하면 안 됩니다" says at least 4 g.

The number is found by value, in digits or words (열두 시간, 백 명), as
[numbers] reads it; one the translation writes in another unit (24 hours as
하루) is judged by the direction words of the whole translation.  A language
without limit words (pipeline/languages/) is not checked.  The phrases, and the
"not" or prohibition that turns one around, are read in limit_phrases.py, the
source's limits in source_limits.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from pipeline.checks.context import EntryContext
from pipeline.checks.count_bounds import least_said_the_other_way
from pipeline.checks.limit_phrases import (
    NEAR,
    OPPOSITE,
    limit_markers,
    limit_phrase_re,
    phrase_directions,
    without_limit_phrases,
)
from pipeline.checks.limit_phrases import limit_phrases as limit_phrases  # imported from here by intervals, bound_times
from pipeline.checks.number_words import NumberSpan, number_spans
from pipeline.checks.numerals import prose, shown_value
from pipeline.checks.patterns import CLAUSE_END, own_clause
from pipeline.checks.quantities import range_separators
from pipeline.checks.source_limits import Limit, label_directions, source_limits
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.language import AT_LEAST, AT_MOST, BEFORE_AFTER
from pipeline.literals import lowered

CHECK = "limits"
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？؟]")  # not the point of 4.5 g
_NEGATION_LEAD = 2  # the letters a negation's own word may start with, before it (請 of 請勿)
_UNIT_WORD = re.compile(r"\s*[^\W\d_]+")  # a unit in any script: "Stunden", "小時" (its 內 blanked)
# The comma that ends a time opening its sentence, and a word of that time before it ("Dentro de
# las 24 horas siguientes, no conduzca"): what follows it is said of that time.
_AFTER_A_FRONTED_TIME = re.compile(r"^(?:[^\W\d_]+\s*)?[,，،]\s*")


def check_limits(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if not (source_words.limits_before or source_words.limits_after) or not (
        target.limits_before or target.limits_after
    ):
        return
    limits = source_limits(prose(ctx, ctx.source), source_words)
    if not limits:
        return
    translation = prose(ctx, ctx.translation)
    most, allowed = _more_allowed_added(prose(ctx, ctx.source), translation, limits, source_words, target)
    if most is not None:
        yield ctx.finding(
            CHECK,
            WARNING,
            f"'{most.text}': the translation allows more ({allowed!r}), which the source does not say: "
            f"check that it does not let a patient go past the limit",
        )
    before = limit_markers(translation, target, before=True, fronted=True)
    after = limit_markers(translation, target, before=False, fronted=True)
    markers = before + after
    # Who a limit says, the translation's "not" denies not ("No lo dé a niños de 6 años o menos"
    # for "Do not give it to children 6 years and younger"), nor a least time it abstains for ("No
    # conduzca durante al menos 24 horas"): its phrases read as they are.
    plain = (
        (
            limit_markers(translation, target, before=True, deny=False),
            limit_markers(translation, target, before=False, deny=False),
        )
        if any(limit.who or limit.conditional or limit.abstained for limit in limits)
        else (before, after)
    )
    # A least time the source abstains for: a "more than" under the translation's "not" limits the
    # verb ("No conduzca durante más de 24 horas": at most 24 hours of driving), read only so.
    waits = _without_more_than(plain, translation, target) if any(limit.abstained for limit in limits) else plain
    # A number word inside a limit phrase ("un" of "un mínimo de 4 g") is none of the numbers: it
    # would end the phrase's reach before the number it is said of.  Nor is a rank ("第一次輸注後，
    # 您最多需要留院觀察1小時": the 後 is the first infusion's, not the 1 hour's).
    numbers = [
        number
        for number in number_spans(translation, target)
        if not any(start <= number.start and number.end <= end for start, end, _ in markers)
        and not _an_ordinal(translation, number, target)
    ]
    everywhere = {direction for _, _, direction in markers}
    as_written = {direction for _, _, direction in plain[0] + plain[1]}
    everywhere_as_said = everywhere | {direction for _, _, direction in waits[0] + waits[1]}
    one_direction = len({limit.direction for limit in limits}) == 1
    for limit in limits:
        as_said = waits if limit.abstained else plain if limit.who or limit.conditional else (before, after)
        near = _directions_near(translation, numbers, limit.value, *as_said)
        if limit.abstained and near is not None:  # "No lo tome en menos de 4 horas" waits too: its "not" read
            near |= (
                _directions_near(translation, numbers, limit.value, *_without_most(before, after, translation, target))
                or set()
            )
        # Where no number of the limit's value is found, the whole translation decides, read as the
        # limit is: who it says as written ("24개월 미만 어린이에게 주지 마세요" for "Do not give to
        # children under 2 years": its "not" is the giving's), a least time abstained either way.
        said_anywhere = (
            everywhere_as_said if limit.abstained else as_written if limit.who or limit.conditional else everywhere
        )
        if near is None:  # written another way (24 hours as 하루): the whole translation decides
            if not one_direction:
                continue
            near = said_anywhere
        if (
            limit.both_ways
            and limit.direction in near
            and _one_side_turned(translation, numbers, limit, target, *as_said)
        ):
            yield ctx.finding(
                CHECK,
                ERROR if limit.quantity else WARNING,
                f"'{limit.text}' is said of both sides (before or after) in the source: the translation says "
                f"{OPPOSITE[limit.direction]} {shown_value(limit.value)} on one of them",
            )
            continue
        if limit.direction in near:
            other_way = (
                least_said_the_other_way(limit, translation, source_words, target) if limit.whole_count else None
            )
            if other_way is not None:
                yield _count_taken_in_or_left_out(ctx, limit, other_way, source_words)
            continue
        if limit.gap and _ends_a_range(translation, numbers, limit.value, target):
            continue  # "3 or 4 days apart" as "im Abstand von 3 bis 4 Tagen": its bis joins a range, no most
        opposite = OPPOSITE[limit.direction]
        if (limit.abstained or limit.not_within) and _negation_after_time(
            translation, numbers, limit.value, target, markers
        ):
            continue  # "24小時內不要開車", "Fahren Sie innerhalb von 24 Stunden nicht": not within it, the same wait
        if opposite in near and limit.prohibited and target.pattern("negation") is not None:
            denial = _negation_beside(translation, numbers, limit.value, target)
            if denial is None:
                yield _turned_around(ctx, limit, opposite)
            else:  # "No se deben administrar dosis de más de 4 g": the "no" too far to tell it is the limit's
                yield ctx.finding(
                    CHECK,
                    WARNING,
                    f"'{limit.text}' (a limit the source prohibits after it): the translation says "
                    f"{opposite} {shown_value(limit.value)} with a negation ({denial.group().strip()!r}) "
                    f"not next to it: check that it denies that limit, not something else",
                )
        elif opposite in near:
            yield _turned_around(ctx, limit, opposite)
        elif (
            not limit.gap
            and limit.direction not in said_anywhere
            and not _said_as_a_range(limit, limits, translation, numbers, target)
        ):
            yield ctx.finding(
                CHECK,
                WARNING,
                f"'{limit.text}': the translation does not say {limit.direction} {shown_value(limit.value)}",
            )


def _one_side_turned(
    text: str,
    numbers: list[NumberSpan],
    limit: Limit,
    words: Language,
    before: list[tuple[int, int, str]],
    after: list[tuple[int, int, str]],
) -> bool:
    """Whether the translation says the number of a limit the source says of both sides ("at least 2
    hours before or after") the other way on one side: `como mínimo 2 horas antes o hasta 2 horas
    después`, `mindestens 2 Stunden vor oder bis zu 2 Stunden nach` (at most on the after side).  A
    word of before or after is each side's own, no limit (2小時後: after 2 hours)."""
    sides = [span for spans in words.direction_spans(text, BEFORE_AFTER) for span in spans]

    def no_side(markers: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        return [m for m in markers if not any(start < m[1] and m[0] < end for start, end in sides)]

    opposite = OPPOSITE[limit.direction]
    return any(
        opposite in said and limit.direction not in said
        for said in _directions_at_each(text, numbers, limit.value, no_side(before), no_side(after))
    )


def _an_ordinal(text: str, number: NumberSpan, words: Language) -> bool:
    """Whether ``number`` is said as a rank, by its language's mark before it (第一次) or after it
    (첫 번째, 2번째)."""
    before = words.listed_ordinal and text.endswith(words.listed_ordinal, 0, number.start)
    return bool(before) or any(
        text.startswith(mark, number.end - len(mark)) or text.startswith(mark, number.end)
        for mark in words.ordinal_marks_after
    )


def _more_allowed_added(
    source: str, translation: str, limits: list[Limit], source_words: Language, target: Language
) -> tuple[Limit | None, str]:
    """The source's first most of a dose or a time (not who it is for) and the translation's
    permission to take more (``more_allowed``: "Si lo necesita, puede tomar más", 필요하면 더 복용해도
    됩니다), when the source allows nothing more itself ("Your doctor may increase the dose"): an
    added permission lets a patient go past the most, every number kept.  A warning, not an error:
    the words cannot tell more of the medicine from more of something else."""
    allowed, said = target.pattern("more_allowed"), source_words.pattern("more_allowed")
    most = next((limit for limit in limits if limit.direction == AT_MOST and not limit.who), None)
    if allowed is None or most is None or (said is not None and said.search(source)):
        return None, ""
    found = allowed.search(translation)
    return (most, found.group().strip()) if found else (None, "")


def _said_as_a_range(limit: Limit, limits: list[Limit], text: str, numbers: list[NumberSpan], words: Language) -> bool:
    """Whether the translation says ``limit`` as an end of a range whose other end is the source's
    limit the other way: "at least 2 and at most 4 tablets" as "entre 2 y 4 comprimidos", "2~4錠",
    "2정에서 4정" (the least its first number, the most its last)."""
    if limit.direction == AT_LEAST:
        ends = {(limit.value, other.value) for other in limits if other.direction == AT_MOST}
    else:
        ends = {(other.value, limit.value) for other in limits if other.direction == AT_LEAST}
    ends = {(low, high) for low, high in ends if low < high}
    if not ends:
        return False
    joint = _range_joint_re(words)
    return any(
        (first.value, second.value) in ends and joint.fullmatch(text, first.end, second.start) is not None
        for first, second in pairwise(numbers)
    )


def _ends_a_range(text: str, numbers: list[NumberSpan], value: Fraction, words: Language) -> bool:
    """Whether a number of ``value`` in the translation is the last end of a range ("3 bis 4",
    "3 à 4"): a word the language reads as "up to" there (German bis) joins the two ends."""
    joint = _range_joint_re(words)
    return any(
        second.value == value and joint.fullmatch(text, first.end, second.start) is not None
        for first, second in pairwise(numbers)
    )


@lru_cache(maxsize=32)
def _range_joint_re(words: Language) -> re.Pattern:
    """What joins the two numbers of a range (``range_words`` and marks), a short unit of the first
    before it ("2정에서 4정", "2 mg a 4 mg")."""
    return re.compile(rf"\s?(?:[^\W\d_]{{1,3}})?(?:{range_separators((words,))})", re.IGNORECASE)


def _without_more_than(
    markers: tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]], text: str, words: Language
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """``markers`` (the phrases as said before and after a number) but a "more than"
    (``more_than_phrases``): a "not" before one is its verb's limit, no wait's length, so only the
    reading with its negation tells what it says.  Not one whose clause says a moment as well: "No
    conduzca antes de que pasen más de 24 horas", "Não dirija até que se passem mais de 24 horas"
    wait (the "not" is the driving's before that moment).  But one said as a duration ("durante más
    de 24 horas después del procedimiento") is the verb's length, whatever moment its clause names:
    the "después" there says from when it counts."""
    more_than = words.more_than_phrases
    if not more_than:
        return markers
    phrases = {(start, end) for start, end, _ in markers[0] + markers[1]}

    def kept(start: int, end: int) -> bool:
        return lowered(text[start:end]) not in more_than or (
            not _said_as_a_duration(text, start, words) and _clause_says_a_moment(text, start, end, words, phrases)
        )

    before, after = markers
    return [m for m in before if kept(m[0], m[1])], [m for m in after if kept(m[0], m[1])]


def _without_most(
    before: list[tuple[int, int, str]], after: list[tuple[int, int, str]], text: str, words: Language
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """``before`` and ``after`` but a most (``most_phrases``): a "not" does not turn "como máximo
    24 horas", "24 ساعة على الأكثر" into a wait of at least 24 hours, as it does "en menos de 4
    horas" (not sooner than 4 hours: a wait)."""

    def kept(start: int, end: int) -> bool:
        return lowered(text[start:end]) not in words.most_phrases

    return [m for m in before if kept(m[0], m[1])], [m for m in after if kept(m[0], m[1])]


def _said_as_a_duration(text: str, start: int, words: Language) -> bool:
    """Whether the limit phrase at ``start`` follows the language's word of a duration
    (``duration_before``: durante, por, pendant, für, لمدة): how long the verb lasts, not a moment."""
    regex = words.pattern("duration_before")
    return regex is not None and regex.search(text[:start]) is not None


def _clause_says_a_moment(text: str, start: int, end: int, words: Language, phrases: set[tuple[int, int]]) -> bool:
    """Whether the clause of the limit phrase at ``start:end`` says a moment: a word of before or
    after (antes, avant, قبل, 前, 전) or another limit phrase (hasta, até, حتى, 以內)."""
    clause_start = start - len(CLAUSE_END.split(text[:start])[-1])
    clause_end = end + len(CLAUSE_END.split(text[end:])[0])
    if any(clause_start <= other < clause_end and (other, other_end) != (start, end) for other, other_end in phrases):
        return True
    before, after = words.directions_said(text[clause_start:clause_end]).get(BEFORE_AFTER, ([], []))
    return bool(before or after)


def _negation_after_time(
    text: str, numbers: list[NumberSpan], value: Fraction, words: Language, markers: list[tuple[int, int, str]]
) -> bool:
    """Whether a negation follows a number of ``value`` with nothing between but its unit, a limit
    phrase and the language's word of a duration: "24小時內不要開車", "innerhalb von 24 Stunden
    nicht", "24 Stunden lang nicht" (not within that time: the same wait as not for at least it).
    Not one of another verb: "Conduzca como máximo 24 horas y no beba alcohol", nor a time said with
    a most (``most_phrases``): "höchstens 24 Stunden lang nicht", "最多24小時內請勿開車" deny the
    verb for at most that long, no wait."""
    regex = words.strong_negation_re
    if regex is None:
        return False
    masked = without_limit_phrases(text, words)
    duration = words.pattern("duration_after")
    for number in numbers:
        unit = _UNIT_WORD.match(masked, number.end) if number.value == value else None
        if unit is None or _said_with_a_most(text, number, unit.end(), markers, words):
            continue
        lasting = duration.match(masked, unit.end()) if duration is not None else None
        rest = masked[_past_an_after(masked, lasting.end() if lasting else unit.end(), words) :].lstrip()
        if _opens_its_sentence(text, masked, number.start):  # "Dentro de 24 horas, no conduzca"
            rest = _AFTER_A_FRONTED_TIME.sub("", rest, count=1)
        # A verb-final language's verb ends the clause, its object between: "4시간 이내에는 철분제를 복용하지 마십시오"
        within = words.verb_final and _said_within(text, unit.end(), words)
        if within:
            rest = own_clause(rest, 0, 0, words)
        found = regex.search(rest)
        if found is not None and (within or _only_asks(rest[: found.start()], words)):
            return True
    return False


def _past_an_after(text: str, position: int, words: Language) -> int:
    """Where ``text`` goes on past a word of after right at ``position`` (a time's unit's end):
    "bis 24 Stunden danach nicht", "innerhalb von 24 Stunden danach nicht" (not until 24 hours
    after it: a wait, the "nicht" the verb's)."""
    start = position + len(text[position:]) - len(text[position:].lstrip())
    _, after = words.direction_spans(text[start : start + NEAR], BEFORE_AFTER)
    return start + after[0][1] if after and after[0][0] == 0 else position


def _said_within(text: str, position: int, words: Language) -> bool:
    """Whether a limit phrase of a most said after its number follows ``position`` (a time's unit):
    "4시간 이내에는", "24시간 안에" (within), not "24시간 넘게" (more than: "24시간 넘게 운전하지
    마세요" drives at most 24 hours, no wait)."""
    regex = limit_phrase_re(words, before=False)
    gap = len(text[position:]) - len(text[position:].lstrip())
    found = regex.match(text, position + gap) if regex is not None else None
    return found is not None and phrase_directions(words, False).get(lowered(found.group())) == AT_MOST


def _said_with_a_most(
    text: str, number: NumberSpan, unit_end: int, markers: list[tuple[int, int, str]], words: Language
) -> bool:
    """Whether a most (``most_phrases``) stands right before ``number`` or right after its unit
    ("höchstens 24 Stunden", "24 ساعة على الأكثر"), a space at most between."""
    return any(
        lowered(text[start:end]) in words.most_phrases
        and (not text[end : number.start].strip() or not text[unit_end:start].strip())
        for start, end, _ in markers
        if end <= number.start or start >= unit_end
    )


def _opens_its_sentence(text: str, masked: str, number_start: int) -> bool:
    """Whether a time opens its sentence, its number or its limit phrase first, an article at
    most between ("24小時內，", "Dans les 24 heures,", "خلال 24 ساعة،"): what follows its comma is
    said of it, as a whole.  Not a verb before the number ("最多開車24小時，不要喝酒": 不要 the drinking's)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, number_start)), default=0)
    start += len(text[start:number_start]) - len(text[start:number_start].lstrip())
    if start == number_start:
        return True
    if masked[start] == text[start]:
        return False  # the sentence opens with no limit phrase
    between = masked[start:number_start].split()
    return not between or (len(between) == 1 and len(between[0]) <= 3 and between[0].isascii() and between[0].isalpha())


def _only_asks(lead: str, words: Language) -> bool:
    """Whether ``lead``, what stands between a time and the negation after it, is no word of
    its own: nothing, the negation's own first letters (請 of 請勿), or the words that ask
    (``request_words``: "innerhalb von 24 Stunden bitte nicht", "por favor, no conduzca")."""
    for word in words.request_words:
        if lead.lower().startswith(word):
            lead = lead[len(word) :].lstrip(" ,")
            break
    return len(lead) <= _NEGATION_LEAD and (not lead or lead.isalpha())


def _negation_beside(text: str, numbers: list[NumberSpan], value: Fraction, words: Language) -> re.Match | None:
    """A negation in the sentence of a number of ``value`` (not one of another sentence: "No lo
    tome con alcohol" after the dose denies the alcohol)."""
    plain = words.without_not_negations(text)
    for number in numbers:
        if number.value == value:
            start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, number.start)), default=0)
            end = next((m.start() for m in _SENTENCE_END.finditer(text, number.end)), len(text))
            found = words.search("negation", plain, start, end)
            if found:
                return found
    return None


def _turned_around(ctx: EntryContext, limit: Limit, opposite: str) -> Finding:
    return ctx.finding(
        CHECK,
        ERROR if limit.quantity else WARNING,
        f"'{limit.text}' is turned around in the translation: it says "
        f"{opposite} {shown_value(limit.value)}, the source {limit.direction}",
    )


def _count_taken_in_or_left_out(ctx: EntryContext, limit: Limit, phrase: str, source_words: Language) -> Finding:
    """ "more than twice" as `두 번 이상` (twice taken in), "at least 3 times" as `más de 3 veces`
    (3 left out): of a whole count the translation says another least, one apart."""
    value = shown_value(limit.value)
    if limit.phrase in source_words.more_than_phrases:
        said = f"leaves {value} out; the translation's {phrase!r} takes {value} in"
        same = f"more than {value} is {shown_value(limit.value + 1)} or more"
    else:
        said = f"takes {value} in; the translation's {phrase!r} leaves {value} out"
        same = f"at least {value} is more than {shown_value(limit.value - 1)}"
    return ctx.finding(CHECK, ERROR, f"'{limit.text}' {said} ({same})")


def directions_said_of(text: str, language: Language, value: Fraction) -> set[str] | None:
    """The directions the limit phrases of ``text`` say next to its numbers of ``value``, as they
    are written (who a limit says: "niños menores de 12 años", "體重未滿60公斤者"), read as
    [limits] reads a translation; None where ``value`` is not there."""
    before = limit_markers(text, language, before=True, deny=False)
    after = limit_markers(text, language, before=False, deny=False)
    phrases = before + after
    numbers = [
        number
        for number in number_spans(text, language)
        if not any(start <= number.start and number.end <= end for start, end, _ in phrases)
    ]
    return _directions_near(text, numbers, value, before, after)


def _directions_near(
    text: str,
    numbers: list[NumberSpan],
    value: Fraction,
    before: list[tuple[int, int, str]],
    after: list[tuple[int, int, str]],
) -> set[str] | None:
    """The directions said next to each number of ``value`` (``before`` and ``after``: the limit
    phrases of ``text`` said before and after a number); None when the value is not there."""
    places = _directions_at_each(text, numbers, value, before, after)
    return set().union(*places) if places else None


def _directions_at_each(
    text: str,
    numbers: list[NumberSpan],
    value: Fraction,
    before: list[tuple[int, int, str]],
    after: list[tuple[int, int, str]],
) -> list[set[str]]:
    """The directions said next to each number of ``value``, one set each, in order."""
    places = []
    said_before = {(start, end) for start, end, _ in before}
    for index, number in enumerate(numbers):
        if number.value != value:
            continue
        previous = numbers[index - 1].end if index else 0
        following = numbers[index + 1].start if index + 1 < len(numbers) else len(text)
        right = min(following, number.end + NEAR)
        # Near by where the phrase ends: a long one ("supérieure ou égale à", "nicht länger als")
        # starts further than NEAR from its number.  Never one said before the previous number.
        directions = {d for start, end, d in before if previous <= start and number.start - NEAR <= end <= number.start}
        directions |= label_directions(text, numbers, number, before, after)
        directions |= {
            d
            for start, end, d in after
            if number.end <= start < right
            # "4 g, como máximo 2 veces": a phrase said either side, right before the next number, is that one's
            # (not one that ends the text: "Tome 4 g como máximo" has no next number)
            and not ((start, end) in said_before and index + 1 < len(numbers) and not text[end:following].strip())
        }
        places.append(directions)
    return places
