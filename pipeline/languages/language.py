"""The fields of a language's data: what each means and how the checks use it.

One :class:`Language` per language, in its own module (``ko.py`` for Korean,
``en.py`` for English ...).  Every field has an empty default, so a language
gives only what it has, and a language with no module at all still gets
every language-independent rule.

Data is mostly *permissive*: a word listed here can only make a number or
unit count as present in a translation, never demand one, so a wrong entry
can hide a defect but not produce a false alarm.  The exceptions find what a
translation *adds* or leaves in English, and each has no-noise tests: unit
words and symbols (a dose the source does not give), ``call_number_pattern``
(an emergency number the source does not give), ``number_names`` (a local
phone number the source does not give) and ``function_words`` (a run of
English sentence text).  Two more can demand: ``period_words`` with
``rate_after`` (a 하루 said as a rate is no number 1) and, in the source
language, ``per_words`` after a number or ``times_words`` (a rate the
translation must keep); tests/checks/test_rates.py holds their correct
renderings.  ``per_word_exclusions`` and ``per_words_after_amount`` (a per
word that is none), ``per_suffixes_after_one`` (1 kg에, a per kg) and
``per_words_before_dose`` (which dose a per kg is said of) can demand too;
tests/checks/test_units.py and test_rates.py hold their correct renderings.
So can ``alternative_words`` (two numbers of a translation said as one or the
other, an approximation around an exact count of the source) and, in the
source language, ``ordinals`` ("the second dose", a number to keep):
tests/checks/test_approximations.py and test_ordinal_words.py hold theirs.
So can ``opposites`` (a term a translation names in place of the source's:
"en ayunas" for "with food"): tests/checks/test_opposites.py holds their
correct renderings.

To add a kind of data: a field here with a comment saying what it is for and
an empty default, values in the language modules, and a test in
``tests/languages/test_<code>.py`` for each language that gives it.  A field
of words (one regular expression) needs no code here: a check reads it by
name, compiled once per language, through :meth:`Language.pattern` (or
``search``, ``finditer``, ``blanked``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import ClassVar, Literal, get_args

from pipeline.languages.first_characters import lead, lookahead
from pipeline.languages.hinted_terms import HintIndex, hint_index, hinted_terms, holds_a_hint, leftmost_first
from pipeline.languages.scripts import Script
from pipeline.literals import blank_matches, lowered

# The fields of a source language's hints a rule's gate asks of (:meth:`Language.may_say`): lower-case
# substrings one of which every text with the words the rule reads holds.
HintField = Literal[
    "people_hints",
    "stop_pace_hints",
    "until_finished_hints",
    "shake_hints",
    "shaking_hints",
    "pause_hints",
    "colour_hints",
    "obligation_hints",
    "acting_hints",
    "working_day_hints",
    "clothing_hints",
    "event_hints",
]

AT_MOST = "at most"  # an upper bound: no more than, up to, within, less than
AT_LEAST = "at least"  # a lower bound: at least, more than, over
# The times of day [dose-times] binds a dose to (the kinds of Language.day_times).
MORNING = "morning"
MIDDAY = "midday"
# The afternoon is none of midday or the evening (a dose "in the afternoon" is taken neither at
# lunch nor at dinner), though one word says it and the evening in some languages (Spanish and
# Portuguese "tarde").
AFTERNOON = "afternoon"
EVENING = "evening"
NIGHT = "night"
BEDTIME = "bedtime"
# The evening, the night and bedtime: one word says either in many languages ("por la noche", 晚上,
# abends for "at night"), so [dose-times] and [opposites] let each answer the others.
LATE_IN_THE_DAY = frozenset({EVENING, NIGHT, BEDTIME})
# The terms [opposites] reads, each "<class>:<term>": the terms of one class exclude each other
# (a dose is taken with food or on an empty stomach, never both), and a translation that names
# another of its class than the source's has swapped an instruction for its opposite.
WITH_FOOD = "food:with food"
EMPTY_STOMACH = "food:on an empty stomach"
# After a meal, as a translation says it (식후, 飯後, después de comer, nach dem Essen): how Korean
# and Chinese say "with food" (so it answers that), never on an empty stomach.  Not with a time
# beside it ("식후 2시간", "2 horas después de comer": a wait, on an empty stomach) ([opposites]).
AFTER_A_MEAL = "food:after a meal"
LEFT = "side:left"
RIGHT = "side:right"
# Both sides ("both eyes", "each ear"): neither the left only nor the right only; the left and the
# right named together say it too ([opposites]).
BOTH_SIDES = "side:both"
# One side only, or the affected one ("one nostril", "the affected eye", 한쪽 콧구멍, 患眼): not both,
# so "in each nostril" said "en una fosa nasal" halves the dose; the left or the right is one side,
# and answers it ([opposites]).
ONE_SIDE = "side:one"
# The other side ("the other eye", "l'autre", 다른 쪽, 另一眼): with one side, both ("in one eye,
# then in the other" says each eye); alone, it answers any side ([opposites]).
OTHER_SIDE = "side:the other"
BY_MOUTH = "route:by mouth"
UNDER_THE_SKIN = "route:under the skin"
INTO_A_MUSCLE = "route:into a muscle"
INTO_A_VEIN = "route:into a vein"
RECTAL = "route:rectal"
UNDER_THE_TONGUE = "route:under the tongue"
VAGINAL = "route:vaginal"
# For external use (on the skin): the opposite of by mouth, not of rectal or vaginal use, which
# Korean and Chinese labels count as external (외용제, 外用藥 hold suppositories) ([opposites]).
FOR_EXTERNAL_USE = "route:for external use"
# Breathed in ("Inhale the contents of one capsule", 흡입하십시오, 吸入, inhalar, استنشق): a route of
# its own, read beside "through your mouth" (입으로 들이마시십시오 names both, and passes) ([opposites]).
INHALED = "route:inhaled"
# By mouth said with a verb ("Swallow the tablet", 삼키세요, Trague, 吞服): by mouth only in a
# sentence that says no "not", as often "Do not swallow", its "not" anywhere ("Schlucken Sie es
# nicht", 삼키지 마세요) ([opposites]).
SWALLOWED = "route:swallowed"
# Actions a source forbids by name ("Do not drink alcohol", "Do not drive"): a translation that says
# the same action possible, with no negation, allows it ([negation]: 술을 마실 수 있습니다).
DRINKING = "action:drinking"
DRIVING = "action:driving"
# What may be done to a dose that a source forbids ("Do not chew, crush or open it", "Swallow it
# whole"): a translation that says it with no negation tells a patient to do it ([negation]).
CHEWING = "handling:chew"
CRUSHING = "handling:crush"
SPLITTING = "handling:split, break or cut"
OPENING = "handling:open"
DISSOLVING = "handling:dissolve"
# What a source forbids doing with a medicine that a translation may say allowed ("Do not stop taking
# it suddenly" as "Sie können es jederzeit absetzen", "Do not refrigerate" as 可冷藏) ([negation]).
STOPPING = "use:stop"
REFRIGERATING = "use:refrigerate"
FREEZING = "use:freeze"
# A dose form that names its route (좌약, Zäpfchen: rectal; 질정: vaginal): its route only where the
# same sentence names no other ("Schlucken Sie ein Zäpfchen" is by mouth) ([opposites]).
SUPPOSITORY = "route:a suppository"
VAGINAL_DOSE_FORM = "route:a vaginal tablet"
# Where drops or a spray go, the eye, the ear or the nose: "1 drop in the affected eye" said as "in
# the affected ear" ([opposites]).
EYE = "organ:the eye"
EAR = "organ:the ear"
NOSE = "organ:the nose"
# ... and so a route, one for the three: "Put 1 drop in each eye." said as "Tragar 1 gota." (swallow
# it) is by mouth in place of the eye, and the eye said as the ear is the organ's swap alone.
INTO_AN_ORGAN = "route:into the eye, ear or nose"
# How to hold oneself after a dose: upright ("stay upright for 30 minutes") or lying down.  Read only
# in a sentence with no "not" ([opposites]): "do not lie down" is rightly said for "stay upright".
UPRIGHT = "posture:upright"
LYING_DOWN = "posture:lying down"
# Where a medicine is kept from children: out of their reach or within it ("Keep out of the sight and
# reach of children" said as 손이 닿는 곳, within reach).  Read only in a sentence with no "not", and
# a warning: "out of reach" is said with a "not" as often as without (닿지 않는 곳, 無法取得之處).
OUT_OF_REACH = "reach:out of reach"
WITHIN_REACH = "reach:within reach"
# Where an injection goes ([opposites], read from ``injection_sites``): a source names the places a
# patient may inject, each one an instruction, so a translation that names another has added a place.
UPPER_ARM = "site:the upper arm"
THIGH = "site:the thigh"
ABDOMEN = "site:the abdomen"
BUTTOCK = "site:the buttock or hip"
# An injection named: the sites of a sentence count only beside it ("pain in the arm" is no place to
# inject).
INJECTED = "site:injected"
# Which side of a thigh or an arm: the outer ("the outer thigh", 허벅지 바깥쪽, 大腿外側) or the inner
# ("the inner thigh", 허벅지 안쪽), where an auto-injector is pressed or a patch goes ([opposites]).
# Named only with the limb, so read in any sentence, not only beside an injection: "Hold the
# auto-injector against the outer thigh" names none ("injector" is no injection's word).
OUTER_SIDE = "aspect:the outer side"
INNER_SIDE = "aspect:the inner side"
# Which face of a thigh or an arm: the front ("the front of the thigh", 허벅지 앞쪽, 大腿前側) or the
# back ("the back of the upper arm", 위팔 뒤쪽) ([opposites]), named only with the limb as the sides
# above are.
FRONT_SIDE = "face:the front"
BACK_SIDE = "face:the back"
# Where each injection goes, one after another: a different place each time, or the same ([opposites]:
# "the same site" in a sentence with a "not" is a different one: "Do not inject into the same site").
DIFFERENT_SITE = "rotation:a different site each time"
SAME_SITE = "rotation:the same site"
REFRIGERATOR = "storage:in the refrigerator"
ROOM_TEMPERATURE = "storage:at room temperature"
FREEZER = "storage:in the freezer"
# Which end of a length of time: the first N days (months, weeks) or the last N ("Do not take it in
# the last 3 months of pregnancy" as "les 3 premiers mois": a ban moved to other months).  Said of
# a number of a period only ("the first 3 days", "les 3 derniers mois", 첫 3개월), or of a part of
# pregnancy (premier trimestre, 임신 말기): not "the first dose", "the last dose".
FIRST_PART = "period:the first"
LAST_PART = "period:the last"
# How often a side effect happens: rare (uncommon, rarely) or common (frequent, very common).
RARE = "frequency:rare"
COMMON = "frequency:common"
# The spoon a dose of a liquid is measured with: a teaspoon (5 mL), a dessert spoon (10 mL) or a
# tablespoon (15 mL).  A
# patient measures with the spoon named, whatever mL stands beside it ("1 teaspoon (5 mL)" as "une
# cuillère à soupe (5 ml)" is three times the dose), and a spoon's volume is a custom, not a unit a
# translator converts: so a pair of terms, not units.
TEASPOON = "spoon:teaspoon"
DESSERT_SPOON = "spoon:dessert spoon"
TABLESPOON = "spoon:tablespoon"
# Whom a warning is for: a woman who is pregnant, or one who breast-feeds ("Do not use during
# pregnancy." said as "Während der Stillzeit nicht anwenden.": the pregnant patient reads no ban).
# Neither is the other's opposite, but a "not" turns neither into the other ([opposites]).
PREGNANCY = "mother:pregnancy"
BREAST_FEEDING = "mother:breast-feeding"
# How fast an infusion or a dose goes in: slowed down (slowly) | sped up | an infusion stopped.  A
# nurse told "acelerará la perfusión" for "slow down the infusion" speeds it up; "the infusion should
# be stopped" said as 주입 속도를 늦추세요 (slow it a little) goes on ([opposites]).
SLOWER = "rate:slowed down"
FASTER = "rate:sped up"
INFUSION_STOPPED = "rate:stopped"
# The colour of urine or stools, a sign a patient reports: dark | light or pale ("If your urine is
# dark" as "إذا كان لون بولك فاتحًا": the patient with dark urine reads no warning) ([opposites]).
DARK = "colour:dark"
PALE = "colour:light or pale"
# The size of a dose a source names: a lower dose | a higher dose ("may need a lower dose" as 더 높은
# 용량: the older patient told to take more) ([opposites]).
LOWER_DOSE = "dose:a lower dose"
HIGHER_DOSE = "dose:a higher dose"
# The kinds of comparison [comparison] reads (keys of Language.directions): the same in
# every language, so that a source's "more" is looked for as a translation's 더 or más.
MORE_LESS = "more/less"  # more, higher, increase, more often | less, fewer, lower, decrease
BEFORE_AFTER = "before/after"  # before, earlier | after, later
STOP_CONTINUE = "stop/keep on"  # stop, quit | continue, keep taking
UNLESS_EVEN_IF = "unless/even if"  # unless, a menos que | even if, aunque: the condition kept or ignored

# (start, end, value) of each number a language's ``numerals`` reads in a text
Spans = Iterator[tuple[int, int, Fraction]]


def word_values(pattern: re.Pattern[str], group: str, values: Mapping[str, int]) -> Callable[[str], Spans]:
    """A reader of the words ``pattern`` finds in a text (``ordinals``, for one), each worth what
    ``values`` gives its ``group`` as :func:`lowered` writes it: ("tercer" -> 3)."""

    def read(text: str) -> Spans:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Fraction(values[lowered(match.group(group))])

    return read


def and_a_half(
    pattern: re.Pattern[str], cardinals: Mapping[str, int | Fraction], parts: Mapping[str, Fraction] | None = None
) -> Callable[[str], Spans]:
    """A reader of a whole number, its noun and "and a half", as French, Spanish and Portuguese
    say it ("un comprimé et demi" 3/2, "una tableta y media", "duas horas e meia" 5/2):
    ``pattern``'s group ``number`` is digits or a word of ``cardinals`` (as :func:`lowered` writes it).
    Where ``pattern`` has a group ``part`` and it matched, the part added is its word's in ``parts``
    ("un comprimé et quart": 5/4), not a half."""

    def read(text: str) -> Spans:
        for match in pattern.finditer(text):
            number = lowered(match.group("number"))
            whole = Fraction(number) if number.isdigit() else Fraction(cardinals[number])
            part = match.groupdict().get("part")
            added = parts[lowered(part)] if part and parts else Fraction(1, 2)
            if whole >= 1 and whole.denominator == 1:
                yield match.start(), match.end(), whole + added

    return read


def past_the_hour(
    pattern: re.Pattern[str], hours: Mapping[str, int | Fraction], minutes: Mapping[str, int]
) -> Callable[[str], Spans]:
    """A reader of a time of the clock said as its hour and a part of it, as Spanish, French and
    Portuguese say it ("a las ocho y media", "à huit heures et demie", "às oito e meia": 8 and 30):
    ``pattern``'s group ``hour`` is digits or a word of ``hours``, its group ``part`` a word of
    ``minutes`` (as :func:`lowered` writes them). The hour's span runs to the end of the time, so
    that a half of the day after it is next to it (`ocho y media de la mañana`); the part's span
    is its minutes, read beside the half it also is (dos tabletas y media)."""
    return _clock_reader(pattern, hours, minutes, lambda hour, part: (hour, part))


def to_the_hour(
    pattern: re.Pattern[str], hours: Mapping[str, int | Fraction], minutes: Mapping[str, int]
) -> Callable[[str], Spans]:
    """A reader of a time of the clock said as the next hour less a part of it, as Spanish says it
    ("a las nueve menos cuarto": 8 and 45, "a la una menos diez": 12 and 50): ``pattern``'s groups
    as :func:`past_the_hour`'s, the time read as the hour before and the minutes left of it, so
    that it answers the source's 8:45 as "ocho y media" answers 8:30."""
    return _clock_reader(
        pattern, hours, minutes, lambda hour, part: (hour - 1 if hour > 1 else Fraction(12), 60 - part)
    )


def _clock_reader(
    pattern: re.Pattern[str],
    hours: Mapping[str, int | Fraction],
    minutes: Mapping[str, int],
    said: Callable[[Fraction, int], tuple[Fraction, int]],
) -> Callable[[str], Spans]:
    """The reader :func:`past_the_hour` and :func:`to_the_hour` share: each match's hour (1 to 12)
    and part, as ``said`` turns them into the hour and the minutes of the time."""

    def read(text: str) -> Spans:
        for match in pattern.finditer(text):
            hour = lowered(match.group("hour"))
            value = Fraction(hour) if hour.isdigit() else Fraction(hours[hour])
            if 1 <= value <= 12:
                clock_hour, clock_minutes = said(value, minutes[lowered(match.group("part"))])
                yield match.start("hour"), match.end(), clock_hour
                yield match.start("part"), match.end("part"), Fraction(clock_minutes)

    return read


