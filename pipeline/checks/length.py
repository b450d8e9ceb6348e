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
ratio to mean something.  A language without them (``Language.length_calibrated``
false: one ``leaflets init`` added) is judged by the sentences it keeps instead,
in :mod:`pipeline.checks.sentence_loss`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentence_loss import (
    LATIN_FLOOR,
    UNMARKED_SCRIPTS,
    dropped_with_its_numbers,
    judged_by_sentences,
    sentence_loss,
    the_part_left_out,
)
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.terminology import find_terms

CHECK = "length"
MIN_SOURCE_LENGTH = 20

# A sentence ends at . ! ? (and Arabic ؟, Greek ;) before a space or the end,
# or at a full stop written without a space after it: CJK 。！？, the danda
# । ॥ (Hindi, Bengali ...), Urdu ۔, Armenian ։, Ethiopic ።, Myanmar ။, Khmer ។
# (a language ``leaflets init`` adds is counted in its own script).  "2.5 mg",
# "e.g." inside a word and "www.example.org" are no ends.  Quotes, brackets and
# the Markdown that closes an emphasis may come between ("**Never take more.**
# Taking …": a warning in bold is a sentence of its own, and the one a
# translation drops).
_CLOSERS = "\"'”’)]*_"
_SENTENCE_END = re.compile(rf"[.!?؟\u037e](?=[{re.escape(_CLOSERS)}]*(?:\s|$))|[。！？।॥۔։።။។]")
# Greek writes its question mark as the semicolon: "Τι είναι; Είναι ..." is two sentences.
_GREEK_QUESTION = re.compile(rf";(?=[{re.escape(_CLOSERS)}]*(?:\s|$))")
# A lower-case letter after a full stop continues the sentence: "p. ex. au repas", "z. B. zum".
_CONTINUES = re.compile(rf"[{re.escape(_CLOSERS)}]*\s+([^\W\d_])")

# A clause ends at a semicolon: ";" before a space (not the one inside a link, "a;b"), Arabic "؛",
# or the full-width "；" of Chinese, written without a space after it.  Greek's ";" is its
# question mark, which _GREEK_QUESTION already takes as a sentence's end.
_CLAUSE_END = re.compile(r"[;؛](?=\s)|；")
# How far under the dropped-sentence floor a translation that lost a clause after ";" must be.
# A clause merged with a comma is as natural as two sentences merged, and the probe sets'
# correct merges of a clause run to just under the sentence floor (Chinese 0.26 for 0.28,
# "每天1錠，可增加至每天2錠。"; Korean 0.39 for 0.39), shorter lines varying more than the
# shipped passages the floor was measured on; three quarters of it is under all of them.
CLAUSE_SHARE_OF_FLOOR = 0.75

# What word_before reads back over: the definition (it tells these characters by str's methods).
_LETTER_OR_DOT = re.compile(r"[^\W\d_]|\.")

# What a translation copies from its source as it is: a run of ASCII letters,
# digits and URL characters ("IVIG", "2.5", "https://doi.org/10.1/x"); not
# brackets, so "(TEN)" and a Markdown link's "(https://...)" give the token.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&*+=%\-]*")


def sentence_count(text: str, language: Language | None = None) -> int:
    """How many sentences ``text`` has (:func:`sentences`); a text without a final mark is one."""
    return len(sentences(text, language))


