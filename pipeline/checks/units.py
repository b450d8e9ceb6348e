"""[units] A dose keeps its number *and* its unit: 1 g/kg/day must not become 1 mg/kg/day.

A quantity is a number and the unit written directly after it: a symbol (mg,
g/kg, mL, %, h), an English unit word (hours, days) or its equivalent in the
target language (Korean 시간, 일, 주, 퍼센트).  Ten rules, numbered as in
docs/checks.md:

1. Every quantity of the source is in the translation with the same amount:
   the same value and unit, or the same amount in another unit of the same
   kind (1 g = 1,000 mg, 2 days = 48시간, 30 minutes = 반 시간, 5% = "100명 중
   5명").
2. Its "per" parts stay attached to it.  Per kg (body weight) must be said of
   that very dose: 400 mg/kg, 400 mg/kg/일, or a "kg당" / "per kg" that goes
   with it.  A marker written before its dose (체중 1 kg당 400 mg, 每公斤 1 公克)
   belongs to the next dose after it in the sentence, or, when none follows,
   to the one before it; one written after its dose (1 gramo por kilogramo,
   1 غرام لكل كغ) to the dose before it, or, when none precedes, the next one.  A "kg" said of
   another dose, or elsewhere in the text, does not count: 하루 400 mg for
   400 mg/kg/day is about a 70-fold under-dose.  Per time (/day, /h) may be
   said anywhere in the same sentence (하루에 …, 매일, 시간당; not 하루 동안),
   though not of another quantity of the source (rule 5).
3. The translation adds no dose: a mass, volume or unit amount (mg, g, µg,
   mL, L, IU, mmol) that the source does not give, e.g. "(최대 4000 mg/kg/day)".
   A number of the source written without a unit there may get one (1–2 g as
   1 g~2 g).
4. A rate of the source keeps its period, 5. is said of its own
   quantity, and 6. the translation adds no rate of a period the source
   never says: rates.py.
7. No per part the source never says: "2 g/kg" is not "2 g/kg/min".
8. No number made a percentage: "1.9 in every 1 million" is not "1.9%".
9. "Every other day" stays every other day, not every day nor another interval: alternate.py.
10. "Every 4 hours" stays an interval, "for 5 days" a duration: intervals.py.
11. A count of a dose form stays a count: "20 drops" is not "20 mL", "2 puffs" not "2 mg", "1
    tablet" not "1 g" (a measured amount the source never gives, with the count's number).
12. A list of treatment days stays a list, a range a range: "days 1 and 15" is not "days 1 to
    15": day_lists.py.
13. A dose changed by an amount is not changed to it: "reduce it by 5 mg" is not "reduce it to 5
    mg": dose_changes.py.
14. An infusion's rate stays a rate, and its change a change: "restart at half the rate" is not
    "half the dose", "at a slower rate" not "at the same rate": infusion_rates.py.

A number missing altogether is [numbers]'s finding, not repeated here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction

from pipeline.checks.alternate import check_every_other, every_other_as_periods
from pipeline.checks.context import EntryContext
from pipeline.checks.day_lists import check_day_lists
from pipeline.checks.dose_changes import check_dose_changes
from pipeline.checks.infusion_rates import check_infusion_rates
from pipeline.checks.intervals import check_intervals
from pipeline.checks.number_words import (
    counts_of_a_medicine,
    not_read,
    number_spans,
    numbers_and_words,
    ones_by_an_article,
    source_proportions,
)
from pipeline.checks.numerals import prose, shown_value, source_mentions, translation_values
from pipeline.checks.quantities import (
    KINDS,
    Marker,
    Quantity,
    blank_spans,
    canonical_unit,
    customary_periods,
    per_markers,
    quantities,
    sentence_ids,
)
from pipeline.checks.rates import PERIODS, check_rates, has_period_words, period_not_checked
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.symbols import UNIT_SYMBOLS

CHECK = "units"


# "Per" units that must be said of the very dose they belong to.
_BOUND_PER_KINDS = frozenset({"mass"})


_LEADING_NUMBER_RE = re.compile(r"^[\d\s.,]*")


def check_units(ctx: EntryContext) -> Iterator[Finding]:
    source_text = prose(ctx, ctx.source)
    translation_text = prose(ctx, ctx.translation)
    languages = (ctx.language, ctx.source_language)
    in_source = quantities(source_text, (ctx.source_language,))
    wanted = _unique(in_source)
    read = quantities(translation_text, languages)
    markers = [m for m in per_markers(translation_text, languages) if not _part_of_a_quantity(m, read)]
    found = [q for q in read if not _inside(q, markers)]
    said_by_custom = customary_periods(found, ctx.language)  # quinze jours, as the two weeks it says
    rated = check_rates(ctx, source_text, in_source, found, markers, translation_text)
    if wanted:
        yield from _kept(ctx, wanted, found + said_by_custom, markers, translation_text, rated.moved)
        yield from _per_added(ctx, source_text, wanted, found)
    yield from rated.findings
    # A source quantity the translation does not render is reported above or by
    # [numbers]; the quantity that took its place (1 mg/kg/일 for 1 g/kg/day, 40 mg
    # for 400 mg) is that same defect, not also an addition.
    unrendered = [w for w in wanted if not any(q.same_amount(w) for q in found)]
    # "10 mg … 10 mg" as `10 mg … 10 g`: the 10 g is the second 10 mg changed, not also an addition
    for quantity, other, said, kept in _repeats_said_otherwise(in_source, found + said_by_custom):
        unrendered.append(quantity)
        yield ctx.finding(
            CHECK,
            ERROR,
            f"{_named(quantity)} in the source is {_named(other)} in the translation "
            f"(the source says {quantity.text} {said} times, the translation {kept})",
        )
    yield from _added(ctx, source_text, in_source, wanted, found, unrendered)
    yield from _made_a_percent(ctx, source_text, in_source, found)
    yield from _count_measured(ctx, source_text, in_source, found, translation_text)
    if not rated.findings:  # a rate said per another period is that finding, not also this one
        yield from check_every_other(ctx, source_text, translation_text, in_source, found, markers)
    yield from check_intervals(ctx, source_text, translation_text, in_source, found + said_by_custom)
    yield from check_day_lists(ctx, source_text, translation_text)
    yield from check_dose_changes(ctx, source_text, translation_text, in_source, found)
    yield from check_infusion_rates(ctx, source_text, translation_text)


def converted_values(ctx: EntryContext) -> set[Fraction]:
    """Values of source quantities that the translation gives as the same amount
    in another unit (1 g as 1000 mg): [numbers] must not call the 1 missing.  A time said in parts
    ("2 hours and 30 minutes", "1 year and 6 months", read as its total) gives its parts' numbers
    too: as `2 horas y media`, its 30 is said; as `18 meses`, its 1 and 6."""
    wanted = quantities(prose(ctx, ctx.source), (ctx.source_language,))
    translation = prose(ctx, ctx.translation)
    found = quantities(translation, (ctx.language, ctx.source_language))
    found += customary_periods(found, ctx.language)
    converted = [w for w in wanted if any(q.same_amount(w) for q in found)]
    # quincenalmente for "every 2 weeks" says that 2 alone: not the 2 of "2 tablets" beside it
    alternate = every_other_as_periods(translation, ctx.language)
    if alternate:
        said = Counter(number.value for number in number_spans(prose(ctx, ctx.source), ctx.source_language))
        converted += [w for w in wanted if said[w.value] == 1 and any(q.same_amount(w) for q in alternate)]
    return {w.value for w in converted} | {
        part.value
        for w in converted
        if w.amount[0] in PERIOD_KINDS
        for part in number_spans(w.text, ctx.source_language)
    }


def _kept(
    ctx: EntryContext,
    wanted: list[Quantity],
    found: list[Quantity],
    markers: list[Marker],
    translation_text: str,
    moved: frozenset[str],
) -> Iterator[Finding]:
    """Rules 1 and 2: every source quantity, with its per parts, is in the translation
    (a period in ``moved``, said of another quantity, is rule 5's finding)."""
    values = translation_values(translation_text, ctx.language, ctx.source_language)
    bare_text = blank_spans(translation_text, found)
    bare = translation_values(bare_text, ctx.language, ctx.source_language)
    # Which translation quantity renders which source quantity: a quantity that
    # renders one source quantity is never offered as the rendering of another.
    renders = {index: w for w in wanted for index, q in enumerate(found) if q.same_amount(w)}
    sentences = sentence_ids(translation_text)
    for quantity in wanted:
        same = [q for q in found if q.same_amount(quantity)]
        if not same:
            if quantity.value in values:  # otherwise [numbers] reports it
                lost = _unit_lost(ctx, quantity, found, renders, bare, bare_text)
                if lost is not None:
                    yield lost
            continue
        for per in quantity.per:
            if per not in moved and not any(_says_per(q, per, markers, found, sentences) for q in same):
                if per in PERIODS and not has_period_words(ctx.language):
                    yield period_not_checked(ctx, quantity.text, per)
                    continue
                closest = same[0]
                yield ctx.finding(
                    CHECK,
                    ERROR,
                    f"{quantity.text} in the source is {closest.text} in the translation: it does not say per {per}"
                    if closest.text != quantity.text
                    else f"{quantity.text} in the source: the translation does not say per {per}",
                )


def _repeats_said_otherwise(
    in_source: list[Quantity], found: list[Quantity]
) -> list[tuple[Quantity, Quantity, int, int]]:
    """Each quantity the source says more than once and the translation fewer times, beside its
    number in another unit that renders nothing of the source: "for 2 weeks, then … for 2 weeks" as
    `durante 2 semanas, luego … durante 2 meses`.  Each of the source's quantities is kept as often as
    it is said, as [numbers] keeps a repeated number: the one `2 semanas` renders one of them, not
    both.  A translation that says a repeated quantity once ("2 weeks each") has nothing in its
    place, and one that keeps none is _kept's finding.  With the quantity said in its place, and how
    many times each text says the source's."""
    in_place = [q for q in found if not any(q.same_amount(w) for w in in_source)]
    changed = []
    for quantity in _unique(in_source):
        said = sum(1 for w in in_source if w.same_amount(quantity))
        kept = sum(1 for q in found if q.same_amount(quantity))
        other = next((q for q in in_place if q.value == quantity.value), None)
        if 0 < kept < said and other is not None:
            changed.append((quantity, other, said, kept))
    return changed


def _per_added(ctx: EntryContext, source_text: str, wanted: list[Quantity], found: list[Quantity]) -> Iterator[Finding]:
    """Rule 7: a source quantity is not given per a unit the source never says: "2 g/kg" as
    "2 g/kg/min" or "2 g/kg/h" is a rate the source does not give (a whole dose in a minute).
    A per the source says anywhere ("0.4 g/kg a day" as "0.4 g/kg/일") is its own."""
    said = {marker.unit for marker in per_markers(source_text, (ctx.source_language,))}
    said.update(per for quantity in wanted for per in quantity.per)
    for quantity in wanted:
        same = [q for q in found if q.same_amount(quantity)]
        # Each keeps the source's own per parts (one replaced, mg/dL as mg/L, is rule 1's finding) and adds one.
        if same and all(set(quantity.per) <= set(q.per) and set(q.per) - said for q in same):
            added = sorted(set(same[0].per) - said)
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{quantity.text} in the source is {same[0].text} in the translation: the source does not say "
                f"per {' or per '.join(added)}",
            )