def parts_of_a_whole(
    pattern: re.Pattern[str], numerators: Mapping[str, int], parts: Mapping[str, int]
) -> Callable[[str], Spans]:
    """A reader of a part of a whole said in words, as French, Spanish, Portuguese and German say a
    quarter or a third of a tablet ("un quart" 1/4, "trois quarts" 3/4, "ein Drittel" 1/3):
    ``pattern``'s group ``part`` is a word of ``parts`` (its denominator, as :func:`lowered` writes
    it), its group ``numerator`` one of ``numerators``. The span is the part's word alone: the
    numerator is a number of its own too (un, 1), as the 1 of "un demi" is."""

    def read(text: str) -> Spans:
        for match in pattern.finditer(text):
            numerator = numerators[lowered(match.group("numerator"))]
            yield match.start("part"), match.end("part"), Fraction(numerator, parts[lowered(match.group("part"))])

    return read


def frozen(mapping: dict) -> Mapping:
    """A read-only view: language data is shared by every check and must not change."""
    return MappingProxyType(mapping)


def myriad_value(word: str, digits: Mapping[str, int], tens: Mapping[str, int], myriads: Mapping[str, int]) -> int:
    """A number written in the Chinese way, which Sino-Korean numerals follow: a digit before
    each of ten, hundred, thousand (``tens``) within a group of four places, and each group
    closed by its myriad (``myriads``: 萬 10^4, 億 10^8); a multiplier left out is one.
    三千 = 3000, 一百萬 = 1,000,000, 십이만 = 120,000. ``word`` holds only those characters."""
    total = section = digit = 0
    for char in word:
        if char in digits:
            digit = digits[char]
        elif char in tens:
            section += (digit or 1) * tens[char]
            digit = 0
        else:
            total += ((section + digit) or 1) * myriads[char]
            section = digit = 0
    return total + section + digit


# The abbreviations a language without a module is read with ([length]): titles before a
# name and Latin or German shorthand written alike in many languages, each one that
# sentences go on after ("Dr. Cho", "Prof. Lee", "bzw. die", "ca. 5"), never one that
# often ends a sentence ("etc.", "usw."): a period wrongly kept from ending a
# sentence could make a whole translation look one sentence short.  "z. B.", "p. ex.",
# "d. h." need none: a single letter or a lower-case word after the period ends none.
ABBREVIATIONS_WRITTEN_ALIKE = frozenset(
    {"dr", "dra", "drs", "prof", "mr", "mrs", "ms", "mme", "mlle", "sr", "sra", "hr", "e.g", "i.e", "cf", "vs"}
    | {"ca", "approx", "aprox", "env", "bzw", "ggf", "evtl", "inkl", "sog", "vgl"}
)


def _empty() -> Mapping:
    return frozen({})


# The symbols of amounts a rate is said after ("4 g por 24 horas"), for :func:`not_after_a_count`.
RATE_UNITS = ("mg", "g", "mcg", "µg", "ml", "l", "kg", "ui", "mmol")


def not_after_a_count(counts: tuple[str, ...], word_start: str) -> str:
    """Lookbehinds that refuse a place right after one of ``counts`` (vez, veces, dosis) or an
    amount's unit (4 g, 500 mg), a space between: a "por" there is "per" (2 veces por 24 horas, a
    rate), where before a number of hours alone it is "for" (por 4 horas, a duration)."""
    return "".join(rf"(?<!{word_start}{word}\s)" for word in counts) + "".join(
        rf"(?<![\d\s]{unit}\s)" for unit in RATE_UNITS
    )


# What stands for each number of a text :attr:`Language.day_list_re` and ``day_range_re`` read (each
# ``#`` of ``day_list`` and ``day_range``): a character no text of a leaflet holds ([units], day_lists.py).
DAY_NUMBER = "\ue000"


