"""[untranslated-text] A "translation" that is still the source language, or another one.

This is the failure of a real published page: Korean headings over English
paragraphs, because the paragraphs' msgstr held the English text.  The first
rule that applies gives the message's one finding:

1. The translation is identical to the source, or has the same words with
   only letter case or punctuation changed ("feeling tired").
2. (For languages not written in Latin: Korean, Arabic, Chinese, and any
   other whose script CLDR gives.)  The translation is
   mostly written in another script: less than half of its (weighted)
   letters are of the target script.  Letters are counted outside URLs,
   e-mail addresses, code spans, link targets, placeholders, do-not-translate
   terms and unit symbols; a Hangul syllable (and a Han or Kana character)
   counts as two letters (it carries about as much text as two or three
   Latin letters).  Letters of a third script (Han, Kana, Cyrillic ...)
   always count: "疲労感" for "Feeling tired" is Japanese, not Korean.  The
   script of a letter is Unicode's Script property, so every script counts
   (Greek, Telugu, Gujarati ...).
   Latin letters do not count when they are a name copied from the source
   (names, acronyms: a capitalised word not in the English dictionary,
   /usr/share/dict/american-english, or a run of capitalised words with one;
   not "Kidney Problems", all ordinary words), a
   gloss in parentheses after Korean text, the usual Korean way to give the
   English term: 독성 표피 괴사 용해(toxic epidermal necrolysis); a quotation
   copied from the source (a cited title); or words with no common English
   word among them (kept drug or product names).  A lone Greek letter
   (TNF-α, IL-1β) is a symbol, not another language.
3. (Every target language, Spanish too: "발열" in a Spanish catalog.)  Two
   or more letters in a row of a third script outside a gloss: "疲勞感을
   느낌" (a Hanja gloss after Hangul, 사전 동의(事前同意), is fine).
4. A run of ordinary source-language text: three or more Latin words, two or
   more of them function words (the, in, of, is, you, read ...), e.g. a
   Korean sentence followed by "Read more in the IVIG safety guide."  Not
   names (every word capitalised or a name particle: "Centers for Disease
   Control and Prevention"), glosses written straight after Korean text,
   quotations copied from the source, or a Title Case title copied from the
   source (*What to Do When You Have a Rash*).  Or two or more ordinary
   lower-case words of the source in a row ("매 식사 전과 at bedtime에"): not a
   name or an abbreviation (IVIG, SJS/TEN), a kept drug name, a unit or a
   gloss.  A Latin word alone between target text or a list's marks is a kept
   term for rule 2 (若您正在服用 warfarin、aspirin 或 clopidogrel).

5. (For languages written in Latin letters: German, Spanish, French ...,
   where no script tells English apart.)  A sentence of the source left as it
   is, or a run of five of its words inside a translated sentence
   (copied_sentences.py): "Do not stop the infusion by yourself. Bitte.";
   else a whole sentence of English words by the word list (English the source
   does not have: "Read more about this in your leaflet.").

A message may stay as it is when its source is only names, numbers,
addresses, references or do-not-translate terms ("IVIG", "10%",
"Dr. Mina Cho, PharmD", "Smith J, et al. N Engl J Med. 2020;382:1234").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.checks.copied_sentences import cited_texts, copied_sentence, english_sentence
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.scripts import (
    COMMON,
    INHERITED,
    LATIN,
    UNKNOWN,
    Script,
    block_class,
    char_class,
    letter_weight,
    script_name,
    script_of,
)
from pipeline.languages.symbols import UNIT_SYMBOLS
from pipeline.languages.words import missing_word_list, ordinary_words
from pipeline.literals import ASCII_FOLD, literal_pattern, lowered, may_hold
from pipeline.terminology import blank_terms

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
# What every match of _REFERENCE_RE holds, looked for first (most texts hold none): its words
# (case-insensitive, as literals.lowered finds them), or a "19" or "20" of a year, or the "(" of "139(1)".
_REFERENCE_WORDS = literal_pattern(("et al", "doi:", "pmid", "isbn"))


def _may_cite(text: str) -> bool:
    return "(" in text or "19" in text or "20" in text or may_hold(lowered(text), _REFERENCE_WORDS)


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GLOSS_RE = re.compile(r"[(（]([^()（）]*)[)）]")
_PER_UNIT_RE = re.compile(r"/\s?[A-Za-z]+")
_LETTER_UNIT_SYMBOLS = sorted((symbol for symbol in UNIT_SYMBOLS if symbol.isalpha()), key=len, reverse=True)
# What re.IGNORECASE matches an ASCII letter with: the letter, or one of its odd cases (İ, ı, ſ, K).
_MAY_BE_LATIN_RE = re.compile(f"[A-Za-z{''.join(map(chr, ASCII_FOLD))}]")
_UNIT_SYMBOL_RE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, _LETTER_UNIT_SYMBOLS)) + r")(?![A-Za-z])", re.IGNORECASE
)


# Weblate's flag for a translation that is the source on purpose ("Allergies" in French, "Dose"
# in German): written by its "Mark as same" button, or by hand as ``#, ignore-same``.
SAME_ON_PURPOSE = "ignore-same"
MAX_SAME_WORDS = 3


def check_untranslated_text(ctx: EntryContext) -> Iterator[Finding]:
    if _only_target_letters(ctx):
        return
    if ctx.language.script is not None:
        # Rules 1 to 4 first: most translations pass them, and whether the source may stay as it is
        # (its own reading, the dearer half of this check) is asked only of one that does not.
        message = _same_as_source(ctx) or _untranslated(ctx)
        if message and not _may_stay_as_is(ctx):
            yield ctx.finding(CHECK, ERROR, message)
        return
    if _may_stay_as_is(ctx):
        return
    same = _same_as_source(ctx)
    # A word the language spells as English does. Not silenced, as Weblate does: a reviewer
    # still reads it. Only in Latin letters (a Korean page of English is no Korean page), and
    # only a few words: no passage of a leaflet reads the same in two languages.
    if same and ctx.language.script is None:
        few = len(_WORD_RE.findall(ctx.source)) <= MAX_SAME_WORDS
        if SAME_ON_PURPOSE not in ctx.flags:
            if few:  # how to say so, where the translator reads the error
                same += (
                    f"; if {ctx.language.english_name or ctx.locale} spells it so, flag the entry #, {SAME_ON_PURPOSE}"
                )
        elif few:
            yield ctx.finding(
                CHECK, WARNING, f"{same}, as its {SAME_ON_PURPOSE} flag says it may be; a reviewer confirms it"
            )
            return
        else:
            same += f" (its {SAME_ON_PURPOSE} flag is for a heading or a word of up to {MAX_SAME_WORDS} words, not a passage)"
    message = same or _untranslated(ctx)
    if message:
        yield ctx.finding(CHECK, ERROR, message)
    elif ctx.language.script is None:
        yield from _english_sentence_left_in(ctx)


def _english_sentence_left_in(ctx: EntryContext) -> Iterator[Finding]:
    """Rule 5: a sentence of the source left as it is in a Latin-script translation (copied_sentences.py)."""
    language = ctx.source_language
    readable, cited = _readable_text(ctx, ctx.normalised_translation), cited_texts(ctx.translation)

    def is_name(words: list[str]) -> bool:
        return _is_name(words, language)

    copied = copied_sentence(
        _drop_quotations(readable, ctx.source),
        ctx.translation_view.prose,
        _readable_text(ctx, ctx.normalised_source),
        cited,
        [*cited_texts(ctx.source), *_quotations(ctx.source)],
        language.function_words,
        is_name,
    )
    if copied is None:
        copied = english_sentence(
            readable,
            ctx.translation_view.prose,
            [*cited, *_quotations(ctx.translation)],
            _vocabulary(language),
            language.function_words,
            is_name,
        )
    if copied is None:
        return
    name = language.english_name or "source"
    message = (
        f"the translation has {'a sentence' if copied.whole else 'words'} of the {name} text left untranslated: "
        f'"{copied.quoted}"'
        if copied.copied
        else f'the translation has a sentence in {name} in it: "{copied.quoted}"'
    )
    if SAME_ON_PURPOSE not in ctx.flags:
        yield ctx.finding(CHECK, ERROR, f"{message}; translate it")
    elif copied.words <= MAX_SAME_WORDS:
        yield ctx.finding(
            CHECK, WARNING, f"{message}, as its {SAME_ON_PURPOSE} flag says it may be; a reviewer confirms it"
        )
    else:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"{message} (its {SAME_ON_PURPOSE} flag is for a heading or a word of up to {MAX_SAME_WORDS} words, "
            "not a sentence)",
        )


def _same_as_source(ctx: EntryContext) -> str | None:
    """Rule 1: the translation is the source, or its words with only case or punctuation changed."""
    language = ctx.source_language.english_name or "source"
    if " ".join(ctx.translation.split()) == " ".join(ctx.source.split()):
        return f"the translation is the {language} text unchanged"
    script = ctx.language.script
    # A letter of the target's script first: most translations have one near their start, and then
    # neither text need be split into words.
    if not (script and any(char in script for char in ctx.translation)) and _WORD_RE.findall(
        ctx.translation.casefold()
    ) == _WORD_RE.findall(ctx.source.casefold()):
        return f"the translation is the {language} text with only its letter case or punctuation changed"
    return None


def _untranslated(ctx: EntryContext) -> str | None:
    """What is wrong, or None: at most one finding per message (the first rule that applies).
    Rules 2 to 4 (rule 1 is :func:`_same_as_source`)."""
    language = ctx.source_language.english_name or "source"
    target = ctx.language.english_name or ctx.locale
    script = ctx.language.script
    text = _readable_text(ctx, ctx.normalised_translation)
    if script is None:
        # Latin-script targets: English is Latin too, so only the identical-text
        # rules and a third script ("발열" in a Spanish catalog) apply.
        foreign_text = _other_script_text(text, LATIN)
        return (
            f"the translation contains {foreign_text[0]} text ({foreign_text[1]}), not {target}"
            if foreign_text
            else None
        )
    if not text.translate(_other_letters(script.code)):
        return None  # every letter is the target's (most translations): rules 2 to 4 have nothing to count
    weights = _letter_weights(ctx, text)
    if weights.foreign >= MIN_FOREIGN_LETTERS:
        share = weights.target / (weights.target + weights.foreign)
        if share < MIN_SHARE:
            others = f" (the others are {', '.join(weights.other_scripts)})" if weights.other_scripts else ""
            return (
                f"the translation is mostly not in {target}: only {share:.0%} of its letters are {script.name}{others}"
            )
    foreign_text = _other_script_text(text, script)
    if foreign_text:
        name, written = foreign_text
        return f"the translation contains {name} text ({written}), not {target}"
    run = _source_language_run(ctx, text) or _copied_words(ctx, text)
    if run:
        return f'the translation contains {language} text: "{run}"'
    return None


def _only_target_letters(ctx: EntryContext) -> bool:
    """Whether the translation, not the source itself, has no letter but its language's script's
    (most translations into Korean, Arabic, Chinese): no rule can apply, and the source need not be
    read. Rule 1 needs it to be the source; rule 2 the source's words (Latin), or no letter of the
    target's; rules 2 to 4 letters of another script."""
    script = ctx.language.script
    if script is None or " ".join(ctx.translation.split()) == " ".join(ctx.source.split()):
        return False
    return _letter_not_of(script.scripts).search(ctx.translation) is None


