"""A least of a whole count, said one apart: of a count no part of one is said of (times, doses,
kinds: the source language's ``whole_count_nouns``, "twice"), "more than 2" is "3 or more".
"More than twice" as `세 번 이상`, `tres veces o más`, `三次以上`, `mindestens dreimal` says the
same count, its 2 never written, and so does "at least 3 times" as `más de 2 veces`.  A measure
has no next number ("more than 38 °C" is not "39 °C or more").  Each language's
``more_than_phrases`` leave their number out, its ``inclusive_least_phrases`` take it in.

Read by [numbers] and [number-words] (the source's 2 said by the translation's 3:
:func:`counts_said_one_apart`) and by [limits] (the same number said the other way: "more than
twice" as `두 번 이상`, "more than 4 doses" as `4회 이상`, "at least 3 times" as `más de 3 veces`
take in or leave out the count the source leaves out or takes in: :func:`least_said_the_other_way`).
"""

from __future__ import annotations

from fractions import Fraction

from pipeline.checks.limit_phrases import NEAR, limit_markers
from pipeline.checks.number_words import number_spans
from pipeline.checks.source_limits import Limit, source_limits
from pipeline.languages import Language
from pipeline.literals import lowered


def counts_said_one_apart(
    source: str, translation: str, source_words: Language, target: Language
) -> dict[Fraction, Fraction]:
    """The values of the source's leasts of a whole count the translation says by the next number
    the other way, in the same direction, and that number: "more than twice" as `세 번 이상` (2:
    3), "Do not take more than 4 doses" as `No tome 5 dosis o más` (4: 5), "at least 3 times" as
    `más de 2 veces` (3: 2)."""
    said = {}
    for limit in source_limits(source, source_words):
        apart = _one_apart(limit, source_words, target)
        if apart is not None:
            value, phrases = apart
            beside = _phrases_beside(translation, target, value)
            if any(phrase in phrases and direction == limit.direction for phrase, direction in beside):
                said[limit.value] = value
    return said


# A count a patient keeps (doses, times, kinds) is small; a figure of a hundred or more is a round
# one, its "more than" and "or more" the same claim: "Over 100 million doses have been given" as
# `1억 회 이상 투여되었습니다`.
_KEPT_COUNTS_BELOW = 100


def least_said_the_other_way(limit: Limit, translation: str, source_words: Language, target: Language) -> str | None:
    """The translation's least beside the number of ``limit`` (a whole count's, below a hundred)
    that takes the number in where the source leaves it out, or leaves it out where the source
    takes it in, in the same direction: "more than twice" as `두 번 이상`, "más de 3 veces" for "at
    least 3 times"; None where none is."""
    if not limit.whole_count or limit.value >= _KEPT_COUNTS_BELOW:
        return None
    if limit.phrase in source_words.more_than_phrases:
        other = target.inclusive_least_phrases
    elif limit.phrase in source_words.inclusive_least_phrases:
        other = target.more_than_phrases
    else:
        return None
    return next(
        (
            phrase
            for phrase, direction in _phrases_beside(translation, target, limit.value)
            if phrase in other and direction == limit.direction
        ),
        None,
    )


def _one_apart(limit: Limit, source_words: Language, target: Language) -> tuple[Fraction, frozenset[str]] | None:
    """The number one apart from a whole count's least and the translation's phrases that say it
    there: 3 and the ones that take it in (이상, o más) for "more than 2"; 2 and the ones that leave
    it out (más de, 超過) for "at least 3"."""
    if not limit.whole_count or limit.value.denominator != 1:
        return None
    if limit.phrase in source_words.more_than_phrases:
        return limit.value + 1, target.inclusive_least_phrases
    if limit.phrase in source_words.inclusive_least_phrases and limit.value > 1:
        return limit.value - 1, target.more_than_phrases
    return None


def _phrases_beside(text: str, words: Language, value: Fraction) -> list[tuple[str, str]]:
    """Each limit phrase (lowered) of ``text`` said right beside a number of ``value``, and the
    direction it says as its clause reads it (a "not" turns it around): before it ("al menos tres
    veces", "至少三次") or after it and its counter ("세 번 이상", "3회 이상", "tres veces o más"), no
    other number between."""
    numbers = number_spans(text, words)
    if all(number.value != value for number in numbers):
        return []
    before = limit_markers(text, words, before=True)
    after = limit_markers(text, words, before=False)
    beside = []
    for index, number in enumerate(numbers):
        if number.value != value:
            continue
        previous = numbers[index - 1].end if index else 0
        following = numbers[index + 1].start if index + 1 < len(numbers) else len(text)
        beside += [
            (lowered(text[start:end]), direction)
            for start, end, direction in before
            if previous <= start and number.start - NEAR <= end <= number.start
        ]
        beside += [
            (lowered(text[start:end]), direction)
            for start, end, direction in after
            if number.end <= start < min(following, number.end + NEAR)
        ]
    return beside
