"""[units] rules 4 to 6: how often a dose is given, and which dose that is.

A rate is a per word of the source said of what is given ("1 g/kg a day",
"once a day", "2 L of water a day") or a period written in a quantity's
unit ("1 g/kg/day").  units.py has read the quantities and per markers of
both texts (quantities.py); here they are judged:

4. A rate of the source written in words ("1 g/kg a day", "once a day", "3
   times a week") keeps its period: the translation says it per day too (in
   the dose's sentence), not per week (일주일에) nor nothing at all.  "A daily
   dose of" says per day (1일 투여량, dosis diaria de, جرعة يومية).  Nor per dose: "The
   maximum dose is 40 mg per day" as 최대 용량은 1회 40 mg (40 mg por dosis, par prise, pro
   Einnahme, 每次, للجرعة الواحدة) gives 40 mg each time, whatever "per day" the translation
   says of another dose (통상 용량은 1일 1회 20 mg); a dose the source says with a count ("20
   mg once daily") or per dose itself is not judged so.  "The total daily dose of 40 mg/kg"
   is 40 mg/kg a day, its per word before its number.  The other way round, a dose the source
   gives per dose ("15 mg/kg per dose") is not said per day (15 mg/kg par jour), nor a count
   it gives per dose with no amount ("2 tablets at a time" as 2 comprimés par jour).  A per
   word after a dose's per kg and its words ("15 mg per kg of body weight per dose", 15 mg por
   kg de peso corporal al día) is said of that dose.  A count of
   two or more ("twice a day") keeps its period: said only of a dose (하루
   500 mg을 드세요. 두 번 드세요.), it makes that dose the day's.  A length of
   time that fills a day ("24 hours a day") says "all the time": kept as that
   length alone (24시간 운영합니다) it says so too, but not as a duration, once
   (durante 24 horas, 24시간 동안: ``for_a_time``).  Not "7 days a week": as 7
   días it says "for 7 days".
5. That rate is said of its own quantity: "400 mg/kg a day for 5 days, 2 g/kg
   in total" is not "하루에 2 g/kg, … 모두 합해 400 mg/kg" (five times the dose
   each day).  A rate word is said of the quantity right beside it, or of
   the one after the verb it is said with (每天接受 2 g/kg, cada día se
   administran 2 g/kg); one that may be read of two quantities, or of none,
   or followed by a count (2 g/kg을 하루 한 번씩), is not judged; between two
   quantities, it is said of the one said "each" (총 2 g/kg을 하루 400 mg/kg씩),
   and of neither without it (2 g/kg을 하루 400 mg/kg: Korean puts the object
   before the rate word, so the order alone does not tell).  A rate written
   in the unit (1 g/kg/day) is judged as one in words.  A count's rate ("once
   a day") is said of no dose, but a dose the source calls the whole course
   ("the whole dose is 2 to 3 g/kg") is not per day either; nor is one where
   the source says no period at all ("The total dose is 2 g/kg, divided over
   5 days" as 하루 2 g/kg씩: five times the dose).
6. Where the source says how often and the translation keeps it, the
   translation says no period the source never says: "once a week, on the
   same day each week" as 하루에 한 번, 매주 같은 요일에 keeps its week and
   makes the dose daily.

Only what can be read one way is judged: no finding rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from pipeline.checks.context import EntryContext, not_checked_without
from pipeline.checks.number_words import counts_of_a_medicine, times_a_day_uncounted
from pipeline.checks.numerals import number_pattern, number_words, translation_values
from pipeline.checks.quantities import (
    PERIODS,
    Marker,
    Quantity,
    alternation,
    blank_spans,
    per_markers,
    range_separators,
    sentence_ids,
)
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language

CHECK = "units"  # rules 4 to 6 of [units] (units.py)


@dataclass(frozen=True)
class RateFindings:
    """What rules 4 to 6 found in one entry."""

    # Periods the translation says of another quantity than the source's (rule 5):
    # rule 2 does not report them again as "does not say per day".
    moved: frozenset[str]
    findings: tuple[Finding, ...]  # rule 4's, then rule 5's


_NO_RATES = RateFindings(frozenset(), ())


def check_rates(
    ctx: EntryContext,
    source_text: str,
    in_source: list[Quantity],
    found: list[Quantity],
    markers: list[Marker],
    translation_text: str,
) -> RateFindings:
    """Rules 4 and 5 for one entry, given the quantities of the source
    (``in_source``), and the quantities (``found``) and per markers of the
    translation as [units] read them.  The source's per words are read once."""
    periods = _source_periods(source_text, ctx.source_language)
    rates = source_rates(source_text, ctx.source_language, in_source, periods)
    written = _written_rates(in_source, rates)
    per_period = tuple(_said_per_period(ctx, source_text, rates + written, in_source, found, markers, translation_text))
    if not per_period:
        per_period = tuple(_count_said_per_period(ctx, source_text, periods, in_source, markers, translation_text))
    if per_period:  # the dose of each time made the period's: that finding, not also how often
        return RateFindings(frozenset(), per_period)
    whole_per_period = tuple(
        _whole_course_said_per_period(ctx, source_text, in_source, found, markers, translation_text)
    ) or tuple(_whole_count_said_per_period(ctx, source_text, periods, markers, translation_text))
    if whole_per_period:  # the whole course made each day's: that finding, not also a period added
        return RateFindings(frozenset(), whole_per_period)
    if not (rates or written):
        return _NO_RATES  # most messages state no rate: nothing to look for
    said = Counter(marker.unit for marker in periods)
    misplaced = list(_rates_tied(ctx, source_text, said, rates + written, in_source, found, markers, translation_text))
    # A rate said of the wrong quantity is one finding, not also "nothing per day" for the right one.
    moved = frozenset(unit for unit, _ in misplaced)
    kept: list[Finding] = []
    if rates:
        sentences = sentence_ids(translation_text)
        unmoved = [rate for rate in rates if rate.unit not in moved]
        kept = list(_rates_kept(ctx, unmoved, found, markers, translation_text, sentences))
    if kept or misplaced:  # the period changed or went astray: said once, not also as one added
        return RateFindings(moved, (*kept, *(finding for _, finding in misplaced)))
    per_dose = tuple(_said_per_dose(ctx, source_text, rates + written, found, markers, translation_text))
    if per_dose:  # the period kept elsewhere, this dose given each time: not also a period added
        return RateFindings(moved, per_dose)
    return RateFindings(
        moved, tuple(_periods_added(ctx, rates + written, periods, in_source, markers, translation_text))
    )