@dataclass(frozen=True)
class DayTimePhrase:
    """Words that name times of day, and each time they name as the kinds it may be: "por la noche"
    names one, the evening or the night ({evening, night}); 早晚 two, the morning and the evening."""

    words: str
    times: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639 language code: "ko", "en"
    english_name: str = ""
    # The script its text is written in (None: Latin, judged only by the
    # identical-text rules of [untranslated-text]).
    script: Script | None = None
    # Number formatting conventions, filled in from CLDR for the exact locale
    # by language_for(): never written here.
    decimal_symbol: str = "."
    group_symbol: str = ","
    # (Thousands grouped by a space, "150 000", are read where the decimal mark is a
    # comma or the group mark a space: pipeline.checks.numerals.groups_by_space.)
    # Whether a comma before other than three digits is a decimal mark too, as Arabic written
    # with Latin digits has it (2,5 مل: 2.5 mL, its readers' Maghreb and French habit); never
    # "1,000", which groups thousands (pipeline.checks.numerals.translation_values).
    comma_decimal_too: bool = False

    # --- numbers and units ([numbers], [units]) -------------------------------
    # Words that name a unit after a number ("시간" in "24시간"): word -> canonical
    # unit (a value of pipeline.languages.symbols.UNIT_SYMBOLS).
    unit_words: Mapping[str, str] = field(default_factory=_empty)
    # A length of time the language says by custom as another: French, Spanish and Portuguese say
    # two weeks as fifteen days (quinze jours, quince días, quinze dias), and "every 2 weeks" as
    # `cada 15 días` keeps its dose. (value, unit) said -> (value, unit) meant, canonical units.
    customary_periods: Mapping[tuple[int, str], tuple[int, str]] = field(default_factory=_empty)
    # Words written between a number and its unit word, the unit still the number's: the ordinal
    # adjectives French, Spanish and Portuguese put there for "the first/last/next N days" (les 3
    # derniers mois, los tres primeros días, nos 3 primeiros dias).  Only these: any other word
    # between a number and a unit leaves them apart.
    words_before_unit: tuple[str, ...] = ()
    # Large-number words that multiply the number before them (100만, 1 million).
    scale_words: Mapping[str, int] = field(default_factory=_empty)
    # Korean writes 1만 2천 (groups of four digits with 천/백/십 inside a group).
    small_scale_words: Mapping[str, int] = field(default_factory=_empty)
    scale_needs_space: bool = False  # "1 million" but "100만"
    # Native numerals that are numbers only in front of a counter ("두 번", "세 시간").
    native_tens: Mapping[str, int] = field(default_factory=_empty)
    native_units: Mapping[str, int] = field(default_factory=_empty)
    counters: tuple[str, ...] = ()
    # Counters that also name the number before them, as a number to call or a
    # room (Korean 번: 세 번 is three times, 555-1234번 number 555-1234): a
    # seven-digit group before one is not taken for a count ([phone]).
    number_names: tuple[str, ...] = ()
    # Words for a unit of a medicine that is counted, not weighed ("알", "정",
    # "tabletas", "片", "أقراص": tablets, drops, puffs, doses), written after
    # its number: a count the source does not give is an added dose ([numbers]).
    # Regexes, so that a word may say what must not follow it ("정" not in 정도).
    dose_forms: tuple[str, ...] = ()
    # What stands between a part and the dose form it is a part of (a regex): `un quart de
    # comprimé`, `1/4 de comprimé`, `un cuarto de comprimido`, `ein Viertel einer Tablette`. A
    # part the source does not give, so said, is an added dose too ([numbers]).
    part_of_dose: str = ""
    # Whole words that stand for numbers, each reading optionally with a unit
    # ("이틀" = 2 days; "절반" = 1/2 or 50%).
    number_words: Mapping[str, tuple[tuple[str, str | None], ...]] = field(default_factory=_empty)
    # A word of ``number_words`` in a script that writes spaces between words (Latin, Arabic) is
    # read only as a whole word, or with what the language joins to its front (``word_clitics``:
    # Arabic و ف ب ل ك ال, ليومين for two days) or its end (``word_endings``: the Arabic
    # accusative's alif, مليونا): مليون is no million in مليونير (a millionaire).
    word_clitics: tuple[str, ...] = ()
    word_endings: tuple[str, ...] = ()
    # Ordinals written before their noun (Spanish "el tercer día" for "day 3", "la
    # segunda dosis"): a function giving (start, end, value) spans.  Read only as
    # values a translation says, never as a count (la segunda dosis counts no two
    # doses); ordinals after their noun (Arabic اليوم الثالث) may be ``numerals``.
    # In the source language, the ordinals a translation must keep ("the second
    # dose" as "the 2nd dose"), read where they are unambiguous.
    ordinals: Callable[[str], Spans] | None = None
    # The word of "each" that makes an ordinal after it a proportion of one, matched up to the
    # ordinal (German "jeder vierte Patient": 1 in 4; jede, jedes, jeden): [numbers] and
    # [number-words] read "1 in 4" said so as its 1 and its 4.
    one_in_each_before: str = ""
    # Words that say "per <unit>" without the unit symbol wherever they stand
    # ("매일" for /day, "a day", "al día"): canonical unit -> words.
    per_words: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)
    # How the language says "every other <period>" (every other day, 격일, cada dos días, 隔天,
    # كل يومين): canonical period -> a regex.  A dose every other day said "every day" doubles it:
    # [units] (alternate.py) demands the source's in the translation.
    every_other: Mapping[str, str] = field(default_factory=_empty)
    # Words for "every other <period>" that as often mean something else (zh 隔天 / 隔日, "the
    # next day" in Taiwan; ar يومًا بعد يوم, "day by day"): they say every other day where the
    # source does, but are no evidence the translation made "every day" every other day.
    every_other_loose: Mapping[str, str] = field(default_factory=_empty)
    # How the language says "one <period> in N" or "every Nth <period>" with no length of time to
    # read ("un jour sur trois", "jeden dritten Tag", 三天一次): canonical period -> a regex whose
    # group ``n`` is the N, in digits or words.  Said for the source's every other day, an N
    # other than 2 is another interval: [units] (alternate.py).
    every_nth: Mapping[str, str] = field(default_factory=_empty)
    # How the language says "every N <period>" in words read two ways, N apart or N between
    # (Chinese 每隔三天: every third day to some, every fourth to others): canonical period -> a
    # regex whose group ``n`` is the N.  Said with the source's own N, a warning ([units],
    # alternate.py); one less (每隔兩天 for "every third day") says the gap and passes.
    every_nth_apart: Mapping[str, str] = field(default_factory=_empty)
    # How the language names the days of the week (Monday, montags, 월요일, 星期一, الاثنين): a regex.
    # A dose on named days ("on Monday, Wednesday and Friday") said "every day" is taken on days
    # the source leaves out: [units] (alternate.py) reads it.
    weekdays: str = ""
    # How the language names treatment days as a list ("days 1, 8 and 15", Tag 1 und Tag 15, 1일과
    # 15일, 第1天和第15天) and as a range ("days 1 to 15", vom 1. bis 15. Tag, 1~15일, 第1天至第15天):
    # regexes in which ``#`` stands for a number (digits, or words the language reads).  Two days of
    # a cycle said as every day between them is fifteen visits for two: [units] (day_lists.py).
    day_list: str = ""
    day_range: str = ""
    # How the language says a dose is changed by an amount ("reduce it by 5 mg": um, en, de, em,
    # بمقدار, 씩, 減) and to one ("reduce it to 5 mg": auf, a, à, para, إلى, (으)로, 減至): regexes for
    # the words right before the amount (``change_by_before``, ending in ``$``) or right after it
    # (``change_by_after``).  The one said as the other is another dose: [units] (dose_changes.py).
    change_by_before: str = ""
    change_by_after: str = ""
    change_to_before: str = ""
    change_to_after: str = ""
    # For the source language, its verbs of a dose changed (reduce, decrease, lower, increase, raise,
    # taper, cut, go up or down, drop, titrate): a source that says none changes no dose by or to an
    # amount, and dose_changes.py reads it no further.
    change_verbs: str = ""
    # How the language says a number is below zero in words, as a minus sign does ([numbers]:
    # "−20 °C" kept as 영하 20 °C, 零下 20 °C, moins 20 °C, 20 °C bajo cero): regexes for the
    # words right before the number (``below_zero_before``: minus, 영하, 零下) and for what
    # follows it, its unit included (``below_zero_after``: " °C bajo cero", " درجة تحت الصفر").
    below_zero_before: str = ""
    below_zero_after: str = ""
    # Where a per word stands: after the dose it is said of ("1 g por kg",
    # "1 غرام لكل كغ", "1 g per kg"), or, when True, before it (每公斤 1 公克, as
    # Korean writes 체중 1 kg당 400 mg).  [units] rule 2 ties a per kg to the
    # dose on that side of it first.
    per_words_before_dose: bool = False
    # Words that say "per dose", "at a time" (1회 40 mg, 每次 40 mg, 40 mg por dosis, 40 mg par
    # prise, 40 mg pro Einnahme, 40 ملغ للجرعة الواحدة), regexes: a dose the source gives per day
    # said so is given that often ([units] rule 4, rates.py). Said on the side of the dose that
    # ``per_words_before_dose`` says; after it, also before it across a verb ("la dose maximale
    # par prise est de 40 mg"). Not a count of times: 1일 1회 20 mg is once a day.
    per_dose_words: tuple[str, ...] = ()
    # Words that name a dose (dose, amount, total, maximum), a regex: a per word written next to one
    # says the dose after it is the period's, its number said after the per word ("The total daily
    # dose of 40 mg/kg", "The maximum daily dose is 40 mg", "Maximum dose per day: 4 g"): [units]
    # rule 4 reads them as "40 mg/kg a day" (rates.py).
    dose_nouns: str = ""
    # Words after which a per word is none: "al día siguiente" is the next
    # day, not "a day".  per word -> regexes for the following words (with the
    # space before them): "a minute after eating" is a moment, not "per minute".
    per_word_exclusions: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)
    # Per words that say "per" only right after an amount: "2 mL à l'heure" is 2 mL per
    # hour, "soyez à l'heure" is "be on time".
    per_words_after_amount: tuple[str, ...] = ()
    # Words for one period ("하루" a day, "일주일" a week, "一天") that say "per
    # <unit>" only when ``rate_after`` follows them: 하루에, 하루 두 번, 하루 400
    # mg, 一天兩次.  There they are the rendering of "a day", a rate, and no
    # number ([number-words] does not read 하루에 두 번 as "once"); elsewhere
    # (하루 동안, 하루 전, 一天內) they count one period.  word -> canonical unit.
    period_words: Mapping[str, str] = field(default_factory=_empty)
    rate_after: str = ""  # a regex matched right after a period word
    # Suffixes that make any unit a "per" unit: Korean "kg당", "시간당".
    per_suffixes: tuple[str, ...] = ()
    # Suffixes that make one of a unit of mass or volume a "per" unit when a number
    # follows: Korean 체중 1 kg에 2 mL (2 mL per kg), 1 mL에 5 mg (5 mg per mL).  Not
    # after another number (2 kg에 2 mL gives 2 mL for 2 kg), nor without a number
    # after it (1 mL에 녹여: dissolved in 1 mL), nor of a time (1시간에: period_words).
    per_suffixes_after_one: tuple[str, ...] = ()
    # Suffixes that make an amount "each" (Korean 씩): between two doses, a rate
    # word is said of the one that carries it (총 2 g/kg을 하루 400 mg/kg씩: 400
    # mg/kg a day), [units] rule 5.
    distributive_suffixes: tuple[str, ...] = ()
    # Words that say a dose is the whole course ("in total", "the whole dose",
    # 총, 總共, en total, في المجموع), for [units] rule 5.  In the source: where
    # its only rate is a count ("once a day"), that dose said per day in the
    # translation is the whole course given each day.  In a translation:
    # between a rate word and a dose (매일 주입하여 총 2 g/kg), one says the
    # dose is not the rate's.
    total_words: tuple[str, ...] = ()
    # Words after a dose that spread it over a length of time ("2 g/kg, divided over 5 days",
    # "spread over 2 days"): in the source, like ``total_words``, they make it the whole course,
    # which a translation must not give per day ([units] rule 5).
    spread_words: tuple[str, ...] = ()
    # The rate an infusion runs at, and a dose ([units] rule 14, infusion_rates.py): regexes of the
    # words.  ``rate_words``: 속도, 速度, velocidad, débit, Geschwindigkeit, velocidade, معدل; for the
    # source language, the rate of an infusion said so ("at half the rate", "the infusion rate"),
    # not a heart rate.  ``dose_words``: 용량, 劑量, dosis, dose, Dosis, جرعة.  ``unchanged_rate``:
    # the same rate, or the rate left as it was (같은 속도, mit unveränderter Geschwindigkeit, la
    # misma velocidad): "restart at a slower rate" said so goes on at the rate that caused the
    # reaction.  ``dose_sizes``, for the source language: the words that size a dose against another
    # ("half the dose", "a lower dose"), where a rate said for it (절반의 속도로) is read as the error.
    rate_words: str = ""
    dose_words: str = ""
    unchanged_rate: str = ""
    dose_sizes: str = ""
    # For the source language, the starts of the words one of which every source rule 14 reads holds
    # ("rate", "speed", "dose", "dosing"): a source with none is not read further (most name neither).
    infusion_rate_hint: str = ""
    # How near the next dose is, said of a missed one ([comparison]): ``next_dose_soon``, almost
    # time (casi es la hora, falta poco, presque l'heure, fast Zeit, quase na hora, 거의 다 되었으면,
    # 快到, اقترب موعد); ``next_dose_far``, a long time to go (falta mucho, longtemps, noch lange,
    # falta muito, 한참 남았으면, 還很久, وقت طويل).  "Unless it is almost time for the next one" said
    # "unless there is a long time to go" turns the rule of a missed dose around.
    next_dose_soon: str = ""
    next_dose_far: str = ""
    # A translation's "until" (حتى alone, hasta que, jusqu'à ce que, bis, até que, 때까지, 直到): said for
    # "even if" ("Keep using it even if the skin looks better" as استمر … حتى يبدو الجلد أفضل) it ends
    # the instruction in the very case the source says it still holds ([comparison]).
    until_said: str = ""
    # Words for body weight (or the start of one: "weigh" of weighs, weighing): before a "per
    # kg" suffix ("체중 1 kg당") part of the marker, not a quantity of their own; before a limit
    # and its number ("체중 40 kg 미만", "un peso inferior a", "weigh less than") they say who the
    # limit is for, as an age does, so [limits] never turns it around.
    body_weight_words: tuple[str, ...] = ()
    # Unit words that are not units when these letters follow them: Korean
    # "주사" (injection) is not "주" (weeks), "10분의 1" is a tenth, not minutes.
    unit_word_exclusions: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)
    # "N in 100" written as a proportion: "100명 중 5명" (= 5%).  Counters after
    # both numbers, the words for "out of" (and particles that may follow
    # them), and hedges allowed before the part.
    proportion_counters: tuple[str, ...] = ()
    proportion_words: tuple[str, ...] = ()
    proportion_particles: tuple[str, ...] = ()
    proportion_hedges: tuple[str, ...] = ()
    # Words that join the two numbers of a range, besides the marks ~ - – —
    # ("de 3 a 5 días", "1 至 3 週", "3에서 5일"): the unit after the second
    # number is the first one's too.
    range_words: tuple[str, ...] = ()
    # The marks and words between the numbers of a list said with one unit at its end, besides
    # the range words ("0, 1 y 6 meses" has its y): 第0、1、6個月, 0、1及6個月, "0, 1, 6개월", "0, 1
    # 및 6개월".  Each number of the list is one of that unit ([units], [numbers]: quantities.py).
    list_joints: str = ""
    # A period said once before the list of numbers it counts, the period's group named by its
    # canonical unit: "los meses 0, 1 y 6", "الأشهر 0 و1 و6", "in den Monaten 0, 1 und 6" (months
    # 0, 1 and 6).  Each number of the list is one of that period (quantities.py).
    periods_before_a_list: str = ""
    # Words that join two numbers as one or the other, or as a range, saying "about that
    # many" ("1 or 2", "una o dos", "1 a 2", 1방울 또는 2방울, 一滴或兩滴, 1 أو 2), with the
    # marks - – — ~; not "and" (2 tabletas y 3 cápsulas are two counts).  In a translation
    # whose source gives an exact count, such a pair around it is an approximation ([numbers]);
    # in the source, one lets the translation approximate.
    alternative_words: tuple[str, ...] = ()
    # Two numbers in words said as one or the other with only a space between them, as the
    # language also writes them run together: Korean 하루 이틀 (a day or two) for 하루이틀, 한 두
    # 방울 for 한두 방울.  (first word, second word) as written; white space alone joins no other
    # numbers ("2 3-mg tablets" is two tablets of 3 mg).
    spaced_alternatives: tuple[tuple[str, str], ...] = ()
    # The mark of a list that joins two numbers in words one apart as one or the other (Chinese 、:
    # 三、四次, three or four times; 兩、三天), as written: not digits (步驟1、2, steps 1 and 2), nor
    # in a list of more (一、二、三), nor after an ordinal's mark (第一、二天, the first and second days).
    listed_alternative: str = ""
    # The mark that makes the number after it an ordinal (Chinese 第: 第一次輸注, the first
    # infusion), and the ones that make the number before them one (Korean 번째, 째: 첫 번째 주입):
    # a rank, never a limit's number ([limits]) nor one of a list.
    listed_ordinal: str = ""
    ordinal_marks_after: tuple[str, ...] = ()
    # For the source language, a regex of the other words that make its counts approximate
    # ("a few", "several", "between", "about 2"): a translation may then say 한두 or 1~2.
    approximate_words: str = ""
    # A short number the text says to call, written the language's way: Korean
    # puts the verb after it ("119에 전화하세요").  Group 1 is the number.
    call_number_pattern: str = ""

    # --- length ([length]) ----------------------------------------------------
    # Abbreviations whose period ends no sentence (lower case, without the
    # final period): "dr" for "Dr. Cho", "e.g" for "e.g. a rash".
    abbreviations: frozenset[str] = frozenset()
    # Whether the length limits below were measured on real translations of the
    # language (bench/length_calibration.py).  A language without (one ``leaflets
    # init`` added) is judged by the sentences it keeps instead: see checks/length.py.
    length_calibrated: bool = False
    # Suspicious translation/source length ratios (characters), outside (low,
    # high): a warning.  Measured per language by bench/length_calibration.py.
    length_ratio: tuple[float, float] = (0.15, 3.0)
    # Fewer sentences than the source and a written ratio (the translator's
    # own words, checks.length.written_ratio) below this: a sentence was
    # dropped (an error).  0.95 x the shortest real translation of a source
    # of 2+ sentences measured; unmeasured languages get 0.2, below the most
    # compact one measured (Chinese, 0.30).
    dropped_sentence_ratio: float = 0.2
    # Fewer sentences, a do-not-translate term named fewer times than in the
    # source, and a written ratio below this (the lower quartile of the real
    # translations of 2+ sentences): a sentence was dropped too.  Unmeasured
    # languages: as dropped_sentence_ratio (the term alone decides nothing).
    dropped_term_ratio: float = 0.2

    # --- data used when the language is the *source* language ---------------
    # The system word list of the language's ordinary words (a file name in
    # /usr/share/dict, see words.py): "kidney" is a word to translate,
    # "Johnson" a name.  Judges text by a general dictionary, never by the
    # words of the leaflets we ship.
    word_list: str = ""
    word_list_package: str = ""  # the Debian package that installs it: what doctor says to install
    # Frequent words of web pages and leaflets (a, about, page, print ...),
    # also read when the word list is not installed.
    common_words: frozenset[str] = frozenset()
    # Lower-case words that may appear inside names ("Academy of Dermatology").
    name_particles: frozenset[str] = frozenset()
    # Closed-class words (articles, prepositions, pronouns, auxiliaries) and the
    # commonest verbs: a run of words with several of them is a sentence, not
    # a term.  "Read more in the guide" has three; "tumor necrosis factor" none.
    function_words: frozenset[str] = frozenset()
    # Numbers written as words in running text ("one", "half"), read with word
    # boundaries: a translation may write them as digits ("1 g" for "one gram").
    cardinal_words: Mapping[str, Fraction] = field(default_factory=_empty)
    # Words that count how often ("once", "twice", "3 times"): a per word after
    # them ("once a day") is a rate the translation must keep ([units]).
    times_words: tuple[str, ...] = ()
    # (a source language) A length of time right before a word of before or after, that word in
    # the group: "1 hour before or 2 hours after a meal" says a time each way ([comparison]); the
    # before of "2 hours after eating before you take it" orders the steps.
    time_then_direction: str = ""
    # A mark right before a length of time that says it is how long before or after, the word of
    # before or after said earlier in the clause with what it is of between (Arabic بـ: قبل الوجبة
    # بساعتين, two hours before the meal; قبلها بأربع ساعات): [comparison] binds the two across it.
    time_difference_mark: str = ""
    # Whether a length of time right after a word of before or after is how long before or after
    # what that word is said of (早餐後30分鐘, 식후 30분, قبل ساعتين من الوجبة); where before and after
    # are prepositions ("after 4 hours", nach 4 Stunden, después de 30 minutos) that time counts from
    # now, and a translation says "Wait 30 minutes before breakfast" so from the other step ([comparison]).
    time_after_its_direction: bool = False
    # What a before, an after or a while is said of, each kind a named group: ``midnight``, a
    # ``procedure`` (operation, surgery, test, scan: 수술, 手術, operación, Eingriff, العملية) and
    # ``taking`` the medicine or its treatment (taking, using, treatment: 복용, 服藥, tomar, prise,
    # Einnahme, تناول).  Bound to the way right before it, or right after it where
    # ``direction_after_its_event`` (수술 전, 服藥期間): "after midnight" said `자정 이전` (before)
    # turns the fast around ([comparison], event_times.py).
    events: str = ""
    direction_after_its_event: bool = False
    # The words of a while, the third way an event is bound to (while, during, 동안, 期間, durante,
    # pendant, während, أثناء): "while you are taking it" said `복용하기 전에는` (before taking it) is
    # turned ([comparison], event_times.py).
    during_words: str = ""
    # For the source language, lower-case pieces one of which every text with a word of a way
    # holds ("before", "after", "while", "during"): a text with none is not read for its events.
    event_hints: tuple[str, ...] = ()
    # An "until" of a time, and a "from" of one ([comparison], until_from.py): for the source
    # language, ``until_a_time`` is its "until" before a time ("until 2 hours before", "until
    # midnight"); for a target, its words of until (까지, hasta, jusqu'à, bis, até, 直到, حتى) and
    # ``from_a_time`` its words of from (부터, desde, à partir de, ab, 從, ابتداءً من).  "Until 2 hours
    # before" said "from 2 hours before", with no until, allows only what the source forbids.
    until_a_time: str = ""
    from_a_time: str = ""
    # A word of before or after said of the taking of the medicine itself ("after taking it",
    # después de tomarlo, nach der Einnahme, 복용 후, 服藥後, بعد تناوله), matched with that word: a
    # time said so counts from the dose, and "Take it 30 minutes before a meal" may rightly be said
    # "eat 30 minutes after taking it" (`Coma 30 minutos después de tomarlo`): [comparison] binds no
    # length of time to it, but where its clause eats (``eating``), turned.
    from_the_taking: str = ""
    # Eating, or a meal (meal, eat, 식사, 밥, comer, coma, manger, essen, 進食, 用餐, الطعام, الأكل):
    # where a clause counts a time from the taking (``from_the_taking``) and eats, the source
    # naming a meal, its before or after is the meal's, turned: "eat 30 minutes after taking it" is
    # "take it 30 minutes before eating" ([comparison]).
    eating: str = ""
    # (a source language) A word that orders the steps of a schedule ("then", "followed by", "week
    # 2"): where the source says one, [dose-times] keeps its doses in their order ("3 tablets, then
    # 2, then 1" said 1, 2, 3 is a dose going up).
    schedule_steps: str = ""
    # Fixed expressions whose digits need not all reappear: "24/7" -> "24시간".
    number_idioms: Mapping[str, tuple[frozenset[int], ...]] = field(default_factory=_empty)

    # --- meaning ([negation], [limits], [comparison], [urgency], [number-words], [emergency]) ---
    # A language without these is not checked by those rules (rather than guessed at).
    # Negation: a regex any match of which is a negation.  ``negation`` is
    # every way the language says "not" (verb negation, "without", "there is
    # no"); ``strong_negation`` leaves out those it also uses for meanings
    # English says without a "not" (Korean 없다 for "lack", "new places" =
    # 전에 없던 곳), so a translation *adding* a negation is judged by it.
    negation: str = ""
    strong_negation: str = ""
    # The "not" stands before what it excludes ("in the afternoon, not in the morning", "nicht
    # morgens", 不要早上): [opposites] reads a term right after it as the one excluded.  False where
    # it follows it (Korean 아침이 아니라 오후에: the morning, not; the afternoon).
    negation_before_excluded: bool = True
    # Where it follows it: a regex matched right after a term that says the term is the one excluded
    # (Korean 공복이 아니라, 음식과 함께가 아니라: not on an empty stomach, not with food; not
    # 아침뿐만 아니라, not only in the morning).
    not_after_excluded: str = ""
    # What looks like a negation and is not ("no more than" is a limit; in a
    # translation, 不到 4 or لا يقل عن 4), and, for the source language, words
    # whose meaning is negative without one ("unknown", "lack", "only"), which
    # a translation may say with a "not".
    not_negation: str = ""
    negative_meaning: str = ""
    # A "not" said of stopping, skipping or forgetting ("do not stop taking
    # it", "no deje de", "끊지 마세요", "不要停止", "لا تتوقف عن"): it says to keep
    # on, so for a target language it renders no "not" of a source that has
    # none of the source language's ``stop_words`` (stop, forget, keep ...).
    negated_stop: str = ""
    stop_words: str = ""
    # For the source language, the words that say to keep on ("keep taking", "continue",
    # "remember to"): a translation may say them with its ``negated_stop`` alone ("Setzen Sie
    # es nicht ab", "no deje de tomarlo", 끊지 마세요), which adds no "not".
    keep_on: str = ""
    # Of those, the condition ignored that says to keep on ("Take it for 5 days, even if you feel
    # better", "even when your symptoms go away"): a translation may say it with a "not" of stopping
    # (即使症狀改善也不可自行停藥), and one that says only to stop ("症狀改善後即可停藥", "puede dejar de
    # tomarlo cuando se sienta mejor": stop once better) leaves the course unfinished ([comparison]).
    keep_on_even_if: str = ""
    # For a target, the words that tell the patient to keep taking or using a medicine (계속 복용,
    # 繼續服藥, siga tomando, continuez à prendre, nehmen Sie es weiter ein, continue a tomar, استمر في
    # تناول): an instruction, not a condition (계속되면, "si continúa", إذا استمر: if it goes on).  A
    # source's order to stop (``stop_instruction``) said with them and no word of stopping keeps the
    # patient on a medicine they must stop ([comparison], an error).
    keep_taking: str = ""
    # A word that denies what is done to a dose by its prefix: for a target, its participles
    # (German unzerkaut, ungekaut, unzerkleinert, unverdünnt: unchewed, uncrushed, undiluted), which
    # say the source's "do not chew", "do not crush", "do not dilute" with no "nicht"; for the source
    # language, that "not" (do not chew, crush, split, dilute), without which such a word renders no
    # "not": "Do not use undiluted" or "Do not take it with food; swallow it whole" said with
    # "unverdünnt", "unzerkaut" and no "nicht" has dropped it ([negation]).
    negated_participle: str = ""
    # For the source language, the words that say a dose is swallowed whole (whole, intact); for a
    # target, its "not" of what would break a dose (씹지 말고, 不可咀嚼, no la mastique, ne pas
    # croquer, nicht kauen, لا تمضغها), by which a translation may say "whole": "Swallow the
    # capsule whole" as 캡슐은 씹지 말고 통째로 삼키십시오 adds no "not" ([negation]).
    whole: str = ""
    negated_chewing: str = ""
    # Denials counted one by one ("Do not stop and do not skip a dose" with one dropped keeps a
    # "not"): for the source language, the negations that each deny a verb (not, never, -n't;
    # not "no" or "without", which a translation says without one: 空腹 for "without food");
    # for a target, the words by which one negation denies two verbs ("or": 중단하거나 거르지
    # 마세요, 不要停藥或漏服, o, أو), so a sentence with one is not counted.  Either missing: not counted.
    denial: str = ""
    one_negation_for_two: str = ""
    # The words that say which half of the day an hour is in, (before noon, after noon) as two
    # regexes: am/pm, 오전/오후, 上午/下午, de la mañana/de la noche, صباحًا/مساءً ([numbers]: "8 am" is
    # not 오후 8시).  ``day_half_first``: they stand before the hour (오후 8시, 晚上8點), not after it.
    # For the source language, they stand right after the hour ("8 am", "8:30 p.m.").
    day_halves: tuple[str, str] | tuple[()] = ()
    day_half_first: bool = False
    # A language whose readers tell the time on the 24-hour clock (French, German, Spanish,
    # Portuguese): ``clock_hour``, what follows an hour written on it (8 h, 8h30, 8 Uhr, 8 heures;
    # 08:00 in every such language), matched right after the hour.  Such an hour is before noon
    # unless a word of ``parts_of_day`` (matin, soir, Abend, noche, noite ...) is in its sentence:
    # `à 8 h` for "8 pm" is 8 in the morning to its reader, `le soir à 8 h` is not ([numbers]).
    clock_hour: str = ""
    # A time written with a point that its words around say is one with no ``clock_hour`` after it
    # (German `um 20.30 ein`: at 20.30), its groups the hour and the minutes: read as 20 and 30, as
    # `20.30 Uhr` is.  Not a number (`um 2.50 mg erhöhen`, by 2.5 mg): its words after are listed.
    clock_time_with_a_point: str = ""
    parts_of_day: str = ""
    # Of those, the ones that name a thing by its part of the day, not when it is done: `la dose du
    # soir`, `la dosis de la noche`, `a dose da noite`, `Abenddosis`.  Where the source names a dose
    # so ("the evening dose at 9 p.m."), one of these is its name and says nothing of the hour's
    # half: `la dose du soir à 9 h` is 9 in the morning, `le soir, prenez la dose à 9 h` is not.
    parts_of_day_of_a_noun: str = ""
    # What joins a fraction said denominator first (Korean 4분의 3, Chinese 4分之3, 四分之三: three
    # quarters): [numbers] reads it as the fraction it says, so 3분의 4 for "3/4" is upside down.
    denominator_first: str = ""
    # The words for "without" (없이, 않고, sin, 未經, دون, sans, sem): a negation, but not one that
    # denies a verb of stopping beside it ("Deje de tomarlo sin hablar con su médico" says stop).
    without: str = ""
    # The words that make a length of time a duration, once ("durante 24 horas", 24시간 동안,
    # لمدة 24 ساعة): "Use oxygen 24 hours a day" said so is no longer all the time ([units]).
    for_a_time: str = ""
    # How the language says a number of a period is an interval ("every 4 hours": cada, 마다, 每,
    # كل, tous les, alle) or a duration ("for 5 days": durante, 동안, 連續, لمدة, pendant, für ...
    # lang): regexes for the words right before the number (``*_before``, matched up to it) and
    # right after its unit (``*_after``, matched from there).  A dose every 5 days said for 5
    # days, or the other way round, keeps every number and unit ([units], intervals.py).
    interval_before: str = ""
    interval_after: str = ""
    duration_before: str = ""
    duration_after: str = ""
    # For the source language, the words that make a "for" of their sentence the wait between two
    # doses ("Wait for 4 hours between doses", "Do not take another dose for at least 4 hours"),
    # which a translation says as well with its words for "every" (최소 4시간 간격을 두세요, como
    # mínimo cada 4 horas): such a "for" is not judged (intervals.py).
    dose_gap: str = ""
    # Where a new clause begins whose "not" denies none of the clause before it: the words of a
    # condition ("Do not use it if it is over 38 °C": the "not" is the use's, not the limit's; "Si
    # no mejora, deje de tomarlo"), or, in a verb-final language, the endings that join a verb to
    # the next (중단하고 의사에게 알리지 마세요: the 마세요 is the telling's).
    clause_joints: str = ""
    # The words that forbid without a "not" (prohibido, evite, déconseillé, verboten, 금합니다, 禁止,
    # يُمنع): said of a word of stopping beside them in its clause ("Está prohibido dejar de tomarlo",
    # "Il est déconseillé d'arrêter", 중단을 금합니다, 禁止停藥), they say to keep on, as "do not stop"
    # does ([comparison]).  "Il est conseillé d'arrêter" (advised to stop) must not match.
    prohibits: str = ""
    # For a source, the words that forbid the reader something without a "not", said as an order
    # ("Avoid alcohol.", "During treatment, avoid the sun", "Refrain from driving"): a translation
    # says them with a "not" or a verb that forbids (its ``negation``: évitez, evite, vermeiden,
    # 피하세요, 避免, تجنب), and one with neither ("Vous pouvez boire de l'alcool.") may say the
    # opposite ([negation]).  Not "to avoid infection" (a purpose, said "para prevenir").  Its
    # last group, where it has one, is the verb a message quotes ("Please avoid": 'avoid').
    forbids: str = ""
    # For a source, a sentence that forbids the reader something: an order not to ("Do not freeze.",
    # "If it is cloudy, never use it.", "You must not drive."), or its ``forbids`` ("Avoid alcohol.");
    # not a statement ("It does not contain gluten.").  Its sentence left out of a translation that
    # says no negation takes the prohibition with it ([negation]: an error).
    prohibition: str = ""
    # Lower-case pieces one of which every prohibition holds ("not", "never", "avoid"): a source with
    # none is not read by ``prohibition`` (a substring test; most forbid nothing).
    prohibition_hints: tuple[str, ...] = ()
    # For the source language, the words negative by their prefix that a translation says with a
    # negation (unopened: 개봉하지 않은, sin abrir, non ouvert, 未開封, غير المفتوحة; unused, undiluted):
    # each stands for one of the translation's negations, none of which then says a prohibition of
    # the source ([negation]: "Store unopened pens in a fridge. Do not freeze." as 개봉하지 않은 펜은
    # 냉장고에 보관하십시오 has dropped the "Do not freeze").
    said_with_a_not: str = ""
    # For the source language, an order to get care now besides ``emergency_call`` ("Go to hospital",
    # "get emergency help"): the list of a sentence that says one is of emergency signs, and an item
    # dropped from it is an error ([list-items]).
    urgent_care: str = ""
    # For a target, the negations that say such a word (개봉하지 않은, sin abrir, non ouvert, 未開封,
    # غير المفتوحة, nicht geöffnet): no prohibition's "not" ([negation]).
    negated_state: str = ""
    # For the source language, a time a prohibition lasts ("Do not lie down for 30 minutes", "for the
    # next 24 hours"), which a translation may say as what to do meanwhile, with no negation
    # ("Restez assis pendant 30 minutes", "Warten Sie 24 Stunden, bevor Sie fahren"): its "not" then
    # left out is no error of [negation]'s, only its warning.
    forbidden_for_a_time: str = ""
    # Items the source lists ([list-items]): for the source language, two alternatives ("diabetes or
    # kidney disease", its groups the words either side of the "or") and a series of three or more
    # ("a rash, swelling of the face, or difficulty breathing"), and what only looks like one and is
    # blanked first ("between 2 and 8", "one or two", "38 °C or higher", "with or without food").  For a
    # target, the words and marks that join items (o, ou, oder, 또는, -이나, -거나, 或, 、, أو, و-): a
    # translation with fewer of them and of commas than the items less one has dropped one.
    alternatives: str = ""
    series: str = ""
    not_items: str = ""
    item_joins: str = ""
    # For the source language, a series of three with one comma ("a high fever, a stiff neck or
    # confusion"), and what opens a sentence with a clause or a phrase a comma ends ("If you have a
    # fever, …"): a one-comma series after one is read as a list only when a comma ends it too.
    series_one_comma: str = ""
    sentence_opener: str = ""
    # For the source language, two items a condition joins with "and" ("if you have a fever and a sore
    # throat"): a pair of "and" is read as a list only there.
    condition_pair: str = ""
    # For the source language, the words one of which a text with a ``condition_pair`` says (if, when,
    # unless), read in it lower-cased: a source with an "and" and no comma is read for a list only
    # where it says one.  And its joins of two items or clauses ("and", "or") not right after a comma,
    # which counts one already: outside its list (``joins_outside_a_list``: "Stop the medicine and
    # see a doctor if …", each one join of the translation's that is not the list's) and inside a
    # series (``joins_in_a_series``: one item more each, none right after another: "swelling, or and
    # warmth" says one boundary twice).
    condition_pair_hint: str = ""
    joins_outside_a_list: str = ""
    joins_in_a_series: str = ""
    # For a target, two symptoms said side by side with no join (發燒咳嗽, a fever and a cough): its
    # count of joins cannot tell a condition's "and" pair kept from one item left out.
    says_pairs_side_by_side: bool = False
    # The groups of people an entry speaks to or of ([people]): a plain name ("pregnant", "children",
    # "older people") -> the words that say the group.  Read in this order, each group's words blanked
    # before the next's are looked for: "planning a pregnancy" (임신을 계획, 計劃懷孕, schwanger werden
    # möchten) holds the word for pregnant, and "older adults" the word for adults.  ``not_people``:
    # what only looks like a group, blanked first (避孕, contraception; "could become pregnant";
    # 가임).  ``people_hints``, for the source language: lower-case pieces one of which every group's
    # words hold (a substring test: most entries name no group).
    people_groups: Mapping[str, str] = field(default_factory=_empty)
    # For the source language, a group's words said of something else: the organ of "people with
    # kidney problems" ("IVIG can harm your kidneys"), one man of a case report.  A source that only
    # mentions it does not name the group, and a translation that says it names no group the source
    # does not.
    people_mentions: Mapping[str, str] = field(default_factory=_empty)
    not_people: str = ""
    people_hints: tuple[str, ...] = ()
    # The words that grant a permission ("puede tomar", "vous pouvez", "Sie dürfen", 마셔도 됩니다,
    # 可以, يمكنك): a translation that says one with no negation where its source forbids ("Do not
    # drink alcohol" as "Puede beber alcohol") tells a patient to do what is forbidden ([negation]:
    # an error).  For the source language, its words that allow ("you may feel dizzy", "you can
    # take it with or without food") and the "not" of an obligation, which allows too ("you do not
    # need to fast"): a sentence that says one may be said with a permission in the translation.
    permission: str = ""
    # The words that say a thing need not be done or may be left undone ("no tiene que", "no hace
    # falta", "vous pouvez ne pas", "Sie müssen … kein", 운전하지 않아도 됩니다, 할 필요가 없습니다, 不必,
    # لا داعي): their "not" denies the need, not the action.  For a target, one said where its source
    # forbids ("You must not drive" as "Sie müssen kein Auto fahren") or orders ("You must stay" as
    # "Sie müssen nicht bleiben") leaves to a patient what the source decides ([negation]: an error).
    # For the source language, its own such words ("you do not need to", "No dose adjustment is
    # needed") and the reassurances a translation says with them ("Do not worry" as 걱정하지 않으셔도
    # 됩니다): a sentence that says one may be said so.
    not_required: str = ""
    # The words that say a thing must be done ("must", "have to", "need to"; 해야 합니다, debe, tiene
    # que, doit, il faut, müssen, deve, 必須, 應, يجب, عليك), "must not" being a "not" and none of them:
    # for the source language, an order that a translation with a permission and none of its own such
    # words turns into a choice ("You must stay in hospital" as 병원에 머물러도 됩니다, يمكنك البقاء:
    # [negation], an error).
    obligation: str = ""
    # Lower-case pieces one of which every ``obligation`` holds ("must", "have to", "need"): a source
    # with none is not read for an order softened to "if possible" ([negation], softened.py).
    obligation_hints: tuple[str, ...] = ()
    # For the source language, the words of an amount an order names ("You must drink plenty of
    # water"), which translators say with "as much as possible" (盡量多喝水, möglichst viel, 가능한 한
    # 많이): that "possible" strengthens the order, and an order that names one is not read
    # ([negation], softened.py).
    amount_ordered: str = ""
    # The words that advise where a source forbids: ask a doctor first, with caution, in moderation
    # (의사와 상의하세요, 주의하여, 적당히; consulte a su médico, con precaución, con moderación; 請多加留意,
    # 適量; بحذر, باعتدال, استشر طبيبك): for a target, a translation that says one and no negation where
    # its source forbids ("Do not use this medicine if …" as "Consulte a su médico antes de usar
    # este medicamento si …", "Do not drink alcohol" as 술을 적당히 마시세요) lets a patient do what
    # is forbidden with care or after asking ([negation]: an error).  For the source language, its
    # own words of such advice (doctor, pharmacist, careful, caution, moderate, warning): a sentence
    # with one may be said with them.
    advice: str = ""
    # A "must not" softened to a recommendation ([negation]): for the source language, ``must_not``,
    # its orders that allow no choice ("must not", "must never", a sentence that opens with "Do not"
    # or "Never"), and ``not_recommended``, its own softer words ("is not recommended", "should
    # not", "better not"), which a translation may keep.  For a target, ``not_recommended``: its
    # phrases that advise against (no se recomienda, se desaconseja, il est déconseillé, wird nicht
    # empfohlen, es wird abgeraten, não é recomendado, 권장하지 않습니다, -지 않는 것이 좋습니다, 不建議,
    # 最好不要, لا يُنصح, يُفضَّل ألا): a translation whose only negation sits in one leaves to a patient
    # what the source forbids.
    must_not: str = ""
    not_recommended: str = ""
    # For the source language, its words that leave an action to the patient ("need not", "do not
    # have to", "does not need to", "it is not necessary to"): a translation that forbids or orders
    # that action, with no such words of its own ("You do not have to take it with food" as 음식과
    # 함께 드시면 안 됩니다, 一定不要隨餐服用, لا بد من), decides what the source leaves open ([negation]:
    # an error).
    need_not: str = ""
    # For the source language, each action it forbids by name, the "not" or "avoid" right before
    # the verb ("Do not drink alcohol", "Avoid driving"; not "if you do not drink", a condition).
    forbidden_actions: Mapping[str, str] = field(default_factory=_empty)
    # For a target, each action said possible ("you can drink": 마실 수 있습니다, 운전할 수 있습니다),
    # where its ``permission`` leaves the form out because it also says what may happen (졸음을 느낄
    # 수 있습니다, you may feel drowsy): a permission only for the action its source forbids by name.
    actions_said_possible: Mapping[str, str] = field(default_factory=_empty)
    # Each handling of a dose (CHEWING, CRUSHING, SPLITTING, OPENING, DISSOLVING) by the language's
    # verbs of it in any form (chew, 씹, 咀嚼, mastique, croquez, kauen, mastigue, امضغ).  For the
    # source language also ``handling_forbidden``, a "not" or "without" with the verbs it denies
    # ("do not open, crush or chew", "must not be split", "without chewing"), ``swallowed_whole``
    # (which forbids chewing and crushing: "Swallow the tablet whole", not "the whole course"), the
    # words that lift a ban (``handling_allowed_when``: "unless", "until"), and ``handling_hints``,
    # lower-case pieces one of which each of these holds (most sources hold none).  A translation
    # that says a forbidden handling with no negation in its clause ("정제는 통째로 삼키거나 씹어서
    # 드십시오", "ábralas", "可剝半服用", "امضغ القرص") tells a patient to do it ([negation]).
    handling: Mapping[str, str] = field(default_factory=_empty)
    handling_forbidden: str = ""
    swallowed_whole: str = ""
    handling_allowed_when: str = ""
    handling_hints: tuple[str, ...] = ()
    # For the source language, each use of a medicine (STOPPING, REFRIGERATING, FREEZING) by its
    # "not" ("Do not stop taking it suddenly", "Do not refrigerate", "must not be frozen"); for a
    # target, its verbs of it in any form (중단, 停藥, dejar de, arrêter, absetzen, parar, التوقف;
    # 냉장, 冷藏, nevera, réfrigérateur, Kühlschrank, geladeira, الثلاجة), and ``may``, the words of a
    # permission its ``permission`` leaves out (可 before a verb, -ㄹ 수 있다).  A permission right
    # beside the verb the source forbids, in a clause with no negation ("يمكنك التوقف … متى شئت",
    # "Sie können … jederzeit absetzen", 可冷藏), allows it ([negation]: an error).
    uses_forbidden: Mapping[str, str] = field(default_factory=_empty)
    uses: Mapping[str, str] = field(default_factory=_empty)
    may: str = ""
    # For the source language, a "never" or "not" of every day ("Methotrexate is taken once a week,
    # never every day", "Do not take it daily"); for a target, its words of every day (todos los
    # días, tous les jours, täglich, todos os dias, 每天, 매일, يوميًا) and of "any day" said with a
    # "not" of skipping (``any_day``: no se salte ningún día, keinen Tag auslassen, 하루도 거르지):
    # either, in a clause with no negation of its own, says to take it daily ([negation]: an error).
    # [units] reads the every day words too, idioms among them (un día sí y otro también): every
    # other day said so is a double dose.
    never_daily: str = ""
    every_day: str = ""
    any_day: str = ""
    # For the source language, a "not" of exceeding or of more with no number ("Do not exceed the
    # stated dose", "never take more"), which its ``not_negation`` leaves to [limits]: a translation
    # with a permission to take more (``more_allowed``: "Vous pouvez dépasser la dose") and no
    # negation says the opposite ([negation]).
    forbids_more: str = ""
    # An instruction to stop a medicine, in a source language ("Stop taking it", "If the rash gets
    # worse, stop using it"): a translation with no word of stopping, of keeping on, and no "not"
    # more than its source (더 이상 사용하지 마세요) has left the stopping out ([comparison]).  Not
    # "If you stop taking it", "stop for 7 days" (a pause), "stop working".
    stop_instruction: str = ""
    # For a target, an order to stop a medicine, said in the imperative (suspéndala, arrêtez,
    # setzen Sie … ab, 중단하십시오, 請停用, توقف عن تناول): where its source says no word of stopping
    # and no "not", the translation gives an order the source does not ("Tell your doctor if you
    # take warfarin." as "Informe a su médico si toma warfarina y suspéndala unos días")
    # (added_orders.py).  For the source language, ``breaks_said``: the words of a stop its
    # ``stop_words`` do not say ("then have a 7-day break", "7 days off", "withhold it"), which a
    # translation's order to stop may say (然後停藥7天).
    stop_orders: str = ""
    breaks_said: str = ""
    # The words that say to skip a dose ([negation]): for a source, an order to skip ("skip the
    # missed dose", its last group the verb); for a target, its words of skipping (omita, sáltese,
    # sautez, pule, lassen Sie … aus, 건너뛰세요, 跳過, تخطَّ).  A source that says skip is said by
    # these or by a "not" of taking (ne prenez pas la dose oubliée); a translation with neither
    # ("tome la dosis olvidada de inmediato": take it now) may say the opposite.
    skip_words: str = ""
    # Taking a dose now ([negation]): a target's words of "as soon as you remember" and "at once"
    # (생각난 즉시, en cuanto se acuerde, dès que vous y pensez, sobald Sie daran denken, assim que
    # se lembrar, 想起時立即, بمجرد أن تتذكر, immediately): said with neither a word of skipping nor
    # a negation where the source says to skip, it says to take the missed dose (12시간이 넘게
    # 지났다면 잊은 약을 생각난 즉시 복용하세요 for "If more than 12 hours have passed, skip the missed
    # dose"), an error.  For the source language, its own: a source that says it too ("Take it as
    # soon as you remember, unless …; then skip it") is not read so.
    taken_now: str = ""
    # The word for Fahrenheit said before a number whose unit alone says degrees Celsius (華氏
    # 100 度, 화씨 100도): [units] reads it as °F.
    fahrenheit_before: tuple[str, ...] = ()
    # Directions ([comparison]): for each kind of comparison, a regex of the words that say it one
    # way and one of those that say it the other way: MORE_LESS (more, higher, increase, more
    # often | less, fewer, lower, decrease), BEFORE_AFTER (before, earlier | after, later),
    # STOP_CONTINUE (stop, quit | continue, keep taking: "stop the medicine" as "keep taking it"),
    # UNLESS_EVEN_IF (unless | even if: "Do not stop unless your doctor tells you to" as "even if
    # your doctor tells you to", which tells the patient to ignore the doctor).  A
    # translation that says only the other way of what its source says only one way has turned
    # it around; a kind a language does not list is not checked.  Every word listed for a way
    # can also make a faithful translation pass, and can make a reversal be found: list words
    # that say the way in every sense (not 낮 alone, which is also "daytime").
    directions: Mapping[str, tuple[str, str]] = field(default_factory=_empty)
    # Phrases that hold a direction word and say no direction ("at least", "al menos", "على
    # الأقل", "for more information"), or, in the source, a limit next to a number ("more than
    # 30%", "no later than"), which [limits] judges: left out before directions are read.
    not_direction: str = ""
    # Urgency ([urgency]): a regex of the words that say to act without waiting (right away,
    # immediately, 즉시, de inmediato, 立即, فورا, sofort ...), and one of the phrases that hold
    # such a word and say no hurry ("two doses at once", taken together; "urgent care", a place;
    # 緊急狀況, an emergency; "service d'urgence", the emergency department), blanked first.  In the
    # source language a word listed must be rendered, so list only words that always say to hurry;
    # in a target, every word listed can make a faithful translation pass (and hide a drop).  A
    # language without ``urgency`` is not checked.  ``urgency_hints``, for the source language:
    # lower-case pieces one of which every text with an urgency word holds ("right away",
    # "immediate"): a text with none is not read further (most say no urgency).
    urgency: str = ""
    not_urgency: str = ""
    urgency_hints: tuple[str, ...] = ()
    # Putting off ([urgency]): a regex of the words that say to act later, not now (at your next
    # visit or appointment, next week, in the coming days, later, when convenient; 다음 진료 때, en su
    # próxima cita, lors de votre prochaine visite, beim nächsten Arzttermin, na sua próxima consulta,
    # 下次回診時, في موعدك القادم), and one of the phrases that hold such a word and put nothing off
    # ("if you remember later", "two days later", "no later than"), blanked first.  A translation
    # with no word of hurry that says one where its source says to hurry and puts nothing off
    # itself tells a patient to wait: an error.  A language without ``deferral`` is not so judged.
    deferral: str = ""
    not_deferral: str = ""
    # For the source language: a call for emergency help ("call 911", "go to the emergency room"), as
    # urgent as a word of hurry though said with none; only its putting off is read (its translation
    # may rightly say "119에 전화하세요" with no word of hurry).  ``urgency_hints`` cover it too.
    emergency_call: str = ""
    # A hurry softened ([urgency]): "as soon as possible" or "when you can" (가능한 한 빨리, 盡快, lo
    # antes posible, dès que possible, so bald wie möglich, o mais rápido possível, في أقرب وقت ممكن),
    # which waits for the patient's chance where "immediately" does not.  ``immediacy``, for the
    # source language: the urgency words that say now (immediately, right away, at once, "Call … now"),
    # not soon; a translation that says only ``as_soon_as_possible`` for one of them is an error.
    immediacy: str = ""
    as_soon_as_possible: str = ""
    # As needed ([as-needed]): a regex of the words that say a dose is taken only when it is needed
    # (if needed, as needed, when required, PRN; se necessário, bei Bedarf, 필요 시, 必要時, عند الحاجة
    # ...).  In the source language list only words that always say so; in a target, also the words
    # of a condition a dose is taken on (si, en cas de, wenn, bei, 때, 경우, 如果, عند, إذا: "en cas
    # de douleur" for "for pain, if needed"): every word listed can make a faithful translation pass
    # (and hide a drop).  A language without ``as_needed`` is not checked.  ``as_needed_hints``, for
    # the source language: lower-case pieces one of which every text with such a word holds.
    as_needed: str = ""
    as_needed_hints: tuple[str, ...] = ()
    # For a target, how it says a fixed schedule: a count per period (4 veces al día, dreimal täglich,
    # 하루 4번, 每日4次, 4 مرات يوميًا) or an interval (cada 6 horas, toutes les 6 heures, 6시간마다, 每6小時,
    # كل 6 ساعات).  An as-needed dose said with one and no word of need is taken on that schedule.
    fixed_schedule: str = ""
    # An "unless" said as a plain "if" ([negation], conditions.py): "Do not stop taking it unless your
    # doctor tells you to" as "No interrumpa el tratamiento si se lo indica su médico" (do not stop
    # if your doctor tells you) turns the condition around.  ``plain_if``: the words of a plain
    # condition (if, when, in case; si, se, wenn, falls, 如果, إذا, -면, 경우, 때), counted in the
    # source, and in a target those whose clause says no "not" (``if_ends_its_clause``: the clause
    # ends at the word, Korean 의사가 지시하면, rather than begins there).  ``only_if``, for a target,
    # its words of "only" (solo, seulement, nur, 只有, 才, فقط, إلا, -만), by which "unless" is also said
    # ("Arrêtez-le seulement si votre médecin vous le demande"); for the source language, its "only
    # if" ("only if", "only when"), whose translation says an "only", an "unless" or a "not"
    # ("Take the extra dose only if your pain is severe" as 통증이 있을 때 추가 용량을 복용하세요 limits
    # nothing).  ``unless_hints``, for the source language: lower-case pieces one of which every
    # text with its words of "unless" holds.
    plain_if: str = ""
    if_ends_its_clause: bool = False
    only_if: str = ""
    unless_hints: tuple[str, ...] = ()
    # "Always" said with a condition ([negation], conditions.py): "Always call 112 after using the
    # auto-injector" as "Rufen Sie … den Notruf 112 an, wenn die Beschwerden anhalten" (only if they
    # persist).  ``unconditional``, for the source language: its words that say a thing is done
    # whatever happens (always, even if, in any case, every time); for a target, its words of always
    # (immer, toujours, siempre, sempre, 一律, 務必, 總是, 항상, 반드시, 꼭, دائمًا, every time, in any
    # case), whose translation keeps the source's meaning beside a word of "if".
    unconditional: str = ""
    # For a target, the words and forms of a condition its ``plain_if`` does not count (bei, sobald, a
    # German sentence opened by its verb "Ist das Fieber …, geben Sie"; en caso de, de persistir;
    # persistindo, em caso de; dès que, en présence de; 발열 시; 一旦, 如有; عند, إن, متى): an "only if"
    # said with none of these, of ``plain_if`` nor of ``condition_ends`` dropped its condition
    # altogether ([negation], conditions.py).
    other_conditions: str = ""
    # For the source language, its "until" ([negation]): "Do not drive until you know how it affects
    # you" is said "drive only when you know" by a target's ``only_if`` (erst wenn, seulement quand,
    # solo cuando, só quando, 等到…才, 후에만), with no "not".
    until: str = ""
    # One of two said as both ([negation], alternatives.py): "Use either the cream or the ointment"
    # as 크림과 연고를 둘 다 바르세요 (both), "Puede tomar los comprimidos y el jarabe a la vez" (at the same
    # time).  ``either_or``, for the source language: a choice of what to take or use ("take either
    # … or", "give you either … or"; not "Either your doctor or your pharmacist can answer", which
    # both may), and ``both``, its words of both or together, which let a translation say them
    # too ("or both").  For a target, ``both``: its words of both or together (둘 다, 동시에, a la vez,
    # juntos, ambos, à la fois, ensemble, gleichzeitig, beide, ao mesmo tempo, 同時, 兩者, معًا,
    # كلاهما), not those of "with" (junto con, zusammen mit, 식사와 함께) nor "both cases" (en ambos
    # casos, in beiden Fällen), which say either is fine.
    either_or: str = ""
    both: str = ""
    # ``not_both``, for the source language: its "not both" ("not both", "never both", "not
    # together"), a choice the source insists on; and for a target, ``choice``: its words that keep
    # one of two (o, ou, oder, entweder, soit, 또는, 이나, 중 하나, 或, 擇一, أو, إما, and "only": solo,
    # nur, 만, 只): a translation with neither these nor a negation ("Tome el comprimido y la
    # solución oral.") says to take both.
    not_both: str = ""
    choice: str = ""
    # For a target, its "or both" (o ambos, ou les deux, oder beides, ou ambos, 또는 둘 다, 或兩者, 或同時,
    # أو كليهما): said where the source says "not both", it allows what the source forbids.
    or_both: str = ""
    # For a target, its words that add one thing to another (además, et aussi, en plus, zusätzlich,
    # außerdem, e também, além disso, 並且, 再加上, 그리고 또, 추가로, وأيضًا, بالإضافة إلى): said with no
    # word of ``choice`` where the source says "either … or", the two are both to be done ("Tome 2
    # comprimidos de una vez y, además, 1 comprimido dos veces al día": a double dose).  Not a bare
    # "also" (también, 也可, 도): "也可以" joins two ways of which either is fine.
    in_addition: str = ""
    # Conditions joined by "or" said as joined by "and" ([negation], alternatives.py): "If you are
    # pregnant or breastfeeding" as "Si está embarazada y en periodo de lactancia" speaks only to a
    # woman who is both.  ``condition_and`` and ``condition_or``: the words that join two conditions
    # of a clause by "and" (and, y, e, et, und, 且, 並, -면서, -고, 및, و-) and by "or" (or, o, u, ni,
    # ou, oder, 或, 또는, -거나, -이나, أو), read in the clause of each of the language's ``plain_if``
    # and, for a language that says a condition with no word of "if" (Chinese 懷孕期間, 服藥時), of
    # each of its ``condition_ends``.
    condition_and: str = ""
    condition_or: str = ""
    condition_ends: str = ""
    # A prohibition softened ([negation], softened.py): "Do not drink alcohol" as "drink less alcohol"
    # (``softened``: reduce, limit, less; reduzca, limitez, weniger, 減少, 줄이, قلّل), as "if possible
    # no alcohol" (``if_possible``: en lo posible, si possible, möglichst, 盡量, 가능하면, قدر الإمكان),
    # or "Avoid alcohol" as "avoid heavy drinking" (``excess``: excesivo, excès, übermäßig, 過量, 과음,
    # الإفراط).  For the source language, its own words of them, whose prohibition is not read.
    softened: str = ""
    if_possible: str = ""
    excess: str = ""
    # For the source language, the words of a prohibition itself soft ("Avoid alcohol", "You should not
    # drive"): softened further, a warning, not an error (softened.py).
    soft_prohibition: str = ""
    # Limits: phrase -> AT_MOST / AT_LEAST, written before the number ("최대 2
    # g", "al menos 2 horas") or after it and its unit ("2 g 이하", "24 小時內").
    limits_before: Mapping[str, str] = field(default_factory=_empty)
    limits_after: Mapping[str, str] = field(default_factory=_empty)
    # For a translation, phrases that are a limit only right before a number and its unit of time
    # (one of ``unit_words``): "en siete días", "em 3 dias", "en 3 jours" say within, where "en 2
    # tomas" or "en ayunas" say nothing of a limit.
    limits_before_a_time: Mapping[str, str] = field(default_factory=_empty)
    # Limit phrases (of those above) that say who, not how much: "menores de 12 años"
    # (minors under 12), "people over 65", "الأطفال فوق 12".  A negation before one denies
    # its verb ("no es apto para menores de 12 años", "Do not give it to people over 65"),
    # never the limit, so it does not turn it around.
    group_limits: frozenset[str] = frozenset()
    # Limit phrases (of ``limits_before_a_time``) that say a time has passed, an at least: "nach 12
    # Stunden", "passadas 12 horas", "après 12 heures" for "within 12 hours" turn it round.  A negation
    # before one denies its verb ("No conduzca hasta después de 24 horas", "لا تقد إلا بعد 24 ساعة",
    # "Não conduza antes de passadas 24 horas": drive only once they have passed), never the limit.
    elapsed_limits: frozenset[str] = frozenset()
    # A regex of the dose a limit may follow at the head of its clause ("Dosen", "Les doses",
    # "Las dosis de", "Doses"): "Dosen über 4 g pro Tag dürfen nicht gegeben werden" opens its
    # clause with the limit's noun, and its "nicht" may deny the limit as that of "Mehr als 4 g
    # pro Tag dürfen nicht ..." does ([limits] reads both ways).  Matched against all the clause
    # says before the limit phrase, so a verb there ("Geben Sie Dosen über 4 g") is no dose.  In a
    # verb-final language (Korean), matched right after the limit phrase: its particle or the dose
    # it is said of ("4 g 미만은", "4 g을 초과하는 용량을"), making it the subject or the object.
    limit_subject: str = ""
    # A prohibition said after a limit that opens its clause, its dose the subject ("Doses of more
    # than 4 g a day must not be given", "More than 2 tablets should not be taken", "Dosis
    # inferiores a 4 g al día no deben administrarse"): it denies the limit (at most 4 g; at least
    # 4 g), where a plain "not" after one need not ("More than 30% of patients do not respond"
    # denies their answer).  A translation's limit is turned by it only where it is of a dose or
    # a time (a number with its unit: never an age, who).
    limit_prohibited: str = ""
    # A prohibition and the taking it forbids, said right before a limit ("Está prohibido tomar más
    # de 4 g", "يُمنع تناول أكثر من 4 غ", "禁止在24小時內服用超過4公克": taking more than 4 g is
    # forbidden): it denies the limit as a "not" before it does (at most 4 g).  Only with the verb
    # of taking right before the limit: "Avoid alcohol for at least 24 hours" forbids the alcohol.
    limit_forbidden: str = ""
    # Permission to take more than the dose said, as a clause of its own ("puede tomar más",
    # "vous pouvez en prendre plus", 더 복용해도 됩니다, 可以多吃, يمكنك تناول المزيد): a translation
    # that says it where its source sets a most and allows nothing more lets a patient exceed it
    # ([limits]).  Not denied ("no puede tomar más"), nor "más de 4 g" (a limit, read as one).  For
    # the source language, its words of allowing more ("you may take more", "your doctor may
    # increase the dose", "the dose may be increased"), which such a translation may say.
    more_allowed: str = ""
    # For the source language, the words that make a length of time a duration, matched up to its
    # number ("for", "for at least"), and the limit phrases of a least (at least, a minimum of,
    # minimum): a least time said as a duration is one a "not" of its clause denies the verb for,
    # not the limit ("Do not drive for at least 24 hours", "for 24 hours at least": wait at least
    # 24 hours), where "Do not use it for more than 3 days" limits the use (at most 3).
    least_duration: str = ""
    least_phrases: frozenset[str] = frozenset()
    # For the source language, what says a length of time is a gap kept between two things, matched
    # right after its unit ("2 hours apart from antacids"): at least that long between them, which a
    # translation may say with no limit word (2시간 간격을 두고, "con 2 horas de diferencia"), but
    # not with a most ("2시간 이내에", within 2 hours: the two taken together) ([limits]).
    gap_after: str = ""
    # For the source language, what says a length of time is one each way, matched right after its
    # unit ("2 hours before or after antacids"): a least said of it ("at least 2 hours before or
    # after") is said of both, and a translation that says a most on either one's number (`hasta 2
    # horas después`) turns that one around ([limits]).
    both_ways_after: str = ""
    # For a translation, the limit phrases of a least that say "more than" (más de, mehr als, plus
    # de, 超過, 초과, أكثر من; lowered): a "not" before one limits its verb ("No conduzca durante más
    # de 24 horas": drive at most 24 hours), never says how long a wait lasts, as a minimum may
    # ("No conduzca durante al menos 24 horas").  Not an "or more" said after the number (24시간
    # 이상 운전하지 마세요, 24小時以上不要開車): those read either way.
    more_than_phrases: frozenset[str] = frozenset()
    # The limit phrases of a least that take their number in (이상, 以上, o más, al menos, ou plus,
    # oder öfter, ou mais, أو أكثر; for the source, "or more", "at least"; lowered), where the
    # ``more_than_phrases`` leave it out (the source's: "more than", "over").  Of a whole count they
    # are one apart: "more than twice" is "three times or more", and "two or more times" takes in
    # twice, which "more than twice" does not (count_bounds.py: [numbers], [number-words], [limits]).
    inclusive_least_phrases: frozenset[str] = frozenset()
    # (the source language) The nouns of a whole count after its number ("2 times", "4 doses", "one
    # kind"; lowered): a count no part of one is said of, so "more than 2" of it is "3 or more"
    # (count_bounds.py).  Not a measure ("more than 38 °C" is not "39 °C or more"), nor a dose form
    # a patient may halve.
    whole_count_nouns: frozenset[str] = frozenset()
    # For a translation, the limit phrases of a most that say how much (höchstens, 最多, على الأكثر,
    # como máximo; lowered), where a "within" (innerhalb von, 內, خلال) says a span: a "not" right
    # after a time said with one denies the verb for at most that long ("Fahren Sie höchstens 24
    # Stunden lang nicht Auto"), never the wait "innerhalb von 24 Stunden nicht" says ([limits]).
    most_phrases: frozenset[str] = frozenset()
    # The words that ask, said before the verb or its "not" (bitte, por favor, veuillez; lowered):
    # "Fahren Sie innerhalb von 24 Stunden bitte nicht Auto" says no driving within that time as
    # "... nicht Auto" does ([limits]).
    request_words: tuple[str, ...] = ()
    # Numbers written in words: a function giving (start, end, value) spans
    # (백 명, diez, 一百, "one in ten").
    numerals: Callable[[str], Spans] | None = None
    # A number said once for each of several times of day, which says it as many times: Chinese
    # 各 before it (早晚各服用一次: once in the morning and once in the evening; ``each_before``, a
    # regex that ends right before the number, says each of two at least), Korean 씩 after it
    # (아침과 저녁에 한 번씩; ``each_after``, a regex from the number's end, says each of the times
    # of day named, one if none).  [number-words] counts such a number so.
    each_before: str = ""
    each_after: str = ""
    # Words that name the morning and the evening at once (Chinese 早晚), which ``day_times`` cannot
    # hold (alone, 早晚 is also "sooner or later"): an ``each_before`` says two times of day only
    # after one of these or where the text names two; 兩眼各滴一滴 (one drop in each eye) says one.
    mornings_and_evenings: tuple[str, ...] = ()
    # The words for "another" that ``numerals`` reads as a second one after "and" (una dosis por la
    # mañana y otra por la noche: y otra, e outra), as written in lower case: one of a number of 1
    # and such a one, each before a time of day it names, says a number for each of those times of
    # day, as 아침과 저녁에 한 번씩 does ([number-words]: "once a day" so said is doubled).
    another_words: tuple[str, ...] = ()
    # How a tablet is said to be cut in two (regex): "in half", por la mitad, en deux, in zwei Hälften,
    # 반으로 자르다, 對半, إلى نصفين.  It names no amount to take: the source's asks for no half and
    # the translation's gives none ([number-words]), so "Cut the tablet in half and take one half"
    # said "... prenez le comprimé entier" keeps the half missing.  A translation's is read only where
    # the source says a cut ("en deux." alone may say two doses elsewhere).
    how_a_tablet_is_cut: str = ""
    # For the source language, its articles that say one ("a", "an": "Take a tablet twice a day"),
    # which ``numerals`` does not read as numbers: before a dose form, a count of one
    # ([numbers]' counts that changed places: `dos comprimidos una vez al día` for it).
    articles_of_one: tuple[str, ...] = ()
    # For the source language, the parts of a whole it says in words that ``numerals`` does not
    # read ("a quarter of a tablet", "two thirds"): values it gives, never demands (a translation
    # may say a quarter as 25%), so that a translation's "eine Viertel Tablette" or ربع قرص is no
    # dose the source does not give ([numbers]).
    parts_in_words: Callable[[str], Spans] | None = None
    # One is said by the singular noun alone (Arabic قرصًا, a tablet, for "one
    # tablet"; شخص من كل عشرة for "one in ten"): [number-words] then demands no
    # word for a "one" of the source, only for "once" (مرة).
    one_by_the_noun: bool = False
    # Where ``one_by_the_noun``, the nouns whose singular alone says one of them (ساعة and
    # بساعة, an hour; قرصًا, a tablet): a function giving (start, end, what it names: a period
    # unit or "dose").  A 1 the source writes in digits before a noun of its ``counted_nouns``
    # ("1 hour", "1 tablet") is then said by one of the same kind ([numbers]).  Can hide a
    # changed 1, never demand one: list nouns, not units (1 mg keeps its 1).
    singular_nouns: Callable[[str], Iterator[tuple[int, int, str]]] | None = None
    # Numbers said after their period, by a structure too rich to list in ``number_words``: Arabic
    # الساعات الأربع والعشرين (the 24 hours: ones, و, tens, each with the article).  A function
    # giving (start, end, value, unit), read as quantities ([units]).
    ones_and_tens_after_a_period: Callable[[str], Iterator[tuple[int, int, Fraction, str]]] | None = None
    # How the word lists read a text whose letters may carry marks the lists are written without:
    # Arabic short vowels, tanween and shadda (ملعقةً كبيرةً is ملعقة كبيرة).  A function giving
    # the text without them and where each of its characters is in the text, and one more: the
    # end; [opposites] looks for its terms so.  None where the lists read the text as written.
    without_marks: Callable[[str], tuple[str, list[int]]] | None = None
    # For the source language, the nouns a count is written before ("1 hour", "1 tablet"),
    # lower case: noun -> what it names, as ``singular_nouns`` names it.
    counted_nouns: Mapping[str, str] = field(default_factory=_empty)
    # Phrases (regular expressions) that say two doses without a number: "a double
    # dose", "between doses". A source that says one gives the count 2 ("No tome dos
    # dosis juntas", 兩劑之間, بين جرعتين) to [numbers]' added-count rule.
    two_doses: tuple[str, ...] = ()
    # A regular expression of the phrases that say twice an amount: in English the
    # "twice" of "twice the amount", "twice the dose" (not of "twice a day", a rate); in a
    # translation its word for a double amount, no number ("una dosis doble", "die doppelte
    # Menge", 雙倍劑量, جرعة مضاعفة).  [number-words] reads the one as the 2 of the other.
    twice_an_amount: str = ""
    # A regular expression of the words that name a double dose: "a double dose", "double the dose",
    # "double up", "two doses at once" in English; 두 배 용량, 2회분, dosis doble, dose double, doppelte
    # Dosis, dose dupla / a dobrar, 雙倍劑量, جرعة مضاعفة in the targets.  A source that forbids one and
    # a translation that names one with no negation nor a word that forbids (its ``prohibits``) tells
    # a patient to take it ([negation]: an error).  ``double_dose_forbidden``, for the source
    # language: a double dose named after a "not" or a verb that forbids in its clause ("Do not take a
    # double dose", "Never double up"; not "If you take a double dose by mistake, do not panic").
    double_dose: str = ""
    double_dose_forbidden: str = ""
    # A regular expression of "one or both" of the sides drops or a spray go to ("one or both eyes",
    # "ein oder beide Augen", 한쪽 또는 양쪽 눈, 單眼或雙眼): a choice of sides, no count of one or
    # two, where the source says it too ([numbers]' approximations, [number-words]' one).
    one_or_both: str = ""
    # For the source language, the "one" of a rate's period after a count of times ("twice in one
    # week": group ``one``, and ``period`` the canonical unit): a translation that says the period as
    # a rate (일주일에 두 번, ``rate_after``) says its one as "twice a week" does, by no number
    # ([number-words]).
    one_period_of_a_rate: str = ""
    # For the source language, a unit named with no number, one of it ("Each mL of the solution
    # contains 100 units", "in every mL"; group ``unit``): a translation may say it as 1 of the unit
    # (이 용액 1 mL에는, 1 mL de solution contient), no dose of its own ([units]).
    one_of_a_unit: str = ""
    # Words that say to call a number, before it ("llame al 911") or after it
    # ("119에 전화"): an emergency number said this way is one to call.
    call_before: tuple[str, ...] = ()
    call_after: tuple[str, ...] = ()
    # Words for an emergency ("응급 시 119", "emergencias: 112", "緊急電話 119",
    # "الطوارئ: 997"): an emergency number next to one is given as one to call,
    # and a source that says one (English "emergency") is about calling for help.
    emergency_words: tuple[str, ...] = ()
    # Words that give a number a patient dials, presses or texts after calling: a phone
    # extension, before its number ("extensión 4521", "내선 4521", "分機 4521", "التحويلة 4521"); a
    # choice of a phone menu, before it ("pulse 2", "按 2", "اضغط 2") or after it ("2번을 누르세요");
    # a text message ("SMS", "문자", "簡訊", "رسالة"), whose short code (741741, five or six digits)
    # may stand anywhere in a text that says to call or text.  One a translation adds is [phone]'s.
    extension_words: tuple[str, ...] = ()
    menu_before: tuple[str, ...] = ()
    menu_after: tuple[str, ...] = ()
    text_words: tuple[str, ...] = ()
    # Times of day a dose is bound to ([dose-times]: "1 tablet in the morning and 2 at bedtime"
    # said as 2 in the morning and 1 at bedtime): the kinds a phrase says (MORNING, MIDDAY,
    # AFTERNOON, EVENING, NIGHT, BEDTIME; several joined by "/" where one word says either, as Spanish
    # "por la noche" says evening or night) -> a regex of the phrase, tried in this order at each
    # place (list "zur Nacht", bedtime, before a night word it holds).  Can only make a pairing
    # ambiguous or find a dose moved; list words that say the time of day in every sense (not
    # Spanish "mañana" alone, also "tomorrow").
    day_times: Mapping[str, str] = field(default_factory=_empty)
    # For the source language: substrings (as written, letter case kept) one of which every
    # phrase of ``day_times`` holds: a text with none is not read further (most say no time of day).
    day_time_hints: tuple[str, ...] = ()
    # The time of day stands before its dose (Korean 아침에 1정, Chinese 早上1錠): a clause that
    # names several, each followed by its one number, pairs them in turn (아침에 1정 저녁에 2정).
    day_time_first: bool = False
    # [opposites]: the words of each term of a class of mutually exclusive instructions (WITH_FOOD,
    # EMPTY_STOMACH; LEFT, RIGHT; BY_MOUTH, UNDER_THE_SKIN ...) -> a regex of them.  A source that
    # names a term of a class and a translation that names another of it and none of the source's
    # is a finding: list only words that say the term in every sense (not "left" alone, also what
    # is left over; Korean 식후, after a meal, only as AFTER_A_MEAL, read with no time beside it:
    # "식후 2시간", 2 hours after a meal, is on an empty stomach).
    # ``opposite_hints``, for the source language: each term of ``opposites`` (and INJECTED of
    # ``injection_sites``) -> substrings one of which every phrase of the term holds, lower-case (a
    # hint with a capital is looked for as written): a term none of whose hints a text holds is not
    # looked for there, and a text with no hint at all is not read further (most name no term).
    # Empty: any text may name any term.
    opposites: Mapping[str, str] = field(default_factory=_empty)
    opposite_hints: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)
    # [opposites]: the words of each place an injection goes (UPPER_ARM, THIGH, ABDOMEN, BUTTOCK) and
    # of an injection (INJECTED) -> a regex of them.  Read apart from ``opposites``, whose route may
    # hold a site ("into the upper arm muscle", "in den Oberschenkelmuskel"); a source language's
    # ``opposite_hints`` hold its INJECTED words (sites are read only beside an injection).
    injection_sites: Mapping[str, str] = field(default_factory=_empty)
    # [opposites]: a refrigerator or freezer named as where something is taken out of, or kept out
    # of ("Sáquela de la nevera 30 minutos antes", 냉장고에서 꺼내, "fuera de la nevera"): no place
    # of storage, but "let it reach room temperature" said another way.  Blanked before the terms
    # are read.
    out_of_storage: str = ""
    # [opposites]: how a medicine is stopped or its dose lowered: the words of "gradually" (poco a
    # poco, 서서히, 逐漸) and of "suddenly" or at once (de golpe, 갑자기, 立即); for a source
    # language, the words of stopping or lowering a dose (``stopping``: only its sentences are read)
    # and substrings one of its pace words holds (``stop_pace_hints``: most sources hold none).
    gradually: str = ""
    suddenly: str = ""
    stopping: str = ""
    stop_pace_hints: tuple[str, ...] = ()
    # [opposites]: how long a course runs: for a source language, the words of taking it until the
    # pack or course is finished (``until_finished``, read where one of ``until_finished_hints`` is);
    # the words of taking it until the patient feels better or the symptoms go (``until_better``),
    # which cut the course short.
    until_finished: str = ""
    until_finished_hints: tuple[str, ...] = ()
    until_better: str = ""
    # [opposites]: how hard a medicine is shaken: the words of "gently" (suavemente, 가볍게, 輕輕) and
    # of "hard" (enérgicamente, 세게, 用力); for a source language, the words of shaking (``shaking``:
    # only its sentences are read) and substrings one of its manner words holds (``shake_hints``).
    gently: str = ""
    forcefully: str = ""
    shaking: str = ""
    shake_hints: tuple[str, ...] = ()
    # For the source language, substrings one of which every text that says shaking holds ("shak"):
    # a source with none is not read for the manner words, which are said of other things as often
    # ("hard", "strongly").
    shaking_hints: tuple[str, ...] = ()
    # [opposites] (empty_stomach.py), for the source language: a time before a meal ("30 minutes
    # before breakfast", "before meals"), beside which "on an empty stomach" is not said by the time.
    before_a_meal: str = ""
    # For a target: a word that says fasting anywhere in a sentence (nüchtern, ayunas, jeun, jejum, 공복,
    # 空腹, الريق), looser than its EMPTY_STOMACH term: a translation that says one keeps the empty stomach.
    fasting: str = ""
    # [opposites]: how fast a sugar or a medicine acts: the words of "fast-acting" (acción rápida, 속효성,
    # 速效, sucre rapide) and of "slow-" or "long-acting" (absorción lenta, 지효성, 長效, sucre lent),
    # and, for the source language, substrings one of them holds (``acting_hints``).
    fast_acting: str = ""
    slow_acting: str = ""
    acting_hints: tuple[str, ...] = ()
    # [opposites]: the days a service is open or a thing is done: the words of "weekdays" (días
    # laborables, 평일, 工作日, du lundi au vendredi) and of "every day" (todos los días, 매일, 每天,
    # tous les jours), and, for the source language, substrings one of them holds (``working_day_hints``).
    working_days: str = ""
    every_day_of_the_week: str = ""
    working_day_hints: tuple[str, ...] = ()
    # [opposites]: where an injection goes through: the words of "through clothing" (a través de la ropa,
    # 옷 위로, 隔著衣物, sans retirer les vêtements) and of clothing taken off (quitarse la ropa, 옷을 벗고,
    # 脫去衣物, bare skin), and, for the source language, substrings one of them holds (``clothing_hints``).
    through_clothing: str = ""
    clothing_removed: str = ""
    clothing_hints: tuple[str, ...] = ()
    # [opposites]: whether a medicine is stopped for a while or for good: the words of "temporarily"
    # (a pause: temporalmente, 일시적으로, 暫停) and of "permanently" (definitivamente, 영구적으로, 永久);
    # for a source language, substrings one of them holds (``pause_hints``: most sources hold none).
    temporarily: str = ""
    permanently: str = ""
    pause_hints: tuple[str, ...] = ()
    # For the source language, lower-case pieces of its ``temporarily`` words that say a stop
    # themselves ("paus": "Your doctor may pause your treatment" says no word of ``stopping``).
    temporary_stop_words: tuple[str, ...] = ()
    # [opposites]: the colour of urine and of stools, signs a patient reports ("dark urine, pale
    # stools"): the words of a dark colour and of a pale or light one (in most languages the words of
    # DARK and PALE in ``opposites``), of urine and of stools, and the words that end what a colour
    # is said of, beside the marks that do (a comma, 、): "or", "and" (o, oder, 또는, 或, أو).  A
    # colour is said of the noun it stands beside, before or after it, nothing of the other noun nor
    # an end between ("Ihr Stuhl hell oder Ihr Urin dunkel", 尿液顏色變深、糞便顏色變淺).  For a
    # source language, substrings one of which every text naming urine or stools holds
    # (``colour_hints``: most sources hold none).
    dark_colour: str = ""
    pale_colour: str = ""
    urine: str = ""
    stools: str = ""
    colour_ends: str = ""
    colour_hints: tuple[str, ...] = ()
    # [opposites]: the words of a route that name a part of the body or a kind of medicine as often
    # (정맥 of 정맥 혈전, a clot in a vein; 경구 of 경구 피임약, the pill; 皮下 of 皮下瘀血, a bruise): a
    # route said by them alone is read, but its swap is left to a person (a warning), not an error.
    # So the swallows that are a "take" said of any medicine (복용하십시오, 드세요; unzerkaut): not a
    # swallow said outright, which is an error of a suppository or a tablet under the tongue.
    loose_route_words: str = ""
    # The words that join two clauses with a dose each ("and", "then", y, et, und, 그리고): where
    # one dose's clause ends and the next begins, as a comma does.
    and_joints: str = ""
    # The words that join a whole number to the fraction added to it, as a count says it ("1 e 1/4
    # comprimido", 一又四分之一錠, 1과 1/4정, "1 und 1/4 Tabletten": one and a quarter): [numbers]
    # reads the count as their sum, so "a quarter of a tablet" said so is a dose the source does not give.
    whole_and_part: str = ""
    # [dose-times]: the words that say every meal of the day ("before each meal", "with every meal"):
    # a dose at breakfast, at lunch and at dinner, so a translation that names one meal alone
    # ("avant le petit-déjeuner") drops two of the day's three doses.
    each_meal: str = ""
    # [dose-times]: the words for a meal that name none of the day's ("repas", "cada comida", 식전,
    # 餐): a translation that says one may say every meal so, and is not held to the meals "each
    # meal" names.
    meal_words: str = ""
    # Verb at the end of the clause (Korean): a negation that turns a limit
    # around comes after it ("2 g 이상 드시지 마세요"), not before ("no tome más de").
    verb_final: bool = False
    # In a verb-final language, a "not" that sets a condition or describes a noun ("멈추지 않으면":
    # if it does not stop; "낫지 않는 기침": a cough that does not heal).  After a limit of a time it
    # says how long the "not" lasts ("10분 넘게 멈추지 않으면": more than 10 minutes without
    # stopping), so the limit keeps its direction, where a prohibition ("3일 넘게 드시지 마세요")
    # turns it around.  A limit of a dose is turned by either: "2 g 이상 드시지 않으면" (unless you
    # take 2 g or more).  [limits]: limit_phrases._denied.
    conditional_negation: str = ""
    # The meaning words match case-insensitively (Latin script); scripts without case match as written.
    ignore_case: bool = False

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        # The mappings are read-only views; a language is identified by its code and number
        # conventions. A key of the checks' caches, hashed for every text they are asked about.
        return hash((self.code, self.decimal_symbol, self.group_symbol))

    @property
    def has_unit_words(self) -> bool:
        return bool(self.unit_words)

    @cached_property
    def _two_doses_re(self) -> re.Pattern | None:
        return re.compile(rf"\b(?:{'|'.join(self.two_doses)})\b", re.IGNORECASE) if self.two_doses else None

    def says_two_doses(self, text: str) -> bool:
        """Whether ``text`` says two doses without a number ("a double dose", "between doses")."""
        return self._two_doses_re is not None and self._two_doses_re.search(text) is not None

    def pattern(self, field: str) -> re.Pattern | None:
        """The words of the field named ``field`` compiled, once per language (None: the language
        gives none): ``language.pattern("double_dose")``, the way every check reads a field of words;
        or a pattern made of several fields (:attr:`_MADE_OF_FIELDS`), read by name the same way.

        A field's case is ignored in every script: one without case has nothing to fold, and a Latin
        word inside Korean or Chinese ("mL", "IVIG") is the same word in capitals.  A made pattern
        keeps the flags its maker gives it (``per_dose_numbers`` and ``any_dose_form`` match case as
        written)."""
        patterns = self._patterns
        if field not in patterns:
            made = self._MADE_OF_FIELDS.get(field)
            patterns[field] = made(self) if made else self._optional(getattr(self, field), ignore_case=True)
        return patterns[field]

    def search(self, field: str, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """The first match in ``text`` of the words of ``field`` (:meth:`pattern`); None also where
        the language gives none, which is a way it does not say."""
        pattern = self.pattern(field)
        return pattern.search(text, pos, endpos) if pattern is not None else None

    def finditer(self, field: str, text: str) -> Iterator[re.Match]:
        """Each match in ``text`` of the words of ``field`` (:meth:`pattern`), in order; none where the
        language gives none."""
        pattern = self.pattern(field)
        return pattern.finditer(text) if pattern is not None else iter(())

    def blanked(self, field: str, text: str) -> str:
        """``text`` with each match of the words of ``field`` made spaces (:func:`blank_matches`),
        every offset kept; ``text`` as it is where the language gives none."""
        pattern = self.pattern(field)
        return blank_matches(pattern, text) if pattern is not None else text

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern | None]:
        return {}  # filled by pattern(): a frozen language's cache, as cached_property's are

    def _optional(self, pattern: str, ignore_case: bool = False) -> re.Pattern | None:
        """``pattern`` compiled (None: the language gives none), case ignored where the language
        ignores it or ``ignore_case`` says so: for the cached patterns of its optional fields."""
        if not pattern:
            return None
        return _led(pattern, re.IGNORECASE if ignore_case or self.ignore_case else 0)

    @cached_property
    def people_groups_re(self) -> tuple[tuple[str, re.Pattern], ...]:
        """Each group of ``people_groups`` with its words compiled, in their order."""
        flags = re.IGNORECASE if self.ignore_case else 0
        return tuple((group, _led(words, flags)) for group, words in self.people_groups.items())

    @cached_property
    def people_mentions_re(self) -> tuple[tuple[str, re.Pattern], ...]:
        """Each group of ``people_mentions`` with its words compiled."""
        flags = re.IGNORECASE if self.ignore_case else 0
        return tuple((group, _led(words, flags)) for group, words in self.people_mentions.items())

    @cached_property
    def strong_negation_re(self) -> re.Pattern | None:
        pattern = self.strong_negation or self.negation
        return _led(pattern, re.IGNORECASE if self.ignore_case else 0) if pattern else None

    @cached_property
    def forbidden_actions_res(self) -> Mapping[str, re.Pattern]:
        return {action: _led(pattern, re.IGNORECASE) for action, pattern in self.forbidden_actions.items()}

    @cached_property
    def actions_said_possible_res(self) -> Mapping[str, re.Pattern]:
        return {action: _led(pattern, re.IGNORECASE) for action, pattern in self.actions_said_possible.items()}

    @cached_property
    def handling_res(self) -> Mapping[str, re.Pattern]:
        return {handling: _led(pattern, re.IGNORECASE) for handling, pattern in self.handling.items()}

    @cached_property
    def uses_forbidden_res(self) -> Mapping[str, re.Pattern]:
        return {use: _led(pattern, re.IGNORECASE) for use, pattern in self.uses_forbidden.items()}

    @cached_property
    def uses_res(self) -> Mapping[str, re.Pattern]:
        return {use: _led(pattern, re.IGNORECASE) for use, pattern in self.uses.items()}

    def may_forbid_handling(self, text: str) -> bool:
        """Whether ``text`` may forbid a handling of a dose: holds one of ``handling_hints`` (a
        substring test, far cheaper than the patterns); False for a language that lists none."""
        lowered_text = text.lower()
        return any(hint in lowered_text for hint in self.handling_hints)

    @property
    def name(self) -> str:
        """What messages call it: its English name, or its code when it has none."""
        return self.english_name or self.code

    @cached_property
    def below_zero_before_re(self) -> re.Pattern | None:
        """``below_zero_before`` ending right before a number (a space between them at most)."""
        pattern = self.below_zero_before
        return re.compile(rf"(?:{pattern})\s?$", re.IGNORECASE) if pattern else None

    @cached_property
    def any_below_zero_re(self) -> re.Pattern | None:
        """The words for below zero, before or after a number, in one pattern (None: it has none)."""
        words = [f"(?:{pattern})" for pattern in (self.below_zero_before, self.below_zero_after) if pattern]
        return re.compile("|".join(words), re.IGNORECASE) if words else None

    @cached_property
    def every_other_res(self) -> Mapping[str, re.Pattern]:
        """``every_other`` and ``every_other_loose`` together, per period: all that may say it."""
        flags = re.IGNORECASE if self.ignore_case else 0
        periods = {**self.every_other, **self.every_other_loose}
        return {
            period: re.compile(
                "|".join(f"(?:{p})" for p in (self.every_other.get(period), self.every_other_loose.get(period)) if p),
                flags,
            )
            for period in periods
        }

    @cached_property
    def strict_every_other_res(self) -> Mapping[str, re.Pattern]:
        """``every_other`` alone: the words that say nothing but every other <period>."""
        flags = re.IGNORECASE if self.ignore_case else 0
        return {period: re.compile(pattern, flags) for period, pattern in self.every_other.items()}

    @cached_property
    def cardinal_word_res(self) -> tuple[re.Pattern, tuple[tuple[re.Pattern, Fraction], ...]]:
        """Any of ``cardinal_words`` in one pattern, and each word's own with its value ([units])."""
        words = "|".join(map(re.escape, self.cardinal_words)) or "(?!)"
        return re.compile(rf"\b(?:{words})\b", re.IGNORECASE), tuple(
            (re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE), value) for word, value in self.cardinal_words.items()
        )

    @cached_property
    def dose_form_res(self) -> tuple[re.Pattern, ...]:
        """Each of ``dose_forms`` compiled as written, in their order ([numbers])."""
        return tuple(re.compile(form) for form in self.dose_forms)

    @cached_property
    def every_nth_res(self) -> Mapping[str, re.Pattern]:
        """``every_nth`` compiled, per period ([units], alternate.py)."""
        return {period: re.compile(pattern, re.IGNORECASE) for period, pattern in self.every_nth.items()}

    @cached_property
    def every_nth_apart_res(self) -> Mapping[str, re.Pattern]:
        """``every_nth_apart`` compiled as written, per period ([units], alternate.py)."""
        return {period: re.compile(pattern) for period, pattern in self.every_nth_apart.items()}

    @cached_property
    def any_every_other_re(self) -> re.Pattern | None:
        """All of ``every_other`` (and the loose words) in one pattern: most texts say none, and are read once."""
        flags = re.IGNORECASE if self.ignore_case else 0
        patterns = [*self.every_other.values(), *self.every_other_loose.values()]
        return _led("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None

    @cached_property
    def day_list_re(self) -> re.Pattern | None:
        return self._optional(self.day_list.replace("#", DAY_NUMBER), ignore_case=True)

    @cached_property
    def day_range_re(self) -> re.Pattern | None:
        return self._optional(self.day_range.replace("#", DAY_NUMBER), ignore_case=True)

    @cached_property
    def day_time_re(self) -> re.Pattern | None:
        """Every phrase of ``day_times`` in one pattern, the phrases of its n-th entry as group
        ``t<n>`` (None: the language lists none)."""
        if not self.day_times:
            return None
        phrases = "|".join(f"(?P<t{index}>{pattern})" for index, pattern in enumerate(self.day_times.values()))
        # led by the characters a phrase can start with, as :attr:`opposite_re` is
        return re.compile(f"{lookahead(phrases)}(?:{phrases})", re.IGNORECASE if self.ignore_case else 0)

    @cached_property
    def day_time_kinds(self) -> Mapping[str, frozenset[str]]:
        """The kinds of time of day each group of :attr:`day_time_re` says: "t0" -> {"bedtime"}."""
        return frozen({f"t{index}": frozenset(kinds.split("/")) for index, kinds in enumerate(self.day_times)})

    def may_say_day_time(self, text: str) -> bool:
        """Whether ``text`` may name a time of day: False only when it holds none of
        ``day_time_hints`` (a language without them may say one anywhere)."""
        return not self.day_time_hints or any(hint in text for hint in self.day_time_hints)

    def day_time_phrases(self, text: str) -> list[DayTimePhrase]:
        """The phrases of ``day_times`` ``text`` says, in order, then the ``mornings_and_evenings``
        it holds: [number-words] counts the times of day they name, [dose-times] answers them."""
        pattern = self.day_time_re
        phrases = [
            DayTimePhrase(match.group().strip(), (self.day_time_kinds[match.lastgroup or ""],))
            for match in (pattern.finditer(text) if pattern is not None else ())
        ]
        both = (frozenset({MORNING}), frozenset({EVENING}))
        return phrases + [DayTimePhrase(words, both) for words in self.mornings_and_evenings if words in text]

    @cached_property
    def opposite_re(self) -> re.Pattern | None:
        """Every term of ``opposites`` in one pattern, the words of its n-th term as group ``o<n>``
        (None: the language lists none): one pass over a text, not one per term."""
        if not self.opposites:
            return None
        terms = "|".join(f"(?P<o{index}>{pattern})" for index, pattern in enumerate(self.opposites.values()))
        # Led by the characters a term can start with, read from the terms: the one pattern of them
        # all passes over any other place at once (English: eleven times faster).
        return re.compile(f"{lookahead(terms)}(?:{terms})", re.IGNORECASE if self.ignore_case else 0)

    @cached_property
    def injection_site_re(self) -> re.Pattern | None:
        """Every term of ``injection_sites`` in one pattern, the words of its n-th term as group ``s<n>``."""
        if not self.injection_sites:
            return None
        terms = "|".join(f"(?P<s{index}>{pattern})" for index, pattern in enumerate(self.injection_sites.values()))
        return re.compile(f"{lookahead(terms)}(?:{terms})", re.IGNORECASE if self.ignore_case else 0)

    @cached_property
    def injection_site_terms(self) -> Mapping[str, str]:
        """The term each group of :attr:`injection_site_re` names: "s0" -> UPPER_ARM."""
        return frozen({f"s{index}": term for index, term in enumerate(self.injection_sites)})

    def _per_dose_numbers(self) -> re.Pattern | None:
        """The ``per_dose_words`` with a digit in them, right before the number of a dose, compiled
        as written (case kept)."""
        numbered = [words for words in self.per_dose_words if re.search(r"\d", words)]
        return re.compile(rf"(?:{'|'.join(numbered)})(?=\s*\d)") if numbered else None

    def _two_colours(self) -> re.Pattern | None:
        """A dark colour and a pale one, in either order: what a text that says both says."""
        dark, pale = self.dark_colour, self.pale_colour
        return self._optional(dark and pale and rf"(?:{dark}).*?(?:{pale})|(?:{pale}).*?(?:{dark})", ignore_case=True)

    def _colour_of(self, colour: str, noun: str, other_noun: str) -> re.Pattern | None:
        """A ``colour`` said of a ``noun``, before or after it, within a few words that hold nothing
        of the ``other_noun`` nor an end of what a colour is said of (``colour_ends``)."""
        if not (colour and noun and other_noun):
            return None
        ends = rf"{other_noun}|[,;:.!?、，；。：！？()]" + (f"|{self.colour_ends}" if self.colour_ends else "")
        between = rf"(?:(?!{ends}).){{0,{_COLOUR_TO_NOUN_AT_MOST}}}?"
        return self._optional(rf"(?:{colour}){between}(?:{noun})|(?:{noun}){between}(?:{colour})", ignore_case=True)

    def _article_of_one(self) -> re.Pattern | None:
        """Any of ``articles_of_one`` as a whole word ([numbers]: "a tablet" says 1)."""
        if not self.articles_of_one:
            return None
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, self.articles_of_one))})\b", re.IGNORECASE)

    def _any_dose_form(self) -> re.Pattern | None:
        """Any of ``dose_forms``, compiled as written (case kept)."""
        return re.compile("|".join(f"(?:{form})" for form in self.dose_forms)) if self.dose_forms else None

    # The patterns :meth:`pattern` makes of several fields, or of part of one, by the name it reads
    # them by: a colour said of urine or of stools, and both colours in one text ([opposites]); an
    # infusion slowed down or sped up, the SLOWER and FASTER of ``opposites`` ([units] rule 14,
    # infusion_rates.py); the ``per_dose_words`` that hold a number ([number-words]); any of
    # ``dose_forms``, and any of ``articles_of_one`` ([numbers]).
    _MADE_OF_FIELDS: ClassVar[Mapping[str, Callable[[Language], re.Pattern | None]]] = MappingProxyType(
        {
            "dark_urine": lambda language: language._colour_of(language.dark_colour, language.urine, language.stools),
            "pale_urine": lambda language: language._colour_of(language.pale_colour, language.urine, language.stools),
            "dark_stools": lambda language: language._colour_of(language.dark_colour, language.stools, language.urine),
            "pale_stools": lambda language: language._colour_of(language.pale_colour, language.stools, language.urine),
            "two_colours": _two_colours,
            "slower_rate": lambda language: language._optional(language.opposites.get(SLOWER, ""), ignore_case=True),
            "faster_rate": lambda language: language._optional(language.opposites.get(FASTER, ""), ignore_case=True),
            "per_dose_numbers": _per_dose_numbers,
            "article_of_one": _article_of_one,
            "any_dose_form": _any_dose_form,
        }
    )

    @cached_property
    def opposite_terms(self) -> Mapping[str, str]:
        """The term each group of :attr:`opposite_re` names: "o0" -> WITH_FOOD."""
        return frozen({f"o{index}": term for index, term in enumerate(self.opposites)})

    def may_name_opposites(self, text: str) -> bool:
        """Whether ``text`` may name a term of ``opposites``: False only when it holds none of
        ``opposite_hints`` (a substring test; a language without them may name one anywhere)."""
        return not self.opposite_hints or holds_a_hint(text, self._opposite_hint_index)

    def hinted_opposites(self, text: str) -> frozenset[str]:
        """The terms of ``opposites`` and INJECTED that ``text`` may name: those one of whose
        ``opposite_hints`` it holds (all of them in a language without hints)."""
        if not self.opposite_hints:
            return self._every_opposite
        return hinted_terms(text, self._opposite_hint_index)

    def opposites_named(self, text: str, hinted: frozenset[str]) -> Iterator[tuple[str, re.Match]]:
        """The terms of ``opposites`` ``text`` names, each with its words' match, as
        :attr:`opposite_re` finds them, looking only for the ``hinted`` ones
        (:meth:`hinted_opposites`): in English, 1 to 5 of 35 in most passages, each in a pattern of
        its own, not the one alternation of all (0.09 s of CPU on the varied bench corpus against
        0.71 s; pipeline/languages/hinted_terms.py)."""
        if hinted is not self._every_opposite:  # (a language with hints: its one alternation is never compiled)
            return leftmost_first(text, self._opposite_term_res(term for term in self.opposites if term in hinted))
        pattern = self.opposite_re
        if pattern is None:
            return iter(())
        return ((self.opposite_terms[match.lastgroup or ""], match) for match in pattern.finditer(text))

    @cached_property
    def _opposite_hint_index(self) -> HintIndex:
        return hint_index(self.opposite_hints)

    @cached_property
    def _every_opposite(self) -> frozenset[str]:
        return frozenset(self.opposites) | {INJECTED}

    def opposites_within(
        self, text: str, terms: frozenset[str], start: int, end: int
    ) -> Iterator[tuple[str, re.Match]]:
        """The ``terms`` of ``opposites`` named in ``text`` between ``start`` and ``end`` (the words
        of another term: the eye of "each eye"), as :meth:`opposites_named` finds them."""
        for term, match in leftmost_first(
            text, self._opposite_term_res(t for t in self.opposites if t in terms), start
        ):
            if match.start() >= end:
                return
            if match.end() <= end:
                yield term, match

    def _opposite_term_res(self, terms: Iterable[str]) -> list[tuple[str, re.Pattern]]:
        """Each of ``terms`` of ``opposites`` and a pattern of its words (:meth:`_opposite_term_re`)."""
        return [(term, self._opposite_term_re(term)) for term in terms]

    def _opposite_term_re(self, term: str) -> re.Pattern:
        """The words of ``term`` of ``opposites``, led by their first characters: compiled when
        first asked for (a translation is read for its organs alone only where its source names a
        side)."""
        pattern = self._compiled_opposite_terms.get(term)
        if pattern is None:
            words = self.opposites[term]
            flags = re.IGNORECASE if self.ignore_case else 0
            pattern = self._compiled_opposite_terms[term] = re.compile(f"{lookahead(words)}(?:{words})", flags)
        return pattern

    @cached_property
    def _compiled_opposite_terms(self) -> dict[str, re.Pattern]:
        return {}

    def without_not_negations(self, text: str) -> str:
        """``text`` with what only looks like a negation blanked ("no more than", 不超過 4), and
        the words for every other day, whose "no" denies nothing (un día sí y otro no, dia sim,
        dia não, يومًا نعم ويومًا لا)."""
        for pattern in (self.pattern("not_negation"), self.any_every_other_re):
            if pattern is not None:
                text = blank_matches(pattern, text)
        return text

    def negations(self, text: str) -> list[str]:
        """The negations ``text`` says (what only looks like one left out)."""
        if self.pattern("negation") is None:
            return []
        return list(_negations(self, text))

    @cached_property
    def _direction_res(self) -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
        flags = re.IGNORECASE if self.ignore_case else 0
        return tuple(
            (kind, _led(one_way, flags), _led(other_way, flags))
            for kind, (one_way, other_way) in self.directions.items()
        )

    @cached_property
    def stop_way_re(self) -> re.Pattern | None:
        """The words of stopping of ``directions`` (STOP_CONTINUE's first way); None: not listed."""
        ways = self.directions.get(STOP_CONTINUE)
        return _led(ways[0], re.IGNORECASE if self.ignore_case else 0) if ways else None

    @cached_property
    def _any_direction_re(self) -> re.Pattern:
        """Every word of ``directions``, either way, in one pattern: it finds something in a
        text exactly when one of them does (an alternation tries each at every position), and
        most sentences say no comparison, so their four patterns need not be run one by one."""
        flags = re.IGNORECASE if self.ignore_case else 0
        ways = [way for pair in self.directions.values() for way in pair]
        return _led("|".join(f"(?:{way})" for way in ways), flags)

    def directions_said(self, text: str) -> dict[str, tuple[list[str], list[str]]]:
        """For each kind of comparison in ``directions``, the words ``text`` says it with one
        way and the other (what only looks like a direction left out).  A condition (UNLESS_EVEN_IF:
        a menos que, a no ser que) is read first, as written, and blanked: its words say no more or
        less (the menos of "a menos que"), and a ``not_direction`` that hides them from those
        ("a menos" in Portuguese) does not hide the condition."""
        conditions = self.conditions_said(text)
        text = self._as_directions_read(text, conditions)
        if self._any_direction_re.search(text) is None:
            said: dict[str, tuple[list[str], list[str]]] = {kind: ([], []) for kind in self.directions}
        else:
            said = {
                kind: (
                    [match.group().strip() for match in one_way.finditer(text)],
                    [match.group().strip() for match in other_way.finditer(text)],
                )
                for kind, one_way, other_way in self._direction_res
                if kind != UNLESS_EVEN_IF
            }
        if UNLESS_EVEN_IF in self.directions:
            said[UNLESS_EVEN_IF] = conditions
        return said

    def _as_directions_read(self, text: str, conditions: tuple[list[str], list[str]]) -> str:
        """``text`` as its directions are read, as long as it: a condition's words blanked, and
        what only looks like a direction (``not_direction``)."""
        if any(conditions):
            text = self.without_conditions(text)
        return self.blanked("not_direction", text)

    def direction_spans(self, text: str, kind: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Where ``text`` says ``kind`` (one of ``directions``) one way and the other, read as
        :meth:`directions_said` reads them: the start and end of each word, spaces left out."""
        regexes = [(one_way, other_way) for said, one_way, other_way in self._direction_res if said == kind]
        if not regexes or kind == UNLESS_EVEN_IF:
            return [], []
        read = self._as_directions_read(text, self.conditions_said(text))
        one_way, other_way = regexes[0]
        return _trimmed_spans(one_way, read), _trimmed_spans(other_way, read)

    @cached_property
    def _condition_res(self) -> tuple[re.Pattern, re.Pattern] | None:
        ways = self.directions.get(UNLESS_EVEN_IF)
        flags = re.IGNORECASE if self.ignore_case else 0
        return (_led(ways[0], flags), _led(ways[1], flags)) if ways else None

    def conditions_said(self, text: str) -> tuple[list[str], list[str]]:
        """The words of a condition kept (unless, a menos que, 除非) and ignored (even if, aunque,
        即使) that ``text`` says; none for a language that lists no UNLESS_EVEN_IF."""
        if self._condition_res is None:
            return [], []
        unless, even_if = self._condition_res
        return (
            [match.group().strip() for match in unless.finditer(text)],
            [match.group().strip() for match in even_if.finditer(text)],
        )

    def without_conditions(self, text: str) -> str:
        """``text`` with each word of a condition (UNLESS_EVEN_IF) blanked: the 않 of 않는 한, the
        إلا of إلا إذا are the condition's, no "not" of the sentence."""
        if self._condition_res is None:
            return text
        for regex in self._condition_res:
            text = blank_matches(regex, text)
        return text

    def may_say(self, hints: HintField, text: str) -> bool:
        """Whether ``text`` lower-cased holds one of the language's ``hints`` (a substring test, far
        cheaper than the words' patterns); False for a language that lists none: a rule so gated does
        not read its texts (where :meth:`may_forbid` reads them all)."""
        pattern = self._hint_res[hints]
        return pattern is not None and pattern.search(text.lower()) is not None

    @cached_property
    def _hint_res(self) -> Mapping[str, re.Pattern | None]:
        # one pattern of each field's hints: a search of it is as cheap as testing each hint in turn
        return {hints: _any_of(getattr(self, hints)) for hints in get_args(HintField)}

    def may_forbid(self, text: str) -> bool:
        """Whether ``text`` may say a ``prohibition``: holds one of ``prohibition_hints`` (a substring
        test, far cheaper than the pattern); True for a language without hints."""
        return _holds_a_hint_or_none_listed(text, self.prohibition_hints)

    def may_say_urgency(self, text: str) -> bool:
        """Whether ``text`` may say to hurry: holds one of ``urgency_hints`` (a substring test, far
        cheaper than the words' pattern); True for a language without hints."""
        return _holds_a_hint_or_none_listed(text, self.urgency_hints)

    def urgency_said(self, text: str) -> list[str]:
        """The words of ``urgency`` that ``text`` says (what only holds one left out)."""
        if self.pattern("urgency") is None:
            return []
        return [match.group().strip() for match in self.finditer("urgency", self.blanked("not_urgency", text))]

    def immediacy_said(self, text: str) -> list[str]:
        """The words of ``urgency`` that ``text`` says that say now (``immediacy``), not soon."""
        if self.pattern("immediacy") is None:
            return []
        return [word for word in self.urgency_said(text) if self.search("immediacy", word)]

    def only_as_soon_as_possible(self, text: str) -> list[str]:
        """The words of ``as_soon_as_possible`` that ``text`` says, where it says no other word of
        ``urgency`` (the 빨리 of 가능한 한 빨리 is the phrase's); [] where it says one, or none of them."""
        if self.pattern("as_soon_as_possible") is None:
            return []
        soon = [match.group().strip() for match in self.finditer("as_soon_as_possible", text)]
        if not soon or self.urgency_said(self.blanked("as_soon_as_possible", text)):
            return []
        return soon

    @cached_property
    def _at_most_re(self) -> re.Pattern | None:
        phrases = [phrase for phrase, kind in self.limits_before.items() if kind == AT_MOST]
        phrases += self.most_phrases
        if not phrases:
            return None
        # not after a number: the "bis" of "alle 4 bis 6 Stunden", the "a" of "cada 4 a 6 horas" join a range
        alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<!\d)(?<!\d\s)(?:{alternatives})", re.IGNORECASE)

    def says_at_most(self, text: str) -> bool:
        """Whether ``text`` says one of the language's phrases of a most (``limits_before`` of AT_MOST,
        ``most_phrases``: hasta, bis zu, 최대, 最多, بحد أقصى), not as the joint of a range."""
        return self._at_most_re is not None and self._at_most_re.search(text) is not None

    def may_say_as_needed(self, text: str) -> bool:
        """Whether ``text`` may say a dose is taken as needed: holds one of ``as_needed_hints`` (a
        substring test, far cheaper than the words' pattern); True for a language without hints."""
        return _holds_a_hint_or_none_listed(text, self.as_needed_hints)

    def says_a_condition(self, text: str) -> bool:
        """Whether ``text`` says any condition: a word of ``plain_if``, ``condition_ends`` or
        ``other_conditions``."""
        regexes = (self.pattern("plain_if"), self.pattern("condition_ends"), self.pattern("other_conditions"))
        return any(regex is not None and regex.search(text) for regex in regexes)

    @cached_property
    def softening_res(self) -> dict[str, re.Pattern | None]:
        return {
            "softened": self._optional(self.softened, ignore_case=True),
            "if_possible": self._optional(self.if_possible, ignore_case=True),
            "excess": self._optional(self.excess, ignore_case=True),
        }

    def may_say_unless(self, text: str) -> bool:
        """Whether ``text`` may say "unless": holds one of ``unless_hints`` (a substring test, far
        cheaper than the words' pattern); True for a language without hints."""
        return _holds_a_hint_or_none_listed(text, self.unless_hints)

    def deferral_said(self, text: str) -> list[str]:
        """The words of ``deferral`` that ``text`` says (what only holds one left out)."""
        if self.pattern("deferral") is None:
            return []
        return [match.group().strip() for match in self.finditer("deferral", self.blanked("not_deferral", text))]

    def as_needed_said(self, text: str) -> list[str]:
        """The words of ``as_needed`` that ``text`` says."""
        if self.pattern("as_needed") is None:
            return []
        return [match.group().strip() for match in self.finditer("as_needed", text)]

    def number_spans(self, text: str) -> list[tuple[int, int, Fraction]]:
        """The numbers written in words in ``text`` (start, end, value); none without ``numerals``."""
        return list(_numeral_spans(self, text)) if self.numerals else []


