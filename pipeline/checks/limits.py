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
"not" or prohibition that turns one around, are read in limit_phrases.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from pipeline.checks.context import EntryContext
from pipeline.checks.limit_phrases import (
    COUNTED,
    DOSE_NOUNS,
    NEAR,
    OPPOSITE,
    TIME_UNITS,
    UNIT_AFTER,
    cut_by_a_condition,
    limit_markers,
    limit_phrase_re,
    of_a_body_weight,
    phrase_directions,
    prohibited_after,
    says_who,
    unit_kind,
    without_limit_phrases,
)
from pipeline.checks.limit_phrases import limit_phrases as limit_phrases  # imported from here by intervals, bound_times
from pipeline.checks.number_words import NumberSpan, number_spans
from pipeline.checks.numerals import prose, shown_value
from pipeline.checks.patterns import CLAUSE_END, own_clause
from pipeline.checks.quantities import per_markers, range_separators
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.language import AT_LEAST, AT_MOST, BEFORE_AFTER
from pipeline.literals import lowered

CHECK = "limits"
# A label's colon right before a number ("Dosis máxima diaria: 6 comprimidos"), and where a label
# begins: after a sentence's end, a line's, or a colon or semicolon before.
_LABEL_COLON = re.compile(r"[:：]\s*$")
_AT_MOST_A_UNIT = re.compile(r"\s*(?:[^\W\d_]+\s*)?")
_LABEL_BOUNDARY = re.compile(r"[.!?](?=\s)|[。！？؟;；؛\n:：]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？؟]")  # not the point of 4.5 g
_NEGATION_LEAD = 2  # the letters a negation's own word may start with, before it (請 of 請勿)
_UNIT_WORD = re.compile(r"\s*[^\W\d_]+")  # a unit in any script: "Stunden", "小時" (its 內 blanked)
# "over" that spreads a dose across doses or days ("split over 2 infusions", "given equally over 2
# doses", "is given to you over 2 to 5 infusions"): across, not more than.  The verb right before
# it, or earlier in its clause with what is counted after it a dose or a session.
_SPREAD_BEFORE_OVER = re.compile(r"\b(?:split|divided|spread|given|shared|across)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_SPREAD_IN_CLAUSE = re.compile(r"\b(?:split|divided|spread|given|shared|administered|infused)\b", re.IGNORECASE)
_SPREAD_OVER = frozenset("infusion infusions dose doses session sessions cycle cycles treatments".split())
# "lasts over 3 days", "for over 10 days": more than, never across.
_MORE_THAN_OVER = re.compile(r"\b(?:for|lasts?|lasted|lasting)\s+$", re.IGNORECASE)
# After-phrases that are also a verb or an adjective ("2 tablets and lower the dose", "20 mg and
# lower doses", "and up to 4"): a limit only where its clause ends or goes on without an object
# ("38 °C or higher.", "38 °C and higher for 2 days", "12 and up may take it").
_VERB_LIKE_AFTER = frozenset({"and lower", "and higher", "or lower", "or higher", "and up"})
_LIMIT_ENDS = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:is|are|was|were|for|in|on|at|with|during|should|must|may|can|will|need|needs"
    r"|only|if|when|while|until|or|and|then|as|than)\b)",
    re.IGNORECASE,
)
# The comma that ends a time opening its sentence, and a word of that time before it ("Dentro de
# las 24 horas siguientes, no conduzca"): what follows it is said of that time.
_AFTER_A_FRONTED_TIME = re.compile(r"^(?:[^\W\d_]+\s*)?[,，،]\s*")
# "aged 12 and over", "age 65 or older", "children aged under 12": the number is an age, a quantity, "years" or not.
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:(?:under|over|below|above)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Limit:
    direction: str
    value: Fraction
    text: str  # as the source says it: "no more than 2 g"
    quantity: bool  # a dose, time, percentage, count of doses, age or temperature rather than a bare count
    who: bool = False  # says who ("children under 12", "2 years and older"): no "not" denies it
    # In a condition after a "not" ("Do not use it if … over 38 °C"): the translation's "not"
    # before it is read as denying the verb, not the limit, whatever words say the condition.
    conditional: bool = False
    # Turned around by a prohibition after it ("Doses of more than 4 g a day must not be given"): a
    # translation may deny it as far from it as its language puts the verb.
    prohibited: bool = False
    # A least time said as a duration or a wait, the source's "not" on its verb or none ("Do not
    # drive for at least 24 hours": at least 24 hours without driving; "Stay upright for at least
    # 30 minutes", "Wait at least 4 hours"): a translation may read either way, as it says the verb
    # ("No conduzca durante al menos 24 horas", "Espere al menos 24 horas") or the one it abstains
    # from ("No se acueste durante al menos 30 minutos", "No tome otra dosis en menos de 4 horas"):
    # that "not" is the verb's, and denies no limit.
    abstained: bool = False
    # a time the verb is denied within, said with a "not" ("Do not drive within 24 hours": at least
    # 24 hours, the "not" the driving's): "innerhalb von 24 Stunden nicht", "24小時內請勿" say it too
    not_within: bool = False
    # A length of time kept between two things, said with no limit word ("2 hours apart from
    # antacids"): at least it, though a translation may say the gap without one (2시간 간격을 두고);
    # only a most said of it (2시간 이내에, within 2 hours) turns it around.
    gap: bool = False


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
    # would end the phrase's reach before the number it is said of.
    numbers = [
        number
        for number in number_spans(translation, target)
        if not any(start <= number.start and number.end <= end for start, end, _ in markers)
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
        if limit.direction in near:
            continue
        opposite = OPPOSITE[limit.direction]
        if (limit.abstained or limit.not_within) and _negation_after_time(
            translation, numbers, limit.value, target, markers
        ):
            continue  # "24小時內不要開車", "Fahren Sie innerhalb von 24 Stunden nicht": not within it, the same wait
        if opposite in near and limit.prohibited and target.negation_re is not None:
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


def _more_allowed_added(
    source: str, translation: str, limits: list[Limit], source_words: Language, target: Language
) -> tuple[Limit | None, str]:
    """The source's first most of a dose or a time (not who it is for) and the translation's
    permission to take more (``more_allowed``: "Si lo necesita, puede tomar más", 필요하면 더 복용해도
    됩니다), when the source allows nothing more itself ("Your doctor may increase the dose"): an
    added permission lets a patient go past the most, every number kept.  A warning, not an error:
    the words cannot tell more of the medicine from more of something else."""
    allowed, said = target.more_allowed_re, source_words.more_allowed_re
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
    regex = words.duration_before_re
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
    duration = words.duration_after_re
    for number in numbers:
        unit = _UNIT_WORD.match(masked, number.end) if number.value == value else None
        if unit is None or _said_with_a_most(text, number, unit.end(), markers, words):
            continue
        lasting = duration.match(masked, unit.end()) if duration is not None else None
        rest = masked[lasting.end() if lasting else unit.end() :].lstrip()
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
    assert words.negation_re is not None
    plain = words.without_not_negations(text)
    for number in numbers:
        if number.value == value:
            start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, number.start)), default=0)
            end = next((m.start() for m in _SENTENCE_END.finditer(text, number.end)), len(text))
            found = words.negation_re.search(plain, start, end)
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