@dataclass(frozen=True)
class Rate:
    """A per word of the source and what it is said of: "1 g/kg a day", "once a day"."""

    text: str  # from what it is said of to the per word: "400 mg/kg (0.4 g/kg) a day"
    unit: str  # canonical: "day"
    doses: tuple[Quantity, ...]  # the quantities it is the rate of; none for "once a day"
    written: bool = False  # only in a unit: "1 g/kg/day" (rule 2 keeps its period, rule 5 its quantity)
    # Said of a length of time that fills a day: "24 hours a day" says "all the time" (a
    # helpline open around the clock), no dose given so often.
    whole: bool = False
    # A count of times between its dose and its per word ("20 mg once daily", "500 mg twice a
    # day"): the dose is each one's, not the period's whole.
    counted: bool = False


# Between what is given and its per word: "1 g/kg a day", "400 mg/kg (0.4 g/kg)
# a day", "2 L of water a day", "2 tablets twice a day": a parenthesis and two
# words at most, no number, no punctuation.
_RATE_GAP_RE = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:[^\W\d_]+\s+){0,2}")


def source_rates(text: str, language: Language, found: list[Quantity], periods: list[Marker]) -> list[Rate]:
    """The rates of the source: a per word ("a day", "weekly": ``periods``, from
    :func:`_source_periods`) right after a quantity, a count of times or a
    number.  A per word alone ("check your skin every day", "a day or two")
    is not read as a rate."""
    if not periods:
        return []  # most messages: nothing a rate could be said of needs finding
    anchors: list[tuple[int, int, Quantity | None]] = [(q.start, q.end, q) for q in found]
    if language.times_words:
        times = re.compile(rf"\b(?:{alternation(language.times_words)})\b", re.IGNORECASE)
        anchors += [(match.start(), match.end(), None) for match in times.finditer(text)]
    digits = re.compile(number_pattern(language.decimal_symbol, language.group_symbol))
    anchors += [(match.start(), match.end(), None) for match in digits.finditer(text)]
    # "half an hour", "half a day": the period is what is halved, a length of time, no rate.
    halves = {end for _, end, value in language.number_spans(text) if value < 1}
    anchors += [(start, end, None) for start, end, _ in language.number_spans(text)]
    count = _count_between_re(language)
    rates = []
    for marker in periods:
        # "400 mg per day", "0.5 mL per hour per kg": a per word written into a quantity
        # is said of it (not of its 400, as if a count of times).
        holding: list[tuple[int, Quantity | None]] = [
            (q.start, q) for q in found if q.start <= marker.start and marker.end <= q.end
        ]
        said_of = holding or [
            (start, quantity)
            for start, end, quantity in anchors
            if end <= marker.start
            and not (end in halves and not text[end : marker.start].strip() and _is_article_period(text, marker))
            and (
                _is_rate_gap(text[end : marker.start], language)
                # "60 mg per kg of body weight per day": after the dose's per kg and its words
                or (quantity is not None and _after_its_dose(text, end, marker.start, per_markers(text, (language,))))
            )
            and not (quantity is not None and marker.unit in quantity.per)  # 400 mg/kg/day: rule 2
        ]
        if said_of:
            start = min(start for start, _ in said_of)
            doses = tuple(quantity for _, quantity in said_of if quantity is not None)
            # Only a day: "7 days a week" as 7 días ("for 7 days") would end a treatment.
            whole = marker.unit == "day" and bool(doses) and not any(_may_be_rated(dose, "day") for dose in doses)
            counted = bool(doses) and count.search(text, max(q.end for q in doses), marker.start) is not None
            rates.append(Rate(text[start : marker.end], marker.unit, doses, whole=whole, counted=counted))
            continue
        named = _dose_named(text, marker, found, language)
        if named is not None:  # "the total daily dose of 40 mg/kg": the day's dose, its number after
            start, end, doses = named
            rates.append(Rate(text[start:end], marker.unit, doses))
    return rates


# From a dose noun to the number of the dose it names: a few words ("of", "is", "for children is",
# "should not exceed") or a label's colon; no number, no other mark, no clause end.
_NAMED_DOSE_GAP_RE = re.compile(r"(?:\s+[^\W\d_]+){0,5}\s*:?\s*")


@lru_cache(maxsize=64)
def _dose_noun_res(language: Language) -> tuple[re.Pattern, re.Pattern] | None:
    """The language's ``dose_nouns`` right after a per word ("daily dose") and right before one ("dose per day")."""
    if not language.dose_nouns:
        return None
    nouns = rf"\b(?:{language.dose_nouns})\b"
    return re.compile(rf"\s+{nouns}", re.IGNORECASE), re.compile(rf"{nouns}\s+$", re.IGNORECASE)


def _dose_named(
    text: str, marker: Marker, found: list[Quantity], language: Language
) -> tuple[int, int, tuple[Quantity, ...]] | None:
    """A per word said of the dose a dose noun beside it names, its number after them: "The total
    daily dose of 40 mg/kg", "The maximum daily dose is 40 mg", "Maximum dose per day: 4 g" are 40
    mg/kg, 40 mg, 4 g a day. (Where its words start and end, the dose and those listed with it.)
    None where no dose noun stands beside it, or no dose follows close after."""
    nouns = _dose_noun_res(language)
    if nouns is None:
        return None
    after, before = nouns
    noun_after = after.match(text, marker.end)
    noun_before = None if noun_after else before.search(text, max(0, marker.start - 16), marker.start)
    if noun_after is None and noun_before is None:
        return None
    gap_start = noun_after.end() if noun_after else marker.end
    following = sorted((q for q in found if q.start >= gap_start), key=lambda q: q.start)
    if not following or not following[0].is_dose:
        return None
    if _NAMED_DOSE_GAP_RE.fullmatch(text, gap_start, following[0].start) is None:
        return None
    doses = _written_with(text, following[0], following[1:], _LISTED_RE, backwards=False)
    start = noun_before.start() if noun_before else marker.start
    return start, max(q.end for q in doses), tuple(q for q in doses if q.is_dose)