@lru_cache(maxsize=16)
def _letter_not_of(scripts: tuple[str, ...]) -> re.Pattern:
    """What may be a letter of another script: a word character that is not a digit, an underscore
    or one of ``scripts``' characters (every letter is a word character to ``re``); or what the
    rules read as letters: a CJK Compatibility symbol, normalised (㎎ as mg, ㌀ in Katakana), and
    an ``&``, which may start a character reference (&#65; is an A on the page)."""
    letters = "".join(char_class(code) for code in scripts)
    return re.compile(rf"[^\W\d_{letters}]|[{block_class('CJK Compatibility')}&]")


def _readable_text(ctx: EntryContext, normalised: str) -> str:
    """The visible text (``normalised``: the entry's normalised_source or normalised_translation),
    without what is never translated (terms, unit symbols, "g/kg/day").

    What is taken out is replaced by spaces, so positions stay those of the
    visible text (quoted back in messages).
    """
    text = patterns.blank_out(normalised, placeholders=ctx.is_template)
    text = blank_terms(text, ctx.glossary)
    if _MAY_BE_LATIN_RE.search(text):  # every unit symbol has a Latin letter
        text = _UNIT_SYMBOL_RE.sub(_spaces, text)
    return _PER_UNIT_RE.sub(_spaces, text) if "/" in text else text  # the "/day" of a kept unit