def _made_a_percent(
    ctx: EntryContext, source_text: str, in_source: list[Quantity], found: list[Quantity]
) -> Iterator[Finding]:
    """Rule 8: a number of the source is not made a percent: "about 1.9 in every 1 million adults" as
    "100만 명당 약 1.9%" says a million times as many. A percent the source gives, or says as a
    proportion ("1 in 10" as "10%"), passes; one the source has no number for is [numbers]' to say."""
    percents = [q for q in found if q.unit == "percent" and q.text[:1].isdigit()]
    if not percents:
        return  # most translations
    given = {q.value for q in in_source if q.unit == "percent"}
    given.update(proportion.percent for proportion in source_proportions(source_text, ctx.source_language))
    bare = translation_values(source_text, ctx.source_language, ctx.source_language)
    for q in percents:
        if q.value not in given and q.value in bare:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"{shown_value(q.value)} in the source is {q.text} in the translation: the source does not say "
                "it is a percentage",
            )


def _count_measured(
    ctx: EntryContext, source_text: str, in_source: list[Quantity], found: list[Quantity], translation_text: str
) -> Iterator[Finding]:
    """Rule 11: a count of a dose form is not said as a measured amount with its number: "20 drops"
    as `20 mL` is about twenty times the dose, "2 puffs" as `2 mg`, "1 tablet" as `1 g`. Rule 3
    passes such a dose (the source has its number); [numbers] finds the number kept. A measure
    the source gives itself ("20 drops (1 mL)" as `1 mL`, "1 tablet (1 g)" as `1 g`), or one the
    translation gives beside the count (`20 gotas (20 mg)`), is not this."""
    doses = [q for q in found if q.is_dose and not any(q.same_amount(w) for w in in_source)]
    if not doses:
        return  # most translations
    language = ctx.source_language
    counts = counts_of_a_medicine(source_text, language) + ones_by_an_article(source_text, language)
    if not counts:
        return
    counted = _counted_values(translation_text, ctx.language)
    reported = set()
    for number, end in sorted(counts, key=lambda count: count[0].start):
        measure = next((q for q in doses if q.value == number.value), None)
        if measure is None or number.value in counted or measure.text in reported:
            continue
        reported.add(measure.text)
        yield ctx.finding(
            CHECK, ERROR, f"{source_text[number.start : end]} in the source is {measure.text} in the translation"
        )


