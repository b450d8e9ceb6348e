"""[units] A dose keeps its number *and* its unit: 1 g/kg/day must not become 1 mg/kg/day.

A quantity is a number and the unit written directly after it: a symbol (mg,
g/kg, mL, %, h), an English unit word (hours, days) or its equivalent in the
target language (Korean 시간, 일, 주, 퍼센트).  Five rules:

1. Every quantity of the source is in the translation with the same amount:
   the same value and unit, or the same amount in another unit of the same
   kind (1 g = 1,000 mg, 2 days = 48시간, 30 minutes = 반 시간, 5% = "100명 중
   5명").
2. Its "per" parts stay attached to it.  Per kg (body weight) must be said of
   that very dose: 400 mg/kg, 400 mg/kg/일, or a "kg당" / "per kg" that goes
   with it (체중 1 kg당 400 mg: the marker belongs to the next dose after it in
   the sentence, or, when none follows, to the one before it).  A "kg" said of
   another dose, or elsewhere in the text, does not count: 하루 400 mg for
   400 mg/kg/day is about a 70-fold under-dose.  Per time (/day, /h) may be
   said anywhere in the same sentence (하루에 …, 매일, 시간당; not 하루 동안),
   though not of another quantity of the source (rule 5).
3. The translation adds no dose: a mass, volume or unit amount (mg, g, µg,
   mL, L, IU, mmol) that the source does not give, e.g. "(최대 4000 mg/kg/day)".
   A number of the source written without a unit there may get one (1–2 g as
   1 g~2 g).
4. A rate of the source written in words ("1 g/kg a day", "once a day", "3
   times a week") keeps its period: the translation says it per day too (in
   the dose's sentence), not per week (일주일에) nor nothing at all.  "A daily
   dose of" says per day (1일 투여량, dosis diaria de, جرعة يومية).
5. That rate is said of its own quantity: "400 mg/kg a day for 5 days, 2 g/kg
   in total" is not "하루에 2 g/kg, … 모두 합해 400 mg/kg" (five times the dose
   each day).  A rate word is said of the quantity right beside it, or of
   the one after the verb it is said with (每天接受 2 g/kg, cada día se
   administran 2 g/kg); one that may be read of two quantities, or of none,
   or followed by a count (2 g/kg을 하루 한 번씩), is not judged; between two
   quantities, it is said of the one said "each" (총 2 g/kg을 하루 400 mg/kg씩),
   and of neither without it (2 g/kg을 하루 400 mg/kg: Korean puts the object
   before the rate word, so the order alone does not tell).  A rate written
   in the unit (1 g/kg/day) is judged as one in words.  A count's rate ("once
   a day") is said of no dose, but a dose the source calls the whole course
   ("the whole dose is 2 to 3 g/kg") is not per day either.

A number missing altogether is [numbers]'s finding, not repeated here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from types import MappingProxyType

from pipeline.checks.context import EntryContext
from pipeline.checks.numerals import (
    native_numbers,
    number_pattern,
    number_words,
    parse_number,
    prose,
    rate_periods,
    source_mentions,
    translation_values,
    word_guards,
)
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.scripts import script_of
from pipeline.languages.symbols import UNIT_SYMBOLS

CHECK = "units"

_UNIT_NAMES = {
    "percent": "%",
    "hour": "hours",
    "minute": "minutes",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "celsius": "°C",
    "fahrenheit": "°F",
    "mmhg": "mmHg",
    "umol": "µmol",
    "meq": "mEq",
}

# Units of the same kind convert: (kind, factor to the kind's base unit).
_KINDS: dict[str, tuple[str, Fraction]] = {
    "ug": ("mass", Fraction(1, 1000)),
    "mg": ("mass", Fraction(1)),
    "g": ("mass", Fraction(1000)),
    "kg": ("mass", Fraction(1000000)),
    "ml": ("volume", Fraction(1)),
    "dl": ("volume", Fraction(100)),
    "l": ("volume", Fraction(1000)),
    "minute": ("time", Fraction(1)),
    "hour": ("time", Fraction(60)),
    "day": ("time", Fraction(60 * 24)),
    "week": ("time", Fraction(60 * 24 * 7)),
    "umol": ("substance", Fraction(1, 1000)),
    "mmol": ("substance", Fraction(1)),
}
# Temperatures convert by an offset as well as a factor, and are rounded to a
# tenth of a degree Celsius: 38.5 °C is 101.3 °F, 100.4 °F is 38 °C.
_TEMPERATURES = {"celsius": lambda value: value, "fahrenheit": lambda value: (value - 32) * Fraction(5, 9)}
# What a patient is given: an amount the translation must not invent.  Not kg
# (body weight), not time or percentages (a translator may add "하루" or "절반").
DOSE_UNITS = frozenset({"ug", "mg", "g", "ml", "dl", "l", "iu", "mmol", "umol", "meq"})
# "Per" units that must be said of the very dose they belong to.
_BOUND_PER_KINDS = frozenset({"mass"})
_LEADING_NUMBER_RE = re.compile(r"^[\d\s.,]*")
_SENTENCE_END_RE = re.compile(r"[.!?。](?=\s|$)|\n")


@dataclass(frozen=True)
class Quantity:
    text: str
    value: Fraction
    unit: str  # canonical: "mg", "percent", "hour"
    per: tuple[str, ...] = ()  # canonical units after "/" or "per"
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)

    @property
    def unit_text(self) -> str:
        return "/".join(_UNIT_NAMES.get(unit, unit) for unit in (self.unit, *self.per))

    @property
    def amount(self) -> tuple[str, Fraction]:
        """(kind, value in the kind's base unit): 1 g and 1000 mg are the same amount."""
        if self.unit in _TEMPERATURES:
            return "temperature", Fraction(round(_TEMPERATURES[self.unit](self.value) * 10), 10)
        kind, factor = _KINDS.get(self.unit, (self.unit, Fraction(1)))
        return kind, self.value * factor

    def same_amount(self, other: Quantity) -> bool:
        return self.amount == other.amount

    @property
    def is_dose(self) -> bool:
        return self.unit in DOSE_UNITS


@dataclass(frozen=True)
class _Marker:
    """A way of saying "per <unit>" that is not attached to a quantity: kg당, 하루, daily."""

    unit: str
    start: int
    end: int
    suffixed: bool = False  # "체중 1 kg당": the "1 kg" in it is not a quantity of its own
    slash: bool = False  # "/kg"


def check_units(ctx: EntryContext) -> Iterator[Finding]:
    source_text = prose(ctx, ctx.source)
    translation_text = prose(ctx, ctx.translation)
    languages = (ctx.language, ctx.source_language)
    in_source = quantities(source_text, (ctx.source_language,))
    wanted = _unique(in_source)
    read = quantities(translation_text, languages)
    # "/kg" inside "400 mg/kg" is that quantity's own per part, not a free marker.
    markers = [
        m
        for m in per_markers(translation_text, languages)
        if not (m.slash and any(q.start <= m.start and m.end <= q.end for q in read))
    ]
    found = [q for q in read if not _inside(q, markers)]
    rates = source_rates(source_text, ctx.source_language, in_source)
    written = _written_rates(in_source, rates)
    misplaced = []
    if rates or written:  # most messages state no rate: nothing to look for
        misplaced = list(_rates_tied(ctx, source_text, rates + written, in_source, found, markers, translation_text))
    # A rate said of the wrong quantity is one finding, not also "nothing per day" for the right one.
    moved = {unit for unit, _ in misplaced}
    if wanted:
        yield from _kept(ctx, wanted, found, markers, translation_text, moved)
    if rates:
        sentences = _sentence_ids(translation_text)
        kept = [rate for rate in rates if rate.unit not in moved]
        yield from _rates_kept(ctx, kept, found, markers, translation_text, sentences)
    yield from (finding for _, finding in misplaced)
    # A source quantity the translation does not render is reported above or by
    # [numbers]; the quantity that took its place (1 mg/kg/일 for 1 g/kg/day, 40 mg
    # for 400 mg) is that same defect, not also an addition.
    unrendered = [w for w in wanted if not any(q.same_amount(w) for q in found)]
    yield from _added(ctx, source_text, in_source, wanted, found, unrendered)


def converted_values(ctx: EntryContext) -> set[Fraction]:
    """Values of source quantities that the translation gives as the same amount
    in another unit (1 g as 1000 mg): [numbers] must not call the 1 missing."""
    wanted = quantities(prose(ctx, ctx.source), (ctx.source_language,))
    found = quantities(prose(ctx, ctx.translation), (ctx.language, ctx.source_language))
    return {w.value for w in wanted if any(q.same_amount(w) for q in found)}


def _kept(
    ctx: EntryContext,
    wanted: list[Quantity],
    found: list[Quantity],
    markers: list[_Marker],
    translation_text: str,
    moved: set[str],
) -> Iterator[Finding]:
    """Rules 1 and 2: every source quantity, with its per parts, is in the translation
    (a period in ``moved``, said of another quantity, is rule 5's finding)."""
    values = translation_values(translation_text, ctx.language, ctx.source_language)
    bare = translation_values(_blank_spans(translation_text, found), ctx.language, ctx.source_language)
    # Which translation quantity renders which source quantity: a quantity that
    # renders one source quantity is never offered as the rendering of another.
    renders = {index: w for w in wanted for index, q in enumerate(found) if q.same_amount(w)}
    sentences = _sentence_ids(translation_text)
    for quantity in wanted:
        same = [q for q in found if q.same_amount(quantity)]
        if not same:
            if quantity.value in values:  # otherwise [numbers] reports it
                lost = _unit_lost(ctx, quantity, found, renders, bare)
                if lost is not None:
                    yield lost
            continue
        for per in quantity.per:
            if per not in moved and not any(_says_per(q, per, markers, found, sentences) for q in same):
                closest = same[0]
                yield ctx.finding(
                    CHECK,
                    ERROR,
                    f"{quantity.text} in the source is {closest.text} in the translation: it does not say per {per}"
                    if closest.text != quantity.text
                    else f"{quantity.text} in the source: the translation does not say per {per}",
                )


@dataclass(frozen=True)
class Rate:
    """A per word of the source and what it is said of: "1 g/kg a day", "once a day"."""

    text: str  # from what it is said of to the per word: "400 mg/kg (0.4 g/kg) a day"
    unit: str  # canonical: "day"
    doses: tuple[Quantity, ...]  # the quantities it is the rate of; none for "once a day"
    written: bool = False  # only in a unit: "1 g/kg/day" (rule 2 keeps its period, rule 5 its quantity)


# Per units that say how often.
_PERIODS = frozenset({"minute", "hour", "day", "week", "month"})
# Between what is given and its per word: "1 g/kg a day", "400 mg/kg (0.4 g/kg)
# a day", "2 L of water a day", "2 tablets twice a day": a parenthesis and two
# words at most, no number, no punctuation.
_RATE_GAP_RE = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:[^\W\d_]+\s+){0,2}")


