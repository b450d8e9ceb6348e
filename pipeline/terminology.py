"""A locale's glossary: the approved translation of each term the leaflets use.

``locales/<locale>/glossary.tsv`` is a table, tab-separated, UTF-8, with a
header row ``English term``, ``approved translation``, ``note``. Translators
and reviewers keep it; the pipeline uses it twice:

* ``check`` warns (check id ``glossary``) where an English term occurs in a
  message and its approved translation does not occur in the translation;
* ``update`` writes each term a message contains, with its approved
  translation and note, as a ``#.`` note on that entry, so Poedit and Weblate
  show it beside the text (``glossary_notes``).

How terms are found, so that a correct translation never gets a warning:

* English (:func:`find_terms`, the one matcher of the check, the notes and
  [untranslated-text]): whole words (a Latin letter or digit continues a
  word; a Korean particle or punctuation does not), case-insensitive for a
  lower-case term (it may start a sentence), as written for one with
  capitals (``IVIG``, ``Kawasaki``); the last word also plural when it is
  written singular (``antibody`` finds "antibodies", ``ulcers`` only
  "ulcers"); any run of spaces between words; not inside a web or e-mail
  address.  A longer term hides the shorter ones inside it: "immune
  thrombocytopenia" is one term, not also "thrombocytopenia".
* The translation: the approved text anywhere, letter case and white space
  ignored, so Korean particles and endings may follow (``무균성 수막염이``) and
  a compound may be spaced either way (``혈소판감소증``). An approved verb in
  its dictionary form (Korean ``헐다``) matches any of its endings (``헐어``,
  ``헌``, ``허는``, ``헙니다``).

Pure but for :func:`load_glossary`, which reads the file and reports every
row it cannot use with its line, never stopping at the first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.languages.scripts import char_class, hangul_final, is_hangul_syllable, jongseong, with_hangul_final
from pipeline.literals import lowered

GLOSSARY_NAME = "glossary.tsv"
HEADER = ("English term", "approved translation", "note")
NOTE_PREFIX = "Glossary:"  # how update's notes start, so they are told apart from the source's notes

_FINAL_NIEUN, _FINAL_RIEUL, _FINAL_BIEUP = jongseong("NIEUN"), jongseong("RIEUL"), jongseong("PIEUP")


@dataclass(frozen=True)
class Term:
    english: str
    approved: str
    note: str = ""
    line: int = 0  # in glossary.tsv

    def note_text(self) -> str:
        """The ``#.`` note update writes on an entry that contains the term."""
        text = f"{NOTE_PREFIX} {self.english} = {self.approved}"
        return f"{text} ({self.note})" if self.note else text


class Terms(tuple):
    """A glossary's terms: a tuple that computes its hash once. Every entry a check
    sees carries its locale's terms, and checking each distinct entry once per run
    (pipeline.checks.runner) hashes every entry: hashing the terms each time was a
    tenth or more of checking a project's catalogs."""

    def __hash__(self) -> int:
        known = self.__dict__.get("hash")
        if known is None:
            known = self.__dict__["hash"] = tuple.__hash__(self)
        return known

    def __reduce__(self):  # pickled without its hash: another process hashes strings differently
        return Terms, (tuple(self),)


@dataclass(frozen=True)
class Glossary:
    file: str  # relative to the project root, for messages
    terms: tuple[Term, ...] = ()
    problems: tuple[tuple[int, str], ...] = ()  # (line, message): rows that could not be used

    def __bool__(self) -> bool:
        return bool(self.terms)


def glossary_path(locales_dir: Path, locale: str) -> Path:
    return locales_dir / locale / GLOSSARY_NAME


def load_glossary(path: Path, file: str) -> Glossary:
    """The glossary at ``path`` (``file`` names it in messages); empty when there is none."""
    if not path.is_file():
        return Glossary(file)
    try:
        stat = path.stat()
        return _load(path, file, stat.st_mtime_ns, stat.st_size)
    except OSError as exc:
        return Glossary(file, problems=((1, f"cannot read the glossary: {exc.strerror or exc}"),))


