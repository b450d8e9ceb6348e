"""[numbers] Every number of the source must be in the translation, by value.

Values, not strings, are compared: the translation may write ``1,000`` as
``1000``, ``10,000`` as ``1만``, ``12,000`` as ``1만 2천``, ``3 to 5`` as
``3~5`` or ``3에서 5``, ``8:00 pm`` as ``오후 8시``, ``2 days`` as ``이틀``,
and use any script's digits (full-width, Arabic-Indic).  A quantity may
also be given as the same amount in another unit (``1 g`` as ``1000 mg``,
``48 hours`` as ``이틀``, ``30 minutes`` as ``반 시간``, ``30%`` as ``10명 중
3명``): [units] reads those.  Numbers a language adds (Korean counters:
``1회``, ``제1``) are fine, but for one: a count of a medicine the source
does not give (``하루에 8알까지``, ``8 tabletas``, ``8 片``, ``8 أقراص``: the
language's ``dose_forms``) is an added dose, as [units] rule 3 says of an
added ``4000 mg``. "A tablet" says 1 without a number, so 1 is never one.
An exact count said as an approximation around it (``2 drops`` as ``한두
방울``, ``1~2방울``, ``una o dos gotas``: 1 or 2 drops) changes the dose too,
unless the source approximates itself ("1 or 2 drops", "a few drops").

The source's ordinals in words ("the second dose") are numbers as "the 2nd
dose" is: ``두 번째``, ``第二劑``, ``الجرعة الثانية``, ``la segunda dosis`` keep
the 2.  Not "first", which a translation may say as 처음 or 最先 (en.py).

A number kept with the source's separators where the language reads them the
other way round is one it does not keep: ``4,000 mg`` in French is 4 mg to its
reader (a comma is French's decimal mark), though read generously it was 4000.

Digits that are not quantities are out of scope here: URLs, DOIs, e-mail
addresses, phone numbers (checked whole by [phone]), placeholders, code spans
and link targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache

from pipeline.checks.approximations import approximations, says_approximately
from pipeline.checks.clock import other_half, source_times
from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import (
    NumberSpan,
    digits_not_in_source,
    not_read,
    number_spans,
    numbers_and_words,
    values_in_source,
)
from pipeline.checks.numerals import (
    NumberMention,
    as_written,
    compiled_number_pattern,
    parse_number,
    prose,
    shown_value,
    source_mentions,
    translation_values,
)
from pipeline.checks.units import converted_values
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.literals import lowered

CHECK = "numbers"


def check_numbers(ctx: EntryContext) -> Iterator[Finding]:
    mentions = source_mentions(prose(ctx, ctx.source), ctx.source_language)
    missing = _missing(ctx, mentions)
    for mention, spans in _large_numbers_not_read(ctx, missing):
        missing.remove(mention)
        yield not_read(ctx, CHECK, mention.text, spans, "words for large numbers")
    # What the translation writes instead, said beside each missing number, in order, as [phone] does:
    # "40 … is missing from the translation (the translation has 45)".
    instead = digits_not_in_source(ctx, mentions) if missing else []
    for mention in missing:
        hint = f" (the translation has {instead.pop(0)})" if instead else ""
        yield ctx.finding(CHECK, ERROR, f"{mention.text} in the source is missing from the translation{hint}")
    yield from _separators_misread(ctx, mentions)
    if not missing:  # a count changed (1 tablet as 두 알) is one finding, not also an addition
        added = list(_added_counts(ctx, mentions))
        yield from added
        if not added:  # 두세 방울 for 2 drops: the added 세 방울 says it
            yield from _approximated(ctx, mentions)
        yield from _times_in_the_other_half(ctx)


def _separators_misread(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """A number of the source written with the source's separators where the translation's
    language reads them the other way round: "4,000 mg" kept in a French translation is 4 mg to a
    French reader, for whom the comma is the decimal mark (and "1.5" nothing but 1.5). Translations
    are read generously, in either convention (a translator may keep "0.5"), so only a number whose
    two readings differ, the source's value in the source's reading and not in the language's, is
    one: "1.500 mg" in Spanish is 1500 either way a Spanish reader takes it."""
    language, source = ctx.language, ctx.source_language
    ours = (language.decimal_symbol, language.group_symbol)
    theirs = (source.decimal_symbol, source.group_symbol)
    if not mentions or ours == theirs:
        return
    given = values_in_source(ctx, mentions)
    text = prose(ctx, ctx.translation)
    shown = as_written(ctx.translation_view.prose, text)
    for match in compiled_number_pattern(*theirs, whole_runs=True).finditer(text):
        as_theirs = parse_number(match.group(), *theirs)
        read = compiled_number_pattern(*ours, whole_runs=True).fullmatch(match.group())
        if read is None or as_theirs not in given:
            continue
        as_ours = parse_number(match.group(), *ours)
        if as_ours != as_theirs and as_ours not in given:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{shown[match.start() : match.end()]} in the translation is {shown_value(as_ours)} to a reader of "
                f"{language.english_name or language.code}, whose decimal mark is {language.decimal_symbol!r}: "
                f"write {_unambiguous(as_theirs)}",
            )


def _unambiguous(value: Fraction) -> str:
    """A number as every reader reads it: 4000 or 4 000, never 4,000 nor 4.000."""
    if value.denominator != 1 or value < 1000:
        return shown_value(value)  # 1.5: a decimal of the source has no group, so no second reading
    return f"{value.numerator} or {value.numerator:,}".replace(",", " ") + " (grouped by a space)"


def _times_in_the_other_half(ctx: EntryContext) -> Iterator[Finding]:
    """A clock time of the source said in the other half of the day: "8 am" as 오후 8시 (clock.py)."""
    times = source_times(prose(ctx, ctx.source), ctx.source_language)
    if not times:
        return  # most messages give no time of day
    text = prose(ctx, ctx.translation)
    for time in dict.fromkeys(times):
        written = other_half(text, time, ctx.language, ctx.source_language)
        if written:
            yield ctx.finding(
                CHECK, ERROR, f"{time.text} in the source is {written} in the translation, in the other half of the day"
            )


def _missing(ctx: EntryContext, mentions: list[NumberMention]) -> list[NumberMention]:
    if not mentions:
        return []
    values = translation_values(prose(ctx, ctx.translation), ctx.language, ctx.source_language)
    missing = [mention for mention in mentions if not mention.found_in(values)]
    if missing:
        # A quantity may be given in another unit of the same kind: 1 g as
        # 1000 mg, 2 days as 48시간, 30 minutes as 반 시간, 30% as 10명 중 3명.
        converted = converted_values(ctx)
        missing = [mention for mention in missing if not mention.found_in(values | converted)]
    if missing and ctx.language.singular_nouns is not None:
        # بساعة for "1 hour", قرصًا for "1 tablet": Arabic says one with the noun alone.
        said = _ones_said_by_the_noun(ctx)
        missing = [mention for mention in missing if not mention.found_in(said)]
    return missing


def _ones_said_by_the_noun(ctx: EntryContext) -> set[Fraction]:
    """{1} when the source writes a 1 before a noun ("1 hour", "1 tablet") that the translation
    says in the singular alone, of the same kind (بساعة, قرصًا: a language's ``singular_nouns``),
    not in the dual, nor after another number (24 ساعة) or inside one (ساعة ونصف, 1.5 hours)."""
    assert ctx.language.singular_nouns is not None
    counted = _counted_nouns_re(ctx.source_language)
    if counted is None:
        return set()
    kinds = {
        ctx.source_language.counted_nouns[lowered(match.group("noun"))]
        for match in counted.finditer(prose(ctx, ctx.source))
    }
    if not kinds:
        return set()
    text = prose(ctx, ctx.translation)
    numbers = number_spans(text, ctx.language)
    for start, end, kind in ctx.language.singular_nouns(text):
        # inside a number (ساعة ونصف) or right after one (24 ساعة)
        counted_otherwise = any(
            (number.start < end and start < number.end)
            or (number.end <= start and not text[number.end : start].strip())
            for number in numbers
        )
        if kind in kinds and not counted_otherwise:
            return {Fraction(1)}
    return set()


def _large_numbers_not_read(ctx: EntryContext, missing: list[NumberMention]) -> list[tuple[NumberMention, list]]:
    """The source's large numbers ("1 million") a translation in a language without large-number
    words (no module: Vietnamese, Persian) writes as their number and a word (1 triệu): a word
    that cannot be read, not a number missing.  Each with where the translation writes it."""
    if ctx.language.scale_words or not missing:
        return []
    source = ctx.source_language
    regex = compiled_number_pattern(source.decimal_symbol, source.group_symbol)
    text = prose(ctx, ctx.translation)
    found = []
    for mention in missing:
        number = regex.match(mention.text)
        if number is None or mention.text[number.end() :].strip().lower() not in source.scale_words:
            continue
        value = parse_number(number.group(), source.decimal_symbol, source.group_symbol)
        spans = numbers_and_words(text, ctx.language, value)
        if spans:
            found.append((mention, spans))
    return found


def _added_counts(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """A count of a medicine in the translation whose number the source does not give."""
    forms = _dose_forms_re(ctx.language)
    text = prose(ctx, ctx.translation)
    if forms is None or not forms.search(text):
        return  # most messages name no tablet, drop or dose
    given = values_in_source(ctx, mentions)
    if ctx.source_language.says_two_doses(prose(ctx, ctx.source)):  # "a double dose" as "dos dosis", 兩劑之間
        given.add(Fraction(2))
    for number in number_spans(text, ctx.language):  # each number once: 여덟 is a native numeral and a word
        form = _dose_form_after(forms, text, number)
        if form is not None and number.value != 1 and number.value not in given and not _ordinal(text, number):
            yield ctx.finding(CHECK, ERROR, f"dose {text[number.start : form]} in the translation is not in the source")


def _approximated(ctx: EntryContext, mentions: list[NumberMention]) -> Iterator[Finding]:
    """An exact count of the source said as an approximation around it: 2 drops as 한두 방울,
    1~2방울, una o dos gotas (1 or 2 drops).  The 2 is there and a count of 1 is never an added
    dose, but the patient may now use one drop.  A source that approximates itself ("1 or 2
    drops", "a few drops") may be approximated."""
    text = prose(ctx, ctx.translation)
    pairs = approximations(text, ctx.language)
    if not pairs or says_approximately(prose(ctx, ctx.source), ctx.source_language):
        return
    given = values_in_source(ctx, mentions)
    shown = as_written(ctx.translation_view.prose, text)
    forms = _dose_forms_re(ctx.language)
    for first, second in pairs:
        exact = second.value if second.value in given else first.value if first.value in given else None
        if exact is None:
            continue  # neither is the source's: [numbers] or [number-words] says what is missing
        end = (_dose_form_after(forms, text, second) if forms is not None else None) or second.end
        yield ctx.finding(
            CHECK,
            ERROR,
            f"{shown_value(exact)} in the source is an exact count; the translation makes it an approximation: "
            f"{shown[first.start : end]} ({shown_value(first.value)} or {shown_value(second.value)})",
        )


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


def _dose_form_after(forms: re.Pattern, text: str, number: NumberSpan) -> int | None:
    """Where the dose form that counts ``number`` ends: right after it (8알, 8 tabletas), or
    as the counter a native numeral is read with (여덟 알); None if it counts no medicine."""
    after = forms.match(text, number.end + (1 if text[number.end : number.end + 1] == " " else 0))
    if after:
        return after.end()
    # Not cut off at the number's end: what follows may say it is no counter (여덟 정도, about eight).
    counter = forms.search(text, number.start)
    return number.end if counter and counter.end() == number.end else None


@lru_cache(maxsize=64)
def _counted_nouns_re(language: Language) -> re.Pattern | None:
    """A 1 in digits and the counted noun right after it: "1 hour", "1 tablet"."""
    if not language.counted_nouns:
        return None
    nouns = "|".join(map(re.escape, sorted(language.counted_nouns, key=len, reverse=True)))
    return re.compile(rf"(?<![\d.,/])1\s+(?P<noun>{nouns})\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _dose_forms_re(language: Language) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{form})" for form in language.dose_forms)) if language.dose_forms else None
