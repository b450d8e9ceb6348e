"""[opposites] A word of an instruction is not swapped for its opposite.

"Take it with food." rendered as "Tómelo en ayunas." (on an empty stomach),
"Use it in the left eye only." as "Úselo solo en el ojo derecho.", "Inject it
under the skin." as "정맥에 주사하세요." (into a vein), "Store in the
refrigerator" as "Conservar a temperatura ambiente": no number, negation or
direction changed, so no other check sees it, and the patient does the
opposite.  Each language lists, in pipeline/languages/ (``opposites``), the
words of the terms of classes that exclude each other:

- food: with food (with a meal, with meals) | on an empty stomach (between meals);
- side: left | right | both (in English only before a part of the body; the left and the right
  named together say both) | one side, or the affected one ("one nostril", "the affected eye": the
  left and the right are one side, and answer it) | the other (with one side, both: "in one eye,
  then in the other");
- route: by mouth (a swallow too) | under the tongue | under the skin | into a muscle | into a
  vein | rectal | vaginal | for external use (which answers rectal and vaginal: Korean and Chinese
  labels count those as external) | inhaled; a dose form (a suppository, a vaginal tablet) names its route
  only where no other route of a dose form is named beside it;
- site (where an injection goes, read apart, from ``injection_sites``, and only in a text that names
  an injection: "pain in the arm" is no place to inject): the upper arm | the thigh | the abdomen |
  the buttock or hip.  Each site a source names is a place the patient may inject, so a translation
  that names another has added one, even beside the source's ("Inject into the thigh or the
  abdomen." as '팔 또는 복부에 주사하십시오', the arm or the abdomen);
- aspect (which side of a thigh or an arm): the outer | the inner, named only with the limb ("the
  outer carton" names none), so read in any sentence: "Hold the auto-injector against the outer
  thigh" as 허벅지 안쪽에 대고 (the inner thigh, where the large vessels run);
- face (which face of a thigh or an arm): the front | the back, named only with the limb as the
  sides are ("the upper arm or back" names none): "the back of your upper arm" as 위팔 앞쪽;
- rotation (where each injection goes, one after another): a different site each time (change,
  rotate the site; 다른 부위, 不同部位) | the same site; "the same site" in a sentence with a "not" is a
  different one ("Do not inject into the same site", 같은 부위에 주사하지 마십시오);
- storage: in the refrigerator | at room temperature | in the freezer;
- organ (where drops go): the eye | the ear | the nose, also where a side names it ("each eye",
  "en cada oído": both sides and the organ), and a route too, one for the three (drops in
  the eye said as swallowed: "Tragar 1 gota");
- posture: upright | lying down (read only in a sentence with no "not": "Stay upright" is
  rightly "do not lie down");
- reach (of children): out of reach | within reach (read only in a sentence with no "not", and a
  warning: "out of reach" is said with a "not" as often as without, 닿지 않는 곳);
- frequency (of a side effect): rare, uncommon | common, frequent;
- period: the first | the last of a length of time ("the first 3 days", "the last 3 months of
  pregnancy"), a swap an error with a "not" too;
- spoon: a teaspoon | a dessert spoon | a tablespoon (a patient measures with the one named,
  whatever mL stands beside it);
- rate (how fast an infusion or a dose goes in): slowed down | sped up | stopped (an infusion's: "stop the
  infusion", "the infusion should be stopped"; in a translation any word of stopping).  "Slow down or stop
  the infusion" as "acelerará la perfusión o la detendrá" speeds it up; "the infusion should be stopped"
  as 주입 속도를 늦추세요 lets it run on;
- colour (of urine or stools, a sign a patient reports): dark | light or pale, in English only said of
  urine or stools ("a dark place" names none): "If your urine is dark" as "إذا كان لون بولك فاتحًا";
- dose (the size of a dose a source names): a lower dose | a higher dose ("may need a lower dose" as 더
  높은 용량: the older patient told to take more);
- mother (whom a warning is for): pregnancy | breast-feeding, a swap an error with a "not" too
  ("Do not use during pregnancy." as "Während der Stillzeit nicht anwenden."); a sentence naming
  both is held only to the translation naming no third, as any class is;
- time of day, read from the language's ``day_times`` as [dose-times] reads
  them: the morning | midday | the afternoon | the evening, the night or
  bedtime (one term: "at night" is said "por la noche", "abends", 저녁에 as
  often).  A word that says two (Spanish and Portuguese "tarde", Chinese 傍晚:
  the afternoon or the evening) names both, and answers either.

Sentence by sentence when source and translation have as many sentences, as
[negation] and [urgency] pair them, else the whole entry.  For each class, the
terms the source names and the terms the translation names: a translation
that names a term the source does not and none of those the source names has
swapped one for another, and so has one that names a third in place of one of
two or more the source names ("in the morning and at lunchtime" as "morgens
und abends").  A term named on both sides, or a translation that
names none of the class (said in other words), says nothing; a source that
names two ("with or without food", "the left or right eye", "morning or
evening") is only held to the translation naming no third.  A term right after
a "not" is the one excluded ("in the afternoon, not in the morning"), and is not
compared: "nachmittags" must answer the afternoon, whatever "nicht morgens" says.

An error where neither sentence says "not" (the language's ``negation``); a warning where one does
(and for a site or a frequency always; for a route unless both texts say it by a route's own words,
not a swallow, a dose form, an organ or ``loose_route_words``, or the translation says a swallow
outright of a dose the source gives rectally, vaginally or under the tongue, or, said of a counted
dose, breathed in or into the eye, the ear or the nose; a vein word bound to an injection, 정맥 주사,
靜脈注射, 정맥 투여, and the anus bound to putting a dose in, 항문에 넣으십시오, 塞入肛門, are a route's own words): "Do
not take it on an empty stomach" is rightly "Tómelo con comida", and a person decides. Most entries
name none of these terms, so a source with none of the source language's ``opposite_hints`` nor
``day_time_hints`` (substring tests) is not read further, and one with some is read only for the
terms whose own hints it holds. A language without ``opposites`` is not checked (its times of day
neither).

Some instructions are read apart, each behind a substring gate of its own on the source: a place of
storage forbidden where the source forbids another ("Do not freeze." as "No refrigerar.", whose
terms, right after a "not", the comparison above excludes); a gradual stop said as a sudden one
("Do not stop suddenly." as 서서히 중단하지 마세요); a pack to finish said as "until you feel
better"; a gentle shake said as a hard one; a pause said as a stop for good, or the other way round;
dark urine and pale stools said the other way round (each colour read with its noun); an injection
through clothing said as one on skin bared first, or the other way round (only in sentences with no
"not").  Each is an error: the patient does the other thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import counts_of_a_medicine, ones_by_an_article, singular_nouns_alone
from pipeline.checks.quantities import KINDS, quantities
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.languages.language import (
    AFTER_A_MEAL,
    AFTERNOON,
    BOTH_SIDES,
    BY_MOUTH,
    DIFFERENT_SITE,
    EAR,
    EYE,
    FOR_EXTERNAL_USE,
    INHALED,
    INJECTED,
    INTO_AN_ORGAN,
    LATE_IN_THE_DAY,
    LEFT,
    MIDDAY,
    MORNING,
    NOSE,
    ONE_SIDE,
    OTHER_SIDE,
    RECTAL,
    RIGHT,
    ROOM_TEMPERATURE,
    SAME_SITE,
    SUPPOSITORY,
    SWALLOWED,
    UNDER_THE_TONGUE,
    VAGINAL,
    VAGINAL_DOSE_FORM,
    WITH_FOOD,
    HintField,
)

CHECK = "opposites"
# The time of day as [opposites] reads it: the evening, the night and bedtime are one term, as one
# word says either in many languages ("por la noche", 晚上, abends for "at night").
_DAY_TIME_TERMS = {
    MORNING: "time:in the morning",
    MIDDAY: "time:at midday",
    AFTERNOON: "time:in the afternoon",
    **dict.fromkeys(LATE_IN_THE_DAY, "time:in the evening or at night"),
}
# Classes whose swap is a warning, never an error: a vein or a muscle is also where a side effect
# is ("un coágulo en una vena", 정맥 혈전, آلام عضلية) in a sentence that names the route, and a
# translator may leave the route to its verb (Trague, 吞服): a person decides.  So for how often a
# side effect happens: it is said turned around with a "not" or a comparison ("not common", "less
# common" as "más raro"), its words have other senses ("un sabor raro", a strange taste; "the common
# cold"), and it changes what a patient expects, not a dose they take.
# So for where an injection goes: a body part is also where a side effect is.  A route said outright
# on both sides ("into the rectum" as 질에 넣) is an error all the same (:func:`_swapped_outright`).
_READ_BY_A_PERSON = frozenset({"route", "frequency", "reach", "site", "rotation"})
# Classes whose every term the source names is an instruction of its own: the places a patient may
# inject ("into the thigh or the abdomen"), so a translation that names another has added a place
# to inject, even beside one of the source's ('팔 또는 복부에', the arm or the abdomen).  In the other
# classes one term is the instruction and another beside it may be said in another sense.
_EACH_TERM_AN_INSTRUCTION = frozenset({"site"})
# A class whose swap is an error with a "not" too: a "not" does not turn the last 3 months into the
# first 3 ("Do not take it in the last 3 months" is not "Take it in the first 3 months": months 4
# to 6 are neither), so "ne le prenez pas pendant les 3 premiers mois" moves a ban, as a swap with
# no "not" moves a dose.  So for whom a ban is: "Do not use during pregnancy" is not "use it while
# breast-feeding", and "Während der Stillzeit nicht anwenden" lifts the ban for a pregnant patient.
_SWAPPED_EVEN_WITH_A_NOT = frozenset({"period", "mother"})
# The terms of a translation that say one of the source's in its language's way: Korean 식후 and
# Chinese 飯後 (after a meal) are how "with food" is said; Korean and Chinese labels count rectal
# and vaginal use as external (외용제, 外用藥 hold suppositories), so these answer each other.  And
# the terms only a person can judge when swapped: after a meal may be said with a wait we cannot
# read ("2 horas después de comer" is on an empty stomach), so for "on an empty stomach" a warning,
# never an error.
_ANSWERS = {
    AFTER_A_MEAL: frozenset({WITH_FOOD}),
    FOR_EXTERNAL_USE: frozenset({RECTAL, VAGINAL, INTO_AN_ORGAN}),
    RECTAL: frozenset({FOR_EXTERNAL_USE}),
    VAGINAL: frozenset({FOR_EXTERNAL_USE}),
    # ear and eye drops are labelled for external use as often (외용, 外用)
    INTO_AN_ORGAN: frozenset({FOR_EXTERNAL_USE}),
    # the left or the right is one side, and the affected one may be either: "the affected eye" said
    # "el ojo izquierdo" stays one eye, not both
    ONE_SIDE: frozenset({LEFT, RIGHT}),
    LEFT: frozenset({ONE_SIDE}),
    RIGHT: frozenset({ONE_SIDE}),
    # "the other" alone names no side of its own: it is the one the sentence names beside it
    OTHER_SIDE: frozenset({LEFT, RIGHT, ONE_SIDE, BOTH_SIDES}),
}
_TERMS_READ_BY_A_PERSON = frozenset({AFTER_A_MEAL})
# Classes read only in a sentence with no "not": "Stay upright for 30 minutes." is rightly "30분 동안
# 눕지 마십시오", "Ne vous allongez pas", "不可躺下", "لا تستلقِ" (do not lie down), whose "not" may stand
# anywhere around the verb (after it in Korean, around it in French, a word off in Chinese 請勿立即躺下)
# where it cannot be told from a "not" of the sentence's other clause.
_READ_ONLY_AFFIRMED = frozenset({"posture", "reach"})
# The sides of the body, whose words name the part of the body they are on ("each eye", "cada oído",
# كل أذن, 每眼, 양 눈): the organ in them (where drops go) is read too, or "in each eye" said as "en
# cada oído" passes, the ear being read as no organ.
_SIDES = frozenset({LEFT, RIGHT, BOTH_SIDES, ONE_SIDE, OTHER_SIDE})
_ORGANS = frozenset({EYE, EAR, NOSE})
# The terms one text names, by class: {"food": {"food:with food": ["with food"]}}.
Named = Mapping[str, Mapping[str, list[str]]]


def check_opposites(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    for ways in _OPPOSITE_WAYS:
        if source_words.may_say(ways.hints, ctx.source):  # most sources say neither way of any
            yield from _ways_swapped(ctx, ways)
    if not source_words.opposites or not target.opposites:
        return
    if not source_words.may_name_opposites(ctx.source) and not source_words.may_say_day_time(ctx.source):
        return  # most entries name none of the terms: neither text need be read
    named_anywhere = terms_named(ctx.source_view.prose, source_words)
    if not named_anywhere:
        return  # ... and most that hold a hint name none ("skin", "right away"): no pairing of sentences
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = terms_named(source_part, source_words, affirmed_only=True)
        if "storage" in named_anywhere and "storage" not in said:
            yield from _storage_ban_swapped(ctx, source_part, translation_part)
        if not said:
            continue
        # (a sentence's "not"s are looked for only where a class read only without one is named: most name none)
        if _READ_ONLY_AFFIRMED & said.keys() and source_words.negations(source_part):
            said = _without_read_only_affirmed(said)
        rendered = terms_named(translation_part, target, affirmed_only=True)
        if _READ_ONLY_AFFIRMED & rendered.keys() and target.negations(translation_part):
            rendered = _without_read_only_affirmed(rendered)
        for kind, source_terms in said.items():
            translation_terms = rendered.get(kind, {})
            swapped = swapped_terms(
                source_terms, translation_terms, each_an_instruction=kind in _EACH_TERM_AN_INSTRUCTION
            )
            if swapped:
                negated = kind not in _SWAPPED_EVEN_WITH_A_NOT and bool(
                    source_words.negations(source_part) or target.negations(translation_part)
                )
                # the source's terms a swap took the place of: all of them where it names none
                replaced = _unanswered(source_terms, translation_terms) or source_terms
                message = _message(kind, replaced, {term: translation_terms[term] for term in swapped})
                by_a_person = (
                    kind in _READ_BY_A_PERSON
                    and not (
                        kind == "route"
                        and _swapped_outright(source_part, source_words, translation_part, target, replaced, swapped)
                    )
                ) or _TERMS_READ_BY_A_PERSON.issuperset(swapped)
                yield ctx.finding(CHECK, WARNING if negated or by_a_person else ERROR, message)


@dataclass(frozen=True)
class _OppositeWays:
    """Two ways of doing one thing that exclude each other, read apart from the classes above: a
    source sentence that says the first way and a translation sentence that says the second is an
    error, the patient doing the other thing.  Each way is a pattern of the languages' words, named
    by its field (``gradually`` for ``language.pattern("gradually")``); a pattern a language lacks is a
    way it does not say, and a pair whose source words or translation words a language lacks is not
    read.  The messages' parts name what the source says and what the translation says, the words
    said standing for ``{}``."""

    # The field of the source language's hints: substrings one of which every source the pair reads
    # holds (a cheap gate: most sources hold none); and the fields of the two ways' words.
    hints: HintField
    first: str
    second: str
    # How the message says what the source says, by the first way's words and by the second's
    # ("" where the source's second is not read), and what the translation says instead, by the
    # second's words and by the first's ("" where a first way in the translation says no second).
    said_first: str
    said_second: str
    meant_second: str
    meant_first: str = ""
    # The field of the source language's hints of the topic, one of which every source the pair reads
    # holds too, where the ways' hints are said of other things as often ("hard", "strongly":
    # ``shaking_hints``).
    topic_hints: HintField | None = None
    # The words a source sentence must say to be read (``stopping``: "If you stop suddenly" tells a
    # way to stop, "Hair loss is temporary" none), or the field of the source language's pieces of the
    # way's own words that say it (a pause is a stop: ``temporary_stop_words``).
    topic: str = ""
    topic_in_way: str = ""
    # With ``either_way``, the source may say either way, and is held to the other ("pause" as "for
    # good", "permanently" as "for a while").  With ``negation_turns``, a "not" turns the second way
    # into the first: the source says the first, or the second after a "not" ("do not stop
    # suddenly": gradually), the translation the second with no "not" (or, given ``meant_first``,
    # the first after a "not" where the source says "not" the second: "do not stop it gradually").
    # Else the source is read for the first alone, the translation for the second.
    either_way: bool = False
    negation_turns: bool = False
    # Whether a source sentence that says both ways says the first ("Shake gently; do not shake
    # hard."), not neither ("pause or permanently stop").
    first_beside_second: bool = False
    # With ``affirmed_only``, a sentence with a "not", on either side, is not read: "Do not inject
    # through clothing" says the other way, and "옷을 벗을 필요 없이" (with no need to undress) the first.
    affirmed_only: bool = False


_OPPOSITE_WAYS = (
    # "Do not stop taking this medicine suddenly." as 이 약의 복용을 서서히 중단하지 마세요, "Your
    # doctor will lower the dose gradually." as "Su médico suspenderá el tratamiento de inmediato":
    # a patient stopped at once may have the withdrawal the source warns of.  "not suddenly" is
    # rightly "gradually" (서서히 줄이십시오), and "Stop immediately and call your doctor" says neither.
    _OppositeWays(
        "stop_pace_hints",
        "gradually",
        "suddenly",
        said_first="to stop it {}",
        said_second="not to stop it {}",
        meant_second="to stop it {} (at once)",
        meant_first="not to stop it {} (gradually)",
        topic="stopping",
        negation_turns=True,
    ),
    # "Keep taking the tablets until the pack is finished." as 증상이 좋아질 때까지 정제를 계속
    # 복용하세요, "hasta que se sienta mejor": the patient stops when the symptoms go, and an
    # infection may come back.  "even if you feel better" names no "until" (aunque se sienta mejor,
    # 좋아지더라도), and passes.
    _OppositeWays(
        "until_finished_hints",
        "until_finished",
        "until_better",
        said_first="to keep taking it {}",
        said_second="",
        meant_second="{} (until the patient feels better)",
    ),
    # "Shake gently; do not shake hard." as 세게 흔들어 주십시오, "Agitar enérgicamente": a suspension
    # or a protein shaken hard foams or breaks.  "Shake well" says neither; "no agitar con fuerza"
    # and "Agitar suavemente; no agitar enérgicamente" pass.
    _OppositeWays(
        "shake_hints",
        "gently",
        "forcefully",
        said_first="to shake it gently ({})",
        said_second="to shake it gently ({})",
        meant_second="{} (hard)",
        topic_hints="shaking_hints",
        topic="shaking",
        negation_turns=True,
        first_beside_second=True,
    ),
    # "Your doctor may pause your treatment." as "Su médico puede suspender definitivamente su
    # tratamiento", 의사가 치료를 영구적으로 중단할 수 있습니다: the patient never restarts it, or
    # restarts one stopped for good.  "may pause or permanently stop" says both, and is not read.
    _OppositeWays(
        "pause_hints",
        "temporarily",
        "permanently",
        said_first="it is stopped for a while ({})",
        said_second="it is stopped for good ({})",
        meant_second="for good ({})",
        meant_first="for a while ({})",
        topic="stopping",
        topic_in_way="temporary_stop_words",
        either_way=True,
    ),
    # The colour of urine and of stools, signs a patient reports, where the source says both a dark
    # and a pale one ("dark urine, pale stools" as 尿液顏色變淺、糞便顏色變深: the patient watches for
    # pale urine and dark stools), each colour read with the noun it is said of.  One colour alone is
    # the colour class's, read above ("If your urine is dark" as "إذا كان لون بولك فاتحًا"); a
    # sentence that says both of one noun, or a colour between the nouns said of either, is not read.
    _OppositeWays(
        "colour_hints",
        "dark_urine",
        "pale_urine",
        said_first="the urine is dark ({})",
        said_second="the urine is pale ({})",
        meant_second="pale or light urine ({})",
        meant_first="dark urine ({})",
        topic="two_colours",
        either_way=True,
    ),
    _OppositeWays(
        "colour_hints",
        "dark_stools",
        "pale_stools",
        said_first="the stools are dark ({})",
        said_second="the stools are pale ({})",
        meant_second="pale or light stools ({})",
        meant_first="dark stools ({})",
        topic="two_colours",
        either_way=True,
    ),
    # "eat 15 g of fast-acting sugar" as "coma 15 g de açúcar de absorção lenta", "rapid-acting insulin"
    # as 지효성 인슐린: a low blood sugar treated with a slow one is not raised in time, and the other
    # way a long-acting insulin taken as a fast one drops it.  "Take a fast-acting sugar, then a
    # slow-acting snack" says both ways, and is not read.
    _OppositeWays(
        "acting_hints",
        "fast_acting",
        "slow_acting",
        said_first="fast-acting ({})",
        said_second="slow- or long-acting ({})",
        meant_second="slow- or long-acting ({})",
        meant_first="fast-acting ({})",
        either_way=True,
    ),
    # "Inject into the outer thigh; you can inject through clothing." as 注射前務必先脫去衣物 (you must take
    # your clothes off first): an emergency injection waits while the patient undresses; and "Remove
    # your clothing" as "à travers les vêtements" injects through what the source has taken off.
    # Read only in sentences with no "not" ("Do not inject through clothing" says the other way).
    _OppositeWays(
        "clothing_hints",
        "through_clothing",
        "clothing_removed",
        said_first="that it may go through clothing ({})",
        said_second="that clothing is taken off ({})",
        meant_second="clothing taken off ({})",
        meant_first="through clothing ({})",
        either_way=True,
        affirmed_only=True,
    ),
    # "Call the helpline on weekdays" as "todos os dias" (every day): a patient calls on a Sunday and
    # finds no one; "Take it every day" as 평일에 (on weekdays) skips the weekend's doses.
    _OppositeWays(
        "working_day_hints",
        "working_days",
        "every_day_of_the_week",
        said_first="weekdays only ({})",
        said_second="every day ({})",
        meant_second="every day ({})",
        meant_first="weekdays only ({})",
        either_way=True,
    ),
)


def _ways_swapped(ctx: EntryContext, ways: _OppositeWays) -> Iterator[Finding]:
    """An error where a source sentence says one of ``ways`` and the translation sentence paired with
    it the other (:class:`_OppositeWays`), of a source that holds one of the ways' hints."""
    source_words, target = ctx.source_language, ctx.language
    reads_both = ways.either_way or ways.negation_turns
    source_first, source_second = _way(source_words, ways.first), _way(source_words, ways.second)
    first, second = _way(target, ways.first), _way(target, ways.second)
    topic = _way(source_words, ways.topic)
    if source_first is None or second is None or (ways.topic and topic is None):
        return
    if reads_both and (source_second is None or first is None):
        return
    if ways.topic_hints is not None and not source_words.may_say(ways.topic_hints, ctx.source):
        return  # the hints are said of other things as often
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        said = _source_way(source_part, source_words, source_first, source_second if reads_both else None, ways)
        if said is None or not _on_topic(source_part, said, topic, ways, source_words):
            continue
        if ways.affirmed_only and (source_words.negations(source_part) or target.negations(translation_part)):
            continue
        meant = _translation_way(translation_part, target, first if reads_both else None, second, ways, said)
        if meant is None or meant.first == said.first:
            continue
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source says {said.how.format(repr(said.words))} but the translation says "
            f"{meant.how.format(repr(meant.words))} instead: "
            "patients do what the translation says; check that the instruction was not turned into its opposite",
        )