def source_limits(text: str, language: Language) -> list[Limit]:
    """The limits the source sets: each direction phrase and the number it is tied to."""
    return list(_source_limits(text, language))


# Read by [limits] and twice by [numbers] (its swapped doses of whom a limit names, its
# approximations) for every message: read once.
@lru_cache(maxsize=4096)
def _source_limits(text: str, language: Language) -> tuple[Limit, ...]:
    numbers = number_spans(text, language)
    if not numbers:
        return ()  # a limit is tied to a number (most messages have none)
    before_markers, after_markers = (
        limit_markers(text, language, before=True),
        limit_markers(text, language, before=False),
    )
    masked = without_limit_phrases(text, language) if before_markers or after_markers else text
    rates = _rate_words(text, language) if after_markers or "over" in text.lower() else []
    limits = []
    for index, number in enumerate(numbers):
        unit = UNIT_AFTER.match(text, number.end)
        unit_text = unit.group(1) if unit else ""
        kind = unit_kind(unit_text, language)
        counted = unit_text.lower() in COUNTED
        start, end = number.start, unit.end() if unit and (kind or counted) else number.end
        direction, who, age = None, False, _AGE_BEFORE.search(text, 0, number.start) is not None
        prohibited = conditional = weight = abstained = not_within = False
        for marker_start, marker_end, found in before_markers:  # "no more than 2 g"
            if marker_end <= number.start and not text[marker_end : number.start].strip():
                if text[marker_start:marker_end].lower() == "over" and _over_is_across(
                    text,
                    marker_start,
                    (number.end, end),
                    counted,
                    kind,
                    language,
                    rates,
                    _doses_counted_before(text, numbers[index - 1].end if index else None, marker_start),
                ):
                    continue  # "given over 2 days", "split over 2 infusions": across, not more than
                direction, start = found, marker_start
                weight = of_a_body_weight(text, marker_start, marker_end, language, before=True)
                who = weight or says_who(text[marker_start:marker_end], language)  # "children under 12"
                age = age or (who and not weight)  # ... whose number is an age, "years" said or not
                prohibited = not who and prohibited_after(masked, marker_start, marker_end, language)
                conditional = cut_by_a_condition(masked, marker_start, language)
                if kind in TIME_UNITS and _least_duration(text, marker_start, marker_end, number.start, language):
                    # "Do not drive for at least 24 hours": the not is the driving's
                    direction, prohibited = (
                        phrase_directions(language, True)[lowered(text[marker_start:marker_end])],
                        False,
                    )
                    abstained = True
                elif kind in TIME_UNITS and found == AT_LEAST:
                    not_within = (
                        phrase_directions(language, True).get(lowered(text[marker_start:marker_end])) == AT_MOST
                    )
        rate_end = _rate_after(text, end, rates)  # "4 g a day at most": past the dose's rate
        for marker_start, marker_end, found in after_markers:  # "2 g or less", "4 g a day at most"
            if any(
                marker_start >= after and not text[after:marker_start].strip() for after in (end, rate_end)
            ) and not _said_of_what_follows(text, marker_start, marker_end, language, numbers, rates):
                if text[marker_start:marker_end].lower() in _VERB_LIKE_AFTER and not _LIMIT_ENDS.match(
                    text, marker_end
                ):
                    continue  # "Start with 2 tablets and lower the dose": a verb, not "or less"
                if index + 1 < len(numbers) and not text[marker_end : numbers[index + 1].start].strip():
                    continue  # "over 2 years and under 6 years": the next number's limit, not "2 and under"
                direction, end = found, marker_end
                conditional = cut_by_a_condition(masked, marker_start, language)
                if kind in TIME_UNITS and _least_duration(text, marker_start, marker_end, number.start, language):
                    direction = phrase_directions(language, False)[lowered(text[marker_start:marker_end])]
                    abstained = True  # "Do not drive for 24 hours at least", "Stay upright for 30 minutes at least"
                if says_who(text[marker_start:marker_end], language):  # "2 years and older": an age
                    who = age = True
                elif of_a_body_weight(text, marker_start, marker_end, language, before=False):  # "40 kg or less"
                    who = weight = True
        # "The maximum daily dose for adults: 6 tablets": a label's limit, its phrase far from its colon
        if direction is None:
            labelled = _label_directions(text, numbers, number, before_markers, after_markers)
            if len(labelled) == 1:
                direction, start = labelled.pop(), _label_start(text, number.start)
        gap_length = _gap_after(text, end, language) if direction is None and kind in TIME_UNITS else 0
        gap = gap_length > 0
        if gap:  # "2 hours apart": at least 2 hours between
            direction, end = AT_LEAST, end + gap_length
        if direction is not None:
            quantity = bool(kind) or counted or age or weight
            limits.append(
                Limit(
                    direction,
                    number.value,
                    " ".join(text[start:end].split()),
                    quantity,
                    who,
                    conditional,
                    prohibited,
                    abstained,
                    not_within,
                    gap,
                )
            )
    return tuple(limits)


