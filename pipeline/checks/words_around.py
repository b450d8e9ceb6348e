"""The words said around a number that tell what it is: "every 4 hours", "toutes les 12 heures",
"12시간마다" (an interval), "for 5 days", "5일간" (a duration).

Below both [units] rule 10 (intervals.py), which judges an interval said as a duration, and
[number-words] (number_words.py), which reads times a day from the hours between doses: one
reading of "every", imported by both without a cycle.
"""

from __future__ import annotations

import re

from pipeline.languages import Language

# How far before a number its "every" or "for" is looked for (de 4 em 4 horas, for up to 3 days),
# and how far from a limit phrase [units] rule 10 looks for the number it is said of (limit_numbers.py).
REACH = 30


def interval_words(text: str, start: int, end: int, language: Language) -> str | None:
    """The words that say the length of time at ``text[start:end]`` is an interval, from its
    "every" to its unit: "every 4 hours", "toutes les 12 heures", "12시간마다" (the language's
    ``interval_before`` within REACH before it, or its ``interval_after`` right after it);
    None when it is not said so.  [units] rule 10 and [number-words]' times a day by the hours
    between doses (number_words.doses_a_day_by_interval) read "every" by this one function."""
    return words_around(text, start, end, language.pattern("interval_before"), language.pattern("interval_after"))


def words_around(text: str, start: int, end: int, before: re.Pattern | None, after: re.Pattern | None) -> str | None:
    """``text[start:end]`` with the words ``before`` finds within REACH before it (first) or
    ``after`` matches right after it; None when neither does."""
    # searched in a slice, not with search's pos: "^" and a look-behind see the slice's start as
    # the text's (a word cut at the reach's edge is a word start, as it always was)
    window = text[max(0, start - REACH) : start]
    match = before.search(window) if before is not None else None
    if match:
        return text[start - len(window) + match.start() : end]
    match = after.match(text, end) if after is not None else None
    return text[start : match.end()] if match else None
