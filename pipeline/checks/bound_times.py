"""[comparison]'s error for a length of time bound to the other way: the time a source binds to a
before or an after, bound in the translation to the other one.

An error where a length of time is bound to its before or after on both sides and changed way
(:func:`times_turned`): "30 minutes before breakfast" as `아침 식사 30분 후`, "2 hours before or 4
hours after antacids" as `4 heures avant ou 2 heures après`.  The number says which time the word
was of, so no turning of the terms explains it; a wait ("Wait 4 hours before the next dose") and a
time counted from the taking itself (`Tome la siguiente dosis 4 horas después de tomarlo`) are left to
the warning.  A meal counted from the taking is bound turned (`Coma 30 minutos antes de tomarlo`, eat
before taking it: taking it after the meal), as the source's meal is.

Pure functions of a source, a translation and their languages; check_comparison (comparison.py)
asks :func:`times_turned` and reports what it says.
"""

from __future__ import annotations

import re
from fractions import Fraction

from pipeline.checks.limits import limit_phrases
from pipeline.checks.patterns import CLAUSE_END, blanked
from pipeline.checks.quantities import Quantity, quantities
from pipeline.checks.units import PERIOD_KINDS
from pipeline.languages import Language
from pipeline.languages.language import BEFORE_AFTER
from pipeline.review import shorten


def times_turned(source: str, translation: str, source_words: Language, target: Language) -> str | None:
    """Where each length of time the source binds to a before or an after (:func:`_times_each_way`)
    is bound in the translation to the other way only: "30 minutes before breakfast" as `아침 식사
    30분 후`, "2 hours before or 4 hours after antacids" as `4 heures avant ou 2 heures après` (the 2
    hours now after).  An error: the patient takes it at the wrong time, every number still there.
    Only where the source binds every way it says: a source that says one way, said in a
    translation that says no word of it (`早餐後30分鐘`), or one that says both, each with its own
    time.  A way left unbound on either side (`desayuno: 30 minutos antes` binds it too; `espere 30
    minutos para desayunar` binds nothing) is [comparison]'s warning's to judge, or no one's."""
    if not _lengths_of_time(source, source_words):
        # no time to bind (694 of the 829 calls on the varied corpus): its before and after are not
        # read (the 829 calls' CPU there 0.047 -> 0.022 s; _times_each_way asks the same, cached)
        return None
    said_ways = source_words.direction_spans(source, BEFORE_AFTER)
    if not any(said_ways):
        return None
    eating = source_words.pattern("eating")
    meal_named = eating is not None and eating.search(source) is not None
    timed = {
        amount: ways
        for amount, ways in _times_each_way(
            source, source_words, waits=False, ways=said_ways, meal_named=meal_named
        ).items()
        if len(ways) == 1
    }
    source_ways = _turned_where_eaten(said_ways, _from_the_taking(source, source_words, meal_named)[0])
    bound_ways = {way for ways in timed.values() for way in ways}
    if not timed or len(bound_ways) != sum(1 for spans in source_ways if spans):
        return None  # a way the source says with no time of its own ("1 hour before or after meals")
    translation_ways = target.direction_spans(translation, BEFORE_AFTER)
    eaten = _from_the_taking(translation, target, meal_named)[0]
    if len(bound_ways) == 1 and _turned_where_eaten(translation_ways, eaten)[min(bound_ways)]:
        return None  # the translation says the source's way too: a rephrasing, or the warning's
    rendered = _times_each_way(translation, target, ways=translation_ways, meal_named=meal_named)
    said, turned = [], []
    for amount, ways in timed.items():
        ((way, phrase),) = ways.items()
        if set(rendered.get(amount, {})) != {1 - way}:
            return None
        said.append(phrase)
        turned.append(rendered[amount][1 - way])
    changed = "the before became an after" if bound_ways == {0} else "the after became a before"
    if len(bound_ways) == 2:
        changed = "before and after changed places"
    if eaten:  # `복용 30분 전에 식사하십시오` says 전: the reader is told why it is an after
        changed += " (said from the taking, its way turned: eating before taking it is taking it after eating)"
    return (
        f"{_listed(said)} in the source {'is' if len(said) == 1 else 'are'} {_listed(turned)} in the "
        f"translation ({BEFORE_AFTER}): {changed}, the same time on the other side ({shorten(source)!r})"
    )