def _spaces(match: re.Match) -> str:
    return " " * len(match.group())


def _may_stay_as_is(ctx: EntryContext) -> bool:
    """Whether the source is only names, numbers, addresses, references or kept terms."""
    text = _readable_text(ctx, ctx.normalised_source)
    words = _WORD_RE.findall(text)
    if not words:
        return True
    prose = ctx.source_view.prose
    # Not in link targets: doi.org links are everywhere.
    if _may_cite(prose) and _REFERENCE_RE.search(prose):
        return True
    return _is_name(words, ctx.source_language)


def _is_name(words: list[str], language: Language) -> bool:
    """ "Dr. Mina Cho, PharmD" or "American Academy of Dermatology", not
    "Side Effects" or "Kidney Problems".

    Every word is capitalised (or a small word that names contain), and at
    least one is not an ordinary word of the language's dictionary (a proper
    noun: American, Cho, PharmD): a title-case heading is made of ordinary
    words only.  A single word is a name only if it is written like an
    acronym or a brand (IgG, PharmD): "Headache" alone is a table cell to
    translate.  A brand that must stay as is belongs in the do-not-translate
    glossary.
    """
    if len(words) == 1:
        return sum(char.isupper() for char in words[0]) >= 2
    if not all(word[0].isupper() or word.lower() in language.name_particles for word in words):
        return False
    vocabulary = _vocabulary(language)
    return any(_is_proper(word, vocabulary) for word in words)


