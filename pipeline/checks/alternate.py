"""[units] rule 9 (docs/checks.md): "every other day" stays every other day.

A dose "every other day" said "every day" (매일, todos los días, 每天, يوميا)
is twice the dose, and no number changed for [numbers] or [units] to find.
Where the source says every other day, week or month (``every_other`` of
pipeline/languages/: every other day, on alternate days, fortnightly), the
translation says it in its own words (격일, 이틀에 한 번, cada dos días, 隔天,
كل يومين) or as two of the period (cada 2 días, 48시간마다, alle 14 Tage).

- The translation says the period itself ("every day", or an idiom of every
  day: un día sí y otro también, 天天; ``every_day`` of pipeline/languages/)
  and not every other: an error.
- It says another interval ("every 3 days": 사흘에 한 번, un jour sur trois,
  jeden dritten Tag, 三天一次; ``every_nth`` of pipeline/languages/) or a
  duration ("for 2 days": zwei Tage lang) the source does not give: an error
  too.  Two of the period said as a duration is no every other day.
- It says none of these: a warning, as is a language without the words for it.
- The other way round, "every day" (the source's per word) said every other
  day, is half the dose: an error too.
- "Every third day" (every N days, N above 2) said every other day (tous les deux jours, 격일,
  每兩天, كل يومين) or every day ("daily for three days": 사흘 동안 매일) is more often: an error.
- "Daily", "weekly", "monthly" (the source's per word, no number of the period) said every N of
  the period, N above 2 (cada tres meses, alle drei Monate, 每三個月, 세 달마다), is less often: an
  error.
- Days of the week the source names ("on Monday, Wednesday and Friday")
  said every day, no day of the week named (``weekdays`` of
  pipeline/languages/): doses on days the source leaves out, an error.

Pure functions of the entry's texts and the quantities [units] read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from pipeline.checks.context import EntryContext
from pipeline.checks.quantities import PERIODS, Marker, Quantity, per_markers
from pipeline.checks.words_around import interval_words, words_around
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language

CHECK = "units"


def check_every_other(
    ctx: EntryContext,
    source_text: str,
    translation_text: str,
    in_source: list[Quantity],
    found: list[Quantity],
    markers: list[Marker],
) -> Iterator[Finding]:
    """Rule 9 for one entry, given the quantities of the source (``in_source``), and the
    quantities (``found``) and per markers of the translation as [units] read them."""
    in_translation = every_other(translation_text, ctx.language)
    in_the_source = every_other(source_text, ctx.source_language)
    for period, phrase in in_the_source:
        if any(period == said for said, _ in in_translation) or _two_of(
            period, _not_durations(found, translation_text, ctx.language)
        ):
            continue
        if not ctx.language.every_other:
            yield ctx.finding(
                CHECK,
                WARNING,
                f"'{phrase}' in the source: whether the translation says every other {period} is not "
                f"checked (pipeline/languages/ has no {ctx.language.name} words for it); read it "
                "against the English",
            )
        elif _says_every(period, translation_text, markers, ctx.language):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{phrase}' in the source: the translation says every {period}, not every other "
                f"{period} (twice as often)",
            )
        elif (other := _another_length(period, translation_text, in_source, found, ctx.language)) is not None:
            yield ctx.finding(
                CHECK, ERROR, f"'{phrase}' in the source: the translation says {other}, not every other {period}"
            )
        else:
            yield ctx.finding(
                CHECK, WARNING, f"'{phrase}' in the source: the translation does not say every other {period}"
            )

    # Only the words that say nothing else: 隔天 is as often "the next day" (make up a missed dose
    # 隔天), which says nothing about how often.
    made = every_other(translation_text, ctx.language, strict=True)
    yield from _made_every_other(ctx, source_text, in_the_source, made, in_source)
    yield from _every_nth_made_more_often(ctx, source_text, translation_text, in_source, found, markers)
    yield from _every_one_made_every_nth(ctx, source_text, translation_text, in_source, found)
    yield from _every_nth_read_two_ways(ctx, source_text, translation_text, in_source)
    yield from _weekdays_made_daily(ctx, source_text, translation_text, markers)


def _weekdays_made_daily(
    ctx: EntryContext, source_text: str, translation_text: str, markers: list[Marker]
) -> Iterator[Finding]:
    """A dose on days of the week the source names ("on Monday, Wednesday and Friday") said every
    day (täglich, 매일, يوميًا), naming no day of the week: taken on days the source leaves out.
    Not where the source says every day itself ("daily from Monday to Friday"), nor where the
    translation names a day of the week (montags, 월·수·금요일: said its own way)."""
    source_weekdays, translation_weekdays = ctx.source_language.pattern("weekdays"), ctx.language.pattern("weekdays")
    if source_weekdays is None or translation_weekdays is None:
        return
    named = list(dict.fromkeys(match.group() for match in source_weekdays.finditer(source_text)))
    if not named or translation_weekdays.search(translation_text) is not None:
        return
    daily = next((marker for marker in markers if marker.unit == "day" and not marker.slash), None)
    if daily is None or _says_per(source_text, "day", ctx.source_language):
        return
    yield ctx.finding(
        CHECK,
        ERROR,
        f"{', '.join(repr(day) for day in named)} in the source: the translation says every day "
        f"({translation_text[daily.start : daily.end]}), not on the days of the week the source names (more often)",
    )


def _made_every_other(
    ctx: EntryContext,
    source_text: str,
    in_the_source: list[tuple[str, str]],
    in_translation: list[tuple[str, str]],
    in_source: list[Quantity],
) -> Iterator[Finding]:
    """The other way round: "every day" (a per word of the source) said every other day, half
    the dose.  Not where the source says two of the period itself ("every 2 days", 이틀에 한 번)."""
    if not in_translation:
        return
    periods = {marker.unit for marker in per_markers(source_text, (ctx.source_language,)) if not marker.slash}
    for period, phrase in dict(in_translation).items():
        if period in periods and period not in dict(in_the_source) and not _two_of(period, in_source):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{phrase}' in the translation says every other {period}; the source says every {period} "
                "(half as often)",
            )


# The N of the source's "every third day", "every 3rd week", "every three days": English reads
# no number in words.
_SOURCE_NTH = {
    "third": 3,
    "three": 3,
    "fourth": 4,
    "four": 4,
    "fifth": 5,
    "five": 5,
    "sixth": 6,
    "six": 6,
    "seventh": 7,
    "seven": 7,
}
_DIGIT_RE = re.compile(r"\d")
_SOURCE_EVERY_NTH_RE = re.compile(
    rf"\bevery\s+(?:(?P<n>\d+)(?:st|nd|rd|th)?|(?P<word>{'|'.join(_SOURCE_NTH)}))\s+(?P<period>day|week|month)s?\b",
    re.IGNORECASE,
)


def _every_nth_made_more_often(
    ctx: EntryContext,
    source_text: str,
    translation_text: str,
    in_source: list[Quantity],
    found: list[Quantity],
    markers: list[Marker],
) -> Iterator[Finding]:
    """The source's every Nth day, week or month, N above 2 ("every third day", "every 3 days"),
    said every other one (tous les deux jours, 이틀에 한 번, 每兩天, كل يومين) or every one (매일,
    每天, al día: "daily for three days" is three doses for one): an error.  Not where the source
    says every other or every one of the period itself."""
    said = _source_every_nth(source_text, in_source, ctx.source_language)
    if not said:
        return
    in_the_source = dict(every_other(source_text, ctx.source_language))
    others = dict(every_other(translation_text, ctx.language))
    for period, n, words in said:
        if period in in_the_source:
            continue
        if period in others:
            if _DIGIT_RE.search(words) and _DIGIT_RE.search(others[period]):
                continue  # "every 3 weeks" as "cada 15 días": its 3 changed is [numbers]' finding
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{words}' in the source: the translation says every other {period} ({others[period]}), "
                f"not every {_length(n, period)} (more often)",
            )
            continue
        if _DIGIT_RE.search(words) and any(
            q.unit == period and q.value == n and _for(translation_text, q, ctx.language) for q in found
        ):
            continue  # "every 3 days" as "3일 동안": rule 10's interval said as a duration
        every = next((m for m in markers if m.unit == period and not m.slash), None)
        if every is not None and not _says_per(source_text, period, ctx.source_language):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{words}' in the source: the translation says every {period} "
                f"({translation_text[every.start : every.end]}), not every {_length(n, period)} ({n} times as often)",
            )


def _every_one_made_every_nth(
    ctx: EntryContext, source_text: str, translation_text: str, in_source: list[Quantity], found: list[Quantity]
) -> Iterator[Finding]:
    """The source's every day, week or month said by its per word alone ("daily", "weekly",
    "monthly": every one of the period) said every N of them in the translation, N above 2 ("cada
    tres meses", "alle drei Monate", 每三個月, 세 달마다, كل ثلاثة أشهر; every other one is
    :func:`_made_every_other`'s): less often, an error.  Not where the source says a number of that
    period itself ("daily for 3 days", "monthly, then every 3 months"): what the translation's N
    stands for is [numbers]' to compare."""
    periods = {marker.unit for marker in per_markers(source_text, (ctx.source_language,)) if not marker.slash}
    if not periods:
        return  # most sources say no per word of a period
    numbered = {quantity.unit for quantity in in_source}
    for period, n, words in _every_nth_said(translation_text, found, ctx.language):
        if period in periods and period not in numbered:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{words}' in the translation says every {_length(n, period)}; the source says every {period} "
                f"({n} times less often)",
            )


