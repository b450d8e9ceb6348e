"""Which clauses of a translation deny what they say, for [negation]'s rules that find a forbidden
thing said allowed (handling.py: "씹어서 드십시오"; negation.py: "Sie können es jederzeit absetzen").

A clause ends at a full stop, a semicolon, a colon or a comma.  It denies what it says with a
negation, a "without", a verb that forbids or an "only" of its own (the language's ``negation``,
``without``, ``prohibits``, ``only_if``, ``negated_participle``), or, where it starts (ends) with a
word of a list a rule names, with the denial of the clause before (after) it: the list goes on across
the comma (`No lo triture, parta ni mastique`, `씹거나, 부수지 마세요`).

Pure functions of a text and its language.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from pipeline.languages import Language

CLAUSE_END = re.compile(r"[.;:!?。；：！？؛؟\n]+")
_COMMA = re.compile(r"[,，،]")


def undenied_clauses(text: str, language: Language, listed: Collection[re.Pattern] = ()) -> Iterator[str]:
    """The clauses of ``text`` with no denial of what they say, a clause that starts (ends) with a
    word of ``listed`` denied by the clause before (after) it (:func:`_denied_clauses`)."""
    for sentence in CLAUSE_END.split(text):
        pieces = _COMMA.split(sentence)
        for piece, denied in zip(pieces, _denied_clauses(pieces, language, listed), strict=True):
            if not denied:
                yield piece


def _denied_clauses(pieces: list[str], language: Language, listed: Collection[re.Pattern]) -> list[bool]:
    """For each comma clause of a sentence, whether it denies what it says: a negation, a "without",
    a verb that forbids or an "only" of its own, or, for a clause that starts (ends) with a word of
    ``listed``, the denial of the clause before (after) it, a list going on across the comma."""
    denied = [_denies(piece, language) for piece in pieces]
    if not listed:
        return denied
    for index in range(1, len(pieces)):
        denied[index] = denied[index] or (denied[index - 1] and _listed_at(pieces[index], language, listed, start=True))
    for index in range(len(pieces) - 2, -1, -1):
        denied[index] = denied[index] or (
            denied[index + 1] and _listed_at(pieces[index], language, listed, start=False)
        )
    return denied


def _denies(clause: str, language: Language) -> bool:
    denials = (
        language.pattern("negation"),
        language.pattern("without"),
        language.pattern("prohibits"),
        language.pattern("only_if"),
        language.pattern("negated_participle"),
    )
    return any(denial is not None and denial.search(clause) is not None for denial in denials)


def _listed_at(clause: str, language: Language, listed: Collection[re.Pattern], start: bool) -> bool:
    """Whether ``clause`` starts (or ends) with a word of ``listed``, at most a word that joins a list
    (its ``item_joins``: "ni", "oder", 거나) before (after) it."""
    for said in listed:
        for found in said.finditer(clause):
            beside = (0, found.start()) if start else (found.end(), len(clause))
            if _at_most_a_join(clause, *beside, language):
                return True
    return False


def _at_most_a_join(text: str, start: int, end: int, language: Language) -> bool:
    """Whether ``text[start:end]`` is blank or one word that joins a list, and blanks."""
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if start >= end:
        return True
    joins = language.pattern("item_joins")
    joined = joins.match(text, start, end) if joins is not None else None
    return joined is not None and not text[joined.end() : end].strip()
