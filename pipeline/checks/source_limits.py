"""The limits a source sets, read by [limits] (limits.py) and [numbers]: each limit phrase
(limit_phrases.py) and the number it is tied to, said right before it ("no more than 2 g"), after
it or its rate ("2 g or less", "4 g a day at most"), in a label before its colon ("Maximum daily
dose: 6 tablets"), or a length of time kept apart ("2 hours apart": at least).  With each, what
the translation may say of it: who it says (an age, a body weight), a prohibition after it that
turns it around, a condition between it and its "not", a least time abstained for.  An "over"
that spreads across ("given over 2 days", "split over 2 infusions") is no limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from pipeline.checks.limit_phrases import (
    COUNTED,
    DOSE_NOUNS,
    NEAR,
    TIME_UNITS,
    UNIT_AFTER,
    cut_by_a_condition,
    limit_markers,
    of_a_body_weight,
    phrase_directions,
    prohibited_after,
    says_who,
    unit_kind,
    without_limit_phrases,
)
from pipeline.checks.number_words import NumberSpan, number_spans
from pipeline.checks.patterns import CLAUSE_END
from pipeline.checks.quantities import per_markers
from pipeline.languages import Language
from pipeline.languages.language import AT_LEAST, AT_MOST
from pipeline.literals import lowered

# A label's colon right before a number ("Dosis máxima diaria: 6 comprimidos"), and where a label
# begins: after a sentence's end, a line's, or a colon or semicolon before.
_LABEL_COLON = re.compile(r"[:：]\s*$")
_AT_MOST_A_UNIT = re.compile(r"\s*(?:[^\W\d_]+\s*)?")
_LABEL_BOUNDARY = re.compile(r"[.!?](?=\s)|[。！？؟;；؛\n:：]")
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
    # The limit phrase as said (lowered: "more than", "or more"), "" for a label's or a gap's
    phrase: str = ""
    # A length of time said each way ("at least 2 hours before or after antacids": ``both_ways_after``):
    # the limit is each one's, and the translation may say its number for each
    both_ways: bool = False
    # A whole count (``whole_count_nouns``: "more than twice", "more than 4 doses", "more than one
    # kind"), whose "more than 2" is "3 or more" (count_bounds.py)
    whole_count: bool = False


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
        phrase = ""
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
                phrase = lowered(text[marker_start:marker_end])
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
                phrase = lowered(text[marker_start:marker_end])
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
            labelled = label_directions(text, numbers, number, before_markers, after_markers)
            if len(labelled) == 1:
                direction, start, phrase = labelled.pop(), _label_start(text, number.start), ""
        gap_length = _gap_after(text, end, language) if direction is None and kind in TIME_UNITS else 0
        gap = gap_length > 0
        if gap:  # "2 hours apart": at least 2 hours between
            direction, end, phrase = AT_LEAST, end + gap_length, ""
        if direction is not None:
            # "no more than twice a day": how often a dose is taken, as "2 times a day" says
            how_often = lowered(text[number.start : number.end]) in language.times_words
            quantity = bool(kind) or counted or how_often or age or weight
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
                    phrase,
                    both_ways=kind in TIME_UNITS and _said_both_ways(text, end, language),
                    whole_count=how_often or unit_text.lower() in language.whole_count_nouns,
                )
            )
    return tuple(limits)


def _gap_after(text: str, end: int, language: Language) -> int:
    """How long the word that makes the length of time ending at ``end`` a gap is ("apart", the
    language's ``gap_after``), 0 where none follows."""
    regex = language.pattern("gap_after")
    found = regex.match(text, end) if regex is not None else None
    return found.end() - end if found else 0


def _said_both_ways(text: str, end: int, language: Language) -> bool:
    """Whether the length of time ending at ``end`` is said each way ("2 hours before or after",
    the language's ``both_ways_after``)."""
    regex = language.pattern("both_ways_after")
    return regex is not None and regex.match(text, end) is not None


def _least_duration(text: str, start: int, end: int, number_start: int, language: Language) -> bool:
    """Whether the limit phrase at ``start:end`` is a least (``least_phrases``) of a time said as a
    duration, up to its number at ``number_start`` (``least_duration``): "for at least 24 hours",
    "for 24 hours at least".  The verb's "not" is said of that time, not of the limit."""
    regex = language.pattern("least_duration")
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


def label_directions(
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
