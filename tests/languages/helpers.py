"""Reading text with one language's data, as the checks do."""

from __future__ import annotations

from fractions import Fraction

from pipeline.checks.numerals import normalise, source_mentions, translation_values
from pipeline.checks.quantities import per_markers, quantities
from pipeline.languages import language_for

ENGLISH = language_for("en")


def values(text: str, locale: str) -> set[Fraction]:
    """Every value a translation in ``locale`` can be read as saying."""
    return translation_values(normalise(text), language_for(locale), ENGLISH)


def amounts(text: str, locale: str) -> set[tuple[Fraction, str]]:
    """(value, canonical unit) of every quantity read in ``text``."""
    return {(q.value, q.unit) for q in quantities(normalise(text), (language_for(locale), ENGLISH))}


def mentions(text: str, locale: str) -> list[str]:
    """The numbers a source in ``locale`` says, as written."""
    return [m.text for m in source_mentions(normalise(text), language_for(locale))]


def markers(text: str, locale: str) -> list[str]:
    """The "per <unit>" markers read in ``text``."""
    return [marker.unit for marker in per_markers(normalise(text), (language_for(locale), ENGLISH))]


def ways(text: str, locale: str) -> dict[str, str]:
    """Which way ``text`` says each kind of comparison ([comparison]): {"more/less": "less"},
    "both" for the two ways; a kind it does not say is left out."""
    said = {}
    for kind, (one_way, other_way) in language_for(locale).directions_said(text).items():
        names = kind.split("/")
        if one_way or other_way:
            said[kind] = "both" if one_way and other_way else names[0] if one_way else names[1]
    return said