def _gap_after(text: str, end: int, language: Language) -> int:
    """How long the word that makes the length of time ending at ``end`` a gap is ("apart", the
    language's ``gap_after``), 0 where none follows."""
    regex = language.gap_after_re
    found = regex.match(text, end) if regex is not None else None
    return found.end() - end if found else 0


def _least_duration(text: str, start: int, end: int, number_start: int, language: Language) -> bool:
    """Whether the limit phrase at ``start:end`` is a least (``least_phrases``) of a time said as a
    duration, up to its number at ``number_start`` (``least_duration``): "for at least 24 hours",
    "for 24 hours at least".  The verb's "not" is said of that time, not of the limit."""
    regex = language.least_duration_re
    return (
        regex is not None
        and lowered(text[start:end]) in language.least_phrases
        and regex.search(text, max(0, number_start - NEAR * 2), number_start) is not None
    )


def _rate_words(text: str, language: Language) -> list[tuple[int, int]]:
    """Where the source says a rate in words ("a day", "per day", "daily", "per kg"): not "/day",
    which is part of a quantity's unit and read with it."""
    return [(m.start, m.end) for m in per_markers(text, (language,)) if not (m.slash or m.suffixed)]


def _rate_after(text: str, end: int, rates: list[tuple[int, int]]) -> int:
    """The end of the rate said right after a quantity ("4 g a day"), or ``end`` when none is:
    a limit word after the rate ("4 g a day at most") is still the quantity's."""
    for start, rate_end in rates:
        if start >= end and not text[end:start].strip():
            return rate_end
    return end


