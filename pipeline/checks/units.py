"""[units] A dose keeps its number *and* its unit: 1 g/kg/day must not become 1 mg/kg/day.

A quantity is a number followed by a unit: a symbol (mg, g/kg, mL, %, h), an
English unit word (hours, days) or its equivalent in the target language
(Korean 시간, 일, 주, 퍼센트).  For every quantity of the source the
translation must have the same value with the same unit.  "Per" parts
(/kg, /day) may be said another way, as Korean often does (체중 kg당 1 g,
하루 2회): it is enough that the translation mentions them.

A number missing altogether is [numbers]'s finding, not repeated here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from pipeline.checks.context import EntryContext
from pipeline.checks.languages import UNIT_SYMBOLS, Language
from pipeline.checks.numbers import (
    native_numbers,
    number_pattern,
    number_words,
    parse_number,
    prose,
    translation_values,
)
from pipeline.findings import ERROR, Finding

CHECK = "units"

_UNIT_NAMES = {"percent": "%", "hour": "hours", "minute": "minutes", "day": "days", "week": "weeks", "month": "months"}


@dataclass(frozen=True)
class Quantity:
    text: str
    value: Fraction
    unit: str  # canonical: "mg", "percent", "hour"
    per: tuple[str, ...] = ()  # canonical units after "/" or "per"

    @property
    def unit_text(self) -> str:
        return "/".join(_UNIT_NAMES.get(unit, unit) for unit in (self.unit, *self.per))


def check_units(ctx: EntryContext) -> Iterator[Finding]:
    source_text = prose(ctx, ctx.source)
    wanted = quantities(source_text, (ctx.source_language,))
    if not wanted:
        return
    translation_text = prose(ctx, ctx.translation)
    languages = (ctx.language, ctx.source_language)
    values = translation_values(translation_text, ctx.language, ctx.source_language)
    found = quantities(translation_text, languages)
    for quantity in wanted:
        if quantity.value not in values:
            continue  # reported by [numbers]
        same = [q for q in found if q.value == quantity.value and q.unit == quantity.unit]
        if not same:
            other = next((q for q in found if q.value == quantity.value), None)
            if other is not None:
                yield ctx.finding(CHECK, ERROR, f"{quantity.text} in the source is {other.text} in the translation")
            elif ctx.language.has_unit_words:
                # Only for languages we know the unit words of; otherwise a
                # correctly translated "24 hours" would look unit-less.
                expected = quantity.unit_text
                message = f"{quantity.text} in the source has no unit in the translation (expected {expected})"
                yield ctx.finding(CHECK, ERROR, message)
            continue
        for per in quantity.per:
            if not any(per in q.per for q in same) and not mentions_unit(translation_text, per, languages):
                yield ctx.finding(
                    CHECK, ERROR, f"{quantity.text} in the source: the translation does not say per {per}"
                )


def _units_of(languages: Iterable[Language]) -> dict[str, str]:
    table = {symbol.lower(): unit for symbol, unit in UNIT_SYMBOLS.items()}
    for language in languages:
        table.update({word.lower(): unit for word, unit in language.unit_words.items()})
    return table


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=64)
def _quantity_re(languages: tuple[Language, ...], decimal: str, group: str) -> re.Pattern:
    unit = rf"(?:{_alternation(_units_of(languages))})(?![A-Za-z])"
    number = number_pattern(decimal, group)
    return re.compile(
        rf"(?P<number>{number})[ \t]?-?[ \t]?(?P<unit>{unit})"
        rf"(?P<per>(?:\s?/\s?{unit})*(?:\s+per\s+{unit})?)",
        re.IGNORECASE,
    )


def quantities(text: str, languages: tuple[Language, ...]) -> list[Quantity]:
    """Quantities in ``text``, read with the units and number conventions of
    ``languages`` (the first one's conventions, and English ones as well)."""
    table = _units_of(languages)
    primary = languages[0]
    found = []
    for decimal, group in dict.fromkeys([(primary.decimal_symbol, primary.group_symbol), (".", ",")]):
        for match in _quantity_re(languages, decimal, group).finditer(text):
            value = parse_number(match.group("number"), decimal, group)
            per_parts = re.split(r"\s?/\s?|\s+per\s+", match.group("per").strip(), flags=re.IGNORECASE)
            per = tuple(table[part.lower()] for part in per_parts if part and part.lower() in table)
            found.append(Quantity(match.group().strip(), value, table[match.group("unit").lower()], per))
    # Words that are numbers with a unit: 두 시간, 이틀, 일주일.
    for language in languages:
        for start, end, value, counter in native_numbers(text, language):
            if counter in language.unit_words:
                found.append(Quantity(text[start:end], value, language.unit_words[counter]))
        for start, end, value, unit in number_words(text, language):
            if unit:
                found.append(Quantity(text[start:end], value, unit))
    return found


def mentions_unit(text: str, unit: str, languages: tuple[Language, ...]) -> bool:
    """Whether ``text`` says "per ``unit``" in any way: kg, /kg, kg당, /일, 하루, daily."""
    lowered = text.lower()
    for symbol, canonical in UNIT_SYMBOLS.items():
        if canonical == unit and re.search(rf"(?<![a-z]){re.escape(symbol)}(?![a-z])", lowered):
            return True
    for language in languages:
        for word, canonical in language.unit_words.items():
            if canonical == unit and re.search(rf"/\s?{re.escape(word.lower())}", lowered):
                return True
        if any(word.lower() in lowered for word in language.per_words.get(unit, ())):
            return True
    return False