class _WaySaid(NamedTuple):
    """The way a sentence says (``first`` or not), by which ``words``, and ``how`` a message says it;
    ``by_a_not`` where it is the first said as the second after a "not" ("do not stop suddenly")."""

    first: bool
    words: str
    how: str
    by_a_not: bool = False


def _way(language: Language, name: str) -> re.Pattern | None:
    """The pattern of a way's words in ``language`` (``gradually``: its field ``gradually``)."""
    return language.pattern(name) if name else None


def _source_way(
    text: str, language: Language, first: re.Pattern, second: re.Pattern | None, ways: _OppositeWays
) -> _WaySaid | None:
    """The way a source sentence says, if one: the first, or the second as :class:`_OppositeWays` reads it."""
    said_first, said_second = first.search(text), second.search(text) if second is not None else None
    if said_first and said_second and not ways.first_beside_second:
        return None
    if said_first:
        return _WaySaid(True, said_first.group(), ways.said_first)
    if said_second is None:
        return None
    if ways.either_way:
        return _WaySaid(False, said_second.group(), ways.said_second)
    if language.negations(text):
        return _WaySaid(True, said_second.group(), ways.said_second, by_a_not=True)
    return None


def _on_topic(text: str, said: _WaySaid, topic: re.Pattern | None, ways: _OppositeWays, language: Language) -> bool:
    """Whether a source sentence says what ``ways`` are ways of: its topic's words, or a way's own
    words that say it (``language``'s pieces of them named by ``topic_in_way``)."""
    if topic is None:
        return True
    if topic.search(text):
        return True
    pieces: tuple[str, ...] = getattr(language, ways.topic_in_way) if ways.topic_in_way else ()
    return any(piece in said.words.lower() for piece in pieces)


