"""[length] in a language with no length calibration: the sentences a translation keeps.

A language ``leaflets init`` added (French, German, Vietnamese ...) has no
measured length limits (``Language.length_calibrated``), so a translation one
sentence short of its English used to pass unseen: French without "Taking too
much can damage your liver." after "**Never take more than 4,000 mg in 24
hours.**".  Counting sentences needs no calibration, only the full stops of
the translation's script (checks.length.sentences), so such a translation is
judged by what it keeps:

- One sentence fewer is a *warning*: translators merge two short sentences
  with a comma, a semicolon or a colon, and the 18 translations of the shipped
  catalogs with fewer sentences than their English (Korean, Spanish, Arabic,
  Chinese) are all such merges, so an error would refuse right translations.
  A reviewer reads it: the warning names the English sentence that seems to
  have no counterpart when the numbers or lengths of the sentences tell it.
- An *error* where a merge cannot explain it.  Two or more sentences fewer and
  no more than half kept: every one of the 18 merges lost exactly one.  Or, in
  a Latin-script language, a translation whose own words are shorter than any
  Latin-script translation measured (``LATIN_FLOOR``, bench/length_floor.py):
  a merge keeps every word's meaning and so about its length, a drop does not.

A script that writes no full stops (Thai, Lao) is not judged by its sentences.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding

CHECK = "length"

# The written ratio (checks.length.written_ratio) under which a Latin-script translation with
# fewer sentences than its English has dropped one.  bench/results/length_floor.md: Spanish
# (shipped, 1.00 and up), French and German translations (0.89 and up) of the passages of 2+
# sentences; terse Vietnamese and Swedish ones tried by hand, 0.72 and up.  0.65 is under all
# of them, and still an error for half of the translations with a sentence left out (French
# without "Taking too much can damage your liver.": 0.53); the others are a warning to read.
LATIN_FLOOR = 0.65
# Scripts whose sentences end with no mark (Thai and Lao end them with a space).
UNMARKED_SCRIPTS = frozenset({"Thai", "Laoo"})

_DIGITS = re.compile(r"\d+(?:[,.\s\u00a0\u202f]\d{3}(?!\d))*")
_GROUPING = re.compile(r"[,.\s\u00a0\u202f]")
_WORDS_QUOTED = 8
# Sentences of a passage aligned at most (the work grows with their square; a leaflet's
# longest passage has 3): a pasted wall of text is told by its counts alone.
_ALIGNED_AT_MOST = 40
_COUNTS_START = "the English has "  # how each finding of this module begins


def may_miss_a_sentence(finding: Finding) -> bool:
    """Whether ``finding`` is this module's warning that a sentence may be missing: one a
    reviewer reads, so ``review`` lists it as it records the sign-off."""
    return finding.check == CHECK and finding.message.startswith(_COUNTS_START)


def judged_by_sentences(ctx: EntryContext) -> bool:
    """Whether the translation's sentences are what [length] judges it by (:mod:`sentence_loss`)."""
    language = ctx.language
    return not language.length_calibrated and not (language.script and language.script.code in UNMARKED_SCRIPTS)


def sentence_loss(
    ctx: EntryContext, english: Sequence[str], translation: Sequence[str], written: float
) -> Finding | None:
    """The finding for a translation with fewer sentences than its English (None if it has not)."""
    if len(translation) >= len(english):
        return None
    counts = f"{_COUNTS_START}{len(english)} sentences, the translation {len(translation)}"
    which = the_part_left_out(english, translation, "English sentence")
    name = ctx.language.english_name or ctx.locale
    floor = LATIN_FLOOR if ctx.language.script is None else ctx.language.dropped_sentence_ratio
    if written < floor:
        kind = "Latin-script " if ctx.language.script is None else ""
        why = (
            f"its own words are {written:.0%} as long as the English's, below {floor:.0%}: "
            f"shorter than any {kind}translation measured"
        )
        return ctx.finding(CHECK, ERROR, f"{counts}, and {why}; a sentence is missing{which}")
    lost = len(english) - len(translation)
    if lost >= 2 and 2 * len(translation) <= len(english):
        why = "half or more of them are gone, where sentences merged in a translation lose one"
        return ctx.finding(CHECK, ERROR, f"{counts}: {why}; a sentence is missing{which}")
    return ctx.finding(
        CHECK,
        WARNING,
        f"{counts}{which or ': a sentence may be missing'}; {name} has no length calibration to tell a "
        "sentence left out from two merged into one, so a reviewer reads it against the English",
    )


def unmatched_sentence(english: Sequence[str], translation: Sequence[str]) -> int | None:
    """Which English sentence has no counterpart in a translation one sentence shorter, kept in
    order: the one whose leaving out pairs every other with a translation sentence of the same
    numbers (4,000 and 4 000 alike), or, among those, pairs their lengths far best (within the
    message: a language's own length needs no calibration).  None when it cannot be told."""
    if len(translation) != len(english) - 1 or not translation or len(english) > _ALIGNED_AT_MOST:
        return None
    mismatches = {
        left_out: sum(
            numbers_in(source) != numbers_in(target)
            for source, target in zip(_without(english, left_out), translation, strict=True)
        )
        for left_out in range(len(english))
    }
    fewest = min(mismatches.values())
    candidates = [left_out for left_out, count in mismatches.items() if count == fewest]
    if len(candidates) == 1:
        return candidates[0]
    costs = sorted((_length_cost(_without(english, left_out), translation), left_out) for left_out in candidates)
    (best, left_out), (second, _) = costs[0], costs[1]
    return left_out if best * 2 < second else None  # clearly best, or not told


def numbers_in(sentence: str) -> tuple[str, ...]:
    """The numbers a sentence writes, as digits without their grouping ("4,000", "4 000" and
    "4.000" are 4000), in any script's digits; sorted, as a translation may order them anew."""
    found = []
    for match in _DIGITS.finditer(sentence):
        digits = _GROUPING.sub("", match.group())
        found.append("".join(str(unicodedata.decimal(char)) for char in digits))
    return tuple(sorted(found))


def the_part_left_out(source_parts: Sequence[str], kept: Sequence[str], kind: str) -> str:
    """': "Remove the old patch …" (clause 2) seems to have no counterpart' for the part of the
    source (a sentence, a clause: ``kind``) that :func:`unmatched_sentence` finds left out, to end a
    message with; "" when none can be told."""
    missing = unmatched_sentence(source_parts, kept)
    if missing is None:
        return ""
    return f': "{first_words(source_parts[missing])}" ({kind} {missing + 1}) seems to have no counterpart'


def first_words(sentence: str) -> str:
    """The start of a sentence to quote, without the Markdown that emphasizes it."""
    words = sentence.strip("*_ ").split()
    return " ".join(words[:_WORDS_QUOTED]) + (" …" if len(words) > _WORDS_QUOTED else "")


def _without(sentences: Sequence[str], index: int) -> list[str]:
    return [*sentences[:index], *sentences[index + 1 :]]


def _length_cost(english: Sequence[str], translation: Sequence[str]) -> float:
    """How far the sentences' shares of their text's length differ, pair by pair."""
    english_total, translation_total = sum(map(len, english)) or 1, sum(map(len, translation)) or 1
    return sum(
        abs(len(source) / english_total - len(target) / translation_total)
        for source, target in zip(english, translation, strict=True)
    )
