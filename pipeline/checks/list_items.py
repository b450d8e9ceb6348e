"""[list-items] An item the source lists is not dropped from the translation.

"Tell your doctor if you have diabetes or kidney disease." as "Informe a su
médico si tiene diabetes." keeps every number and "not", and a patient with
kidney disease reads that it need not be told.  The source's items are
counted where it lists them (its language's ``alternatives``: two words
joined by "or"; ``series``: three or more, "a rash, swelling of the face, or
difficulty breathing"; ``series_one_comma``: three with one comma, "a high
fever, a stiff neck or confusion"), and the translation's by what joins items in its
language (``item_joins``: o, ou, oder, 또는, -이나, -거나, 或, 、, أو, و-) and its
commas: each join or comma is one item more.

- A translation with fewer items than the source's longest list: a warning
  naming the list.  Not an error: a language may say two items as one word
  (孕哺期 for "pregnant or breastfeeding") or join them with a verb's ending
  no language module lists.  But an error where the source sentence says to
  get help now (an emergency call, "go to hospital", "right away": "Go to
  hospital if you have swelling of the face, lips or tongue, or trouble
  breathing" said without the tongue): its items are signs of an emergency,
  and a patient with the one left out waits.
- The commas and sentence ends the source writes outside the list are not
  counted in the translation: "If you are pregnant or breastfeeding, ask
  your doctor" as 懷孕期間，使用本藥前請先詢問醫師。 keeps the condition's comma
  and drops "breastfeeding".  Nor is a comma the translation's language
  puts after or before a condition (its ``clause_joints``: "Informieren
  Sie Ihren Arzt, wenn Sie Diabetes haben", 如果出現皮疹、臉部腫脹，請撥打911).
  Sentence by sentence when source and translation have as many sentences,
  as [negation] pairs them (a comma the translation leaves out of another
  sentence, an aside said without one, does not count against the list),
  else the whole entry.  A translation's comma followed by a join, opening
  no clause, is the list's own ("페니실린, 세팔로스포린 또는 라텍스에 알레르기가
  있으면" for "If you are allergic to penicillin, cephalosporins or latex, do
  not …"), counted whatever the source's other commas.
- What only looks like a list is blanked first (``not_items``): "one or two
  tablets", "38 °C or higher", "between 2 and 8", "with or without food";
  and two capitalised words ("Food or Drug") are names.  "And" joins a pair
  of clauses as often as of items ("It attaches to them and stops them", 달라붙어
  작용하지 못하게), which translations say with a verb's ending: only an "or"
  pair, a series, or an "and" pair of a condition (``condition_pair``: "if
  you have a fever and a sore throat") is counted.

Most entries list nothing: a source with no " or " and no comma before an
"and" is not read further.  A language without ``item_joins`` is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.review import shorten

CHECK = "list-items"
# A comma, semicolon or colon of any script, or a sentence end with text after it: one item more in
# a translation that says two items as two clauses or sentences.  (The list comma 、 is a join.)
_SEPARATOR = re.compile(r"[,，،;；؛:：]|[.!?。！？؟](?=\s*\S)")
# Before a clause that opens where a sentence begins or after a comma.
_OPENS = re.compile(r"(?:^|[,，،.!?。！？؟])\s*$")


def check_list_items(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    joins = target.pattern("item_joins")
    if joins is None or source_words.pattern("alternatives") is None:
        return
    source = ctx.source_view.prose
    lowered = source.lower()
    if " or " not in lowered and not (" and " in lowered and _may_pair(source, lowered, source_words)):
        return  # most entries list nothing: the cheap test first
    for source_part, translation_part in sentence_pairs(source, ctx.translation_view.prose):
        listed = longest_list(source_part, source_words, and_pairs=not target.says_pairs_side_by_side)
        if listed is None:
            continue
        items, start, end = listed
        outside = len(_SEPARATOR.findall(source_part[:start])) + len(_SEPARATOR.findall(source_part[end:]))
        in_list = _list_commas(translation_part, target, joins)
        others = len(_SEPARATOR.findall(translation_part)) - in_list
        separators = in_list + max(0, others - max(outside, _clauses_opened(translation_part, target)))
        joined = len(joins.findall(translation_part)) - _joins_after_commas(translation_part, joins)
        kept = 1 + max(0, joined - _joins_outside(source_part, start, end, source_words)) + separators
        if kept < items and _says_to_get_help_now(source_part, source_words):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source lists {items} items ({source_part[start:end]!r}), signs to get help now for, but the "
                f"translation joins at most {kept}: a patient with the sign left out does not know to get help "
                f"({shorten(source_part)!r})",
            )
        elif kept < items:
            yield ctx.finding(
                CHECK,
                WARNING,
                f"the source lists {items} items ({source_part[start:end]!r}) but the translation joins at most "
                f"{kept}: check that none was left out ({shorten(source_part)!r})",
            )


def _may_pair(source: str, lowered: str, language: Language) -> bool:
    """Whether a source with an "and" may list with it: has a comma, or says a condition a
    ``condition_pair`` may join two items of (if, when, unless)."""
    return ", " in source or language.search("condition_pair_hint", lowered) is not None


def _says_to_get_help_now(source: str, language: Language) -> bool:
    """Whether the source sentence says to call an ambulance, go to hospital or act now (its
    ``emergency_call``, ``urgent_care``, or ``urgency``: "Call 911 if you have …", "Go to hospital
    if …", "Tell your doctor straight away if …"): its list is of emergency signs."""
    if language.search("emergency_call", source) or language.search("urgent_care", source):
        return True
    return language.may_say_urgency(source) and bool(language.urgency_said(source))


def _list_commas(translation: str, language: Language, joins: re.Pattern) -> int:
    """How many of the translation's separators are followed by a join before the next one and open
    no clause: a list's commas ("페니실린, 세팔로스포린 또는 라텍스"), not the comma a condition ends with,
    which the source's own may stand for though the translation leaves it out (있으면 이 약을 사용하지
    마세요), nor one before "wenn" ("Arzt, wenn Sie an einer Leber- oder Nierenerkrankung leiden")."""
    opened = language.pattern("clause_joints")
    stretches = (stretch.lstrip() for stretch in _SEPARATOR.split(translation)[1:])
    return sum(
        1
        for stretch in stretches
        if joins.search(stretch) is not None and (opened is None or opened.match(stretch) is None)
    )


def _joins_outside(source: str, start: int, end: int, language: Language) -> int:
    """How many "and"s and "or"s the source says outside its list, each one join of the translation's
    that is not the list's; not one of what only looks like items (``not_items``: "one or two
    tablets", 1~2정)."""
    not_items = language.pattern("not_items")
    outside = source[:start] + " | " + source[end:]
    if not_items is not None:
        outside = not_items.sub(" ", outside)
    return sum(1 for _ in language.finditer("joins_outside_a_list", outside))


def _joins_after_commas(translation: str, joins: re.Pattern) -> int:
    """How many of the translation's joins come right after a separator, one item boundary written
    twice: "إذا لاحظت أن لون بولك أصبح داكناً، أو أن جلدك أصبح مصفراً" (dark urine, or yellow skin) is
    two items, as "a, b, or c" is three."""
    stretches = (stretch.lstrip() for stretch in _SEPARATOR.split(translation)[1:])
    return sum(1 for stretch in stretches if joins.match(stretch) is not None)


def _clauses_opened(translation: str, language: Language) -> int:
    """How many clauses of a condition or a time the translation opens (its ``clause_joints``: si,
    wenn, 如果, إذا) where a sentence begins or right after a comma: a comma each may close or
    follow ("Informieren Sie Ihren Arzt, wenn Sie Diabetes haben", 如果出現皮疹，請撥打911) that joins
    no items.  Not one inside a sentence with no comma before it ("Llame al 911 si tiene erupción,
    hinchazón o dificultad para respirar": its commas are the list's), nor one said again, a list of
    conditions ("si vous avez des cloques, si votre peau pèle ou si vous avez de la fièvre")."""
    opened = language.pattern("clause_joints")
    if opened is None:
        return 0
    joints = list(opened.finditer(translation))
    said = [joint.group().lower() for joint in joints]
    return sum(
        1
        for index, joint in enumerate(joints)
        if _OPENS.search(translation, 0, joint.start()) is not None and said[index] not in said[:index]
    )


def longest_list(source: str, language: Language, and_pairs: bool = True) -> tuple[int, int, int] | None:
    """The number of items of the source's longest list, with where it starts and ends: a series
    (``series``: as many as its commas and one more, and one more for each "and" or "or" with no
    comma before it)
    or two alternatives (``alternatives``, not two capitalised names), or a condition's "and" pair
    (unless not ``and_pairs``: for a translation that may say one side by side).  None when it lists
    nothing."""
    alternatives, series, not_items = (
        language.pattern("alternatives"),
        language.pattern("series"),
        language.pattern("not_items"),
    )
    if alternatives is None:
        return None
    in_series = series is not None and source.count(",") >= 2  # every series of "and" has two commas
    lowered = source.lower()
    if not in_series and " or " not in lowered and " and " not in lowered:
        return None  # the regexes below are the check's cost: most sentences need none
    text = not_items.sub(lambda match: "#" * len(match.group()), source) if not_items is not None else source
    found: tuple[int, int, int] | None = None
    for listed in series.finditer(text) if series is not None and in_series else ():
        # each comma one item more, and each "and" or "or" with no comma before it: the last one of
        # "a, b or c", and one inside an item ("swelling of the face, lips or tongue, or trouble
        # breathing": four items, the first a list of its own)
        items = listed.group().count(",") + 1 + sum(1 for _ in language.finditer("joins_in_a_series", listed.group()))
        if found is None or items > found[0]:
            found = (items, listed.start(), listed.end())
    if found is not None:
        return found
    one_comma = _one_comma_series(text, language) if "," in text and " or " in lowered else None
    if one_comma is not None:
        return one_comma
    for pair in alternatives.finditer(text):
        if not (pair.group(1)[0].isupper() and pair.group(2)[0].isupper()):
            return 2, pair.start(), pair.end()
    if not and_pairs:
        return None
    return _condition_pair(source, language)  # not blanked: "a fever and a sore throat" is no count


def _condition_pair(source: str, language: Language) -> tuple[int, int, int] | None:
    """Two items a condition joins with "and" (``condition_pair``: "if you have a fever and a sore
    throat"), where leaving one out has a patient act on one symptom the source asks for with the other."""
    pattern = language.pattern("condition_pair")
    if pattern is None or (pair := pattern.search(source)) is None:
        return None
    return 2, pair.start(1), pair.end(1)


def _one_comma_series(text: str, language: Language) -> tuple[int, int, int] | None:
    """Three items with one comma ("a high fever, a stiff neck or confusion", ``series_one_comma``),
    where the comma is the list's: not after a sentence's opening clause or phrase (``sentence_opener``:
    "For more information, visit the SJS Foundation or call") unless a comma ends the series too ("If
    you have a high fever, a stiff neck or confusion, call 911"); nor a name's "or" of two capitals."""
    pattern, opener = language.pattern("series_one_comma"), language.pattern("sentence_opener")
    if pattern is None:
        return None
    opened = opener is not None and opener.match(text) is not None
    for listed in pattern.finditer(text):
        if opened and not text[listed.end() :].lstrip().startswith(","):
            continue
        last_two = listed.group().rsplit(" or ", 1)
        if last_two[0].split()[-1][0].isupper() and last_two[-1].split()[0][0].isupper():
            continue  # "Food or Drug": a name
        return 3, listed.start(), listed.end()
    return None