def source_rates(text: str, language: Language, found: list[Quantity]) -> list[Rate]:
    """The rates of the source: a per word ("a day", "weekly") right after a
    quantity, a count of times or a number.  A per word alone ("check your
    skin every day", "a day or two") is not read as a rate."""
    periods = _source_periods(text, language)
    if not periods:
        return []  # most messages: nothing a rate could be said of needs finding
    anchors: list[tuple[int, int, Quantity | None]] = [(q.start, q.end, q) for q in found]
    if language.times_words:
        times = re.compile(rf"\b(?:{_alternation(language.times_words)})\b", re.IGNORECASE)
        anchors += [(match.start(), match.end(), None) for match in times.finditer(text)]
    digits = re.compile(number_pattern(language.decimal_symbol, language.group_symbol))
    anchors += [(match.start(), match.end(), None) for match in digits.finditer(text)]
    anchors += [(start, end, None) for start, end, _ in language.number_spans(text)]
    rates = []
    for marker in periods:
        said_of = [
            (start, quantity)
            for start, end, quantity in anchors
            if end <= marker.start
            and _is_rate_gap(text[end : marker.start], language)
            and not (quantity is not None and marker.unit in quantity.per)  # 400 mg/kg/day: rule 2
        ]
        if said_of:
            start = min(start for start, _ in said_of)
            doses = tuple(quantity for _, quantity in said_of if quantity is not None)
            rates.append(Rate(text[start : marker.end], marker.unit, doses))
    return rates