def _every_nth_said(text: str, found: list[Quantity], language: Language) -> list[tuple[str, Fraction, str]]:
    """Each "every N days" (weeks, months) of a translation, N above 2: (period, N, the words), read
    by its interval words around a number of the period (cada 3 meses, alle drei Monate) and by its
    ``every_nth`` (de três em três meses, un mois sur trois)."""
    said = _intervals_of_more_than_two(text, found, language, [])
    for period in ("day", "week", "month"):
        for match in _every_nth(text, period, language):
            n = _value(match.group("n"), language)
            if n is not None and n > 2 and not any(p == period and m == n for p, m, _ in said):
                said.append((period, n, match.group().strip()))
    return said


def _every_nth_read_two_ways(
    ctx: EntryContext, source_text: str, translation_text: str, in_source: list[Quantity]
) -> Iterator[Finding]:
    """The source's every Nth day or week said in words read two ways with its N (``every_nth_apart``:
    每隔三天 for "every third day", which others read as three days between doses, every fourth):
    a warning; a reviewer decides."""
    apart = ctx.language.every_nth_apart_res
    if not apart:
        return  # every language but Chinese
    said = _source_every_nth(source_text, in_source, ctx.source_language)
    for period, n, words in said:
        pattern = apart.get(period)
        for match in pattern.finditer(translation_text) if pattern is not None else ():
            if _value(match.group("n"), ctx.language) == n:
                yield ctx.finding(
                    CHECK,
                    WARNING,
                    f"'{words}' in the source: the translation says {match.group().strip()}, which may be read as "
                    f"{n} {period}s between doses (every {_length(n + 1, period)}); check that it says every "
                    f"{_length(n, period)}",
                )
                break