def _translation_way(
    text: str,
    language: Language,
    first: re.Pattern | None,
    second: re.Pattern,
    ways: _OppositeWays,
    said: _WaySaid,
) -> _WaySaid | None:
    """The way a translation sentence says, if one (:class:`_OppositeWays`); none where it says both."""
    meant_first, meant_second = first.search(text) if first is not None else None, second.search(text)
    if meant_first and meant_second:
        return None
    if ways.negation_turns:
        negated = bool(language.negations(text))
        if meant_second and not negated:
            return _WaySaid(False, meant_second.group(), ways.meant_second)
        if meant_first and negated and said.by_a_not and ways.meant_first:
            return _WaySaid(False, meant_first.group(), ways.meant_first)
        return None
    if meant_second:
        return _WaySaid(False, meant_second.group(), ways.meant_second)
    if meant_first:
        return _WaySaid(True, meant_first.group(), ways.meant_first)
    return None


def _storage_ban_swapped(ctx: EntryContext, source_part: str, translation_part: str) -> Iterator[Finding]:
    """An error where the source forbids one place of storage and the translation another in its
    place: "Do not freeze." as "No refrigerar.", 냉장 보관하지 마십시오, 請勿冷藏 (do not refrigerate)
    sends the medicine a patient is told to keep cold out of the refrigerator, or lets it freeze.
    A term right after a "not" is no term the main comparison reads ("Do not freeze": the freezer
    is the one excluded), so the bans are compared here, where both sentences say a "not"; a ban
    said in other words ("얼지 않게 하십시오") names no term, and passes."""
    source_words, target = ctx.source_language, ctx.language
    banned = terms_named(source_part, source_words).get("storage")
    if not banned or not source_words.negations(source_part) or not target.negations(translation_part):
        return
    rendered = terms_named(translation_part, target).get("storage", {})
    swapped = swapped_terms(banned, rendered)
    if swapped:
        said = " or ".join(repr(words[0]) for words in banned.values())
        meant = " or ".join(f"{rendered[term][0]!r} ({_name(term)})" for term in swapped)
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source says not {said} (storage) but the translation says not {meant} instead: patients "
            "do what the translation says; check that the instruction was not turned into its opposite",
        )