def _written_rates(in_source: list[Quantity], rates: list[Rate]) -> list[Rate]:
    """The rates the source writes only in a unit ("1 g/kg/day for 3 days (3 g/kg in
    total)"), of a period it says in no word: rule 5 judges them as it does "a day"."""
    worded = {rate.unit for rate in rates}
    return [
        Rate(q.text, unit, (q,), written=True)
        for q in in_source
        for unit in q.per
        if unit in _PERIODS and unit not in worded
    ]


def _source_periods(text: str, language: Language) -> list[_Marker]:
    """The per words of the source ("a day", "weekly"): not "/day", which is a quantity's."""
    return [
        marker
        for marker in per_markers(text, (language,))
        if not (marker.slash or marker.suffixed or marker.unit not in _PERIODS)
    ]


def _is_rate_gap(gap: str, language: Language) -> bool:
    """ "1 g/kg a day", "2 L of water a day", but not "30 minutes to an hour",
    "2 g in a day or two": no function word but "of" between them."""
    match = _RATE_GAP_RE.fullmatch(gap)
    return match is not None and not any(
        word.lower() in language.function_words and word.lower() != "of" for word in gap.split()
    )


def _rates_kept(
    ctx: EntryContext,
    rates: list[Rate],
    found: list[Quantity],
    markers: list[_Marker],
    translation_text: str,
    sentences: list[int],
) -> Iterator[Finding]:
    """Rule 4: a rate of the source ("1 g/kg a day", "once a day") is said in
    the translation of the same period: in the sentence of the dose, or, for a
    count of times, anywhere.  Only for a language that has words for it."""
    reported = set()
    for rate in rates:
        if not _has_rate_words(ctx.language, rate.unit):
            continue
        doses = [q for q in found if any(q.same_amount(dose) for dose in rate.doses)]
        if rate.doses and not doses:
            continue  # the dose itself is not rendered: reported above or by [numbers]
        where = {sentences[q.start] for q in doses}
        said = [
            (m.unit, translation_text[m.start : m.end].strip())
            for m in markers
            if m.unit in _PERIODS and (not doses or sentences[m.start] in where)
        ]
        said += [(unit, q.text) for q in (doses or found) for unit in q.per if unit in _PERIODS]
        if any(unit == rate.unit for unit, _ in said):
            continue
        instead = ", ".join(f"per {unit} ({words})" for unit, words in dict.fromkeys(said))
        says = f"says {instead} and nothing per {rate.unit}" if instead else f"says nothing per {rate.unit}"
        message = f"'{rate.text}' (per {rate.unit}) in the source: the translation {says}"
        if message not in reported:
            reported.add(message)
            yield ctx.finding(CHECK, ERROR, message)


def _rates_tied(
    ctx: EntryContext,
    source_text: str,
    rates: list[Rate],
    in_source: list[Quantity],
    found: list[Quantity],
    markers: list[_Marker],
    translation_text: str,
) -> Iterator[tuple[str, Finding]]:
    """Rule 5: the translation says a rate of the quantity the source says it of,
    not of another one: "400 mg/kg a day for 5 days, 2 g/kg in total" is not
    "하루에 2 g/kg, … 모두 합해 400 mg/kg" (five times the dose each day).  Only
    what can be read one way is judged: no finding rather than a guess.  Yields
    (the period, the finding)."""
    said = Counter(marker.unit for marker in _source_periods(source_text, ctx.source_language))
    reported = set()
    for unit in dict.fromkeys(rate.unit for rate in rates):
        of_unit = [rate for rate in rates if rate.unit == unit]
        counts = not any(rate.doses for rate in of_unit)  # "once a day", "3 times a week"
        if said[unit] != sum(not rate.written for rate in of_unit) or not (
            counts or all(rate.doses for rate in of_unit)
        ):
            # A per word said of no quantity ("a daily dose of 400 mg"), or of a count
            # and of a dose: which quantities the source gives per day is not known.
            continue
        rated = [q for rate in of_unit for dose in rate.doses for q in _listed_with(source_text, dose, in_source)]
        rated += [q for q in in_source if unit in q.per]
        # A count is said of no dose: a dose given once a day may well be a day's
        # dose (Take 400 mg. Take it once a day: 하루 400 mg), but not the whole course.
        candidates = _totals(source_text, in_source, ctx.source_language) if counts else in_source
        others: dict[tuple[str, Fraction], Quantity] = {}
        for q in candidates:
            if _may_be_rated(q, unit) and not any(q.same_amount(r) for r in rated):
                others.setdefault(q.amount, q)
        if not others:
            continue
        ties = list(_translation_ties(translation_text, unit, markers, found, ctx.language))
        if any(q.same_amount(r) for _, group, _ in ties for q in group for r in rated):
            continue  # the source's dose has the rate in the translation (another may too: no guess)
        for words, group, sure in ties:
            instead = next((others[q.amount] for q in group if q.amount in others), None)
            if not sure or instead is None:
                continue
            wrong = _as_written(source_text, instead, in_source)
            message = (
                f"the translation gives {wrong} per {unit} ({words}) where the source gives "
                + " and ".join(dict.fromkeys(f"'{rate.text}'" for rate in of_unit))
                + (
                    f": {wrong} is the whole dose in the source, not per {unit}"
                    if counts
                    else f": {wrong} is not per {unit} in the source"
                )
            )
            if message not in reported:
                reported.add(message)
                yield unit, ctx.finding(CHECK, ERROR, message)


