"""[people] The group of people an instruction is for is not changed or dropped.

"If you are pregnant or breastfeeding, ask your doctor" as "임신 중이거나 임신을
계획 중이라면" (pregnant or planning a pregnancy) keeps every number and "not",
and a breastfeeding mother reads that the warning is not for her.  Each
language lists, in pipeline/languages/ (``people_groups``), the words of the
groups an entry may name: planning a pregnancy, breastfeeding, pregnant, older
people, children (also said by an age: "under 12 years", 12세 미만), adults,
women, men, partners, people with kidney problems, people with liver
problems, people with a weakened immune system and people with a healthy one
(a live vaccine banned for the first: "people with a weakened immune system"
as "بجهاز مناعة سليم", a healthy one, gives it to those it harms).

- A group of the source's that the translation has no word for, while the
  translation names a group the source does not: an error (the warning is said
  to someone else).  A group only missing: a warning (a language may say it by
  a word no module lists, or leave it to the sentence around it).
- Half of everyone dropped, an error: men and women (children and adults)
  joined by "and" in the source, and only one of the two named in the
  translation ("Men and women must use effective contraception" as 여성은 …
  피임법을 사용해야 합니다): the other half reads the instruction is not theirs.
- The groups are read in their order, each one's words blanked before the
  next's are looked for: "planning a pregnancy" holds the word for pregnant
  (임신을 계획, 計劃懷孕, planea quedar embarazada, schwanger werden möchten,
  تخططين للحمل), "older adults" the word for adults.  What only looks like a
  group (``not_people``: "could become pregnant", 가임, 避孕) is blanked first.
- A partner dropped where the translation keeps the pregnancy the source says
  of them: an error ("If your partner becomes pregnant" as "Se engravidar", if
  you become pregnant: the warning reads as the patient's own).
- A kidney or a liver names its group only as unwell ("if you have kidney
  problems", "if your liver does not work well"): "IVIG can harm your
  kidneys" names no group, and a translation that says the organ the source
  mentions, or its one man ("an 83-year-old man": 83세 남성), names no group
  the source does not (``people_mentions``).
- Women are named by a pregnancy too: "pregnant women" said as 임산부, 孕婦 or
  "Schwangere" names them; and adults by "older people".

Most entries name no group: a source with none of its language's
``people_hints`` is not read further.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import number_spans
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.review import shorten

CHECK = "people"
# A group the translation may name by another that holds it: a pregnancy is a woman's, and older
# people are adults.
_NAMED_WITHIN = {
    "women": ("pregnant", "breastfeeding", "planning a pregnancy"),
    "adults": ("older people",),
}
# Two groups that together make everyone an instruction speaks to ("men and women" must use
# contraception, "adults and children over 12" take the dose): one dropped beside the other kept, the
# instruction says it is not for the dropped one, who acts otherwise (a man uses no contraception).
# Not the groups of a pregnancy ("pregnant or breastfeeding"), which a language may name by one word
# (孕哺期) the lists do not tell apart: one of them missing stays a warning.
_HALVES = (frozenset({"men", "women"}), frozenset({"children", "adults"}))
# The people beside the patient an instruction may speak of, and what the source may say of them: a
# partner dropped where the translation keeps their pregnancy ("If your partner becomes pregnant" as
# "Se engravidar", if you become pregnant) says it of the patient, who reads the warning is theirs,
# and the partner's pregnancy goes untold.
_BESIDE_THE_PATIENT = ("partners",)
_SAID_OF_THEM = ("pregnant", "planning a pregnancy", "breastfeeding")
# How far apart two groups joined in one phrase stand ("men and women", "adults and children").
_JOIN_REACH = 12
_JOIN = re.compile(r"and|or|[,/&]", re.IGNORECASE)


def check_people(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if not target.people_groups or not source_words.people_groups:
        return
    source = ctx.source_view.prose
    if not source_words.may_say("people_hints", source):
        return  # most entries name no group: the cheap test first
    in_source = groups_named(source, source_words)
    if not in_source:
        return
    translation = ctx.translation_view.prose
    in_translation = groups_named(translation, target)
    missing = _missing(in_source, in_translation)
    if missing:  # an age said in words ("más de sesenta y cinco años"): read again with its digits
        again = groups_named(_numbers_in_digits(translation, target), target)
        in_translation += [group for group in again if group not in in_translation]
        missing = _missing(in_source, in_translation)
    if not missing:
        return
    mentioned = [group for group, words in source_words.people_mentions_re if words.search(source) is not None]
    added = [group for group in in_translation if group not in in_source and group not in mentioned]
    if added:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source speaks of {_listed(missing)} but the translation names {_listed(added)} instead: "
            f"the instruction is said to other people ({shorten(source)!r})",
        )
    elif (pair := _joined_pair_halved(source, source_words, in_translation, missing)) is not None:
        dropped, kept = pair
        yield ctx.finding(
            CHECK,
            ERROR,
            f'the source speaks of "{dropped}" and "{kept}" together but the translation names only "{kept}": '
            f'it no longer speaks to "{dropped}", who would act otherwise ({shorten(source)!r})',
        )
    elif (person_and_state := _said_of_the_patient(in_source, in_translation, missing)) is not None:
        person, state = person_and_state
        yield ctx.finding(
            CHECK,
            ERROR,
            f'the source says "{state}" of "{person}" but the translation has no word for "{person}": '
            f"it reads as said of the patient ({shorten(source)!r})",
        )
    else:
        yield ctx.finding(
            CHECK,
            WARNING,
            f"the source speaks of {_listed(missing)} but the translation has no word for them: "
            f"check that they were not left out ({shorten(source)!r})",
        )


def _joined_pair_halved(
    source: str, source_words: Language, in_translation: list[str], missing: list[str]
) -> tuple[str, str] | None:
    """A group of ``missing`` the source joins by "and" to its other half (``_HALVES``) which the
    translation kept ("Men and women must use effective contraception" as 여성은 … 피임법을 사용해야
    합니다: only women): the dropped group reads the instruction is not for them.  Joined: no more
    than ``_JOIN_REACH`` characters between their words, holding an "and" (the source language's
    ``condition_and``), a comma or a slash ("men and women", "adults and children over 12")."""
    spans = dict(_group_spans(source, source_words))
    for halves in _HALVES:
        dropped, kept = sorted(halves, key=lambda group: group in in_translation)
        if dropped not in missing or kept not in in_translation or not halves <= spans.keys():
            continue
        (_, first_end), (second_start, _) = sorted((spans[dropped], spans[kept]))
        between = source[first_end:second_start]
        if len(between) <= _JOIN_REACH and _joins(between, source_words):
            return dropped, kept
    return None


def _said_of_the_patient(in_source: list[str], in_translation: list[str], missing: list[str]) -> tuple[str, str] | None:
    """A person beside the patient (``_BESIDE_THE_PATIENT``) the translation dropped while keeping
    what the source says of them (``_SAID_OF_THEM``), with that: "If your partner becomes pregnant"
    as "Se engravidar" (if you become pregnant)."""
    for person in _BESIDE_THE_PATIENT:
        if person in missing:
            for state in _SAID_OF_THEM:
                if state in in_source and state in in_translation:
                    return person, state
    return None


def _joins(between: str, language: Language) -> bool:
    joined_by_and = language.pattern("condition_and")
    return any(mark in between for mark in ",/&") or (joined_by_and is not None and bool(joined_by_and.search(between)))


def _group_spans(text: str, language: Language) -> Iterator[tuple[str, tuple[int, int]]]:
    """Each group :func:`groups_named` finds in ``text``, with where its first word stands."""
    blanked = language.pattern("not_people")
    if blanked is not None:
        text = blanked.sub(_blank, text)
    for group, words in language.people_groups_re:
        found = words.search(text)
        if found is not None:
            yield group, found.span()
            text = words.sub(_blank, text)


def _missing(in_source: list[str], in_translation: list[str]) -> list[str]:
    """The source's groups the translation names neither by their words nor by a group that holds them."""
    return [
        group
        for group in in_source
        if group not in in_translation and not any(within in in_translation for within in _NAMED_WITHIN.get(group, ()))
    ]


def _numbers_in_digits(text: str, language: Language) -> str:
    """``text`` with each whole number said in words written in digits, as the groups' ages are
    listed ("más de 65", 65세 이상): `de más de sesenta y cinco años` reads `de más de 65 años`."""
    pieces, last = [], 0
    for number in number_spans(text, language):
        # not an article ("envisagez une grossesse": planning a pregnancy, read as written)
        if number.value.denominator == 1 and number.value > 1 and not text[number.start : number.end].strip().isdigit():
            pieces += [text[last : number.start], str(number.value.numerator)]
            last = number.end
    return "".join(pieces) + text[last:]


def groups_named(text: str, language: Language) -> list[str]:
    """The groups of ``people_groups`` that ``text`` names, in the language's order, each group's
    words blanked before the next's are read (and ``not_people`` before all)."""
    return [group for group, _ in _group_spans(text, language)]


def _blank(match: re.Match[str]) -> str:
    return "#" * len(match.group())


def _listed(groups: list[str]) -> str:
    return " and ".join(f'"{group}"' for group in groups)