def _counted_values(text: str, language: Language) -> set[Fraction]:
    """The numbers ``text`` counts a dose form with (`20 gotas`, `두 알`, `un comprimé`)."""
    counts = counts_of_a_medicine(text, language) + ones_by_an_article(text, language)
    return {number.value for number, _ in counts}


def _counted_instead(ctx: EntryContext, quantity: Quantity, bare_text: str) -> str | None:
    """The count of a medicine the translation says with the value of ``quantity`` (6 sachets for
    6 hours), as written; None where it says none."""
    return next(
        (
            bare_text[number.start : end]
            for number, end in counts_of_a_medicine(bare_text, ctx.language)
            if number.value == quantity.value
        ),
        None,
    )


# The kinds of a length of time: a year said as a number of them is another length.
PERIOD_KINDS = frozenset({"time", "month"})


def _unit_lost(
    ctx: EntryContext,
    quantity: Quantity,
    found: list[Quantity],
    renders: dict[int, Quantity],
    bare: set[Fraction],
    bare_text: str,
) -> Finding | None:
    """The value is in the translation, but not with the unit: say what it is there
    (None when the translation may well give it in a unit word we cannot read)."""
    free = [(i, q) for i, q in enumerate(found) if q.value == quantity.value and i not in renders]
    if quantity.unit == "year":
        # An age is said in many ways a unit word does not read (ein 5-jähriges Kind, vor Vollendung
        # des 2. Lebensjahres, دون سن الثانية): its number is [numbers]' to find, and the error here
        # is the same number in months, weeks or days (2 años as 2 meses).
        periods = [q for _, q in free if q.amount[0] in PERIOD_KINDS]
        return (
            ctx.finding(CHECK, ERROR, f"{_named(quantity)} in the source is {_named(periods[0])} in the translation")
            if periods
            else None
        )
    if free:
        # Prefer a quantity of the same kind (mg for g), then the first one.
        kind = quantity.amount[0]
        free.sort(key=lambda item: (item[1].amount[0] != kind, item[0]))
        other = free[0][1]
        return ctx.finding(CHECK, ERROR, f"{_named(quantity)} in the source is {_named(other)} in the translation")
    within = _said_within(ctx, quantity, found, renders)
    if within is not None:
        return ctx.finding(CHECK, ERROR, f"{quantity.text} in the source is {within.text} in the translation")
    if quantity.value in bare and ctx.language.has_unit_words:
        counted = _counted_instead(ctx, quantity, bare_text)
        if counted is not None:  # "every 6 hours … 4 sachets" as `toutes les 4 heures … 6 sachets`
            return ctx.finding(CHECK, ERROR, f"{quantity.text} in the source is {counted} in the translation")
        expected = quantity.unit_text
        return ctx.finding(
            CHECK, ERROR, f"{quantity.text} in the source has no unit in the translation (expected {expected})"
        )
    if quantity.value in bare and _unit_written_as_word(quantity):
        # A language whose unit words we do not know: a unit the source writes
        # as a word is a word in the translation too (Vietnamese "16 tuần" for
        # "16 weeks") and cannot be judged, neither an error nor passed in silence
        # ("every 4 hours" as "tous les 4 jours"): the word after the number is read
        # by a person.  A symbol (mg, %, h), written alike in every language, is
        # still required below.
        # The first number of a range ("4 to 6 hours") is said with the last one's word.
        written = numbers_and_words(bare_text, ctx.language, quantity.value) if _unit_word(quantity) else []
        if not written:
            return None
        return not_read(ctx, CHECK, quantity.text, written, "unit words", f": it must say {quantity.unit_text}")
    script = ctx.language.script
    if quantity.value in bare and not ctx.language.has_unit_words and script is not None:
        # ... but a script other than Latin may write the symbol in its letters (Persian
        # "۴۰۰ میلی‌گرم", Russian "400 мг" for "400 mg"): a word of it after the number is read
        # by a person.  Latin-script languages write mg, g/kg and % as English does.
        written = [
            (start, end)
            for start, end in numbers_and_words(bare_text, ctx.language, quantity.value)
            if any(char in script for char in bare_text[start:end] if char.isalpha())
        ]
        if written:
            return not_read(ctx, CHECK, quantity.text, written, "unit words", f": it must say {quantity.unit_text}")
    taken = next(((i, q) for i, q in enumerate(found) if q.value == quantity.value and i in renders), None)
    if taken is not None:
        other, rendered = taken[1], renders[taken[0]]
        # The dose said instead, where one of the same kind and per parts renders nothing of the
        # source: "2~3 g/kg" as 2~5 g/kg with "3~5일" beside it names the 5 g/kg, not only the 3일.
        instead = next(
            (
                q
                for i, q in enumerate(found)
                if i not in renders and q.amount[0] == quantity.amount[0] and q.per == quantity.per
            ),
            None,
        )
        has = f"the translation has {instead.text}; " if instead is not None else ""
        return ctx.finding(
            CHECK,
            ERROR,
            f"{quantity.text} in the source is missing from the translation "
            f"({has}its {other.text} renders {rendered.text} of the source)",
        )
    expected = quantity.unit_text
    return ctx.finding(
        CHECK, ERROR, f"{quantity.text} in the source has no unit in the translation (expected {expected})"
    )