# A duration of a period or longer is not what a rate is said of: 하루에 5일 동안
# is "a day, for 5 days", never "5 days a day".
_PERIOD_MINUTES = {"minute": 1, "hour": 60, "day": 60 * 24, "week": 60 * 24 * 7, "month": 60 * 24 * 28}
# What stands between a quantity and the rate word it is read with.  After the
# quantity: a closing parenthesis and a Korean particle written on it (400
# mg/kg을 하루에, 0.4 g/kg)씩 매일, 400 mg/kg (0,4 g/kg) al día).  Before it
# (하루에 400 mg, 每天 400 mg): a space at most ("체중 1 kg당" is blanked first).
_QUANTITY_FIRST_GAP_RE = re.compile(r"[)）\]]*[^\W\d_]{0,2}\s*")
_WORD_FIRST_GAP_RE = re.compile(r"\s*[(（]?\s*")
# Close enough to be read with it all the same: two words, no number, no comma.
_NOT_NEAR_RE = re.compile(r"[\d,;:.!?，、；：。،؛]")
# Where a clause ends (a decimal point is none): a total word beyond it is said of another dose.
_CLAUSE_END_RE = re.compile(r"[,;:()!?，、；：。（）،؛]|\.(?!\d)")
# Between quantities of a list in the source: one word or mark ("or", "to", ",").
_LISTED_RE = re.compile(r"\s*(?:[^\W\d_]+|[,/~\-–—])?\s*")


def _totals(text: str, in_source: list[Quantity], language: Language) -> list[Quantity]:
    """The doses the source calls the whole course: "2 g/kg in total", "the whole
    dose is 2 to 3 g/kg", "a total of up to 2 g/kg" (a few words, no punctuation, between)."""
    if not language.total_words:
        return []
    words = re.compile(rf"\b(?:{_alternation(language.total_words)})\b", re.IGNORECASE)
    spans = [(match.start(), match.end()) for match in words.finditer(text)]
    return [
        q
        for q in in_source
        if q.is_dose
        and any(_one_clause(text[q.end : start] if q.end <= start else text[end : q.start]) for start, end in spans)
    ]


def _one_clause(gap: str) -> bool:
    return _CLAUSE_END_RE.search(gap) is None and len(gap.split()) <= 4


def _as_written(text: str, quantity: Quantity, in_source: list[Quantity]) -> str:
    """A quantity of the source as written with those listed with it: "2 to 3 g/kg", not "2"."""
    for q in in_source:
        listed = _listed_with(text, q, in_source)
        if len(listed) > 1 and any(quantity.same_amount(other) for other in listed):
            return text[min(other.start for other in listed) : max(other.end for other in listed)]
    return quantity.text


def _may_be_rated(quantity: Quantity, unit: str) -> bool:
    length = _PERIOD_MINUTES.get(quantity.unit)
    return length is None or quantity.value * length < _PERIOD_MINUTES[unit]


def _translation_ties(
    text: str, unit: str, markers: list[_Marker], found: list[Quantity], language: Language
) -> Iterator[tuple[str, list[Quantity], bool]]:
    """Each "per <unit>" of the translation with the quantities it is said of:
    (its words, the quantities, whether it can be read of nothing else).

    A rate word belongs to the quantity right before it or right after it
    (:data:`_QUANTITY_FIRST_GAP_RE`, :data:`_WORD_FIRST_GAP_RE`: no clause or
    sentence ends between them), or to the one after a verb (two words, no
    number: 每天接受 400 mg/kg); with a quantity near on its other side too
    (400 mg/kg을 하루 최대 2 g/kg) it is said of either: not sure, unless
    only the one after it is said "each" (2 g/kg을 하루 400 mg/kg씩).  The quantity
    is one amount written in several ways or a range (400 mg/kg(0.4 g/kg),
    2~3 g/kg): each may be meant."""
    for q in found:
        if unit in q.per:  # 400 mg/kg/일
            yield q.text, [q], True
    said = [m for m in markers if m.unit == unit]
    if not said:
        return
    plain = _blank_spans(text, [m for m in markers if m.suffixed])  # 하루에 체중 1 kg당 400 mg
    candidates = [q for q in found if _may_be_rated(q, unit)]  # not the 1일 of 1일 400 mg: a day long
    joined = _joined_re((language,))
    counts = _blank_spans(plain, found)  # what is left of a number is a count of times
    for marker in said:
        before = _nearest(plain, [q for q in candidates if q.end <= marker.start], joined, backwards=True)
        after = _nearest(plain, [q for q in candidates if q.start >= marker.end], joined, backwards=False)
        gap_before = plain[before[0].end : marker.start] if before else None
        gap_after = plain[marker.end : after[0].start] if after else None
        tied_before = gap_before is not None and _QUANTITY_FIRST_GAP_RE.fullmatch(gap_before) is not None
        tied_after = gap_after is not None and _WORD_FIRST_GAP_RE.fullmatch(gap_after) is not None
        near_before = gap_before is not None and _near(gap_before)
        near_after = gap_after is not None and _near(gap_after)
        # 每天接受 2 g/kg, 하루에 투여받는 양은 2 g/kg, cada día se administran 2 g/kg: the
        # verb the rate word is said with takes the dose after it as its object.
        verb_after = gap_after is not None and near_after and not translation_values(gap_after, language, language)
        # 2 g/kg을 하루 한 번씩, 2 g/kg 每天一次: the rate word is said of the count after it.
        counted = bool(translation_values(_next_words(counts, marker.end), language, language))
        if tied_before and not near_after and not counted:
            yield _tie_words(text, marker, before), before, True
        elif (tied_after or verb_after) and not near_before:
            yield _tie_words(text, marker, after), after, True
        elif tied_before and tied_after and _each(plain, after, language) and not _each(plain, before, language):
            # 총 2 g/kg을 하루 400 mg/kg씩: the amount "each" day is the one after the rate word
            yield _tie_words(text, marker, after), after, True
        elif near_before or near_after:
            yield "", (before if near_before else []) + (after if near_after else []), False