def _said_of_what_follows(
    text: str, start: int, end: int, language: Language, numbers: list[NumberSpan], rates: list[tuple[int, int]]
) -> bool:
    """Whether a limit phrase a language says on either side of a number ("at most", "como
    máximo", "على الأقل") is rather said of what follows it in its clause: "4 g at most 3 times
    a day", "2 tablets at least every 6 hours", "4 g at least daily" limit the count or the
    rate, not the 4 g.  The phrases said only after a number ("or more") are the number's."""
    if lowered(text[start:end]) not in phrase_directions(language, True):
        return False
    clause_end = end + len(CLAUSE_END.split(text[end:])[0])
    return any(end <= number.start < clause_end for number in numbers) or any(
        end <= rate_start < clause_end for rate_start, _ in rates
    )


def _over_is_across(
    text: str,
    over: int,
    ends: tuple[int, int],
    counted: bool,
    kind: str | None,
    language: Language,
    rates: list[tuple[int, int]],
    after_doses: bool = False,
) -> bool:
    """Whether the "over" at ``over``, before a number (``ends``: where it ends, and its unit),
    spreads across rather than says more than.  Across a time ("given over 2 to 5 days"; not "over
    4 doses in 24 hours", whose count is ``counted``), the doses a dose is split into ("split over
    2 infusions", "given over 2 doses"), or what a count of doses is spread across (``after_doses``:
    "Take 2 doses over 4 visits", not "2 doses over 65 years" nor "over 65" with nothing after).
    Not after "for" or "last" ("lasts over 3 days", "for over 10 days"), nor before a dose with a
    unit ("over 4 g a day"), nor before a count with its rate ("should not be given over 4 doses a
    day": at most 4 a day)."""
    number_end, end = ends
    head = text[:over]
    if _MORE_THAN_OVER.search(head) or kind not in (None, *TIME_UNITS):
        return False
    if after_doses and not counted and kind is None and _words_after(text, number_end):
        return True  # "Take 2 doses over 4 visits": the doses spread across the visits
    if not counted and _time_follows(text, number_end, language):
        return True
    if _rate_after(text, end, rates) != end:
        return False
    spread = _SPREAD_BEFORE_OVER.search(head) is not None or (
        _SPREAD_IN_CLAUSE.search(CLAUSE_END.split(head)[-1]) is not None and _counted_follows(text, end, _SPREAD_OVER)
    )
    return spread and (kind in TIME_UNITS or _counted_follows(text, end, _SPREAD_OVER))  # not "over 2 tablets"


def _doses_counted_before(text: str, previous_end: int | None, over: int) -> bool:
    """Whether a count of doses stands right before the "over" at ``over`` ("2 doses over", "10
    tablets over"), its number ending at ``previous_end``."""
    if previous_end is None:
        return False
    between = text[previous_end:over].split()
    return len(between) == 1 and between[0].lower() in DOSE_NOUNS


