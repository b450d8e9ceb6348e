"""[length] A translation too long to be one: far longer than its source, or with a run of
characters no line can break.

Both are errors, so the text never reaches a page: a draft shows the passage in English, marked,
and a release refuses it.  Neither is a translation (a paste gone wrong, two files in one, a
hostile translator), and either can stall every build: WeasyPrint breaks a run wider than a line
anywhere, but lays out the whole rest of its text again for each line it makes of it, so the
time grows with the run's square (20,000 "[" after a Korean word: 8 s for the PDF, 80,000: 67 s),
and a text of ordinary words grows the page by a line for every 60 characters.

The limits are far from any real translation: a translation may be ten times its source and 200
characters more (a three-letter "TEN" may become a 200-character explanation), and hold a run of
200 characters, or of twice the source's longest (a long address copied from the English, a
particle glued to it).  No shipped translation uses a fifth of either (the longest is 2.2 times
its source, bench/results/length_calibration.md; the longest run 24 characters; tests/checks/
test_too_long.py holds them under a quarter).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding
from pipeline.line_breaking import BREAKABLE_SPACES, longest_unbreakable_run

CHECK = "length"
LENGTH_FACTOR = 10
LENGTH_ALLOWANCE = 200
RUN_LIMIT = 200
_SPACES = re.compile(f"[{BREAKABLE_SPACES}]")


def length_limit(source: str) -> int:
    """How many characters a translation of ``source`` may have."""
    return LENGTH_FACTOR * len(source) + LENGTH_ALLOWANCE


def run_limit(source: str) -> int:
    """How many characters in a row, with nowhere a line may break, a translation of ``source`` may have."""
    return max(RUN_LIMIT, 2 * longest_unbreakable_run(source))


def _longest_word(text: str) -> int:
    """The most characters between two places a line may break at a space: no run a line cannot
    break is longer (:func:`~pipeline.line_breaking.longest_unbreakable_run` reads inside words)."""
    return max(map(len, _SPACES.split(text)), default=0)


def check_too_long(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source, ctx.translation
    if len(translation) > length_limit(source):
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the translation is {len(translation):,} characters long, more than {LENGTH_FACTOR} times "
            f"its source's {len(source):,} and {LENGTH_ALLOWANCE} more: no translation is that long "
            "(a paste gone wrong?)",
        )
        return
    if _longest_word(translation) <= RUN_LIMIT:
        return  # most translations: no word, and so no run inside one, can pass the least limit
    run = longest_unbreakable_run(translation)
    if run > run_limit(source):
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the translation has {run:,} characters in a row with nowhere a line may break (no space), "
            f"more than the {run_limit(source):,} allowed: no word is that long",
        )