def _said_within(
    ctx: EntryContext, quantity: Quantity, found: list[Quantity], renders: dict[int, Quantity]
) -> Quantity | None:
    """A length of time of the translation, rendering nothing, that holds the number of the source's
    ``quantity`` as its part: "2 horas y 30 minutos" (150 minutes), "2 horas y media" for "2 hours",
    "1 año y 6 meses" (18 months) for "6 months"."""
    if quantity.amount[0] not in PERIOD_KINDS:
        return None
    return next(
        (
            q
            for i, q in enumerate(found)
            if i not in renders
            and q.amount[0] == quantity.amount[0]
            and quantity.value in translation_values(q.text, ctx.language, ctx.source_language)
        ),
        None,
    )


def _named(quantity: Quantity) -> str:
    """A quantity as a message names it: as written, with its unit when the text has none (the
    first number of a range, "1" of "1 to 3 weeks": "1 (weeks)", never "1 … is 1")."""
    if any(char.isalpha() or char in "%°/" for char in quantity.text):
        return quantity.text
    return f"{quantity.text} ({quantity.unit_text})"


def _unit_written_as_word(quantity: Quantity) -> bool:
    """The source names the unit in a word ("16 weeks", "2 milligrams"), not a symbol ("2 mg", "10%")."""
    return _unit_word(quantity) not in UNIT_SYMBOLS


