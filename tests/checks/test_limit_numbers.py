"""The number a limit phrase is said of: [limits]' reading and [units] rule 10's, kept apart."""

from __future__ import annotations

import pytest

from pipeline.checks.limit_numbers import number_a_word_away, number_in_reach
from pipeline.checks.number_words import number_spans
from pipeline.languages import language_for


def _readings(text: str, phrase: str, before: bool, clause_start: int = 0) -> tuple[str | None, str | None]:
    """The number each reading finds for ``phrase`` in ``text`` (its clause from ``clause_start``)."""
    start = text.index(phrase)
    end = start + len(phrase)
    numbers = number_spans(text, language_for("en"))
    by_words = number_a_word_away(text, start, end, numbers, before)
    by_reach = number_in_reach(start, end, numbers, before, (clause_start, len(text)))
    return (
        text[by_words.start : by_words.end] if by_words else None,
        text[by_reach.start : by_reach.end] if by_reach else None,
    )


@pytest.mark.parametrize(
    "text, phrase, before, found",
    [
        ("Do not take more than 4 doses within 24 hours.", "within", True, ("24", "24")),
        ("Take it for 3 days or more.", "or more", False, ("3", "3")),
        # Three words between: [units] reads the limit of the doses, [limits] none.
        ("Do not take more than a total of 4 doses every 24 hours.", "more than", True, (None, "4")),
        ("Do not take more than 4 doses within a period of 24 hours.", "within", True, (None, "24")),
    ],
)
def test_the_readings_agree_next_to_the_number_and_part_past_a_word(text, phrase, before, found):
    assert _readings(text, phrase, before) == found


def test_only_the_reach_stops_at_the_clause():
    text = "Take 2 tablets, or more if you need them."
    assert _readings(text, "or more", before=False, clause_start=text.index(",") + 1) == ("2", None)