def _written_rates(in_source: list[Quantity], rates: list[Rate]) -> list[Rate]:
    """The rates the source writes only in a unit ("1 g/kg/day for 3 days (3 g/kg in
    total)"), of a period it says in no word: rule 5 judges them as it does "a day"."""
    worded = {rate.unit for rate in rates}
    return [
        Rate(q.text, unit, (q,), written=True)
        for q in in_source
        for unit in q.per
        if unit in PERIODS and unit not in worded
    ]


def _source_periods(text: str, language: Language) -> list[Marker]:
    """The per words of the source ("a day", "weekly"): not "/day", which is a quantity's, nor the
    hour of a length said in words ("an hour and a half", "a quarter of an hour": number_words)."""
    lengths = [(start, end) for start, end, _, unit in number_words(text, language) if unit in PERIODS]
    return [
        marker
        for marker in per_markers(text, (language,))
        if not (marker.slash or marker.suffixed or marker.unit not in PERIODS)
        and not any(start <= marker.start and marker.end <= end for start, end in lengths)
    ]


def _is_article_period(text: str, marker: Marker) -> bool:
    """A per word said with an article, "a day", "an hour" (not "daily", "per day")."""
    return text[marker.start : marker.end].lower().split(" ", 1)[0] in ("a", "an")


def _is_rate_gap(gap: str, language: Language) -> bool:
    """ "1 g/kg a day", "2 L of water a day", but not "30 minutes to an hour",
    "2 g in a day or two": no function word but "of" between them."""
    match = _RATE_GAP_RE.fullmatch(gap)
    return match is not None and not any(
        word.lower() in language.function_words and word.lower() != "of" for word in gap.split()
    )


def _rates_kept(
    ctx: EntryContext,
    rates: list[Rate],
    found: list[Quantity],
    markers: list[Marker],
    translation_text: str,
    sentences: list[int],
) -> Iterator[Finding]:
    """Rule 4: a rate of the source ("1 g/kg a day", "once a day") is said in
    the translation of the same period: in the sentence of the dose, or, for a
    count of times, anywhere.  Only for a language that has words for it."""
    reported = set()
    for rate in rates:
        if not _has_rate_words(ctx.language, rate.unit):
            if not has_period_words(ctx.language) and not _says_period(rate.unit, markers, found):
                yield period_not_checked(ctx, f"'{rate.text}'", rate.unit)
            continue
        doses = [q for q in found if any(q.same_amount(dose) for dose in rate.doses)]
        if rate.doses and not doses:
            continue  # the dose itself is not rendered: reported above or by [numbers]
        where = {sentences[q.start] for q in doses}
        said = [
            (m.unit, translation_text[m.start : m.end].strip())
            for m in markers
            if m.unit in PERIODS and (not doses or sentences[m.start] in where)
        ]
        said += [(unit, q.text) for q in (doses or found) for unit in q.per if unit in PERIODS]
        taken = _period_taken_by_doses(ctx, rate, found, markers, translation_text, sentences) if not doses else ""
        if taken:
            message = (
                f"'{rate.text}' (per {rate.unit}) in the source: "
                f"the translation says per {rate.unit} only of a dose ({taken}), not how often"
            )
        elif any(unit == rate.unit for unit, _ in said) or (
            rate.whole and not said and not _for_a_time(ctx, rate, found, translation_text)
        ):
            # "24 hours a day" kept as its 24 hours alone (24시간 운영, 24小時服務) still says all
            # day; as 24 hours a week it does not.
            continue
        elif _times_a_day_said_uncounted(ctx, rate, translation_text):
            continue
        else:
            instead = ", ".join(f"per {unit} ({words})" for unit, words in dict.fromkeys(said))
            says = f"says {instead} and nothing per {rate.unit}" if instead else f"says nothing per {rate.unit}"
            message = f"'{rate.text}' (per {rate.unit}) in the source: the translation {says}"
        if message not in reported:
            reported.add(message)
            yield ctx.finding(CHECK, ERROR, message)


@lru_cache(maxsize=64)
def _count_between_re(language: Language) -> re.Pattern:
    """A count of times ("once", "twice") or a number: what, between a dose and its per word ("20 mg
    once daily"), makes the dose each time's, not the period's (``Rate.counted``).  Built once per
    language, not for every source text read."""
    times_or = rf"\b(?:{alternation(language.times_words)})\b|" if language.times_words else ""
    return re.compile(rf"{times_or}\d", re.IGNORECASE)


def _said_per_dose(
    ctx: EntryContext,
    source_text: str,
    rates: list[Rate],
    found: list[Quantity],
    markers: list[Marker],
    translation_text: str,
) -> Iterator[Finding]:
    """Rule 4: a dose the source gives per a period ("The maximum dose is 40 mg per day") is not
    said per dose in the translation (최대 용량은 1회 40 mg, 40 mg por dosis: the language's
    ``per_dose_words``), judged for that dose: a "per day" the translation says of another (통상
    용량은 1일 1회 20 mg) does not make it the day's, one said of it does (täglich 40 mg als
    Einzeldosis: the day's dose at once). Not where the source says per dose itself, nor of a dose it
    says with a count ("20 mg once daily": each dose is 20 mg)."""
    words = _per_dose_re(ctx.language)
    spans = [match.span() for match in words.finditer(translation_text)] if words is not None else []
    if not spans:
        return  # nearly every translation
    in_source = _per_dose_re(ctx.source_language)
    if in_source is not None and in_source.search(source_text):
        return
    after_dose = not ctx.language.per_words_before_dose
    sentences = sentence_ids(translation_text)
    for rate in rates:
        if rate.counted or not rate.doses:
            continue
        doses = [q for q in found if q.is_dose and any(q.same_amount(dose) for dose in rate.doses)]
        if not _period_in_sentences(rate.unit, doses, markers, sentences):
            continue  # no word for the period beside the dose: rules 2 and 4 say "nothing per day"
        tied = [_per_dose_said(q, spans, translation_text, after_dose, markers) for q in doses]
        if all(tied) and not _period_said_of(doses, rate.unit, markers, found, translation_text, ctx.language):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"'{rate.text}' (per {rate.unit}) in the source: the translation says {doses[0].text} per dose "
                f"({tied[0]}), not per {rate.unit}",
            )