def _unit_word(quantity: Quantity) -> str:
    """The unit as the source writes it after the number ("weeks", "mg"; "" for the 4 of "4 to 6 hours")."""
    return _LEADING_NUMBER_RE.sub("", quantity.text).split("/")[0].strip().lower()


def _added(
    ctx: EntryContext,
    source_text: str,
    in_source: list[Quantity],
    wanted: list[Quantity],
    found: list[Quantity],
    unrendered: list[Quantity],
) -> Iterator[Finding]:
    """Rule 3: no dose the source does not give."""
    # Quantities read at the same place under several number conventions
    # ("0,5 mg" is 0.5 mg or, read the English way, 5 mg): one fine reading is enough.
    readings: dict[tuple[int, str], list[Quantity]] = {}
    for q in found:
        if q.is_dose:
            readings.setdefault((q.end, q.unit), []).append(q)
    if not readings:
        return  # most translations give no dose: the source's numbers need not be read
    bare_source = {
        value
        for mention in source_mentions(blank_spans(source_text, in_source), ctx.source_language)
        for alternative in mention.alternatives
        for value in alternative
    }
    any_cardinal, cardinals = ctx.source_language.cardinal_word_res
    if any_cardinal.search(source_text):  # one search for the many words, most texts have none
        for regex, value in cardinals:  # "one gram" may become "1 g"
            if regex.search(source_text):
                bare_source.add(value)
    reported = set()
    replaced = list(unrendered)
    one_of = _units_named_as_one(source_text, ctx.source_language)
    for group in sorted(readings.values(), key=lambda group: group[0].start):
        if any(any(q.same_amount(w) for w in wanted) or q.value in bare_source for q in group):
            continue
        if any(q.value == 1 and q.unit in one_of for q in group):  # "each mL" as 1 mL에는
            continue
        # Same value (1 g → 1 mg) first, then same kind (400 mg → 40 mg).
        stand_in = next((w for w in replaced for q in group if w.value == q.value), None) or next(
            (w for w in replaced for q in group if w.amount[0] == q.amount[0]), None
        )
        if stand_in is not None:
            replaced.remove(stand_in)
            continue
        added = max(group, key=lambda q: len(q.text))
        if added.text not in reported:
            reported.add(added.text)
            yield ctx.finding(CHECK, ERROR, f"dose {added.text} in the translation is not in the source")