def sentences(text: str, language: Language | None = None) -> list[str]:
    """``text``'s sentences, as a reader sees them.  A period ends none after a single letter
    ("J. Smith", "z. B.") or an abbreviation of the language ("Dr.", "e.g."), before a
    lower-case word ("p. ex. au repas"), in an ellipsis ("...", and "…" ends none), or after
    the number that opens a list's line ("1. Take it")."""
    text = text.strip()
    abbreviations = language.abbreviations if language else frozenset()
    marks = list(_SENTENCE_END.finditer(text))
    if language and language.script and language.script.code == "Grek":
        marks = sorted([*marks, *_GREEK_QUESTION.finditer(text)], key=lambda mark: mark.start())
    found, start = [], 0
    for mark in marks:
        if mark.group() == "." and _no_full_stop(text, mark.start(), abbreviations):
            continue
        end = mark.end()
        while end < len(text) and text[end] in _CLOSERS:  # the quote or bold it closes is its own
            end += 1
        found.append(text[start:end].strip())
        start = end
    if text[start:].strip(" " + _CLOSERS):
        found.append(text[start:].strip())
    elif found:  # only quotes or Markdown after the last mark: they close it
        found[-1] += text[start:]
    return found


def clauses(sentence_texts: list[str]) -> list[str]:
    """``sentence_texts`` cut further at their semicolons: "Use 2 puffs; rinse your mouth." is two."""
    return [part.strip() for sentence in sentence_texts for part in _CLAUSE_END.split(sentence) if part.strip()]


def _no_full_stop(text: str, at: int, abbreviations: frozenset[str]) -> bool:
    """Whether the period at ``at`` ends no sentence (:func:`sentences` says when)."""
    before = word_before(text, at)
    letter_alone = len(before) == 1 and (at < 2 or text[at - 2].isspace() or text[at - 2] in "([\"'“‘«")
    if letter_alone or before.lower() in abbreviations or text[at - 1 : at] == ".":
        return True
    after = _CONTINUES.match(text, at + 1)
    return bool(after and after.group(1).islower()) or _opens_a_list_line(text, at)


def _opens_a_list_line(text: str, at: int) -> bool:
    """Whether the period at ``at`` follows a number of up to 3 digits alone at a line's start."""
    start = at
    while start > at - 3 and start and text[start - 1].isdigit():
        start -= 1
    if start == at:
        return False
    while start and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


def word_before(text: str, end: int) -> str:
    r"""The word that ends at ``end`` (or before a line break there), as letters and dots from a
    letter: "Dr" in "Dr.", "e.g" in "e.g."; "" when none.  What ``([^\W\d_](?:[^\W\d_]|\.)*)$``
    finds in ``text[:end]``, read backwards from ``end`` instead of tried at every position before it."""
    if end and text[end - 1] == "\n":  # $ also matches before a final line break
        end -= 1
    start = end
    # _LETTER_OR_DOT's characters (re's [^\W\d_] is what str.isalnum() takes less Nd, str.isdecimal()),
    # told by str's methods rather than by a regex match per character.
    while start and ((char := text[start - 1]) == "." or (char.isalnum() and not char.isdecimal())):
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
    english = sentences(source, ctx.source_language)
    # Not counted where there cannot be fewer: as many as the English, for the comparison below.
    kept = sentences(translation, ctx.language) if _may_have_fewer_sentences(english, translation) else english
    if len(kept) < len(english):
        english, source = _stops_said_as_keep_taking_merged(ctx, english, source, translation)
    if len(kept) < len(english):
        written = written_ratio(source, translation)
        if judged_by_sentences(ctx):  # a language with no calibration: checks/sentence_loss.py
            loss = sentence_loss(ctx, english, kept, written)
        else:
            loss = _dropped_sentence(ctx, len(english), len(kept), written) or dropped_with_its_numbers(
                ctx, english, kept
            )
        if loss:
            yield loss
            if loss.is_error:
                return
    elif _CLAUSE_END.search(source) and (dropped := _dropped_clause(ctx, english, source, translation)):
        yield dropped  # it says why the translation is short: no second warning for its length
        return
    ratio = len(translation) / len(ctx.source.strip())
    low, high = ctx.language.length_ratio
    if ratio < low or ratio > high:
        kind = "short" if ratio < low else "long"
        message = f"the translation is suspiciously {kind} ({ratio:.0%} of the source length)"
        yield ctx.finding(CHECK, WARNING, message)


