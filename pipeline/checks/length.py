"""[length] A translation far shorter or longer than its source, or one that lost a sentence.

A length far outside what the language's translations usually have is often
a truncated paste or two messages in one: a warning.  A translation with
fewer sentences than its source *and* shorter than any real translation of
the language (relative to its source) has dropped a sentence: an error, since
that sentence may be a warning or a dose.  Translators do merge sentences
("Take it. It helps." → "도움이 되니 드세요."), so fewer sentences alone is
not enough, and neither is shortness alone.

The limits are per language (``length_ratio`` and ``dropped_sentence_ratio``
in pipeline/languages/<code>.py), measured on the shipped translations by
``bench/length_calibration.py``, and apply only to sources long enough for a
ratio to mean something.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language

CHECK = "length"
MIN_SOURCE_LENGTH = 20

# A sentence ends at . ! ? (and Arabic ؟) before a space or the end, or at a
# full-width 。！？ (CJK writes no space after them).  "2.5 mg", "e.g." inside
# a word and "www.example.org" are no ends.
_SENTENCE_END = re.compile(r"[.!?؟](?=[\"'”’)\]]*(?:\s|$))|[。！？]")


_WORD_BEFORE = re.compile(r"([^\W\d_](?:[^\W\d_]|\.)*)$")


def sentence_count(text: str, language: Language | None = None) -> int:
    """How many sentences ``text`` has; a text without a final mark is one.
    A period after an initial ("J. Smith") or an abbreviation of the language
    ("Dr.", "e.g.") ends none."""
    text = text.strip()
    if not text:
        return 0
    abbreviations = language.abbreviations if language else frozenset()
    ends = []
    for match in _SENTENCE_END.finditer(text):
        before = _WORD_BEFORE.search(text, 0, match.start())
        if (
            match.group() == "."
            and before
            and ((len(before.group()) == 1 and before.group().isupper()) or before.group().lower() in abbreviations)
        ):
            continue
        ends.append(match.end())
    trailing = bool(text[ends[-1] :].strip(" \"'”’)]")) if ends else True
    return len(ends) + trailing


def check_length(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source.strip(), ctx.translation.strip()
    if len(source) < MIN_SOURCE_LENGTH or not translation:
        return
    ratio = len(translation) / len(source)
    sentences, kept = sentence_count(source, ctx.source_language), sentence_count(translation, ctx.language)
    if kept < sentences and ratio < ctx.language.dropped_sentence_ratio:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source has {sentences} sentences, the translation {kept}, and it is "
            f"{ratio:.0%} of the source length (below "
            f"{ctx.language.dropped_sentence_ratio:.0%}, shorter than any real "
            f"{ctx.language.english_name or ctx.locale} translation): a sentence is "
            "missing",
        )
        return
    low, high = ctx.language.length_ratio
    if ratio < low or ratio > high:
        kind = "short" if ratio < low else "long"
        message = f"the translation is suspiciously {kind} ({ratio:.0%} of the source length)"
        yield ctx.finding(CHECK, WARNING, message)