def _said_per_period(
    ctx: EntryContext,
    source_text: str,
    rates: list[Rate],
    in_source: list[Quantity],
    found: list[Quantity],
    markers: list[Marker],
    translation_text: str,
) -> Iterator[Finding]:
    """Rule 4 the other way round: a dose the source gives per dose ("The usual dose is 15 mg/kg per
    dose, up to 4 times a day") is not said per a period in the translation (15 mg/kg par jour: the
    day's dose, a quarter of it each time), unless the translation says it per dose too. Not where
    the source gives that amount per a period as well, nor where it gives its doses once a period
    ("15 mg/kg per dose once a day" is the day's dose)."""
    words = _per_dose_re(ctx.source_language)
    spans = [match.span() for match in words.finditer(source_text)] if words is not None else []
    if not spans:
        return  # nearly every source
    source = ctx.source_language
    if any(not rate.doses and 1 in translation_values(rate.text, source, source) for rate in rates):
        return
    source_markers = per_markers(source_text, (source,))
    after = not source.per_words_before_dose
    per_dose = [
        q
        for q in in_source
        if q.is_dose
        and _per_dose_said(q, spans, source_text, after, source_markers)
        and not any(q.same_amount(dose) for rate in rates for dose in rate.doses)
    ]
    if not per_dose:
        return
    translation_words = _per_dose_re(ctx.language)
    translation_spans = (
        [match.span() for match in translation_words.finditer(translation_text)] if translation_words else []
    )
    after_in_translation = not ctx.language.per_words_before_dose
    # A period written into the unit that the source never says (2 g/kg/h) is rule 7's finding (units.py).
    said = {marker.unit for marker in source_markers} | {unit for q in in_source for unit in q.per}
    reported = set()
    for unit in sorted(PERIODS):
        for marker, tie_words, group, sure in _translation_ties(translation_text, unit, markers, found, ctx.language):
            if marker is None and unit not in said:
                continue
            for q in group if sure else ():
                dose = next((w for w in per_dose if w.same_amount(q)), None)
                if dose is None or dose.text in reported:
                    continue
                if _per_dose_said(q, translation_spans, translation_text, after_in_translation, markers):
                    continue
                reported.add(dose.text)
                yield ctx.finding(
                    CHECK,
                    ERROR,
                    f"{dose.text} per dose in the source: the translation says it per {unit} ({tie_words}), not per dose",
                )


def _count_said_per_period(
    ctx: EntryContext,
    source_text: str,
    periods: list[Marker],
    in_source: list[Quantity],
    markers: list[Marker],
    translation_text: str,
) -> Iterator[Finding]:
    """Rule 4 the other way round for what the source counts with no amount: "Take 2 tablets at a
    time" said "2 comprimés par jour" (하루에 2정, 每天服用2錠, في اليوم, al día, pro Tag) is the
    day's dose, a part of it each time.  Only where the source says no period at all (a word, or
    a length of time: "or 8 in 24 hours") and gives no dose amount (judged above), and the
    translation says no "per dose" of its own."""
    words = _per_dose_re(ctx.source_language)
    said = words.search(source_text) if words is not None else None
    if said is None or periods or any(q.is_dose or q.unit in PERIODS for q in in_source):
        return
    translation_words = _per_dose_re(ctx.language)
    if translation_words is not None and translation_words.search(translation_text):
        return
    marker = next((m for m in markers if m.unit in PERIODS and not m.slash), None)
    if marker is not None:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"'{said.group()}' in the source: the translation says per {marker.unit} "
            f"({translation_text[marker.start : marker.end].strip()}), not per dose",
        )


def _period_in_sentences(unit: str, doses: list[Quantity], markers: list[Marker], sentences: list[int]) -> bool:
    """Whether a word for ``unit`` stands in the sentence of one of ``doses``."""
    where = {sentences[q.start] for q in doses}
    return any(m.unit == unit and sentences[m.start] in where for m in markers)


def _period_said_of(
    doses: list[Quantity], unit: str, markers: list[Marker], found: list[Quantity], text: str, language: Language
) -> bool:
    """Whether a word for ``unit`` of the translation may be said of one of ``doses`` (täglich 40 mg);
    not one a count follows, said of that count (1회 40 mg을 하루 2회: twice a day, 40 mg each time)."""
    counts = blank_spans(blank_spans(text, [m for m in markers if m.suffixed]), found)
    return any(
        q.start == dose.start and q.end == dose.end
        for marker, _, group, _ in _translation_ties(text, unit, markers, found, language)
        if marker is None or not translation_values(_next_words(counts, marker.end), language, language)
        for q in group
        for dose in doses
    )


def _per_dose_said(
    quantity: Quantity, spans: list[tuple[int, int]], text: str, after_dose: bool, markers: list[Marker]
) -> str:
    """The per-dose words said of ``quantity`` with it as written ("1회 40 mg", "40 mg por dosis"):
    right before it or across a verb (two words, no number), or, in a language that writes them
    after the dose (``after_dose``), right after it, or after its per kg ("20 mg pro kg
    Körpergewicht pro Einzelgabe"); "" when none is."""
    for start, end in spans:
        if end <= quantity.start and _near(text[end : quantity.start]):
            return text[start : quantity.end]
        if after_dose and start >= quantity.end and _after_its_dose(text, quantity.end, start, markers):
            return text[quantity.start : end]
    return ""


# After a dose's per kg and before what is said of the dose: the words of the body weight ("pro kg
# Körpergewicht", "par kg de poids corporel"), three at most, no number, no mark.
_PER_PART_WORDS_RE = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*")


def _after_its_dose(text: str, dose_end: int, start: int, markers: list[Marker]) -> bool:
    """Whether words at ``start`` stand right after the dose ending at ``dose_end``: with at most
    a particle between (40 mg por dosis), or the dose's per kg and its words (20 mg pro kg
    Körpergewicht pro Einzelgabe, 15 mg/kg par prise)."""
    if _QUANTITY_FIRST_GAP_RE.fullmatch(text, dose_end, start):
        return True
    per_part = next(
        (m for m in markers if m.unit not in PERIODS and not text[dose_end : m.start].strip() and m.end <= start), None
    )
    return per_part is not None and _PER_PART_WORDS_RE.fullmatch(text, per_part.end, start) is not None