# The words of a "do not stop" sentence besides its negated stop ("taking it", "using this
# medicine") at most, for "keep taking" to say all of it.
_WORDS_AFTER_A_STOP = 4


def _stops_said_as_keep_taking_merged(
    ctx: EntryContext, english: list[str], source: str, translation: str
) -> tuple[list[str], str]:
    """``english`` and ``source`` without the sentences that only say not to stop ("Do not stop
    taking it."), where the translation tells the patient to keep taking the medicine (its
    ``keep_taking``: 계속 복용하세요, siga tomándolo, nehmen Sie es weiter ein, 繼續服用, استمر في
    تناوله): "Take one tablet every morning. Do not stop taking it." as `매일 아침 한 알씩 계속
    복용하세요.` merges the two sentences into one a word longer, no shorter than a translation of
    the first.  The rest is judged as before: a sentence dropped beside them is still missing."""
    stop, keep = ctx.source_language.pattern("negated_stop"), ctx.language.pattern("keep_taking")
    if stop is None or keep is None or not keep.search(translation):
        return english, source
    merged = [sentence for sentence in english if _only_says_not_to_stop(stop, sentence)][:1]
    if not merged:
        return english, source
    return [sentence for sentence in english if sentence not in merged], source.replace(merged[0], "", 1)


def _only_says_not_to_stop(stop: re.Pattern, sentence: str) -> bool:
    """Whether ``sentence`` says not to stop and little else ("Do not stop taking it.")."""
    match = stop.search(sentence)
    return match is not None and len(sentence[match.end() :].split()) <= _WORDS_AFTER_A_STOP


def _may_have_fewer_sentences(english: list[str], translation: str) -> bool:
    """Whether ``translation`` (stripped, not empty) may have fewer sentences than ``english``.
    Not when the English has one: the translation has a sentence too unless it is only quotes
    and Markdown ("**"), so its sentences need not be counted (most passages are one)."""
    return len(english) > 1 or (len(english) == 1 and not translation.strip(" " + _CLOSERS))


def _dropped_clause(ctx: EntryContext, english: list[str], source: str, translation: str) -> Finding | None:
    """A translation with as many sentences as the source but fewer clauses (a part after ";"
    gone, "Use 2 puffs in the morning and 2 at night; rinse your mouth afterwards." as
    "早晚各吸2下。"), and well under the dropped-sentence floor (CLAUSE_SHARE_OF_FLOOR): a
    warning naming the clause that seems to have no counterpart when the numbers or lengths
    tell it.  A warning, as a clause merged with a comma leaves no mark but the length."""
    floor = _sentence_floor(ctx)
    source_clauses = clauses(english)
    kept = clauses(sentences(translation, ctx.language))
    if floor is None or len(kept) >= len(source_clauses):
        return None
    written, clause_floor = written_ratio(source, translation), floor * CLAUSE_SHARE_OF_FLOOR
    if written >= clause_floor:
        return None
    which = the_part_left_out(source_clauses, kept, "clause")
    name = ctx.language.english_name or ctx.locale
    return ctx.finding(
        CHECK,
        WARNING,
        f"the source has {len(source_clauses)} clauses (its sentences and the parts after a ';'), the "
        f"translation {len(kept)}, and its own words are {written:.0%} as long as the source's (below "
        f"{clause_floor:.0%}, far shorter than {name} translations that merge them): a clause may be missing{which}",
    )


def _sentence_floor(ctx: EntryContext) -> float | None:
    """The written ratio under which a translation with fewer sentences has dropped one: the
    language's measured floor, LATIN_FLOOR for an uncalibrated Latin-script language, None for
    a script that writes no full stops (its sentences and clauses are not counted)."""
    language = ctx.language
    if language.script and language.script.code in UNMARKED_SCRIPTS:
        return None
    if not language.length_calibrated and language.script is None:
        return LATIN_FLOOR
    return language.dropped_sentence_ratio


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