def _source_every_nth(text: str, in_source: list[Quantity], language: Language) -> list[tuple[str, Fraction, str]]:
    """Each "every N days" (weeks, months) of the source, N above 2: (period, N, the words)."""
    said = []
    for match in _SOURCE_EVERY_NTH_RE.finditer(text):
        n = Fraction(int(match.group("n"))) if match.group("n") else Fraction(_SOURCE_NTH[match.group("word").lower()])
        if n > 2:
            said.append((match.group("period").lower(), n, match.group()))
    return _intervals_of_more_than_two(text, in_source, language, said)


def _intervals_of_more_than_two(
    text: str, quantities: list[Quantity], language: Language, said: list[tuple[str, Fraction, str]]
) -> list[tuple[str, Fraction, str]]:
    """``said`` and each whole number of days, weeks or months above 2 of ``quantities`` that
    ``text`` says as an interval (its interval words around it: every 3 days, cada 3 meses), not
    said already: (period, N, the interval words)."""
    for q in quantities:
        if q.unit in ("day", "week", "month") and not q.per and q.value > 2 and q.value.denominator == 1:
            interval = interval_words(text, q.start, q.end, language)
            if interval is not None and not any(period == q.unit and n == q.value for period, n, _ in said):
                said.append((q.unit, q.value, interval.strip()))
    return said


def _says_every(period: str, text: str, markers: list[Marker], language: Language) -> bool:
    """Whether ``text`` says every ``period`` itself: by a per marker of it (todos los días, 매일,
    täglich), or, for a day, by its language's ``every_day`` words, which also hold the idioms no
    per marker reads (un día sí y otro también, 天天, 하루도 빠짐없이: every day, a double dose for
    every other day)."""
    if any(marker.unit == period and not marker.slash for marker in markers):
        return True
    return period == "day" and language.search("every_day", text) is not None


