"""How hard an English leaflet is to read: Flesch-Kincaid grade and SMOG.

Pure functions of a :class:`~pipeline.model.Leaflet`: the status page, the
``readability`` command and ``check`` all call :func:`measure_leaflet`.

What is measured is what a patient reads as running text: the summary and
every paragraph, list item and block quote.  The title, headings and table
cells are labels, not sentences, and would make a leaflet look easier than it
is; references are not part of the text.  Markup is removed (a link reads as
its words) and a region placeholder reads as its value (``{emergency}`` as
911).

textstat counts the words, syllables and words of three or more syllables of
each sentence (syllables from the CMU Pronouncing Dictionary, see
dictionary.py).  Sentences are found here rather than by textstat, which
ends a sentence at every full stop: "1.9 in every 1 million", "Dr. Cho" and
"U.S." would each count as extra sentences and lower the grade.  A list item
or quote without closing punctuation counts as one sentence.  The grades are
the published formulas over those counts:

- Flesch-Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
- SMOG = 1.043 × √(polysyllables × 30/sentences) + 3.1291, given only for
  3 sentences or more (SMOG was made for samples of 30 sentences; with fewer
  than 3 it says little).

The grade scale starts at 0 (kindergarten), but the formula goes below it for
the simplest text (short sentences of one-syllable words: "Ask us." is −3.0),
where a negative grade means nothing more than "as easy as it gets".  Such a
grade is given as :data:`LOWEST_GRADE`, and said to be (``below_lowest_grade``),
by every report: ``readability`` (text and JSON), ``check`` and Python alike.

A leaflet or section is "too hard" above Flesch-Kincaid grade 8 (see
:attr:`Counts.too_hard`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from pipeline.markdown import inline_plain_text
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Leaflet, Unit
from pipeline.readability import dictionary, syllables
from pipeline.regions import PLACEHOLDER_RE

# US school grade above which a patient leaflet is too hard (health-literacy
# guidance asks for grade 6 to 8).
GRADE_LIMIT = 8.0
HARDEST = 10
LOWEST_GRADE = 0.0  # kindergarten: the lowest grade reported (see above)
MIN_SENTENCES = 3  # for SMOG, and for a grade to be held to the limit
SUMMARY_SECTION = "Summary"
_PROSE = (PARAGRAPH, LIST_ITEM, QUOTE)

# Words ending in a full stop that do not end a sentence.
_ABBREVIATIONS = frozenset("dr mr mrs ms prof st vs etc e.g i.e u.s u.k no approx fig al jr sr inc ltd".split())
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")
_NEXT_CHARACTER = re.compile(r"\s*(\S)")  # the first after white space (\s is what str.isspace says)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum says (\w is it, and the underscore)


@dataclass(frozen=True)
class Counts:
    sentences: int = 0
    words: int = 0
    syllables: int = 0
    polysyllables: int = 0  # words of three syllables or more

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
            self.polysyllables + other.polysyllables,
        )

    @property
    def formula_grade(self) -> float | None:
        """The Flesch-Kincaid formula as published, below 0 for the simplest text; None without words."""
        if not self.sentences or not self.words:
            return None
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def grade(self) -> float | None:
        """Flesch-Kincaid grade level, never below :data:`LOWEST_GRADE`; None without words."""
        formula = self.formula_grade
        return None if formula is None else max(formula, LOWEST_GRADE)

    @property
    def below_lowest_grade(self) -> bool:
        """The formula gives less than :data:`LOWEST_GRADE`, which :attr:`grade` says instead."""
        formula = self.formula_grade
        return formula is not None and formula < LOWEST_GRADE

    @property
    def smog(self) -> float | None:
        """SMOG grade; None for fewer than 3 sentences."""
        if self.sentences < MIN_SENTENCES:
            return None
        return 1.043 * math.sqrt(self.polysyllables * 30 / self.sentences) + 3.1291

    @property
    def too_hard(self) -> bool:
        """Above grade 8 by Flesch-Kincaid, over at least 3 sentences (fewer say little).

        SMOG is reported beside it, not held to 8: it predicts full rather
        than partial understanding and reads 2 to 3 grades above
        Flesch-Kincaid on the same text, more so where a leaflet must name
        its condition (immunoglobulin, necrolysis).
        """
        return self.grade is not None and self.grade > GRADE_LIMIT and self.sentences >= MIN_SENTENCES

    def to_dict(self) -> dict:
        return {
            "flesch_kincaid_grade": _round(self.grade),
            "below_lowest_grade": self.below_lowest_grade,
            "smog": _round(self.smog),
            "sentences": self.sentences,
            "words": self.words,
            "syllables": self.syllables,
            "polysyllables": self.polysyllables,
        }


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # the source line of the unit it is in
    section: str
    counts: Counts

    @property
    def grade(self) -> float:
        return self.counts.grade or 0.0

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "section": self.section,
            "flesch_kincaid_grade": _round(self.grade),
            "below_lowest_grade": self.counts.below_lowest_grade,
            "words": self.counts.words,
            "text": self.text,
        }


@dataclass(frozen=True)
class Section:
    title: str
    line: int  # of its heading (of the summary for the first)
    counts: Counts

    def to_dict(self) -> dict:
        return {"title": self.title, "line": self.line, **self.counts.to_dict(), "too_hard": self.counts.too_hard}


@dataclass(frozen=True)
class LeafletReadability:
    id: str
    path: str
    line: int  # of the title, where a finding about the whole leaflet points
    counts: Counts
    sections: tuple[Section, ...]
    hardest: tuple[Sentence, ...]  # at most HARDEST, hardest first

    @property
    def grade(self) -> float | None:
        return self.counts.grade

    @property
    def smog(self) -> float | None:
        return self.counts.smog

    @property
    def too_hard(self) -> bool:
        return self.counts.too_hard

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "file": self.path,
            "grade_limit": GRADE_LIMIT,
            "lowest_grade": LOWEST_GRADE,
            **self.counts.to_dict(),
            "too_hard": self.too_hard,
            "sections": [section.to_dict() for section in self.sections],
            "hardest_sentences": [sentence.to_dict() for sentence in self.hardest],
        }


def split_sentences(text: str) -> list[str]:
    """``text`` (plain, one unit) cut into sentences; text without closing punctuation is one."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            before = text[start : match.start()].rsplit(None, 1)
            last_word = before[-1].lower().rstrip(".") if before else ""
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and "a" <= last_word <= "z"):
                continue  # "Dr. Cho", "U.S. law", "Kerdel, F. A."
        following = _NEXT_CHARACTER.match(text, match.end())
        if following and following[1].islower():
            continue  # "e.g. something" written with an abbreviation not listed above
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return [sentence for sentence in sentences if _LETTER_OR_DIGIT.search(sentence)]


