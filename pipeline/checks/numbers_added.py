"""[numbers]: a count of a medicine the source does not give: an added dose, a whole where the
source gives only a part of one (numbers_parts.py), a count of one standing for another, or a count
moved from how often to how many (numbers_moved.py).  What the check reads and why: numbers.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from pipeline.checks.context import EntryContext
from pipeline.checks.count_bounds import counts_said_one_apart
from pipeline.checks.number_words import (
    NumberSpan,
    counts_of_a_medicine,
    denominator_first_fractions,
    dose_form_after,
    number_spans,
    ones_by_an_article,
    singular_nouns_alone,
    values_in_source,
)
from pipeline.checks.numbers_moved import counts_moved
from pipeline.checks.numbers_parts import (
    a_whole_of_the_parts_form,
    dose_form_of_a_part,
    only_a_part_of_a_dose,
    parts_of_a_dose,
    wholes_and_parts_in_source,
    wholes_with_their_parts,
)
from pipeline.checks.numerals import NumberMention, mixed_numbers, prose
from pipeline.checks.patterns import has_digit
from pipeline.findings import ERROR, Finding

CHECK = "numbers"


def added_counts(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """A count of a medicine in the translation whose number the source does not give."""
    forms = ctx.language.pattern("any_dose_form")
    text = prose(ctx, ctx.translation)
    if forms is None or not forms.search(text):
        return  # most messages name no tablet, drop or dose
    given = values_in_source(ctx, mentions)
    if ctx.source_language.says_two_doses(prose(ctx, ctx.source)):  # "a double dose" as "dos dosis", 兩劑之間
        given.add(Fraction(2))
    # 2 1/2 cucharaditas: the count is two and a half, not the 1/2 before the noun
    mixed = {end: whole + fraction for _, end, whole, fraction in mixed_numbers(text)}
    given |= wholes_and_parts_in_source(ctx)  # "one and a quarter tablets": 5/4 is given
    # 3분의 1정, 三分之一錠 (a third of a tablet): the count is the fraction, not its numerator's 1
    parts = {
        end: (start, Fraction(top, bottom))
        for start, end, top, bottom in denominator_first_fractions(text, ctx.language)
        if bottom
    }
    # 1 e 1/4 comprimido, 一又四分之一錠 (one and a quarter tablets): the count is the whole and its part
    wholes = wholes_with_their_parts(text, ctx.language, parts)
    part_of = ctx.language.pattern("part_of_dose")
    moved = counts_moved(ctx, text)  # "one tablet twice a day" as `dos comprimidos una vez al día`
    only_a_part = only_a_part_of_a_dose(ctx)  # "a quarter of a tablet": `un comprimé` is four times it
    within_parts = parts_of_a_dose(text, ctx.language)  # the 'un of `un quart d'un comprimé` counts no whole
    reported: set[Fraction] = set()
    for number in number_spans(text, ctx.language):  # each number once: 여덟 is a native numeral and a word
        form = dose_form_after(forms, text, number) or _form_within(forms, text, number)
        start, value = parts.get(number.end, (number.start, mixed.get(number.end, number.value)))
        start, value = wholes.get(number.end, (start, value))
        if form is None and value < 1:  # un quart de comprimé, 1/4 de comprimé
            form = dose_form_of_a_part(forms, part_of, text, number.end)
        if form is None or _ordinal(text, number):
            continue
        if value != 1 and value not in given:
            # "more than 4 doses" as `5 dosis o más`: the source's count, one apart
            if (
                value
                not in counts_said_one_apart(prose(ctx, ctx.source), text, ctx.source_language, ctx.language).values()
            ):
                yield ctx.finding(CHECK, ERROR, f"dose {text[start:form]} in the translation is not in the source")
        elif value == 1 and only_a_part and a_whole_of_the_parts_form(ctx.language, text, start, form, within_parts):
            if value not in reported:  # one whole is the finding: `un comprimé … une dose` is one dose changed
                yield _whole_for_a_part(ctx, text[start:form], only_a_part)
            reported.add(value)
        elif value == 1 and has_digit(text[start : number.end]) and _one_for_another_count(ctx, given, text):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"dose {text[start:form]} in the translation is not in the source, which counts its doses "
                "and never one",
            )
        elif value in moved:
            reported.add(value)
            yield _count_moved(ctx, text[start:form], moved[value])
    if only_a_part and not within_parts and Fraction(1) not in reported:  # تناول قرصًا for "a quarter of a tablet"
        nouns = [text[start:end] for start, end, kind in singular_nouns_alone(text, ctx.language) if kind == "dose"]
        if nouns:
            reported.add(Fraction(1))
            yield _whole_for_a_part(ctx, nouns[0], only_a_part)
    if Fraction(1) in moved and Fraction(1) not in reported:  # تناول قرصًا واحدًا مرتين: one tablet, by the noun
        nouns = [text[start:end] for start, end, kind in singular_nouns_alone(text, ctx.language) if kind == "dose"]
        if nouns:
            yield _count_moved(ctx, nouns[0], moved[Fraction(1)])


# The first word of a number said in words and the space after it: "un " of "un comprimé et demi".
_FIRST_WORD = re.compile(r"[^\W\d_]+\s+|\d+\s+")


def _form_within(forms: re.Pattern, text: str, number: NumberSpan) -> int | None:
    """Where a count said around its dose form ends: "un comprimé et quart", "un comprimido y
    medio", "um comprimido e um quarto" (one and a quarter tablets, one and a half) name the form
    between the whole and the part added to it, and the count is all of it.  None where no form
    follows the number's first word inside it."""
    first = _FIRST_WORD.match(text, number.start, number.end)
    inner = forms.match(text, first.end(), number.end) if first else None
    return number.end if inner is not None and inner.end() < number.end else None