# How far a colour may stand from the noun it is said of: "Si vos urines deviennent foncées", "소변
# 색이 진하면", "إذا كان لون بولك داكنًا" (characters).
_COLOUR_TO_NOUN_AT_MOST = 30


def _any_of(hints: tuple[str, ...]) -> re.Pattern | None:
    """A pattern that finds any of ``hints`` as written; None for no hints."""
    return re.compile("|".join(re.escape(hint) for hint in hints)) if hints else None


def _holds_a_hint_or_none_listed(text: str, hints: tuple[str, ...]) -> bool:
    """Whether ``text`` lower-cased holds one of ``hints`` (lower-case substrings one of which every
    text with a field's words holds), or the language lists none."""
    if not hints:
        return True
    lowered_text = text.lower()
    return any(hint in lowered_text for hint in hints)


def _trimmed_spans(regex: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The start and end of each match of ``regex`` in ``text``, its spaces either side left out."""
    spans = []
    for match in regex.finditer(text):
        said = match.group()
        start = match.start() + len(said) - len(said.lstrip())
        spans.append((start, start + len(said.strip())))
    return spans


def _led(pattern: str, flags: int) -> re.Pattern:
    """``pattern`` compiled behind a lookahead of the characters its matches can start with, or of
    what a branch of it looks behind at (:func:`lead`): ``re`` passes over every other position at
    once and finds the same matches.
    Most texts hold none of a field's words, and are read to their end: on the varied corpus English
    not_negation reads them 5x quicker, Korean every_other 6x, negation 7x (0.4 s of 9 s CPU)."""
    test = lead(pattern)
    return re.compile(f"{test}(?:{pattern})" if test and not _GLOBAL_FLAGS.match(pattern) else pattern, flags)


# A pattern led by its global flags ("(?i)...") keeps them first: none is led.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@lru_cache(maxsize=1024)  # read by [negation] and [comparison] alike
def _negations(language: Language, text: str) -> tuple[str, ...]:
    return tuple(match.group().strip() for match in language.finditer("negation", language.without_not_negations(text)))


@lru_cache(maxsize=8192)  # read by [number-words], [limits], [numbers] and [units] alike
def _numeral_spans(language: Language, text: str) -> tuple[tuple[int, int, Fraction], ...]:
    assert language.numerals is not None
    return tuple(language.numerals(text))