def _counted_follows(text: str, position: int, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` follows ``position`` in its clause, directly or after the rest of a
    range ("2 to 5 infusions"), or is the unit read at ``position`` already ("2 infusions")."""
    before = text[max(0, position - 12) : position]
    words = re.findall(r"[A-Za-z]+", before)[-1:] + _words_after(text, position)
    return any(word.lower() in nouns for word in words)


def _time_follows(text: str, position: int, language: Language) -> bool:
    """Whether a time unit follows the number, directly or after the rest of a range ("2 to 5 days")
    or a word ("2 full hours").  Asked only of a number with no unit of its own but a time: the
    "day" of "over 4 g a day" is the dose's rate, and "over 4 g" a limit."""
    return any(unit_kind(word, language) in TIME_UNITS for word in _words_after(text, position))


def _words_after(text: str, position: int) -> list[str]:
    """The Latin words of the next 24 characters after ``position`` in its clause, the last one
    whole: cut at the 24th character, "home" was "h" (hours) and "over 70 and you are living at
    home" a time span, not an age limit; "infusions" was no count of doses."""
    end = position + 24
    while end < len(text) and text[end].isalpha():
        end += 1
    return re.findall(r"[A-Za-z]+", re.split(r"[.,;:()]", text[position:end])[0])


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
    places = [index for index, number in enumerate(numbers) if number.value == value]
    if not places:
        return None
    directions: set[str] = set()
    said_before = {(start, end) for start, end, _ in before}
    for index in places:
        number = numbers[index]
        previous = numbers[index - 1].end if index else 0
        following = numbers[index + 1].start if index + 1 < len(numbers) else len(text)
        right = min(following, number.end + NEAR)
        # Near by where the phrase ends: a long one ("supérieure ou égale à", "nicht länger als")
        # starts further than NEAR from its number.  Never one said before the previous number.
        directions |= {
            d for start, end, d in before if previous <= start and number.start - NEAR <= end <= number.start
        }
        directions |= _label_directions(text, numbers, number, before, after)
        directions |= {
            d
            for start, end, d in after
            if number.end <= start < right
            # "4 g, como máximo 2 veces": a phrase said either side, right before the next number, is that one's
            # (not one that ends the text: "Tome 4 g como máximo" has no next number)
            and not ((start, end) in said_before and index + 1 < len(numbers) and not text[end:following].strip())
        }
    return directions


def _label_directions(
    text: str,
    numbers: list[NumberSpan],
    number: NumberSpan,
    before: list[tuple[int, int, str]],
    after: list[tuple[int, int, str]],
) -> set[str]:
    """The directions a label says of the number right after its colon ("Dosis mínima en 24 horas:
    4 g", "الحد الأدنى للجرعة اليومية: 6 أقراص", "Dosis mínima diaria para adultos: 6 comprimidos"):
    each limit phrase of the label, however far from the colon, that is not right before a number
    of its own ("Niños mayores de 12 años: 2 comprimidos": the 12's), nor part of one said after a
    number ("Children aged 12 and over: 2 tablets", "de 12 años y más": the 12's)."""
    colon = _LABEL_COLON.search(text, 0, number.start)
    if colon is None:
        return set()
    label_start = _label_start(text, number.start)
    return {
        direction
        for start, end, direction in before
        if label_start <= start
        and end <= colon.start()
        and not any(other.start >= end and not text[end : other.start].strip() for other in numbers)
        and not any(
            said_start < end and start < said_end and _follows_a_number(text, said_start, numbers)
            for said_start, said_end, _ in after
        )
    }


def _follows_a_number(text: str, position: int, numbers: list[NumberSpan]) -> bool:
    """Whether a number, and at most its unit, stands right before ``position`` ("12 and over", "12
    años y más", "12세 이상")."""
    return any(
        number.end <= position and _AT_MOST_A_UNIT.fullmatch(text, number.end, position) is not None
        for number in numbers
    )


def _label_start(text: str, number_start: int) -> int:
    """Where the label whose colon is right before ``number_start`` begins: after the sentence, line,
    colon or semicolon before it."""
    colon = _LABEL_COLON.search(text, 0, number_start)
    starts = [m.end() for m in _LABEL_BOUNDARY.finditer(text, 0, colon.start() if colon else number_start)]
    if not starts:
        return 0
    rest = text[starts[-1] :]
    return starts[-1] + len(rest) - len(rest.lstrip())  # its first word, not the space before it