def _swapped_outright(
    source_part: str,
    source_words: Language,
    translation_part: str,
    target: Language,
    replaced: Iterable[str],
    swapped: Iterable[str],
) -> bool:
    """Whether a route swap is one route's own words for another's on both sides ("into the
    rectum" as 질에 넣, "under the skin" as "por vía intramuscular"): a patient told the other route
    outright takes it, so an error.  Not a route read from other words (a swallow, 복용하십시오; a
    dose form, 좌약; where drops go, the eye): a translator may leave the route to its verb, and a
    person decides.  But a swallow said outright in place of a route no dose is swallowed by is an
    error too (:func:`_swallowed_in_place_of`)."""
    if _swallowed_in_place_of(replaced, swapped, translation_part, target):
        return True
    return set(replaced) <= _routes_said_outright(source_part, source_words) and set(swapped) <= _routes_said_outright(
        translation_part, target
    )


# The routes of a dose no patient swallows: a suppository, a pessary, a tablet left under the tongue.
_NEVER_SWALLOWED = frozenset({RECTAL, VAGINAL, UNDER_THE_TONGUE})
# The routes of a dose breathed in or put into the eye, the ear or the nose: swallowed by no one
# either, but a swallow beside them may be said of the drops that drain into the throat ("wenn Sie
# schlucken", "lorsque vous avalez") or of a dose taken by mistake, and their words of the mouth of
# breathing in ("durch den Mund"): only a swallow said of a counted dose is read as an instruction.
_SWALLOWED_ONLY_BY_MISTAKE = frozenset({INHALED, INTO_AN_ORGAN})