def _listed(phrases: list[str]) -> str:
    return " and ".join(f"'{phrase}'" for phrase in phrases)


# How many words may stand between a word of before or after and the length of time a
# ``time_difference_mark`` binds to it: what it is said of (قبل مضادات الحموضة بساعتين), no more.
_DIFFERENCE_REACH_WORDS = 3


def _times_each_way(
    text: str,
    language: Language,
    waits: bool = True,
    ways: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None,
    meal_named: bool = False,
) -> dict[tuple[str, Fraction], dict[int, str]]:
    """For each length of time of ``text`` bound to a word of before (way 0) or after (way 1),
    the words that say so, for each way it is bound to.  Bound: the word right after it
    ("30 minutes before", `30분 전`, `30分鐘前`), or right before it where the language says so
    (``time_after_its_direction``: `早餐後30分鐘`, `식전 30분`; not "nach 4 Stunden", a time from
    now), limit phrases between left out (`飯後至少1小時`); or the word before it in its clause,
    across what it is of, where the language marks the time as how long before or after
    (``time_difference_mark``: `بعد الوجبة بساعتين`).  Only these: "espere 30 minutos para
    desayunar" binds none, nor does a word said of the taking itself (``from_the_taking``: `服藥後30分鐘`),
    but where its clause eats and ``meal_named`` (the source names a meal): then it is bound turned,
    the meal's way (`Coma 30 minutos después de tomarlo`, eat 30 minutes after taking it, binds 30
    minutes before).  Without ``waits``, no time said as a wait or a duration (:func:`_a_wait`).
    ``ways``: ``text``'s direction_spans, where the caller has read them."""
    ways = ways if ways is not None else language.direction_spans(text, BEFORE_AFTER)
    if not any(ways):
        return {}
    eaten, not_eaten = _from_the_taking(text, language, meal_named)
    words = sorted(
        (start, end, way)
        for way, spans in enumerate(_turned_where_eaten(ways, eaten))
        for start, end in spans
        # "take 30 minutes after taking it": from the dose, no time of the source's before or after
        if not _within(start, end, not_eaten)
    )
    lengths = [length for length in _lengths_of_time(text, language) if waits or not _a_wait(text, length, language)]
    if not lengths:
        return {}
    spaced = _limits_blanked(text, language)
    bound: dict[tuple[str, Fraction], dict[int, str]] = {}
    for length in lengths:
        for start, end, way in _words_bound_to(spaced, length, words, lengths, language):
            phrase = text[min(start, length.start) : max(end, length.end)]
            bound.setdefault(length.amount, {}).setdefault(way, " ".join(phrase.split()))
    return bound


