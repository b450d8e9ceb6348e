"""[untranslated-text] A "translation" that is still the source language.

This is the failure of a real published page: Korean headings over English
paragraphs, because the paragraphs' msgstr held the English text.  Two rules:

1. The translation is identical to the source.
2. (For languages with script data: Korean, Arabic.)  The translation is
   mostly written in another script.  Letters are counted outside URLs,
   e-mail addresses, code spans, link targets, placeholders, do-not-translate
   terms and unit symbols; a Hangul syllable counts as two letters (it
   carries about as much text as two or three Latin letters); capitalised
   words copied from the source (names, acronyms) are not counted; nor is a
   Latin gloss in parentheses after Korean text, the usual Korean way to give
   the English term: 독성 표피 괴사 용해(toxic epidermal necrolysis); nor a
   quotation copied from the source (a cited title); nor Latin words at all
   when none of them is a common English word (kept drug or product names).

A message may stay as it is when its source is only names, numbers,
addresses, references or do-not-translate terms ("IVIG", "10%",
"Dr. Mina Cho, PharmD", "Smith J, et al. N Engl J Med. 2020;382:1234").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.checks.glossary import blank_terms
from pipeline.checks.inline import InlineView
from pipeline.checks.languages import UNIT_SYMBOLS, Language
from pipeline.checks.numbers import normalise
from pipeline.findings import ERROR, Finding

CHECK = "untranslated-text"
# Below this (weighted) share of target-script letters the text is "mostly not
# translated".  Measured: correct Korean translations in our catalogs score 0.8
# and above once glosses and copied names are set aside; a Korean heading
# glued to an English sentence scores about 0.2 to 0.4.  With Hangul weighted
# 2, 0.5 is about a third of the raw letters.
MIN_SHARE = 0.5
MIN_FOREIGN_LETTERS = 4  # "mg", "IV" or "vs" alone prove nothing

# Citations (Vancouver "2019;180:1234", APA "(2003). ... 139(1), 26", DOIs)
# stay in their original language in translated leaflets.
_REFERENCE_RE = re.compile(
    r"\bet al\b|\bdoi:|\bPMID\b|\bISBN\b|\b(?:19|20)\d{2}\s*[;:]\s*\d"
    r"|\((?:19|20)\d{2}[a-z]?\)|\b\d+\(\d+\)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GLOSS_RE = re.compile(r"[(（]([^()（）]*)[)）]")
_LETTER_UNIT_SYMBOLS = sorted((symbol for symbol in UNIT_SYMBOLS if symbol.isalpha()), key=len, reverse=True)
_UNIT_SYMBOL_RE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, _LETTER_UNIT_SYMBOLS)) + r")(?![A-Za-z])", re.IGNORECASE
)


def check_untranslated_text(ctx: EntryContext) -> Iterator[Finding]:
    if _may_stay_as_is(ctx):
        return
    if " ".join(ctx.translation.split()) == " ".join(ctx.source.split()):
        language = ctx.source_language.english_name or "source"
        yield ctx.finding(CHECK, ERROR, f"the translation is the {language} text unchanged")
        return
    script = ctx.language.script
    if script is None:
        return  # Latin-script targets: only the identical-text rule applies
    target, foreign = _letter_weights(ctx)
    if foreign < MIN_FOREIGN_LETTERS:
        return
    share = target / (target + foreign)
    if share < MIN_SHARE:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the translation is mostly not in {ctx.language.english_name or ctx.locale}: "
            f"only {share:.0%} of its letters are {script.name}",
        )


def _readable_text(ctx: EntryContext, view: InlineView) -> str:
    """The visible text, without what is never translated (terms, unit symbols, "g/kg/day")."""
    text = patterns.blank_out(normalise(view.prose), placeholders=ctx.is_template)
    text = blank_terms(text, ctx.glossary)
    text = _UNIT_SYMBOL_RE.sub(" ", text)
    return re.sub(r"/\s?[A-Za-z]+", " ", text)  # the "/day" of a kept unit


def _may_stay_as_is(ctx: EntryContext) -> bool:
    """Whether the source is only names, numbers, addresses, references or kept terms."""
    text = _readable_text(ctx, ctx.source_view)
    words = _WORD_RE.findall(text)
    if not words:
        return True
    if _REFERENCE_RE.search(ctx.source_view.prose):  # not in link targets: doi.org links are everywhere
        return True
    return _is_name(words, ctx.source_language)


def _is_name(words: list[str], language: Language) -> bool:
    """"Dr. Mina Cho, PharmD" or "American Academy of Dermatology", not "Side Effects".

    Every word is capitalised (or a small word that names contain), and none
    is a common word of the language, which title-case headings are made of.
    A single word is a name only if it is written like an acronym or a brand
    (IgG, PharmD): "Headache" alone is a table cell to translate.  A brand
    that must stay as is belongs in the do-not-translate glossary.
    """
    if len(words) == 1:
        return sum(char.isupper() for char in words[0]) >= 2
    for word in words:
        lower = word.lower()
        if lower in language.common_words:
            return False
        if not word[0].isupper() and lower not in language.name_particles:
            return False
    return True


def _letter_weights(ctx: EntryContext) -> tuple[float, float]:
    """(weighted target-script letters, other letters) of the translation's prose."""
    script = ctx.language.script
    text = _readable_text(ctx, ctx.translation_view)
    text = _drop_quotations(text, ctx.source)
    text = _drop_glosses(text, script)
    copied_names = {word for word in _WORD_RE.findall(ctx.source) if word[0].isupper()}
    target = 0.0
    foreign: list[str] = []
    for word in _WORD_RE.findall(text):
        for run in _script_runs(word, script):
            if run[0] in script:
                target += len(run) * script.weight
            elif run not in copied_names:
                foreign.append(run)
    # Untranslated prose always has some of the source language's small words
    # (a, the, of, is, with ...); Latin words without any of them are terms or
    # names a translator kept ("mycophenolate mofetil을 복용하세요").
    vocabulary = ctx.source_language.common_words | ctx.source_language.name_particles
    if not any(run.lower() in vocabulary for run in foreign):
        return target, 0.0
    return target, float(sum(len(run) for run in foreign))


_QUOTED_RE = re.compile(r'"([^"]+)"|“([^”]+)”|\'([^\']+)\'|‘([^’]+)’|「([^」]+)」|『([^』]+)』')


def _drop_quotations(text: str, source: str) -> str:
    """A quotation copied verbatim from the source (a cited title) is not untranslated text."""

    def keep_or_drop(match: re.Match) -> str:
        quoted = next(group for group in match.groups() if group is not None)
        return " " * len(match.group()) if quoted.strip() and quoted in source else match.group()

    return _QUOTED_RE.sub(keep_or_drop, text)


def _drop_glosses(text: str, script) -> str:
    outside = _GLOSS_RE.sub(" ", text)
    if not any(char in script for char in outside):
        return text  # no target-script text for a parenthesis to be a gloss of
    return _GLOSS_RE.sub(lambda m: m.group() if any(c in script for c in m.group(1)) else " ", text)


def _script_runs(word: str, script) -> Iterator[str]:
    """Split "IVIG는" into "IVIG" and "는": letters of the target script and the others."""
    start = 0
    for index in range(1, len(word) + 1):
        if index == len(word) or (word[index] in script) != (word[start] in script):
            yield word[start:index]
            start = index