def _units_named_as_one(source_text: str, language: Language) -> frozenset[str]:
    """The canonical units ``source_text`` names one of with no number ("Each mL of the solution",
    "per kg": ``Language.one_of_a_unit``), which a translation says as 1 of them (1 mL에는, 1 kg당)."""
    regex = language.pattern("one_of_a_unit")
    if regex is None:
        return frozenset()
    units = (canonical_unit(match.group("unit"), (language,)) for match in regex.finditer(source_text))
    return frozenset(unit for unit in units if unit is not None)


def _says_per(quantity: Quantity, per: str, markers: list[Marker], found: list[Quantity], sentences: list[int]) -> bool:
    if per in quantity.per:
        return True
    candidates = [m for m in markers if m.unit == per]  # units do not stand in for each other: kg is not g
    if KINDS.get(per, (per,))[0] not in _BOUND_PER_KINDS:
        return any(sentences[m.start] == sentences[quantity.start] for m in candidates)
    return any(_bound_dose(m, found, sentences) is quantity for m in candidates)


def _bound_dose(marker: Marker, found: list[Quantity], sentences: list[int]) -> Quantity | None:
    """The dose a per kg belongs to, in its sentence: for a "kg당" or a 每公斤, written before
    their dose, the next one, else the one before it; for a "por kg" or a "لكل كغ", written
    after their dose, the one before it, else the next one."""
    doses = [q for q in found if q.is_dose and sentences[q.start] == sentences[marker.start]]
    after = [q for q in doses if q.start >= marker.end]
    before = [q for q in doses if q.end <= marker.start]
    nearest_after = min(after, key=lambda q: q.start) if after else None
    nearest_before = max(before, key=lambda q: q.end) if before else None
    if marker.before_dose:
        return nearest_after or nearest_before
    return nearest_before or nearest_after


def _part_of_a_quantity(marker: Marker, read: list[Quantity]) -> bool:
    """A per marker that is part of a quantity read, no free one: "/kg" inside "400 mg/kg" (the
    quantity's own per part), and a per word that starts on a quantity's unit ("석 달마다", "세
    달마다": every 3 months, its 달 the counter of 석, no "every month")."""
    if marker.slash:
        return any(q.start <= marker.start and marker.end <= q.end for q in read)
    return not marker.suffixed and any(q.start < marker.start < q.end for q in read)


def _inside(quantity: Quantity, markers: list[Marker]) -> bool:
    """ "1 kg" in "체중 1 kg당" is part of a per marker, not a quantity of its own."""
    return any(m.suffixed and m.start <= quantity.start and quantity.end <= m.end for m in markers)


def _unique(found: list[Quantity]) -> list[Quantity]:
    unique: dict[tuple, Quantity] = {}
    for q in sorted(found, key=lambda q: q.start):
        unique.setdefault((q.amount, q.per), q)
    return list(unique.values())