def _is_proper(word: str, vocabulary: frozenset[str]) -> bool:
    """A capitalised word that is not an ordinary word (Johnson, PharmD, IVIG)."""
    return word[0].isupper() and (word.lower() not in vocabulary or sum(map(str.isupper, word)) >= 2)


@dataclass
class _Weights:
    target: float = 0.0
    foreign: float = 0.0
    other_scripts: tuple[str, ...] = ()  # scripts other than the target's and Latin, by name


def _letter_weights(ctx: EntryContext, text: str) -> _Weights:
    """Weighted target-script letters and other letters of the translation's readable text.

    Letters of a third script (Han, Kana, Cyrillic ...) always count against the
    target: Korean patient text does not use them (a Hanja gloss in
    parentheses after Hangul is dropped with the other glosses).  Latin letters
    count unless they are a name copied from the source, a gloss, a quotation
    copied from the source, or words with no common English word among them
    (a kept drug name).
    """
    script = ctx.language.script
    assert script is not None, "called only for a target language with its own script"
    text = _drop_quotations(text, ctx.source)
    text = _drop_glosses(text, script)
    text = _LATIN_PHRASE_RE.sub(_lone_word_blanked, text)
    vocabulary = _vocabulary(ctx.source_language)
    copied_names = _names_in(ctx.source, ctx.source_language, vocabulary)
    weights = _Weights()
    latin: list[str] = []
    others: dict[str, None] = {}
    for word in _WORD_RE.findall(text):
        for run in _script_runs(word, script):
            kind = _letter_script(run, script)
            if kind == script.code:
                weights.target += len(run) * script.weight
            elif kind == "Latn":
                if run not in copied_names:
                    latin.append(run)
            elif kind is not None:
                weights.foreign += len(run) * letter_weight(kind)
                others[script_name(kind)] = None
    # Untranslated prose always has some of the source language's small words
    # (a, the, of, is, with ...); Latin words without any of them are terms or
    # names a translator kept ("mycophenolate mofetil을 복용하세요").
    if any(run.lower() in vocabulary for run in latin):
        weights.foreign += sum(len(run) for run in latin)
    weights.other_scripts = tuple(others)
    return weights