@lru_cache(maxsize=64)
def _per_dose_re(language: Language) -> re.Pattern | None:
    """The language's words for "per dose", "at a time" (``per_dose_words``), as one pattern."""
    words = language.per_dose_words
    return re.compile("|".join(f"(?:{word})" for word in words), re.IGNORECASE) if words else None


def _times_a_day_said_uncounted(ctx: EntryContext, rate: Rate, translation_text: str) -> bool:
    """Whether a count of times a day ("twice a day") is said by the times of day the translation
    names or the hours between its doses: "matin et soir", "de 12 em 12 horas" say twice a day."""
    if rate.unit != "day" or rate.doses:
        return False
    counts = translation_values(rate.text, ctx.source_language, ctx.source_language)
    return bool(counts & times_a_day_uncounted(translation_text, ctx.language))


def _periods_added(
    ctx: EntryContext,
    rates: list[Rate],
    periods: list[Marker],
    in_source: list[Quantity],
    markers: list[Marker],
    translation_text: str,
) -> Iterator[Finding]:
    """Rule 6: where the source says how often ("once a week") and the translation keeps it,
    the translation says no period the source never says. "Take methotrexate once a week, on the same day each
    week" as 하루에 한 번, 매주 같은 요일에 keeps a "per week" for rule 4 (매주) and adds the
    "per day" of a daily dose: the overdose methotrexate is known for."""
    if not has_period_words(ctx.language):
        return  # a language with no words for periods: rates_kept's warning says what is not read
    in_the_source = {marker.unit for marker in periods} | {unit for q in in_source for unit in q.per}
    given = ", ".join(sorted({rate.unit for rate in rates}))
    for unit, words in dict.fromkeys(
        (marker.unit, translation_text[marker.start : marker.end].strip())
        for marker in markers
        if marker.unit in PERIODS and marker.unit not in in_the_source
    ):
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the translation says per {unit} ({words}); the source says how often only per {given}",
        )


def has_period_words(language: Language) -> bool:
    """Whether the language module names words for periods ("a day", 매일, al día): without them
    (a language ``leaflets init`` added) how often a dose is given cannot be read."""
    return any(language.per_words.get(unit) for unit in PERIODS)


def _period_taken_by_doses(
    ctx: EntryContext, rate: Rate, found: list[Quantity], markers: list[Marker], text: str, sentences: list[int]
) -> str:
    """For a count of two times or more ("twice a day"), the translation's words
    for the period when every one of them is said of a dose, in a sentence with
    no count: 하루 500 mg을 드세요. 두 번 드세요. for "Take 500 mg. Take it twice a
    day." makes 500 mg the day's dose (half of it).  Empty when not so: "once a
    day" of a dose is the day's dose (하루 400 mg), and 하루에 500 mg을 두 번 says
    the count in the rate word's sentence."""
    if max(translation_values(rate.text, ctx.source_language, ctx.source_language), default=0) < 2:
        return ""
    of_unit = [m for m in markers if m.unit == rate.unit]
    ties = {
        (marker.start, marker.end): words
        for marker, words, group, sure in _translation_ties(text, rate.unit, markers, found, ctx.language)
        if marker is not None and sure and any(q.is_dose for q in group)
    }
    if not of_unit or any((m.start, m.end) not in ties for m in of_unit):
        return ""
    uncounted = blank_spans(text, found)
    for m in of_unit:
        sentence = "".join(char for i, char in enumerate(uncounted) if sentences[i] == sentences[m.start])
        if translation_values(sentence, ctx.language, ctx.language):
            return ""
    return ", ".join(dict.fromkeys(ties[(m.start, m.end)] for m in of_unit))


def _rates_tied(
    ctx: EntryContext,
    source_text: str,
    said: Counter[str],
    rates: list[Rate],
    in_source: list[Quantity],
    found: list[Quantity],
    markers: list[Marker],
    translation_text: str,
) -> Iterator[tuple[str, Finding]]:
    """Rule 5: the translation says a rate of the quantity the source says it of,
    not of another one: "400 mg/kg a day for 5 days, 2 g/kg in total" is not
    "하루에 2 g/kg, … 모두 합해 400 mg/kg" (five times the dose each day).  Only
    what can be read one way is judged: no finding rather than a guess.  Yields
    (the period, the finding); ``said`` counts the source's per words of each period."""
    reported = set()
    for unit in dict.fromkeys(rate.unit for rate in rates):
        of_unit = [rate for rate in rates if rate.unit == unit]
        counts = not any(rate.doses for rate in of_unit)  # "once a day", "3 times a week"
        if said[unit] != sum(not rate.written for rate in of_unit) or not (
            counts or all(rate.doses for rate in of_unit)
        ):
            # A per word said of no quantity ("a daily dose of 400 mg"), or of a count
            # and of a dose: which quantities the source gives per day is not known.
            continue
        rated = [q for rate in of_unit for dose in rate.doses for q in _listed_with(source_text, dose, in_source)]
        rated += [q for q in in_source if unit in q.per]
        # A count is said of no dose: a dose given once a day may well be a day's
        # dose (Take 400 mg. Take it once a day: 하루 400 mg), but not the whole course.
        candidates = _totals(source_text, in_source, ctx.source_language) if counts else in_source
        others: dict[tuple[str, Fraction], Quantity] = {}
        for q in candidates:
            if _may_be_rated(q, unit) and not any(q.same_amount(r) for r in rated):
                others.setdefault(q.amount, q)
        if not others:
            continue
        ties = list(_translation_ties(translation_text, unit, markers, found, ctx.language))
        if any(q.same_amount(r) for _, _, group, _ in ties for q in group for r in rated):
            continue  # the source's dose has the rate in the translation (another may too: no guess)
        for _, words, group, sure in ties:
            instead = next((others[q.amount] for q in group if q.amount in others), None)
            if not sure or instead is None:
                continue
            wrong = _as_written(source_text, instead, in_source)
            message = (
                f"the translation gives {wrong} per {unit} ({words}) where the source gives "
                + " and ".join(dict.fromkeys(f"'{rate.text}'" for rate in of_unit))
                + (
                    f": {wrong} is the whole dose in the source, not per {unit}"
                    if counts
                    else f": {wrong} is not per {unit} in the source"
                )
            )
            if message not in reported:
                reported.add(message)
                yield unit, ctx.finding(CHECK, ERROR, message)


