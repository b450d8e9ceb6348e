"""A sentence of the source left in English inside a translation in Latin letters
(:func:`copied_sentence`), and a sentence of English words it does not have
(:func:`english_sentence`, by the English word list).

[untranslated-text] rule 5.  "Do not stop the infusion by yourself. Bitte." is a
half-translated German passage: English and German are both written in Latin
letters, so no script tells the English apart, and the translation is not the
source either.  What does: the sentence is the source's own, word for word (in
any letter case, spacing or punctuation).  That is the core of the rule, and
why it makes no findings on correct translations: a translated sentence is
never a run of the English source's words.

Not counted: sentences of fewer than :data:`MIN_WORDS` words or without an
English function word, one of them one no other Latin-script language has (a
kept drug name, a term list: "tumor necrosis
factor"), names (every word capitalised: "American Academy of Dermatology"),
text in parentheses (a gloss, "(en inglés, lamotrigine)"), and, when copied
from the source, link texts, titles in italics and quotations (a cited study
title, "[Treatment of TEN with IVIG](https://doi.org/…)").  Glossary terms,
unit symbols, URLs and placeholders are blanked out before (untranslated_text's
readable text).  Pure functions of text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.markdown import parse_inline_as_written

MIN_WORDS = 3  # "Rest after it." left in English is English a patient reads
# A run of copied words inside a sentence: on the shipped Spanish catalogs no translation shares
# more than 4 words in a row with its source, none with 2 function words ("mg kg g kg").
MIN_RUN_WORDS = 5
MIN_RUN_FUNCTION_WORDS = 2
QUOTED_WORDS = 8  # how much of a long sentence a message quotes
# English function words that are also common words of other languages written in Latin
# letters (German an, in, was, will, also; French on, or, but; Spanish a, no, he; Portuguese do):
# no sign of English in a translation.
SHARED_FUNCTION_WORDS = frozenset("a am an as all also but do he her i in me no on or over see so was will".split())

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Where a sentence (or a clause a label introduces, "Hinweis: Do not …") ends.
_SENTENCE_END_RE = re.compile(r"[.!?;:。]+(?=\s|$)|\n")
_PARENTHESIS_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Not words: identifiers and command-line options (wait_for_job, --no-run-if-empty), kept as written.
_CODE_LIKE_RE = re.compile(r"\S*_\S*|(?<!\S)--?[A-Za-z][\w-]*")
_CITING_TOKENS = {"link_open": "link_close", "em_open": "em_close"}


@dataclass(frozen=True)
class CopiedSentence:
    quoted: str  # its first words, as the translation writes them
    words: int
    whole: bool  # a whole sentence (or clause), not a run of words inside one
    copied: bool = True  # the source's words; else English words the source does not have


def cited_texts(markdown: str) -> list[str]:
    """The link texts and italics of a message (a cited title, a study's name): what a
    translation may keep in English when the source has them so."""
    cited: list[str] = []
    for block in parse_inline_as_written(markdown):
        closing: str | None = None
        parts: list[str] = []
        for token in block.children or ():
            if closing is None:
                closing = _CITING_TOKENS.get(token.type)
                parts = []
            elif token.type == closing:
                cited.append("".join(parts))
                closing = None
            elif token.type in ("text", "text_special"):
                parts.append(token.content)
            elif token.type in ("softbreak", "hardbreak"):
                parts.append(" ")
    return cited


def words_key(text: str) -> str:
    """The words of ``text``, case-folded, one space apart: what "the same sentence" compares."""
    return " ".join(_WORD_RE.findall(text.casefold()))


def copied_sentence(
    translation: str,
    visible: str,
    source: str,
    cited: Iterable[str],
    source_cited: Iterable[str],
    function_words: frozenset[str],
    is_name: Callable[[list[str]], bool],
) -> CopiedSentence | None:
    """The first sentence of ``translation`` (its readable text) that is a run of ``source``'s
    words, or None.  ``visible`` is the text to quote from (the same positions when it has the
    same length); ``cited`` the translation's link texts and italics, ``source_cited`` the source's
    (and its quotations): a title the source cites may stay English without its markup."""
    source_words = _WORD_RE.findall(source)
    source_key = f" {' '.join(source_words).casefold()} "
    text = _blank_copied(translation, cited, source_key)
    text = _blank_brackets_and_code(text)
    shown = visible if len(visible) == len(text) else text
    titles = [f" {key} " for key in map(words_key, source_cited) if key]
    start = 0
    for end in [m.end() for m in _SENTENCE_END_RE.finditer(text)] + [len(text)]:
        piece_start, start = start, end
        words = list(_WORD_RE.finditer(text, piece_start, end))
        run = _copied_run(words, source_words, source_key, function_words, is_name, titles)
        if run is not None:
            first, last = run
            whole = first == 0 and last == len(words)
            quoted = shown[piece_start:end] if whole else shown[words[first].start() : words[last - 1].end()]
            return CopiedSentence(_first_words(quoted), last - first, whole)
    return None


def _copied_run(
    words: list[re.Match],
    source_words: list[str],
    source_key: str,
    function_words: frozenset[str],
    is_name: Callable[[list[str]], bool],
    titles: list[str],
) -> tuple[int, int] | None:
    """Which words of one sentence are English copied from the source: all of them (at least
    :data:`MIN_WORDS`), or the longest run of at least :data:`MIN_RUN_WORDS` ("Rufen Sie an, if you
    have a headache"); with enough English function words, not a name, not a title the source cites."""
    folded = [match.group().casefold() for match in words]
    best: tuple[int, int] | None = None
    for first in range(len(folded)):
        last = first
        while last < len(folded) and f" {' '.join(folded[first : last + 1])} " in source_key:
            last += 1
        if best is None or last - first > best[1] - best[0]:
            best = (first, last)
    if best is None:
        return None
    first, last = best
    length = last - first
    needed = (MIN_WORDS, 1) if length == len(folded) else (MIN_RUN_WORDS, MIN_RUN_FUNCTION_WORDS)
    run = folded[first:last]
    if length < needed[0] or sum(word in function_words for word in run) < needed[1]:
        return None
    if not any(word in function_words and word not in SHARED_FUNCTION_WORDS for word in run):
        return None  # "Si habla español, tiene a su disposición …" the English quotes: its "a" is Spanish
    key = f" {' '.join(run)} "
    if is_name(_as_in_source(run, source_words)) or any(key in title for title in titles):
        return None
    return best


def _as_in_source(folded: list[str], source_words: list[str]) -> list[str]:
    """The words as the source writes them: a name is one there ("American Academy of
    Dermatology"), whatever case the translation gives it ("THE LINE IS OPEN EVERY DAY")."""
    size = len(folded)
    for start in range(len(source_words) - size + 1):
        if [word.casefold() for word in source_words[start : start + size]] == folded:
            return source_words[start : start + size]
    return folded


def _blank_brackets_and_code(text: str) -> str:
    text = _PARENTHESIS_RE.sub(_spaces, text)
    return _CODE_LIKE_RE.sub(_spaces, text) if "_" in text or "-" in text else text


def _spaces(match: re.Match) -> str:
    return " " * len(match.group())


def _blank_copied(text: str, cited: Iterable[str], source_key: str) -> str:
    """``text`` with each cited text the source has too blanked out: a title kept as cited."""
    for quoted in cited:
        key = words_key(quoted)
        if key and f" {key} " in source_key:
            text = text.replace(quoted, " " * len(quoted))
    return text


def _first_words(sentence: str) -> str:
    words = sentence.split()
    return " ".join(words[:QUOTED_WORDS]) + (" …" if len(words) > QUOTED_WORDS else "")


MIN_ENGLISH_WORDS = 4
MIN_ENGLISH_FUNCTION_WORDS = 2


def english_sentence(
    translation: str,
    visible: str,
    cited: Iterable[str],
    vocabulary: frozenset[str],
    function_words: frozenset[str],
    is_name: Callable[[list[str]], bool],
) -> CopiedSentence | None:
    """The first sentence of ``translation`` (its readable text) written in English words the
    source need not have (pasted from elsewhere, or the English of an older source): at least
    :data:`MIN_ENGLISH_WORDS` words, every one an ordinary English word (``vocabulary``: the word
    list) but for one capitalised name or brand, two of them English function words no other
    Latin-script language uses.  Not a name; not in brackets, link texts, italics or quotations
    (``cited``: a title cited in English)."""
    english_only = function_words - SHARED_FUNCTION_WORDS
    text = translation
    for quoted in cited:
        text = text.replace(quoted, " " * len(quoted)) if quoted.strip() else text
    text = _blank_brackets_and_code(text)
    shown = visible if len(visible) == len(text) else text
    start = 0
    for end in [m.end() for m in _SENTENCE_END_RE.finditer(text)] + [len(text)]:
        piece_start, start = start, end
        words = _WORD_RE.findall(text, piece_start, end)
        if len(words) < MIN_ENGLISH_WORDS:
            continue
        unknown = [word for word in words if word.casefold() not in vocabulary]
        if len(unknown) > 1 or any(not word[0].isupper() for word in unknown):
            continue
        if sum(word.casefold() in english_only for word in words) < MIN_ENGLISH_FUNCTION_WORDS or is_name(words):
            continue
        return CopiedSentence(_first_words(shown[piece_start:end]), len(words), True, copied=False)
    return None
