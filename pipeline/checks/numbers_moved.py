"""[numbers]: a count of a medicine moved to how often or how long: "one tablet twice a day" as
`dos comprimidos una vez al día` keeps every number, each in another's place.  What the check
reads and why: numbers.py."""

from __future__ import annotations

import re
from fractions import Fraction

from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import (
    NumberSpan,
    counts_of_a_medicine,
    number_spans,
    ones_by_an_article,
    singular_nouns_alone,
)
from pipeline.checks.numerals import prose, translation_values
from pipeline.checks.quantities import quantities
from pipeline.checks.units import PERIOD_KINDS
from pipeline.languages import Language


def counts_moved(ctx: EntryContext, text: str) -> dict[Fraction, tuple[str, str, str]]:
    """The values the source says only as how often or how long (twice, 4 times, 6 hours), where a
    count of a medicine the source says (one tablet, 4 sachets, a tablet, one 500 mg tablet) counts none in the translation
    ``text`` but is said there otherwise (una vez, 4 heures): a count of a medicine of such a value
    there took the other's place ("one tablet twice a day" as `dos comprimidos una vez al día`).
    Each with the source's words for it, what they say, and the count of a medicine moved.  Empty
    where every count of a medicine is kept ("twice a day" as `2 dosis al día` says how often in
    doses; `un comprimido, dos veces al día` keeps both) or one is gone altogether (`하루에 두
    캡슐씩` for "one capsule a day for two weeks": [number-words]' missing one)."""
    source = prose(ctx, ctx.source)
    kept = {number.value for number, _ in counts_of_a_medicine(text, ctx.language)}
    kept |= {Fraction(1) for *_, kind in singular_nouns_alone(text, ctx.language) if kind == "dose"}  # قرصًا
    anywhere = translation_values(text, ctx.language, ctx.source_language)
    counts = counts_of_a_medicine(source, ctx.source_language) + ones_by_an_article(source, ctx.source_language)
    moved = [
        source[number.start : end] for number, end in counts if number.value not in kept and number.value in anywhere
    ]
    if not moved:
        return {}
    return {value: (words, what, moved[0]) for value, (words, what) in _only_how_often(source, ctx).items()}


def _only_how_often(source: str, ctx: EntryContext) -> dict[Fraction, tuple[str, str]]:
    """The values ``source`` says only as a count of times (twice, 4 times: the source language's
    ``times_words``) or a length of time (6 hours, 2 years), each with its first such words and
    which it is; not a value it says otherwise too, a count of a medicine, a part (a quarter of a
    tablet) or two doses ("a double dose")."""
    language = ctx.source_language
    lengths = [q for q in quantities(source, (language,)) if q.amount[0] in PERIOD_KINDS]
    roles: dict[Fraction, list[tuple[str, str] | None]] = {}
    for number in number_spans(source, language):
        length = next((q for q in lengths if q.start <= number.start < q.end), None)
        times = times_words_end(source, number, language)
        if length is not None:
            role: tuple[str, str] | None = (length.text, "a length of time")
        elif times is not None:
            role = (source[number.start : times], "how often")
        else:
            role = None
        roles.setdefault(number.value, []).append(role)
    otherwise = {value for *_, value in language.parts_in_words(source)} if language.parts_in_words else set()
    if language.says_two_doses(source):
        otherwise.add(Fraction(2))
    return {
        value: said[0]
        for value, said in roles.items()
        if value not in otherwise and said[0] is not None and None not in said
    }


# A word right after a number: "times" of "4 times".
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def times_words_end(text: str, number: NumberSpan, language: Language) -> int | None:
    """Where the words that say ``number`` counts times end: a word of the language's
    ``times_words`` (twice), or a number and one of them (4 times); None where it counts none."""
    if text[number.start : number.end].lower() in language.times_words:
        return number.end
    after = _NEXT_WORD.match(text, number.end)
    return after.end() if after is not None and after.group(1).lower() in language.times_words else None