def _swallowed_in_place_of(
    replaced: Iterable[str], swapped: Iterable[str], translation_part: str, target: Language
) -> bool:
    """Whether the translation tells the patient to swallow, by a verb that says nothing else
    (삼키십시오, Avalez, Schlucken Sie, 吞服, ابلع) or by mouth outright, a dose the source gives by a route no dose is
    swallowed by, however the source names it ("Insert one suppository into the rectum" as "Schlucken
    Sie ein Zäpfchen", "under your tongue" as "Avalez le comprimé"): the patient swallows it, so an
    error.  Not a "take" (복용하십시오, ``loose_route_words``): said of any medicine, as often of a
    suppository, it leaves the route to a person.  So a dose breathed in or dropped into an organ,
    where the verb is said of a counted dose ("Inhale the contents of one capsule" as "Schlucken Sie
    eine Kapsel", "Put 1 drop in each eye" as "Avalez 1 goutte"), by the verb alone."""
    if not set(swapped) <= {BY_MOUTH}:
        return False
    if set(replaced) <= _NEVER_SWALLOWED:
        if BY_MOUTH in _routes_said_outright(translation_part, target):
            return True  # by mouth said outright (por vía oral, 口服): of "Use one suppository" too
    elif not (set(replaced) <= _SWALLOWED_ONLY_BY_MISTAKE and _counts_a_dose(translation_part, target)):
        return False
    named = terms_named(translation_part, target, affirmed_only=True, routes_read=False)
    return any(not _said_loosely(words, target) for words in named.get("route", {}).get(SWALLOWED, []))