# A duration of a period or longer is not what a rate is said of: 하루에 5일 동안
# is "a day, for 5 days", never "5 days a day".
_PERIOD_MINUTES = {"minute": 1, "hour": 60, "day": 60 * 24, "week": 60 * 24 * 7, "month": 60 * 24 * 28}


# What stands between a quantity and the rate word it is read with.  After the
# quantity: a closing parenthesis and a Korean particle written on it (400
# mg/kg을 하루에, 0.4 g/kg)씩 매일, 400 mg/kg (0,4 g/kg) al día).  Before it
# (하루에 400 mg, 每天 400 mg): a space at most ("체중 1 kg당" is blanked first).
_QUANTITY_FIRST_GAP_RE = re.compile(r"[)）\]]*[^\W\d_]{0,2}\s*")


_WORD_FIRST_GAP_RE = re.compile(r"\s*[(（]?\s*")


# Close enough to be read with it all the same: two words, no number, no comma.
_NOT_NEAR_RE = re.compile(r"[\d,;:.!?，、；：。،؛]")
# The rest of a count's word after its dose form, then a space ("21 comprimido|s al día", "21
# قرص|ًا يوميًا"): a per word after it is right beside the count.  Not in a verb-final language,
# where it is a particle ("총 21정을 하루 세 번": the day's is the three times).
_ENDING_BEFORE_A_SPACE = re.compile(r"[^\s\d,;:.!?，、；：。،؛]{1,3}\s+")


# Where a clause ends (a decimal point is none): a total word beyond it is said of another dose.
_CLAUSE_END_RE = re.compile(r"[,;:()!?，、；：。（）،؛]|\.(?!\d)")


# Between quantities of a list in the source: one word or mark ("or", "to", ",").
_LISTED_RE = re.compile(r"\s*(?:[^\W\d_]+|[,/~\-–—])?\s*")


def _whole_course_said_per_period(
    ctx: EntryContext,
    source_text: str,
    in_source: list[Quantity],
    found: list[Quantity],
    markers: list[Marker],
    translation_text: str,
) -> Iterator[Finding]:
    """Rule 5 where the source says no period: a dose it calls the whole course ("The total dose
    is 2 g/kg, divided over 5 days") is not given per a period in the translation (하루 2 g/kg씩, 2
    g/kg al día, 每天給予2 g/kg, täglich 2 g/kg): given each of the 5 days, five times the dose.
    Only a period the source never says (a per word or unit of its own is rules 4 and 5's), and
    only a per word the translation can say of that dose alone (총 2 g/kg을 5일간 매일 나누어: 매일
    is not said of the 2 g/kg); a period written into the unit (2 g/kg/일) is rule 7's.  A per
    word a verb away from the dose (1 500 mg est administrée chaque jour) is said of it when no
    other quantity is near: the whole dose given each day all the same."""
    source = ctx.source_language
    lowered = source_text.lower()
    if not any(word in lowered for word in _whole_course_words(source)):
        return  # nearly every source: a test of substrings, several times quicker than a regex
    whole = _totals(source_text, in_source, source) + _spread(source_text, in_source, source)
    if not whole:
        return
    said = {m.unit for m in per_markers(source_text, (source,))} | {unit for q in in_source for unit in q.per}
    reported = set()
    for unit in sorted(PERIODS - said):
        for marker, words, group, sure in _translation_ties(translation_text, unit, markers, found, ctx.language):
            dose = next((w for w in whole for q in group if q.same_amount(w)), None)
            # said of the whole dose alone: 1 500 mg is also read as 500 mg, within it
            wholes = [q for q in group if any(q.same_amount(w) for w in whole)]
            alone = all(any(w.start <= q.start and q.end <= w.end for w in wholes) for q in group)
            if marker is None or not (sure or alone) or dose is None or dose.text in reported:
                continue
            reported.add(dose.text)
            words = words or _tie_words(translation_text, marker, group)
            wrong = _as_written(source_text, dose, in_source)
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the translation gives {wrong} per {unit} ({words}); the source gives {wrong} as the whole "
                f"dose, not per {unit}",
            )


def _whole_count_said_per_period(
    ctx: EntryContext, source_text: str, periods: list[Marker], markers: list[Marker], translation_text: str
) -> Iterator[Finding]:
    """Rule 5 for a count of a dose form the source calls the whole course: "The total dose is 10
    tablets taken over 5 days" as `10 comprimidos al día durante 5 días` (하루에 10정씩, 每天服用10錠,
    10 comprimés par jour, 10 Tabletten pro Tag, 10 أقراص يوميًا) is ten a day, five times the
    course.  Of a count the translation says with a per word right beside it (two words at most,
    no number, no mark, no total word between: 매일 나누어 총 10정 is the total spread over the
    days), or with nothing but a total word between (每日共10錠, 하루 총 10정: a day's total).
    Where the source says a period of its own ("Take 1 tablet three times a day, for a total of 21
    tablets"), its per word is the times', and only a count it calls the total in words, said
    with a per word right beside it, is one said per that period: `每日共21錠`, `21 comprimidos al
    día en total`; `共21錠` passes."""
    source = ctx.source_language
    lowered = source_text.lower()
    if not any(word in lowered for word in (source.total_words if periods else _whole_course_words(source))):
        return  # nearly every source: a test of substrings
    counts = counts_of_a_medicine(source_text, source)
    words = _total_words_re(source) if source.total_words else None
    spans = [(match.start(), match.end()) for match in words.finditer(source_text)] if words is not None else []
    spread = _spread_re(source)
    whole = {
        number.value: source_text[number.start : end]
        for number, end in counts
        if any(
            _one_clause(source_text[end:start] if end <= start else source_text[stop : number.start])
            for start, stop in spans
        )
        or (not periods and spread is not None and spread.match(source_text, end) is not None)
    }
    if not whole:
        return
    said = [m for m in markers if m.unit in PERIODS and not m.slash]
    for number, end in counts_of_a_medicine(translation_text, ctx.language):
        count = whole.get(number.value)
        if count is None:
            continue
        for marker in said:
            gap = (
                translation_text[marker.end : number.start]
                if marker.end <= number.start
                else translation_text[end : marker.start]
                if marker.start >= end
                else None
            )
            if gap is None or not _near(gap):
                continue
            beside = (
                not gap.strip()
                or _only_total_words(gap, ctx.language)
                or (not ctx.language.verb_final and _ENDING_BEFORE_A_SPACE.fullmatch(gap) is not None)
            )
            if not beside and (periods or _says_total(gap, ctx.language)):
                continue
            tie = translation_text[min(marker.start, number.start) : max(marker.end, end)].strip()
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the translation gives {count} per {marker.unit} ({tie}); the source gives {count} as the "
                f"whole dose, not per {marker.unit}",
            )
            return