def _each(text: str, group: list[Quantity], language: Language) -> bool:
    """Whether a distributive suffix follows ``group``: 400 mg/kg씩, 400 mg/kg(0.4 g/kg)씩."""
    after = text[max(q.end for q in group) :].lstrip(")）")
    return any(after.startswith(suffix) for suffix in language.distributive_suffixes)


def _next_words(text: str, start: int) -> str:
    """The two words after ``start``, up to the end of the clause."""
    return " ".join(_CLAUSE_END_RE.split(text[start:], maxsplit=1)[0].split()[:2])


def _near(gap: str) -> bool:
    return _NOT_NEAR_RE.search(gap) is None and len(gap.split()) <= 2


def _listed_with(text: str, dose: Quantity, found: list[Quantity]) -> list[Quantity]:
    """``dose`` and the quantities of its kind listed right before it in the source,
    which a rate word after it is said of too: "2 g/kg or 3 g/kg a day", "400
    mg/kg to 1 g/kg a day" (not "2 g/kg over 5 days, 400 mg/kg a day")."""
    alike = [q for q in found if q is not dose and q.start <= dose.start and q.amount[0] == dose.amount[0]]
    return _written_with(text, dose, sorted(alike, key=lambda q: -q.end), _LISTED_RE, backwards=True)


def _nearest(text: str, side: list[Quantity], joined: re.Pattern, *, backwards: bool) -> list[Quantity]:
    """The quantity of ``side`` nearest the rate word (the last one before it, the
    first one after it), with those written with it."""
    if not side:
        return []
    ordered = sorted(side, key=lambda q: -q.end if backwards else q.start)
    return _written_with(text, ordered[0], ordered[1:], joined, backwards=backwards)


def _written_with(
    text: str, first: Quantity, further: list[Quantity], joined: re.Pattern, *, backwards: bool
) -> list[Quantity]:
    """``first`` and the quantities of ``further`` (in order away from it) written with
    it: the same span read two ways, or what ``joined`` reads between them."""
    group = [first]
    for q in further:
        edge = min(g.start for g in group) if backwards else max(g.end for g in group)
        overlaps = any(q.start < g.end and g.start < q.end for g in group)
        gap = text[q.end : edge] if backwards else text[edge : q.start]
        beyond = q.end <= edge if backwards else q.start >= edge
        if not (overlaps or (beyond and joined.fullmatch(gap))):
            break
        group.append(q)
    return group


@lru_cache(maxsize=64)
def _joined_re(languages: tuple[Language, ...]) -> re.Pattern:
    """Between two quantities written as one: a parenthesis (400 mg/kg(0.4 g/kg)) or a range."""
    return re.compile(rf"\s*[()（）]?\s*|{_range_separators(languages)}")


def _tie_words(text: str, marker: _Marker, group: list[Quantity]) -> str:
    """ "하루에 2 g/kg", "2 g/kg al día": the rate word and its quantity as written."""
    start = min(marker.start, *(q.start for q in group))
    end = max(marker.end, *(q.end for q in group))
    while end < len(text) and text[end] in ")）" and _unclosed(text[start:end]):  # 하루에 400 mg/kg(0.4 g/kg)
        end += 1
    return text[start:end].strip()


def _unclosed(words: str) -> bool:
    return words.count("(") + words.count("（") > words.count(")") + words.count("）")


def _has_rate_words(language: Language, unit: str) -> bool:
    return bool(language.per_words.get(unit)) or unit in language.period_words.values()


def _unit_lost(
    ctx: EntryContext, quantity: Quantity, found: list[Quantity], renders: dict[int, Quantity], bare: set[Fraction]
) -> Finding | None:
    """The value is in the translation, but not with the unit: say what it is there
    (None when the translation may well give it in a unit word we cannot read)."""
    free = [(i, q) for i, q in enumerate(found) if q.value == quantity.value and i not in renders]
    if free:
        # Prefer a quantity of the same kind (mg for g), then the first one.
        kind = quantity.amount[0]
        free.sort(key=lambda item: (item[1].amount[0] != kind, item[0]))
        other = free[0][1]
        return ctx.finding(CHECK, ERROR, f"{quantity.text} in the source is {other.text} in the translation")
    if quantity.value in bare and ctx.language.has_unit_words:
        expected = quantity.unit_text
        return ctx.finding(
            CHECK, ERROR, f"{quantity.text} in the source has no unit in the translation (expected {expected})"
        )
    if quantity.value in bare and _unit_written_as_word(quantity):
        # A language whose unit words we do not know: a unit the source writes
        # as a word is a word in the translation too (Vietnamese "16 tuần" for
        # "16 weeks") and cannot be judged.  A symbol (mg, %, h), written alike
        # in every language, is still required below.
        return None
    taken = next(((i, q) for i, q in enumerate(found) if q.value == quantity.value and i in renders), None)
    if taken is not None:
        other, rendered = taken[1], renders[taken[0]]
        return ctx.finding(
            CHECK,
            ERROR,
            f"{quantity.text} in the source is missing from the translation "
            f"(its {other.text} renders {rendered.text} of the source)",
        )
    expected = quantity.unit_text
    return ctx.finding(
        CHECK, ERROR, f"{quantity.text} in the source has no unit in the translation (expected {expected})"
    )


