"""[length] A translation far shorter or longer than its source, or one that lost a sentence.

A length far outside what the language's translations usually have is often
a truncated paste or two messages in one: a warning.  A translation with
fewer sentences than its source *and* shorter than any real translation of
the language (relative to its source) has dropped a sentence: an error, since
that sentence may be a warning or a dose.  Translators do merge sentences
("Take it. It helps." → "도움이 되니 드세요."), so fewer sentences alone is
not enough, and neither is shortness alone.

For the dropped sentence the lengths compared are those of the words the
translator wrote (:func:`written_lengths`): what both texts share verbatim
(a link's address, "IVIG", "TEN", a number) is as long in either language and
only pulls the ratio towards 1, so it is left out of both; so are spaces,
which Chinese does not write.  On the shipped catalogs this narrows the
spread of real ratios, and a dropped sentence that named "TEN" or held a link
now also shortens the ratio by what it shared.  A translation shorter than
most (not than all) with fewer sentences is a drop too when it names a
do-not-translate term ("TEN") fewer times than the source: a merge keeps it.

The limits are per language (``length_ratio``, ``dropped_sentence_ratio`` and
``dropped_term_ratio`` in pipeline/languages/<code>.py), measured on the shipped translations by
``bench/length_calibration.py``, and apply only to sources long enough for a
ratio to mean something.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.terminology import find_terms

CHECK = "length"
MIN_SOURCE_LENGTH = 20

# A sentence ends at . ! ? (and Arabic ؟) before a space or the end, or at a
# full-width 。！？ (CJK writes no space after them).  "2.5 mg", "e.g." inside
# a word and "www.example.org" are no ends.  Quotes, brackets and the Markdown
# that closes an emphasis may come between ("**Never take more.** Taking …":
# a warning in bold is a sentence of its own, and the one a translation drops).
_CLOSERS = "\"'”’)]*_"
_SENTENCE_END = re.compile(rf"[.!?؟](?=[{re.escape(_CLOSERS)}]*(?:\s|$))|[。！？]")


_LETTER_OR_DOT = re.compile(r"[^\W\d_]|\.")

# What a translation copies from its source as it is: a run of ASCII letters,
# digits and URL characters ("IVIG", "2.5", "https://doi.org/10.1/x"); not
# brackets, so "(TEN)" and a Markdown link's "(https://...)" give the token.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&*+=%\-]*")


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
        before = word_before(text, match.start())
        if (
            match.group() == "."
            and before
            and ((len(before) == 1 and before.isupper()) or before.lower() in abbreviations)
        ):
            continue
        ends.append(match.end())
    trailing = bool(text[ends[-1] :].strip(" " + _CLOSERS)) if ends else True
    return len(ends) + trailing


def word_before(text: str, end: int) -> str:
    r"""The word that ends at ``end`` (or before a line break there), as letters and dots from a
    letter: "Dr" in "Dr.", "e.g" in "e.g."; "" when none.  What ``([^\W\d_](?:[^\W\d_]|\.)*)$``
    finds in ``text[:end]``, read backwards from ``end`` instead of tried at every position before it."""
    if end and text[end - 1] == "\n":  # $ also matches before a final line break
        end -= 1
    start = end
    while start and _LETTER_OR_DOT.match(text, start - 1):
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end]


def written_lengths(source: str, translation: str) -> tuple[int, int]:
    """The lengths of ``source`` and ``translation`` without what they share verbatim
    (ASCII tokens found in both, as often as in both) and without white space."""
    shared = Counter(_ASCII_TOKEN.findall(source)) & Counter(_ASCII_TOKEN.findall(translation))

    def length(text: str) -> int:
        left = Counter(shared)

        def drop_shared(match: re.Match) -> str:
            if left[match.group()] > 0:
                left[match.group()] -= 1
                return ""
            return match.group()

        return len("".join(_ASCII_TOKEN.sub(drop_shared, text).split()))

    return length(source), length(translation)


def written_ratio(source: str, translation: str) -> float:
    """``translation``'s written length relative to ``source``'s (:func:`written_lengths`)."""
    source_length, translation_length = written_lengths(source, translation)
    return translation_length / max(source_length, 1)


def fewer_terms(ctx: EntryContext) -> list[str]:
    """The do-not-translate terms (leaflets.toml) the translation names fewer times than the source."""
    if not ctx.glossary:
        return []
    named = Counter(found.term for found in find_terms(ctx.source_view.prose, ctx.glossary)[1])
    kept = Counter(found.term for found in find_terms(ctx.translation_view.prose, ctx.glossary)[1])
    return [term for term, times in named.items() if kept[term] < times]


def check_length(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source.strip(), ctx.translation.strip()
    if len(source) < MIN_SOURCE_LENGTH or not translation:
        return
    sentences, kept = sentence_count(source, ctx.source_language), sentence_count(translation, ctx.language)
    dropped = _dropped_sentence(ctx, sentences, kept, written_ratio(source, translation)) if kept < sentences else None
    if dropped:
        yield dropped
        return
    ratio = len(translation) / len(source)
    low, high = ctx.language.length_ratio
    if ratio < low or ratio > high:
        kind = "short" if ratio < low else "long"
        message = f"the translation is suspiciously {kind} ({ratio:.0%} of the source length)"
        yield ctx.finding(CHECK, WARNING, message)


def _dropped_sentence(ctx: EntryContext, sentences: int, kept: int, written: float) -> Finding | None:
    """Fewer sentences than the source, and either shorter than any real translation of
    the language, or shorter than most while naming a do-not-translate term fewer
    times (a merge keeps "TEN"; a dropped sentence takes its "TEN" with it)."""
    language, name = ctx.language, ctx.language.english_name or ctx.locale
    terms = fewer_terms(ctx) if written < language.dropped_term_ratio else []
    if written < language.dropped_sentence_ratio:
        why = f"below {language.dropped_sentence_ratio:.0%}, shorter than any real {name} translation"
    elif terms:
        why = (
            f"below {language.dropped_term_ratio:.0%}, shorter than most {name} translations, "
            f"and it names {', '.join(terms)} fewer times"
        )
    else:
        return None
    return ctx.finding(
        CHECK,
        ERROR,
        f"the source has {sentences} sentences, the translation {kept}, and its own words are "
        f"{written:.0%} as long as the source's ({why}): a sentence is missing",
    )