def _counts_a_dose(text: str, language: Language) -> bool:
    """Whether ``text`` counts a dose of a medicine: 1 goutte, eine Kapsel, 1방울, 1滴, a tablet (an
    article that says one), قطرة واحدة (Arabic's noun alone)."""
    return bool(
        counts_of_a_medicine(text, language)
        or ones_by_an_article(text, language)
        or any(kind == "dose" for _, _, kind in singular_nouns_alone(text, language))
    )


def _routes_said_outright(text: str, language: Language) -> frozenset[str]:
    """The routes ``text`` names by a route's own words, none read from a swallow, a dose form or an
    organ, nor said only by words that name a part of the body as often (:func:`_said_loosely`)."""
    named = terms_named(text, language, affirmed_only=True, routes_read=False)
    return frozenset(
        term
        for term, words in named.get("route", {}).items()
        if term not in _ROUTES_READ_FROM_OTHER_WORDS and not all(_said_loosely(said, language) for said in words)
    )


def _said_loosely(words: str, language: Language) -> bool:
    """Whether a route's ``words`` are of those that name a part of the body or a kind of medicine as
    often (``loose_route_words``: 정맥 of 정맥 혈전, a clot in a vein)."""
    pattern = language.pattern("loose_route_words")
    if pattern is None:
        return False
    plain = language.without_marks(words)[0] if language.without_marks is not None else words
    return pattern.fullmatch(plain) is not None


