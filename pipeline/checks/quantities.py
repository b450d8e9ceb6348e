"""Reading quantities and "per" words in a text, for [units] and [numbers].

A quantity is a number and the unit written directly after it: a symbol (mg,
g/kg, mL, %, h), an English unit word (hours, days) or its equivalent in the
language (Korean 시간, 일, 주, 퍼센트), and the words that are one (이틀, 반
시간, 100명 중 5명).  A per marker says "per <unit>" apart from a quantity:
/kg, kg당, 체중 1 kg에 (before a quantity), 하루에, 매일, daily.  Pure functions of text and
:class:`~pipeline.languages.Language` data; no findings here (units.py and
rates.py judge).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cached_property, lru_cache
from types import MappingProxyType

from pipeline.checks.numerals import (
    mixed_numbers,
    native_numbers,
    number_conventions,
    number_pattern,
    number_words,
    parse_number,
    rate_periods,
    slash_fractions,
    word_guards,
)
from pipeline.checks.patterns import has_digit
from pipeline.languages import Language
from pipeline.languages.scripts import char_class, script_of
from pipeline.languages.symbols import UNIT_SYMBOLS
from pipeline.literals import literal_pattern, lowered, may_hold

_UNIT_NAMES = {
    "percent": "%",
    "hour": "hours",
    "minute": "minutes",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "celsius": "°C",
    "fahrenheit": "°F",
    "mmhg": "mmHg",
    "umol": "µmol",
    "meq": "mEq",
}


# Units of the same kind convert: (kind, factor to the kind's base unit).
KINDS: dict[str, tuple[str, Fraction]] = {
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
    # months and years are no number of days, but a year is 12 months: "2 years" as 24개월
    "month": ("month", Fraction(1)),
    "year": ("month", Fraction(12)),
    "umol": ("substance", Fraction(1, 1000)),
    "mmol": ("substance", Fraction(1)),
}


# Temperatures convert by an offset as well as a factor, and are rounded to a
# tenth of a degree Celsius: 38.5 °C is 101.3 °F, 100.4 °F is 38 °C.
_TEMPERATURES = {"celsius": lambda value: value, "fahrenheit": lambda value: (value - 32) * Fraction(5, 9)}


# Per units that say how often: "a day", "/h" (rates.py).
PERIODS = frozenset({"minute", "hour", "day", "week", "month"})


# What a patient is given: an amount the translation must not invent.  Not kg
# (body weight), not time or percentages (a translator may add "하루" or "절반").
DOSE_UNITS = frozenset({"ug", "mg", "g", "ml", "dl", "l", "iu", "mmol", "umol", "meq"})


# Where a sentence ends: Chinese writes no space after 。！？.
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|[。！？]|\n")


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

    @cached_property  # compared pairwise by [units] and [numbers]: worked out once per quantity
    def amount(self) -> tuple[str, Fraction]:
        """(kind, value in the kind's base unit): 1 g and 1000 mg are the same amount."""
        if self.unit in _TEMPERATURES:
            return "temperature", Fraction(round(_TEMPERATURES[self.unit](self.value) * 10), 10)
        kind, factor = KINDS.get(self.unit, (self.unit, Fraction(1)))
        return kind, self.value * factor

    def same_amount(self, other: Quantity) -> bool:
        return self.amount == other.amount

    @property
    def is_dose(self) -> bool:
        return self.unit in DOSE_UNITS


@dataclass(frozen=True)
class Marker:
    """A way of saying "per <unit>" that is not attached to a quantity: kg당, 하루, daily."""

    unit: str
    start: int
    end: int
    suffixed: bool = False  # "체중 1 kg당": the "1 kg" in it is not a quantity of its own
    slash: bool = False  # "/kg"
    # Written before the dose it is said of (체중 1 kg당 400 mg, 每公斤 1 公克), not
    # after it (1 g por kg, 1 غرام لكل كغ): a per word of a language whose
    # ``per_words_before_dose`` is False.
    before_dose: bool = True


def sentence_ids(text: str) -> list[int]:
    """For each position of ``text`` (and one past the end), the number of its sentence."""
    ids, current = [], 0
    ends = {match.end() for match in _SENTENCE_END_RE.finditer(text)}
    for index in range(len(text) + 1):
        if index in ends:
            current += 1
        ids.append(current)
    return ids


def blank_spans(text: str, spans: Iterable[Quantity | Marker]) -> str:
    chars = list(text)
    for q in spans:
        chars[q.start : q.end] = " " * (q.end - q.start)
    return "".join(chars)


def canonical_unit(word: str, languages: tuple[Language, ...]) -> str | None:
    """The canonical unit of a unit symbol or word of ``languages`` ("mL", "millilitres": "ml"), or None."""
    return _units_of(languages).get(lowered(word))


@lru_cache(maxsize=64)
def _units_of(languages: tuple[Language, ...]) -> Mapping[str, str]:
    """Every unit symbol and unit word of ``languages``, :func:`lowered` (as what a regex of them finds is
    looked up: "kılogram" is found as "kilogram"), with its canonical unit (read only: shared)."""
    table = {lowered(symbol): unit for symbol, unit in UNIT_SYMBOLS.items()}
    for language in languages:
        table.update({lowered(word): unit for word, unit in language.unit_words.items()})
    return MappingProxyType(table)


@lru_cache(maxsize=64)
def _exclusions_of(languages: tuple[Language, ...]) -> Mapping[str, tuple[str, ...]]:
    return _merged_exclusions(language.unit_word_exclusions for language in languages)


def _merged_exclusions(tables: Iterable[Mapping[str, tuple[str, ...]]]) -> Mapping[str, tuple[str, ...]]:
    """Several languages' word (:func:`lowered`) -> what may not follow it, as one (read only: shared)."""
    merged: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for word, following in table.items():
            merged[lowered(word)] = merged.get(lowered(word), ()) + tuple(following)
    return MappingProxyType(merged)


def alternation(words: Iterable[str], exclusions: Mapping[str, tuple[str, ...]] | None = None) -> str:
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


_LATIN_LETTER = char_class("Latn")


@lru_cache(maxsize=64)
def _unit_re(languages: tuple[Language, ...]) -> str:
    # Not the first letters of a Latin word, accented too: the l of Vietnamese "3 lần" (3 times) is no
    # litre.  Other scripts may follow (Korean particles: 400mg을).
    return rf"(?:{alternation(_units_of(languages), _exclusions_of(languages))})(?![{_LATIN_LETTER}])"


@lru_cache(maxsize=64)
def _before_unit_re(languages: tuple[Language, ...]) -> str:
    """An optional word of ``languages``' ``words_before_unit`` and the space after it: "les 3
    derniers mois" is 3 months, "los tres primeros días" 3 days ("" where none has any)."""
    words = [word for language in languages for word in language.words_before_unit]
    return rf"(?:(?:{alternation(words)})\s+)?" if words else ""


@lru_cache(maxsize=64)
def _quantity_re(languages: tuple[Language, ...], decimal: str, group: str) -> re.Pattern:
    unit = _unit_re(languages)
    number = number_pattern(decimal, group, whole_runs=True)  # "0,2 g/kg" holds no 2 g/kg
    # The unit written directly after the number (a space or a hyphen between
    # them at most: "2 g", "2g", "10-day"; or an ordinal word, "3 derniers mois"),
    # then its per parts: "/kg/day", and in words, "per kg", "for each kilogram"
    # (:func:`_per_word_re`).
    return re.compile(
        rf"(?P<number>{number})[ \t]?-?[ \t]?{_before_unit_re(languages)}(?P<unit>{unit})"
        rf"(?P<per>(?:\s?/\s?{unit})*)(?P<per_words>(?:{_per_word_re(languages).pattern})*)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=64)
def _per_word_re(languages: tuple[Language, ...]) -> re.Pattern:
    """One per part of a quantity in words: " per kg", " per day", " for each kilogram"."""
    return re.compile(
        rf"\s+(?P<words>(?:per|for\s+(?:each|every))\s+(?P<per_unit>{_unit_re(languages)}))", re.IGNORECASE
    )


def quantities(text: str, languages: tuple[Language, ...]) -> list[Quantity]:
    """Quantities in ``text``, read with the units and number conventions of
    ``languages`` (the first one's conventions, and English ones as well)."""
    return list(_quantities(text, languages))


@lru_cache(maxsize=8192)  # read by [units] and [numbers] alike
def _quantities(text: str, languages: tuple[Language, ...]) -> tuple[Quantity, ...]:
    table = _units_of(languages)
    per_words = _per_words_of(languages)
    primary = languages[0]
    found = []
    digits = has_digit(text)  # a quantity in digits needs a digit, which most texts have none of
    fractions = _fractions_by_end(text) if digits else {}
    for decimal, group in number_conventions(primary) if digits else ():
        for match in _quantity_re(languages, decimal, group).finditer(text):
            start, value = _number_read(match, decimal, group, fractions)
            per_parts = re.split(r"\s?/\s?", match.group("per"))
            per = tuple(table[key] for key in map(lowered, filter(None, per_parts)) if key in table)
            written = text[start : match.end()].rstrip()
            for said in _per_word_re(languages).finditer(match.group("per_words")):
                per_unit = table[lowered(said.group("per_unit"))]
                # "400 mg per day", "400 mg for each day" are "400 mg a day": a per word (a
                # marker: "per day", "each day") that rates.py judges as a rate said of this
                # quantity, not a per part of it.
                words = lowered(said.group("words"))
                if not (per_unit in PERIODS and (words in per_words or words.split(None, 1)[1] in per_words)):
                    per += (per_unit,)  # "400 mg per kg", "4 mmol per litre", "2 g for each kg"
            unit = table[lowered(match.group("unit"))]
            if unit == "celsius" and _fahrenheit_before(text, match.start(), languages):
                unit = "fahrenheit"  # 華氏 100 度, 화씨 100도: the scale said before the number
            found.append(Quantity(written, value, unit, per, start, start + len(written)))
    # Words that are numbers with a unit: 두 시간, 이틀, 일주일, 반 시간.
    for language in languages:
        for start, end, value, counter in native_numbers(text, language):
            if counter in language.unit_words:
                found.append(Quantity(text[start:end], value, language.unit_words[counter], (), start, end))
        for start, end, value, word_unit in number_words(text, language):
            if word_unit:
                found.append(Quantity(text[start:end], value, word_unit, (), start, end))
        found += _spelled_quantities(text, language)
        found += _proportions(text, language)
    found += _range_starts(text, found, languages, fractions)
    found += _listed_numbers(text, found, languages)
    halves = _halves(text, languages)
    # Said as one quantity: "2 mL et demi" is 2.5 mL, not also 2 mL; "1년 6개월" 18 months, not also 1
    # year nor 6 months; "2 horas y 30 minutos" 150 minutes, not also 2 hours (which "Wait 2 hours"
    # would find kept) nor 30 minutes.
    together = (
        _compound_times(text, found, halves)
        + _and_a_half(text, found, halves)
        + _years_and_months(text, found)
        + _digits_and_a_half_before_the_unit(text, found)
        + _numbers_after_their_period(text, primary)
    )
    if together:
        found = [q for q in found if not any(_part_of(q, whole) for whole in together)]
        found += together
    # 하루에 stays a day here, a rate or not: "4 g in 24 hours" may be "하루에 4 g".
    return _each_once(found)


def _each_once(found: list[Quantity]) -> tuple[Quantity, ...]:
    """``found`` with each reading of a quantity once: a whole number reads alike in each of a
    language's number conventions (Portuguese "2%" four times).  By where it is as well as what it
    says, which Quantity's equality leaves out: "40 mg ... 40 mg" are two doses."""
    seen: set[tuple] = set()
    kept = []
    for quantity in found:
        key = (quantity.start, quantity.end, quantity.text, quantity.value, quantity.unit, quantity.per)
        if key not in seen:
            seen.add(key)
            kept.append(quantity)
    return tuple(kept)


def _numbers_after_their_period(text: str, language: Language) -> list[Quantity]:
    """Numbers said after their period (Arabic الساعات الأربع والعشرين: 24 hours), not the number
    word of their ones that ``number_words`` reads (ساعات الأربع: 4 hours)."""
    read = language.ones_and_tens_after_a_period
    if read is None:
        return []
    return [Quantity(text[start:end], value, unit, (), start, end) for start, end, value, unit in read(text)]


def _part_of(part: Quantity, whole: Quantity) -> bool:
    """Whether ``part`` is said inside ``whole`` (the 2 hours and the 30 minutes of "2 hours 30
    minutes"), and is not ``whole`` itself."""
    return whole.start <= part.start and part.end <= whole.end and (part.start, part.end) != (whole.start, whole.end)


def _number_read(
    match: re.Match, decimal: str, group: str, fractions: dict[int, tuple[int, Fraction]]
) -> tuple[int, Fraction]:
    """Where the number ``match`` read before a unit starts, and its value: a fraction's (1/2 mL, 2 1/2
    mL; ``fractions``: :func:`_fractions_by_end`) where it is that fraction's denominator."""
    fraction = fractions.get(match.end("number"))
    if fraction is not None and fraction[0] < match.start("number"):
        return fraction
    return match.start("number"), parse_number(match.group("number"), decimal, group)


def _fractions_by_end(text: str) -> dict[int, tuple[int, Fraction]]:
    """The fractions ``text`` writes with a slash, alone or after a whole number (1/2, 2 1/2), by where
    they end: where each starts, and its value. The number before a unit is read to its end; one
    that ends a fraction is that fraction (or mixed number), not its denominator."""
    ends = {end: (start, Fraction(top, bottom)) for start, end, top, bottom in slash_fractions(text) if bottom}
    for start, end, whole, fraction in mixed_numbers(text):
        if end in ends:  # 2 1/2, not 1½ (no slash, no digit before the unit to misread)
            ends[end] = (start, whole + fraction)
    return ends


def _fahrenheit_before(text: str, start: int, languages: tuple[Language, ...]) -> bool:
    """Whether the language's word for Fahrenheit stands right before a number read as degrees,
    or before the first number of its range (華氏 100 度, 华氏100度, 화씨 100도, 華氏 2 至 8 度):
    度 and 도 alone say Celsius."""
    before = text[max(0, start - 20) : start]
    return any(_fahrenheit_re(word).search(before) for language in languages for word in language.fahrenheit_before)


@lru_cache(maxsize=8)
def _fahrenheit_re(word: str) -> re.Pattern:
    return re.compile(rf"{re.escape(word)}\s*(?:[\d.,]+\s*(?:至|到|~|〜|～|-|–|부터|에서)\s*)?$")


def _spelled_quantities(text: str, language: Language) -> Iterator[Quantity]:
    """A number in words before a unit word: 이 주 (2 weeks), 삼 일 (3 days), 열 시간 (10 hours).
    Not units (international units): "una unidad de quemados", "une unité de soins intensifs" say
    a ward with the article, and a dose in units is written in digits (10 unidades, 10 UI)."""
    spelled = language.number_spans(text)
    if not spelled or not language.unit_words:
        return
    unit_after = _unit_word_after_re(language)
    for start, end, value in spelled:
        match = unit_after.match(text, end)
        if match and language.unit_words[match.group(1)] != "iu":
            yield Quantity(
                text[start : match.end()], value, language.unit_words[match.group(1)], (), start, match.end()
            )


@lru_cache(maxsize=64)
def _unit_word_after_re(language: Language) -> re.Pattern:
    # Not the first letters of a longer Latin word, as after a number in digits (_unit_re): "un
    # antiacide" holds no "un an" (1 year), "ein Tagebuch" no "ein Tag"; other scripts may follow.
    return re.compile(
        rf"\s?-?{_before_unit_re((language,))}({alternation(language.unit_words, _exclusions_of((language,)))})"
        rf"(?![{_LATIN_LETTER}])"
    )


# "10~30%", "3 to 5 days": the unit written after the second number is the first one's too.
_RANGE_SEPARATORS = r"\s?(?:~|-|–|—)\s?"


@lru_cache(maxsize=64)
def range_separators(languages: tuple[Language, ...]) -> str:
    """The marks and words between the numbers of a range; a word of a script
    that writes spaces around such words ("a", "إلى") stands between spaces,
    a Korean particle ("3에서 5일") or a Chinese word ("1 至 3 週") need not,
    and an Arabic word of one letter is written on the next one ("بين 2 و8")."""
    separators = [_RANGE_SEPARATORS]
    words = [word for language in languages for word in language.range_words]
    spaced = [word for word in words if any(script_of(char) in _SPACED_SCRIPTS for char in word)]
    prefixes = [word for word in spaced if len(word) == 1 and script_of(word) == "Arab"]
    if prefixes:
        separators.append(rf"\s(?:{alternation(prefixes)})\s?")
    spaced = [word for word in spaced if word not in prefixes]
    if spaced:
        separators.append(rf"\s(?:{alternation(spaced)})\s")
    if set(words) - set(spaced):
        separators.append(rf"\s?(?:{alternation(set(words) - set(spaced))})\s?")
    return "|".join(separators)


# Scripts whose range words stand between spaces: Latin and Arabic (Chinese
# has no spaces between words; Korean writes particles on the number).
_SPACED_SCRIPTS = frozenset({"Latn", "Arab"})


def _range_starts(
    text: str, found: list[Quantity], languages: tuple[Language, ...], fractions: dict[int, tuple[int, Fraction]]
) -> list[Quantity]:
    primary = languages[0]
    starts = []
    separators = range_separators(languages)
    in_digits = [q for q in found if q.text[:1].isdigit()]
    for decimal, group in number_conventions(primary) if in_digits else ():
        before, degrees_before = _range_start_res(decimal, group, separators)
        for q in in_digits:
            regex = degrees_before if q.unit in _TEMPERATURES else before
            match = regex.search(text, max(0, q.start - 24), q.start)
            if match:
                start, value = _number_read(match, decimal, group, fractions)
                written = text[start : match.end("number")]
                starts.append(Quantity(written, value, q.unit, q.per, start, match.end()))
    # ... and in words, before a quantity in words: ثلاثة إلى أربعة أسابيع, tres a cuatro semanas,
    # or run together with it, as an approximation is (두세 시간, 兩三天: 2 or 3 hours, days)
    spelled_quantities = [q for q in found if not q.text[:1].isdigit()]
    if spelled_quantities:
        separator = re.compile(rf"(?:{separators})")
        for start, end, value in primary.number_spans(text):
            for q in spelled_quantities:
                if end == q.start or (end < q.start and separator.fullmatch(text, end, q.start)):
                    starts.append(Quantity(text[start:end], value, q.unit, q.per, start, end))
    return starts


# A whole number and the mark or word after it that joins it to the next number of a list, right
# before that number (the list's joints are the language's: ``list_joints``).
_NUMBER_AND_JOINT = re.compile(r"(?<![\d.,])(\d+)(\D{1,4})$")
# The numbers of a list after the period that counts them: joined by commas, 、, an Arabic و
# written on the number, or a short word ("0, 1 y 6", "0 و1 و6", "0, 1 und 6").
_LISTED = re.compile(r"\s+\d+(?:(?:\s?[,、，]\s?|\s?و\s?|\s+[^\W\d_]{1,3}\s+)\d+)+")
_WHOLE_NUMBER = re.compile(r"\d+")


def _listed_numbers(text: str, found: list[Quantity], languages: tuple[Language, ...]) -> list[Quantity]:
    """The numbers of a list said with one unit, each a quantity of it: those before a quantity in
    digits, joined by the ``list_joints`` (第0、1、6個月, "0, 1, 6개월": 0 and 1 months too), and those
    after a period said once before them (``periods_before_a_list``: "los meses 0, 1 y 6", "الأشهر
    0 و1 و6").  As "0, 1 and 6 months" says its unit once for the three."""
    listed = []
    for q in found:
        start = q.start
        while q.text[:1].isdigit():
            number = _NUMBER_AND_JOINT.search(text, max(0, start - 12), start)
            if number is None or not any(_joins(language, number.group(2)) for language in languages):
                break
            listed.append(Quantity(number.group(1), Fraction(int(number.group(1))), q.unit, q.per, *number.span(1)))
            start = number.start()
    starts = {q.start for q in found}
    for language in languages:
        for period in language.finditer("periods_before_a_list", text):
            numbers = _LISTED.match(text, period.end())
            if numbers is None or period.lastgroup is None:
                continue
            members = list(_WHOLE_NUMBER.finditer(text, numbers.start(), numbers.end()))
            if any(member.start() in starts for member in members):
                continue  # "semanas 4, 5 y 6 mg": the list's own unit after it
            unit = period.lastgroup
            listed += [Quantity(m.group(), Fraction(int(m.group())), unit, (), *m.span()) for m in members]
    return listed


def _joins(language: Language, between: str) -> bool:
    joints = language.pattern("list_joints")
    return joints is not None and joints.fullmatch(between) is not None


@lru_cache(maxsize=64)
def _range_start_res(decimal: str, group: str, separators: str) -> tuple[re.Pattern, re.Pattern]:
    """The number and separator that end right before a quantity's number ("2 to" of "2 to 4 mg"), and
    the same for a temperature ("2°-8°C", "2° to 8 °F": its first number may carry the degree sign
    without its letter). Made once, not for each text (its two patterns were built and looked up in
    re's cache 30,836 times on the varied corpus), and only for a text with a quantity in digits."""
    number = number_pattern(decimal, group, whole_runs=True)
    return (
        re.compile(rf"(?P<number>{number})(?:{separators})$"),
        re.compile(rf"(?P<number>{number})(?:[ \t]?°)?(?:{separators})$"),
    )


# Between the parts of a compound time: "2 hours and 30 minutes", "1 hour and a half", "una hora y
# media", ساعة ونصف.
_AND = re.compile(r"\s*(?:(?:and(?:\s+a)?|y|et|e|und)\s+|و\s?)?")
# A number in digits and "and a" right before a half said with its unit ("1 and a half hours").
_DIGITS_AND_A = re.compile(r"(?<![\d.,])(\d+)\s+and\s+a\s+\Z")
_SPACES = re.compile(r"\s*")


def _halves(text: str, languages: tuple[Language, ...]) -> list[tuple[int, int]]:
    """Where ``text`` says a half in words (반, media, demi, halb, نصف, 半): start, end."""
    return [
        (start, end)
        for language in languages
        for start, end, value, unit in number_words(text, language)
        if value == Fraction(1, 2) and unit is None
    ] + [
        (start, end)
        for language in languages
        for start, end, value in language.number_spans(text)
        if value == Fraction(1, 2)
    ]


def _and_a_half(text: str, found: list[Quantity], halves: list[tuple[int, int]]) -> list[Quantity]:
    """A dose and a half said after its unit: "2 mL et demi", "dos mililitros y medio", "2 ml und
    ein halb" are 2.5 mL (a time and a half is :func:`_compound_times`')."""
    if not halves:
        return []  # nearly every text: no half in words
    more = []
    for q in found:
        if KINDS.get(q.unit, ("",))[0] == "time" or q.per:
            continue
        gap = _AND.match(text, q.end)  # always matches (all of it optional)
        if gap is None:
            continue
        if text[q.end : gap.end()].strip():  # "et", "y", و
            half = next((end for start, end in halves if start == gap.end()), None)
        else:  # no "and": only a half that Korean and Chinese say right after the unit (1년 반, 1歲半)
            half = next((end for start, end in halves if start == gap.end() and text[start] in _HALF_AFTER), None)
        if half is not None:
            more.append(Quantity(text[q.start : half], q.value + Fraction(1, 2), q.unit, (), q.start, half))
    return more


# A half said right after its unit, no "and" between: Korean 반 (1년 반), Chinese 半 (1歲半).
_HALF_AFTER = frozenset("반半")


def _digits_and_a_half_before_the_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """A number in digits and a half said before its unit: "1 and a half hours" is 1.5 hours (90
    minutes), "2 and a half tablets" 2.5 tablets; its "half hours" alone is no half an hour."""
    more = []
    for q in found:
        if q.value != Fraction(1, 2) or q.per or q.text[:1].isdigit():
            continue
        before = _DIGITS_AND_A.search(text, max(0, q.start - 40), q.start)
        if before is not None:
            start = before.start(1)
            more.append(Quantity(text[start : q.end], int(before.group(1)) + q.value, q.unit, (), start, q.end))
    return more


def _years_and_months(text: str, found: list[Quantity]) -> list[Quantity]:
    """Years and months said together: "1년 6개월", "1 Jahr und 6 Monaten", "1 año y 6 meses" are 18
    months (a year is 12 months: KINDS)."""
    months = {q.start: q for q in found if q.unit == "month"}
    together = []
    for q in found:
        if q.unit != "year":
            continue
        gap = _AND.match(text, q.end)
        following = months.get(gap.end()) if gap is not None else None
        if following is not None:
            total = q.value * 12 + following.value
            together.append(Quantity(text[q.start : following.end], total, "month", (), q.start, following.end))
    return together


def _compound_times(text: str, found: list[Quantity], halves: list[tuple[int, int]]) -> list[Quantity]:
    """ "1시간 30분" is 90 minutes, "1시간 반" 90 minutes, "2 hours 30 minutes" 150 minutes,
    "una hora y media" and 兩天半 a period and a half."""
    times = sorted((q for q in found if KINDS.get(q.unit, ("",))[0] == "time"), key=lambda q: q.start)
    if not times:
        return []
    compounds = []
    for q in times:
        total, end = q.value * KINDS[q.unit][1], q.end
        smaller = KINDS[q.unit][1]
        while True:
            gap = _AND.match(text, end)
            at = gap.end() if gap else end
            # a part smaller than one of the unit before it: "하루 24시간" (24 hours a day) is no 48 hours
            following = next(
                (
                    t
                    for t in times
                    if t.start == at
                    and KINDS[t.unit][1] < smaller
                    and t.value * KINDS[t.unit][1] < smaller
                    and t.text[:1].isdigit()
                ),
                None,
            )
            if following is not None:
                smaller = KINDS[following.unit][1]
                total, end = total + following.value * smaller, following.end
                continue
            # the half may take the "and" into its word: Arabic ونصف
            spaces = _SPACES.match(text, end)
            half = next(((s, e) for s, e in halves if s in (at, spaces.end() if spaces else end)), None)
            if half is not None and smaller == KINDS[q.unit][1]:
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
    scale = alternation({**language.scale_words, **language.small_scale_words})
    counter = alternation(language.proportion_counters)
    out_of = alternation(language.proportion_words)
    hedge = rf"(?:(?:{alternation(language.proportion_hedges)})\s?)?" if language.proportion_hedges else ""
    scale_part = rf"(?:\s?(?P<scale>{scale}))?" if scale else ""
    particles = rf"(?:{alternation(language.proportion_particles)})?" if language.proportion_particles else ""
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
    """Every word for "per <unit>" of ``languages``, :func:`lowered`, with its unit (read only: shared)."""
    return MappingProxyType(
        {
            lowered(word): canonical
            for language in languages
            for canonical, ws in language.per_words.items()
            for word in ws
        }
    )


@lru_cache(maxsize=64)
def _per_words_before_dose(languages: tuple[Language, ...]) -> frozenset[str]:
    """The per words, :func:`lowered`, of ``languages`` that write them before the dose (每公斤 1 公克)."""
    return frozenset(
        lowered(word)
        for language in languages
        if language.per_words_before_dose
        for ws in language.per_words.values()
        for word in ws
    )


@lru_cache(maxsize=64)
def _per_word_exclusions_of(languages: tuple[Language, ...]) -> Mapping[str, tuple[str, ...]]:
    return _merged_exclusions(language.per_word_exclusions for language in languages)


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
        weight = rf"(?:(?:{alternation(body_weight)})\s?)?" if body_weight else ""
        parts.append(rf"{weight}(?:1\s?)?(?P<suffixed>{unit})(?:\s?\([^()]*\))?\s?(?:{alternation(suffixes)})")
    words = _per_words_of(languages)
    if words and word:
        parts.append(rf"(?P<word>{_guarded_alternation(words, _per_word_exclusions_of(languages))})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _guarded_alternation(words: Iterable[str], exclusions: Mapping[str, tuple[str, ...]]) -> str:
    """Whole words: "a week" not in "a weekend", "매일" not in a longer word, 每天 after any Chinese character;
    not followed by one of its ``exclusions``, regexes ("al día siguiente", "a minute after eating")."""
    guarded = []
    for word in sorted(words, key=len, reverse=True):
        before, after = word_guards(word)
        following = exclusions.get(word)
        if following:
            after += "(?!" + "|".join(following) + ")"
        guarded.append(before + re.escape(word) + after)
    return "|".join(guarded)


@dataclass(frozen=True)
class _MarkerKinds:
    """What a "kg당" (a per suffix) and a "daily" (a per word) cannot be without: each regex, and
    its words to look for as plain text first (:mod:`pipeline.literals`), all in one pattern of
    plain strings: it finds one exactly when ``any(word in text ...)`` would, several times faster
    than a Python loop over three dozen words (None: the regex must always run)."""

    suffix_re: re.Pattern | None
    suffixes: re.Pattern | None
    word_re: re.Pattern | None
    words: re.Pattern | None


@lru_cache(maxsize=64)
def _marker_kind_res(languages: tuple[Language, ...]) -> _MarkerKinds:
    suffixes = [suffix for language in languages for suffix in language.per_suffixes]
    words = _per_words_of(languages)
    return _MarkerKinds(
        re.compile(alternation(suffixes), re.IGNORECASE) if suffixes else None,
        literal_pattern(suffixes),
        re.compile(alternation(words), re.IGNORECASE) if words else None,
        literal_pattern(words),
    )


def _marker_kinds(text: str, languages: tuple[Language, ...]) -> tuple[bool, bool, bool]:
    """Which kinds of marker ``text`` may have: the marker regex is slow (a unit before a
    suffix is tried at every position), and most texts have none of some kinds."""
    kinds, lowered_text = _marker_kind_res(languages), lowered(text)
    return (
        "/" in text,
        _says(kinds.suffix_re, kinds.suffixes, text, lowered_text),
        _says(kinds.word_re, kinds.words, text, lowered_text),
    )


def _says(regex: re.Pattern | None, words: re.Pattern | None, text: str, lowered_text: str) -> bool:
    return regex is not None and may_hold(lowered_text, words) and regex.search(text) is not None


# Right before a per word that says per only of an amount (2 mL à l'heure): a number, its unit.
_AMOUNT_BEFORE = re.compile(r"\d\s?[^\W\d_]*(?:/[^\W\d_]+)*\s*$")


def customary_periods(found: list[Quantity], language: Language) -> list[Quantity]:
    """The lengths of time of ``found`` that the language says by custom for another, as that
    other (`quince días`, `quinze jours` as two weeks: a language's ``customary_periods``); only
    that one amount, so that `cada 15 días` for "every 3 weeks" is still 3 missing."""
    meant = language.customary_periods
    if not meant:
        return []
    said_for = []
    for quantity in found:
        if quantity.value.denominator == 1 and (int(quantity.value), quantity.unit) in meant:
            value, unit = meant[int(quantity.value), quantity.unit]
            said_for.append(replace(quantity, value=Fraction(value), unit=unit))
    return said_for


def per_markers(text: str, languages: tuple[Language, ...]) -> list[Marker]:
    """Every "per <unit>" of ``text`` not written into a quantity's unit: /kg, kg당,
    daily, 매일, and a word for one period said as a rate (하루에, 一天兩次)."""
    return list(_per_markers(text, languages))


# One text is asked about by [units], [rates], [number-words] and [limits]: on the varied corpus 3,153
# of the 18,513 asks repeat one (0.045 of per_markers' 0.24 s CPU).
@lru_cache(maxsize=8192)
def _per_markers(text: str, languages: tuple[Language, ...]) -> tuple[Marker, ...]:
    periods = [Marker(unit, start, end) for language in languages for start, end, unit in rate_periods(text, language)]
    regex = _marker_re(languages, _marker_kinds(text, languages))
    if regex is None:
        return tuple(sorted(periods + _per_one_markers(text, languages), key=lambda m: m.start))
    units = _units_of(languages)
    words = _per_words_of(languages)
    words_before = _per_words_before_dose(languages)
    after_amount = {lowered(word) for language in languages for word in language.per_words_after_amount}
    found = periods + _per_one_markers(text, languages)
    for match in regex.finditer(text):
        groups = match.groupdict()
        suffixed, slash = bool(groups.get("suffixed")), bool(groups.get("slash"))
        if slash or suffixed:
            unit, before = units[lowered(groups.get("slash") or groups["suffixed"])], True
        else:
            word = lowered(groups["word"])
            if word in after_amount and not _AMOUNT_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                continue  # "soyez à l'heure": on time, not per hour
            unit, before = words[word], word in words_before
        found.append(Marker(unit, match.start(), match.end(), suffixed, slash, before))
    return tuple(sorted(found, key=lambda m: m.start))


# Kinds of unit a "1 <unit>에" says per: a body weight, a volume, an amount (not a time: 1시간에
# is a period word's, and 1시간에 걸쳐 "over an hour").
_PER_ONE_KINDS = frozenset({"mass", "volume", "substance"})


@lru_cache(maxsize=64)
def _per_one_res(languages: tuple[Language, ...]) -> tuple[re.Pattern, re.Pattern | None] | None:
    """ "1 kg에 2 mL", "1 mL에 약 5 mg": one of a unit, a per suffix, then (a short word and) a
    number; and the body weight words that may stand before it (체중 1 kg에)."""
    suffixes = [suffix for language in languages for suffix in language.per_suffixes_after_one]
    if not suffixes:
        return None
    table = _units_of(languages)
    units = alternation(
        [word for word, unit in table.items() if KINDS.get(unit, ("",))[0] in _PER_ONE_KINDS],
        _exclusions_of(languages),
    )
    one = re.compile(
        rf"(?<![\d.,])1\s?(?P<unit>{units})(?![{_LATIN_LETTER}])(?:\s?\([^()]*\))?\s?(?:{alternation(suffixes)})"
        rf"(?=(?:\s|\s[^\W\d_]{{1,2}}\s)?\d[\d.,]*\s?(?P<next>{_unit_re(languages)}))",
        re.IGNORECASE,
    )
    body_weight = [word for language in languages for word in language.body_weight_words]
    weight = re.compile(rf"(?:{alternation(body_weight)})\s?$") if body_weight else None
    return one, weight


def _per_one_markers(text: str, languages: tuple[Language, ...]) -> list[Marker]:
    """Per markers said "1 <unit>" and a suffix before a quantity: 체중 1 kg에 2 mL (per kg),
    1 mL에 5 mg (per mL); the "1 kg" in it is not a quantity of its own.  Not before a
    quantity of the same kind, but for a body weight: 물 1 mL에 2 mL is 2 mL added to 1 mL."""
    regexes = _per_one_res(languages)
    if regexes is None or "1" not in text:
        return []
    one, weight = regexes
    units = _units_of(languages)
    found = []
    for match in one.finditer(text):
        unit, following = units[lowered(match.group("unit"))], units[lowered(match.group("next"))]
        if unit != "kg" and KINDS.get(following, ("",))[0] == KINDS[unit][0]:
            continue  # 물 1 mL에 2 mL를 더하여: 2 mL added to 1 mL, no strength (체중 1 kg에 400 mg is one)
        start = match.start()
        said = weight.search(text, max(0, start - 8), start) if weight is not None else None
        if said is not None:
            start = said.start()
        found.append(Marker(unit, start, match.end(), suffixed=True))
    return found
