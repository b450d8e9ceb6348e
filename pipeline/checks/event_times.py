"""[comparison]'s error for an event or a time of day bound to another way: "after midnight" said
`자정 이전` (before midnight), "while you are taking this medicine" said `이 약을 복용하기 전에는`
(before taking it), "before your operation" said "après l'opération".

Each language's ``events`` names what a before, an after or a while is said of, each kind a named
group: midnight, a procedure (operation, surgery, test, scan) and the taking of the medicine or
its treatment.  An event is bound to each word of before or after (its ``directions``) or of while
(``during_words``) right before it, a few words apart at most ("before your operation", "avant
l'intervention", "أثناء فترة العلاج"), or right after it where the language says so
(``direction_after_its_event``: 수술 전, 복용하는 동안, 服用本藥期間, 午夜過後).

An error where the source binds an event to one way only and the translation binds the same
event to other ways only: the patient fasts, stops or avoids at the other time.  A translation
that binds it to none (`a partir de la medianoche`, `dès le lendemain de l'opération`) says it in
other words, and is not judged; nor is a meal, whose before and after [comparison]'s warning reads
(a translator may count from the taking: "eat 30 minutes after taking it").

Pure functions of a source, a translation and their languages; check_comparison (comparison.py)
asks :func:`events_turned` and reports what it says.
"""

from __future__ import annotations

import re

from pipeline.checks.patterns import CLAUSE_END
from pipeline.languages import Language
from pipeline.languages.language import BEFORE_AFTER
from pipeline.review import shorten

_WAYS = ("before", "after", "while")
# How the message names what each kind of ``events`` is.
_EVENTS = {"midnight": "midnight", "procedure": "the procedure", "taking": "taking the medicine"}
# How far a word of a way may stand from its event: "while you are taking", "antes de la operación",
# "أثناء فترة العلاج" (words between, where the way comes first); `이 약을 복용하는 동안`,
# `在服用這種藥物的期間` (letters between, where it follows).  No number between where it comes first:
# "خلال 3 أيام من الجراحة" is within 3 days of the surgery, no while.
_REACH_WORDS = 2
_REACH_LETTERS = 8
_DIGIT = re.compile(r"\d")


def events_turned(source: str, translation: str, source_words: Language, target: Language) -> str | None:
    """What the translation says otherwise where an event the source binds to one way only (before,
    after or while) it binds to other ways only: "after midnight" as `자정 이전`; None for none."""
    if not source_words.may_say("event_hints", source) or source_words.search("events", source) is None:
        return None  # no word of a way, or no event named (nearly every entry): its ways are not read
    said = _ways_bound(source, source_words)
    if not said or target.pattern("events") is None:
        return None
    rendered = _ways_bound(translation, target)
    for event, ways in said.items():
        if len(ways) != 1 or event not in rendered:
            continue  # said several ways ("during and after surgery"), or not bound in the translation
        ((way, phrase),) = ways.items()
        if way in rendered[event]:
            continue  # bound the source's way too: a rephrasing, or a second event of the kind
        turned = " and ".join(f"'{words}' ({_WAYS[other]})" for other, words in rendered[event].items())
        return (
            f"the source says '{phrase}' ({_WAYS[way]} {_EVENTS[event]}), but the translation says {turned}: "
            f"the patient acts at another time than the source says ({shorten(source)!r})"
        )
    return None


def _ways_bound(text: str, language: Language) -> dict[str, dict[int, str]]:
    """For each kind of event ``text`` binds to a way, the words that say so for each way."""
    before, after = language.direction_spans(text, BEFORE_AFTER)
    during = [match.span() for match in language.finditer("during_words", text)]
    words = sorted((start, end, way) for way, spans in enumerate((before, after, during)) for start, end in spans)
    if not words:
        return {}
    bound: dict[str, dict[int, str]] = {}
    for event in language.finditer("events", text):
        for start, end, way in _bound_to(text, event, words, language.direction_after_its_event):
            phrase = " ".join(text[min(start, event.start()) : max(end, event.end())].split())
            bound.setdefault(event.lastgroup or "", {}).setdefault(way, phrase)
    return bound


def _bound_to(
    text: str, event: re.Match, words: list[tuple[int, int, int]], follows: bool
) -> list[tuple[int, int, int]]:
    """The words of a way near enough ``event``, in its clause, on the side the language puts them
    (after it where it ``follows``): every one, so that "before during treatment" is bound both ways
    (and judged no way), `치료가 먼저 끝난 뒤에는` too."""
    bound = []
    for start, end, way in words:
        if follows and start >= event.end():
            between = text[event.end() : start]
            near = len("".join(between.split())) <= _REACH_LETTERS
        elif not follows and end <= event.start():
            between = text[end : event.start()]
            near = len(between.split()) <= _REACH_WORDS and not _DIGIT.search(between)
        else:
            continue
        if near and not CLAUSE_END.search(between):
            bound.append((start, end, way))
    return bound
