"""Limit phrases ("no more than", "at least", 이하, 以內, "على الأقل") and the direction each says
where it stands: as written, or turned around by the "not" of its clause or a prohibition after it
("do not take more than 2 g", "2 g 이상 드시지 마세요", "Doses of more than 4 g must not be given":
at most), unless the phrase says who (a body weight, "children under 12") or is the window a
dose's limit counts in ("more than 4 doses within 24 hours").

Read by [limits] (limits.py), in the source and in the translation, and, as written, by [units]
rule 10 (intervals.py) and [comparison]'s time bounds (bound_times.py): :func:`limit_phrases`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from pipeline.checks.limit_numbers import number_a_word_away
from pipeline.checks.number_words import number_spans
from pipeline.checks.patterns import CLAUSE_END, own_clause
from pipeline.languages import ENGLISH, Language
from pipeline.languages.language import AT_LEAST, AT_MOST
from pipeline.languages.symbols import UNIT_SYMBOLS
from pipeline.literals import blank_matches, literal_pattern, longest_first, lowered, may_hold

OPPOSITE = {AT_MOST: AT_LEAST, AT_LEAST: AT_MOST}
TIME_UNITS = {"hour", "minute", "day", "week", "month"}
NEAR = 16  # characters around a number in which its direction words are looked for
_NOUN_WITH_PARTICLE = re.compile(r"[는은가의도와과]$|[^지]이$")
# The 것 that makes the verb before it a noun ("2 g 이상 드시는 것을 권장하지 않습니다": taking 2 g or
# more is not recommended): that verb is the limit's, its -는 no particle of a noun.
# A time's "in" with its particle ("24시간 이내에는 운전하지 마세요", "24시간 내에도"): the verb after it
# is the limit's, its -는 no noun's.
_IN_A_TIME_WITH_PARTICLE = re.compile(r".?에(?:는|도)")
_NOMINALIZER = re.compile(r"것(?:을|은|이|도)?")
# The unit written after a number: a symbol or a word, with its per-parts (g/kg/day, or spaced:
# "10 mg / kg at most" lost its limit, the "at most" read after a "/ kg" that was no unit).
_NUMBER_AFTER = re.compile(r"\s*(?:about\s+)?\d+(?:[.,]\d+)?")
UNIT_AFTER = re.compile(r"\s?(%|°\s?[CF]\b|[A-Za-zµμ]+(?:\s?/\s?[A-Za-z]+)*)")
# Things counted that are doses or thresholds too: "no more than 4 doses", "under 2 years", "over 38 °C".
DOSE_NOUNS = frozenset(
    "dose doses tablet tablets capsule capsules pill pills drop drops puff puffs injection injections infusion "
    "infusions".split()
)
COUNTED = DOSE_NOUNS | frozenset("time times year years degree degrees °c °f".split()) | {"° c", "° f"}
# Units of no dose and no time: a translation's limit of one is not turned by a prohibition after it
# ("Más del 30 % de los pacientes no deben ...": who). Years are ages here: "12세 미만은 투여하면 안
# 됩니다" says who, as "Under 12 years: do not give." does.
_NOT_A_DOSE_OR_TIME = frozenset({"percent", "celsius", "fahrenheit", "mmhg", "year"})
# In a verb-final language, a condition or a time of another verb before a prohibition ("드셨으면
# 운전하면 안 됩니다", "드신 후에는 운전하면 안 됩니다", "드신 경우"): the prohibition is that other
# verb's.  And how many words may stand between the limit and its verb.
_CONDITION_ENDS = re.compile(r"(?:면|후|뒤|다음|때|경우|전|동안)(?:에는|에도|에|엔|는|도)?(?=\s|$)")
_VERB_WORDS = 3
# How many words a "not" may stand before the limit phrase it denies: itself, a verb, its object
# and a preposition ("No utilice el aerosol nasal durante más de 5 días").  And a run of spaces.
_NOT_WORDS = 6
_SPACES = re.compile(r"\s+")
# How many words may stand between a limit phrase and the one that is its object ("No supere nunca
# la dosis máxima de 4 g": nunca la dosis).
_OBJECT_WORDS = 3
# A body weight ("weigh less than 40 kg", "체중 40 kg 미만은", "de menos de 40 kg"): who the limit is
# for, as an age is, never a dose, so no "not" and no prohibition turns it around.  Its number with
# a bare kg (not mg/kg, nor 1 kg당) or lb, said after a limit phrase or before one (a Korean
# particle may follow it), or a word for body weight right before (``body_weight_words``).
_WEIGHT_UNITS = frozenset({"kg", "lb", "lbs", "pound", "pounds"})
_WEIGHT_TIES = r"\b(?:of|is|de|es|est|é|von|ist)\b"  # "weight of less than", "peso es inferior a"
_NUMBER_THEN_UNIT = re.compile(r"\s*(?:about\s+)?\d+(?:[.,]\d+)?\s?([^\W\d_]+)(/?)")
_NUMBER_AND_UNIT_BEFORE = re.compile(r"\d+(?:[.,]\d+)?\s?([^\W\d_]+?)(/[^\W\d_]+)?(?:을|를|이|가|은|는)?\s*$")


def limit_phrases(text: str, language: Language) -> list[tuple[int, int, bool]]:
    """Each limit phrase of ``text`` as written, no negation read: where it is, and whether it is
    one said before its number (True) or after it.  A phrase said on either side ("at most", "como
    máximo") is in the list once each way."""
    return [
        (start, end, before)
        for before in (True, False)
        for start, end, _ in limit_markers(text, language, before=before, deny=False)
    ]


def of_a_body_weight(text: str, start: int, end: int, words: Language, before: bool) -> bool:
    """Whether the limit phrase at ``start:end`` (said ``before`` its number, or after it) is of a
    body weight: "less than 40 kg", "40 kg 미만", "peso inferior a 40", "體重少於40公斤"."""
    if before:
        number = _NUMBER_THEN_UNIT.match(text, end)
        said_at = start
        if number and not number.group(2) and _is_weight_unit(number.group(1), words):
            return True
    else:
        number = _NUMBER_AND_UNIT_BEFORE.search(text, max(0, start - NEAR * 2), start)
        if number is None:
            return False
        if not number.group(2) and _is_weight_unit(number.group(1), words):
            return True
        said_at = number.start()
    weight = _weight_words_re(words)
    return weight is not None and weight.search(text, max(0, said_at - NEAR * 2), said_at) is not None


def _is_weight_unit(unit: str, words: Language) -> bool:
    return unit.lower() in _WEIGHT_UNITS or unit_kind(unit, words) == "kg"


@lru_cache(maxsize=32)
def _weight_words_re(words: Language) -> re.Pattern | None:
    """A word for body weight with what may end it (weighs, 체중이, وزنه) and a word that may tie it
    to the limit ("weight of", "peso de", "poids est"), right before the phrase or number."""
    if not words.body_weight_words:
        return None
    alternation = longest_first(words.body_weight_words)
    return re.compile(rf"(?:{alternation})[^\W\d_]*\s*(?:{_WEIGHT_TIES}\s+)?$", re.IGNORECASE)


def unit_kind(unit: str, language: Language) -> str | None:
    """The canonical unit of a unit as written after a number, None when it is not one."""
    if not unit:
        return None
    head = unit.split("/")[0].rstrip()  # "mg / kg"
    return (
        UNIT_SYMBOLS.get(head.lower()) or language.unit_words.get(head.lower()) or ENGLISH.unit_words.get(head.lower())
    )


@lru_cache(maxsize=32)
def limit_phrase_re(words: Language, before: bool) -> re.Pattern | None:
    phrases = words.limits_before if before else words.limits_after
    if not phrases:
        return None
    alternation = longest_first(phrases)
    timed = words.limits_before_a_time if before else {}
    # "en siete días": a limit only with a time after it, and not after a number ("de 8 en 8 horas": every 8);
    # the number may be a word joined to its time ("dans la demi-heure")
    if timed:
        units = "|".join(re.escape(u) for u, kind in words.unit_words.items() if kind in TIME_UNITS)
        phrase = longest_first(timed)
        alternation += rf"|(?<!\d\s)(?<!\d)(?:{phrase})(?=\s+(?:\d+(?:[.,]\d+)?|[^\W\d_]+)[\s-]*(?:{units})(?![\w]))"
    if words.ignore_case:  # a Latin-script language: whole words only
        alternation = rf"(?<![\w])(?:{alternation})(?![\w])"
    return re.compile(alternation, re.IGNORECASE if words.ignore_case else 0)


@lru_cache(maxsize=32)
def _marker_clue(words: Language, before: bool) -> re.Pattern | None:
    """The limit phrases as plain text in one pattern, to look for in the :func:`lowered` text
    first: each match of :func:`limit_phrase_re` holds one (lowered, as IGNORECASE matches it, or as
    written); None when lowering cannot tell (pipeline/literals.py), and the pattern always runs."""
    return literal_pattern(_phrases(words, before))


def limit_markers(
    text: str, words: Language, before: bool, fronted: bool = False, deny: bool = True
) -> list[tuple[int, int, str]]:
    """Each limit phrase of ``text`` (those said before a number, or after one) and its direction,
    turned around when the clause denies it: "do not take more than 2 g", "no tome más de 2 g",
    "不要服用超過 2 g", "2 g 이상 드시지 마세요" all say at most.

    ``fronted`` (a translation): a limit of a dose or a time that opens its clause (or the dose it
    is said of) and that the clause then prohibits (``limit_prohibited``) is turned around, as the
    source's is: "Dosis inferiores a 4 g al día no deben administrarse", "4 g 미만은 투여하면 안
    됩니다" say at least 4 g.  A phrase that opens its clause, with another negation after it in the
    clause, says both directions.  "Mehr als 4 g pro Tag dürfen nicht eingenommen werden", "Más
    de 4 g al día no se deben tomar" deny the limit (at most 4 g); "Mehr als 30 % der Patienten
    sprechen nicht an" denies the patients' answer (at least 30 %).  Which one, the words do not
    tell: a correct translation of either passes.  The source keeps the one reading (its own),
    turned around by a prohibition after it (:func:`prohibited_after`).

    ``deny`` False: each phrase as it is said, no negation read (who a limit says is never denied)."""
    regex = limit_phrase_re(words, before)
    clue = _marker_clue(words, before)
    if regex is None or not may_hold(lowered(text), clue):
        return []  # no phrase is written (most texts): the pattern, tried at every position, need not run
    matches = list(regex.finditer(text))
    if not matches:
        return []
    phrases = phrase_directions(words, before)
    found = [(m.start(), m.end(), phrases[lowered(m.group())]) for m in matches]
    if not deny:
        return found
    masked = without_limit_phrases(text, words)
    objects = _objects_of_a_limit(text, masked, found, words)
    said = []
    windows = _window_phrase_starts(text, words)
    for start, end, direction in found:
        phrase = text[start:end]
        if (
            _has_own_negation(phrase, words)
            or of_a_body_weight(text, start, end, words, before)
            or start in windows
            or phrase.lower() in words.elapsed_limits
        ):
            said.append((start, end, direction))
        elif not says_who(phrase, words) and start not in objects and _denied(masked, start, end, words, phrase):
            said.append((start, end, OPPOSITE[direction]))
        elif (
            before
            and not fronted
            and not says_who(phrase, words)
            and _dose_follows(text, end, words)
            and prohibited_after(masked, start, end, words)
        ):
            said.append((start, end, OPPOSITE[direction]))  # "Doses of more than 4 g must not be given"
        elif fronted and _prohibited_in_translation(text, masked, start, end, words, before):
            said.append((start, end, OPPOSITE[direction]))  # "Dosis inferiores a 4 g no deben administrarse"
        else:
            said.append((start, end, direction))
            # A "who" phrase after a dose ("Les doses de plus de 4 g ... ne doivent pas") says how much.
            if fronted and _denied_after(masked, start, end, words, dose_only=says_who(phrase, words)):
                said.append((start, end, OPPOSITE[direction]))
    return said


def _window_phrase_starts(text: str, words: Language) -> set[int]:
    """Where each limit phrase of a time starts that a limit phrase of a dose or a count stands
    beside in its clause ("Do not take more than 4 doses within 24 hours", "Nehmen Sie innerhalb
    von 24 Stunden nicht mehr als 4 Einzeldosen ein", "24小時內不可服用超過4劑"): the span the doses
    are counted in, at most that time as written.  A "not" or a prohibition of the clause is the
    dose's, never the time's: "Do not drive within 24 hours" (no dose beside it) is the one that
    waits at least 24 hours.  Who a phrase says is no dose ("children under 12").  The number a
    phrase is said of is one word away at most (limit_numbers.number_a_word_away, not [units]')."""
    phrases = [
        (start, end, before)
        for before in (True, False)
        for start, end, _ in limit_markers(text, words, before=before, deny=False)
        if not says_who(text[start:end], words)
    ]
    if len(phrases) < 2:
        return set()
    numbers = number_spans(text, words)
    of_a_time = {}
    for start, end, before in phrases:
        number = number_a_word_away(text, start, end, numbers, before)
        if number is not None:
            of_a_time[start] = _time_unit_re(words).match(text, number.end) is not None
    return {
        start
        for start, time in of_a_time.items()
        if time
        and any(
            not other_time and not CLAUSE_END.search(text, min(start, other), max(start, other))
            for other, other_time in of_a_time.items()
        )
    }


@lru_cache(maxsize=32)
def _time_unit_re(words: Language) -> re.Pattern:
    """A unit of time right after a number, in the language's words or the symbols ("Stunden", "小時", "h")."""
    units = {
        unit
        for unit, kind in (*UNIT_SYMBOLS.items(), *words.unit_words.items(), *ENGLISH.unit_words.items())
        if kind in TIME_UNITS
    }
    return re.compile(rf"\s*(?:{longest_first(units)})", re.IGNORECASE)


def _objects_of_a_limit(text: str, masked: str, found: list[tuple[int, int, str]], words: Language) -> set[int]:
    """Where each of ``found`` starts that is what another limit phrase says, one said before its
    number ("exceed", "supere", "ultrapasse") right before it in its clause, a few words and no
    number between: the maximum of "Do not exceed a maximum of 4 g", "No supere nunca la dosis
    máxima de 4 g", "Não ultrapasse o máximo de 4 g".  A "not" before them is the first one's (the
    exceeding), not the maximum's, which says at most as it is written; denied too, it said at
    least 4 g.  Not a limit of its own number ("not more than two tablets or more than 4 g": the
    "not" says both), nor one after a phrase said after its number ("24小時內不可服用超過8錠": 內 is
    the 24 hours'), nor one a negation between denies with none before the first ("最多不可超過4克").
    A verb-final language reads its "not" after the limit (:func:`_denied`), past no other phrase."""
    if words.verb_final or not found:
        return set()
    verbs = [(start, end) for start, end, _ in limit_markers(text, words, before=True, deny=False)]
    return {
        start
        for start, _, _ in found
        if any(end <= start and _one_limit(masked, verb_start, end, start, words) for verb_start, end in verbs)
    }


def _one_limit(masked: str, verb_start: int, verb_end: int, start: int, words: Language) -> bool:
    """Whether the limit phrase at ``start`` is the object of the one at ``verb_start:verb_end``
    (``masked``: the text with its limit phrases blanked): a few words of one clause between, no
    number, and no negation unless one stands before the first as well ("No supere nunca la dosis
    máxima": the nunca is the exceeding's too)."""
    between = masked[verb_end:start]
    if len(between.split()) > _OBJECT_WORDS or CLAUSE_END.search(between) or number_spans(between, words):
        return False
    negation = words.strong_negation_re
    return (
        negation is None
        or not negation.search(between)
        or negation.search(own_clause(masked, verb_start, verb_end, words)) is not None
    )


def _has_own_negation(phrase: str, words: Language) -> bool:
    """A limit phrase with its own negation (未滿 12 歲, لا تقل عن 48, 넘지 않게): the "not" of a
    verb before it ("請勿給未滿 12 歲的兒童", "يجب ألا يتعرض ... لمدة لا تقل عن 48") denies that
    verb, not the limit, which nobody writes twice denied."""
    regex = words.strong_negation_re
    return regex is not None and regex.search(phrase) is not None


def says_who(phrase: str, words: Language) -> bool:
    """A limit phrase that says who (``group_limits``: menores de 12 años, people over 65): the
    "not" of a verb before it ("no es apto para menores de 12 años", "Do not give it to people
    over 65") denies that verb, not the limit."""
    return phrase.lower() in words.group_limits


@lru_cache(maxsize=32)
def phrase_directions(words: Language, before: bool) -> Mapping[str, str]:
    """Each limit phrase (:func:`lowered`, as a match is looked up) and the direction it says (read only: shared)."""
    return MappingProxyType({lowered(p): d for p, d in _phrases(words, before).items()})


def _phrases(words: Language, before: bool) -> Mapping[str, str]:
    """The limit phrases said before a number (those said only before a time too), or after one."""
    return {**words.limits_before, **words.limits_before_a_time} if before else words.limits_after


def without_limit_phrases(text: str, words: Language) -> str:
    """``text`` with every limit phrase blanked: 넘지 않, 不超過 and لا يزيد deny nothing else."""
    for before in (True, False):
        regex = limit_phrase_re(words, before)
        if regex is not None:
            text = blank_matches(regex, text)
    return text


def _denied(masked: str, start: int, end: int, words: Language, phrase: str = "") -> bool:
    """Whether a negation in the limit phrase's clause turns it around: before it, or after
    it where the verb ends the clause (Korean)."""
    regex = words.strong_negation_re
    if regex is None:
        return False
    if words.verb_final:
        # The verb right after the limit ("2 g 이상 드시지 마세요", "2 g을 넘게 드시면 안 됩니다"),
        # not a later one of the sentence: "12세 미만 어린이는 … 안 됩니다" (a noun with
        # its particle comes first) denies the children, not the limit.
        # Three words, and the rest of the phrase's own word first where it goes on (초과하여 투여하면 안 됩니다).
        words_read = 3 if masked[end : end + 1].isspace() else 4
        following = CLAUSE_END.split(masked[end : end + NEAR * 2])[0].split()
        nominalized = len(following) > 1 and _NOMINALIZER.fullmatch(following[1]) is not None
        following = following[: words_read + 1 if nominalized else words_read]  # 것 one more word
        if (
            following
            and _NOUN_WITH_PARTICLE.search(following[0])
            and not nominalized
            and not _IN_A_TIME_WITH_PARTICLE.fullmatch((phrase + following[0])[-3:])
        ):
            return False
        # A condition ends with its -면 (38 °C를 넘으면 사용하지 마세요: the 마세요 is the use's),
        # not a prohibition's (넘게 드시면 안 됩니다).
        if phrase.endswith("면") and "안" not in following[:2]:
            return False  # (넘으면 절대로 안 됩니다: a prohibition still)
        for index, word in enumerate(following[:-1]):
            if word.endswith("면") and "안" not in following[index + 1 : index + 3]:
                following = following[: index + 1]
                break
        clause = " ".join(following)
        if _said_of_a_time(masked, start, end, words):
            # How long the "not" of a condition lasts: "10분 넘게 멈추지 않으면" (more than 10 minutes)
            clause = words.blanked("conditional_negation", clause)
    else:
        # Not past a condition's start: "Do not use it if your temperature is over 38 °C" (the
        # "not" is the use's; over 38 °C stays at least), "No lo use si supera los 38 °C".
        reach = _reach_of_a_not(masked, start, words)
        clause = own_clause(masked[reach:], start - reach, end - reach, words)
        # "Está prohibido tomar más de 4 g": the taking the prohibition forbids is the limit's.  Read
        # past the clause's start: "Es ist verboten, mehr als 4 g einzunehmen" forbids before a comma.
        forbidden = words.pattern("limit_forbidden")
        if forbidden is not None and forbidden.search(masked, reach, start):
            return True
    return bool(regex.search(clause))


def _said_of_a_time(text: str, start: int, end: int, words: Language) -> bool:
    """Whether the limit phrase at ``start:end``, said after its number, is of a time ("10분 넘게")."""
    number = number_a_word_away(text, start, end, number_spans(text, words), before=False)
    return number is not None and _time_unit_re(words).match(text, number.end) is not None


def _reach_of_a_not(masked: str, start: int, words: Language) -> int:
    """How far before a limit phrase its clause's "not" may stand: ``_NOT_WORDS`` words back, for
    the verb and the object a "not" denies with the limit ("No utilice el aerosol nasal durante más
    de 5 días": six words, past 32 letters), or ``NEAR * 2`` letters where fewer words are (a
    script written without spaces: 請勿在24小時內服用超過8錠).  Further back, to its clause's start,
    where no number stands between: the words are then one verb phrase, however long its object
    ("No se debe utilizar el aerosol nasal durante más de 5 días").  A number between is a phrase
    of its own the "not" may be said of ("Não tome antiácidos nas 2 horas antes ou depois de tomar
    este medicamento": the "not" is the two hours', not the after's)."""
    window = max(0, start - NEAR * 8)
    word_starts = [space.end() for space in _SPACES.finditer(masked, window, start)]
    by_words = word_starts[-_NOT_WORDS - 1] if len(word_starts) > _NOT_WORDS else window
    near = max(0, min(start - NEAR * 2, by_words))
    clause_start = start - len(CLAUSE_END.split(masked[window:start])[-1])
    if clause_start < near and not number_spans(masked[clause_start:start], words):
        return clause_start
    return near


def cut_by_a_condition(masked: str, start: int, words: Language) -> bool:
    """Whether a "not" before a limit phrase stands before a condition the phrase is in ("Do not
    use it if your temperature is over 38 °C"): the translation may put its condition in words
    its language module does not list, and is then read as it says, not denied."""
    regex = words.strong_negation_re
    if regex is None or words.verb_final or words.pattern("clause_joints") is None:
        return False
    clause = CLAUSE_END.split(masked[:start])[-1]
    joints = list(words.finditer("clause_joints", clause))
    return bool(joints) and regex.search(clause, 0, joints[-1].start()) is not None


def _dose_follows(text: str, end: int, words: Language) -> bool:
    """Whether a dose, time or count of doses follows a limit phrase ("more than 4 g", "more than 2
    tablets"), not a count of people ("More than 1 in 10 people cannot be given the full dose")."""
    number = _NUMBER_AFTER.match(text, end)
    unit = UNIT_AFTER.match(text, number.end()) if number else None
    return unit is not None and (unit_kind(unit.group(1), words) is not None or unit.group(1).lower() in COUNTED)


def prohibited_after(masked: str, start: int, end: int, words: Language, dose_only: bool = False) -> bool:
    """Whether a source's limit phrase opens its clause (nothing before it, or the dose it limits:
    ``limit_subject``) and the clause then prohibits it (``limit_prohibited``): "Doses of more
    than 4 g a day must not be given" says at most 4 g, as "Do not give more than 4 g" does.  Not
    a plain "not" ("More than 30% of patients do not respond": at least 30%, their answer denied).
    ``dose_only``: a phrase that also says who, a limit only after a dose ("Les doses de plus de")."""
    regex = words.pattern("limit_prohibited")
    if regex is None:
        return False
    head, subject = CLAUSE_END.split(masked[:start])[-1].strip(), words.pattern("limit_subject")
    if (head or dose_only) and (subject is None or not subject.fullmatch(head)):
        return False
    return bool(regex.search(CLAUSE_END.split(masked[end:])[0]))


def _prohibited_in_translation(text: str, masked: str, start: int, end: int, words: Language, before: bool) -> bool:
    """Whether a translation's limit phrase is said of a dose or a time (a number with its unit, not
    an age: "12세 미만", "menores de 12 años" say who) that is the subject of its clause, or the
    object fronted, and the clause then prohibits it: "Dosis inferiores a 4 g al día no deben
    administrarse", "每日少於4公克的劑量不得給予", "4 g 미만은 투여하면 안 됩니다" (at least 4 g)."""
    regex = words.pattern("limit_prohibited")
    if regex is None or not regex.search(CLAUSE_END.split(masked[end:])[0]):
        return False  # no prohibition after it in its clause (most limits): nothing more to read
    limited = _limited_quantity(text, start, end, words, before)
    if limited is None:
        return False
    if words.verb_final:
        return _prohibited_verb_after(masked, start, end, words)
    # A phrase that says who as well ("de plus de") is a dose's limit only after a dose
    return prohibited_after(masked, limited, end, words, dose_only=says_who(text[start:end], words))


def _prohibited_verb_after(masked: str, start: int, end: int, words: Language) -> bool:
    """In a verb-final language: whether the limit phrase is the noun of its clause, its particle or
    the dose it is said of right after it (``limit_subject``: "4 g 미만은", "4 g을 초과하는 용량을"),
    and the verb after that prohibits it ("투여하면 안 됩니다").  Not another verb's prohibition after
    a condition ("4 g 이상을 드셨으면 운전하면 안 됩니다": if you took 4 g, do not drive)."""
    subject_words = words.pattern("limit_subject")
    if subject_words is None:
        return False
    clause = own_clause(masked, start, end, words)
    subject = subject_words.match(clause)
    if subject is None:
        return False
    prohibition = words.search("limit_prohibited", clause, subject.end())
    if prohibition is None:
        return False
    between = clause[subject.end() : prohibition.start()]
    return _CONDITION_ENDS.search(between) is None and len(between.split()) <= _VERB_WORDS


def _limited_quantity(text: str, start: int, end: int, words: Language, before: bool) -> int | None:
    """Where the limit phrase and the dose or time it limits start ("inferiores a 4 g": the phrase;
    "4 g 미만": the number), None when its number has no unit of a dose or a time (an age, a count of
    people, a percentage, a temperature)."""
    said_before, said_after = _quantity_patterns(words)
    if before:
        return start if said_before.match(text, end) else None
    reach = max(0, start - NEAR * 2)
    found = said_after.search(text, reach, start)
    return found.start() if found else None


@lru_cache(maxsize=32)
def _quantity_patterns(words: Language) -> tuple[re.Pattern, re.Pattern]:
    """A number with the unit of a dose or a time, right after a limit phrase and right before one
    (with the object particle of "4 g을 초과하는")."""
    units = {
        unit for unit, kind in (*UNIT_SYMBOLS.items(), *words.unit_words.items()) if kind not in _NOT_A_DOSE_OR_TIME
    }
    alternation = longest_first(units)
    flags = re.IGNORECASE if words.ignore_case else 0
    word_end = r"(?!\w)" if words.ignore_case else r"(?![A-Za-z])"  # "4 g을": a Korean particle may follow
    quantity = rf"\d+(?:[.,]\d+)?\s*(?:{alternation}){word_end}"
    return re.compile(rf"\s*{quantity}", flags), re.compile(rf"{quantity}\s*(?:을|를)?\s*$", flags)


def _denied_after(masked: str, start: int, end: int, words: Language, dose_only: bool = False) -> bool:
    """Whether the limit phrase opens its clause (nothing before it but the end of another, or
    the dose it limits: ``limit_subject``) and a negation follows it there: "Mehr als 4 g pro Tag
    dürfen nicht ...", "Dosen über 4 g pro Tag dürfen nicht ...", "Las dosis de más de 4 g al día
    no se deben ...".  Not after a verb ("Tome más de 4 g al día si el dolor no cede": the "no" is
    the pain's), nor past a comma ("..., wenn die Schmerzen nicht nachlassen")."""
    regex = words.strong_negation_re
    if regex is None or words.verb_final:  # a verb-final language reads its verb after the limit (_denied)
        return False
    head, subject = CLAUSE_END.split(masked[:start])[-1].strip(), words.pattern("limit_subject")
    if (head or dose_only) and (subject is None or not subject.fullmatch(head)):
        return False  # ``dose_only``: a phrase that also says who ("de plus de") only after a dose
    return bool(regex.search(CLAUSE_END.split(masked[end:])[0]))