def _says_per(text: str, period: str, language: Language) -> bool:
    """Whether ``text`` says per ``period`` itself ("daily", "a week", 매일), not with a slash."""
    return any(marker.unit == period and not marker.slash for marker in per_markers(text, (language,)))


def _not_durations(found: list[Quantity], text: str, language: Language) -> list[Quantity]:
    """``found`` but the lengths of time said as a duration: "zwei Tage lang" (for two days) is two
    days, but no dose every two days."""
    return [q for q in found if q.unit not in PERIODS or not _for(text, q, language)]


def _for(text: str, quantity: Quantity, language: Language) -> str | None:
    """The words that say ``quantity`` (read in ``text``) is a duration: "pendant 2 jours", 2일 동안."""
    return words_around(
        text, quantity.start, quantity.end, language.pattern("duration_before"), language.pattern("duration_after")
    )


def _another_length(
    period: str, text: str, in_source: list[Quantity], found: list[Quantity], language: Language
) -> str | None:
    """Where the translation gives, for the source's every other ``period``, another interval
    ("every 3 days": 사흘에 한 번, cada tres días, un jour sur trois, jeden dritten Tag) or a
    duration ("for 2 days": zwei Tage lang, 2일 동안): what it says, in plain words, and its
    words as written.  Not a length of time the source gives itself ("every other day for 2
    weeks": its 2 weeks), nor a duration of one period, which the source may say with no number
    ("for a week", as 일주일 동안)."""
    for q in found:
        if q.unit not in PERIODS or q.per or any(q.same_amount(s) for s in in_source):
            continue
        interval = interval_words(text, q.start, q.end, language)
        if interval is not None:
            return f"every {_length(q.value, q.unit)} ({interval.strip()})"
        duration = _for(text, q, language) if q.value != 1 else None
        if duration is not None:
            return f"for {_length(q.value, q.unit)} ({duration.strip()})"
    for match in _every_nth(text, period, language):
        value = _value(match.group("n"), language)
        if value is not None and value != 2:
            return f"every {_length(value, period)} ({match.group().strip()})"
    return None


def _length(value: Fraction, unit: str) -> str:
    """ "3 days", "1 day"."""
    return f"{value} {unit}" if value == 1 else f"{value} {unit}s"


def _every_nth(text: str, period: str, language: Language) -> Iterator[re.Match]:
    pattern = language.every_nth_res.get(period)
    return pattern.finditer(text) if pattern is not None else iter(())


def _value(words: str, language: Language) -> Fraction | None:
    """The N of "one day in N", "every Nth day": in digits (3, 3.), words (trois, 三) or an
    ordinal (dritten); None when it is no number (jeden einzelnen Tag)."""
    digits = words.rstrip(".")
    if digits.isascii() and digits.isdigit():
        return Fraction(int(digits))
    spans = language.number_spans(words)
    if not spans and language.ordinals is not None:
        spans = list(language.ordinals(words))
    return next((value for start, end, value in spans if start == 0 and end == len(words)), None)


def _two_of(period: str, quantities: list[Quantity]) -> bool:
    """Whether one of ``quantities`` is two of ``period``: 2 días, 48 horas, 14 Tage."""
    two = Quantity("", Fraction(2), period).amount
    return any(quantity.amount == two for quantity in quantities)


def every_other(text: str, language: Language, strict: bool = False) -> list[tuple[str, str]]:
    """Each "every other <period>" of ``text``: (canonical period, the words as written).
    ``strict``: only the words that mean nothing else (not ``every_other_loose``)."""
    if language.any_every_other_re is None or not language.any_every_other_re.search(text):
        return []
    patterns = language.strict_every_other_res if strict else language.every_other_res
    return [(period, match.group()) for period, pattern in patterns.items() for match in pattern.finditer(text)]


def every_other_as_periods(text: str, language: Language) -> list[Quantity]:
    """Each "every other <period>" of ``text`` said with no number of its own (quincenalmente,
    vierzehntäglich, 격주, 隔週, bimestral: ``every_other``, strict) as the two periods it is, so
    that "every 2 weeks" said so keeps its 2, as `cada 15 días` (a ``customary_periods``) does.
    Not one that says its number (alle 2 Wochen, toutes les deux semaines): that is read itself."""
    return [
        Quantity(words, Fraction(2), period)
        for period, words in every_other(text, language, strict=True)
        if not language.number_spans(words)
    ]