def _unit_written_as_word(quantity: Quantity) -> bool:
    """The source names the unit in a word ("16 weeks", "2 milligrams"), not a symbol ("2 mg", "10%")."""
    unit = _LEADING_NUMBER_RE.sub("", quantity.text).split("/")[0].strip().lower()
    return unit not in UNIT_SYMBOLS


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
        for mention in source_mentions(_blank_spans(source_text, in_source), ctx.source_language)
        for alternative in mention.alternatives
        for value in alternative
    }
    any_cardinal, cardinals = _cardinal_word_res(ctx.source_language)
    if any_cardinal.search(source_text):  # one search for the many words, most texts have none
        for regex, value in cardinals:  # "one gram" may become "1 g"
            if regex.search(source_text):
                bare_source.add(value)
    reported = set()
    replaced = list(unrendered)
    for group in sorted(readings.values(), key=lambda group: group[0].start):
        if any(any(q.same_amount(w) for w in wanted) or q.value in bare_source for q in group):
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


@lru_cache(maxsize=64)
def _cardinal_word_res(language: Language) -> tuple[re.Pattern, tuple[tuple[re.Pattern, Fraction], ...]]:
    """Any of the language's cardinal words, and each one with its value."""
    words = "|".join(map(re.escape, language.cardinal_words)) or "(?!)"
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE), tuple(
        (re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE), value) for word, value in language.cardinal_words.items()
    )


def _says_per(
    quantity: Quantity, per: str, markers: list[_Marker], found: list[Quantity], sentences: list[int]
) -> bool:
    if per in quantity.per:
        return True
    candidates = [m for m in markers if m.unit == per]  # units do not stand in for each other: kg is not g
    if _KINDS.get(per, (per,))[0] not in _BOUND_PER_KINDS:
        return any(sentences[m.start] == sentences[quantity.start] for m in candidates)
    return any(_bound_dose(m, found, sentences) is quantity for m in candidates)


def _bound_dose(marker: _Marker, found: list[Quantity], sentences: list[int]) -> Quantity | None:
    """The dose a "kg당" belongs to: the next one in its sentence, else the one before it."""
    doses = [q for q in found if q.is_dose and sentences[q.start] == sentences[marker.start]]
    after = [q for q in doses if q.start >= marker.end]
    if after:
        return min(after, key=lambda q: q.start)
    before = [q for q in doses if q.end <= marker.start]
    return max(before, key=lambda q: q.end) if before else None


def _sentence_ids(text: str) -> list[int]:
    """For each position of ``text`` (and one past the end), the number of its sentence."""
    ids, current = [], 0
    ends = {match.end() for match in _SENTENCE_END_RE.finditer(text)}
    for index in range(len(text) + 1):
        if index in ends:
            current += 1
        ids.append(current)
    return ids


def _inside(quantity: Quantity, markers: list[_Marker]) -> bool:
    """ "1 kg" in "체중 1 kg당" is part of a per marker, not a quantity of its own."""
    return any(m.suffixed and m.start <= quantity.start and quantity.end <= m.end for m in markers)


def _blank_spans(text: str, spans: Iterable[Quantity | _Marker]) -> str:
    chars = list(text)
    for q in spans:
        chars[q.start : q.end] = " " * (q.end - q.start)
    return "".join(chars)


def _unique(found: list[Quantity]) -> list[Quantity]:
    unique: dict[tuple, Quantity] = {}
    for q in sorted(found, key=lambda q: q.start):
        unique.setdefault((q.amount, q.per), q)
    return list(unique.values())


@lru_cache(maxsize=64)
def _units_of(languages: tuple[Language, ...]) -> Mapping[str, str]:
    """Every unit symbol and unit word of ``languages``, lower case, with its canonical unit (read only: shared)."""
    table = {symbol.lower(): unit for symbol, unit in UNIT_SYMBOLS.items()}
    for language in languages:
        table.update({word.lower(): unit for word, unit in language.unit_words.items()})
    return MappingProxyType(table)


