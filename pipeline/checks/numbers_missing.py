"""[numbers]: the source's numbers missing from the translation, by value, less those it says in
another reading (another unit, a per word, times of day, a percentage, a noun in the singular
alone, an hour on a 24-hour clock).  What the check reads and why: numbers.py."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from pipeline.checks.context import EntryContext
from pipeline.checks.count_bounds import counts_said_one_apart
from pipeline.checks.intervals import lengths_said_as_rates
from pipeline.checks.number_words import (
    denominator_first_fractions,
    number_spans,
    numbers_and_words,
    proportions_said_one_in_each,
    singular_nouns_alone,
    source_proportions,
    times_a_day_uncounted,
    without_articles_of_a_part,
    without_how_it_is_cut,
)
from pipeline.checks.numbers_misread import fractions_written
from pipeline.checks.numbers_moved import times_words_end
from pipeline.checks.numbers_swapped import afternoon_hours
from pipeline.checks.numerals import NumberMention, compiled_number_pattern, parse_number, prose, translation_values
from pipeline.checks.patterns import blanked
from pipeline.checks.quantities import Quantity, per_markers, quantities
from pipeline.checks.units import converted_values
from pipeline.languages import Language
from pipeline.literals import longest_first, lowered


def missing_numbers(ctx: EntryContext, mentions: list[NumberMention]) -> list[NumberMention]:
    """The source's ``mentions`` the translation says in no reading, and its mixed numbers the
    translation keeps only as their fraction."""
    if not mentions:
        return []
    text = without_articles_of_a_part(prose(ctx, ctx.translation), ctx.language)  # un demi-comprimé: no 1
    # "coupé en deux" for "cut in half" is no 2 of "Take 2 tablets"
    text = without_how_it_is_cut(text, prose(ctx, ctx.source), ctx.source_language, ctx.language)
    values = translation_values(text, ctx.language, ctx.source_language)
    # 2분의 1, 二分之一 (one half, the denominator first): the value too, not only its two numbers, so
    # that "1 1/2" said 1과 2분의 1 or 一又二分之一 is kept
    values.update(
        Fraction(top, bottom) for *_, top, bottom in denominator_first_fractions(text, ctx.language) if bottom
    )
    missing = [mention for mention in mentions if not mention.found_in(values)]
    if missing:
        # A quantity may be given in another unit of the same kind: 1 g as
        # 1000 mg, 2 days as 48시간, 30 minutes as 반 시간, 30% as 10명 중 3명.
        converted = converted_values(ctx)
        missing = [mention for mention in missing if not mention.found_in(values | converted)]
    if missing:  # "more than 2 times" as `3회 이상`: the same whole count, its 2 said by the 3
        one_apart = set(counts_said_one_apart(prose(ctx, ctx.source), text, ctx.source_language, ctx.language))
        missing = [mention for mention in missing if not mention.found_in(values | one_apart)]
    if missing:
        missing = [
            mention for mention in missing if mention not in _afternoon_on_a_24_hour_clock(ctx, mentions, values)
        ]
    if missing and ctx.language.singular_nouns is not None:
        # بساعة for "1 hour", قرصًا for "1 tablet": Arabic says one with the noun alone.
        said = _ones_said_by_the_noun(ctx) | _periods_said_by_the_noun(ctx)
        missing = [mention for mention in missing if not mention.found_in(said)]
    if missing:  # "up to 4 tablets in 24 hours", "every 24 hours" as `pro Tag`, `täglich`
        missing = _not_said_as_a_per_period(ctx, missing)
    if missing:  # "2 times a day" as `matin et soir`, `toutes les 12 heures`
        missing = _not_said_as_times_of_day(ctx, missing)
    if missing:  # "1 in 100 and 1 in 10" as `entre 1% e 10%`, "1 in 4" as `jeder vierte`
        missing = _not_said_as_proportions(ctx, missing, values)
    if missing:  # a fraction written upside down (2/1정 for 1/2) is that finding, not also this one
        turned = {Fraction(bottom, top) for *_, top, bottom in fractions_written(text, ctx.language) if top}
        missing = [mention for mention in missing if not mention.found_in(turned)]
    whole_lost = _wholes_read_in_a_fraction(ctx, mentions, values)
    return [mention for mention in mentions if mention in missing or mention in whole_lost] if whole_lost else missing


def _afternoon_on_a_24_hour_clock(
    ctx: EntryContext, mentions: list[NumberMention], values: set[Fraction]
) -> list[NumberMention]:
    """The source's hours after noon ("2 pm", "before 4 p.m.") the translation says on a 24-hour
    clock (14 Uhr, à 14 heures, 16時, a las 20:00): its 14 is not the source's for another
    reason (for 14 days)."""
    afternoon = afternoon_hours(ctx)
    if not afternoon:
        return []  # nearly every message: no hour after noon
    given = {value for mention in mentions for alternative in mention.alternatives for value in alternative}
    return [
        mention
        for mention in mentions
        if any(
            alternative == {hour} and later in values and later not in given
            for hour, later in afternoon.items()
            for alternative in mention.alternatives
        )
    ]


def _ones_said_by_the_noun(ctx: EntryContext) -> set[Fraction]:
    """{1} when the source writes a 1 before a noun ("1 hour", "1 tablet") that the translation
    says in the singular alone, of the same kind (بساعة, قرصًا: a language's ``singular_nouns``),
    not in the dual, nor after another number (24 ساعة) or inside one (ساعة ونصف, 1.5 hours)."""
    assert ctx.language.singular_nouns is not None
    counted = _counted_nouns_re(ctx.source_language)
    if counted is None:
        return set()
    kinds = {
        ctx.source_language.counted_nouns[lowered(match.group("noun") or match.group("range_noun"))]
        for match in counted.finditer(prose(ctx, ctx.source))
    }
    if not kinds:
        return set()
    return {Fraction(1)} if kinds & set(_singular_nouns_alone(ctx).values()) else set()


def _periods_said_by_the_noun(ctx: EntryContext) -> set[Fraction]:
    """The values of the source's lengths of time that are one period the translation says in
    the singular alone: 7 of "7 days" where it says أسبوع (a week), as `une semaine` or `一週`
    say it in digits or words ([units]' conversions)."""
    periods = [
        Quantity(written, Fraction(1), kind) for written, kind in _singular_nouns_alone(ctx).items() if kind != "dose"
    ]
    if not periods:
        return set()
    wanted = quantities(prose(ctx, ctx.source), (ctx.source_language,))
    return {quantity.value for quantity in wanted if any(period.same_amount(quantity) for period in periods)}


def _singular_nouns_alone(ctx: EntryContext) -> dict[str, str]:
    """What the translation says in the singular alone (قرصًا, بساعة, أسبوع), as written -> what it
    names (:func:`~pipeline.checks.number_words.singular_nouns_alone`)."""
    text = prose(ctx, ctx.translation)
    return {text[start:end]: kind for start, end, kind in singular_nouns_alone(text, ctx.language)}


@lru_cache(maxsize=64)
def _counted_nouns_re(language: Language) -> re.Pattern | None:
    """A 1 in digits and the counted noun right after it ("1 hour", "1 tablet"), or after the other
    end of its range ("1 or 2 tablets", "1 to 2 days", "1-2 puffs": قرصًا أو قرصين)."""
    if not language.counted_nouns:
        return None
    nouns = longest_first(language.counted_nouns)
    return re.compile(
        rf"(?<![\d.,/])1\s+(?P<noun>{nouns})\b"
        rf"|(?<![\d.,/])1\s*(?:(?:or|to)\s+|[-–]\s*)\d+\s+(?P<range_noun>{nouns})(?:e?s)?\b",
        re.IGNORECASE,
    )


def _not_said_as_a_per_period(ctx: EntryContext, missing: list[NumberMention]) -> list[NumberMention]:
    """``missing`` without the source's lengths of time that are one whole period said as a rate
    ("in 24 hours" of a limit, "every 24 hours", "every 7 days": :func:`lengths_said_as_rates`)
    where the translation says that period by a per word (`pro Tag`, `täglich`, `al día`, `par
    jour`, `wöchentlich`), as 하루에 (a day) says "in 24 hours".  Only a number the source says
    nowhere else: "Take 24 tablets in 24 hours" as `24 Tabletten pro Tag` keeps its own 24."""
    translation = prose(ctx, ctx.translation)
    periods = [Quantity("", Fraction(1), marker.unit) for marker in per_markers(translation, (ctx.language,))]
    if not periods:
        return missing
    source = prose(ctx, ctx.source)
    rates = [
        length
        for length in lengths_said_as_rates(
            source, list(quantities(source, (ctx.source_language,))), ctx.source_language
        )
        if any(length.same_amount(period) for period in periods)
    ]
    if not rates:
        return missing
    held = {length.value for length in rates} - _values_outside(
        source, [(length.start, length.end) for length in rates], ctx.source_language
    )
    return [mention for mention in missing if not mention.alternatives[0] <= held]


def _not_said_as_times_of_day(ctx: EntryContext, missing: list[NumberMention]) -> list[NumberMention]:
    """``missing`` without the source's counts of times a day in digits ("2 times a day") the
    translation says with no number, as [number-words] reads "twice a day": by as many times of day
    (`matin et soir`, morgens und abends, 아침저녁으로, 早晚; "3 times a day" as `morgens, mittags
    und abends`) or by the hours between doses (`toutes les 12 heures`):
    :func:`~pipeline.checks.number_words.times_a_day_uncounted`.  Only a number the source says
    nowhere else: "Take 2 tablets 2 times a day" as `1 comprimé matin et soir` still lacks its 2."""
    source = prose(ctx, ctx.source)
    counts = _counts_of_times_a_day(source, ctx.source_language)
    if not counts:
        return missing  # nearly every message
    said = times_a_day_uncounted(prose(ctx, ctx.translation), ctx.language) & {value for *_, value in counts}
    if not said:
        return missing
    held = said - _values_outside(source, [(start, end) for start, end, _ in counts], ctx.source_language)
    return [mention for mention in missing if not mention.alternatives[0] <= held]


def _counts_of_times_a_day(text: str, language: Language) -> list[tuple[int, int, Fraction]]:
    """Each count of times a day ``text`` says ("2 times a day", "3 times daily"), from its number to
    its per word, with its value."""
    days = [marker for marker in per_markers(text, (language,)) if marker.unit == "day"]
    if not days:
        return []
    counts = []
    for number in number_spans(text, language):
        end = times_words_end(text, number, language)
        day = next((marker for marker in days if end is not None and not text[end : marker.start].strip()), None)
        if day is not None:
            counts.append((number.start, day.end, number.value))
    return counts


def _not_said_as_proportions(
    ctx: EntryContext, missing: list[NumberMention], values: set[Fraction]
) -> list[NumberMention]:
    """``missing`` without the numbers of the source's proportions the translation gives as their
    percentage: "between 1 in 100 and 1 in 10 patients" as `entre 1% e 10% dos pacientes` says its
    100 (and "up to 1 in 10" as `até 10%` its 1); or, one in a whole, as each of that rank
    (:func:`proportions_said_one_in_each`: "1 in 4" as `jeder vierte`, its 1). A number is answered so only when every proportion
    of the source that holds it is said, as its percentage or its two numbers, and the source says it
    nowhere else: `entre 10% e 100%` for the same leaves the 1 of "1 in 100" missing, and "Take 1
    tablet" needs a 1 of its own."""
    source = prose(ctx, ctx.source)
    proportions = source_proportions(source, ctx.source_language)
    if not proportions:
        return missing  # nearly every message
    text = prose(ctx, ctx.translation)
    percents = {q.value for q in quantities(text, (ctx.language, ctx.source_language)) if q.unit == "percent"}
    each = proportions_said_one_in_each(source, text, ctx.source_language, ctx.language)
    said = [p for p in proportions if p.percent in percents or p in each]
    if not said:
        return missing
    unsaid = {
        value for p in proportions if p not in said and not {p.part, p.whole} <= values for value in (p.part, p.whole)
    }
    elsewhere = _values_outside(source, [(p.start, p.end) for p in proportions], ctx.source_language) | unsaid
    held = {value for p in said for value in (p.part, p.whole)} - elsewhere
    return [mention for mention in missing if not mention.alternatives[0] <= held]


def _values_outside(source: str, spans: list[tuple[int, int]], language: Language) -> set[Fraction]:
    """The values ``source`` says outside ``spans``: a number a reading answers (a proportion, a
    count of times a day, a period said as a rate) is answered only if the source says it nowhere
    else.  Blanked, not cut, so the words either side stay apart."""
    return translation_values(blanked(source, spans), language, language)


def _wholes_read_in_a_fraction(
    ctx: EntryContext, mentions: list[NumberMention], values: set[Fraction]
) -> list[NumberMention]:
    """The source's mixed numbers (1 1/2, 2½) the translation keeps only as their fraction: "Take 1
    1/2 tablets" as `Tome 1/2 comprimido`, a third of the dose. A fraction is also read as its two
    numbers (its 2/1 upside down must be read), and so the 1 (or the 2) of 1/2 answered the whole;
    here the whole must be read outside every fraction (1 comprimido y 1/2, 1정 반, 一錠半), and not
    as the article of a half (`un demi-comprimé`, `eine halbe Tablette`: a half), nor as the number
    of another of the source's words ("2 1/2 mL twice a day" as `1/2 ml dos veces al día`: its dos is
    the twice)."""
    kept_apart = [
        mention
        for mention in mentions
        if mention.whole is not None and mention.found_in(values) and not mention.alternatives[0] <= values
    ]
    if not kept_apart:
        return []  # nearly every message: no mixed number, or said as one number (1,5, 3/2, 1½)
    text = prose(ctx, ctx.translation)
    said = {span.value for span in number_spans(text, ctx.language)}
    kept_apart = [mention for mention in kept_apart if said.isdisjoint(mention.alternatives[0])]  # 2 ml y medio
    if not kept_apart:
        return []
    text = blanked(text, (span[:2] for span in fractions_written(text, ctx.language)))
    text = _without_articles_of_a_half(text, ctx.language)
    outside = translation_values(text, ctx.language, ctx.source_language)
    apart = [span.value for span in number_spans(text, ctx.language)]
    source = [span.value for span in number_spans(prose(ctx, ctx.source), ctx.source_language)]
    return [
        mention
        for mention in kept_apart
        if mention.whole not in outside or apart.count(mention.whole) <= source.count(mention.whole)
    ]


def _without_articles_of_a_half(text: str, language: Language) -> str:
    """``text`` with each one said right before another number blanked: the article of a half
    (`un demi-comprimé`, `eine halbe Tablette`; `une demi-heure`, read as 30 minutes), which says
    no whole."""
    spans = number_spans(text, language)
    articles = [
        (one.start, one.end)
        for one, half in pairwise(spans)
        if one.value == 1 and not text[one.end : half.start].strip()
    ]
    return blanked(text, articles)


def large_numbers_not_read(ctx: EntryContext, missing: list[NumberMention]) -> list[tuple[NumberMention, list]]:
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