def _without_read_only_affirmed(named: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """``named`` but for the classes read only in a sentence with no "not" (:data:`_READ_ONLY_AFFIRMED`)."""
    return {kind: terms for kind, terms in named.items() if kind not in _READ_ONLY_AFFIRMED}


def terms_named(
    text: str, language: Language, *, affirmed_only: bool = False, routes_read: bool = True
) -> dict[str, dict[str, list[str]]]:
    """The terms of ``opposites`` and the times of day ``text`` names, by class, with the words
    that name each; with ``affirmed_only``, not a term only named right after a "not" ("in the
    afternoon, not in the morning": the morning is the one excluded); without ``routes_read``, each
    swallow, dose form and organ left as it is said, not read as the route it says (:func:`_read_routes`)."""
    named: dict[str, dict[str, list[str]]] = {}
    written = text
    # ملعقةً كبيرةً read as ملعقة كبيرة, the words of the lists written without marks; a term is
    # named as the text writes it, to its last letter (the marks within, not those after it: as the
    # words were named when they matched the text as written)
    text, where = language.without_marks(text) if language.without_marks is not None else (text, None)

    def said(match: re.Match) -> str:
        if where is None or match.end() == match.start():
            return match.group()
        return written[where[match.start()] : where[match.end() - 1] + 1]

    excluded = _Excluded(text, language) if affirmed_only else _nothing_excluded
    if language.pattern("out_of_storage") is not None:
        # 냉장고에서 꺼내, "fuera de la nevera": out of the refrigerator is at room temperature, not in it
        for match in language.finditer("out_of_storage", text):
            if not excluded(match.start(), match.end()):
                _note(named, ROOM_TEMPERATURE, said(match))
        text = language.blanked("out_of_storage", text)
    # Each term only where one of its hints is (a source language's: substring tests, far cheaper).
    hinted = language.hinted_opposites(text)
    for term, match in language.opposites_named(text, hinted):
        if excluded(match.start(), match.end()) or (term == AFTER_A_MEAL and _time_beside(text, match, language)):
            continue
        _note(named, term, said(match))
        if term in _SIDES:  # "each eye": the eye is where the drops go, too
            for organ, within in language.opposites_within(text, _ORGANS, match.start(), match.end()):
                if not excluded(within.start(), within.end()):
                    _note(named, organ, said(within))
    if language.day_time_re is not None and language.may_say_day_time(text):
        for match in language.day_time_re.finditer(text):
            if excluded(match.start(), match.end()):
                continue
            kinds = language.day_time_kinds[match.lastgroup or ""]
            # in the order of _DAY_TIME_TERMS, not the set's: a message names "la tarde"'s terms alike each run
            for kind in _DAY_TIME_TERMS:
                if kind in kinds:
                    _note(named, _DAY_TIME_TERMS[kind], said(match))
    if language.injection_site_re is not None and INJECTED in hinted:  # sites are read only beside an injection
        _read_injection_sites(named, text, language, excluded)
    if routes_read:
        for words in [said for spoken in named.get("organ", {}).values() for said in spoken]:
            _note(named, INTO_AN_ORGAN, words)  # where drops go is their route too: not swallowed
        if "route" in named:
            _read_routes(named, text, language)
    if SAME_SITE in named.get("rotation", {}) and language.negations(text):
        # "Do not inject into the same site", 같은 부위에 주사하지 마십시오: a different site each time
        for words in named["rotation"].pop(SAME_SITE):
            _note(named, DIFFERENT_SITE, words)
    return named


def _read_injection_sites(
    named: dict[str, dict[str, list[str]]], text: str, language: Language, excluded: Callable[[int, int], bool]
) -> None:
    """The places of an injection ``text`` names, where it names an injection: "Inject into the
    thigh", not "pain in the arm" alone."""
    sites: dict[str, list[str]] = {}
    pattern = language.injection_site_re
    for match in pattern.finditer(text) if pattern is not None else ():
        if not excluded(match.start(), match.end()):
            term = language.injection_site_terms[match.lastgroup or ""]
            sites.setdefault(term, []).append(match.group())
    if sites.pop(INJECTED, None):
        for term, words in sites.items():
            for said in words:
                _note(named, term, said)


# The terms of a route read from other words than a route's own: a swallow, a dose form, an organ;
# and breathed in, which is said as often by the mouth it goes through ("Atmen Sie durch den Mund
# ein", 입으로 숨을 들이쉬세요, "respire por la boca": by mouth, in words): a person reads its swap.
_ROUTES_READ_FROM_OTHER_WORDS = frozenset({SWALLOWED, SUPPOSITORY, VAGINAL_DOSE_FORM, INTO_AN_ORGAN, INHALED})
# The dose forms that name a route, and the routes they name.
_DOSE_FORM_ROUTES = {SUPPOSITORY: RECTAL, VAGINAL_DOSE_FORM: VAGINAL}
# The routes a tablet or a suppository is given by: one named beside a dose form of another is the
# route the patient takes ("Schlucken Sie ein Zäpfchen").  Not an injection's: a vein or a muscle
# beside a suppository is a side effect ("قد تسبب ألمًا عضليًا", it may cause muscle pain).
_ROUTES_OF_A_DOSE_FORM = frozenset({BY_MOUTH, UNDER_THE_TONGUE, RECTAL, VAGINAL})


def _read_routes(named: dict[str, dict[str, list[str]]], text: str, language: Language) -> None:
    """The routes ``text`` names, each swallow and dose form read as the route it says: a swallow
    is by mouth where ``text`` says no "not" ("Do not swallow the suppository", 삼키지 마세요: no
    route), a dose form its route where no other route of a dose form is named beside it ("Schlucken
    Sie ein Zäpfchen", 夜間口服一顆栓劑: by mouth, not rectal; "Use the suppository": rectal)."""
    routes = named["route"]
    swallowed = routes.pop(SWALLOWED, [])
    if swallowed and not language.negations(text):
        for words in swallowed:
            _note(named, BY_MOUTH, words)
    dose_forms = {form: routes.pop(form) for form in _DOSE_FORM_ROUTES if form in routes}
    said_outright = _ROUTES_OF_A_DOSE_FORM.intersection(routes)
    for form, words_of_form in dose_forms.items():
        route = _DOSE_FORM_ROUTES[form]
        if said_outright <= {route}:
            for words in words_of_form:
                _note(named, route, words)
    if not routes:
        del named["route"]


# What may stand between a "not" and the term it excludes: two short words at most, spaces only
# ("not in the morning", "not on an empty stomach", "pas le matin", "nicht nachmittags", 不要早上),
# not a verb ("not take it with food", "no lo tome en ayunas": the "not" of an instruction, whose
# term is read as before) nor a comma.
_NOT_TO_TERM = re.compile(r"\s*(?:[^\W\d_]{1,3}(?![^\W\d_])\s*){0,2}")
_NOT_TO_TERM_AT_MOST = 12  # characters


class _Excluded:
    """Whether a term at a place of ``text`` follows a "not" right before it (:func:`_excluded`), the
    "not"s found once, at the first term asked about: most sentences read name no term; or, in a
    language that says its "not" after what it excludes, is followed by it (Korean 공복이 아니라)."""

    def __init__(self, text: str, language: Language) -> None:
        self.text, self.language = text, language
        self.ends: tuple[int, ...] | None = None

    def __call__(self, start: int, end: int) -> bool:
        if self.ends is None:
            self.ends = _negation_ends(self.text, self.language)
        after = self.language.pattern("not_after_excluded")
        return _excluded(self.text, start, self.ends) or (after is not None and after.match(self.text, end) is not None)


def _nothing_excluded(start: int, end: int) -> bool:
    return False


def _negation_ends(text: str, language: Language) -> tuple[int, ...]:
    """Where each "not" of ``text`` ends, when the language says it before what it excludes (not
    Korean: 아침이 아니라 오후에, the morning not but the afternoon)."""
    if language.pattern("negation") is None or not language.negation_before_excluded:
        return ()
    return tuple(match.end() for match in language.finditer("negation", language.without_not_negations(text)))


def _excluded(text: str, start: int, negation_ends: tuple[int, ...]) -> bool:
    """Whether the term starting at ``start`` follows a "not" right before it ("…, not in the morning")."""
    return any(
        0 <= start - end <= _NOT_TO_TERM_AT_MOST and _NOT_TO_TERM.fullmatch(text, end, start) is not None
        for end in negation_ends
    )


def _time_beside(text: str, match: re.Match, language: Language) -> bool:
    """Whether a length of time stands right before or after ``match``, only spaces between: "2
    horas después de comer", "식후 2시간", "ساعتين بعد الأكل" say a wait, not the meal."""
    return any(
        KINDS.get(q.unit, ("",))[0] == "time"
        and (
            not text[q.end : match.start()].strip()
            if q.end <= match.start()
            else not text[match.end() : q.start].strip()
        )
        for q in quantities(text, (language,))
        if q.end <= match.start() or q.start >= match.end()
    )


def _note(named: dict[str, dict[str, list[str]]], term: str, words: str) -> None:
    kind = term.partition(":")[0]
    spoken = named.setdefault(kind, {}).setdefault(term, [])
    if words.strip() not in spoken:
        spoken.append(words.strip())


def swapped_terms(
    source_terms: Mapping[str, list[str]],
    translation_terms: Mapping[str, list[str]],
    *,
    each_an_instruction: bool = False,
) -> list[str]:
    """The terms of one class the translation names in place of the source's: none when it names one
    of the source's too (or names none of the class: said in other words), unless the source names
    two or more and the translation leaves one out for a third ("in the morning and at lunchtime" as
    `morgens und abends`: the midday dose is taken in the evening); with ``each_an_instruction``,
    each it names that the source does not, beside the source's or not."""
    source_said, translation_said = _with_both_sides(source_terms), _with_both_sides(translation_terms)
    if each_an_instruction:
        return [term for term in translation_terms if term not in source_said]
    others = [term for term in translation_said if not _answers(term, source_said)]
    if len(others) == len(translation_said):
        return [term for term in translation_terms if term not in source_said]
    # a word that names two terms ("la tarde", the afternoon or the evening) names no third where it
    # answers one of the source's
    answering = {
        words for term in translation_terms if _answers(term, source_said) for words in translation_terms[term]
    }
    thirds = [
        term for term in others if term in translation_terms and not answering.issuperset(translation_terms[term])
    ]
    return thirds if _unanswered(source_terms, translation_said) else []


def _with_both_sides(terms: Iterable[str]) -> set[str]:
    """``terms``, and both sides where the left and the right are named together: "1 drop in the
    left eye and 1 in the right eye" is rightly "양쪽 눈에 1방울씩", and "both eyes" "el ojo
    izquierdo y el derecho"; so where one side and the other are ("en un ojo y luego en el otro")."""
    named = set(terms)
    one_and_the_other = OTHER_SIDE in named and not named.isdisjoint({LEFT, RIGHT, ONE_SIDE})
    return named | {BOTH_SIDES} if {LEFT, RIGHT} <= named or one_and_the_other else named


def _answers(term: str, source_terms: Iterable[str]) -> bool:
    """Whether a translation's ``term`` is one of the source's, or says one its language's way (식후)."""
    return term in source_terms or not _ANSWERS.get(term, frozenset()).isdisjoint(source_terms)


def _unanswered(source_terms: Mapping[str, list[str]], translation_terms: Iterable[str]) -> dict[str, list[str]]:
    """The source's terms the translation does not name, nor says its language's way."""
    return {
        term: words
        for term, words in source_terms.items()
        if not any(term == named or term in _ANSWERS.get(named, frozenset()) for named in translation_terms)
    }


def _message(kind: str, source_terms: Mapping[str, list[str]], swapped: Mapping[str, list[str]]) -> str:
    said = " or ".join(repr(words[0]) for words in source_terms.values())
    meant = " or ".join(f"{words!r} ({' or '.join(names)})" for words, names in _names_by_words(swapped).items())
    return (
        f"the source says {said} ({kind}) but the translation says {meant} instead: patients do what the "
        "translation says; check that the instruction was not turned into its opposite"
    )


def _names_by_words(terms: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """The names of ``terms`` by the first words that name each: a word that names two ("la
    tarde", the afternoon or the evening) is said once, with both."""
    names: dict[str, list[str]] = {}
    for term, words in terms.items():
        names.setdefault(words[0], []).append(_name(term))
    return names


def _name(term: str) -> str:
    return term.partition(":")[2]