@lru_cache(maxsize=64)
def _exclusions_of(languages: tuple[Language, ...]) -> Mapping[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for language in languages:
        for word, following in language.unit_word_exclusions.items():
            table[word.lower()] = table.get(word.lower(), ()) + tuple(following)
    return MappingProxyType(table)


def _alternation(words: Iterable[str], exclusions: Mapping[str, tuple[str, ...]] | None = None) -> str:
    exclusions = exclusions or {}

    def one(word: str) -> str:
        following = exclusions.get(word)
        if not following:
            return re.escape(word)
        # One character after it is a class (every letter of a script may be one), longer ones are listed.
        letters = "".join(re.escape(f) for f in following if len(f) == 1)
        options = ([f"[{letters}]"] if letters else []) + [re.escape(f) for f in following if len(f) > 1]
        return re.escape(word) + "(?!" + "|".join(options) + ")"

    return "|".join(one(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=64)
def _unit_re(languages: tuple[Language, ...]) -> str:
    return rf"(?:{_alternation(_units_of(languages), _exclusions_of(languages))})(?![A-Za-z])"


@lru_cache(maxsize=64)
def _quantity_re(languages: tuple[Language, ...], decimal: str, group: str) -> re.Pattern:
    unit = _unit_re(languages)
    number = number_pattern(decimal, group)
    # The unit written directly after the number (a space or a hyphen between
    # them at most: "2 g", "2g", "10-day"), then its per parts.
    return re.compile(
        rf"(?P<number>{number})[ \t]?-?[ \t]?(?P<unit>{unit})"
        rf"(?P<per>(?:\s?/\s?{unit})*(?:\s+per\s+{unit})?)",
        re.IGNORECASE,
    )


def quantities(text: str, languages: tuple[Language, ...]) -> list[Quantity]:
    """Quantities in ``text``, read with the units and number conventions of
    ``languages`` (the first one's conventions, and English ones as well)."""
    return list(_quantities(text, languages))


@lru_cache(maxsize=8192)  # read by [units] and [numbers] alike
def _quantities(text: str, languages: tuple[Language, ...]) -> tuple[Quantity, ...]:
    table = _units_of(languages)
    primary = languages[0]
    found = []
    for decimal, group in dict.fromkeys([(primary.decimal_symbol, primary.group_symbol), (".", ",")]):
        for match in _quantity_re(languages, decimal, group).finditer(text):
            value = parse_number(match.group("number"), decimal, group)
            per_parts = re.split(r"\s?/\s?|\s+per\s+", match.group("per").strip(), flags=re.IGNORECASE)
            per = tuple(table[part.lower()] for part in per_parts if part and part.lower() in table)
            written = match.group().rstrip()
            found.append(
                Quantity(
                    written, value, table[match.group("unit").lower()], per, match.start(), match.start() + len(written)
                )
            )
    # Words that are numbers with a unit: 두 시간, 이틀, 일주일, 반 시간.
    for language in languages:
        for start, end, value, counter in native_numbers(text, language):
            if counter in language.unit_words:
                found.append(Quantity(text[start:end], value, language.unit_words[counter], (), start, end))
        for start, end, value, unit in number_words(text, language):
            if unit:
                found.append(Quantity(text[start:end], value, unit, (), start, end))
        found += _spelled_quantities(text, language)
        found += _proportions(text, language)
    found += _range_starts(text, found, languages)
    found += _compound_times(text, found, languages)
    # 하루에 stays a day here, a rate or not: "4 g in 24 hours" may be "하루에 4 g".
    return tuple(found)


def _spelled_quantities(text: str, language: Language) -> Iterator[Quantity]:
    """A number in words before a unit word: 이 주 (2 weeks), 삼 일 (3 days), 열 시간 (10 hours)."""
    spelled = language.number_spans(text)
    if not spelled or not language.unit_words:
        return
    unit_after = _unit_word_after_re(language)
    for start, end, value in spelled:
        match = unit_after.match(text, end)
        if match:
            yield Quantity(
                text[start : match.end()], value, language.unit_words[match.group(1)], (), start, match.end()
            )


@lru_cache(maxsize=64)
def _unit_word_after_re(language: Language) -> re.Pattern:
    return re.compile(rf"\s?({_alternation(language.unit_words, _exclusions_of((language,)))})")


# "10~30%", "3 to 5 days": the unit written after the second number is the first one's too.
_RANGE_SEPARATORS = r"\s?(?:~|-|–|—)\s?"


@lru_cache(maxsize=64)
def _range_separators(languages: tuple[Language, ...]) -> str:
    """The marks and words between the numbers of a range; a word of a script
    that writes spaces around such words ("a", "إلى") stands between spaces,
    a Korean particle ("3에서 5일") or a Chinese word ("1 至 3 週") need not."""
    separators = [_RANGE_SEPARATORS]
    words = [word for language in languages for word in language.range_words]
    spaced = [word for word in words if any(script_of(char) in _SPACED_SCRIPTS for char in word)]
    if spaced:
        separators.append(rf"\s(?:{_alternation(spaced)})\s")
    if set(words) - set(spaced):
        separators.append(rf"\s?(?:{_alternation(set(words) - set(spaced))})\s?")
    return "|".join(separators)


# Scripts whose range words stand between spaces: Latin and Arabic (Chinese
# has no spaces between words; Korean writes particles on the number).
_SPACED_SCRIPTS = frozenset({"Latn", "Arab"})


def _range_starts(text: str, found: list[Quantity], languages: tuple[Language, ...]) -> list[Quantity]:
    primary = languages[0]
    starts = []
    separators = _range_separators(languages)
    for decimal, group in dict.fromkeys([(primary.decimal_symbol, primary.group_symbol), (".", ",")]):
        before = re.compile(rf"(?P<number>{number_pattern(decimal, group)})(?:{separators})$")
        for q in found:
            if not q.text[:1].isdigit():
                continue
            match = before.search(text, max(0, q.start - 24), q.start)
            if match:
                value = parse_number(match.group("number"), decimal, group)
                starts.append(Quantity(match.group("number"), value, q.unit, q.per, match.start(), match.end()))
    return starts


def _compound_times(text: str, found: list[Quantity], languages: tuple[Language, ...]) -> list[Quantity]:
    """ "1시간 30분" is 90 minutes, "1시간 반" 90 minutes, "2 hours 30 minutes" 150 minutes."""
    times = sorted((q for q in found if _KINDS.get(q.unit, ("",))[0] == "time"), key=lambda q: q.start)
    halves = [
        (start, end)
        for language in languages
        for start, end, value, unit in number_words(text, language)
        if value == Fraction(1, 2) and unit is None
    ]
    compounds = []
    for q in times:
        total, end = q.value * _KINDS[q.unit][1], q.end
        smaller = _KINDS[q.unit][1]
        while True:
            gap = re.match(r"\s*(?:and\s+)?", text[end:])
            at = end + (gap.end() if gap else 0)
            following = next(
                (t for t in times if t.start == at and _KINDS[t.unit][1] < smaller and t.text[:1].isdigit()), None
            )
            if following is not None:
                smaller = _KINDS[following.unit][1]
                total, end = total + following.value * smaller, following.end
                continue
            half = next(((s, e) for s, e in halves if s == at), None)
            if half is not None and smaller == _KINDS[q.unit][1]:
                total, end = total + smaller / 2, half[1]
            break
        if end != q.end:
            compounds.append(Quantity(text[q.start : end], total, "minute", (), q.start, end))
    return compounds


@lru_cache(maxsize=64)
def _proportion_re(language: Language) -> re.Pattern | None:
    if not language.proportion_counters or not language.proportion_words:
        return None
    number = number_pattern(language.decimal_symbol, language.group_symbol)
    scale = _alternation({**language.scale_words, **language.small_scale_words})
    counter = _alternation(language.proportion_counters)
    out_of = _alternation(language.proportion_words)
    hedge = rf"(?:(?:{_alternation(language.proportion_hedges)})\s?)?" if language.proportion_hedges else ""
    scale_part = rf"(?:\s?(?P<scale>{scale}))?" if scale else ""
    particles = rf"(?:{_alternation(language.proportion_particles)})?" if language.proportion_particles else ""
    return re.compile(
        rf"(?P<whole>{number}){scale_part}\s?(?:{counter})\s?(?:{out_of}){particles}\s?{hedge}"
        rf"(?P<part>{number})\s?(?:{counter})"
    )


def _proportions(text: str, language: Language) -> Iterator[Quantity]:
    """ "100명 중 5명" says 5%, as plain-language leaflets often put a percentage."""
    regex = _proportion_re(language)
    if regex is None:
        return
    scales = {**language.scale_words, **language.small_scale_words}
    for match in regex.finditer(text):
        whole = parse_number(match.group("whole"), language.decimal_symbol, language.group_symbol)
        whole *= scales.get(match.groupdict().get("scale") or "", 1)
        part = parse_number(match.group("part"), language.decimal_symbol, language.group_symbol)
        if whole:
            yield Quantity(match.group(), part / whole * 100, "percent", (), match.start(), match.end())


@lru_cache(maxsize=64)
def _per_words_of(languages: tuple[Language, ...]) -> Mapping[str, str]:
    """Every word for "per <unit>" of ``languages``, lower case, with its unit (read only: shared)."""
    return MappingProxyType(
        {
            word.lower(): canonical
            for language in languages
            for canonical, ws in language.per_words.items()
            for word in ws
        }
    )


@lru_cache(maxsize=64)
def _marker_re(languages: tuple[Language, ...], kinds: tuple[bool, bool, bool]) -> re.Pattern | None:
    """Ways to say "per <unit>" apart from a quantity: "/kg", "kg당", "킬로그램(kg)당", "하루", "daily";
    only the ``kinds`` (slash, suffix, word) a text may have (:func:`_marker_kinds`)."""
    unit = _unit_re(languages)
    slash, suffixed, word = kinds
    parts = [rf"/\s?(?P<slash>{unit})"] if slash else []
    suffixes = [suffix for language in languages for suffix in language.per_suffixes]
    if suffixes and suffixed:
        # "체중 1 kg당": the number and the word for body weight are part of it.
        body_weight = [word for language in languages for word in language.body_weight_words]
        weight = rf"(?:(?:{_alternation(body_weight)})\s?)?" if body_weight else ""
        parts.append(rf"{weight}(?:1\s?)?(?P<suffixed>{unit})(?:\s?\([^()]*\))?\s?(?:{_alternation(suffixes)})")
    words = _per_words_of(languages)
    if words and word:
        parts.append(rf"(?P<word>{_guarded_alternation(words)})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _guarded_alternation(words: Iterable[str]) -> str:
    """Whole words: "a week" not in "a weekend", "매일" not in a longer word, 每天 after any Chinese character."""
    guarded = []
    for word in sorted(words, key=len, reverse=True):
        before, after = word_guards(word)
        guarded.append(before + re.escape(word) + after)
    return "|".join(guarded)


@lru_cache(maxsize=64)
def _marker_kind_res(languages: tuple[Language, ...]) -> tuple[re.Pattern | None, re.Pattern | None]:
    """What a "kg당" (a per suffix) and a "daily" (a per word) cannot be without."""
    suffixes = [suffix for language in languages for suffix in language.per_suffixes]
    words = _per_words_of(languages)
    return (
        re.compile(_alternation(suffixes), re.IGNORECASE) if suffixes else None,
        re.compile(_alternation(words), re.IGNORECASE) if words else None,
    )


def _marker_kinds(text: str, languages: tuple[Language, ...]) -> tuple[bool, bool, bool]:
    """Which kinds of marker ``text`` may have: the marker regex is slow (a unit before a
    suffix is tried at every position), and most texts have none of some kinds."""
    suffix_re, word_re = _marker_kind_res(languages)
    return (
        "/" in text,
        suffix_re is not None and suffix_re.search(text) is not None,
        word_re is not None and word_re.search(text) is not None,
    )


def per_markers(text: str, languages: tuple[Language, ...]) -> list[_Marker]:
    """Every "per <unit>" of ``text`` not written into a quantity's unit: /kg, kg당,
    daily, 매일, and a word for one period said as a rate (하루에, 一天兩次)."""
    periods = [_Marker(unit, start, end) for language in languages for start, end, unit in rate_periods(text, language)]
    regex = _marker_re(languages, _marker_kinds(text, languages))
    if regex is None:
        return sorted(periods, key=lambda m: m.start)
    units = _units_of(languages)
    words = _per_words_of(languages)
    found = periods
    for match in regex.finditer(text):
        groups = match.groupdict()
        if groups.get("slash"):
            unit = units[groups["slash"].lower()]
        elif groups.get("suffixed"):
            unit = units[groups["suffixed"].lower()]
        else:
            unit = words[groups["word"].lower()]
        suffixed, slash = bool(groups.get("suffixed")), bool(groups.get("slash"))
        found.append(_Marker(unit, match.start(), match.end(), suffixed, slash))
    return sorted(found, key=lambda m: m.start)