# Latin words with nothing but spaces or hyphens between them: a phrase, not terms listed one by one.
_LATIN_PHRASE_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:[ \t\-]+[A-Za-z]+(?:['’][A-Za-z]+)*)*")
_PHRASE_JOINT_RE = re.compile(r"[ \t\-]")


def _lone_word_blanked(match: re.Match) -> str:
    """A Latin word with target-script text or a list's marks either side is a kept term, not prose:
    若您正在服用 warfarin、aspirin 或 clopidogrel keeps three drug names, one of them ("aspirin") an
    English dictionary word.  A phrase of two words or more stays to be counted."""
    phrase = match.group()
    return phrase if _PHRASE_JOINT_RE.search(phrase) else " " * len(phrase)


def _names_in(source: str, language: Language, vocabulary: frozenset[str]) -> set[str]:
    """Capitalised words of the source that are names or acronyms: not ordinary
    words capitalised because they start a sentence ("Read more ..."), unless
    they are part of a run of capitalised words ("Centers for Disease Control")."""
    names = {word for word in _WORD_RE.findall(source) if _is_proper(word, vocabulary)}
    for match in _capitalised_run_re(language).finditer(source):
        words = _WORD_RE.findall(match.group())
        if any(_is_proper(word, vocabulary) for word in words):  # "Centers for Disease Control" is not a name
            names.update(word for word in words if word[0].isupper())
    return names


@lru_cache(maxsize=16)
def _capitalised_run_re(language: Language) -> re.Pattern:
    """Two or more capitalised words, with the language's name particles between them."""
    particles = "|".join(re.escape(word) for word in sorted(language.name_particles, key=len, reverse=True))
    joiner = rf"\s+(?:(?:{particles})\s+)*" if particles else r"\s+"
    capitalised = r"[^\W\d_a-z][^\W\d_]*"
    return re.compile(rf"{capitalised}(?:{joiner}{capitalised})+")


def _vocabulary(language: Language) -> frozenset[str]:
    """The language's ordinary words: its dictionary, and the small lists that
    stand in for it where the word list is not installed (see :func:`degraded`)."""
    return _vocabulary_of(language, ordinary_words(language.word_list))


@lru_cache(maxsize=16)
def _vocabulary_of(language: Language, dictionary: frozenset[str]) -> frozenset[str]:
    return dictionary | language.common_words | language.name_particles | language.function_words


def degraded(source_language: Language) -> str | None:
    """Why this check is weaker than it should be on this machine (the source
    language's word list is not installed), or None."""
    missing = missing_word_list(source_language)
    return f"{missing.what}: {missing.consequence}; {missing.remedy}" if missing else None


@lru_cache(maxsize=4096)
def _script_of_letter(char: str) -> str | None:
    """The Unicode script of a letter ("Hang", "Latn", "Telu"), or None for what
    belongs to every script (digits, punctuation, symbols, the micro sign) and
    for combining marks (they belong to the letter before them)."""
    if not char.isalpha():
        return None
    code = script_of(char)
    return None if code in (COMMON, INHERITED, UNKNOWN) else code


def _run_script(char: str, script) -> str | None:
    return _letter_in(char, script.code)


@lru_cache(maxsize=65536)  # asked of every letter of every message (a script's code hashes faster than it)
def _letter_in(char: str, code: str) -> str | None:
    return code if char in Script(code) else _script_of_letter(char)


class _OtherLetters(dict):
    """A ``str.translate`` table that deletes every character but a letter of another script than
    ``code``'s (:func:`_letter_in`): what is left of a text is its letters of other scripts. Each
    character is looked up once per script, the first time it is seen; the translation is read in C,
    not a character at a time in Python (most translations: every letter is the target's)."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def __missing__(self, ordinal: int) -> int | None:
        kept = ordinal if _letter_in(chr(ordinal), self.code) not in (None, self.code) else None
        self[ordinal] = kept
        return kept


@lru_cache(maxsize=16)
def _other_letters(code: str) -> _OtherLetters:
    return _OtherLetters(code)


def _letter_script(run: str, script) -> str | None:
    """The script of a run of letters of one script; a lone Greek letter in a
    term (TNF-α, IL-1β) is a symbol, not Greek text."""
    code = _run_script(run[0], script)
    if code == "Grek" and len(run) == 1:
        return None
    return code


def _other_script_text(text: str, script) -> tuple[str, str] | None:
    """Two or more letters in a row of a third script (疲勞感), outside glosses after target text."""
    text = _drop_glosses(text, script)
    for match in re.finditer(r"[^\W\d_]{2,}", text):
        kinds = [_run_script(char, script) for char in match.group()]
        for kind in dict.fromkeys(kinds):
            if kind not in (None, "Latn", script.code):
                letters = "".join(c for c, k in zip(match.group(), kinds, strict=True) if k == kind)
                if len(letters) >= 2:
                    return script_name(kind), letters
    return None


# A run of source-language words: Latin words with nothing but white space,
# digits and light punctuation between them.
_RUN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:[\s\d,:/'’\-]+[A-Za-z]+(?:['’][A-Za-z]+)*)*")
MIN_RUN_WORDS = 3
MIN_RUN_FUNCTION_WORDS = 2


def _source_language_run(ctx: EntryContext, text: str) -> str | None:
    """A run of ordinary source-language text: 3+ words, 2+ of them function words.

    "Read more in the safety guide" left in a Korean sentence (a Korean
    sentence glued to an English one, or a link text translated alone inside
    an English sentence).  Not terms (no function words: "tumor necrosis
    factor"), names ("Centers for Disease Control and Prevention": every word
    capitalised or a name particle), glosses attached to target text, or
    quotations copied from the source.
    """
    source_language = ctx.source_language
    if not source_language.function_words:
        return None
    script = ctx.language.script
    text = _drop_quotations(text, ctx.source)
    text = _drop_attached_glosses(text, script)
    for match in _RUN_RE.finditer(text):
        words = re.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)*", match.group())
        if len(words) < MIN_RUN_WORDS:
            continue
        function = [word for word in words if word.lower() in source_language.function_words]
        if len(function) < MIN_RUN_FUNCTION_WORDS:
            continue
        if all(word[0].isupper() or word.lower() in source_language.name_particles for word in words):
            continue  # a name
        written = " ".join(match.group().split())
        if _is_title_case(words, source_language) and written in " ".join(ctx.source_view.prose.split()):
            continue  # a title cited as the source cites it: *What to Do When You Have a Rash*
        visible = ctx.translation_view.prose
        if len(visible) == len(text):  # positions are those of the visible text: quote it as written
            written = " ".join(visible[match.start() : match.end()].split())
        return written
    return None


def _copied_words(ctx: EntryContext, text: str) -> str | None:
    """Rule 4, two words: two or more ordinary lower-case words of the source in a row, copied into
    the translation ("매 식사 전과 at bedtime에", 在 each meal 前).  Not a name or an abbreviation
    (capitalised: IVIG, SJS/TEN), a kept drug name (no dictionary word: "mycophenolate mofetil"), a
    unit (blanked), a gloss in parentheses or a quotation copied from the source."""
    vocabulary = _vocabulary(ctx.source_language)
    text = _drop_glosses(_drop_quotations(text, ctx.source), ctx.language.script)
    source_words: str | None = None
    for phrase in _LATIN_PHRASE_RE.finditer(text):
        ordinary: list[str] = []
        for word in [*re.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)*", phrase.group()), ""]:
            if word.islower() and word in vocabulary:
                ordinary.append(word)
                continue
            if len(ordinary) >= 2:
                if source_words is None:
                    source_words = f" {' '.join(_WORD_RE.findall(ctx.source_view.prose.lower()))} "
                if f" {' '.join(ordinary)} " in source_words:
                    return " ".join(ordinary)
            ordinary = []
    return None


def _is_title_case(words: list[str], language: Language) -> bool:
    small = language.function_words | language.name_particles
    return words[0][0].isupper() and all(word[0].isupper() or word.lower() in small for word in words)


def _drop_attached_glosses(text: str, script) -> str:
    """ "면역글로불린(intravenous immunoglobulin)": a parenthesis written straight after a target-script letter."""
    return re.sub(
        r"(?<=.)[(（][^()（）]*[)）]",
        lambda m: " " * len(m.group()) if m.start() and text[m.start() - 1] in script else m.group(),
        text,
    )


# German „…“ and French « … » quote as English "…" does.
_QUOTED_RE = re.compile(
    r'"([^"]+)"|“([^”]+)”|\'([^\']+)\'|‘([^’]+)’|「([^」]+)」|『([^』]+)』|„([^“”]+)[“”]|«\s?([^»]+?)\s?»'
)


def _quotations(text: str) -> list[str]:
    return [next(group for group in match.groups() if group is not None) for match in _QUOTED_RE.finditer(text)]


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
    """Split "IVIG는" into "IVIG" and "는": runs of letters of one script each."""
    kinds = [_run_script(char, script) for char in word]
    start = 0
    for index in range(1, len(word) + 1):
        if index == len(word) or kinds[index] != kinds[start]:
            yield word[start:index]
            start = index