@lru_cache(maxsize=64)
def _whole_course_words(language: Language) -> tuple[str, ...]:
    """The language's ``total_words`` and ``spread_words``, lower-cased."""
    return tuple(word.lower() for word in language.total_words + language.spread_words)


@lru_cache(maxsize=64)
def _spread_re(language: Language) -> re.Pattern | None:
    """A dose's ``spread_words`` after it: a comma and three words at most, no number, between."""
    if not language.spread_words:
        return None
    return re.compile(rf",?\s*(?:[^\W\d_]+\s+){{0,3}}(?:{alternation(language.spread_words)})\b", re.IGNORECASE)


def _spread(text: str, in_source: list[Quantity], language: Language) -> list[Quantity]:
    """The doses the source spreads over a length of time: "2 g/kg, divided over 5 days"."""
    spread = _spread_re(language)
    if spread is None:
        return []
    return [q for q in in_source if q.is_dose and spread.match(text, q.end) is not None]


def _totals(text: str, in_source: list[Quantity], language: Language) -> list[Quantity]:
    """The doses the source calls the whole course: "2 g/kg in total", "the whole
    dose is 2 to 3 g/kg", "a total of up to 2 g/kg" (a few words, no punctuation, between)."""
    if not language.total_words:
        return []
    words = _total_words_re(language)
    spans = [(match.start(), match.end()) for match in words.finditer(text)]
    return [
        q
        for q in in_source
        if q.is_dose
        and any(_one_clause(text[q.end : start] if q.end <= start else text[end : q.start]) for start, end in spans)
    ]


@lru_cache(maxsize=64)
def _total_words_re(language: Language) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(language.total_words)})\b", re.IGNORECASE)


def _says_total(gap: str, language: Language) -> bool:
    """Whether ``gap`` says "in total" (총, 總共, en total): anywhere in it, as Chinese writes no spaces."""
    return any(word in gap.lower() for word in language.total_words)


def _only_total_words(gap: str, language: Language) -> bool:
    """Whether ``gap`` is a word for "in total" and nothing else (共, 總共, 총): a per word before it
    makes the total the period's (每日共21錠, 하루 총 21정)."""
    return gap.strip().lower() in {word.lower() for word in language.total_words}


def _one_clause(gap: str) -> bool:
    return _CLAUSE_END_RE.search(gap) is None and len(gap.split()) <= 4


def _as_written(text: str, quantity: Quantity, in_source: list[Quantity]) -> str:
    """A quantity of the source as written with those listed with it: "2 to 3 g/kg", not "2"."""
    for q in in_source:
        listed = _listed_with(text, q, in_source)
        if len(listed) > 1 and any(quantity.same_amount(other) for other in listed):
            return text[min(other.start for other in listed) : max(other.end for other in listed)]
    return quantity.text


def _may_be_rated(quantity: Quantity, unit: str) -> bool:
    length = _PERIOD_MINUTES.get(quantity.unit)
    return length is None or quantity.value * length < _PERIOD_MINUTES[unit]


def _translation_ties(
    text: str, unit: str, markers: list[Marker], found: list[Quantity], language: Language
) -> Iterator[tuple[Marker | None, str, list[Quantity], bool]]:
    """Each "per <unit>" of the translation with the quantities it is said of:
    (the marker, None for a unit's /day; its words; the quantities; whether
    it can be read of nothing else).

    A rate word belongs to the quantity right before it or right after it
    (:data:`_QUANTITY_FIRST_GAP_RE`, :data:`_WORD_FIRST_GAP_RE`: no clause or
    sentence ends between them), or to the one after a verb (two words, no
    number: 每天接受 400 mg/kg); with a quantity near on its other side too
    (400 mg/kg을 하루 최대 2 g/kg) it is said of either: not sure, unless
    only the one after it is said "each" (2 g/kg을 하루 400 mg/kg씩).  The quantity
    is one amount written in several ways or a range (400 mg/kg(0.4 g/kg),
    2~3 g/kg): each may be meant."""
    for q in found:
        if unit in q.per:  # 400 mg/kg/일
            yield None, q.text, [q], True
    said = [m for m in markers if m.unit == unit]
    if not said:
        return
    plain = blank_spans(text, [m for m in markers if m.suffixed])  # 하루에 체중 1 kg당 400 mg
    candidates = [q for q in found if _may_be_rated(q, unit)]  # not the 1일 of 1일 400 mg: a day long
    joined = _joined_re((language,))
    counts = blank_spans(plain, found)  # what is left of a number is a count of times
    for marker in said:
        before = _nearest(plain, [q for q in candidates if q.end <= marker.start], joined, backwards=True)
        after = _nearest(plain, [q for q in candidates if q.start >= marker.end], joined, backwards=False)
        gap_before = plain[before[0].end : marker.start] if before else None
        gap_after = plain[marker.end : after[0].start] if after else None
        # 15 mg por kg de peso corporal al día: after the dose's per kg and its words, as right after it
        tied_before = gap_before is not None and _after_its_dose(plain, before[0].end, marker.start, markers)
        tied_after = gap_after is not None and _WORD_FIRST_GAP_RE.fullmatch(gap_after) is not None
        near_before = gap_before is not None and _near(gap_before)
        near_after = gap_after is not None and _near(gap_after)
        # 每天接受 2 g/kg, 하루에 투여받는 양은 2 g/kg: the verb takes the dose after it as its
        # object; not a count (每天分兩次輸注 500 mg/kg) nor a total (매일 주입하여 총 2 g/kg).
        verb_after = (
            gap_after is not None
            and near_after
            and not translation_values(gap_after, language, language)
            and not _says_total(gap_after, language)
        )
        # 2 g/kg을 하루 한 번씩, 2 g/kg 每天一次: the rate word is said of the count after it.
        counted = bool(translation_values(_next_words(counts, marker.end), language, language))
        if tied_before and not near_after and not counted:
            yield marker, _tie_words(text, marker, before), before, True
        elif (tied_after or verb_after) and not near_before:
            yield marker, _tie_words(text, marker, after), after, True
        elif tied_before and tied_after and _each(plain, after, language) and not _each(plain, before, language):
            # 총 2 g/kg을 하루 400 mg/kg씩: the amount "each" day is the one after the rate word
            yield marker, _tie_words(text, marker, after), after, True
        elif near_before or near_after:
            yield marker, "", (before if near_before else []) + (after if near_after else []), False


