"""The number a limit phrase is said of ("more than 4 doses", "24小時內", "within 24 hours"),
as [limits] (limits.py) and [units] rule 10 (intervals.py) read it to tell a limit's window ("4
doses within 24 hours": the 24 hours the doses are counted in) from a limit of its own.

Both take the nearest number on the phrase's side, the first after one said before its number,
the last before one said after it, but judge "near" apart, and the two are kept apart on purpose:

- :func:`number_a_word_away` ([limits]): one word between at most, however long, across a clause's
  end.  In "Do not take more than 4 doses within a period of 24 hours" its "within" is said of no
  number, so no window, and the "not" turns it around (at least); with :func:`number_in_reach` it
  would be the doses' window, at most as written.
- :func:`number_in_reach` ([units] rule 10): within ``REACH`` characters, in the phrase's clause.
  "Do not take more than a total of 4 doses every 24 hours" is a limit of the 4 doses, and the 24
  hours its window: with :func:`number_a_word_away` ("a total of", three words) [units] read an
  interval there, and "No tome más del total de 4 dosis durante 24 horas" became a false error.

On the shipped catalogs and the two 100-leaflet corpora of bench/ the readings agree on every
phrase either reads: only inputs like those above tell them apart.
"""

from __future__ import annotations

from pipeline.checks.number_words import NumberSpan
from pipeline.checks.words_around import REACH


def number_a_word_away(text: str, start: int, end: int, numbers: list[NumberSpan], before: bool) -> NumberSpan | None:
    """The number the limit phrase at ``text[start:end]`` is said of, as [limits] reads it: the
    first after it (``before``: a phrase said before its number), a short word between at most
    ("dentro de las 24 horas"), or the last before it, its unit between ("24小時內", "24 Stunden")."""
    number = _nearest(numbers, start, end, before)
    if number is None:
        return None
    between = text[end : number.start] if before else text[number.end : start]
    return number if len(between.split()) <= 1 else None


def number_in_reach(
    start: int, end: int, numbers: list[NumberSpan], before: bool, clause: tuple[int, int]
) -> NumberSpan | None:
    """The number the limit phrase at ``start:end`` is said of, as [units] rule 10 reads it: the
    first starting within ``REACH`` characters after it (``before``: a phrase said before its
    number), or the last ending within ``REACH`` before it, in its ``clause`` (start, end)."""
    number = _nearest(numbers, start, end, before)
    if number is None:
        return None
    clause_start, clause_end = clause
    if before:
        return number if number.start < min(clause_end, end + REACH) else None
    return number if number.end >= max(clause_start, start - REACH) else None


def _nearest(numbers: list[NumberSpan], start: int, end: int, before: bool) -> NumberSpan | None:
    """The first of ``numbers`` (in order, none overlapping) after ``end``, or (not ``before``) the
    last before ``start``."""
    if before:
        return next((number for number in numbers if number.start >= end), None)
    return next((number for number in reversed(numbers) if number.end <= start), None)
