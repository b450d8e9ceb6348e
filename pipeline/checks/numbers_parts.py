"""[numbers]: a dose said as a part of a dose form ("a quarter of a tablet", `un demi-comprimé`,
3분의 1정) and a whole joined to a part ("one and a quarter", `1 e 1/4`, 一又四分之一): what the
source gives of them, and where the translation says one.  What the check reads and why: numbers.py."""

from __future__ import annotations

import re
from fractions import Fraction

from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import counts_of_a_medicine, number_spans, ones_by_an_article
from pipeline.checks.numerals import fraction_characters, mixed_numbers, prose
from pipeline.languages import Language

# A whole said of a dose form in the (English) source: "a whole tablet", "one full capsule".
_WHOLE_BEFORE_A_FORM = re.compile(r"\b(?:whole|full|entire)\s+(?=[^\W\d_])", re.IGNORECASE)


def only_a_part_of_a_dose(ctx: EntryContext) -> str | None:
    """The source's words for a part of a dose form ("a quarter of a tablet", "half a tablet", "½
    tablet", "0.5 tablet") where every dose it counts is such a part: a whole one of a dose form in
    the translation (`un comprimé`, 1錠, قرصًا) is then two or four times the dose.  None where the
    source counts no part, or a whole too ("half a tablet, at most 2 tablets a day", "one and a half
    tablets", 1½), whose one a translation may say."""
    language = ctx.source_language
    source = _WHOLE_BEFORE_A_FORM.sub("", prose(ctx, ctx.source))  # "a whole tablet" counts a tablet
    forms = language.pattern("any_dose_form")
    if forms is None or wholes_and_parts_in_source(ctx) or mixed_numbers(source):
        return None
    said = parts_of_a_dose(source, language)
    if not said:
        return None
    counts = counts_of_a_medicine(source, language) + ones_by_an_article(source, language)
    if any(count.value >= 1 and not any(start <= count.start < end for start, end in said) for count, _ in counts):
        return None
    start, end = said[0]
    return source[start:end]


def parts_of_a_dose(text: str, language: Language) -> list[tuple[int, int]]:
    """Where ``text`` says a part of a dose form, from the part to the end of its form: "a quarter
    of a tablet", "half a tablet", "½ tablet", "0.5 tablet", `un quart d'un comprimé`, `ein Viertel
    einer Tablette`, `un demi-comprimé`; the article of the form inside one counts no whole."""
    forms = language.pattern("any_dose_form")
    if forms is None:
        return []
    spans = number_spans(text, language)
    parts = [(number.start, number.end) for number in spans if 0 < number.value < 1]
    parts += (
        [(start, end) for start, end, value in language.parts_in_words(text) if value < 1]
        if language.parts_in_words
        else []
    )
    parts += [
        (start, start + 1) for start, _ in fraction_characters(text) if not any(n.start <= start < n.end for n in spans)
    ]
    found = []
    for start, end in parts:
        form = dose_form_of_a_part(forms, language.pattern("part_of_dose"), text, end)
        if form is not None:
            found.append((start, form))
    return found


def dose_form_of_a_part(forms: re.Pattern, part_of: re.Pattern | None, text: str, end: int) -> int | None:
    """Where the dose form that the part ending at ``end`` is a part of ends: right after it (½
    tablet, medio comprimido, `demi-comprimé`) or after the language's ``part_of_dose`` ("a
    quarter of a tablet", `un quart de comprimé`); None where it is a part of no dose form."""
    after = end + (1 if text[end : end + 1] in (" ", "-") else 0)
    direct = forms.match(text, after)
    if direct:
        return direct.end()
    between = part_of.match(text, after) if part_of is not None else None
    form = forms.match(text, between.end()) if between else None
    return form.end() if form else None


def a_whole_of_the_parts_form(
    language: Language, text: str, start: int, end: int, parts: list[tuple[int, int]]
) -> bool:
    """Whether the one of a dose form from ``start`` to ``end`` counts a whole of what ``parts``
    (the translation's parts of a dose form) are parts of: any form where the translation says no
    part (`un comprimé` alone for "a quarter of a tablet"), else the form of one of them.  Not the
    article inside a part (`un quart d'un comprimé`), nor another form beside the part: `un
    demi-comprimé … si vous oubliez une dose` keeps the half, and its dose is no tablet."""
    if any(part_start <= start < part_end for part_start, part_end in parts):
        return False
    return not parts or _form_said(language, text, end) in {
        _form_said(language, text, part_end) for _, part_end in parts
    }


def _form_said(language: Language, text: str, end: int) -> int | None:
    """Which of the language's ``dose_forms`` the dose form ending at ``end`` is, by its place
    in them (comprimé and comprimés alike); None where none ends there."""
    for index, form in enumerate(language.dose_form_res):
        if any(match.end() == end for match in form.finditer(text, max(0, end - 40), end)):
            return index
    return None


def wholes_with_their_parts(
    text: str, language: Language, parts: dict[int, tuple[int, Fraction]]
) -> dict[int, tuple[int, Fraction]]:
    """Each fraction of ``text`` a whole number is added to by the language's ``whole_and_part``
    ("1 e 1/4", 一又四分之一, 1과 4분의 1: one and a quarter), by where the fraction ends: where the
    whole starts, and their sum.  ``parts`` are the fractions said denominator first (4분의 1, 四分之一),
    by where each ends, as :func:`~pipeline.checks.numbers_added.added_counts` reads them."""
    joint = language.pattern("whole_and_part")
    if joint is None or joint.search(text) is None:
        return {}  # most texts join no whole to a fraction
    spans = number_spans(text, language)
    fractions = [(number.start, number.end, number.value) for number in spans if 0 < number.value < 1]
    fractions += [(start, end, value) for end, (start, value) in parts.items() if 0 < value < 1]
    return {
        end: (whole.start, whole.value + value)
        for whole in spans
        if whole.value >= 1 and whole.value.denominator == 1
        for start, end, value in fractions
        if start > whole.end and joint.fullmatch(text, whole.end, start)
    }


def wholes_and_parts_in_source(ctx: EntryContext) -> set[Fraction]:
    """The sums of the wholes and fractions the source joins ("one and a quarter", "1 and 1/4"):
    values it gives, as a translation's `1 e 1/4` reads them."""
    source, language = prose(ctx, ctx.source), ctx.source_language
    parts = (
        {end: (start, value) for start, end, value in language.parts_in_words(source)}
        if language.parts_in_words
        else {}
    )
    return {value for _, value in wholes_with_their_parts(source, language, parts).values()}