def _each(text: str, group: list[Quantity], language: Language) -> bool:
    """Whether a distributive suffix follows ``group``: 400 mg/kg씩, 400 mg/kg(0.4 g/kg)씩."""
    after = text[max(q.end for q in group) :].lstrip(")）")
    return any(after.startswith(suffix) for suffix in language.distributive_suffixes)


def _next_words(text: str, start: int) -> str:
    """The two words after ``start``, up to the end of the clause."""
    return " ".join(_CLAUSE_END_RE.split(text[start:], maxsplit=1)[0].split()[:2])


def _near(gap: str) -> bool:
    return _NOT_NEAR_RE.search(gap) is None and len(gap.split()) <= 2


def _listed_with(text: str, dose: Quantity, found: list[Quantity]) -> list[Quantity]:
    """``dose`` and the quantities of its kind listed right before it in the source,
    which a rate word after it is said of too: "2 g/kg or 3 g/kg a day", "400
    mg/kg to 1 g/kg a day" (not "2 g/kg over 5 days, 400 mg/kg a day")."""
    alike = [q for q in found if q is not dose and q.start <= dose.start and q.amount[0] == dose.amount[0]]
    return _written_with(text, dose, sorted(alike, key=lambda q: -q.end), _LISTED_RE, backwards=True)


def _nearest(text: str, side: list[Quantity], joined: re.Pattern, *, backwards: bool) -> list[Quantity]:
    """The quantity of ``side`` nearest the rate word (the last one before it, the
    first one after it), with those written with it."""
    if not side:
        return []
    ordered = sorted(side, key=lambda q: -q.end if backwards else q.start)
    return _written_with(text, ordered[0], ordered[1:], joined, backwards=backwards)


def _written_with(
    text: str, first: Quantity, further: list[Quantity], joined: re.Pattern, *, backwards: bool
) -> list[Quantity]:
    """``first`` and the quantities of ``further`` (in order away from it) written with
    it: the same span read two ways, or what ``joined`` reads between them."""
    group = [first]
    for q in further:
        edge = min(g.start for g in group) if backwards else max(g.end for g in group)
        overlaps = any(q.start < g.end and g.start < q.end for g in group)
        gap = text[q.end : edge] if backwards else text[edge : q.start]
        beyond = q.end <= edge if backwards else q.start >= edge
        if not (overlaps or (beyond and joined.fullmatch(gap))):
            break
        group.append(q)
    return group


@lru_cache(maxsize=64)
def _joined_re(languages: tuple[Language, ...]) -> re.Pattern:
    """Between two quantities written as one: a parenthesis (400 mg/kg(0.4 g/kg)) or a range."""
    return re.compile(rf"\s*[()（）]?\s*|{range_separators(languages)}")


def _tie_words(text: str, marker: Marker, group: list[Quantity]) -> str:
    """ "하루에 2 g/kg", "2 g/kg al día": the rate word and its quantity as written."""
    start = min(marker.start, *(q.start for q in group))
    end = max(marker.end, *(q.end for q in group))
    while end < len(text) and text[end] in ")）" and _unclosed(text[start:end]):  # 하루에 400 mg/kg(0.4 g/kg)
        end += 1
    return text[start:end].strip()


def _unclosed(words: str) -> bool:
    return words.count("(") + words.count("（") > words.count(")") + words.count("）")


def _has_rate_words(language: Language, unit: str) -> bool:
    return bool(language.per_words.get(unit)) or unit in language.period_words.values()


def _says_period(unit: str, markers: list[Marker], found: list[Quantity]) -> bool:
    """The translation says that period as the source language does ("/week" kept as written)."""
    return any(m.unit == unit for m in markers) or any(unit in q.per for q in found)


def period_not_checked(ctx: EntryContext, what: str, unit: str) -> Finding:
    """A period of the source ("a week", "/day") in a language with no words for periods
    (one ``leaflets init`` added, with no module in pipeline/languages/): whether the
    translation says it cannot be read, so it is neither an error (a correct "mỗi ngày"
    would be one) nor passed in silence ("once a day" for "once a week" is the
    methotrexate overdose); the reviewer is pointed at the passage."""
    return ctx.finding(
        CHECK,
        WARNING,
        f"{what} (per {unit}) in the source: whether the translation says it per {unit} is "
        f"{not_checked_without(ctx, 'words for periods')}",
    )


# How far from a length of time a word making it a duration is read (durante 24 horas, 24시간 동안).
_BESIDE = 10


def _for_a_time(ctx: EntryContext, rate: Rate, found: list[Quantity], translation_text: str) -> bool:
    """Whether the translation says the rate's length of time as a duration, once, right beside
    it ("Use el oxígeno durante 24 horas", 24시간 동안): not "all the time", as "24 hours a day"
    is ("las 24 horas del día durante 7 días" says all day, for a week)."""
    duration = ctx.language.pattern("for_a_time")
    if duration is None:
        return False
    return any(
        duration.search(translation_text, max(0, said.start - _BESIDE), said.end + _BESIDE) is not None
        for said in found
        if any(said.same_amount(dose) for dose in rate.doses)
    )