def _from_the_taking(
    text: str, language: Language, meal_named: bool
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of ``text`` said of the taking itself (``from_the_taking``): those whose clause
    eats, where ``meal_named`` (the source names a meal: `복용 30분 전에 식사하십시오`, eat 30 minutes
    before taking it), and the others (`Tome la siguiente dosis 4 horas después de tomarlo`)."""
    taking = language.pattern("from_the_taking")
    spans = [match.span() for match in taking.finditer(text)] if taking is not None else []
    eaten = [span for span in spans if meal_named and _eats(text, span, language)]
    return eaten, [span for span in spans if span not in eaten]


def _eats(text: str, span: tuple[int, int], language: Language) -> bool:
    """Whether the clause of ``text[span]`` (a taking) eats, outside ``span`` (``eating``):
    `Coma 30 minutos después de tomarlo`, `服藥30分鐘後再進食`.  Its clause ends at a mark or an
    "and" (``and_joints``): `Tómelo con una comida y tome la siguiente dosis 4 horas después de
    tomarlo` counts the next dose from the taking, not a meal; but an "and then" right after the
    taking and its time says what is done then (`服藥30分鐘後再進食`, `服藥前30分鐘再進食`)."""
    eating = language.pattern("eating")
    if eating is None:
        return False
    start, end = span
    joints = language.pattern("and_joints")
    ends = [(mark.start(), mark.end()) for mark in CLAUSE_END.finditer(text)]
    ends += [(joint.start(), joint.end()) for joint in joints.finditer(text)] if joints is not None else []
    clause_start = max((mark_end for _, mark_end in ends if mark_end <= start), default=0)
    clause_end = min(
        (
            mark_start
            for mark_start, _ in ends
            if mark_start >= end and not _only_a_time(text[end:mark_start], language)
        ),
        default=len(text),
    )
    return eating.search(text[clause_start:start]) is not None or eating.search(text[end:clause_end]) is not None


def _only_a_time(text: str, language: Language) -> bool:
    """Whether ``text`` says nothing but a length of time, or nothing (`30分鐘`)."""
    return not blanked(text, ((length.start, length.end) for length in _lengths_of_time(text, language))).strip()


def _turned_where_eaten(
    ways: tuple[list[tuple[int, int]], list[tuple[int, int]]], eaten: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``ways`` (the spans of before, of after) with each word inside an ``eaten`` span moved to
    the other way: "eat 30 minutes after taking it" is "take it 30 minutes before eating"."""
    if not eaten:
        return ways
    before, after = ways
    return (
        sorted(
            [span for span in before if not _within(*span, eaten)] + [span for span in after if _within(*span, eaten)]
        ),
        sorted(
            [span for span in after if not _within(*span, eaten)] + [span for span in before if _within(*span, eaten)]
        ),
    )


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(span_start <= start and end <= span_end for span_start, span_end in spans)


def _lengths_of_time(text: str, language: Language) -> list[Quantity]:
    """The lengths of time of ``text`` (no rate's period), once each."""
    found = {(q.start, q.end): q for q in quantities(text, (language,)) if q.amount[0] in PERIOD_KINDS and not q.per}
    return sorted(found.values(), key=lambda q: q.start)


# How far before its number the words of a wait may start ("Wait at least", "for a minimum of").
_WAIT_REACH_CHARS = 40


def _a_wait(text: str, length: Quantity, language: Language) -> bool:
    """Whether ``length`` is said as a wait or a duration, the language's ``least_duration`` ending
    right before it: "Wait at least 4 hours before taking another dose", "for 2 hours after".  Its
    before or after orders two steps, which a translation may say from the other one: `Nehmen Sie
    frühestens nach 4 Stunden eine weitere Dosis ein` (the next dose after 4 hours) is right."""
    regex = language.pattern("least_duration")
    return regex is not None and regex.search(text, max(0, length.start - _WAIT_REACH_CHARS), length.start) is not None


# How far before a length of time its ``time_difference_mark`` may start (بـ 30: a letter, a
# tatweel and a space).
_MARK_REACH_CHARS = 3


def _marked(text: str, start: int, mark: re.Pattern) -> bool:
    """Whether the length of time at ``start`` begins with ``mark`` (بأربع ساعات) or follows it
    right before (بساعتين, بـ 30 دقيقة)."""
    if mark.match(text, start):
        return True
    return any(found.end() == start for found in mark.finditer(text, max(0, start - _MARK_REACH_CHARS), start))


def _limits_blanked(text: str, language: Language) -> str:
    """``text`` with its limit phrases blanked ("at least", 至少, على الأقل): one between a length of
    time and its word of before or after leaves them next to each other (`飯後至少1小時`)."""
    return blanked(text, ((start, end) for start, end, _ in limit_phrases(text, language)))


def _words_bound_to(
    text: str, length: Quantity, words: list[tuple[int, int, int]], lengths: list[Quantity], language: Language
) -> list[tuple[int, int, int]]:
    """The words of before or after (``words``: start, end, way) bound to ``length`` in ``text``
    (its limit phrases blanked)."""
    bound = [
        (start, end, way)
        for start, end, way in words
        if (length.end <= start and not text[length.end : start].strip())
        or (language.time_after_its_direction and end <= length.start and not text[end : length.start].strip())
    ]
    mark = language.pattern("time_difference_mark")
    if mark is None or not _marked(text, length.start, mark):
        return bound
    before = [(start, end, way) for start, end, way in words if end <= length.start]
    if not before:
        return bound
    start, end, way = before[-1]
    between = text[end : length.start]
    if (
        not CLAUSE_END.search(between)
        and len(between.split()) <= _DIFFERENCE_REACH_WORDS
        and not any(end <= other.start and other.end <= length.start for other in lengths)
    ):
        bound.append((start, end, way))
    return bound