@lru_cache(maxsize=8192)  # a sentence that many leaflets share is counted once
def count(sentence: str) -> Counts:
    """textstat's counts for one sentence (the dictionary must be installed), as syllables.py
    counts them: what textstat gives, without importing it."""
    words, syllable_count, polysyllables = syllables.counts(sentence)
    if not words:
        return Counts()
    return Counts(1, words, syllable_count, polysyllables)


# Each unit's words, parsed once for all the sources that share the unit. Cached here, not in
# pipeline.markdown: `make mutate` mutates that module and leaves decorated functions alone.
_plain_text = lru_cache(maxsize=8192)(inline_plain_text)


@lru_cache(maxsize=8192)  # a unit that many leaflets share is cut once (split_sentences stays undecorated: see above)
def _sentences_of(text: str) -> tuple[str, ...]:
    return tuple(split_sentences(text))


def unit_text(unit: Unit, values: Mapping[str, str]) -> str:
    """The words a reader sees in ``unit``: markup removed, placeholders filled."""

    def value(match: re.Match) -> str:
        return values.get(match.group(1)) or match.group(1)

    if "{" not in unit.msgid:
        return _plain_text(unit.msgid)  # no placeholder to fill (most units)
    return _plain_text(PLACEHOLDER_RE.sub(value, unit.msgid))


def measure_leaflet(leaflet: Leaflet, values: Mapping[str, str] | None = None) -> LeafletReadability:
    """The readability of ``leaflet`` as a whole, per section, and its hardest sentences.

    ``values`` fills region placeholders (``{"emergency": "911"}``).  Raises
    :class:`~pipeline.readability.dictionary.DictionaryMissing` rather than
    letting textstat download its dictionary.
    """
    dictionary.require()
    values = values or {}
    sections: list[tuple[str, int, list[Sentence]]] = [(SUMMARY_SECTION, leaflet.summary.line, [])]
    for unit in (leaflet.summary, *leaflet.body_units):
        if unit.kind == HEADING:
            sections.append((unit_text(unit, values), unit.line, []))
        elif unit is leaflet.summary or unit.kind in _PROSE:
            title = sections[-1][0]
            sections[-1][2].extend(
                Sentence(text, unit.line, title, count(text)) for text in _sentences_of(unit_text(unit, values))
            )
    measured = tuple(
        Section(title, line, _total(s.counts for s in sentences)) for title, line, sentences in sections if sentences
    )
    every = [sentence for *_, sentences in sections for sentence in sentences]
    hardest = sorted(every, key=lambda s: (-(s.counts.formula_grade or 0.0), s.line))[:HARDEST]
    return LeafletReadability(
        leaflet.id,
        leaflet.path,
        leaflet.title.line,
        _total(section.counts for section in measured),
        measured,
        tuple(hardest),
    )


def _total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def _round(score: float | None) -> float | None:
    return None if score is None else round(score, 1)