@lru_cache(maxsize=32)
def _load(path: Path, file: str, _mtime: int, _size: int) -> Glossary:
    """Cached by modification time and size: a build checks a locale's catalogs one by one."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Glossary(file, problems=((line, "not UTF-8; save the glossary as UTF-8"),))
    return parse_glossary(text, file)


def parse_glossary(text: str, file: str) -> Glossary:
    terms: list[Term] = []
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    lines = text.splitlines()
    start = 0
    if lines and tuple(cell.strip() for cell in lines[0].split("\t"))[:2] == HEADER[:2]:
        start = 1
    elif lines:
        problems.append((1, f"the first row should be the header {' / '.join(HEADER)} (tab-separated)"))
    for number, row in enumerate(lines[start:], start=start + 1):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in row.split("\t")]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            problems.append(
                (
                    number,
                    "a row needs an English term and its approved translation, separated by a tab; the row is not used",
                )
            )
            continue
        if len(cells) > 3:
            problems.append((number, f"{len(cells)} columns; a row has at most 3 (term, translation, note)"))
        english, approved, note = cells[0], cells[1], _unquote(cells[2]) if len(cells) > 2 else ""
        key = english.lower()
        if key in seen:
            problems.append((number, f"{english!r} is already listed on line {seen[key]}; this row is not used"))
            continue
        seen[key] = number
        terms.append(Term(english, approved, note, number))
    return Glossary(file, Terms(terms), tuple(problems))


def _unquote(note: str) -> str:
    """A note a spreadsheet saved in quotes keeps them only when they quote part of it."""
    if len(note) > 1 and note[0] == note[-1] == '"' and '"' not in note[1:-1]:
        return note[1:-1]
    return note


# -- finding terms: the one matcher ---------------------------------------------
# Every path that asks "does this English text contain this term?" asks here:
# the [glossary] check (approved terms and do-not-translate terms), update's
# ``#.`` notes, and [untranslated-text] (which sets kept terms aside).  So a
# translator is shown a note exactly where the check looks for the term.

# What continues a word: a Latin letter or a digit.  Korean particles are not
# ("IVIG는" holds IVIG), nor is punctuation ("SJS/TEN" holds TEN).
_WORD_CHARS = f"0-9{char_class('Latn')}"


@dataclass(frozen=True)
class Occurrence:
    term: str  # as the glossary or leaflets.toml writes it
    start: int  # in the text as :func:`find_terms` returns it
    end: int
    written: str  # as the text writes it: "Antibodies" for the term "antibody"


def find_terms(text: str, terms: Iterable[str]) -> tuple[str, list[Occurrence]]:
    """Every occurrence of ``terms`` in English ``text``, in order (see the module docstring).

    A longer term is found first and hides the shorter ones inside it.  Web
    and e-mail addresses and DOIs are not text: a term inside one does not
    occur.  Returns the text the positions refer to (``text`` itself unless it
    had to be composed to NFC) and the occurrences.
    """
    text, found = _found_terms(text, _term_set(terms))
    return text, list(found)


def _term_set(terms: Iterable[str]) -> frozenset[str]:
    """``terms`` as a set, made once per tuple of them (a locale's do-not-translate terms, searched
    for in every entry) rather than once per text."""
    return _frozen_terms(terms) if isinstance(terms, tuple) else frozenset(terms)


@lru_cache(maxsize=64)
def _frozen_terms(terms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(terms)


@lru_cache(maxsize=8192)  # the same English is searched by several checks, for every locale
def _found_terms(text: str, terms: frozenset[str]) -> tuple[str, tuple[Occurrence, ...]]:
    from pipeline.checks.patterns import blank_out  # not at import: pipeline.checks imports this module

    text = _composed(text)
    searched = blank_out(text.replace("\u2019", "'"))  # same length: positions are those of ``text``
    folded = lowered(searched)
    found: list[Occurrence] = []
    for term, literal, any_case in _longest_first(terms):
        if literal not in (folded if any_case else searched):
            continue  # cannot occur: its regex need not run (most terms, in most messages)
        spans = list(_term_spans(term, searched))
        found += (Occurrence(term, start, end, text[start:end]) for start, end in spans)
        searched = _blanked(searched, spans)
    return text, tuple(sorted(found, key=lambda occurrence: occurrence.start))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (in order, apart) replaced by as many spaces."""
    if not spans:
        return text
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces += (text[position:start], " " * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


@lru_cache(maxsize=64)
def _longest_first(terms: frozenset[str]) -> tuple[tuple[str, str, bool], ...]:
    """The terms, longest first, each with its :func:`_term_literal` (worked out once, not per text)."""
    return tuple((term, *_term_literal(term)) for term in sorted(terms, key=lambda term: (-len(term), term)))


def terms_in(english: str, terms: Iterable[Term]) -> list[Term]:
    """The glossary terms ``english`` contains, in order of first occurrence."""
    by_english, searched = _by_english(terms) if isinstance(terms, tuple) else _english_of(terms)
    _, found = _found_terms(english, searched)
    return list(dict.fromkeys(by_english[occurrence.term] for occurrence in found))


@lru_cache(maxsize=64)
def _by_english(terms: tuple[Term, ...]) -> tuple[Mapping[str, Term], frozenset[str]]:
    """:func:`_english_of` once per tuple of terms (a locale's glossary, asked of every entry)."""
    return _english_of(terms)


def _english_of(terms: Iterable[Term]) -> tuple[Mapping[str, Term], frozenset[str]]:
    """Each term by its English (read only: shared by the calls of :func:`_by_english`), and the English."""
    by_english = {term.english: term for term in terms}
    return MappingProxyType(by_english), frozenset(by_english)


def message_terms(message: Message, terms: Iterable[Term]) -> list[Term]:
    """The glossary terms of an entry: those of its msgid, then those only its msgid_plural has.

    Read in the text a reader sees (Markdown markup, code spans and link
    targets left out), as the check reads each plural form.
    """
    from pipeline.checks.inline import inline_view  # the text as the check reads it (not at import: a cycle)

    terms = tuple(terms)
    found = [
        term
        for text in (message.msgid, message.msgid_plural)
        if text
        for term in terms_in(inline_view(text).prose, terms)
    ]
    return list(dict.fromkeys(found))


def approved_terms(terms: Iterable[Term], do_not_translate: Iterable[str]) -> tuple[Term, ...]:
    """The glossary's terms less the do-not-translate ones: those are checked as written,
    and need no note saying what to translate them with."""
    if isinstance(terms, tuple) and isinstance(do_not_translate, tuple):
        return _approved_terms(terms, do_not_translate)  # the same glossary for every entry of a locale
    return _approved_terms(tuple(terms), tuple(do_not_translate))


@lru_cache(maxsize=64)
def _approved_terms(terms: tuple[Term, ...], do_not_translate: tuple[str, ...]) -> tuple[Term, ...]:
    kept = set(do_not_translate)
    return Terms(term for term in terms if term.english not in kept)  # its hash worked out once


def blank_terms(text: str, terms: Iterable[str]) -> str:
    """``text`` with every occurrence of ``terms`` replaced by spaces (what is never translated)."""
    text, found = find_terms(text, terms)
    for occurrence in found:
        text = text[: occurrence.start] + " " * (occurrence.end - occurrence.start) + text[occurrence.end :]
    return text


@lru_cache(maxsize=4096)
def _term_literal(term: str) -> tuple[str, bool]:
    """Text that every match of :func:`term_pattern` contains, and whether it is to be looked
    for case-insensitively (lower case, in a text :func:`~pipeline.literals.lowered`): the
    first word less its last letter ("antibod" for "antibody", which may be "antibodies")."""
    words = _composed(term).replace("\u2019", "'").split()
    literal = words[0][:-1] if words else ""  # no words: term_pattern() says what is wrong
    if not term.islower():
        return literal, False  # matched as written
    # A letter outside ASCII may have case partners the folding above does not know: not looked for.
    return (literal.lower(), True) if literal.isascii() else ("", True)


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern:
    """A term as a regex: whole words, any white space between them, the last word
    also plural when written singular; case-insensitive when the term is lower case
    (it may start a sentence), as written when it has capitals (IVIG, Kawasaki).
    The definition of a term's matches; :func:`_term_spans` finds the same ones faster."""
    words, flags = _term_words(term)
    return re.compile(rf"(?<![{_WORD_CHARS}])" + words.pattern + rf"(?![{_WORD_CHARS}])", flags)


# Compiling term_pattern's regex takes half a millisecond, nearly all of it for the class of
# every Latin letter in its two look-arounds: check compiled one for each glossary term in the
# first catalog it read, in one process, before its workers could share the work. The same
# matches are found with the term's words compiled alone and that class compiled once.
_WORD_CHAR = {flags: re.compile(f"[{_WORD_CHARS}]", flags) for flags in (0, re.IGNORECASE)}


@lru_cache(maxsize=4096)
def _term_parts(term: str) -> tuple[str, tuple[str, ...], re.RegexFlag | int]:
    """A term's words as regexes: those before the last one (and the white space after them),
    the last one's forms (:func:`_last_word_forms`), and the flags."""
    *head, last = _composed(term).replace("\u2019", "'").split()
    flags = re.IGNORECASE if term.islower() else 0
    return "".join(re.escape(word) + r"\s+" for word in head), _last_word_forms(last), flags


@lru_cache(maxsize=4096)
def _term_words(term: str) -> tuple[re.Pattern, re.RegexFlag | int]:
    """term_pattern's regex without its look-arounds, and its flags."""
    head, forms, flags = _term_parts(term)
    return re.compile(head + (forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")"), flags), flags


def _term_spans(term: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``term_pattern(term).sub`` would replace in ``text``: at the first place where the
    words match with no letter before them nor after, and on from the end of the match.

    Where the first form of the last word that matches (in the order the regex tries them)
    has a letter after it, no other form fits there either: another that matches ends inside
    it, before a letter ("dose" in "doses"), and none is longer (the endings the forms add,
    s or es, y or ies, start with different letters)."""
    words, flags = _term_words(term)
    continues_word = _WORD_CHAR[flags]
    position = 0
    while (match := words.search(text, position)) is not None:
        start, end = match.span()
        if (start and continues_word.match(text, start - 1)) or continues_word.match(text, end):
            position = start + 1  # a match may still start inside this one ("xgo go go")
            continue
        yield start, end
        position = end


def has_approved(term: Term, translation: str) -> bool:
    """Whether ``translation`` uses the term's approved translation (see the module docstring)."""
    return has_approved_in(term, approved_text_of(translation))


def approved_text_of(translation: str) -> str:
    """``translation`` as approved translations are looked for in it (:func:`has_approved_in`):
    made once for all the terms of an entry."""
    return _squeeze(translation)


def has_approved_in(term: Term, text: str) -> bool:
    """:func:`has_approved` of a translation whose :func:`approved_text_of` is ``text``."""
    return any(form in text for form in _approved_forms(term.approved))


@lru_cache(maxsize=4096)
def _last_word_forms(word: str) -> tuple[str, ...]:
    """``word``, and its plural when the glossary wrote it singular, as regexes in the order
    term_pattern's tries them. A plural term matches only the plural: "blood clots" is not
    the verb in "help the blood clot"."""
    if not word[-1:].isalpha() or not word.isascii() or len(word) < 3:
        return (re.escape(word),)
    lower = word.lower()
    if lower.endswith("s") and not lower.endswith(("ss", "is", "us")):  # written plural
        return (re.escape(word),)
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return (re.escape(word[:-1]) + "y", re.escape(word[:-1]) + "ies")
    return (re.escape(word) + "s", re.escape(word) + "es", re.escape(word))  # (?:s|es)? tries s, es, none


def _composed(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_WHITE_SPACE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    """Case folded, without white space: how the approved text is looked for."""
    return _WHITE_SPACE.sub("", unicodedata.normalize("NFC", text)).casefold()


@lru_cache(maxsize=4096)
def _approved_forms(approved: str) -> tuple[str, ...]:
    squeezed = _squeeze(approved)
    if len(squeezed) < 2 or not squeezed.endswith("다") or not is_hangul_syllable(squeezed[-2]):
        return (squeezed,)
    stem = squeezed[:-1]  # a Korean verb in its dictionary form: any ending may follow the stem
    forms = [stem]
    if hangul_final(stem[-1]) == _FINAL_RIEUL:  # 헐- drops ㄹ before ㄴ, ㅂ: 헌, 헙니다
        forms += [stem[:-1] + with_hangul_final(stem[-1], final) for final in (_FINAL_NIEUN, _FINAL_BIEUP)]
        open_syllable = with_hangul_final(stem[-1], "")
        forms += [stem[:-1] + open_syllable + ending for ending in "는니시세"]  # 허는, 허니
    return tuple(dict.fromkeys(forms))


# -- notes for translators ----------------------------------------------------------


def glossary_notes(message: Message, terms: Iterable[Term]) -> tuple[str, ...]:
    """The ``#.`` notes for a message: one per term it contains, in order of occurrence."""
    return tuple(term.note_text() for term in message_terms(message, terms))


def is_glossary_note(note: str) -> bool:
    return note.startswith(NOTE_PREFIX + " ")


def with_glossary_notes(catalog: Catalog, terms: Iterable[Term]) -> Catalog:
    """``catalog`` with each live entry's glossary notes rewritten from ``terms`` (the
    locale's :func:`approved_terms`), after the source's notes: the same glossary and
    text always give the same notes."""
    terms = tuple(terms)

    def annotated(message: Message) -> Message:
        notes = tuple(note for note in message.extracted_comments if not is_glossary_note(note))
        notes += glossary_notes(message, terms)
        return message if notes == message.extracted_comments else replace(message, extracted_comments=notes)

    return catalog.replace_messages([annotated(message) for message in catalog.messages])