# An ordinal counts no medicine: 第二劑, 第 2 劑 (the second dose), 두 번째 알약, 세 번째 알
# (the second, third tablet) name one dose of several, as "the second dose" of the source does.
_ORDINAL_BEFORE = re.compile(r"第\s?\Z")  # searched up to the number: right before it
_ORDINAL_AFTER = re.compile(r"\s?(?:번)?째")


def _ordinal(text: str, number: NumberSpan) -> bool:
    return bool(
        _ORDINAL_BEFORE.search(text, max(0, number.start - 2), number.start)
        or text[number.start : number.end].endswith("째")
        or _ORDINAL_AFTER.match(text, number.end)
    )


def _whole_for_a_part(ctx: EntryContext, dose: str, part: str) -> Finding:
    return ctx.finding(
        CHECK,
        ERROR,
        f"dose {dose} in the translation is not in the source, which gives only '{part}': a whole for a part of it",
    )


def _one_for_another_count(ctx: EntryContext, given: set[Fraction], text: str) -> bool:
    """Whether the source counts a medicine ("2 tablets") that the translation ``text`` counts
    nowhere, and gives a 1 nowhere, in digits, words or an article ("a tablet"): a translation's `1
    comprimé` then stands for that count.  "Take 2 tablets a day for 2 days" as `Prenez 1 comprimé
    par jour pendant 2 jours` halves the dose, and its 2 is still there, so nothing is missing.  A 1
    is not a number the other readings ask for (a tablet, a day), so only where the source has none
    at all; and a count the translation keeps (`1방울 또는 2방울` for "2 drops") is the
    approximation's finding."""
    if Fraction(1) in given:
        return False
    source = prose(ctx, ctx.source)
    if ones_by_an_article(source, ctx.source_language):
        return False
    counted = {number.value for number, _ in counts_of_a_medicine(source, ctx.source_language)} - {Fraction(1)}
    return bool(counted - {number.value for number, _ in counts_of_a_medicine(text, ctx.language)})


def _count_moved(ctx: EntryContext, dose: str, moved: tuple[str, str, str]) -> Finding:
    said, what, counted = moved
    return ctx.finding(
        CHECK,
        ERROR,
        f"dose {dose} in the translation is '{said}' in the source ({what}), and the "
        f"source's '{counted}' counts no dose in the translation: the numbers changed places",
    )
