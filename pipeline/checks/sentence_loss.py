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
from collections import Counter
from collections.abc import Sequence

from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import number_spans
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
    if dropped := dropped_with_its_numbers(ctx, english, translation):  # a merge cannot explain it either
        return dropped
    return ctx.finding(
        CHECK,
        WARNING,
        f"{counts}{which or ': a sentence may be missing'}; {name} has no length calibration to tell a "
        "sentence left out from two merged into one, so a reviewer reads it against the English",
    )


def dropped_with_its_numbers(ctx: EntryContext, english: Sequence[str], translation: Sequence[str]) -> Finding | None:
    """The error for a translation one sentence shorter whose numbers say it left one out
    (:func:`left_out_by_its_numbers`), whatever its length: "Stay upright for 30 minutes." gone
    from a French translation longer than its English.  None when they do not say it."""
    left_out = left_out_by_its_numbers(ctx, english, translation)
    if not left_out:
        return None
    numbers = ", ".join(dict.fromkeys(number for index in left_out for number in numbers_in(english[index])))
    missing = unmatched_sentence(english, translation)
    which = (
        f'"{first_words(english[missing])}" (English sentence {missing + 1}) has no counterpart; '
        if missing is not None
        else ""
    )
    return ctx.finding(
        CHECK,
        ERROR,
        f"{_COUNTS_START}{len(english)} sentences, the translation {len(translation)}: {which}the others pair "
        f"with its sentences number for number, and it writes {numbers} fewer times, where sentences merged "
        "into one keep their numbers: a sentence is missing",
    )


def left_out_by_its_numbers(ctx: EntryContext, english: Sequence[str], translation: Sequence[str]) -> list[int]:
    """The English sentences one of which a translation one sentence shorter left out, as its
    numbers say; none when they do not say it.  They say it when leaving out a sentence pairs
    every other with one of the translation's of the same numbers, and each sentence whose
    leaving out does writes a number the whole translation writes fewer times (in digits or
    words: "두 알" keeps a 2).  Sentences merged into one keep the numbers of both; a sentence
    left out takes its own away.  Of the 235 right translations with fewer sentences than their
    English in the probe sets, the shipped catalogs and the bench corpora (200 of them Korean),
    none is one."""
    if len(translation) != len(english) - 1 or not translation or len(english) > _ALIGNED_AT_MOST:
        return []
    left_out = [index for index in range(len(english)) if _pairs_by_numbers(_without(english, index), translation)]
    if all(_fewer_in_translation(ctx, english[index]) for index in left_out):
        return left_out
    return []


def _pairs_by_numbers(english: Sequence[str], translation: Sequence[str]) -> bool:
    return all(numbers_in(source) == numbers_in(target) for source, target in zip(english, translation, strict=True))


def _fewer_in_translation(ctx: EntryContext, sentence: str) -> bool:
    """Whether a number ``sentence`` writes is written fewer times in the translation than in the
    source, in digits or words (the numbers each language reads: number_words.number_spans).
    False for a sentence with no number."""
    said = Counter(span.value for span in number_spans(ctx.source, ctx.source_language))
    kept = Counter(span.value for span in number_spans(ctx.translation, ctx.language))
    lost = said - kept
    return any(lost[span.value] for span in number_spans(sentence, ctx.source_language))


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
